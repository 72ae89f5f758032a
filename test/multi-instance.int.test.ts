/**
 * Several app instances on one PostgreSQL server start at once: migrations run under an advisory
 * lock, so exactly one applies them and the others find nothing left to do.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { backend } from './helpers/harness.js';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/platform/bootstrap.js';

describe.skipIf(backend !== 'postgres')('several instances on one PostgreSQL', () => {
  it('start together on an empty database and agree on one schema', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const name = `qm_test_multi_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    url.pathname = `/${name}`;
    try {
      const config = loadConfig({ DATABASE_URL: url.toString(), QM_AUDIT_KEY: 'k', LOG_LEVEL: 'silent' });
      const instances = await Promise.all(
        [1, 2, 3].map(() => createServices(config, { logger: pino({ level: 'silent' }) })),
      );
      await Promise.all(instances.map((s) => s.jobs.start({ work: true })));
      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const migrations = await check.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(migrations.rows[0].n).toBeGreaterThanOrEqual(2);
      const tables = await check.query(
        `select count(*)::int as n from information_schema.tables where table_name = 'users'`,
      );
      expect(tables.rows[0].n).toBe(1);
      await check.end();
      for (const s of instances) {
        await s.jobs.stop();
        await s.database.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 60_000);
});
