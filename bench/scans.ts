/**
 * Offline scan sync: N queued moves sent in one batch to POST /api/v1/scans (the path a station
 * takes when the connection returns). Target: 10,000 scans in <= 10 s on the PostgreSQL server.
 *
 *   npx tsx bench/scans.ts [--scans 10000] [--database-url postgres://.../postgres]
 *
 * Without --database-url it runs on PGlite in memory. With one, it creates and drops its own
 * database next to the one named.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase, schema, type Database, type Db } from '../src/platform/db/database.js';
import { createServices } from '../src/platform/bootstrap.js';
import { buildApp } from '../src/platform/http/app.js';
import { createUser } from '../src/modules/users/use-cases/create-user.js';
import { createToken } from '../src/modules/tokens/token-use-cases.js';
import { systemContext } from '../src/platform/context.js';
import { insertLocation } from '../src/modules/locations/locations-repository.js';
import { categories, models } from '../src/platform/db/schema-all.js';
import { receiveAssets } from '../src/modules/assets/use-cases/create-assets.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('scans') ?? 10_000);
const adminUrl = arg('database-url');

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!adminUrl) {
    const pglite = await PGlite.create({ extensions: { pg_trgm } });
    return {
      database: {
        kind: 'pglite',
        pglite,
        db: drizzle(pglite, { schema }) as unknown as Db,
        location: 'memory',
        close: () => pglite.close(),
      },
      drop: async () => {},
    };
  }
  const name = `qm_bench_scans_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: await openDatabase({ dataDir: '', databaseUrl: url.toString() }),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const { database, drop } = await open();
try {
  const services = await createServices(loadConfig({ QM_AUDIT_KEY: 'bench', LOG_LEVEL: 'silent' }), {
    database,
    logger: pino({ level: 'silent' }),
  });
  const app = await buildApp(services, { logger: false, serveWeb: false });
  await app.ready();
  const { user } = await createUser(services, systemContext(), {
    email: 'bench@example.com',
    name: 'Bench',
    password: 'bench-password-1',
    grants: [{ role: 'technician', locationId: null }],
  });
  const ctx = {
    ...systemContext('api'),
    actor: {
      type: 'user' as const,
      userId: user.id,
      tokenId: null,
      label: 'bench',
      grants: user.grants,
      readOnly: false,
    },
  };
  const { secret } = await createToken(services, ctx, { name: 'bench', access: 'read_write' });
  const site = await insertLocation(services.db, { parent: null, kind: 'site', code: 'B', name: 'Bench site' });
  const stock = await insertLocation(services.db, { parent: site, kind: 'stockroom', code: 'B-STOCK', name: 'Stock' });
  await insertLocation(services.db, { parent: stock, kind: 'other', code: 'B-SHELF', name: 'Shelf' });
  const [category] = await services.db.insert(categories).values({ name: 'Bench', kind: 'hardware' }).returning();
  const [model] = await services.db
    .insert(models)
    .values({ name: 'Bench model', categoryId: category!.id, tracking: 'individual' })
    .returning();
  const tags: string[] = [];
  for (let i = 0; i < count; i += 1000) {
    const created = await receiveAssets(services, ctx, {
      modelId: model!.id,
      locationId: stock.id,
      items: Array.from({ length: Math.min(1000, count - i) }, () => ({})),
    });
    tags.push(...created.map((a) => a.tag));
  }
  const t0 = Date.now() - count * 1000;
  const scans = tags.map((tag, i) => ({
    clientId: randomUUID(),
    scannedAt: new Date(t0 + i * 1000).toISOString(),
    action: 'move',
    target: 'B-SHELF',
    code: tag,
  }));
  const started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/scans',
    headers: { authorization: `Bearer ${secret}` },
    payload: { scans },
  });
  const seconds = (performance.now() - started) / 1000;
  if (res.statusCode !== 200) throw new Error(`POST /scans answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
  const results = res.json().results as { outcome: string }[];
  const applied = results.filter((r) => r.outcome === 'applied').length;
  console.log(
    JSON.stringify(
      {
        benchmark: 'offline scan sync',
        database: database.kind,
        scans: count,
        applied,
        seconds: Number(seconds.toFixed(2)),
        scansPerSecond: Math.round(count / seconds),
        target: '10,000 in <= 10 s',
      },
      null,
      2,
    ),
  );
  await app.close();
} finally {
  await database.close();
  await drop();
}
