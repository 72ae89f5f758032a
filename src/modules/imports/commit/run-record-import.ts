/**
 * One run of an import of reference records (locations, models, people, suppliers) or of
 * quantity-tracked stock, dry or for real. These files are small next to asset files (thousands of
 * rows, a hundred thousand people at most), so their rows are held in memory instead of staged:
 *
 * 1. Read the file, parse and check each row (mapping/validate-rows.ts, duplicates within the file
 *    included), writing the problems as the rows stream; a cancel is noticed between batches.
 * 2. In one transaction, the type's importer (types/*.ts) checks the good rows against the
 *    registry with the use cases' own rules and says what each would do. A dry run stops here.
 * 3. A commit goes on in the same transaction, all or nothing unless bad rows are skipped: the
 *    importer writes in batches, each record audited with the import's id, then the import's own
 *    audit entry. A cancel asked before the commit rolls it back.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { queryRows } from '../../../platform/db/database.js';
import { readSpreadsheet } from '../reading/read-spreadsheet.js';
import {
  capitalise,
  describeColumn,
  problemColumn,
  type ProblemColumn,
  type SpreadsheetProblem,
} from '../reading/problems.js';
import type { ColumnMapping } from '../mapping/column-mapping.js';
import type { ImportTypeKey } from '../mapping/import-types.js';
import { validateRows, type ValidatedRow } from '../mapping/validate-rows.js';
import { insertProblems, problemRow, type ProblemRow } from './problem-writer.js';
import { REFERENCE_KINDS, type ReferenceKind } from './asset-references.js';
import type { Checkpoint, Progress, RunRequest, RunSummary } from './run-asset-import.js';
import type { RecordImporter } from './record-kit.js';
import { importLocations } from './types/locations-import.js';
import { importModels } from './types/models-import.js';
import { importPeople } from './types/people-import.js';
import { importSuppliers } from './types/suppliers-import.js';
import { importStock } from './types/stock-import.js';

export const RECORD_IMPORTERS: Partial<Record<ImportTypeKey, RecordImporter>> = {
  locations: importLocations,
  models: importModels,
  people: importPeople,
  suppliers: importSuppliers,
  stock: importStock,
};

/** Fields a file may map that the type's import does not store, and why. */
const NOT_STORED: Partial<Record<ImportTypeKey, Record<string, string>>> = {
  people: { username: 'people have no user name here (sign-in accounts are separate)' },
  locations: { managerUsername: 'managers are found by name or e-mail' },
  stock: {
    supplier: 'stock is received without a supplier',
    serial: 'stock is counted, not serialised',
    purchaseDate: 'stock is received on the day of the import',
  },
};

/** A warning for each mapped column whose values the import leaves out. */
function notStored(mapping: ColumnMapping): SpreadsheetProblem[] {
  const reasons = NOT_STORED[mapping.importType] ?? {};
  return mapping.columns
    .filter((c) => c.target !== null && reasons[c.target] !== undefined)
    .map((c) => {
      const column = problemColumn(c.index, c.header);
      return {
        severity: 'warning' as const,
        code: 'column_not_stored',
        column,
        message: `${capitalise(describeColumn(column))} is not imported: ${reasons[c.target!]}.`,
      };
    });
}

const BATCH_ROWS = 5000;
const EXAMPLES = 20;

function columnsOf(mapping: ColumnMapping): Map<string, ProblemColumn> {
  const out = new Map<string, ProblemColumn>();
  for (const c of mapping.columns) if (c.target) out.set(c.target, problemColumn(c.index, c.header));
  return out;
}

const noReferences = () => Object.fromEntries(REFERENCE_KINDS.map((k) => [k, 0])) as Record<ReferenceKind, number>;

