/**
 * Importing a large asset file: a CSV of N rows (default 1,000,000) naming existing models (by
 * name and manufacturer) and locations (by name), imported through the real pipeline (read,
 * validate, COPY into the staging table, set-based checks, commit with events) into a fresh
 * database, against a bare COPY of the same file into a plain table in the same run. Peak memory
 * is the process's maximum resident set (getrusage), sampled too while it runs.
 *
 *   npx tsx bench/imports.ts --rows 1000000 --database-url postgres://postgres@127.0.0.1:5432/postgres
 *   npx tsx bench/imports.ts --rows 1000000 --data-dir /tmp/qm-bench-imports
 *
 * On a server it creates (and drops) the database qm_bench_imports; on PGlite it uses (and
 * removes) the data folder given. The CSV is written once to /tmp and reused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import pino from 'pino';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/platform/db/database.js';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/platform/bootstrap.js';
import { systemContext, type ActionContext } from '../src/platform/context.js';
import { imports } from '../src/platform/db/schema-all.js';
import { readSpreadsheet } from '../src/modules/imports/reading/read-spreadsheet.js';
import { autoMap } from '../src/modules/imports/mapping/column-mapping.js';
import { runAssetImport } from '../src/modules/imports/commit/run-asset-import.js';

const { values: opts } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const ROWS = Number(opts.rows);
const MODELS = 200;
const MANUFACTURERS = 10;
const LOCATIONS = 1000;
const HEADER = 'Asset Tag,Serial,Name,Model,Manufacturer,Location,Status,Purchase Date,Purchase Cost,Notes';

const log = (message: string) => process.stderr.write(`[imports] ${message}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

let peakSampledMb = 0;
const sampler = setInterval(() => {
  peakSampledMb = Math.max(peakSampledMb, process.memoryUsage().rss / 1024 / 1024);
}, 100);
const peakRssMb = () => Math.max(peakSampledMb, process.resourceUsage().maxRSS / 1024);

/** The file, written once: every row valid, names that exist in the registry. */
async function ensureFile(): Promise<string> {
  const file = path.join(os.tmpdir(), `qm-bench-imports-${ROWS}.csv`);
  if (fs.existsSync(file)) return file;
  async function* lines() {
    yield HEADER + '\n';
    let chunk = '';
    for (let i = 1; i <= ROWS; i++) {
      const m = i % MODELS;
      const day = String(1 + (i % 28)).padStart(2, '0');
      chunk += `BI-${String(i).padStart(8, '0')},SN${(i * 7919).toString(36).toUpperCase()}-${i},Unit ${i},Model ${m},Maker ${m % MANUFACTURERS},Room ${i % LOCATIONS},in stock,2024-03-${day},${(500 + (i % 1500)).toFixed(2)},"Bench, row ${i}"\n`;
      if (i % 10_000 === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), fs.createWriteStream(`${file}.partial`));
  fs.renameSync(`${file}.partial`, file);
  return file;
}

async function openBenchDatabase(): Promise<{ database: Database; cleanUp: () => Promise<void> }> {
  if (opts['database-url']) {
    const admin = new pg.Client({ connectionString: opts['database-url'] });
    await admin.connect();
    await admin.query('drop database if exists qm_bench_imports with (force)');
    await admin.query('create database qm_bench_imports');
    const url = new URL(opts['database-url']);
    url.pathname = '/qm_bench_imports';
    const database = await openDatabase({ dataDir: '', databaseUrl: url.toString(), poolSize: 4 });
    return {
      database,
      cleanUp: async () => {
        await database.close();
        if (!opts.keep) await admin.query('drop database if exists qm_bench_imports with (force)');
        await admin.end();
      },
    };
  }
  const dir = path.resolve(opts['data-dir'] ?? path.join(os.tmpdir(), 'qm-bench-imports'));
  fs.rmSync(dir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: dir });
  return {
    database,
    cleanUp: async () => {
      await database.close();
      if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A bare COPY of the same file into a plain table of text columns: the reference rate. */
async function bareCopy(database: Database, file: string): Promise<number> {
  await database.db.execute(
    sql.raw(`create unlogged table bench_plain (tag text, serial text, name text, model text, manufacturer text,
      location text, status text, purchase_date text, purchase_cost text, notes text)`),
  );
  const started = performance.now();
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await pipeline(
        fs.createReadStream(file),
        client.query(copyFrom('COPY bench_plain FROM STDIN (FORMAT csv, HEADER true)')),
      );
    } finally {
      client.release();
    }
  } else {
    // PGlite takes a blob per COPY: the file in chunks of whole lines.
    let rest = '';
    let first = true;
    for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 16 * 1024 * 1024 })) {
      const text = rest + (chunk as string);
      const cut = text.lastIndexOf('\n') + 1;
      rest = text.slice(cut);
      await database.pglite!.query(`COPY bench_plain FROM '/dev/blob' (FORMAT csv, HEADER ${first})`, [], {
        blob: new Blob([text.slice(0, cut)]),
      });
      first = false;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await database.db.execute(sql.raw('drop table bench_plain'));
  return seconds;
}

