/**
 * Rows of a large query, one at a time, without holding the result: on a PostgreSQL server through
 * `COPY (query) TO STDOUT` (text format, no per-row protocol overhead; the fastest way out of the
 * server), on PGlite through a cursor fetched in chunks (`declare ... cursor with hold`: the
 * database keeps the result, spilling to its files past work_mem, and the process holds one chunk
 * at a time). Values arrive as text (null as null), in the query's column order.
 */
import { randomUUID } from 'node:crypto';
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
  options: { chunkRows?: number } = {},
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
  if (!database.pglite) throw new Error('streamQuery needs a PostgreSQL pool or a PGlite instance.');
  await streamPglite(database.pglite, query, onRow, options.chunkRows ?? PGLITE_CHUNK_ROWS);
}

/** Rows per FETCH on PGlite: small enough to keep memory flat, large enough to amortise the round trip. */
export const PGLITE_CHUNK_ROWS = 2000;

const text = (v: unknown) =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/**
 * A cursor WITH HOLD lives outside a transaction, so other requests' queries run between two
 * fetches (a transaction would hold PGlite's only session for the whole download).
 */
async function streamPglite(
  pglite: NonNullable<Database['pglite']>,
  query: SQL,
  onRow: (row: (string | null)[]) => void | Promise<void>,
  chunk: number,
): Promise<void> {
  const cursor = `qm_stream_${randomUUID().replace(/-/g, '')}`;
  await pglite.exec(`declare ${cursor} no scroll cursor with hold for ${inlineQuery(query)}`);
  try {
    for (;;) {
      const result = await pglite.query<unknown[]>(`fetch forward ${chunk} from ${cursor}`, [], { rowMode: 'array' });
      for (const row of result.rows) await onRow(row.map(text));
      if (result.rows.length < chunk) break;
    }
  } finally {
    await pglite.exec(`close ${cursor}`).catch(() => undefined);
  }
}
