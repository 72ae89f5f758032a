import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { gtinCheckDigit } from '../../domain/gtin.js';
import { modelGtins } from '../../platform/db/schema-all.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let tech: TestUser;
let stockroom: LocationRow;
let shelf: LocationRow;
let outsider: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  tech = await makeUser(env.services, { role: 'technician' });
  const site = await makeLocation(env.db, { code: 'STS' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'STS-STOCK' });
  shelf = await makeLocation(env.db, { parent: stockroom, kind: 'other', code: 'STS-SHELF' });
  const otherSite = await makeLocation(env.db, { code: 'STX' });
  outsider = await makeUser(env.services, { grants: [{ role: 'technician', locationId: otherSite.id }] });
  await makePerson(env.db, { name: 'Grace Hopper', employeeNumber: 'E12345', email: 'grace@example.com' });
});
afterAll(() => env.close());

let gtinIndex = 0;

/** A quantity-tracked model with a GTIN and a model number. */
async function cableModel() {
  const body = `400638133${String(++gtinIndex).padStart(3, '0')}`;
  const gtin = `${body}${gtinCheckDigit(body)}`;
  const model = await makeModel(env.db, {
    tracking: 'quantity',
    name: `USB-C cable ${gtinIndex}`,
    modelNumber: `CBL-${gtinIndex}`,
  });
  await env.db.insert(modelGtins).values({ modelId: model.id, gtin: gtin.padStart(14, '0') });
  return { ...model, gtin };
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const line = (fields: object) => ({ clientId: randomUUID(), scannedAt: minutesAgo(1), quantity: 1, ...fields });
const send = (lines: object[], user: TestUser = tech) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/scans/stock',
    headers: user.auth,
    payload: { deviceId: 's1', lines },
  });

async function onHand(modelId: string, locationId: string) {
  const res = await env.app.inject({
    method: 'GET',
    url: `/api/v1/stock?modelId=${modelId}`,
    headers: tech.auth,
  });
  const item = (res.json().items as { location: { id: string }; onHand: number }[]).find(
    (i) => i.location.id === locationId,
  );
  return item?.onHand ?? 0;
}

