/**
 * Imports as people use them: upload a file (stored in the data folder, its headers read and its
 * columns mapped automatically), adjust the mapping, run a dry run or the commit as a background
 * job, follow its progress, cancel it, read the report. The same calls serve the API, the web app
 * and `qm import`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { Transform, type Readable } from 'node:stream';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { can } from '../../domain/permissions.js';
import { customFieldDefinitions } from '../../platform/db/schema-all.js';
import { readSpreadsheet } from './reading/read-spreadsheet.js';
import { isSpreadsheetError, type SpreadsheetProblem } from './reading/problems.js';
import {
  IMPORT_TYPES,
  IMPORT_TYPE_KEYS,
  PRESETS,
  applySavedMapping,
  autoMap,
  parseMapping,
  type ColumnMapping,
  type ImportTypeKey,
} from './mapping/index.js';
import { toFieldDefinition } from '../catalog/custom-field-values.js';
import {
  findImport,
  findSavedMapping,
  insertImport,
  saveMapping,
  updateImport,
  type ImportRow,
} from './imports-repository.js';
import type { RunSummary } from './commit/run-asset-import.js';

export const IMPORT_JOB = 'import.run';
/** Uploads larger than this are refused while they stream in. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
const SAMPLE_ROWS = 10;

/** Types whose rows the database step writes; the others are mapped and checked only. */
export const WRITABLE_TYPES: readonly ImportTypeKey[] = [
  'assets',
  'locations',
  'models',
  'people',
  'suppliers',
  'stock',
];

export const uploadInput = z.object({
  type: z.enum(IMPORT_TYPE_KEYS as [ImportTypeKey, ...ImportTypeKey[]]).default('assets'),
  fileName: z.string().trim().min(1).max(255).default('upload.csv'),
  sheet: z.string().max(200).optional().describe('XLSX: the sheet to read (the first visible one otherwise).'),
  preset: z.enum(['snipe-it']).optional().describe('Map columns as that product exports them (detected otherwise).'),
  mappingId: z.uuid().optional().describe('A saved mapping to start from.'),
});

export const optionsSchema = z.object({
  skipBadRows: z.boolean().default(false),
  sheet: z.string().max(200).optional(),
});
export type ImportOptions = z.infer<typeof optionsSchema>;

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheetName: string | null;
  headerRowNumber: number;
  headers: { index: number; letter: string; header: string }[];
  sample: string[][];
  problems: SpreadsheetProblem[];
  /** Saved columns the file does not have (when a saved mapping was applied). */
  missingColumns: string[];
}

export interface ImportSummary {
  preview: ImportPreview;
  lastRun: RunSummary | null;
  /** Why the last run failed (a file that turned out unreadable further down). */
  lastError: string | null;
}

export const uploadsDir = (s: Services) => path.join(s.config.dataDir, 'imports');
export const uploadPath = (s: Services, id: string) => path.join(uploadsDir(s), `${id}.upload`);

/** Imports are seen by whoever uploaded them, and by asset managers and administrators. */
export function canSee(ctx: ActionContext, row: ImportRow): boolean {
  return row.createdBy === ctx.actor.userId || can(ctx.actor.grants, 'inventory.manage');
}

export async function loadImport(s: Services, ctx: ActionContext, id: string): Promise<ImportRow> {
  const row = await findImport(s.db, id);
  if (!row || !canSee(ctx, row)) throw notFound('The import');
  return row;
}

async function customFieldsForMapping(s: Services) {
  const rows = await s.db
    .select()
    .from(customFieldDefinitions)
    .where(sql`${customFieldDefinitions.archivedAt} is null`)
    .orderBy(customFieldDefinitions.position);
  const byKey = new Map<string, ReturnType<typeof toFieldDefinition>>();
  for (const row of rows) if (!byKey.has(row.key)) byKey.set(row.key, toFieldDefinition(row));
  return [...byKey.values()];
}

