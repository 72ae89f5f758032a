/**
 * The demand tables kept by triggers must hold exactly what aggregating the ledger and the asset
 * events gives (the query planning ran on every request before them), whatever mix of movements,
 * backdated rows, transfers, returns, adjustments, check-outs, check-ins and model corrections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import { stockMovements } from '../../platform/db/schema-all.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
let site: LocationRow;
let roomA: LocationRow;
let roomB: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  site = await makeLocation(env.db, { code: 'DPS' });
  roomA = await makeLocation(env.db, { parent: site, code: 'DPS-A' });
  roomB = await makeLocation(env.db, { parent: site, code: 'DPS-B' });
});
afterAll(() => env.close());

const send = (method: 'POST' | 'GET', url: string, payload?: object) =>
  env.app.inject({ method, url, headers: manager.auth, ...(payload ? { payload } : {}) });
const move = async (payload: object) => {
  const res = await send('POST', '/api/v1/stock/movements', payload);
  expect(res.statusCode, res.body).toBe(201);
};

interface Bucket {
  model_id: string;
  location_id: string;
  bucket: string;
  issued: number;
  written_off: number;
  deployed: number;
  returned: number;
}

/** The ledger aggregate the tables replace. */
function fromLedger(unit: 'month' | 'week') {
  return queryRows<Bucket>(
    env.db,
    sql`select d.model_id, d.location_id, to_char(date_trunc(${unit}, d.occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
               sum(d.issued)::int as issued, sum(d.written_off)::int as written_off,
               sum(d.deployed)::int as deployed, sum(d.returned)::int as returned
        from (
          select v.model_id, v.location_id, v.occurred_at,
                 case when v.kind = 'issue' then -v.quantity else 0 end as issued,
                 case when v.kind in ('loss', 'damage') then -v.quantity else 0 end as written_off,
                 0 as deployed,
                 case when v.kind = 'return' then v.quantity else 0 end as returned
          from stock_movements v
          union all
          select a.model_id, case when e.action = 'check_out' then e.location_from else e.location_to end, e.occurred_at, 0, 0,
                 case when e.action = 'check_out' and e.status_from = 'in_stock' then 1 else 0 end,
                 case when e.action = 'check_in' and e.status_to = 'in_stock' then 1 else 0 end
          from asset_events e join assets a on a.id = e.asset_id
          where (e.action = 'check_out' and e.status_from = 'in_stock' and e.location_from is not null)
             or (e.action in ('check_in', 'received', 'created', 'move') and e.status_to = 'in_stock' and e.location_to is not null)
        ) d
        group by 1, 2, 3
        order by 1, 2, 3`,
  );
}

function fromTable(unit: 'month' | 'week') {
  const table = sql.raw(unit === 'month' ? 'demand_months' : 'demand_weeks');
  return queryRows<Bucket>(
    env.db,
    sql`select model_id, location_id, to_char(bucket, 'YYYY-MM-DD') as bucket, sum(issued)::int as issued,
               sum(written_off)::int as written_off, sum(deployed)::int as deployed, sum(returned)::int as returned
        from ${table} group by 1, 2, 3 having sum(activity) > 0 order by 1, 2, 3`,
  );
}

async function expectSameAsLedger() {
  for (const unit of ['month', 'week'] as const) {
    const [ledger, table] = [await fromLedger(unit), await fromTable(unit)];
    expect(ledger.length).toBeGreaterThan(0);
    expect(table, unit).toEqual(ledger);
  }
}

