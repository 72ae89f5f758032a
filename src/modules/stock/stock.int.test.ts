import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
let technician: TestUser;
let site: LocationRow;
let stockroom: LocationRow;
let otherStockroom: LocationRow;
let scopedTech: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  technician = await makeUser(env.services, { role: 'technician' });
  site = await makeLocation(env.db, { code: 'LON' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'LON-STOCK' });
  const otherSite = await makeLocation(env.db, { code: 'NYC' });
  otherStockroom = await makeLocation(env.db, { parent: otherSite, code: 'NYC-STOCK' });
  scopedTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: otherSite.id }] });
});
afterAll(() => env.close());

const post = (url: string, payload: object, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'POST', url, payload, headers });
const get = (url: string, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'GET', url, headers });
const move = (payload: object, headers = manager.auth) => post('/api/v1/stock/movements', payload, headers);

async function cables(received = 0) {
  const model = await makeModel(env.db, { tracking: 'quantity', name: `USB-C cable ${Math.random()}` });
  if (received) {
    const res = await move({ kind: 'receive', modelId: model.id, locationId: stockroom.id, quantity: received });
    expect(res.statusCode, res.body).toBe(201);
  }
  return model;
}

async function balance(modelId: string, locationId: string) {
  const res = await get(`/api/v1/stock?modelId=${modelId}`);
  return (res.json().items as { location: { id: string }; onHand: number }[]).find((b) => b.location.id === locationId)
    ?.onHand;
}

async function ledgerSum(modelId: string, locationId: string) {
  const [row] = await queryRows<{ n: number }>(
    env.db,
    sql`select coalesce(sum(quantity), 0)::int as n from stock_movements where model_id = ${modelId} and location_id = ${locationId}`,
  );
  return Number(row!.n);
}