async function main() {
  let t = performance.now();
  const file = await ensureFile();
  log(
    `file ${file} (${round(fs.statSync(file).size / 1024 / 1024)} MB) ready in ${round((performance.now() - t) / 1000)} s`,
  );
  const { database, cleanUp } = await openBenchDatabase();
  try {
    const s = await createServices(loadConfig({ QM_AUDIT_KEY: 'bench', LOG_LEVEL: 'silent' }), {
      database,
      logger: pino({ level: 'silent' }),
    });
    s.config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-bench-imports-data-'));
    // The registry the rows name: models of ten manufacturers in one category, a thousand rooms.
    await s.db.execute(sql`insert into categories (name, kind) values ('Laptops', 'hardware')`);
    await s.db.execute(
      sql`insert into manufacturers (name) select 'Maker ' || g from generate_series(0, ${MANUFACTURERS - 1}) g`,
    );
    await s.db.execute(sql`insert into models (category_id, manufacturer_id, name, tracking)
      select (select id from categories limit 1), m.id, 'Model ' || g, 'individual'
      from generate_series(0, ${MODELS - 1}) g join manufacturers m on m.name = 'Maker ' || (g % ${MANUFACTURERS})`);
    await s.db.execute(sql`insert into locations (id, parent_id, kind, code, name, path, depth)
      select x.id, null, 'site', 'R' || x.g, 'Room ' || x.g, '/' || x.id || '/', 0
      from (select gen_random_uuid() as id, g from generate_series(0, ${LOCATIONS - 1}) g) x`);

    const copySeconds = await bareCopy(database, file);
    log(`bare COPY: ${round(copySeconds)} s (${Math.round(ROWS / copySeconds).toLocaleString('en')} rows/s)`);

    const sheet = await readSpreadsheet(fs.createReadStream(file));
    const mapping = autoMap('assets', sheet.headers);
    sheet.rows[Symbol.asyncIterator]().return?.();
    const [row] = await s.db
      .insert(imports)
      .values({ importType: 'assets', fileName: path.basename(file), fileBytes: fs.statSync(file).size, mapping })
      .returning();
    const ctx: ActionContext = { ...systemContext('import') };
    const rssBefore = process.memoryUsage().rss / 1024 / 1024;
    t = performance.now();
    let lastLog = 0;
    const summary = await runAssetImport(
      s,
      ctx,
      { importId: row!.id, filePath: file, fileName: path.basename(file), mapping, dryRun: false, skipBadRows: false },
      async (done, _total, message) => {
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          log(
            `${message} (${round((performance.now() - t) / 1000)} s, rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB)`,
          );
        }
        void done;
      },
    );
    const importSeconds = (performance.now() - t) / 1000;
    const [check] = await queryRows<{ assets: number; events: number }>(
      s.db,
      sql`select (select count(*)::int from assets) as assets, (select count(*)::int from asset_events) as events`,
    );
    const result = {
      database: database.kind,
      rows: ROWS,
      committed: summary.committed,
      rowsWithErrors: summary.rowsWithErrors,
      assets: check!.assets,
      events: check!.events,
      bareCopySeconds: round(copySeconds, 2),
      bareCopyRowsPerSecond: Math.round(ROWS / copySeconds),
      importSeconds: round(importSeconds, 2),
      importRowsPerSecond: Math.round(ROWS / importSeconds),
      importVsCopy: round(copySeconds / importSeconds, 3),
      phases: summary.timings,
      rssBeforeImportMb: Math.round(rssBefore),
      peakRssMb: Math.round(peakRssMb()),
      node: process.version,
      cpus: os.cpus().length,
    };
    console.log(JSON.stringify(result, null, 2));
    fs.rmSync(s.config.dataDir, { recursive: true, force: true });
  } finally {
    clearInterval(sampler);
    await cleanUp();
  }
}

await main();
