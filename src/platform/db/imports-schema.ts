/**
 * Spreadsheet imports: the uploaded file's record (what it is, how its columns map, where its
 * dry run or commit stands, the summary of the last run), the per-row problems of that run, and
 * column mappings saved for reuse. The file itself lives in the data folder (`imports/<id>`).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { jobs, users } from './schema.js';

export const IMPORT_STATES = [
  'uploaded',
  'checking',
  'checked',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importType: text('import_type').notNull(),
    fileName: text('file_name').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }),
    /** The column mapping (mapping/column-mapping.ts), set from the file's headers and adjusted. */
    mapping: jsonb('mapping'),
    /** Commit options: skipBadRows, matchBy, sheet, categoryId. */
    options: jsonb('options').notNull().default({}),
    state: text('state', { enum: IMPORT_STATES }).notNull().default('uploaded'),
    /** The job running (or that last ran) the dry run or the commit. */
    jobId: uuid('job_id').references(() => jobs.id),
    /** What the last run found and did (counts, would-create lists, file problems). */
    summary: jsonb('summary'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('imports_created_idx').on(t.createdAt, t.id), index('imports_created_by_idx').on(t.createdBy)],
);

/** The problems the last run found, one per row and column (the report's table). */
export const importProblems = pgTable(
  'import_problems',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number'),
    severity: text('severity', { enum: ['error', 'warning'] }).notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    columnLetter: text('column_letter'),
    columnHeader: text('column_header'),
    field: text('field'),
  },
  (t) => [index('import_problems_import_idx').on(t.importId, t.rowNumber, t.id)],
);

/** Column mappings saved under a name, to map the next file of the same shape in one step. */
export const importMappings = pgTable(
  'import_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    importType: text('import_type').notNull(),
    mapping: jsonb('mapping').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_mappings_name_key').on(t.importType, sql`lower(${t.name})`)],
);
