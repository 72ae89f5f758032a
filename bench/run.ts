/**
 * Benchmarks of the asset registry against a database made by bench/generate.ts.
 *
 *   npm run bench -- --database-url postgres://postgres@127.0.0.1:5432/qm_bench_1m
 *   npm run bench -- --data-dir /tmp/qm-bench-100k
 *
 * The real app listens on a port in this process, as `qm serve` would (audit sealing and jobs
 * included); a forked load process drives it over keep-alive HTTP. Beside it, in the same run, a
 * bare reference (a minimal Fastify route doing one primary-key lookup) is measured the same way,
 * and HTTP figures are reported as ratios to it, since absolute figures drift on a shared machine.
 *
 * Prints JSON: p50/p95/p99 in milliseconds per benchmark (the use case called in-process, and the
 * same request over HTTP one at a time), requests per second under load, and each target with
 * whether it was met. Check-out changes the database: each run checks out other assets in stock.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/platform/bootstrap.js';
import { startMaintenance } from '../src/platform/maintenance.js';
import { buildApp } from '../src/platform/http/app.js';
import { schema, type Database, type Db } from '../src/platform/db/database.js';
import { systemContext, type ActionContext } from '../src/platform/context.js';
import type { Services } from '../src/platform/services.js';
import { parseSort } from '../src/platform/http/pagination.js';
import { createUser } from '../src/modules/users/use-cases/create-user.js';
import { createToken } from '../src/modules/tokens/token-use-cases.js';
import { byTag, findAssetDetail, listAssets, type AssetListFilter } from '../src/modules/assets/assets-repository.js';
import { stockLevels, stockLevelsQuery } from '../src/modules/assets/stock-levels.js';
import { raw, sample } from './lib/sample.js';
import { LoadClient, type HttpRequestSpec, type LoadResult } from './lib/http-load.js';
import { sizeLabel, timeEach, type Percentiles } from './lib/stats.js';

const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '200' },
    budget: { type: 'string', default: '45' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '16' },
    checkouts: { type: 'string' },
    'checkout-concurrency': { type: 'string', default: '32' },
    only: { type: 'string' },
    explain: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!opts['database-url'] === !opts['data-dir']) {
  console.error('Usage: tsx bench/run.ts (--database-url URL | --data-dir DIR) [--only list,search,...] [--explain]');
  process.exit(2);
}
const iterations = Number(opts.iterations);
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const concurrency = Number(opts.concurrency);
/** Seconds at most per measured case (one query shape, one way), after at least five samples. */
const budgetMs = Number(opts.budget) * 1000;
const only = opts.only ? new Set(opts.only.split(',')) : undefined;
const wanted = (name: string) => !only || only.has(name);
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** A Db that records the SQL it runs, for EXPLAIN. */
function recordingDb(database: Database, into: { sql: string; params: unknown[] }[]): Db {
  const logger = { logQuery: (sql: string, params: unknown[]) => void into.push({ sql, params }) };
  return (database.pool
    ? drizzlePg(database.pool, { schema, logger })
    : drizzlePglite(database.pglite!, { schema, logger })) as unknown as Db;
}

