/**
 * Rows of a large query, one at a time, without holding the result: on a PostgreSQL server through
 * `COPY (query) TO STDOUT` (text format, no per-row protocol overhead; the fastest way out of the
 * server), on PGlite from one result (PGlite is for a team's scale and holds results in memory).
 * Values arrive as text (null as null), in the query's column order: give every column its own
 * alias (PGlite answers objects keyed by column name).
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { StringDecoder } from 'node:string_decoder';
import { to as copyTo } from 'pg-copy-streams';
import type { Database } from '../../platform/db/database.js';

const dialect = new PgDialect();

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** The query with its parameters written in as literals (COPY takes no parameters). */
export function inlineQuery(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function parseCopyLine(line: string): (string | null)[] {
  return line.split('\t').map((field) => {
    if (field === '\\N') return null;
    if (!field.includes('\\')) return field;
    return field.replace(/\\(.)/g, (_, c: string) =>
      c === 't'
        ? '\t'
        : c === 'n'
          ? '\n'
          : c === 'r'
            ? '\r'
            : c === 'b'
              ? '\b'
              : c === 'f'
                ? '\f'
                : c === 'v'
                  ? '\v'
                  : c,
    );
  });
}

export async function streamQuery(
  database: Database,
  query: SQL,
  onRow: (row: (string | null)[]) => void | Promise<void>,
): Promise<void> {
  if (database.kind === 'postgres' && database.pool) {
    const client = await database.pool.connect();
    try {
      // JIT compiles this one big scan for about a second and gains nothing back on it.
      await client.query('set jit = off');
      const stream = client.query(copyTo(`copy (${inlineQuery(query)}) to stdout`));
      const decoder = new StringDecoder('utf8');
      let rest = '';
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const text = rest + decoder.write(chunk);
        const lines = text.split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) await onRow(parseCopyLine(line));
      }
      if (rest) await onRow(parseCopyLine(rest));
    } finally {
      await client.query('reset jit').catch(() => undefined);
      client.release();
    }
    return;
  }
  const result = (await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  for (const row of result.rows) {
    await onRow(
      Object.values(row).map((v) =>
        v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v),
      ),
    );
  }
}
