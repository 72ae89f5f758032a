/**
 * One run of an asset import, dry or for real, from the stored file to the report:
 *
 * 1. Stream: read the file, parse and check each row (mapping/validate-rows.ts), COPY the rows
 *    into the import's staging table in batches, writing each batch's problems. Outside any
 *    transaction, so progress is reported (and a cancel noticed) between batches.
 * 2. In one transaction, set-based: resolve what the rows refer to, flag what the database
 *    refuses (asset-resolve.ts), count what would be created and updated. A dry run stops here.
 * 3. A commit goes on in the same transaction, all or nothing: unless bad rows are to be skipped,
 *    one bad row (or a problem with the file itself) writes nothing. Then the missing references,
 *    the assets, their events, and the import's audit entry.
 *
 * A cancel is noticed while the file is read (at each progress report), at every checkpoint
 * between the later phases, and once more just before the transaction commits: a cancelled run
 * rolls back and writes nothing.
 *
 * The staging table is dropped at the end, whatever happened.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { queryRows, type Db } from '../../../platform/db/database.js';
import type { FieldDefinition } from '../../../domain/custom-fields.js';
import { resolveScope } from '../../locations/location-scope.js';
import { toFieldDefinition } from '../../catalog/custom-field-values.js';
import { customFieldDefinitions } from '../../../platform/db/schema-all.js';
import { readSpreadsheet } from '../reading/read-spreadsheet.js';
import { problemColumn, type ProblemColumn, type SpreadsheetProblem } from '../reading/problems.js';
import type { ColumnMapping } from '../mapping/column-mapping.js';
import { validateRows, type ValidatedRow } from '../mapping/validate-rows.js';
import { copyInto } from './copy-into.js';
import {
  STAGE_COLUMNS,
  createStage,
  dropOrphanStages,
  dropStage,
  indexStage,
  stageLine,
  stageTable,
} from './asset-stage.js';
import { runningImportIds } from '../imports-repository.js';
import { checkRows, resolveReferences } from './asset-resolve.js';
import { createReferences, plannedReferences, REFERENCE_KINDS, type ReferenceKind } from './asset-references.js';
import { markChanges, writeAssets } from './asset-write.js';
import { insertProblems, markBadRows, problemRow, type ProblemRow } from './problem-writer.js';

export interface RunRequest {
  importId: string;
  filePath: string;
  fileName: string;
  mapping: ColumnMapping;
  dryRun: boolean;
  skipBadRows: boolean;
  sheet?: string | undefined;
}

export interface RunSummary {
  dryRun: boolean;
  /** The commit wrote (false for a dry run, or a commit refused because of bad rows). */
  committed: boolean;
  /** Why a commit wrote nothing. */
  refused: string | null;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheetName: string | null;
  rows: number;
  rowsWithErrors: number;
  errors: number;
  warnings: number;
  /** Problems by code. */
  counts: Record<string, number>;
  /** Problems with the file as a whole (also in the problem list, without a row). */
  fileProblems: SpreadsheetProblem[];
  assets: { created: number; updated: number; unchanged: number; checkedOut: number; skipped: number };
  /** The records of the import's type (assets, locations, people...): created, updated, unchanged, skipped rows. */
  records: { created: number; updated: number; unchanged: number; skipped: number };
  /** Stock imports: the ledger movements written (0 in a dry run) and the units received or adjusted. */
  stock?: { movements: number; units: number };
  /** References created (commit) or that would be (dry run), with the first names. */
  references: Record<ReferenceKind, number>;
  examples: Record<ReferenceKind, string[]>;
  /** Seconds spent per phase: read (and stage), resolve, check, plan, references, write. */
  timings?: Record<string, number>;
}

export type Progress = (done: number, total: number | null, message: string) => Promise<void>;
/**
 * Called between phases with the connection or transaction in use; throws to stop the run
 * (a background job throws JobCancelledError once someone asked to cancel it).
 */
export type Checkpoint = (db: Db, options?: { last?: boolean }) => Promise<void>;

const BATCH_ROWS = 5000;

async function fieldsByCategory(s: Services): Promise<Map<string, FieldDefinition[]>> {
  const rows = await s.db
    .select()
    .from(customFieldDefinitions)
    .where(sql`${customFieldDefinitions.archivedAt} is null`)
    .orderBy(customFieldDefinitions.position, customFieldDefinitions.createdAt);
  const out = new Map<string, FieldDefinition[]>();
  for (const row of rows) {
    const list = out.get(row.categoryId) ?? [];
    list.push(toFieldDefinition(row));
    out.set(row.categoryId, list);
  }
  return out;
}

function columnsOf(mapping: ColumnMapping): Map<string, ProblemColumn> {
  const out = new Map<string, ProblemColumn>();
  for (const c of mapping.columns) if (c.target) out.set(c.target, problemColumn(c.index, c.header));
  return out;
}

const recordsOf = (a: RunSummary['assets']): RunSummary['records'] => ({
  created: a.created,
  updated: a.updated,
  unchanged: a.unchanged,
  skipped: a.skipped,
});

