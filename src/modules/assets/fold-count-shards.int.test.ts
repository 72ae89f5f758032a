import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import { countsDrift } from '../../../test/helpers/asset-counts.js';
import { foldCountShards } from './fold-count-shards.js';

let env: TestEnv;
let manager: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(() => env.close());

const shardRows = async (table: string) =>
  (await queryRows<{ n: number }>(env.db, sql.raw(`select count(*)::int as n from ${table} where shard <> 0`)))[0]!.n;

describe('folding the count shards', () => {
  it('moves every shard into one row per key without changing a count or a stock level', async () => {
    const site = await makeLocation(env.db, { code: 'FOLD' });
    const room = await makeLocation(env.db, { parent: site, code: 'FOLD-R1' });
    const model = await makeModel(env.db);
    const received = await env.app.inject({
      method: 'POST',
      url: '/api/v1/assets/receive',
      headers: manager.auth,
      payload: { modelId: model.id, locationId: room.id, items: Array.from({ length: 30 }, () => ({})) },
    });
    const assets = received.json().items as { id: string }[];
    // Many separate changes land on random shards.
    for (const a of assets.slice(0, 20)) {
      const person = await makePerson(env.db, { locationId: room.id });
      await env.app.inject({
        method: 'POST',
        url: `/api/v1/assets/${a.id}/actions/check_out`,
        headers: manager.auth,
        payload: { assignee: { type: 'person', id: person.id } },
      });
    }
    const levels = async () =>
      (
        await env.app.inject({
          method: 'GET',
          url: `/api/v1/stock-levels?locationId=${site.id}`,
          headers: manager.auth,
        })
      ).json();
    const before = await levels();
    const totalsBefore = await queryRows(
      env.db,
      sql`select model_id, location_id, status, sum(count)::int as n from asset_counts group by 1, 2, 3 having sum(count) <> 0 order by 1, 2, 3`,
    );
    expect((await shardRows('asset_counts')) + (await shardRows('asset_rollup_counts'))).toBeGreaterThan(0);

    expect(await foldCountShards(env.db)).toBeGreaterThan(0);

    expect(await shardRows('asset_counts')).toBe(0);
    expect(await shardRows('asset_rollup_counts')).toBe(0);
    const zero = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_counts where count = 0`,
    );
    expect(zero[0]!.n).toBe(0);
    expect(
      await queryRows(
        env.db,
        sql`select model_id, location_id, status, sum(count)::int as n from asset_counts group by 1, 2, 3 having sum(count) <> 0 order by 1, 2, 3`,
      ),
    ).toEqual(totalsBefore);
    expect(await levels()).toEqual(before);
    // Nothing left to fold.
    expect(await foldCountShards(env.db)).toBe(0);
  });

  it('loses nothing when check-outs change the counts while they are folded', async () => {
    const room = await makeLocation(env.db, { code: 'FOLD-2' });
    const model = await makeModel(env.db);
    const received = await env.app.inject({
      method: 'POST',
      url: '/api/v1/assets/receive',
      headers: manager.auth,
      payload: { modelId: model.id, locationId: room.id, items: Array.from({ length: 20 }, () => ({})) },
    });
    const assets = received.json().items as { id: string }[];
    const people = await Promise.all(assets.map(() => makePerson(env.db, { locationId: room.id })));
    await Promise.all([
      ...assets.map((a, i) =>
        env.app.inject({
          method: 'POST',
          url: `/api/v1/assets/${a.id}/actions/check_out`,
          headers: manager.auth,
          payload: { assignee: { type: 'person', id: people[i]!.id } },
        }),
      ),
      foldCountShards(env.db),
      foldCountShards(env.db),
    ]);
    await foldCountShards(env.db);
    expect(await countsDrift(env.db)).toBe(0);
  });
});
