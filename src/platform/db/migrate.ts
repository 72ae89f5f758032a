/**
 * Applies pending migrations. On a PostgreSQL server several app instances may start at once, so
 * migrations run on one connection holding an advisory lock: the others wait, then find nothing
 * left to do.
 */
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database } from './database.js';

export const migrationsFolder = path.join(import.meta.dirname, 'migrations');

/** An arbitrary constant shared by every Quartermaster instance ("QM-MIGR"). */
const MIGRATION_LOCK_KEY = 0x514d_4d49_4752;

export async function runMigrations(database: Database): Promise<void> {
  if (database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  await withMigrationLock(database, (client) => migratePg(drizzlePg(client), { migrationsFolder }));
}

/**
 * Runs `fn` while holding the migration lock on a PostgreSQL server (pg-boss installs its own
 * schema this way too: its CREATE SCHEMA races when instances start together). Embedded: no lock
 * needed, the data folder lock already makes this the only process.
 */
export async function withMigrationLock<T>(database: Database, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await fn(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
