/**
 * Generates a benchmark database: 20,230 locations five levels deep, the catalog, 40 departments,
 * 100,000 people and any number of assets with one event each, loaded with COPY.
 *
 *   npx tsx bench/generate.ts --assets 1000000 --database-url postgres://postgres@127.0.0.1:5432/postgres
 *       creates the database qm_bench_1m on that server (--name to choose another)
 *   npx tsx bench/generate.ts --assets 100000 --data-dir /tmp/qm-bench-100k
 *       an embedded (PGlite) database in that folder
 *
 * Add --replace to drop an existing database or folder of that name first. Prints progress on
 * stderr and a JSON summary (rows, seconds, rows per second per table) on stdout.
 *
 * The secondary indexes of people, assets and asset_events are dropped before their COPY and built
 * again afterwards from their own definitions (`pg_get_indexdef`): maintaining fifteen indexes row
 * by row, a trigram GIN among them, is several times slower than building them once from sorted
 * data. Primary keys, foreign keys and the asset_counts triggers stay in place throughout.
 * --keep-indexes loads with every index in place instead (the speed of an import into a live
 * database).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { ORGANISATION_ROLLUP_ID } from '../src/platform/db/registry-schema.js';
import { line, pgliteCopy, serverCopy, type CopyTarget } from './lib/copy.js';
import { CUSTOM_FIELDS, DEFAULT_SHAPE, Organisation, type Asset } from './lib/org.js';
import { sizeLabel } from './lib/stats.js';

const { values: opts } = parseArgs({
  options: {
    assets: { type: 'string' },
    people: { type: 'string' },
    'database-url': { type: 'string' },
    name: { type: 'string' },
    'data-dir': { type: 'string' },
    replace: { type: 'boolean', default: false },
    'keep-indexes': { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});

const assetCount = Number(opts.assets);
if (!Number.isInteger(assetCount) || assetCount < 1) {
  console.error('Usage: tsx bench/generate.ts --assets N (--database-url ADMIN_URL [--name DB] | --data-dir DIR)');
  process.exit(2);
}
if (!opts['database-url'] === !opts['data-dir']) {
  console.error('Give exactly one of --database-url (a PostgreSQL server) and --data-dir (PGlite).');
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** Creates the database on the server (refusing to overwrite one unless --replace); returns its URL. */
async function createServerDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) {
      if (!opts.replace) throw new Error(`The database ${name} exists: pass --replace to drop it first.`);
      await admin.query(`drop database ${name} with (force)`);
    }
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function prepareDataDir(dir: string) {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    if (!opts.replace) throw new Error(`${dir} is not empty: pass --replace to delete it first.`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
}

const summary: {
  database: string;
  url?: string;
  dataDir?: string;
  assets: number;
  tables: Record<string, { rows: number; seconds: number; rowsPerSecond: number }>;
  [key: string]: unknown;
} = { database: opts['database-url'] ? 'postgres' : 'pglite', assets: assetCount, tables: {} };

async function timed(table: string, load: () => Promise<number>) {
  const start = performance.now();
  const rows = await load();
  const seconds = (performance.now() - start) / 1000;
  summary.tables[table] = { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds) };
  log(`${table}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s)`);
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Yields the assets (or anything made from them) one at a time, logging progress. */
function* eachAsset(org: Organisation, label: string, make: (a: Asset) => string): Generator<string> {
  const start = performance.now();
  for (let i = 0; i < assetCount; i++) {
    yield make(org.assetAt(i));
    if ((i + 1) % 100_000 === 0) {
      const s = (performance.now() - start) / 1000;
      log(`  ${label}: ${i + 1} (${Math.round((i + 1) / s)} rows/s)`);
    }
  }
}

async function exec(database: Database, text: string) {
  if (database.pglite) await database.pglite.exec(text);
  else await database.pool!.query(text);
}

async function rowsOf<T>(database: Database, text: string): Promise<T[]> {
  return database.pglite
    ? (await database.pglite.query<T>(text)).rows
    : (await database.pool!.query<T & pg.QueryResultRow>(text)).rows;
}

/** Drops the indexes of `tables` that back no constraint; returns their definitions to rebuild them. */
async function dropSecondaryIndexes(database: Database, tables: string[]): Promise<{ name: string; def: string }[]> {
  const indexes = await rowsOf<{ name: string; def: string }>(
    database,
    `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def
     from pg_index i
     where indrelid::regclass::text in (${tables.map((t) => `'${t}'`).join(', ')})
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  for (const index of indexes) await exec(database, `drop index ${index.name}`);
  return indexes;
}

async function load(database: Database, copy: CopyTarget, org: Organisation) {
  const q = (text: string) => exec(database, text);
  const rebuild = opts['keep-indexes']
    ? []
    : await dropSecondaryIndexes(database, ['people', 'assets', 'asset_events']);
  if (rebuild.length) log(`dropped ${rebuild.length} secondary indexes, rebuilt after the load`);
  const now = new Date().toISOString();

  await timed('locations', () =>
    copy.copy(
      'locations',
      ['id', 'parent_id', 'kind', 'code', 'name', 'path', 'depth', 'address', 'created_at', 'updated_at'],
      org.locations.map((l) => line([l.id, l.parentId, l.kind, l.code, l.name, l.path, l.depth, l.address, now, now])),
    ),
  );
  await timed('categories', () =>
    copy.copy(
      'categories',
      ['id', 'name', 'kind'],
      org.categories.map((c) => line([c.id, c.name, c.kind])),
    ),
  );
  await timed('custom_field_definitions', () =>
    copy.copy(
      'custom_field_definitions',
      ['category_id', 'key', 'label', 'type', 'options', 'position'],
      CUSTOM_FIELDS.map((f) =>
        line([
          org.categories[f.categoryIndex]!.id,
          f.key,
          f.label,
          f.type,
          f.options ? JSON.stringify(f.options) : null,
          f.position,
        ]),
      ),
    ),
  );
  await timed('manufacturers', () =>
    copy.copy(
      'manufacturers',
      ['id', 'name', 'website'],
      org.manufacturers.map((m) => line([m.id, m.name, `https://www.${m.name.toLowerCase().replace(/\W/g, '')}.com`])),
    ),
  );
  await timed('suppliers', () =>
    copy.copy(
      'suppliers',
      ['id', 'name', 'email', 'default_lead_time_days'],
      org.suppliers.map((s, i) =>
        line([s.id, s.name, `orders@${s.name.toLowerCase().replace(/\W/g, '')}.example`, 3 + (i % 10)]),
      ),
    ),
  );
  await timed('models', () =>
    copy.copy(
      'models',
      [
        'id',
        'category_id',
        'manufacturer_id',
        'name',
        'model_number',
        'tracking',
        'expected_life_months',
        'default_unit_cost',
        'currency',
        'min_stock',
      ],
      org.models.map((m) =>
        line([
          m.id,
          org.categories[m.categoryIndex]!.id,
          org.manufacturers[m.manufacturerIndex]!.id,
          m.name,
          m.modelNumber,
          'individual',
          m.expectedLifeMonths,
          m.defaultUnitCost.toFixed(2),
          'EUR',
          m.minStock,
        ]),
      ),
    ),
  );
  await timed('departments', () =>
    copy.copy(
      'departments',
      ['id', 'name', 'code', 'cost_centre', 'manager_id'],
      org.departments.map((d) => line([d.id, d.name, d.code, d.costCentre, org.people[d.managerIndex]!.id])),
    ),
  );
  await timed('people', () =>
    copy.copy(
      'people',
      [
        'id',
        'employee_number',
        'name',
        'email',
        'job_title',
        'department_id',
        'cost_centre',
        'manager_id',
        'location_id',
        'remote',
        'start_date',
        'end_date',
        'status',
      ],
      org.people.map((p) => {
        const department = org.departments[p.departmentIndex]!;
        return line([
          p.id,
          p.employeeNumber,
          p.name,
          p.email,
          p.jobTitle,
          department.id,
          department.costCentre,
          p.managerId,
          p.locationId,
          p.remote,
          p.startDate,
          p.endDate,
          p.status,
        ]);
      }),
    ),
  );

  await timed('assets', () =>
    copy.copy(
      'assets',
      [
        'id',
        'tag',
        'serial',
        'model_id',
        'manufacturer_id',
        'category_id',
        'name',
        'status',
        'location_id',
        'assigned_person_id',
        'assigned_location_id',
        'request_reference',
        'supplier_id',
        'order_reference',
        'purchase_date',
        'purchase_cost',
        'currency',
        'warranty_end',
        'custom_fields',
        'notes',
        'created_at',
        'updated_at',
      ],
      eachAsset(org, 'assets', (a) => {
        const model = org.models[a.modelIndex]!;
        return line([
          a.id,
          a.tag,
          a.serial,
          model.id,
          org.manufacturers[model.manufacturerIndex]!.id,
          org.categories[model.categoryIndex]!.id,
          a.name,
          a.status,
          a.locationId,
          a.assignedPersonIndex === null ? null : org.people[a.assignedPersonIndex]!.id,
          a.assignedLocationId,
          a.requestReference,
          org.suppliers[a.supplierIndex]!.id,
          a.orderReference,
          a.purchaseDate,
          a.purchaseCost,
          a.currency,
          a.warrantyEnd,
          JSON.stringify(a.customFields),
          a.notes,
          a.createdAt,
          a.createdAt,
        ]);
      }),
    ),
  );

  const roomNames = new Map(org.rooms.map((r) => [r.id, r.name]));
  await timed('asset_events', () =>
    copy.copy(
      'asset_events',
      [
        'asset_id',
        'occurred_at',
        'action',
        'actor_label',
        'source',
        'status_from',
        'status_to',
        'location_to',
        'assignee_to',
        'request_reference',
      ],
      eachAsset(org, 'asset_events', (a) => {
        const checkedOut = a.status === 'in_use';
        const assignee =
          a.assignedPersonIndex !== null
            ? {
                type: 'person',
                id: org.people[a.assignedPersonIndex]!.id,
                label: org.people[a.assignedPersonIndex]!.name,
              }
            : a.assignedLocationId
              ? { type: 'location', id: a.assignedLocationId, label: roomNames.get(a.assignedLocationId) ?? '' }
              : null;
        return line([
          a.id,
          a.createdAt,
          checkedOut ? 'check_out' : 'created',
          'bench generator',
          'import',
          checkedOut ? 'in_stock' : null,
          a.status,
          a.locationId,
          assignee ? JSON.stringify(assignee) : null,
          a.requestReference,
        ]);
      }),
    ),
  );
  // Tags generated from now on continue after the loaded ones.
  await q(`select setval('asset_tag_seq', ${assetCount})`);

  if (rebuild.length) {
    if (!database.pglite) await q(`set maintenance_work_mem = '512MB'`);
    const start = performance.now();
    const each: Record<string, number> = {};
    for (const index of rebuild) {
      const t = performance.now();
      await q(index.def);
      each[index.name] = round((performance.now() - t) / 1000);
    }
    const seconds = round((performance.now() - start) / 1000);
    summary.indexBuild = { count: rebuild.length, seconds, each };
    log(`rebuilt ${rebuild.length} indexes in ${seconds} s`);
  }
}

