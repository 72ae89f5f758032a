/**
 * Planning at scale: M quantity-tracked models at S stockrooms (M x S plans), each with 36 months of
 * ledger history (three issues and a return a month), then the Planning list computed through the
 * API (GET /api/v1/planning: every plan, sorted, first 200), the alerts and one plan's detail.
 *
 *   npx tsx bench/planning.ts [--models 250] [--stockrooms 20] [--database-url postgres://.../postgres]
 *
 * Without --database-url it runs on PGlite in memory. With one, it creates and drops its own
 * database next to the one named.
 */
import pg from 'pg';
import pino from 'pino';
import { sql } from 'drizzle-orm';
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
import { categories } from '../src/platform/db/schema-all.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const modelCount = Number(arg('models') ?? 250);
const roomCount = Number(arg('stockrooms') ?? 20);
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
  const name = `qm_bench_planning_${process.pid}`;
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

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const result = await fn();
  return [result, Math.round(performance.now() - t)];
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
    grants: [{ role: 'asset_manager', locationId: null }],
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
  const { secret } = await createToken(services, ctx, { name: 'bench', access: 'read_only' });
  const auth = { authorization: `Bearer ${secret}` };
  const db = services.db;
  const site = await insertLocation(db, { parent: null, kind: 'site', code: 'B', name: 'Bench site' });
  for (let r = 0; r < roomCount; r++) {
    await insertLocation(db, { parent: site, kind: 'stockroom', code: `B-S${r}`, name: `Stockroom ${r}` });
  }
  const [category] = await db.insert(categories).values({ name: 'Consumables', kind: 'consumable' }).returning();
  const [, setupMs] = await timed(async () => {
    await db.execute(sql`insert into models (category_id, name, tracking)
      select ${category!.id}, 'Part ' || g, 'quantity' from generate_series(1, ${modelCount}) g`);
    // Demand differs per pair (a rate from 0 to 11 a month); one return a month where there is demand.
    await db.execute(sql`insert into stock_movements
        (group_id, occurred_at, kind, model_id, location_id, quantity, balance_after, actor_label, source)
      select gen_random_uuid(), date_trunc('month', now()) - make_interval(months => mo) + make_interval(days => d * 7),
             case when d = 3 then 'return' else 'issue' end, m.id, l.id,
             case when d = 3 then 1 else -1 - (abs(hashtext(m.id::text || l.id::text)) % 4) end, 0, 'bench', 'api'
      from models m cross join locations l cross join generate_series(1, 36) mo cross join generate_series(0, 3) d
      where l.kind = 'stockroom' and abs(hashtext(m.id::text || l.id::text)) % 5 <> 0`);
    await db.execute(sql`insert into stock_balances (model_id, location_id, on_hand)
      select m.id, l.id, abs(hashtext(l.id::text || m.id::text)) % 40 from models m cross join locations l
      where l.kind = 'stockroom'`);
    await db.execute(sql`insert into stock_policies (model_id, location_id, min_quantity)
      select model_id, location_id, 5 from stock_balances`);
    await db.execute(sql`analyze`);
  });
  const [[{ n }]] = (await Promise.all([
    db
      .execute(sql`select count(*)::int as n from stock_movements`)
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows ?? r),
  ])) as unknown as [[{ n: number }]];

  const get = (url: string) => app.inject({ method: 'GET', url, headers: auth });
  await get('/api/v1/planning?limit=1'); // warm up
  const runs: number[] = [];
  let body: { total: number; alerts: number } = { total: 0, alerts: 0 };
  for (let i = 0; i < 3; i++) {
    const [res, ms] = await timed(() => get('/api/v1/planning'));
    if (res.statusCode !== 200) throw new Error(res.body);
    body = res.json();
    runs.push(ms);
  }
  const [alerts, alertsMs] = await timed(() => get('/api/v1/planning/alerts'));
  const first = (await get('/api/v1/planning?limit=1')).json().items[0];
  const [, detailMs] = await timed(() => get(`/api/v1/planning/items/${first.model.id}/${first.location.id}`));
  const result = {
    database: database.kind,
    models: modelCount,
    stockrooms: roomCount,
    plans: body.total,
    movements: Number(n),
    setupMs,
    planningListMs: runs,
    alertsMs,
    alerts: alerts.json().items.length,
    oneItemMs: detailMs,
  };
  console.log(JSON.stringify(result, null, 1));
  await app.close();
} finally {
  await database.close();
  await drop();
}
