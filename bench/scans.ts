/**
 * Two benchmarks of scanning on the same data:
 * 1. Offline scan sync: N queued moves sent in one batch to POST /api/v1/scans (the path a station
 *    takes when the connection returns). Target: 10,000 scans in <= 10 s on the PostgreSQL server.
 * 2. Live scans: each request one scan that moves an asset (parse, look up, move, event), under
 *    load over HTTP, against a bare reference (a minimal Fastify route doing one primary-key
 *    lookup on the same database) measured in the same run. Target: >= 40% of the reference.
 *
 *   npx tsx bench/scans.ts [--scans 10000] [--live 3000] [--concurrency 16] [--database-url postgres://.../postgres]
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
import { assets, categories, models } from '../src/platform/db/schema-all.js';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { LoadClient, type HttpRequestSpec, type LoadResult } from './lib/http-load.js';
import { raw } from './lib/sample.js';
import { receiveAssets } from '../src/modules/assets/use-cases/create-assets.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('scans') ?? 10_000);
const live = Number(arg('live') ?? 3000);
const concurrency = Number(arg('concurrency') ?? 16);
const adminUrl = arg('database-url');

async function open(): Promise<{ database: Database; url?: string; drop: () => Promise<void> }> {
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
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const { database, url: databaseUrl, drop } = await open();
const load = new LoadClient();
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
  const total = Math.max(count, live);
  for (let i = 0; i < total; i += 1000) {
    const created = await receiveAssets(services, ctx, {
      modelId: model!.id,
      locationId: stock.id,
      items: Array.from({ length: Math.min(1000, total - i) }, () => ({})),
    });
    tags.push(...created.map((a) => a.tag));
  }
  const t0 = Date.now() - count * 1000;
  const scans = tags.slice(0, count).map((tag, i) => ({
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
  const sync = {
    benchmark: 'offline scan sync',
    database: database.kind,
    scans: count,
    applied,
    seconds: Number(seconds.toFixed(2)),
    scansPerSecond: Math.round(count / seconds),
    target: '10,000 in <= 10 s',
    met: applied === count && seconds <= (10 * count) / 10_000,
  };
  console.log(JSON.stringify(sync, null, 2));

  // 2. Live scans against the bare reference, alternating twice so that drift hits both alike.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const appOrigin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const barePool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 10 }) : undefined;
  const bare = Fastify();
  bare.get<{ Params: { id: string } }>('/assets/:id', async (request, reply) => {
    const rows = barePool
      ? (await barePool.query('select * from assets where id = $1', [request.params.id])).rows
      : (await database.pglite!.query('select * from assets where id = $1', [request.params.id])).rows;
    if (!rows[0]) return reply.code(404).send({ error: 'not found' });
    return rows[0];
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareOrigin = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;
  const ids = (await services.db.select({ id: assets.id }).from(assets).limit(1000)).map((r) => r.id);
  const bareRequests: HttpRequestSpec[] = ids.map((id) => ({ method: 'GET', path: `/assets/${id}` }));
  // Each live scan moves another asset (to the stockroom, from the shelf the sync put it on).
  const liveTags = tags.slice(0, live);
  const scanRequest = (tag: string): HttpRequestSpec => ({
    method: 'POST',
    path: '/api/v1/scans',
    headers: { authorization: `Bearer ${secret}` },
    body: JSON.stringify({
      scans: [
        { clientId: randomUUID(), scannedAt: new Date().toISOString(), action: 'move', target: 'B-STOCK', code: tag },
      ],
    }),
  });
  const half = Math.floor(liveTags.length / 2);
  const rounds: { bare: LoadResult; scan: LoadResult }[] = [];
  for (const part of [liveTags.slice(0, half), liveTags.slice(half)]) {
    const b = await load.run({
      origin: bareOrigin,
      requests: bareRequests,
      concurrency,
      mode: { kind: 'duration', seconds: 5, warmupSeconds: 1 },
    });
    const r = await load.run({
      origin: appOrigin,
      requests: part.map(scanRequest),
      concurrency,
      mode: { kind: 'each' },
    });
    if ((r.statuses['200'] ?? 0) !== r.requests) throw new Error(`live scans failed: ${r.failures.join('; ')}`);
    rounds.push({ bare: b, scan: r });
  }
  const rps = (k: 'bare' | 'scan') =>
    Math.round(rounds.reduce((a, r) => a + r[k].requests, 0) / rounds.reduce((a, r) => a + r[k].seconds, 0));
  const [{ n: moved } = { n: 0 }] = await raw<{ n: number }>(
    database,
    'select count(*)::int as n from assets where location_id = $1 and tag = any($2)',
    [stock.id, liveTags],
  );
  const ratio = Math.round((rps('scan') / rps('bare')) * 1000) / 1000;
  console.log(
    JSON.stringify(
      {
        benchmark: 'live scan that moves an asset, over HTTP',
        database: database.kind,
        concurrency,
        scans: liveTags.length,
        movedVerified: moved,
        bareRequestsPerSecond: rps('bare'),
        scanRequestsPerSecond: rps('scan'),
        scanLatencyMs: rounds.map((r) => r.scan.latencyMs),
        ratioToBare: ratio,
        target: '>= 40% of the bare reference',
        met: ratio >= 0.4,
      },
      null,
      2,
    ),
  );
  await bare.close();
  await barePool?.end();
  await app.close();
} finally {
  load.close();
  await database.close();
  await drop();
}