async function verifyCounts(database: Database) {
  const query = `
    select count(*)::int as groups,
           count(*) filter (where a.n is distinct from c.count)::int as mismatches,
           coalesce(sum(a.n), 0)::int as assets
    from (select model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid) as location_id,
                 status, count(*)::int as n
          from assets group by 1, 2, 3) a
    full join (select model_id, location_id, status, sum(count)::int as count from asset_counts
               group by 1, 2, 3 having sum(count) <> 0) c
      on c.model_id = a.model_id and c.location_id = a.location_id and c.status = a.status`;
  const [row] = await rowsOf<{ groups: number; mismatches: number; assets: number }>(database, query);
  return row!;
}

/** The rolled-up counts against the direct ones summed over every ancestor and the organisation. */
async function verifyRollup(database: Database) {
  const query = `
    with expected as (
      select x.ancestor as location_id, c.model_id, c.status, sum(c.count)::int as n
      from asset_counts c left join locations l on l.id = c.location_id
      cross join lateral unnest(coalesce(string_to_array(trim(both '/' from l.path), '/')::uuid[], '{}'::uuid[])
        || '${ORGANISATION_ROLLUP_ID}'::uuid) as x(ancestor)
      group by 1, 2, 3 having sum(c.count) <> 0
    ), actual as (
      select location_id, model_id, status, sum(count)::int as n from asset_rollup_counts
      group by 1, 2, 3 having sum(count) <> 0
    )
    select count(*)::int as groups, count(*) filter (where e.n is distinct from a.n)::int as mismatches
    from expected e full join actual a using (location_id, model_id, status)`;
  const [row] = await rowsOf<{ groups: number; mismatches: number }>(database, query);
  return row!;
}