describe('stock scanned at the station', () => {
  it('receives by GTIN, by GS1 with AI 01, by model number and by our link, answering the on-hand', async () => {
    const model = await cableModel();
    const res = await send([
      line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin, quantity: 10, scannedAt: minutesAgo(4) }),
      line({
        kind: 'receive',
        location: 'STS-STOCK',
        model: `]C101${model.gtin.padStart(14, '0')}`,
        scannedAt: minutesAgo(3),
      }),
      line({
        kind: 'receive',
        location: 'STS-STOCK',
        model: model.modelNumber!.toLowerCase(),
        scannedAt: minutesAgo(2),
      }),
      line({
        kind: 'receive',
        location: 'STS-STOCK',
        model: `http://localhost:80/catalogue/models/${model.id}`,
        scannedAt: minutesAgo(1),
      }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json().results as { outcome: string; onHand: number; message: string }[];
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(results.map((r) => r.onHand)).toEqual([10, 11, 12, 13]);
    expect(results[0]!.message).toBe(`Received 10 × ${model.name} at STS-STOCK: 10 on hand.`);
    expect(await onHand(model.id, stockroom.id)).toBe(13);
  });

  it('applies a line once per client id, however often it is sent, in scan-time order', async () => {
    const model = await cableModel();
    const later = line({ kind: 'issue', location: 'STS-STOCK', model: model.gtin, quantity: 3, to: 'E12345' });
    const earlier = line({
      kind: 'receive',
      location: 'STS-STOCK',
      model: model.gtin,
      quantity: 5,
      scannedAt: minutesAgo(5),
    });
    // Sent out of order: the receive scanned first is applied first, so the issue is covered.
    const first = await send([later, earlier]);
    expect(first.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
    expect(first.json().results[0].message).toBe(
      `Issued 3 × ${model.name} from STS-STOCK to Grace Hopper (E12345): 2 left.`,
    );
    const again = await send([later, earlier, later]);
    const replayed = again.json().results as { replayed: boolean; onHand: number; clientId: string }[];
    expect(replayed.map((r) => r.replayed)).toEqual([true, true]);
    expect(replayed.map((r) => r.onHand)).toEqual([2, 5]);
    // Sent twice at the same moment (a retry racing the first attempt): still once.
    const twice = line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin, quantity: 4 });
    const both = await Promise.all([send([twice]), send([twice])]);
    expect(both.map((r) => r.json().results[0].outcome)).toEqual(['applied', 'applied']);
    expect(await onHand(model.id, stockroom.id)).toBe(6);
  });

  it('refuses what would go below zero, naming what is on hand, and moves nothing', async () => {
    const model = await cableModel();
    await send([
      line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin, quantity: 2, scannedAt: minutesAgo(3) }),
    ]);
    const res = await send([
      line({ kind: 'issue', location: 'STS-STOCK', model: model.gtin, quantity: 3, to: 'grace@example.com' }),
      line({ kind: 'transfer', location: 'STS-STOCK', model: model.gtin, quantity: 5, to: 'STS-SHELF' }),
    ]);
    const results = res.json().results as { outcome: string; message: string; onHand: number | null }[];
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'rejected']);
    expect(results[0]!.message).toBe(`Only 2 of ${model.name} on hand at STS-STOCK: cannot take 3.`);
    expect(results[0]!.onHand).toBeNull();
    expect(await onHand(model.id, stockroom.id)).toBe(2);
  });

  it('transfers from the scanned location to another, answering both on-hands', async () => {
    const model = await cableModel();
    await send([
      line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin, quantity: 8, scannedAt: minutesAgo(3) }),
    ]);
    const res = await send([
      line({ kind: 'transfer', location: 'STS-STOCK', model: model.gtin, quantity: 3, to: 'STS-SHELF' }),
    ]);
    const [r] = res.json().results;
    expect(r).toMatchObject({ outcome: 'applied', onHand: 5, toOnHand: 3, toLocationId: shelf.id });
    expect(await onHand(model.id, shelf.id)).toBe(3);
    const same = await send([line({ kind: 'transfer', location: 'STS-STOCK', model: model.gtin, to: 'STS-STOCK' })]);
    expect(same.json().results[0]).toMatchObject({
      outcome: 'rejected',
      message: expect.stringMatching(/another location/),
    });
  });

  it('counts: on hand at the scan time becomes what was counted, with later movements kept', async () => {
    const model = await cableModel();
    await send([
      line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin, quantity: 10, scannedAt: minutesAgo(30) }),
    ]);
    const countedAt = minutesAgo(20);
    // Two issued after the count was taken (offline) but before it reached the server.
    await send([line({ kind: 'issue', location: 'STS-STOCK', model: model.gtin, quantity: 2, to: 'STS-SHELF' })]);
    const res = await send([
      line({ kind: 'count', location: 'STS-STOCK', model: model.gtin, quantity: 7, scannedAt: countedAt }),
    ]);
    expect(res.json().results[0]).toMatchObject({
      outcome: 'applied',
      onHand: 5,
      message: `Counted 7 × ${model.name} at STS-STOCK: 3 fewer than on hand, adjusted to 5.`,
    });
    const same = await send([line({ kind: 'count', location: 'STS-STOCK', model: model.gtin, quantity: 5 })]);
    expect(same.json().results[0]).toMatchObject({
      outcome: 'applied',
      onHand: 5,
      message: expect.stringMatching(/nothing to change/),
    });
    const adjusted = await send([
      line({ kind: 'adjust', location: 'STS-STOCK', model: model.gtin, quantity: -1, reason: 'Broken plug' }),
    ]);
    expect(adjusted.json().results[0]).toMatchObject({ outcome: 'applied', onHand: 4 });
    const movements = await env.app.inject({
      method: 'GET',
      url: `/api/v1/stock/movements?modelId=${model.id}&kind=adjust`,
      headers: tech.auth,
    });
    expect(movements.json().items.map((m: { reason: string; quantity: number }) => [m.quantity, m.reason])).toEqual([
      [-1, 'Broken plug'],
      [-3, 'Stock count at the scanning station'],
    ]);
  });

  it('refuses unknown codes, individually tracked models, a missing recipient and places out of scope', async () => {
    const model = await cableModel();
    const laptop = await makeModel(env.db, { tracking: 'individual', name: 'Laptop 14', modelNumber: 'LT-14' });
    const res = await send([
      line({ kind: 'receive', location: 'STS-STOCK', model: 'NO-SUCH-THING' }),
      line({ kind: 'receive', location: 'STS-STOCK', model: 'LT-14' }),
      line({ kind: 'receive', location: 'E12345', model: model.gtin }),
      line({ kind: 'issue', location: 'STS-STOCK', model: model.gtin }),
      line({ kind: 'receive', location: 'STS-STOCK', model: 'STS-SHELF' }),
    ]);
    const results = res.json().results as { outcome: string; message: string }[];
    expect(results.every((r) => r.outcome === 'rejected')).toBe(true);
    expect(results[0]!.message).toMatch(/^Nothing matches "NO-SUCH-THING"/);
    expect(results[1]!.message).toBe(
      `${laptop.name} is tracked individually, not by quantity: receive, check out and move its assets in the asset modes.`,
    );
    expect(results[2]!.message).toBe('Grace Hopper (E12345) is not a location.');
    expect(results[3]!.message).toBe('Scan who or where the stock is issued to.');
    expect(results[4]!.message).toMatch(/is not a model/);
    const scoped = await send([line({ kind: 'receive', location: 'STS-STOCK', model: model.gtin })], outsider);
    expect(scoped.json().results[0].outcome).toBe('rejected');
    expect(await onHand(model.id, stockroom.id)).toBe(0);
  });

  it('needs inventory.write and a valid body', async () => {
    const reader = await makeUser(env.services, { role: 'auditor' });
    const res = await send([line({ kind: 'receive', location: 'STS-STOCK', model: 'X' })], reader);
    expect(res.statusCode).toBe(403);
    const bad = await send([{ kind: 'receive' }]);
    expect(bad.statusCode).toBe(400);
  });
});