export async function runAssetImport(
  s: Services,
  ctx: ActionContext,
  request: RunRequest,
  progress: Progress,
  checkpoint: Checkpoint = async () => undefined,
): Promise<RunSummary> {
  const { importId, mapping } = request;
  const table = stageTable(importId);
  const definitions = await fieldsByCategory(s);
  const firstByKey = new Map<string, FieldDefinition>();
  for (const list of definitions.values()) for (const d of list) if (!firstByKey.has(d.key)) firstByKey.set(d.key, d);

  await s.db.execute(sql`delete from import_problems where import_id = ${importId}`);
  const sheet = await readSpreadsheet(fs.createReadStream(request.filePath), { sheet: request.sheet });
  const validation = validateRows(sheet.rows, {
    headers: sheet.headers,
    mapping,
    format: sheet.format,
    customFields: [...firstByKey.values()],
    // The staging table finds duplicates, comparing the values themselves.
    findDuplicates: false,
  });
  const bytes = fs.statSync(request.filePath).size;

  // Staging tables of runs that died with their process go first.
  await dropOrphanStages(s.db, (await runningImportIds(s.db)).map(stageTable));
  await createStage(s.db, table);
  try {
    let pending: ProblemRow[] = [];
    async function* lines(): AsyncGenerator<string[]> {
      let batch: string[] = [];
      for await (const row of validation.rows as AsyncIterable<ValidatedRow>) {
        batch.push(stageLine(row));
        for (const p of row.problems) pending.push(problemRow(p));
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }
    const timings: Record<string, number> = {};
    let mark = performance.now();
    const lap = (phase: string) => {
      const now = performance.now();
      timings[phase] = Math.round(now - mark) / 1000;
      mark = now;
    };
    await copyInto(s.database, table, STAGE_COLUMNS, lines(), async (done) => {
      await insertProblems(s.db, importId, pending);
      pending = [];
      await progress(done, null, `Read ${done.toLocaleString('en-GB')} rows of ${request.fileName}`);
    });
    await insertProblems(s.db, importId, pending);
    await indexStage(s.db, table);
    lap('read');
    const fileProblems = [...sheet.problems, ...validation.report.problems];
    await insertProblems(
      s.db,
      importId,
      fileProblems.map((p) => problemRow({ ...p, field: undefined })),
    );
    const rows = validation.report.rows;
    await progress(rows, rows, `Checking ${rows.toLocaleString('en-GB')} rows against the registry`);
    await checkpoint(s.db);

    const summary = await s.db.transaction(async (tx) => {
      await resolveReferences(tx, table);
      lap('resolve');
      await checkpoint(tx);
      const scope = await resolveScope(tx, ctx, 'inventory.write');
      await checkRows(tx, { importId, table, columns: columnsOf(mapping), scope, fieldsByCategory: definitions });
      await markBadRows(tx, importId, table);
      lap('check');
      await checkpoint(tx);
      const [bad] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.raw(table)} where bad`);
      const badRows = Number(bad?.n ?? 0);
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
      const fileErrors = fileProblems.filter((p) => p.severity === 'error');
      const base: RunSummary = {
        dryRun: request.dryRun,
        committed: false,
        refused: null,
        format: sheet.format,
        encoding: sheet.encoding?.encoding ?? null,
        sheetName: sheet.sheetName,
        rows,
        rowsWithErrors: badRows,
        errors: Number(problemCounts?.errors ?? 0),
        warnings: Number(problemCounts?.warnings ?? 0),
        counts: problemCounts?.counts ?? {},
        fileProblems,
        assets: { created: 0, updated: 0, unchanged: 0, checkedOut: 0, skipped: 0 },
        records: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
        references: Object.fromEntries(REFERENCE_KINDS.map((k) => [k, 0])) as Record<ReferenceKind, number>,
        examples: Object.fromEntries(REFERENCE_KINDS.map((k) => [k, []])) as unknown as Record<ReferenceKind, string[]>,
      };
      const planned = await plannedReferences(tx, table);
      base.references = planned.counts;
      base.examples = planned.examples;
      base.assets = { ...(await markChanges(tx, table)), skipped: badRows };
      base.records = recordsOf(base.assets);
      lap('plan');
      base.timings = timings;
      await checkpoint(tx);

      if (request.dryRun) return base;
      if (fileErrors.length > 0) {
        return {
          ...base,
          refused: `The file has ${fileErrors.length === 1 ? 'a problem' : `${fileErrors.length} problems`} to fix first: ${fileErrors[0]!.message}`,
        };
      }
      if (badRows > 0 && !request.skipBadRows) {
        return {
          ...base,
          refused: `${badRows.toLocaleString('en-GB')} of ${rows.toLocaleString('en-GB')} rows have errors: nothing was imported. Fix them, or import with bad rows skipped.`,
        };
      }
      const created = await createReferences(s, tx, ctx, table, importId, () => resolveReferences(tx, table));
      lap('references');
      await checkpoint(tx);
      const nothingNew = Object.values(created).every((n) => n === 0);
      const { skipped: _skipped, ...marked } = base.assets;
      const written = await writeAssets(tx, ctx, table, importId, nothingNew ? marked : undefined);
      lap('write');
      await s.audit.record(tx, ctx, {
        entityType: 'import',
        entityId: importId,
        action: 'import.committed',
        changes: {
          importType: 'assets',
          fileName: request.fileName,
          fileBytes: bytes,
          rows,
          assetsCreated: written.created,
          assetsUpdated: written.updated,
          checkedOut: written.checkedOut,
          skippedRows: badRows,
          referencesCreated: created,
        },
      });
      // The last chance to cancel: past this check the run commits, and a cancel asked now waits.
      await checkpoint(tx, { last: true });
      return {
        ...base,
        committed: true,
        references: created,
        assets: { ...written, skipped: badRows },
        records: recordsOf({ ...written, skipped: badRows }),
      };
    });
    return summary;
  } finally {
    await dropStage(s.db, table).catch(() => undefined);
  }
}
