import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson, makeSupplier } from '../../../test/helpers/factories.js';
import { queryRows, sql } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let admin: TestUser;
let manager: TestUser;
let technician: TestUser;
let viewer: TestUser;
let stockroom: LocationRow;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  manager = await makeUser(env.services, { role: 'asset_manager' });
  technician = await makeUser(env.services, { role: 'technician' });
  viewer = await makeUser(env.services, { role: 'viewer' });
  stockroom = await makeLocation(env.db, { parent: await makeLocation(env.db, { code: 'TCO' }), code: 'TCO-STOCK' });
});
afterAll(() => env.close());

function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, user = manager) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });
}

async function receive(cost: string, extra: Json = {}) {
  const model = await makeModel(env.db, { name: `TCO model ${Math.random().toString(36).slice(2, 8)}` });
  const res = await call('POST', '/assets/receive', {
    modelId: model.id,
    locationId: stockroom.id,
    purchaseCost: cost,
    purchaseDate: '2024-03-01',
    currency: 'EUR',
    items: [{}],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { model, asset: res.json().items[0] as Json };
}

const repair = { incurredOn: '2025-01-10', kind: 'repair', amount: '120.50', note: 'New screen' };

describe('costs recorded against an asset', () => {
  it('records a cost, adds it to the total cost of ownership, and writes history and audit', async () => {
    const { asset } = await receive('1000.00');
    const supplier = await makeSupplier(env.db);
    const res = await call('POST', `/assets/${asset.id}/costs`, { ...repair, supplierId: supplier.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'repair',
      amount: '120.50',
      currency: 'EUR',
      supplier: { id: supplier.id },
      note: 'New screen',
    });
    await call('POST', `/assets/${asset.id}/costs`, { incurredOn: '2025-02-01', kind: 'licence', amount: '30' });
    const list = (await call('GET', `/assets/${asset.id}/costs`, undefined, viewer)).json();
    expect(list.items.map((c: Json) => c.kind)).toEqual(['licence', 'repair']);
    expect(list.tco).toMatchObject({ purchase: '1000.00', recorded: '150.50', total: '1150.50', currency: 'EUR' });
    const fin = (await call('GET', `/assets/${asset.id}/financials`, undefined, viewer)).json();
    expect(fin.tco.total).toBe('1150.50');

    const events = (await call('GET', `/assets/${asset.id}/events`, undefined, viewer)).json();
    const recorded = events.items.filter((e: Json) => e.action === 'cost_recorded');
    expect(recorded).toHaveLength(2);
    expect(recorded.map((e: Json) => e.notes)).toContain('Repair: 120.50 EUR on 2025-01-10 (New screen)');
    const audit = await queryRows<{ action: string }>(
      env.db,
      sql`select action from audit_log where entity_id = ${asset.id} and action like 'asset.cost%'`,
    );
    expect(audit).toHaveLength(2);
  });

  it('takes disposal proceeds off the total and removes a cost recorded by mistake', async () => {
    const { asset } = await receive('800.00');
    const cost = (await call('POST', `/assets/${asset.id}/costs`, repair)).json();
    expect((await call('POST', `/assets/${asset.id}/actions/retire`, {})).statusCode).toBe(200);
    const dispose = await call('POST', `/assets/${asset.id}/actions/dispose`, { reason: 'Sold', proceeds: '100.00' });
    expect(dispose.statusCode, dispose.body).toBe(200);
    let tco = (await call('GET', `/assets/${asset.id}/costs`)).json().tco;
    expect(tco).toMatchObject({ disposalProceeds: '100.00', total: '820.50' });
    expect((await call('DELETE', `/assets/${asset.id}/costs/${cost.id}`)).statusCode).toBe(204);
    tco = (await call('GET', `/assets/${asset.id}/costs`)).json().tco;
    expect(tco.total).toBe('700.00');
    expect((await call('DELETE', `/assets/${asset.id}/costs/${cost.id}`)).statusCode).toBe(404);
    const events = (await call('GET', `/assets/${asset.id}/events`)).json();
    expect(events.items.map((e: Json) => e.action)).toContain('cost_removed');
  });

  it('refuses bad amounts, a future date, another currency, an unknown asset and the wrong role', async () => {
    const { asset } = await receive('500.00');
    for (const amount of ['0', '0.00', '-5', '12.345', '1,000', 'abc']) {
      const res = await call('POST', `/assets/${asset.id}/costs`, { ...repair, amount });
      expect(res.statusCode, amount).toBe(400);
      expect(res.json().errors[0].pointer).toBe('/body/amount');
    }
    const future = await call('POST', `/assets/${asset.id}/costs`, { ...repair, incurredOn: '2999-01-01' });
    expect(future.json()).toMatchObject({ errors: [{ pointer: '/body/incurredOn' }] });
    const usd = await call('POST', `/assets/${asset.id}/costs`, { ...repair, currency: 'USD' });
    expect(usd.statusCode).toBe(400);
    expect(usd.json()).toMatchObject({ errors: [{ pointer: '/body/currency' }] });
    const kind = await call('POST', `/assets/${asset.id}/costs`, { ...repair, kind: 'lunch' });
    expect(kind.json()).toMatchObject({ errors: [{ pointer: '/body/kind' }] });
    const supplier = await call('POST', `/assets/${asset.id}/costs`, {
      ...repair,
      supplierId: '00000000-0000-4000-8000-000000000000',
    });
    expect(supplier.json()).toMatchObject({ errors: [{ pointer: '/body/supplierId' }] });
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect((await call('POST', `/assets/${unknown}/costs`, repair)).statusCode).toBe(404);
    expect((await call('GET', `/assets/${unknown}/costs`)).statusCode).toBe(404);
    expect((await call('POST', `/assets/${asset.id}/costs`, repair, technician)).statusCode).toBe(403);
    expect((await call('POST', `/assets/${asset.id}/costs`, repair, viewer)).statusCode).toBe(403);
    expect((await call('GET', `/assets/${asset.id}/costs`)).json().items).toEqual([]);
  });

  it('sums recorded costs in the TCO report per model and per category', async () => {
    const { asset, model } = await receive('2000.00');
    await call('POST', `/assets/${asset.id}/costs`, { ...repair, amount: '250.00' });
    const byModel = (await call('GET', '/finance/reports/tco?limit=5000')).json();
    expect(byModel.groupBy).toBe('model');
    expect(byModel.rows.find((r: Json) => r.model === model.name)).toMatchObject({
      purchase: '2000.00',
      recordedCosts: '250.00',
      totalCost: '2250.00',
    });
    const byCategory = (await call('GET', '/finance/reports/tco?groupBy=category')).json();
    expect(byCategory.rows.every((r: Json) => r.model === null)).toBe(true);
    const csv = await call('GET', '/finance/reports/tco/export?format=csv');
    expect(csv.body).toContain('Recorded costs');
  });
});

describe("an asset's own cost centre", () => {
  it('is edited on the asset, audited, and used by the reports before the holder’s', async () => {
    const person = await makePerson(env.db, { costCentre: 'CC-PERSON' });
    const { asset } = await receive('3600.00', { costCentre: 'CC-OWN' });
    expect(asset.costCentre).toBe('CC-OWN');
    const other = (await receive('1200.00')).asset;
    const checkout = await call('POST', `/assets/${other.id}/actions/check_out`, {
      assignee: { type: 'person', id: person.id },
    });
    expect(checkout.statusCode, checkout.body).toBe(200);
    const forecast = (await call('GET', '/finance/reports/forecast?years=1&groupBy=costCentre')).json();
    const groups = forecast.rows.map((r: Json) => r.group);
    expect(groups).toEqual(expect.arrayContaining(['CC-OWN', 'CC-PERSON']));
    const register = await call('GET', '/finance/reports/register/export?date=2025-12-31&format=csv');
    expect(register.body.split('\r\n').find((line) => line.startsWith(`${asset.tag},`))).toContain(',CC-OWN,');

    const current = (await call('GET', `/assets/${asset.id}`)).json();
    const edit = await call('PATCH', `/assets/${asset.id}`, { version: current.version, costCentre: 'CC-NEW' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().costCentre).toBe('CC-NEW');
    const stale = await call('PATCH', `/assets/${asset.id}`, { version: current.version, costCentre: 'CC-OLD' });
    expect(stale.json().code).toBe('version_conflict');
    const audit = await queryRows<{ changes: Json }>(
      env.db,
      sql`select changes from audit_log where entity_id = ${asset.id} and action = 'asset.updated'`,
    );
    expect(audit[0]!.changes.costCentre).toEqual({ before: 'CC-OWN', after: 'CC-NEW' });
  });
});

describe('books and profiles edited by finance', () => {
  it('refuses a stale version and a manager, and audits every change', async () => {
    const book = (await call('POST', '/depreciation-books', { code: 'MGMT', name: 'Management' }, admin)).json();
    const profile = (
      await call(
        'POST',
        `/depreciation-books/${book.id}/profiles`,
        { name: 'SL 24', method: 'straight_line', lifeMonths: 24, convention: 'full_month' },
        admin,
      )
    ).json();
    const bad = await call(
      'PATCH',
      `/depreciation-profiles/${profile.id}`,
      { version: 1, parameters: { method: 'straight_line', convention: 'full_month' } },
      admin,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/body/parameters/lifeMonths');
    const first = await call('PATCH', `/depreciation-profiles/${profile.id}`, { version: 1, name: 'SL 2y' }, admin);
    expect(first.statusCode).toBe(200);
    const stale = await call('PATCH', `/depreciation-profiles/${profile.id}`, { version: 1, name: 'Late' }, admin);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const staleBook = await call('PATCH', `/depreciation-books/${book.id}`, { version: 7, name: 'Late' }, admin);
    expect(staleBook.json().code).toBe('version_conflict');
    expect((await call('PATCH', `/depreciation-profiles/${profile.id}`, { version: 2, name: 'X' })).statusCode).toBe(
      403,
    );
    const audit = await queryRows<{ action: string }>(
      env.db,
      sql`select action from audit_log where entity_id in (${book.id}, ${profile.id}) order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'depreciation_book.created',
      'depreciation_profile.created',
      'depreciation_profile.updated',
    ]);
  });
});
