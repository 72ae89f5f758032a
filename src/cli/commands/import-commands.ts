/**
 * `qm import FILE --type assets|locations|models|people|suppliers|stock [--dry-run] [--mapping FILE]
 * [--skip-bad-rows]`: the same import
 * as the web app's, on a running server (--url, as a background job followed with a progress bar)
 * or on the database directly (in this process).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Option, type Command } from 'commander';
import {
  action,
  apiClient,
  CliError,
  cliContext,
  print,
  unwrap,
  withServices,
  type GlobalOptions,
} from '../cli-kit.js';
import { progressPrinter } from '../progress.js';
import { changeMapping, uploadImport } from '../../modules/imports/imports-use-cases.js';
import { executeRun } from '../../modules/imports/import-jobs.js';
import { listProblems, updateImport } from '../../modules/imports/imports-repository.js';
import type { RunSummary } from '../../modules/imports/commit/run-asset-import.js';
import type { ActionContext } from '../../platform/context.js';
import type { ImportTypeKey } from '../../modules/imports/mapping/import-types.js';

/** What `--type` takes: every type the importer writes (licences are not importable yet). */
const IMPORTABLE: ImportTypeKey[] = ['assets', 'locations', 'models', 'people', 'suppliers', 'stock'];

interface ImportOptions extends GlobalOptions {
  type: string;
  dryRun?: boolean;
  mapping?: string;
  skipBadRows?: boolean;
  sheet?: string;
}

interface Problem {
  row: number | null;
  message: string;
}

const SHOWN_PROBLEMS = 30;

