/**
 * Prepares a migrated template once per run, so each test file gets a fresh database quickly:
 * a PGlite data-dir dump on disk, or a template database on the PostgreSQL server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { openDatabase } from '../../src/platform/db/database.js';
import { runMigrations } from '../../src/platform/db/migrate.js';
import type { TestProject } from 'vitest/node';

export const TEMPLATE_DB = 'qm_test_template';

export default async function setup(project: TestProject) {
  const backend = process.env.QM_TEST_BACKEND ?? project.config.env?.QM_TEST_BACKEND ?? 'pglite';
  if (backend === 'pglite') {
    const pglite = await PGlite.create({ extensions: { pg_trgm } });
    await runMigrations({ kind: 'pglite', pglite, db: undefined as never, location: 'memory', close: async () => {} });
    const dump = await pglite.dumpDataDir('none');
    const file = path.join(os.tmpdir(), `qm-test-template-${process.pid}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
    project.provide('pgliteTemplate', file);
    return () => fs.rmSync(file, { force: true });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `${TEMPLATE_DB}_${process.pid}`;
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const u = new URL(url);
  u.pathname = `/${template}`;
  const database = await openDatabase({ dataDir: '', databaseUrl: u.toString(), poolSize: 2 });
  await runMigrations(database);
  await database.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
