/**
 * Location tree at scale: builds 20,230 locations five levels deep, then times lazy browsing (the
 * children of a node) and search-as-you-type, through the use cases and over HTTP (app.inject, so
 * routing, validation, authorisation and serialisation included, without a socket).
 *
 *   npx tsx bench/locations.ts                                  # PGlite in a temporary folder
 *   npx tsx bench/locations.ts --database-url postgres://...    # a scratch PostgreSQL database
 *
 * Prints JSON: p50/p95/p99 in milliseconds per operation. Targets: p95 <= 10 ms on PostgreSQL,
 * <= 50 ms on PGlite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/platform/bootstrap.js';
import { buildApp } from '../src/platform/http/app.js';
import { queryRows } from '../src/platform/db/database.js';
import { systemContext, type ActionContext } from '../src/platform/context.js';
import { createUser } from '../src/modules/users/use-cases/create-user.js';
import { createToken } from '../src/modules/tokens/token-use-cases.js';
import { BENCH_SHAPE, buildLargeTree } from '../src/modules/locations/large-tree.js';
import {
  getLocation,
  listLocationChildren,
  listChildrenQuery,
  searchLocationsFor,
  searchLocationsQuery,
} from '../src/modules/locations/use-cases/read-locations.js';

const args = process.argv.slice(2);
const urlIndex = args.indexOf('--database-url');
const databaseUrl = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
const iterations = Number(args[args.indexOf('--iterations') + 1] ?? 0) || 300;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)!) };
}

async function time(n: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i); // warm up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

const dataDir = databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'qm-bench-locations-'));
const config = loadConfig(
  { LOG_LEVEL: 'silent', QM_AUDIT_KEY: 'bench', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  { webDir: '/nonexistent', ...(dataDir ? { dataDir } : {}) },
);
const s = await createServices(config, { logger: pino({ level: 'silent' }) });
try {
  const buildStart = performance.now();
  const tree = await buildLargeTree(s.db, BENCH_SHAPE);
  const buildMs = Math.round(performance.now() - buildStart);
  // Steady state: what autovacuum (or the VACUUM after bulk work on PGlite) leaves, with the GIN
  // pending list merged into the trigram index.
  await s.db.execute(sql`vacuum analyze locations`);

  // Nodes to browse: a mix of every level (the roots, sites, buildings, floors, rooms).
  const nodes = await queryRows<{ id: string; code: string; depth: number }>(
    s.db,
    sql`select id, code, depth from locations where code like ${`${BENCH_SHAPE.prefix}%`} and depth < 4
        order by md5(id::text) limit 400`,
  );
  const deep = await queryRows<{ code: string }>(
    s.db,
    sql`select code from locations where depth = 4 and code like ${`${BENCH_SHAPE.prefix}%`} order by md5(id::text) limit 200`,
  );
  const queries = [
    (i: number) => deep[i % deep.length]!.code, // an exact code (a scan)
    (i: number) => deep[i % deep.length]!.code.slice(0, 8), // a code prefix
    () => 'lo', // two characters: prefix match
    () => 'b', // one character
    () => 'room', // common: matches most rooms
    () => 'meeting room 1', // several words
    () => 'rack 4',
    () => 'server', // a substring
    () => 'nothing-like-this', // no match
  ];

  const admin = systemContext('api');
  const site = tree.siteIds[1]!;
  const scoped: ActionContext = {
    ...admin,
    actor: { ...admin.actor, type: 'user', grants: [{ role: 'technician', locationId: site }] },
  };

  const scopedNodes = await queryRows<{ id: string }>(
    s.db,
    sql`select id from locations where path like ${`/${site}/%`} and depth < 4 order by md5(id::text) limit 400`,
  );
  const children = (ctx: ActionContext) => (i: number) => {
    const pool = ctx === admin ? nodes : scopedNodes;
    const node = i % 25 === 0 ? 'root' : pool[i % pool.length]!.id;
    return listLocationChildren(s, ctx, listChildrenQuery.parse({ parentId: node }));
  };
  const search = (ctx: ActionContext) => (i: number) =>
    searchLocationsFor(s, ctx, searchLocationsQuery.parse({ q: queries[i % queries.length]!(i) }));

  const labels = ['exactCode', 'codePrefix', 'twoChars', 'oneChar', 'common', 'words', 'rack', 'substring', 'noMatch'];
  const searchByQuery = async (ctx: ActionContext) => {
    const out: Record<string, number> = {};
    for (const [k, label] of labels.entries()) {
      const q = queries[k]!;
      out[`${label} (${q(0)})`] = (
        await time(Math.ceil(iterations / 3), (i) =>
          searchLocationsFor(s, ctx, searchLocationsQuery.parse({ q: q(i) })),
        )
      ).p95;
    }
    return out;
  };

  const results: Record<string, unknown> = {
    database: s.database.kind,
    locations: tree.total,
    levels: BENCH_SHAPE.fanOut.length,
    buildMs,
    iterations,
  };
  results.useCases = {
    children: await time(iterations, children(admin)),
    search: await time(iterations, search(admin)),
    searchP95ByQuery: await searchByQuery(admin),
    detail: await time(iterations, (i) => getLocation(s, admin, nodes[i % nodes.length]!.id)),
    scopedChildren: await time(iterations, children(scoped)),
    scopedSearch: await time(iterations, search(scoped)),
  };

  // Over HTTP: a user with an API token, through the whole Fastify stack.
  const { user } = await createUser(s, systemContext(), {
    email: `bench-${Date.now()}@example.com`,
    name: 'Bench',
    password: 'bench password long enough',
    grants: [{ role: 'admin', locationId: null }],
  });
  const { secret } = await createToken(
    s,
    { ...admin, actor: { ...admin.actor, type: 'user', userId: user.id } },
    { name: 'bench', access: 'read_only' },
  );
  const app = await buildApp(s, { logger: false, serveWeb: false });
  await app.ready();
  const headers = { authorization: `Bearer ${secret}` };
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  };
  results.http = {
    children: await time(iterations, (i) =>
      get(`/api/v1/locations?parentId=${i % 25 === 0 ? 'root' : nodes[i % nodes.length]!.id}`),
    ),
    search: await time(iterations, (i) =>
      get(`/api/v1/locations/search?q=${encodeURIComponent(queries[i % queries.length]!(i))}`),
    ),
  };
  await app.close();
  console.log(JSON.stringify(results, null, 2));
} finally {
  await s.jobs.stop().catch(() => {});
  await s.database.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