describe('demand periods', () => {
  it('equal the ledger aggregate after receipts, issues, returns, transfers, adjustments and write-offs', async () => {
    const toner = await makeModel(env.db, { tracking: 'quantity', name: 'Toner DP' });
    const cable = await makeModel(env.db, { tracking: 'quantity', name: 'Cable DP' });
    const person = await makePerson(env.db);
    const issuedTo = { type: 'person', id: person.id };
    await move({ kind: 'receive', modelId: toner.id, locationId: roomA.id, quantity: 40 });
    await move({ kind: 'receive', modelId: cable.id, locationId: roomB.id, quantity: 10 });
    await move({ kind: 'issue', modelId: toner.id, locationId: roomA.id, quantity: 3, issuedTo });
    await move({ kind: 'issue', modelId: toner.id, locationId: roomA.id, quantity: 2, issuedTo });
    await move({ kind: 'return', modelId: toner.id, locationId: roomA.id, quantity: 1, issuedTo });
    await move({ kind: 'transfer', modelId: toner.id, locationId: roomA.id, toLocationId: roomB.id, quantity: 5 });
    await move({ kind: 'issue', modelId: toner.id, locationId: roomB.id, quantity: 4, issuedTo });
    await move({ kind: 'adjust', modelId: toner.id, locationId: roomA.id, quantity: -2, reason: 'Count' });
    await move({ kind: 'adjust', modelId: cable.id, locationId: roomB.id, quantity: 3, reason: 'Found' });
    await move({ kind: 'loss', modelId: cable.id, locationId: roomB.id, quantity: 1 });
    await move({ kind: 'damage', modelId: toner.id, locationId: roomB.id, quantity: 1 });
    // Backdated rows (an import of an older ledger), in one statement, across months, weeks and years,
    // one of them on a week that straddles a month end.
    const base = {
      groupId: crypto.randomUUID(),
      modelId: cable.id,
      actorLabel: 'test',
      source: 'import',
      balanceAfter: 0,
    };
    await env.db.insert(stockMovements).values([
      { ...base, locationId: roomB.id, occurredAt: new Date('2025-03-31T23:30:00Z'), kind: 'issue', quantity: -4 },
      { ...base, locationId: roomB.id, occurredAt: new Date('2025-04-01T00:10:00Z'), kind: 'issue', quantity: -1 },
      { ...base, locationId: roomB.id, occurredAt: new Date('2025-04-02T08:00:00Z'), kind: 'return', quantity: 2 },
      { ...base, locationId: roomA.id, occurredAt: new Date('2024-12-31T12:00:00Z'), kind: 'receive', quantity: 9 },
      {
        ...base,
        locationId: roomA.id,
        occurredAt: new Date('2025-01-01T12:00:00Z'),
        kind: 'transfer_out',
        quantity: -3,
      },
      { ...base, locationId: roomB.id, occurredAt: new Date('2025-01-01T12:00:00Z'), kind: 'transfer_in', quantity: 3 },
      { ...base, locationId: roomA.id, occurredAt: new Date('2025-02-14T09:00:00Z'), kind: 'loss', quantity: -1 },
    ]);
    await expectSameAsLedger();
  });

  it('equal the ledger aggregate after deployments, check-ins and a corrected model', async () => {
    const laptop = await makeModel(env.db, { name: 'Laptop DP' });
    const other = await makeModel(env.db, { name: 'Laptop DP 2' });
    const received = await send('POST', '/api/v1/assets/receive', {
      modelId: laptop.id,
      locationId: roomA.id,
      items: [{ serial: 'DP-1' }, { serial: 'DP-2' }, { serial: 'DP-3' }],
    });
    expect(received.statusCode, received.body).toBe(201);
    const [a1, a2] = received.json().items as { id: string }[];
    const holder = await makePerson(env.db);
    for (const asset of [a1!, a2!]) {
      const out = await send('POST', `/api/v1/assets/${asset.id}/actions/check_out`, {
        assignee: { type: 'person', id: holder.id },
      });
      expect(out.statusCode, out.body).toBe(200);
    }
    const back = await send('POST', `/api/v1/assets/${a2!.id}/actions/check_in`, { locationId: roomB.id });
    expect(back.statusCode, back.body).toBe(200);
    // Backdated events, as an import of history writes them.
    await env.db.execute(sql`insert into asset_events (asset_id, occurred_at, action, actor_label, source, status_from,
        status_to, location_from, location_to)
      values (${a1!.id}, '2025-06-30T22:00:00Z', 'check_out', 'test', 'import', 'in_stock', 'in_use', ${roomA.id}, null),
             (${a1!.id}, '2025-07-15T10:00:00Z', 'check_in', 'test', 'import', 'in_use', 'in_stock', null, ${roomA.id})`);
    await expectSameAsLedger();
    // Correcting an asset's model takes its history along, as the aggregate (joined on the asset) does.
    await env.db.execute(sql`update assets set model_id = ${other.id} where id = ${a1!.id}`);
    await expectSameAsLedger();
    const plan = (await send('GET', `/api/v1/planning/items/${other.id}/${roomA.id}`)).json();
    expect(plan.history.at(-1)).toMatchObject({ deployed: 1 });
  });
});