async function main() {
  const shape = {
    ...DEFAULT_SHAPE,
    assets: assetCount,
    people: opts.people ? Number(opts.people) : DEFAULT_SHAPE.people,
    seed: opts.seed ? Number(opts.seed) : DEFAULT_SHAPE.seed,
  };
  let database: Database;
  const started = performance.now();
  if (opts['database-url']) {
    const name = opts.name ?? `qm_bench_${sizeLabel(assetCount)}`;
    const url = await createServerDatabase(opts['database-url'], name);
    summary.url = url;
    log(`created database ${name}`);
    database = await openDatabase({ dataDir: '', databaseUrl: url, poolSize: 2, applicationName: 'qm-bench-generate' });
  } else {
    const dir = path.resolve(opts['data-dir']!);
    prepareDataDir(dir);
    summary.dataDir = dir;
    database = await openDatabase({ dataDir: dir });
  }
  try {
    let t = performance.now();
    await runMigrations(database);
    summary.migrateSeconds = round((performance.now() - t) / 1000);
    log(`migrated in ${summary.migrateSeconds} s`);

    t = performance.now();
    const org = new Organisation(shape);
    summary.buildReferenceSeconds = round((performance.now() - t) / 1000);
    summary.locations = org.locations.length;
    summary.people = org.people.length;
    summary.models = org.models.length;

    const loadStart = performance.now();
    if (database.pglite) {
      await load(database, pgliteCopy(database.pglite), org);
    } else {
      const client = await database.pool!.connect();
      try {
        await load(database, serverCopy(client), org);
      } finally {
        client.release();
      }
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const totalRows = Object.values(summary.tables).reduce((a, b) => a + b.rows, 0);
    summary.load = { rows: totalRows, seconds: round(loadSeconds), rowsPerSecond: Math.round(totalRows / loadSeconds) };

    t = performance.now();
    const counts = await verifyCounts(database);
    summary.assetCounts = { ...counts, seconds: round((performance.now() - t) / 1000) };
    if (counts.mismatches !== 0 || counts.assets !== assetCount) {
      throw new Error(`asset_counts does not match the assets: ${JSON.stringify(counts)}`);
    }
    log(`asset_counts match the assets (${counts.groups} groups)`);
    t = performance.now();
    const rollup = await verifyRollup(database);
    summary.assetRollupCounts = { ...rollup, seconds: round((performance.now() - t) / 1000) };
    if (rollup.mismatches !== 0) throw new Error(`asset_rollup_counts does not match: ${JSON.stringify(rollup)}`);
    log(`asset_rollup_counts match the counts rolled up (${rollup.groups} groups)`);

    // VACUUM as well as ANALYZE on both: it sets the visibility map (index-only scans) and keeps
    // autovacuum from starting on the fresh table in the middle of a benchmark on the server.
    t = performance.now();
    await exec(database, 'VACUUM ANALYZE');
    summary.vacuumAnalyzeSeconds = round((performance.now() - t) / 1000);
    log(`VACUUM ANALYZE in ${summary.vacuumAnalyzeSeconds} s`);

    const [size] = await rowsOf<{ size: string }>(
      database,
      'select pg_size_pretty(pg_database_size(current_database())) as size',
    );
    summary.size = size!.size;
    summary.totalSeconds = round((performance.now() - started) / 1000);
  } finally {
    await database.close();
  }
  console.log(JSON.stringify(summary, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
