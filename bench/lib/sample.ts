/** Raw SQL for the benchmarks' own set-up and checks, and the sample of ids and terms they use. */
import type pg from 'pg';
import type { Database } from '../../src/platform/db/database.js';

/** Raw SQL on whichever driver, for the bench's own set-up and checks. */
export async function raw<T>(database: Database, text: string, params: unknown[] = []): Promise<T[]> {
  if (database.pglite) return (await database.pglite.query<T>(text, params)).rows;
  return (await database.pool!.query<T & pg.QueryResultRow>(text, params)).rows;
}

export interface Sampled {
  assets: { id: string; tag: string }[];
  categories: Record<string, string>;
  sites: { id: string; code: string }[];
  nodes: string[];
  spotCodes: string[];
  serialParts: string[];
  surnames: string[];
  modelNames: string[];
}

export async function sample(database: Database): Promise<Sampled> {
  const assets = await raw<{ id: string; tag: string }>(
    database,
    `select id, tag from assets tablesample system (least(100, 200000.0 / greatest(1, (select reltuples from pg_class where relname = 'assets'))))
     order by random() limit 1000`,
  );
  const categories = Object.fromEntries(
    (await raw<{ id: string; name: string }>(database, 'select id, name from categories')).map((c) => [c.name, c.id]),
  );
  const sites = await raw<{ id: string; code: string }>(
    database,
    'select id, code from locations where depth = 0 order by code',
  );
  const nodes = (
    await raw<{ id: string }>(database, 'select id from locations where depth < 4 order by random() limit 400')
  ).map((r) => r.id);
  const spotCodes = (
    await raw<{ code: string }>(database, 'select code from locations where depth = 4 order by random() limit 100')
  ).map((r) => r.code);
  const serialParts = (
    await raw<{ part: string }>(
      database,
      `select right(serial, 6) as part from assets where serial is not null and id in (${assets
        .slice(0, 50)
        .map((a) => `'${a.id}'`)
        .join(', ')})`,
    )
  ).map((r) => r.part);
  const surnames = (
    await raw<{ surname: string }>(
      database,
      `select split_part(name, ' ', 2) as surname from people order by random() limit 50`,
    )
  ).map((r) => r.surname);
  const modelNames = (await raw<{ name: string }>(database, 'select name from models order by random() limit 50')).map(
    (r) => r.name,
  );
  return { assets, categories, sites, nodes, spotCodes, serialParts, surnames, modelNames };
}