function describe(type: string, run: RunSummary, problems: Problem[], total: number): string {
  const n = (x: number) => x.toLocaleString('en');
  const refs = Object.entries(run.references)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${n(count)} ${kind}`)
    .join(', ');
  const verb = run.committed ? '' : 'would be ';
  const lines = [
    `${n(run.rows)} rows read (${run.format.toUpperCase()}${run.encoding ? `, ${run.encoding}` : ''}): ${n(run.rowsWithErrors)} with errors, ${n(run.errors)} errors and ${n(run.warnings)} warnings.`,
    ...problems.map((p) => `  ${p.message}`),
    ...(total > problems.length ? [`  ... and ${n(total - problems.length)} more (see the report).`] : []),
    type === 'assets'
      ? `Assets: ${n(run.assets.created)} ${verb}created, ${n(run.assets.updated)} ${verb}updated, ${n(run.assets.unchanged)} unchanged, ${n(run.assets.checkedOut)} ${verb}checked out${run.assets.skipped && run.committed ? `, ${n(run.assets.skipped)} bad rows skipped` : ''}.`
      : `${type[0]!.toUpperCase()}${type.slice(1)}: ${n(run.records.created)} ${verb}created, ${n(run.records.updated)} ${verb}updated, ${n(run.records.unchanged)} unchanged${run.records.skipped && run.committed ? `, ${n(run.records.skipped)} bad rows skipped` : ''}.`,
    ...(run.stock
      ? [
          run.committed
            ? `Stock: ${n(run.stock.movements)} movements in the ledger, ${n(run.stock.units)} units received or adjusted.`
            : `Stock: ${n(run.stock.units)} units would be received or adjusted.`,
        ]
      : []),
    ...(refs ? [`Also ${verb}created: ${refs}.`] : []),
  ];
  if (run.dryRun) lines.push('Dry run: nothing was written.');
  else if (run.refused) lines.push(run.refused);
  else lines.push('Imported.');
  return lines.join('\n');
}

async function local(file: string, o: ImportOptions) {
  return withServices(o, async (s) => {
    const ctx: ActionContext = { ...cliContext(), source: 'import' };
    let row = await uploadImport(
      s,
      ctx,
      { type: o.type as ImportTypeKey, fileName: path.basename(file), ...(o.sheet ? { sheet: o.sheet } : {}) },
      fs.createReadStream(file),
    );
    const mapping = o.mapping ? JSON.parse(fs.readFileSync(o.mapping, 'utf8')) : row.mapping;
    row = await changeMapping(s, ctx, row.id, { mapping, options: { skipBadRows: o.skipBadRows ?? false } });
    await updateImport(s.db, row.id, { state: o.dryRun ? 'checking' : 'committing' });
    const bar = progressPrinter(o.dryRun ? 'Checking' : 'Importing', o.json);
    const run = await executeRun(s, ctx, row.id, o.dryRun ?? false, async (done, total) => bar(done, total));
    bar.done();
    const problems = await listProblems(s.db, row.id, { severity: 'error', limit: SHOWN_PROBLEMS });
    return {
      id: row.id,
      run,
      problems: problems.slice(0, SHOWN_PROBLEMS).map((p) => ({ row: p.rowNumber, message: p.message })),
      total: run.errors,
    };
  });
}

async function remote(file: string, o: ImportOptions) {
  const client = apiClient(o);
  const base = o.url!.replace(/\/$/, '');
  const query = new URLSearchParams({
    type: o.type,
    fileName: path.basename(file),
    ...(o.sheet ? { sheet: o.sheet } : {}),
  });
  const res = await fetch(`${base}/api/v1/imports?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${o.token}`, 'content-type': 'application/octet-stream' },
    body: Readable.toWeb(fs.createReadStream(file)) as unknown as BodyInit,
    duplex: 'half',
  } as RequestInit);
  const uploaded = (await res.json()) as { id: string; mapping: unknown; detail?: string };
  if (!res.ok) throw new CliError(uploaded.detail ?? `The server answered ${res.status}.`);
  const id = uploaded.id;
  const params = { path: { id } };
  const mapping = o.mapping ? JSON.parse(fs.readFileSync(o.mapping, 'utf8')) : uploaded.mapping;
  unwrap(
    await client.PUT('/api/v1/imports/{id}/mapping', {
      params,
      body: { mapping, options: { skipBadRows: o.skipBadRows ?? false } },
    }),
  );
  unwrap(await client.POST('/api/v1/imports/{id}/run', { params, body: { dryRun: o.dryRun ?? false } }));
  const bar = progressPrinter(o.dryRun ? 'Checking' : 'Importing', o.json);
  let view;
  for (;;) {
    view = unwrap(await client.GET('/api/v1/imports/{id}', { params }));
    if (view.job) bar(view.job.progressDone, view.job.progressTotal);
    if (view.state !== 'checking' && view.state !== 'committing') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  bar.done();
  if (!view.lastRun || view.state === 'failed' || view.state === 'cancelled') {
    throw new CliError(view.lastError ?? view.job?.error ?? `The import ended ${view.state}.`);
  }
  const page = unwrap(
    await client.GET('/api/v1/imports/{id}/problems', {
      params,
      query: { severity: 'error', limit: SHOWN_PROBLEMS },
    } as never),
  ) as { items: Problem[] };
  return { id, run: view.lastRun as RunSummary, problems: page.items, total: view.lastRun.errors };
}

export function registerImportCommands(program: Command) {
  program
    .command('import')
    .description('Import a spreadsheet (CSV or XLSX): a dry run, or the commit (all or nothing unless --skip-bad-rows)')
    .argument('<file>', 'the CSV or XLSX file')
    .addOption(
      new Option('--type <type>', 'what the rows are').choices(IMPORTABLE).default('assets').env('QM_IMPORT_TYPE'),
    )
    .addOption(new Option('--dry-run', 'check and report only; write nothing').env('QM_IMPORT_DRY_RUN'))
    .addOption(new Option('--mapping <file>', 'a saved column mapping (JSON) to use').env('QM_IMPORT_MAPPING'))
    .addOption(
      new Option('--skip-bad-rows', 'import the good rows and list the bad ones').env('QM_IMPORT_SKIP_BAD_ROWS'),
    )
    .addOption(new Option('--sheet <name>', 'XLSX: the sheet to read').env('QM_IMPORT_SHEET'))
    .action(
      action(async (file: string, _opts, command: Command) => {
        const o = command.optsWithGlobals<ImportOptions>();
        if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
        const outcome = o.url ? await remote(file, o) : await local(file, o);
        print(o, outcome, () => describe(o.type, outcome.run, outcome.problems, outcome.total));
        if (outcome.run.refused || outcome.run.errors > 0) process.exitCode = 2;
      }),
    );
}
