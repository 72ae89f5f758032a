/**
 * The maintained asset counts are spread over 16 shards per key so that concurrent check-outs of
 * one model at one stockroom do not queue on one counter row (`asset_counts_after_update`). Every
 * change adds rows; readers sum them. Folding moves each key's shards back into shard 0 and drops
 * keys that count zero, so that reading the counts stays a few rows per key (stock levels for the
 * organisation read ~10,000 rows after 10,000 check-outs without it, a few hundred with it).
 *
 * Safe beside concurrent changes: a trigger adding to a shard being folded waits for the fold to
 * commit and then inserts that shard afresh (INSERT ... ON CONFLICT is atomic), so nothing is lost.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';

const TABLES = [
  { table: 'asset_counts', key: 'model_id, location_id, status' },
  { table: 'asset_rollup_counts', key: 'location_id, model_id, status' },
] as const;

/** Folds every key's shards into shard 0 and drops zero counts; returns the rows folded away. */
export async function foldCountShards(db: Db): Promise<number> {
  let folded = 0;
  for (const { table, key } of TABLES) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql.raw(`
        with moved as (
          delete from ${table} where shard <> 0 returning ${key}, count
        ), sums as (
          select ${key}, sum(count)::int as count from moved group by ${key}
        ), added as (
          insert into ${table} (${key}, shard, count)
          select ${key}, 0, count from sums order by ${key}
          on conflict (${key}, shard) do update set count = ${table}.count + excluded.count
        )
        select count(*)::int as n from moved`),
    );
    await db.execute(sql.raw(`delete from ${table} where count = 0`));
    folded += row?.n ?? 0;
  }
  return folded;
}