describe('the stock ledger', () => {
  it('receives, issues to a person, takes a return and keeps on hand equal to the sum of movements', async () => {
    const model = await cables(10);
    const person = await makePerson(env.db, { name: 'Ada Lovelace' });
    const issued = await move({
      kind: 'issue',
      modelId: model.id,
      locationId: stockroom.id,
      quantity: 3,
      issuedTo: { type: 'person', id: person.id },
      reference: 'REQ-1',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().items).toMatchObject([
      { kind: 'issue', quantity: -3, balanceAfter: 7, issuedTo: { type: 'person', label: 'Ada Lovelace' } },
    ]);
    await move({
      kind: 'return',
      modelId: model.id,
      locationId: stockroom.id,
      quantity: 1,
      issuedTo: { type: 'person', id: person.id },
    });
    expect(await balance(model.id, stockroom.id)).toBe(8);
    expect(await ledgerSum(model.id, stockroom.id)).toBe(8);
    const history = (await get(`/api/v1/stock/movements?modelId=${model.id}`)).json();
    expect(history.items.map((m: { kind: string }) => m.kind)).toEqual(['return', 'issue', 'receive']);
  });

  it('transfers between locations as two movements of one group, each with its balance', async () => {
    const model = await cables(5);
    const res = await move({
      kind: 'transfer',
      modelId: model.id,
      locationId: stockroom.id,
      toLocationId: otherStockroom.id,
      quantity: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items as { kind: string; balanceAfter: number; groupId: string }[];
    expect(items.map((i) => [i.kind, i.balanceAfter]).sort()).toEqual([
      ['transfer_in', 2],
      ['transfer_out', 3],
    ]);
    expect(new Set(items.map((i) => i.groupId)).size).toBe(1);
    expect(await balance(model.id, otherStockroom.id)).toBe(2);
  });

  it('refuses to take more than is on hand, naming what is there, and changes nothing', async () => {
    const model = await cables(2);
    const person = await makePerson(env.db);
    const res = await move({
      kind: 'issue',
      modelId: model.id,
      locationId: stockroom.id,
      quantity: 3,
      issuedTo: { type: 'person', id: person.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'insufficient_stock' });
    expect(res.json().detail).toContain('Only 2');
    const loss = await move({ kind: 'loss', modelId: model.id, locationId: otherStockroom.id, quantity: 1 });
    expect(loss.statusCode).toBe(409);
    expect(await balance(model.id, stockroom.id)).toBe(2);
    expect(await ledgerSum(model.id, stockroom.id)).toBe(2);
  });

  it('never oversells under concurrent issues', async () => {
    const model = await cables(10);
    const person = await makePerson(env.db);
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        move({
          kind: 'issue',
          modelId: model.id,
          locationId: stockroom.id,
          quantity: 1,
          issuedTo: { type: 'person', id: person.id },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(15);
    expect(await balance(model.id, stockroom.id)).toBe(0);
    expect(await ledgerSum(model.id, stockroom.id)).toBe(0);
    const [{ n }] = (await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from audit_log where action = 'stock.issued' and entity_id = ${model.id + '@' + stockroom.id}`,
    )) as [{ n: number }];
    expect(Number(n)).toBe(10);
  });

  it('requires a reason to adjust, and adjusts in both directions without going negative', async () => {
    const model = await cables(4);
    const noReason = await move({ kind: 'adjust', modelId: model.id, locationId: stockroom.id, quantity: -1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toMatchObject([{ pointer: '/body/reason' }]);
    const down = await move({
      kind: 'adjust',
      modelId: model.id,
      locationId: stockroom.id,
      quantity: -3,
      reason: 'Count',
    });
    expect(down.json().items[0]).toMatchObject({ kind: 'adjust', quantity: -3, balanceAfter: 1, reason: 'Count' });
    const tooFar = await move({
      kind: 'adjust',
      modelId: model.id,
      locationId: stockroom.id,
      quantity: -2,
      reason: 'Count',
    });
    expect(tooFar.statusCode).toBe(409);
  });

  it('refuses an individually tracked model, an issue without a recipient, and a transfer to itself', async () => {
    const laptop = await makeModel(env.db);
    const model = await cables(1);
    const individual = await move({ kind: 'receive', modelId: laptop.id, locationId: stockroom.id, quantity: 1 });
    expect(individual.json().errors).toMatchObject([{ pointer: '/body/modelId' }]);
    const nobody = await move({ kind: 'issue', modelId: model.id, locationId: stockroom.id, quantity: 1 });
    expect(nobody.json().errors).toMatchObject([{ pointer: '/body/issuedTo' }]);
    const self = await move({
      kind: 'transfer',
      modelId: model.id,
      locationId: stockroom.id,
      toLocationId: stockroom.id,
      quantity: 1,
    });
    expect(self.json().errors).toMatchObject([{ pointer: '/body/toLocationId' }]);
    const zero = await move({ kind: 'receive', modelId: model.id, locationId: stockroom.id, quantity: 0 });
    expect(zero.statusCode).toBe(400);
  });

  it('refuses movements at locations outside the role, and hides them from its lists', async () => {
    const model = await cables(3);
    const res = await move({ kind: 'loss', modelId: model.id, locationId: stockroom.id, quantity: 1 }, scopedTech.auth);
    expect(res.statusCode).toBe(403);
    const seen = (await get(`/api/v1/stock?modelId=${model.id}`, scopedTech.auth)).json();
    expect(seen.items).toEqual([]);
    const tech = await move(
      { kind: 'damage', modelId: model.id, locationId: stockroom.id, quantity: 1 },
      technician.auth,
    );
    expect(tech.statusCode).toBe(201);
  });

  it('keeps a minimum per location and flags stock below it', async () => {
    const model = await cables(3);
    const put = (body: object, headers = manager.auth) =>
      env.app.inject({
        method: 'PUT',
        url: `/api/v1/stock/policies/${model.id}/${stockroom.id}`,
        payload: body,
        headers,
      });
    const created = await put({ minQuantity: 5, maxQuantity: 20 });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ minQuantity: 5, maxQuantity: 20, version: 1 });
    expect((await put({ minQuantity: 5 }, technician.auth)).statusCode).toBe(403);
    expect((await put({ minQuantity: 9, maxQuantity: 3, version: 1 })).statusCode).toBe(400);
    const stale = await put({ minQuantity: 4, version: 7 });
    expect(stale.statusCode).toBe(409);
    const below = (await get(`/api/v1/stock?locationId=${site.id}&belowMinimum=true`)).json();
    expect(below.items).toMatchObject([{ model: { id: model.id }, onHand: 3, minQuantity: 5, belowMinimum: true }]);
    const updated = await put({ minQuantity: 2, version: 1 });
    expect(updated.json().version).toBe(2);
    const after = (await get(`/api/v1/stock?locationId=${site.id}&belowMinimum=true&modelId=${model.id}`)).json();
    expect(after.items).toEqual([]);
  });
});