async function explain(database: Database, run: (db: Db) => Promise<unknown>): Promise<string[]> {
  const queries: { sql: string; params: unknown[] }[] = [];
  await run(recordingDb(database, queries));
  const plans: string[] = [];
  for (const q of queries) {
    const rows = await raw<{ 'QUERY PLAN': string }>(database, `EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
    plans.push([q.sql, ...rows.map((r) => r['QUERY PLAN'])].join('\n'));
  }
  return plans;
}

/** The commit measured, with "+changes" when the working tree differs from it. */
function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return null;
  }
}

async function main() {
  const databaseUrl = opts['database-url'];
  const dataDir = opts['data-dir'] ? path.resolve(opts['data-dir']) : undefined;
  const config = loadConfig(
    { LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    { webDir: '/nonexistent', ...(dataDir ? { dataDir } : {}) },
  );
  const s = await createServices(config, { logger: pino({ level: 'warn' }), applicationName: 'qm-bench' });
  const database = s.database;
  const load = new LoadClient();
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const [{ n: assetCount }] = (await raw<{ n: number }>(database, 'select count(*)::int as n from assets')) as [
      { n: number },
    ];
    const [{ server_version: serverVersion }] = (await raw<{ server_version: string }>(
      database,
      'show server_version',
    )) as [{ server_version: string }];
    log(`${database.kind}, ${assetCount} assets`);
    const results: Record<string, unknown> = {
      database: database.kind,
      serverVersion,
      assets: assetCount,
      label: sizeLabel(assetCount),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() },
      settings: {
        iterations,
        duration,
        warmup,
        concurrency,
        checkoutConcurrency: Number(opts['checkout-concurrency']),
      },
      commit: gitCommit(),
      startedAt: new Date().toISOString(),
    };
    const samples = await sample(database);

    // The benchmark's user: an organisation-wide administrator with a read-write API token.
    const email = `bench-${Date.now()}@example.com`;
    const grants = [{ role: 'admin' as const, locationId: null }];
    const { user } = await createUser(s, systemContext('cli'), {
      email,
      name: 'Benchmark',
      password: 'benchmark password long enough',
      grants,
    });
    const ctx: ActionContext = {
      ...systemContext('api'),
      actor: { type: 'user', userId: user.id, tokenId: null, label: email, grants, readOnly: false },
    };
    const { secret } = await createToken(s, ctx, { name: 'bench', access: 'read_write' });
    const auth = { authorization: `Bearer ${secret}` };

    // The product as `qm serve` runs it: jobs, audit sealing every second, HTTP.
    await s.jobs.start({ work: config.runWorkers });
    const stopMaintenance = startMaintenance(s);
    closers.push(stopMaintenance);
    const app = await buildApp(s, { logger: false, serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const appOrigin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // The bare reference: one route, one primary-key lookup, a pool of the app's size.
    const barePool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 10 }) : undefined;
    if (barePool) closers.push(() => barePool.end());
    const bare = Fastify();
    bare.get<{ Params: { id: string } }>('/assets/:id', async (request, reply) => {
      const rows = barePool
        ? (await barePool.query('select * from assets where id = $1', [request.params.id])).rows
        : (await database.pglite!.query('select * from assets where id = $1', [request.params.id])).rows;
      if (!rows[0]) return reply.code(404).send({ error: 'not found' });
      return rows[0];
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => bare.close());
    const bareOrigin = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

    const http = async (origin: string, requests: HttpRequestSpec[], label: string): Promise<Percentiles> => {
      // One at a time: the latency of each request, with a few first to warm up.
      const budgetSeconds = budgetMs / 1000;
      await load.run({ origin, requests: requests.slice(0, 5), concurrency: 1, mode: { kind: 'each' }, budgetSeconds });
      const r = await load.run({ origin, requests, concurrency: 1, mode: { kind: 'each' }, budgetSeconds });
      const failed = r.requests - (r.statuses['200'] ?? 0);
      if (failed) throw new Error(`${label}: ${failed} requests failed: ${r.failures.join('; ')}`);
      return r.latencyMs;
    };
    const get = (url: string): HttpRequestSpec => ({ method: 'GET', path: url, headers: auth });
    const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

    // The reference's latency one at a time, to compare the sequential figures with.
    const bareRequests = samples.assets.map((a) => ({ method: 'GET' as const, path: `/assets/${a.id}` }));
    results.bareReference = {
      what: 'minimal Fastify route, select * from assets where id = $1',
      sequentialMs: await http(
        bareOrigin,
        repeat(iterations, (i) => bareRequests[i % bareRequests.length]!),
        'bare',
      ),
    };

    const explains: Record<string, string[]> = {};
    /** Written after every benchmark, so that a run stopped half-way keeps what it measured. */
    const save = () => {
      if (!opts.out) return;
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, JSON.stringify({ ...results, targets, explain: explains }, null, 2) + '\n');
    };
    const targets: { benchmark: string; target: string; value: number; met: boolean }[] = [];
    const pgliteFactor = database.pglite ? 5 : 1;
    const latencyTarget = (benchmark: string, p95: number, limitMs: number) =>
      targets.push({
        benchmark,
        target: `p95 <= ${limitMs * pgliteFactor} ms`,
        value: p95,
        met: p95 <= limitMs * pgliteFactor,
      });

    // 1. One asset by its tag.
    let bareRps = 0;
    if (wanted('tag')) {
      log('asset by tag');
      const tags = samples.assets.map((a) => a.tag);
      const tagRequests = tags.map((t) => get(`/api/v1/assets/by-tag/${encodeURIComponent(t)}`));
      const out: Record<string, unknown> = {
        direct: await timeEach(iterations, (i) => findAssetDetail(s.db, byTag(tags[i % tags.length]!)), { budgetMs }),
        httpSequential: await http(
          appOrigin,
          repeat(iterations, (i) => tagRequests[i % tagRequests.length]!),
          'by tag',
        ),
      };
      // Under load, alternating with the reference twice so that drift hits both alike. A third
      // contender is the app's floor: an authenticated route doing one trivial query (the tag
      // pattern setting), i.e. what any API call costs before its own work.
      const contenders = {
        bare: { origin: bareOrigin, requests: bareRequests },
        app: { origin: appOrigin, requests: tagRequests },
        authenticatedFloor: { origin: appOrigin, requests: [get('/api/v1/asset-tag-pattern')] },
      };
      type Name = keyof typeof contenders;
      const rounds: Record<Name, LoadResult>[] = [];
      for (let round = 0; round < 2; round++) {
        const mode = { kind: 'duration' as const, seconds: duration, warmupSeconds: warmup };
        const runs = {} as Record<Name, LoadResult>;
        for (const [name, c] of Object.entries(contenders) as [Name, (typeof contenders)[Name]][]) {
          const r = await load.run({ ...c, concurrency, mode });
          if ((r.statuses['200'] ?? 0) !== r.requests) throw new Error(`${name} failed: ${r.failures.join('; ')}`);
          runs[name] = r;
        }
        rounds.push(runs);
        log(
          `  round ${round + 1}: ${Object.entries(runs)
            .map(([k, r]) => `${k} ${r.requestsPerSecond}/s`)
            .join(', ')}`,
        );
      }
      const rps = (k: Name) =>
        Math.round(rounds.reduce((a, r) => a + r[k].requests, 0) / rounds.reduce((a, r) => a + r[k].seconds, 0));
      bareRps = rps('bare');
      const appRps = rps('app');
      const ratio = Math.round((appRps / bareRps) * 1000) / 1000;
      out.underLoad = {
        concurrency,
        bareRequestsPerSecond: bareRps,
        appRequestsPerSecond: appRps,
        ratioToBare: ratio,
        authenticatedFloorRequestsPerSecond: rps('authenticatedFloor'),
        authenticatedFloorRatioToBare: Math.round((rps('authenticatedFloor') / bareRps) * 1000) / 1000,
        rounds: rounds.map((r) =>
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [k, { rps: v.requestsPerSecond, latencyMs: v.latencyMs }]),
          ),
        ),
      };
      targets.push({
        benchmark: 'asset by tag over HTTP',
        target: '>= 50% of the bare reference',
        value: ratio,
        met: ratio >= 0.5,
      });
      results.assetByTag = out;
      save();
    }

    // 2. A page of 50 with two filters and a sort.
    if (wanted('list')) {
      log('filtered, sorted list');
      const variants = [
        { label: 'in_use laptops by -purchaseDate', status: 'in_use', category: 'Laptops', sort: '-purchaseDate' },
        { label: 'in_stock monitors by tag', status: 'in_stock', category: 'Monitors', sort: 'tag' },
        {
          label: 'in_repair servers by -purchaseDate',
          status: 'in_repair',
          category: 'Servers',
          sort: '-purchaseDate',
        },
        { label: 'in_use phones by tag', status: 'in_use', category: 'Mobile phones', sort: 'tag' },
      ];
      const filter = (v: (typeof variants)[number]): AssetListFilter => ({
        status: [v.status],
        categoryId: samples.categories[v.category],
        sort: parseSort(v.sort),
        cursor: undefined,
        limit: 50,
      });
      const url = (v: (typeof variants)[number]) =>
        `/api/v1/assets?status=${v.status}&categoryId=${samples.categories[v.category]}&sort=${v.sort}&limit=50`;
      const perVariant: Record<string, unknown> = {};
      const perRound = Math.max(20, Math.ceil(iterations / variants.length));
      for (const v of variants) {
        const direct = await timeEach(perRound, () => listAssets(s.db, filter(v)), { budgetMs });
        const viaHttp = await http(
          appOrigin,
          repeat(perRound, () => get(url(v))),
          v.label,
        );
        perVariant[v.label] = { direct, http: viaHttp };
        if (opts.explain) explains[`list: ${v.label}`] = await explain(database, (db) => listAssets(db, filter(v)));
      }
      const mixed = await http(
        appOrigin,
        repeat(iterations, (i) => get(url(variants[i % variants.length]!))),
        'list',
      );
      results.list = { httpAllVariants: mixed, perVariant };
      save();
      latencyTarget('list of 50, two filters and a sort (HTTP, all variants)', mixed.p95, 20);
    }

    // 3. Free text over tag, serial, name, model and assignee.
    if (wanted('search')) {
      log('free-text search');
      const groups: Record<string, string[]> = {
        'part of a serial': samples.serialParts,
        surname: samples.surnames,
        'model name': samples.modelNames,
        'full tag': samples.assets.slice(0, 50).map((a) => a.tag),
      };
      const perGroup: Record<string, unknown> = {};
      const searchFilter = (q: string): AssetListFilter => ({
        q,
        sort: parseSort('tag'),
        cursor: undefined,
        limit: 50,
      });
      const perRound = Math.max(20, Math.ceil(iterations / 4));
      for (const [label, terms] of Object.entries(groups)) {
        const direct = await timeEach(perRound, (i) => listAssets(s.db, searchFilter(terms[i % terms.length]!)), {
          budgetMs,
        });
        const viaHttp = await http(
          appOrigin,
          repeat(perRound, (i) => get(`/api/v1/assets?q=${encodeURIComponent(terms[i % terms.length]!)}&limit=50`)),
          `search ${label}`,
        );
        perGroup[label] = { examples: terms.slice(0, 3), direct, http: viaHttp };
        if (opts.explain)
          explains[`search: ${label} (${terms[0]})`] = await explain(database, (db) =>
            listAssets(db, searchFilter(terms[0]!)),
          );
      }
      const labels = Object.keys(groups);
      const mixed = await http(
        appOrigin,
        repeat(iterations, (i) => {
          const terms = groups[labels[i % labels.length]!]!;
          return get(
            `/api/v1/assets?q=${encodeURIComponent(terms[Math.floor(i / labels.length) % terms.length]!)}&limit=50`,
          );
        }),
        'search',
      );
      results.search = { httpAllTerms: mixed, perGroup };
      save();
      latencyTarget('free-text search (HTTP, all terms)', mixed.p95, 50);
    }

    // 4. Stock levels, for the whole organisation and for one site.
    if (wanted('stock')) {
      log('stock levels');
      const site = samples.sites[0]!;
      const cases = { organisation: {}, [`site ${site.code}`]: { locationId: site.id } };
      const out: Record<string, unknown> = {};
      const allHttp: number[] = [];
      for (const [label, query] of Object.entries(cases)) {
        const parsed = stockLevelsQuery.parse(query);
        const direct = await timeEach(iterations, () => stockLevels(s, ctx, parsed), { budgetMs });
        const qs = new URLSearchParams(query as Record<string, string>).toString();
        const viaHttp = await http(
          appOrigin,
          repeat(iterations, () => get(`/api/v1/stock-levels${qs ? `?${qs}` : ''}`)),
          label,
        );
        allHttp.push(viaHttp.p95);
        out[label] = { direct, http: viaHttp, models: (await stockLevels(s, ctx, parsed)).length };
        if (opts.explain) {
          explains[`stock levels: ${label}`] = await explain(database, (db) =>
            stockLevels({ ...s, db } satisfies Services, ctx, parsed),
          );
        }
      }
      results.stockLevels = out;
      save();
      latencyTarget('stock levels, organisation (HTTP)', allHttp[0]!, 20);
      latencyTarget(`stock levels, one site (HTTP)`, allHttp[1]!, 20);
    }

    // 5. Location children and search (the locations module's endpoints).
    if (wanted('locations')) {
      log('locations');
      const probe = await fetch(`${appOrigin}/api/v1/locations?parentId=root`, { headers: auth });
      if (probe.status === 404) {
        results.locations = { skipped: 'the locations module has no GET /api/v1/locations yet' };
      } else {
        const [{ n: locationCount }] = (await raw<{ n: number }>(
          database,
          'select count(*)::int as n from locations',
        )) as [{ n: number }];
        const terms = [
          (i: number) => samples.spotCodes[i % samples.spotCodes.length]!, // an exact code, as scanned
          (i: number) => samples.spotCodes[i % samples.spotCodes.length]!.slice(0, 6), // a code prefix
          () => 'st',
          () => 'stockroom',
          () => 'meeting room 3',
          () => 'desk 4',
          () => 'nothing-like-this',
        ];
        const children = await http(
          appOrigin,
          repeat(iterations, (i) =>
            get(`/api/v1/locations?parentId=${i % 25 === 0 ? 'root' : samples.nodes[i % samples.nodes.length]}`),
          ),
          'location children',
        );
        const search = await http(
          appOrigin,
          repeat(iterations, (i) =>
            get(`/api/v1/locations/search?q=${encodeURIComponent(terms[i % terms.length]!(i))}`),
          ),
          'location search',
        );
        results.locations = { locations: locationCount, children, search, searchTerms: terms.map((t) => t(0)) };
        save();
        latencyTarget(`location children at ${locationCount} locations (HTTP)`, children.p95, 10);
        latencyTarget(`location search at ${locationCount} locations (HTTP)`, search.p95, 10);
      }
    }

    // 6. Check-outs over HTTP, each asset once, many at a time.
    if (wanted('checkout')) {
      log('check-out throughput');
      const [{ n: inStock }] = (await raw<{ n: number }>(
        database,
        `select count(*)::int as n from assets where status = 'in_stock'`,
      )) as [{ n: number }];
      const count = Math.min(Number(opts.checkouts ?? 10_000), Math.floor(inStock / 2));
      const assets = await raw<{ id: string }>(
        database,
        `select id from assets where status = 'in_stock' order by md5(id::text || $1) limit ${count}`,
        [String(Date.now())],
      );
      const people = await raw<{ id: string }>(
        database,
        `select id from people where status = 'active' order by random() limit 5000`,
      );
      const assignments = assets.map((a, i) => ({ assetId: a.id, personId: people[i % people.length]!.id }));
      const requests: HttpRequestSpec[] = assignments.map((a) => ({
        method: 'POST',
        path: `/api/v1/assets/${a.assetId}/actions/check_out`,
        headers: auth,
        body: JSON.stringify({ assignee: { type: 'person', id: a.personId } }),
      }));
      const checkoutConcurrency = Number(opts['checkout-concurrency']);
      // Warm up on a few, then the rest at full concurrency.
      const warm = Math.min(200, Math.floor(requests.length / 10));
      await load.run({ origin: appOrigin, requests: requests.slice(0, warm), concurrency: 4, mode: { kind: 'each' } });
      const r = await load.run({
        origin: appOrigin,
        requests: requests.slice(warm),
        concurrency: checkoutConcurrency,
        mode: { kind: 'each' },
        statusPerRequest: true,
      });
      // Each answered check-out wrote exactly one event, and the asset is now with that person.
      const events = await raw<{ asset_id: string; n: number }>(
        database,
        `select asset_id, count(*)::int as n from asset_events
         where actor_user_id = $1 and action = 'check_out' group by asset_id`,
        [user.id],
      );
      const eventsByAsset = new Map(events.map((e) => [e.asset_id, e.n]));
      const held = await raw<{ id: string; person: string }>(
        database,
        `select id, assigned_person_id as person from assets
         where status = 'in_use' and id in (select asset_id from asset_events where actor_user_id = $1)`,
        [user.id],
      );
      const heldBy = new Map(held.map((h) => [h.id, h.person]));
      let wrong = 0;
      assignments.forEach((a, i) => {
        const ok = i < warm || r.statusPerRequest![i - warm] === 200;
        const n = eventsByAsset.get(a.assetId) ?? 0;
        if (ok ? n !== 1 || heldBy.get(a.assetId) !== a.personId : n !== 0) wrong++;
      });
      const ratio = bareRps ? Math.round((r.requestsPerSecond / bareRps) * 1000) / 1000 : null;
      results.checkOut = {
        checkouts: r.requests,
        concurrency: checkoutConcurrency,
        checkoutsPerSecond: r.requestsPerSecond,
        latencyMs: r.latencyMs,
        statuses: r.statuses,
        failures: r.failures,
        verified: { assets: assignments.length, eventsWritten: events.reduce((a, e) => a + e.n, 0), wrong },
        ratioToBareLookups: ratio,
      };
      if (wrong) throw new Error(`check-out: ${wrong} assets without exactly one event or with the wrong holder`);
      const limit = 3000 / pgliteFactor;
      targets.push({
        benchmark: 'check-out over HTTP',
        target: `>= ${limit} per second`,
        value: r.requestsPerSecond,
        met: r.requestsPerSecond >= limit,
      });
    }

    results.targets = targets;
    if (opts.explain) results.explain = explains;
    results.finishedAt = new Date().toISOString();
    save();
    console.log(JSON.stringify(results, null, 2));
  } finally {
    load.close();
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await s.jobs.stop().catch(() => undefined);
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
