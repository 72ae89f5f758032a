/** What the API shows of imports, their problems, the import types and saved mappings. */
import { z } from 'zod';
import { IMPORT_STATES } from '../../platform/db/imports-schema.js';
import type { JobRow } from '../../platform/jobs/job-runner.js';
import { jobSchema, presentJob } from '../jobs/job-presenter.js';
import { IMPORT_TYPES, IMPORT_TYPE_KEYS } from './mapping/index.js';
import { REFERENCE_KINDS } from './commit/asset-references.js';
import type { ImportProblemRow, ImportRow, SavedMappingRow } from './imports-repository.js';
import { WRITABLE_TYPES, type ImportOptions, type ImportSummary } from './imports-use-cases.js';

const problemColumnSchema = z.object({ index: z.number(), letter: z.string(), header: z.string().optional() });

const fileProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    row: z.number().optional(),
    column: problemColumnSchema.optional(),
  })
  .meta({ id: 'ImportFileProblem' });

export const columnMappingSchema = z
  .object({
    version: z.literal(1),
    importType: z.enum(IMPORT_TYPE_KEYS),
    preset: z.enum(['snipe-it']).optional(),
    columns: z.array(
      z.object({
        index: z.number().int(),
        header: z.string(),
        target: z.string().nullable(),
        source: z.enum(['preset', 'name', 'custom', 'manual', 'saved', 'none']),
        note: z.string().optional(),
      }),
    ),
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'ImportColumnMapping' });

const counts = z.object(
  Object.fromEntries(REFERENCE_KINDS.map((k) => [k, z.number()])) as Record<
    (typeof REFERENCE_KINDS)[number],
    z.ZodNumber
  >,
);

export const runSummarySchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean(),
    refused: z.string().nullable().describe('Why a commit wrote nothing.'),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    sheetName: z.string().nullable(),
    rows: z.number(),
    rowsWithErrors: z.number(),
    errors: z.number(),
    warnings: z.number(),
    counts: z.record(z.string(), z.number()).describe('Problems by code.'),
    fileProblems: z.array(fileProblemSchema),
    assets: z.object({
      created: z.number(),
      updated: z.number(),
      unchanged: z.number(),
      checkedOut: z.number(),
      skipped: z.number(),
    }),
    records: z
      .object({ created: z.number(), updated: z.number(), unchanged: z.number(), skipped: z.number() })
      .describe(
        "The import type's own records (assets, locations, people...): created or updated (to be, in a dry run), unchanged, rows skipped.",
      ),
    stock: z
      .object({ movements: z.number(), units: z.number() })
      .optional()
      .describe('Stock imports: ledger movements written (0 in a dry run) and the units received or adjusted.'),
    references: counts.describe('Created (commit) or to be created (dry run).'),
    examples: z.record(z.string(), z.array(z.string())).describe('The first names of each kind of reference.'),
  })
  .meta({ id: 'ImportRunSummary' });

export const importSchema = z
  .object({
    id: z.uuid(),
    importType: z.enum(IMPORT_TYPE_KEYS),
    fileName: z.string(),
    fileBytes: z.number(),
    format: z.enum(['csv', 'xlsx']).nullable(),
    state: z.enum(IMPORT_STATES),
    mapping: columnMappingSchema.nullable(),
    options: z.object({ skipBadRows: z.boolean(), sheet: z.string().optional() }),
    preview: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      sheetName: z.string().nullable(),
      headerRowNumber: z.number(),
      headers: z.array(z.object({ index: z.number(), letter: z.string(), header: z.string() })),
      sample: z.array(z.array(z.string())),
      problems: z.array(fileProblemSchema),
      missingColumns: z.array(z.string()),
    }),
    lastRun: runSummarySchema.nullable(),
    lastError: z.string().nullable(),
    job: jobSchema.nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'Import' });

export type ImportView = z.infer<typeof importSchema>;

export function presentImport(row: ImportRow, job: JobRow | undefined): ImportView {
  const summary = row.summary as ImportSummary;
  const options = row.options as ImportOptions;
  return {
    id: row.id,
    importType: row.importType as ImportView['importType'],
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    format: row.format,
    state: row.state,
    mapping: (row.mapping as ImportView['mapping']) ?? null,
    options: { skipBadRows: options.skipBadRows ?? false, ...(options.sheet ? { sheet: options.sheet } : {}) },
    preview: summary.preview,
    lastRun: summary.lastRun,
    lastError: summary.lastError,
    job: job ? presentJob(job) : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}

export const problemSchema = z
  .object({
    id: z.number(),
    row: z.number().nullable().describe('The row number in the file; null for a problem with the file as a whole.'),
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    column: z.string().nullable().describe('The column letter.'),
    header: z.string().nullable(),
    field: z.string().nullable(),
  })
  .meta({ id: 'ImportProblem' });

export function presentProblem(p: ImportProblemRow): z.infer<typeof problemSchema> {
  return {
    id: p.id,
    row: p.rowNumber,
    severity: p.severity,
    code: p.code,
    message: p.message,
    column: p.columnLetter,
    header: p.columnHeader,
    field: p.field,
  };
}

export const importTypeSchema = z
  .object({
    key: z.enum(IMPORT_TYPE_KEYS),
    label: z.string(),
    importable: z.boolean(),
    notImportable: z.string().nullable(),
    customFields: z.boolean(),
    fields: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        type: z.string(),
        help: z.string(),
        aliases: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ImportType' });

export function presentImportTypes(): z.infer<typeof importTypeSchema>[] {
  return IMPORT_TYPE_KEYS.map((key) => {
    const t = IMPORT_TYPES[key];
    const writable = WRITABLE_TYPES.includes(key);
    return {
      key,
      label: t.label,
      importable: t.importable && writable,
      notImportable: !t.importable ? (t.notImportable ?? null) : writable ? null : 'not importable yet',
      customFields: t.customFields,
      fields: t.fields.map((f) => ({
        key: f.key,
        label: f.label,
        type: f.type,
        help: f.help,
        aliases: [...f.aliases],
      })),
    };
  });
}

export const savedMappingSchema = z
  .object({ id: z.uuid(), name: z.string(), importType: z.string(), updatedAt: z.string() })
  .meta({ id: 'SavedImportMapping' });

export function presentSavedMapping(row: SavedMappingRow): z.infer<typeof savedMappingSchema> {
  return { id: row.id, name: row.name, importType: row.importType, updatedAt: row.updatedAt.toISOString() };
}
