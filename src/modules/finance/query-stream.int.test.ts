import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, type TestEnv } from '../../../test/helpers/harness.js';
import { streamQuery } from './query-stream.js';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

describe('streaming a large query', () => {
  it('hands over every row in order, in chunks, with nulls and quotes intact', async () => {
    const rows: (string | null)[][] = [];
    const query = sql`select n as c1, case when n % 7 = 0 then null else ${"it's"} || n end as c2
                      from generate_series(1, 25) n order by n`;
    await streamQuery(env.services.database, query, (r) => void rows.push(r), { chunkRows: 10 });
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual(['1', "it's1"]);
    expect(rows[6]).toEqual(['7', null]);
    expect(rows[24]).toEqual(['25', "it's25"]);
  });

  it('lets other queries run between chunks and leaves no cursor open', async () => {
    let between = 0;
    await streamQuery(
      env.services.database,
      sql`select n as c1 from generate_series(1, 12) n`,
      async () => {
        await env.db.execute(sql`select 1 as one`);
        between++;
      },
      { chunkRows: 5 },
    );
    expect(between).toBe(12);
    // The unnamed portal is this very query.
    const open = (await env.db.execute(sql`select count(*)::int as n from pg_cursors where name <> ''`)) as unknown as {
      rows: { n: number }[];
    };
    expect(open.rows[0]!.n).toBe(0);
  });
});
