/**
 * Opens the database: the embedded PGlite in the data folder (holding the folder's lock), or a
 * PostgreSQL server when a URL is given. Both are used through the same Drizzle API.
 */
import path from 'node:path';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as allTables from './schema-all.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

/** Every module's tables (schema-all.ts lists the schema files). */
export const schema = { ...allTables };

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Present on the embedded database. */
  pglite?: PGlite;
  /** Present on a PostgreSQL server. */
  pool?: pg.Pool;
  /** Where the data lives, for messages (a folder or a URL without its password). */
  location: string;
  close(): Promise<void>;
}

// numeric stays a string (money must not pass through floats); bigint counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Skip the data folder lock: only for a PGlite loaded from a dump in tests. */
  pgliteDataDir?: string;
  loadDataDir?: Blob;
  poolSize?: number;
  applicationName?: string;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'quartermaster',
    });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    try {
      await pool.query('select 1');
    } catch (err) {
      await pool.end();
      throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(options.databaseUrl)}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    return {
      kind: 'postgres',
      db,
      pool,
      location: redactUrl(options.databaseUrl),
      close: () => pool.end(),
    };
  }

  let lock: DataDirLock | undefined;
  let dataDir: string | undefined;
  if (options.loadDataDir) {
    dataDir = undefined; // in memory, from a dump
  } else {
    lock = acquireDataDirLock(options.dataDir);
    dataDir = path.join(options.dataDir, 'pgdata');
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      pglite,
      location: dataDir ?? 'memory',
      close: async () => {
        try {
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Rows of a raw SQL query, the same on both drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
