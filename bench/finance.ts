/**
 * Financial reports over a generated database (bench/generate.ts), timed in-process through the
 * same use cases the API calls:
 *
 *   - the book value register at a date, written as CSV into a counting sink (every row formatted,
 *     as the export streams it), in the financial book (straight line) and the tax book (MACRS);
 *   - the replacement budget per quarter, cost centre and category for three years;
 *   - the depreciation expense of a year by category, and the 5-year forecast;
 *   - with --slow-path: the register again after making declining balance the default of the
 *     biggest category (those assets then go through the engine, memoised per profile/date/cost).
 *
 *   npx tsx bench/finance.ts --database-url postgres://postgres@127.0.0.1:5432/qm_bench_finance
 *   npx tsx bench/finance.ts --data-dir /tmp/qm-bench-finance-100k
 *
 * Prints one line per measurement (best and median of --runs, default 3) and JSON with --out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../src/platform/config.js';
import { createServices } from '../src/platform/bootstrap.js';
import { systemContext } from '../src/platform/context.js';
import { queryRows, sql } from '../src/platform/db/database.js';
import { streamRegister, REGISTER_COLUMNS } from '../src/modules/finance/register.js';
import { tableWriter } from '../src/modules/finance/table-export.js';
import { replacementBudget } from '../src/modules/finance/replacement-budget.js';
import { expenseReport, forecastReport } from '../src/modules/finance/summaries.js';
import { createProfile } from '../src/modules/finance/books-use-cases.js';
import { setDefault } from '../src/modules/finance/defaults-use-cases.js';
import { listBooks } from '../src/modules/finance/books-repository.js';

const { values: opts } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '3' },
    'slow-path': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!opts['database-url'] && !opts['data-dir']) {
  console.error(
    'Usage: tsx bench/finance.ts (--database-url URL | --data-dir DIR) [--runs N] [--slow-path] [--out FILE]',
  );
  process.exit(2);
}
const runs = Number(opts.runs);
const config = loadConfig(
  { LOG_LEVEL: 'warn', ...(opts['database-url'] ? { DATABASE_URL: opts['database-url'] } : {}) },
  { webDir: '/nonexistent', ...(opts['data-dir'] ? { dataDir: path.resolve(opts['data-dir']) } : {}) },
);
const s = await createServices(config, { logger: pino({ level: 'warn' }), applicationName: 'qm-bench-finance' });
const ctx = systemContext('cli');
const results: Record<string, { bestMs: number; medianMs: number; detail: string }> = {};

async function measure(name: string, fn: () => Promise<string>) {
  const times: number[] = [];
  let detail = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    detail = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[name] = { bestMs: Math.round(times[0]!), medianMs: Math.round(times[Math.floor(times.length / 2)]!), detail };
  console.log(`${name.padEnd(44)} best ${results[name].bestMs} ms, median ${results[name].medianMs} ms  (${detail})`);
}

/** The register as the export writes it: CSV rows into a sink that only counts bytes. */
async function registerCsv(bookId: string, date: string): Promise<string> {
  const out = new PassThrough();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  out.pipe(sink);
  const writer = tableWriter('csv', out, 'Register', REGISTER_COLUMNS, [7, 8, 9]);
  const result = await streamRegister(s, ctx, { bookId, date }, (r) => writer.row(r));
  await writer.end();
  await new Promise((resolve) => sink.on('finish', resolve));
  return `${result.totals.assets.toLocaleString('en')} assets, ${(bytes / 1e6).toFixed(0)} MB CSV, book value ${result.totals.bookValue}`;
}

const [counted] = await queryRows<{ n: number }>(s.db, sql`select count(*)::int as n from assets`);
const assetCount = counted?.n ?? 0;
console.log(`${s.database.kind}, ${assetCount.toLocaleString('en')} assets`);
const books = await listBooks(s.db, false);
const financial = books.find((b) => b.code === 'financial')!;
const tax = books.find((b) => b.code === 'tax')!;
const today = new Date().toISOString().slice(0, 10);

await measure('register at a date, financial book (CSV)', () => registerCsv(financial.id, today));
await measure('register at a date, tax book MACRS (CSV)', () => registerCsv(tax.id, today));
await measure('replacement budget, 12 quarters', async () => {
  const r = await replacementBudget(s, ctx, { today });
  return `${r.rows.length} rows, ${r.quarters.reduce((t, q) => t + q.assets, 0).toLocaleString('en')} assets`;
});
await measure('expense for a year by category', async () => {
  const year = today.slice(0, 4);
  const r = await expenseReport(s, ctx, { from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'category' });
  return `${r.rows.length} groups, ${r.total}`;
});
await measure('forecast 5 fiscal years by cost centre', async () => {
  const r = await forecastReport(s, ctx, { years: 5, groupBy: 'costCentre', today });
  return `${r.rows.length} groups`;
});

if (opts['slow-path']) {
  const [big] = await queryRows<{ category_id: string; n: number }>(
    s.db,
    sql`select category_id, count(*)::int as n from assets group by 1 order by 2 desc limit 1`,
  );
  const profile = await createProfile(s, ctx, financial.id, {
    name: `Bench DDB ${Date.now()}`,
    method: 'declining_balance',
    decliningFactor: '2',
    lifeMonths: 48,
    convention: 'full_month',
    salvagePercent: '5',
    switchToStraightLine: true,
  });
  await setDefault(s, ctx, financial.id, { categoryId: big!.category_id, profileId: profile.id });
  try {
    await measure(`register, ${big!.n.toLocaleString('en')} assets on declining balance`, () =>
      registerCsv(financial.id, today),
    );
  } finally {
    await setDefault(s, ctx, financial.id, { categoryId: big!.category_id, profileId: null });
  }
}

if (opts.out) {
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify({ kind: s.database.kind, assets: assetCount, results }, null, 2));
}
await s.database.close();
process.exit(0);
