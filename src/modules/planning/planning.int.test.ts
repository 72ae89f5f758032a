import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson, makeSupplier } from '../../../test/helpers/factories.js';
import { departments, stockMovements } from '../../platform/db/schema-all.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
let admin: TestUser;
let site: LocationRow;
let stockroom: LocationRow;
let office: LocationRow;
let otherSite: LocationRow;
let otherStockroom: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  admin = await makeUser(env.services, { role: 'admin' });
  site = await makeLocation(env.db, { code: 'PAR' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'PAR-STOCK' });
  office = await makeLocation(env.db, { parent: site, kind: 'room', code: 'PAR-301' });
  otherSite = await makeLocation(env.db, { code: 'BER' });
  otherStockroom = await makeLocation(env.db, { parent: otherSite, code: 'BER-STOCK' });
});
afterAll(() => env.close());

const send = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object, headers = manager.auth) =>
  env.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const move = (payload: object) => send('POST', '/api/v1/stock/movements', payload);

function monthsAgo(n: number) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 10));
}

describe('planning', () => {
  it('flags stock issued below its minimum with a stock-out predicted within the lead time', async () => {
    const toner = await makeModel(env.db, { tracking: 'quantity', name: 'Toner TN-2420' });
    const person = await makePerson(env.db);
    await move({ kind: 'receive', modelId: toner.id, locationId: stockroom.id, quantity: 12 });
    await send('PUT', `/api/v1/stock/policies/${toner.id}/${stockroom.id}`, { minQuantity: 4 });
    for (let i = 0; i < 3; i++) {
      const res = await move({
        kind: 'issue',
        modelId: toner.id,
        locationId: stockroom.id,
        quantity: 3,
        issuedTo: { type: 'person', id: person.id },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const list = (await send('GET', `/api/v1/planning?locationId=${site.id}`)).json();
    const first = list.items[0];
    expect(first).toMatchObject({
      model: { id: toner.id, tracking: 'quantity' },
      location: { id: stockroom.id },
      onHand: 3,
      minQuantity: 4,
      forecastPerMonth: 9,
      leadTimeDays: 30,
      leadTimeSource: 'default',
      needsOrder: true,
      alerts: ['below_minimum', 'stockout_within_lead_time'],
    });
    expect(first.predictedStockOut).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.recommendedOrderQuantity).toBeGreaterThan(0);
    expect(list.alertList.map((a: { kind: string }) => a.kind)).toEqual(['below_minimum', 'stockout_within_lead_time']);
    const alerts = (await send('GET', '/api/v1/planning/alerts')).json().items;
    expect(
      alerts.filter((a: { model: { id: string } }) => a.model.id === toner.id).map((a: { kind: string }) => a.kind),
    ).toEqual(['below_minimum', 'stockout_within_lead_time']);
    const detail = (await send('GET', `/api/v1/planning/items/${toner.id}/${stockroom.id}`)).json();
    expect(detail.history.at(-1)).toMatchObject({ demand: 9, issued: 9 });
    expect(detail.forecast).toHaveLength(12);
    expect(detail.forecast[0].high).toBeGreaterThanOrEqual(detail.forecast[0].low);
  });

  it('forecasts from monthly history net of returns, with the lead time of the model’s supplier', async () => {
    const cable = await makeModel(env.db, { tracking: 'quantity', name: 'HDMI cable 2m' });
    const supplier = await makeSupplier(env.db, { defaultLeadTimeDays: 45 });
    const supply = await send('PUT', `/api/v1/planning/supply/${cable.id}`, {
      supplierId: supplier.id,
      leadTimeDays: null,
    });
    expect(supply.statusCode, supply.body).toBe(200);
    await move({ kind: 'receive', modelId: cable.id, locationId: stockroom.id, quantity: 100 });
    // Six past months of 10 issued and 2 returned, written straight into the ledger at their dates.
    const rows = [];
    for (let n = 6; n >= 1; n--) {
      const base = {
        groupId: crypto.randomUUID(),
        modelId: cable.id,
        locationId: stockroom.id,
        actorLabel: 'test',
        source: 'api',
      };
      rows.push({ ...base, occurredAt: monthsAgo(n), kind: 'issue' as const, quantity: -10, balanceAfter: 0 });
      rows.push({ ...base, occurredAt: monthsAgo(n), kind: 'return' as const, quantity: 2, balanceAfter: 0 });
    }
    await env.db.insert(stockMovements).values(rows);
    await env.db.execute(sql`update stock_balances set on_hand = 52 where model_id = ${cable.id}`);
    const plan = (await send('GET', `/api/v1/planning/items/${cable.id}/${stockroom.id}`)).json();
    expect(plan.history.slice(-7, -1).map((h: { demand: number }) => h.demand)).toEqual([8, 8, 8, 8, 8, 8]);
    expect(plan).toMatchObject({ leadTimeDays: 45, leadTimeSource: 'supplier', supplier: { id: supplier.id } });
    expect(plan.forecastPerMonth).toBeGreaterThan(4);
    const weekly = (
      await send('GET', `/api/v1/planning/demand?modelId=${cable.id}&period=week&periods=30&ahead=0`)
    ).json();
    expect(weekly.items).toHaveLength(30);
    expect(weekly.items.reduce((n: number, w: { issued: number }) => n + w.issued, 0)).toBeGreaterThanOrEqual(10);
    const monthly = (await send('GET', `/api/v1/planning/demand?modelId=${cable.id}&periods=7&ahead=0`)).json();
    expect(monthly.items.slice(0, 6).map((m: { demand: number }) => m.demand)).toEqual([8, 8, 8, 8, 8, 8]);
  });

  it('counts deployments of individually tracked models from stock, and plans kits for future joiners', async () => {
    const laptop = await makeModel(env.db, { name: 'Latitude 7450' });
    const received = await send('POST', '/api/v1/assets/receive', {
      modelId: laptop.id,
      locationId: stockroom.id,
      items: [{ serial: 'PL-1' }, { serial: 'PL-2' }, { serial: 'PL-3' }],
    });
    const [a1] = received.json().items as { id: string }[];
    const holder = await makePerson(env.db);
    const out = await send('POST', `/api/v1/assets/${a1!.id}/actions/check_out`, {
      assignee: { type: 'person', id: holder.id },
    });
    expect(out.statusCode, out.body).toBe(200);
    const [dept] = await env.db.insert(departments).values({ name: 'Finance' }).returning();
    const kit = await send('POST', '/api/v1/planning/kits', {
      departmentId: dept!.id,
      modelId: laptop.id,
      quantity: 1,
    });
    expect(kit.statusCode, kit.body).toBe(201);
    expect(
      (await send('POST', '/api/v1/planning/kits', { departmentId: dept!.id, modelId: laptop.id })).statusCode,
    ).toBe(409);
    const byTitle = await send('POST', '/api/v1/planning/kits', {
      jobTitle: 'Analyst',
      modelId: laptop.id,
      quantity: 1,
    });
    expect(byTitle.statusCode).toBe(201);
    const inTwoMonths = monthsAgo(-2).toISOString().slice(0, 10);
    for (let i = 0; i < 3; i++) {
      await makePerson(env.db, {
        departmentId: dept!.id,
        jobTitle: 'Analyst',
        startDate: inTwoMonths,
        locationId: office.id,
      });
    }
    // The laptop out with its holder reaches the end of its 36 months of life next month.
    const bought = monthsAgo(35).toISOString().slice(0, 10);
    await env.db.execute(sql`update assets set purchase_date = ${bought} where id = ${a1!.id}`);
    // A second one goes out and comes back to the stockroom: a deployment and a return there.
    const a2 = (received.json().items as { id: string }[])[1]!;
    await send('POST', `/api/v1/assets/${a2.id}/actions/check_out`, { assignee: { type: 'person', id: holder.id } });
    const back = await send('POST', `/api/v1/assets/${a2.id}/actions/check_in`, { locationId: stockroom.id });
    expect(back.statusCode, back.body).toBe(200);
    const plan = (await send('GET', `/api/v1/planning/items/${laptop.id}/${stockroom.id}`)).json();
    expect(plan.history.at(-1)).toMatchObject({ deployed: 2, returned: 1, demand: 1 });
    expect(plan).toMatchObject({ onHand: 2, plannedNext12Months: 4, model: { tracking: 'individual' } });
    expect(plan.planned.map((p: { source: string }) => p.source).sort()).toEqual([
      'end_of_life',
      'new_hire',
      'new_hire',
      'new_hire',
    ]);
    expect(plan.forecast[2].mean).toBeGreaterThanOrEqual(3);
    // A technician of the other site does not plan for these joiners.
    const berlin = await makeUser(env.services, { grants: [{ role: 'technician', locationId: otherSite.id }] });
    const theirs = (await send('GET', `/api/v1/planning?modelId=${laptop.id}`, undefined, berlin.auth)).json();
    expect(theirs.items).toEqual([]);
    const demand = (await send('GET', `/api/v1/planning/demand?modelId=${laptop.id}&periods=1&ahead=3`)).json();
    expect(demand.items.map((m: { plannedNewHires: number }) => m.plannedNewHires)).toEqual([0, 0, 3, 0]);
    expect(demand.items.map((m: { plannedReplacements: number }) => m.plannedReplacements)).toEqual([0, 1, 0, 0]);
    expect(demand.items[0]).toMatchObject({ deployed: 2, returned: 1 });
  });

  it('suggests a transfer from a surplus to a location that will run short, and rolls figures up the tree', async () => {
    const mouse = await makeModel(env.db, { tracking: 'quantity', name: 'Mouse M90' });
    const person = await makePerson(env.db);
    await move({ kind: 'receive', modelId: mouse.id, locationId: stockroom.id, quantity: 10 });
    await move({ kind: 'receive', modelId: mouse.id, locationId: otherStockroom.id, quantity: 80 });
    await move({
      kind: 'issue',
      modelId: mouse.id,
      locationId: stockroom.id,
      quantity: 8,
      issuedTo: { type: 'person', id: person.id },
    });
    await move({
      kind: 'issue',
      modelId: mouse.id,
      locationId: otherStockroom.id,
      quantity: 2,
      issuedTo: { type: 'person', id: person.id },
    });
    const transfers = (await send('GET', `/api/v1/planning/transfers?modelId=${mouse.id}`)).json().items;
    expect(transfers).toMatchObject([{ from: { id: otherStockroom.id }, to: { id: stockroom.id } }]);
    expect(transfers[0].quantity).toBeGreaterThan(0);
    const rollup = (await send('GET', `/api/v1/planning/rollup?modelId=${mouse.id}`)).json().items;
    const paris = rollup.find((r: { location: { id: string } }) => r.location.id === site.id);
    expect(paris).toMatchObject({ onHand: 2, forecastPerMonth: 8 });
  });

  it('takes the service level from the settings, which only administrators change', async () => {
    expect(
      (await send('PUT', '/api/v1/planning/settings', { serviceLevel: 0.99, defaultLeadTimeDays: 14 })).statusCode,
    ).toBe(403);
    const res = await send(
      'PUT',
      '/api/v1/planning/settings',
      { serviceLevel: 0.99, defaultLeadTimeDays: 14 },
      admin.auth,
    );
    expect(res.statusCode, res.body).toBe(200);
    const plans = (await send('GET', '/api/v1/planning')).json().items;
    expect(plans[0]).toMatchObject({ serviceLevel: 0.99 });
    expect(
      (await send('PUT', '/api/v1/planning/settings', { serviceLevel: 1.5, defaultLeadTimeDays: 14 }, admin.auth))
        .statusCode,
    ).toBe(400);
  });
});
