/**
 * A fresh, migrated database per test file (PGlite from the template dump, or a new database on the
 * PostgreSQL server copied from the template database), with services and the HTTP app on top.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase, schema, type Database, type Db } from '../../src/platform/db/database.js';

import { createServices } from '../../src/platform/bootstrap.js';
import type { Services } from '../../src/platform/services.js';
import { buildApp } from '../../src/platform/http/app.js';
import { createUser } from '../../src/modules/users/use-cases/create-user.js';
import { createToken } from '../../src/modules/tokens/token-use-cases.js';
import { systemContext } from '../../src/platform/context.js';
import type { Grant, Role } from '../../src/domain/permissions.js';

export const backend = (process.env.QM_TEST_BACKEND ?? 'pglite') as 'pglite' | 'postgres';

async function openTestDatabase(): Promise<Database> {
  if (backend === 'pglite') {
    const dump = fs.readFileSync(inject('pgliteTemplate'));
    const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: { pg_trgm } });
    return {
      kind: 'pglite',
      pglite,
      db: drizzle(pglite, { schema }) as unknown as Db,
      location: 'memory',
      close: () => pglite.close(),
    };
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `qm_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  url.pathname = `/${name}`;
  const database = await openDatabase({ dataDir: '', databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestEnv {
  services: Services;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestEnv(options: { jobs?: boolean } = {}): Promise<TestEnv> {
  const database = await openTestDatabase();
  const config = loadConfig({ QM_AUDIT_KEY: 'test-audit-key', LOG_LEVEL: 'silent' }, { webDir: '/nonexistent' });
  const services = await createServices(config, { database, logger: pino({ level: 'silent' }) });
  if (options.jobs) await services.jobs.start({ work: true, pollingIntervalSeconds: 0.5 });
  const app = await buildApp(services, { logger: false, serveWeb: false });
  await app.ready();
  return {
    services,
    db: services.db,
    app,
    close: async () => {
      await app.close();
      await services.jobs.stop();
      await database.close();
    },
  };
}

let counter = 0;
export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** Authorization header with a read-write token. */
  auth: { authorization: string };
}

export async function makeUser(
  s: Services,
  options: { role?: Role; grants?: Grant[]; email?: string; tokenAccess?: 'read_only' | 'read_write' } = {},
): Promise<TestUser> {
  counter += 1;
  const email = options.email ?? `user${counter}-${randomUUID().slice(0, 6)}@example.com`;
  const password = 'correct horse battery';
  const grants = options.grants ?? (options.role ? [{ role: options.role, locationId: null }] : []);
  const { user } = await createUser(s, systemContext(), { email, name: `User ${counter}`, password, grants });
  const actorCtx = {
    ...systemContext('api'),
    actor: { type: 'user' as const, userId: user.id, tokenId: null, label: email, grants, readOnly: false },
  };
  const { secret } = await createToken(s, actorCtx, { name: 'test', access: options.tokenAccess ?? 'read_write' });
  return { id: user.id, email, password, auth: { authorization: `Bearer ${secret}` } };
}

/** Signs in through the API and returns the headers a browser would send (cookie and CSRF token). */
export async function signIn(app: FastifyInstance, email: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'qm_session')!;
  return { cookie: `qm_session=${cookie.value}`, 'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken };
}

export function json<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  return res.json() as T;
}
