import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/platform/db/database.js';

/** How many (model, location, status) keys the maintained counts get wrong (0 when they agree with the assets). */
export async function countsDrift(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
          select model_id, location_id, status, count(*)::int as c from assets group by 1, 2, 3
        ) a full join (
          select model_id, nullif(location_id, '00000000-0000-0000-0000-000000000000'::uuid) as location_id, status,
                 sum(count)::int as c
          from asset_counts group by 1, 2, 3 having sum(count) <> 0
        ) k using (model_id, location_id, status)
        where a.c is distinct from k.c`,
  );
  return row!.n;
}
