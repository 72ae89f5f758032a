/**
 * Single-asset actions arriving together are committed together (group commit), but each keeps its
 * own checks, answer, caller and history: a refusal reaches only the request that caused it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import { countsDrift } from '../../../test/helpers/asset-counts.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
let technician: TestUser;
let nycTech: TestUser;
let stockroom: LocationRow;
let nycStockroom: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  technician = await makeUser(env.services, { role: 'technician' });
  const site = await makeLocation(env.db, { code: 'LON' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'LON-STOCK' });
  const nyc = await makeLocation(env.db, { code: 'NYC' });
  nycStockroom = await makeLocation(env.db, { parent: nyc, code: 'NYC-STOCK' });
  nycTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: nyc.id }] });
});
afterAll(() => env.close());

async function receive(count: number) {
  const model = await makeModel(env.db);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/assets/receive',
    headers: manager.auth,
    payload: { modelId: model.id, locationId: stockroom.id, items: Array.from({ length: count }, () => ({})) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().items as { id: string; tag: string; version: number }[];
}

const act = (user: TestUser, id: string, action: string, payload: object) =>
  env.app.inject({ method: 'POST', url: `/api/v1/assets/${id}/actions/${action}`, headers: user.auth, payload });

describe('actions arriving together', () => {
  it('answers each of forty simultaneous check-outs on its own and writes one event each, by its own caller', async () => {
    const assets = await receive(40);
    const people = await Promise.all(assets.map(() => makePerson(env.db, { locationId: stockroom.id })));
    const leaver = await makePerson(env.db, { status: 'left' });
    await act(manager, assets[5]!.id, 'retire', {});
    // Each caller signed in before (their credentials remembered), as on a busy server.
    for (const user of [manager, technician, nycTech])
      await env.app.inject({ method: 'GET', url: '/api/v1/assets?limit=1', headers: user.auth });

    const requests = assets.map((a, i) => {
      if (i === 5) return act(manager, a.id, 'check_out', { assignee: { type: 'person', id: people[i]!.id } });
      if (i === 6) return act(nycTech, a.id, 'check_out', { assignee: { type: 'person', id: people[i]!.id } });
      if (i === 7) return act(manager, a.id, 'check_out', { assignee: { type: 'person', id: leaver.id } });
      if (i === 8)
        return act(manager, a.id, 'check_out', { assignee: { type: 'person', id: people[i]!.id }, version: 99 });
      if (i === 9) return act(technician, a.id, 'retire', {});
      const user = i % 2 === 0 ? manager : technician;
      return act(user, a.id, 'check_out', {
        assignee: { type: 'person', id: people[i]!.id },
        requestReference: `REQ-${i}`,
      });
    });
    const results = await Promise.all(requests);

    const refused = [5, 6, 7, 8, 9];
    expect(results.map((r, i) => (refused.includes(i) ? r.statusCode : r.statusCode === 200 ? 'ok' : r.body))).toEqual(
      assets.map((_, i) => (i === 5 ? 409 : i === 6 ? 403 : i === 7 ? 400 : i === 8 ? 409 : i === 9 ? 403 : 'ok')),
    );
    expect(results[5]!.json().detail).toContain(assets[5]!.tag);
    expect(results[7]!.json().detail).toContain('has left');
    for (const [i, r] of results.entries()) {
      if (refused.includes(i)) continue;
      expect(r.json()).toMatchObject({
        id: assets[i]!.id,
        status: 'in_use',
        assignee: { type: 'person', id: people[i]!.id },
        requestReference: `REQ-${i}`,
      });
    }

    const events = await queryRows<{ asset_id: string; actor_label: string; n: number }>(
      env.db,
      sql`select asset_id, min(actor_label) as actor_label, count(*)::int as n from asset_events
          where asset_id in ${assets.map((a) => a.id)} and action = 'check_out' group by asset_id`,
    );
    expect(events).toHaveLength(35);
    for (const e of events) {
      const i = assets.findIndex((a) => a.id === e.asset_id);
      expect(e.n).toBe(1);
      expect(e.actor_label).toContain(i % 2 === 0 ? manager.email : technician.email);
    }
    const audit = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from audit_log where action = 'asset.check_out' and entity_id in ${assets.map((a) => a.id)}`,
    );
    expect(audit[0]!.n).toBe(35);
    // They shared transactions: fewer commits than check-outs.
    const commits = await queryRows<{ n: number }>(
      env.db,
      sql`select count(distinct xmin::text)::int as n from asset_events
          where asset_id in ${assets.map((a) => a.id)} and action = 'check_out'`,
    );
    expect(commits[0]!.n).toBeLessThan(35);
    // The maintained counts agree with the assets.
    expect(await countsDrift(env.db)).toBe(0);
  });

  it('lets one of two simultaneous check-outs of the same asset win, among many others', async () => {
    const assets = await receive(10);
    const people = await Promise.all(Array.from({ length: 11 }, () => makePerson(env.db)));
    const results = await Promise.all([
      ...assets.map((a, i) => act(manager, a.id, 'check_out', { assignee: { type: 'person', id: people[i]!.id } })),
      act(technician, assets[3]!.id, 'check_out', { assignee: { type: 'person', id: people[10]!.id } }),
    ]);
    const forThree = [results[3]!, results[10]!].map((r) => r.statusCode).sort();
    expect(forThree).toEqual([200, 409]);
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(10);
    const events = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where asset_id = ${assets[3]!.id} and action = 'check_out'`,
    );
    expect(events[0]!.n).toBe(1);
  });

  it('applies a move and a check-in of other assets in the same moment, each to its own place', async () => {
    const assets = await receive(4);
    const person = await makePerson(env.db);
    await act(manager, assets[0]!.id, 'check_out', { assignee: { type: 'person', id: person.id } });
    const results = await Promise.all([
      act(manager, assets[0]!.id, 'check_in', { locationId: nycStockroom.id }),
      act(manager, assets[1]!.id, 'move', { locationId: nycStockroom.id }),
      act(nycTech, assets[2]!.id, 'move', { locationId: nycStockroom.id }),
      act(manager, assets[3]!.id, 'send_to_repair', {}),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 403, 200]);
    expect(results.map((r) => (r.statusCode === 200 ? [r.json().status, r.json().location?.code] : null))).toEqual([
      ['in_stock', 'NYC-STOCK'],
      ['in_stock', 'NYC-STOCK'],
      null,
      ['in_repair', 'LON-STOCK'],
    ]);
  });
});