export async function runRecordImport(
  s: Services,
  ctx: ActionContext,
  request: RunRequest,
  progress: Progress,
  checkpoint: Checkpoint = async () => undefined,
): Promise<RunSummary> {
  const { importId, mapping } = request;
  const importer = RECORD_IMPORTERS[mapping.importType];
  if (!importer) throw new Error(`No importer for ${mapping.importType}`);
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark) / 1000;
    mark = now;
  };
  await s.db.execute(sql`delete from import_problems where import_id = ${importId}`);
  const sheet = await readSpreadsheet(fs.createReadStream(request.filePath), { sheet: request.sheet });
  const validation = validateRows(sheet.rows, { headers: sheet.headers, mapping, format: sheet.format });
  const bytes = fs.statSync(request.filePath).size;

  const good: ValidatedRow[] = [];
  const bad = new Set<number>();
  let pending: ProblemRow[] = [];
  let read = 0;
  for await (const row of validation.rows) {
    read++;
    for (const p of row.problems) pending.push(problemRow(p));
    if (row.ok) good.push({ ...row, problems: [] });
    else bad.add(row.rowNumber);
    if (read % BATCH_ROWS === 0) {
      await insertProblems(s.db, importId, pending);
      pending = [];
      await progress(read, null, `Read ${read.toLocaleString('en-GB')} rows of ${request.fileName}`);
      await checkpoint(s.db);
    }
  }
  await insertProblems(s.db, importId, pending);
  const fileProblems = [...sheet.problems, ...validation.report.problems, ...notStored(mapping)];
  await insertProblems(
    s.db,
    importId,
    fileProblems.map((p) => problemRow({ ...p, field: undefined })),
  );
  const rows = validation.report.rows;
  await progress(rows, rows, `Checking ${rows.toLocaleString('en-GB')} rows against the registry`);
  await checkpoint(s.db);
  lap('read');

  return s.db.transaction(async (tx) => {
    const plan = await importer(
      { s, tx, ctx, importId, fileName: request.fileName, columns: columnsOf(mapping) },
      good,
    );
    await insertProblems(tx, importId, plan.problems.map(problemRow));
    for (const p of plan.problems) if (p.severity === 'error') bad.add(p.row);
    await checkpoint(tx);
    const [problemCounts] = await queryRows<{
      errors: number;
      warnings: number;
      counts: Record<string, number> | null;
    }>(
      tx,
      sql`select count(*) filter (where severity = 'error')::int as errors,
            count(*) filter (where severity = 'warning')::int as warnings,
            (select jsonb_object_agg(code, n) from (select code, count(*)::int as n from import_problems
               where import_id = ${importId} group by code) c) as counts
          from import_problems where import_id = ${importId}`,
    );
    const records = { created: 0, updated: 0, unchanged: 0, skipped: bad.size };
    for (const [row, action] of plan.actions) {
      if (bad.has(row)) continue;
      if (action === 'create') records.created++;
      else if (action === 'update') records.updated++;
      else records.unchanged++;
    }
    const references = noReferences();
    const examples = Object.fromEntries(REFERENCE_KINDS.map((k) => [k, [] as string[]])) as Record<
      ReferenceKind,
      string[]
    >;
    for (const [kind, names] of Object.entries(plan.references) as [ReferenceKind, string[]][]) {
      references[kind] = names.length;
      examples[kind] = names.slice(0, EXAMPLES);
    }
    lap('check');
    const fileErrors = fileProblems.filter((p) => p.severity === 'error');
    const base: RunSummary = {
      dryRun: request.dryRun,
      committed: false,
      refused: null,
      format: sheet.format,
      encoding: sheet.encoding?.encoding ?? null,
      sheetName: sheet.sheetName,
      rows,
      rowsWithErrors: bad.size,
      errors: Number(problemCounts?.errors ?? 0),
      warnings: Number(problemCounts?.warnings ?? 0),
      counts: problemCounts?.counts ?? {},
      fileProblems,
      assets: { created: 0, updated: 0, unchanged: 0, checkedOut: 0, skipped: 0 },
      records,
      ...(plan.units !== undefined ? { stock: { movements: 0, units: plan.units } } : {}),
      references,
      examples,
      timings,
    };
    if (request.dryRun) return base;
    if (fileErrors.length > 0) {
      return {
        ...base,
        refused: `The file has ${fileErrors.length === 1 ? 'a problem' : `${fileErrors.length} problems`} to fix first: ${fileErrors[0]!.message}`,
      };
    }
    if (bad.size > 0 && !request.skipBadRows) {
      return {
        ...base,
        refused: `${bad.size.toLocaleString('en-GB')} of ${rows.toLocaleString('en-GB')} rows have errors: nothing was imported. Fix them, or import with bad rows skipped.`,
      };
    }
    // No progress report in here: it writes through another connection (on PGlite it would wait for this transaction).
    const written = await plan.write(bad);
    lap('write');
    const created = { ...noReferences(), ...written.references };
    await s.audit.record(tx, ctx, {
      entityType: 'import',
      entityId: importId,
      action: 'import.committed',
      changes: {
        importType: mapping.importType,
        fileName: request.fileName,
        fileBytes: bytes,
        rows,
        created: written.created,
        updated: written.updated,
        skippedRows: bad.size,
        referencesCreated: created,
        ...(written.movements !== undefined ? { movements: written.movements, units: written.units } : {}),
      },
    });
    // The last chance to cancel: past this check the run commits.
    await checkpoint(tx, { last: true });
    return {
      ...base,
      committed: true,
      records: { created: written.created, updated: written.updated, unchanged: written.unchanged, skipped: bad.size },
      ...(written.movements !== undefined
        ? { stock: { movements: written.movements, units: written.units ?? 0 } }
        : {}),
      references: created,
      timings,
    };
  });
}
