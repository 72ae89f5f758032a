/**
 * COPY into a staging table on either driver: `pg-copy-streams` on a PostgreSQL server,
 * `COPY ... FROM '/dev/blob'` on PGlite. Rows arrive in batches and are written as they come, so
 * no more than one batch of text is held at a time.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../../platform/db/database.js';

export type CopyField = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/;

/** One field in COPY text format: `\N` for null, backslash escapes for the separators. */
export function copyField(value: CopyField): string {
  if (value === null || value === undefined) return '\\N';
  const s = String(value);
  if (!SPECIAL.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function copyLine(values: readonly CopyField[]): string {
  let out = copyField(values[0]);
  for (let i = 1; i < values.length; i++) out += '\t' + copyField(values[i]);
  return out + '\n';
}

/**
 * Loads every batch of text lines into `table (columns)`, each batch its own statement outside any
 * transaction (the staging table is the import's own): between batches other requests get the
 * embedded database, and the caller reports progress. Returns the number of lines.
 */
export async function copyInto(
  database: Database,
  table: string,
  columns: readonly string[],
  batches: AsyncIterable<string[]>,
  afterBatch?: (rows: number) => Promise<void>,
): Promise<number> {
  const statement = `COPY ${table} (${columns.join(', ')}) FROM`;
  let count = 0;
  if (database.pglite) {
    for await (const lines of batches) {
      if (lines.length === 0) continue;
      count += lines.length;
      await database.pglite.query(`${statement} '/dev/blob'`, [], { blob: new Blob(lines) });
      await afterBatch?.(count);
    }
    return count;
  }
  for await (const lines of batches) {
    if (lines.length === 0) continue;
    const client = await database.pool!.connect();
    try {
      await pipeline(Readable.from([lines.join('')]), client.query(copyFrom(`${statement} STDIN`)));
    } finally {
      client.release();
    }
    count += lines.length;
    await afterBatch?.(count);
  }
  return count;
}
