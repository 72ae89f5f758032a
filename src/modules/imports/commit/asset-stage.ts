/**
 * The staging table of an asset import: one row per file row, its parsed values as the database
 * types them, whether it passed the row checks (`ok`), and the columns the set-based step fills in
 * (the ids of model, location, person... found or to be created, the existing asset it updates).
 *
 * Each import gets its own unlogged table (half-filled pages, so the many set-based updates stay
 * in place), `import_stage_<id>`, loaded by COPY and dropped when
 * the run ends (or at the next start, after a crash): nothing of it outlives the run.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import type { ValidatedRow } from '../mapping/validate-rows.js';
import { copyLine } from './copy-into.js';

/** The table's name: the import id is a UUID, so its hex digits are a safe identifier. */
export function stageTable(importId: string): string {
  return `import_stage_${importId.replace(/-/g, '')}`;
}

/** Loaded from the file, in this order. */
export const STAGE_COLUMNS = [
  'row_number',
  'ok',
  'tag',
  'serial',
  'name',
  'model_name',
  'model_number',
  'model_notes',
  'category',
  'manufacturer',
  'status',
  'location_code',
  'location_text',
  'supplier',
  'order_reference',
  'purchase_date',
  'purchase_cost',
  'currency',
  'warranty_end',
  'notes',
  'checkout_type',
  'a_email',
  'a_employee_number',
  'a_name',
  'a_location',
  'a_asset_tag',
  'custom',
  'new_id',
] as const;

export async function createStage(db: Db, table: string): Promise<void> {
  await db.execute(sql.raw(`drop table if exists ${table}`));
  await db.execute(
    sql.raw(`create unlogged table ${table} (
      row_number int primary key,
      ok boolean not null,
      tag text, serial text, name text,
      model_name text, model_number text, model_notes text, category text, manufacturer text,
      status text, location_code text, location_text text, supplier text, order_reference text,
      purchase_date date, purchase_cost numeric(14,2), currency text, warranty_end date, notes text,
      checkout_type text, a_email text, a_employee_number text, a_name text, a_location text, a_asset_tag text,
      custom jsonb not null default '{}',
      new_id uuid not null,
      manufacturer_id uuid, category_id uuid, model_id uuid, supplier_id uuid, location_id uuid,
      person_id uuid, assigned_location_id uuid, assigned_asset_id uuid,
      asset_id uuid, is_new boolean not null default true, cur_status text, changed boolean not null default false,
      prev_location uuid, prev_assignee jsonb, assignee_changed boolean not null default false,
      bad boolean not null default false
    ) with (fillfactor = 50)`),
  );
}

/** After the load: the indexes the duplicate checks join on, and the planner's statistics. */
export async function indexStage(db: Db, table: string): Promise<void> {
  await db.execute(sql.raw(`create index on ${table} (lower(tag))`));
  await db.execute(sql.raw(`create index on ${table} (lower(serial))`));
  await db.execute(sql.raw(`analyze ${table}`));
}

export async function dropStage(db: Db, table: string): Promise<void> {
  await db.execute(sql.raw(`drop table if exists ${table}`));
}

/** Staging tables left by a run that never finished (the process stopped): dropped at start. */
export async function dropOrphanStages(db: Db, keep: readonly string[] = []): Promise<void> {
  const result = (await db.execute(
    sql`select tablename from pg_tables where schemaname = current_schema() and tablename like 'import\_stage\_%'`,
  )) as unknown as { rows: { tablename: string }[] };
  for (const { tablename } of result.rows) {
    if (!keep.includes(tablename) && /^import_stage_[0-9a-f]{32}$/.test(tablename)) await dropStage(db, tablename);
  }
}

const text = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));

/** One staging line (COPY text format) for a validated row. */
export function stageLine(row: ValidatedRow): string {
  const v = row.values;
  const k = row.keys;
  const person = k.assignee?.kind === 'person' ? k.assignee.person : undefined;
  return copyLine([
    row.rowNumber,
    row.ok ? 't' : 'f',
    text(v.tag),
    text(v.serial),
    text(v.name),
    text(v.modelName),
    text(v.modelNumber),
    text(v.modelNotes),
    text(v.category),
    text(v.manufacturer),
    text(v.status),
    k.location?.code ?? null,
    k.location?.text ?? null,
    text(v.supplier),
    text(v.orderReference),
    text(v.purchaseDate),
    text(v.purchaseCost),
    text(v.currency),
    text(v.warrantyEnd),
    text(v.notes),
    text(v.checkoutType),
    person?.email ?? null,
    person?.employeeNumber ?? null,
    // A person known by user name only is named by it (Snipe-IT files often have nothing else).
    person ? (person.name ?? person.username ?? null) : null,
    k.assignee?.kind === 'location' ? (k.assignee.location.text ?? null) : null,
    k.assignee?.kind === 'asset' ? k.assignee.tag : null,
    JSON.stringify(row.custom),
    // The id the asset gets if the row creates one: made here, not by an UPDATE of every row later.
    randomUUID(),
  ]);
}