/** Streams the body to disk, refusing it past the size limit. */
async function store(body: Readable, file: string): Promise<number> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_BYTES) {
        done(new AppError('file_too_large', 413, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB.`));
      } else done(null, chunk);
    },
  });
  const out = fs.createWriteStream(file);
  try {
    await pipeline(body, counter, out);
  } catch (error) {
    // A refusal can come before the file is even opened: wait for the stream to open and close, so
    // that removing the file afterwards does not race its creation (leaving an empty upload behind).
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    throw error;
  }
  return bytes;
}

export async function uploadImport(
  s: Services,
  ctx: ActionContext,
  raw: z.input<typeof uploadInput>,
  body: Readable,
): Promise<ImportRow> {
  const input = uploadInput.parse(raw);
  const type = IMPORT_TYPES[input.type];
  if (!type.importable) throw new AppError('not_importable', 422, `${type.label}: ${type.notImportable}.`);
  if (!WRITABLE_TYPES.includes(input.type)) {
    throw new AppError('not_importable', 422, `${type.label} cannot be imported yet.`);
  }
  const saved = input.mappingId ? await findSavedMapping(s.db, input.mappingId) : undefined;
  if (input.mappingId && !saved) throw notFound('The saved mapping');

  const id = randomUUID();
  fs.mkdirSync(uploadsDir(s), { recursive: true });
  const file = uploadPath(s, id);
  let preview: ImportPreview;
  let mapping: ColumnMapping;
  let bytes: number;
  try {
    bytes = await store(body, file);
    const source = fs.createReadStream(file);
    const sheet = await readSpreadsheet(source, { sheet: input.sheet });
    const customFields = await customFieldsForMapping(s);
    let missing: string[] = [];
    if (saved) {
      const parsed = parseMapping(saved.mapping);
      if (!parsed.ok) throw new AppError('invalid_mapping', 422, `The saved mapping is damaged: ${parsed.errors[0]}`);
      ({ mapping, missing } = applySavedMapping(parsed.mapping, sheet.headers, { customFields }));
    } else {
      const plain = autoMap(input.type, sheet.headers, { customFields });
      const snipe = autoMap(input.type, sheet.headers, { customFields, preset: 'snipe-it' });
      const mapped = (m: ColumnMapping) => m.columns.filter((c) => c.target !== null).length;
      // The preset when asked, or when the file has columns only it knows and maps no fewer.
      const presetColumns = PRESETS['snipe-it'].columns[input.type] ?? {};
      const looksLikeSnipe = sheet.headers.some((h) => presetColumns[h.normalised] !== undefined);
      mapping =
        input.preset === 'snipe-it' || (!input.preset && looksLikeSnipe && mapped(snipe) >= mapped(plain))
          ? snipe
          : plain;
    }
    preview = {
      format: sheet.format,
      encoding: sheet.encoding?.encoding ?? null,
      delimiter: sheet.dialect?.delimiter ?? null,
      sheetName: sheet.sheetName,
      headerRowNumber: sheet.headerRowNumber,
      headers: sheet.headers.map((h) => ({ index: h.index, letter: h.letter, header: h.raw })),
      sample: sheet.sample
        .slice(0, SAMPLE_ROWS)
        .map((r) => r.cells.map((c) => (c.length > 200 ? `${c.slice(0, 200)}…` : c))),
      problems: sheet.problems,
      missingColumns: missing,
    };
    // The preview read only the head of the file: stop reading the rest.
    source.destroy();
  } catch (error) {
    fs.rmSync(file, { force: true });
    if (isSpreadsheetError(error)) throw new AppError(error.code, 422, error.message);
    throw error;
  }
  const summary: ImportSummary = { preview, lastRun: null, lastError: null };
  return s.db.transaction(async (tx) => {
    const row = await insertImport(tx, {
      id,
      importType: input.type,
      fileName: input.fileName,
      fileBytes: bytes,
      format: preview.format,
      mapping,
      options: { skipBadRows: false, ...(input.sheet ? { sheet: input.sheet } : {}) },
      summary,
      createdBy: ctx.actor.userId,
    });
    await s.audit.record(tx, ctx, {
      entityType: 'import',
      entityId: id,
      action: 'import.uploaded',
      changes: {
        after: { importType: input.type, fileName: input.fileName, fileBytes: bytes, format: preview.format },
      },
    });
    return row;
  });
}

const RUNNING = new Set(['checking', 'committing']);

/** Running by its state, and its job still queued or running (a run whose process died is not). */
async function isRunning(s: Services, row: ImportRow): Promise<boolean> {
  if (!RUNNING.has(row.state) || !row.jobId) return false;
  const job = await s.jobs.get(row.jobId);
  return job?.status === 'queued' || job?.status === 'running';
}

export const mappingInput = z.object({
  mapping: z.unknown().describe('The column mapping (as GET /imports/:id returns it), adjusted.'),
  options: optionsSchema.partial().optional(),
  saveAs: z.string().trim().min(1).max(100).optional().describe('Also save the mapping under this name for reuse.'),
});

export async function changeMapping(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: z.input<typeof mappingInput>,
): Promise<ImportRow> {
  const input = mappingInput.parse(raw);
  const row = await loadImport(s, ctx, id);
  if (await isRunning(s, row)) throw conflict('import_running', 'The import is running: cancel it or wait for it.');
  if (row.state === 'committed') throw conflict('import_committed', 'The import is committed: upload the file again.');
  const parsed = parseMapping(input.mapping);
  if (!parsed.ok) {
    throw new AppError(
      'invalid_mapping',
      400,
      `The mapping is not valid: ${parsed.errors[0]}`,
      parsed.errors.map((message) => ({ pointer: '/body/mapping', message })),
    );
  }
  if (parsed.mapping.importType !== row.importType) {
    throw new AppError(
      'invalid_mapping',
      400,
      `The mapping is for ${parsed.mapping.importType}, the import for ${row.importType}.`,
    );
  }
  return s.db.transaction(async (tx) => {
    const options = { ...(row.options as ImportOptions), ...input.options };
    const updated = await updateImport(tx, id, { mapping: parsed.mapping, options, state: 'uploaded' });
    if (input.saveAs) {
      await saveMapping(tx, {
        name: input.saveAs,
        importType: row.importType,
        mapping: parsed.mapping,
        createdBy: ctx.actor.userId,
      });
    }
    await s.audit.record(tx, ctx, {
      entityType: 'import',
      entityId: id,
      action: 'import.mapped',
      changes: { mapping: parsed.mapping, options, ...(input.saveAs ? { savedAs: input.saveAs } : {}) },
    });
    return updated;
  });
}

export const runInput = z.object({
  dryRun: z.boolean().default(true).describe('Check and report only (the default); false commits.'),
  skipBadRows: z.boolean().optional().describe('Commit the good rows and list the bad ones (default: all or nothing).'),
});

export async function startRun(
  s: Services,
  ctx: ActionContext,
  id: string,
  raw: z.input<typeof runInput>,
): Promise<ImportRow> {
  const input = runInput.parse(raw);
  const row = await loadImport(s, ctx, id);
  if (await isRunning(s, row)) throw conflict('import_running', 'The import is already running.');
  if (row.state === 'committed') throw conflict('import_committed', 'The import is committed already.');
  if (!row.mapping) throw conflict('import_unmapped', 'The import has no column mapping yet.');
  if (ctx.actor.readOnly) throw forbidden('A read-only token cannot import.');
  const options = {
    ...(row.options as ImportOptions),
    ...(input.skipBadRows !== undefined ? { skipBadRows: input.skipBadRows } : {}),
  };
  const job = await s.jobs.enqueue(ctx, IMPORT_JOB, { importId: id, dryRun: input.dryRun });
  return updateImport(s.db, id, { jobId: job.id, options, state: input.dryRun ? 'checking' : 'committing' });
}

export async function cancelImport(s: Services, ctx: ActionContext, id: string): Promise<ImportRow> {
  const row = await loadImport(s, ctx, id);
  if (!row.jobId || !(await isRunning(s, row))) throw conflict('import_not_running', 'The import is not running.');
  const job = await s.jobs.cancel(ctx, row.jobId);
  // A job cancelled before it started never runs: its import is settled here.
  if (job.status === 'cancelled') return updateImport(s.db, id, { state: 'cancelled' });
  return row;
}
