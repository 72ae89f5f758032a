/**
 * Builds a large location tree in a few set-based statements (one INSERT ... SELECT per level), for
 * the scale tests and the benchmark: sites > buildings > floors > rooms (one stockroom per floor) >
 * desks, cabinets, shelves and racks. No audit entries: this is test data, not a user's change.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';

export interface TreeShape {
  /** Prefix of every code, so several trees can share a database. */
  prefix: string;
  /** Children per node at each level, from the sites down; five numbers for five levels. */
  fanOut: readonly number[];
}

/** 5 sites x 5 buildings x 8 floors x 10 rooms x 9 spots: 20,230 locations, five levels deep. */
export const BENCH_SHAPE: TreeShape = { prefix: 'BIG', fanOut: [5, 5, 8, 10, 9] };

const CITIES = ['London', 'Paris', 'New York', 'Singapore', 'Berlin', 'Madrid', 'Tokyo', 'Sydney', 'Toronto', 'Dublin'];
const BUILDINGS = ['North Tower', 'South Tower', 'Annex', 'Warehouse', 'Campus Hall', 'Data Centre', 'Lab Block'];
const ROOMS = ['Meeting room', 'Office', 'Lab', 'Server room', 'Workshop', 'Studio', 'Library', 'Lounge', 'Kitchen'];
const SPOTS = ['Desk', 'Cabinet', 'Shelf', 'Rack'];

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}::text`),
    sql`, `,
  )}]`;

export async function buildLargeTree(db: Db, shape: TreeShape): Promise<{ total: number; siteIds: string[] }> {
  const [sites, buildings, floors, rooms, spots] = shape.fanOut as [number, number, number, number, number];
  await db.execute(sql`insert into locations (id, parent_id, kind, code, name, path, depth, address)
    select id, null, 'site', code, name, '/' || id || '/', 0, name || ' address'
    from (select gen_random_uuid() as id, ${shape.prefix}::text || g as code,
            (${textArray(CITIES)})[1 + (g - 1) % ${CITIES.length}] || ' ' || ${shape.prefix}::text || g as name
          from generate_series(1, ${sites}) g) x`);

  const level = async (depth: number, count: number, kind: SQLText, letter: string, name: SQLText) => {
    await db.execute(sql`insert into locations (id, parent_id, kind, code, name, path, depth)
      select x.id, x.pid, ${kind}, x.pcode || '-' || ${letter}::text || x.g, ${name}, x.ppath || x.id || '/', ${depth}::int
      from (select gen_random_uuid() as id, p.id as pid, p.code as pcode, p.path as ppath, g
            from locations p cross join generate_series(1, ${count}) g
            where p.depth = ${depth - 1}::int and p.code like ${`${shape.prefix}%`}) x`);
  };
  await level(1, buildings, sql`'building'`, 'B', sql`(${textArray(BUILDINGS)})[1 + (x.g - 1) % ${BUILDINGS.length}]`);
  await level(2, floors, sql`'floor'`, 'F', sql`'Floor ' || x.g`);
  await level(
    3,
    rooms,
    sql`case when x.g = ${rooms}::int then 'stockroom' else 'room' end`,
    'R',
    sql`case when x.g = ${rooms}::int then 'Stockroom' else (${textArray(ROOMS)})[1 + (x.g - 1) % ${ROOMS.length}] || ' ' || x.g end`,
  );
  await level(4, spots, sql`'other'`, 'D', sql`(${textArray(SPOTS)})[1 + (x.g - 1) % ${SPOTS.length}] || ' ' || x.g`);
  // Statistics for the planner; on a server, run VACUUM too (outside a transaction) to fold the
  // trigram index's pending list in, as autovacuum would.
  await db.execute(sql`analyze locations`);
  const siteRows = await queryRows<{ id: string }>(
    db,
    sql`select id from locations where parent_id is null and code like ${`${shape.prefix}%`} order by code`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from locations where code like ${`${shape.prefix}%`}`,
  );
  return { total: count!.n, siteIds: siteRows.map((r) => r.id) };
}

type SQLText = ReturnType<typeof sql>;

/** Expected number of locations for a shape. */
export function treeSize(fanOut: readonly number[]): number {
  let total = 0;
  let width = 1;
  for (const n of fanOut) {
    width *= n;
    total += width;
  }
  return total;
}
