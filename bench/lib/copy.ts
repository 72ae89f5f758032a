/**
 * COPY in PostgreSQL's text format on both databases: streamed through `pg-copy-streams` on a
 * server, and on PGlite in blobs of a bounded size (`COPY ... FROM '/dev/blob'`), so that no more
 * than one chunk of rows is ever held in memory.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';

export type Field = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/;

/** One field in COPY text format: `\N` for null, backslash escapes for the separators. */
export function field(value: Field): string {
  if (value === null || value === undefined) return '\\N';
  const s = String(value);
  if (!SPECIAL.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function line(values: Field[]): string {
  let out = field(values[0]);
  for (let i = 1; i < values.length; i++) out += '\t' + field(values[i]);
  return out + '\n';
}

/** Groups lines into strings of about `bytes` characters: fewer, larger writes. */
function* batches(rows: Iterable<string>, bytes: number): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const row of rows) {
    parts.push(row);
    size += row.length;
    if (size >= bytes) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

export interface CopyTarget {
  /** Loads the rows (text-format lines) into `table (columns)`; returns the number of rows. */
  copy(table: string, columns: string[], rows: Iterable<string>): Promise<number>;
}

export function serverCopy(client: pg.ClientBase): CopyTarget {
  return {
    async copy(table, columns, rows) {
      let count = 0;
      const counted = function* () {
        for (const r of rows) {
          count++;
          yield r;
        }
      };
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from(batches(counted(), 256 * 1024)), stream);
      return count;
    },
  };
}

/** PGlite: one COPY per chunk of about 32 MB of text (each COPY is one statement, one trigger run). */
export function pgliteCopy(pglite: PGlite, chunkBytes = 32 * 1024 * 1024): CopyTarget {
  return {
    async copy(table, columns, rows) {
      let count = 0;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (!parts.length) return;
        await pglite.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob(parts) });
        parts = [];
        size = 0;
      };
      for (const row of rows) {
        parts.push(row);
        size += row.length;
        count++;
        if (size >= chunkBytes) await flush();
      }
      await flush();
      return count;
    },
  };
}
