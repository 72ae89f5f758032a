/**
 * What the imports of reference records (locations, models, people, suppliers, stock) share: the
 * plan each type makes of its rows, problems placed at a row and column, the use cases' Zod input
 * schemas applied to a row (so an import refuses exactly what the API refuses), lookups of names
 * in batches, and the sites created for locations a file names and the registry lacks.
 */
import { sql } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { diffFields } from '../../../domain/audit-chain.js';
import type { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { queryRows, type Db } from '../../../platform/db/database.js';
import { describeColumn, type ProblemColumn } from '../reading/problems.js';
import type { RowProblem, ValidatedRow } from '../mapping/validate-rows.js';
import { codeFromName, uniqueCodes, type ReferenceKind } from './asset-references.js';

export type RowAction = 'create' | 'update' | 'unchanged';

export interface Written {
  created: number;
  updated: number;
  unchanged: number;
  references: Partial<Record<ReferenceKind, number>>;
  /** Stock: ledger movements written and the units they moved. */
  movements?: number;
  units?: number;
}

/** What an import type found in the good rows, and how to write it. */
export interface TypePlan {
  problems: RowProblem[];
  /** What each good row would do, by row number. */
  actions: Map<number, RowAction>;
  /** Names of the references that would be created, by kind. */
  references: Partial<Record<ReferenceKind, string[]>>;
  /** Stock: the units the rows would receive or adjust. */
  units?: number;
  /** Writes the rows not in `bad`, in the caller's transaction. */
  write(bad: ReadonlySet<number>): Promise<Written>;
}

export interface PlanEnv {
  s: Services;
  tx: Db;
  ctx: ActionContext;
  importId: string;
  fileName: string;
  columns: ReadonlyMap<string, ProblemColumn>;
}

export type RecordImporter = (env: PlanEnv, rows: ValidatedRow[]) => Promise<TypePlan>;

/** Collects problems of rows, each at its column. */
export class Problems {
  readonly list: RowProblem[] = [];
  constructor(private readonly columns: ReadonlyMap<string, ProblemColumn>) {}

  add(row: number, field: string | undefined, code: string, message: string, severity: 'error' | 'warning' = 'error') {
    const column = field ? this.columns.get(field) : undefined;
    this.list.push({
      severity,
      code,
      row,
      message: `Row ${row}${column ? `, ${describeColumn(column)}` : ''}: ${message}`,
      ...(column ? { column } : {}),
      ...(field ? { field } : {}),
    });
  }

  hasError(row: number): boolean {
    return this.list.some((p) => p.row === row && p.severity === 'error');
  }
}

/**
 * Parses a use case's input for a row: the problems are added at the columns of the fields the
 * schema names (`fieldOf` maps an input key back to the import field), and the parsed input is
 * returned when there are none.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  row: number,
  problems: Problems,
  fieldOf: Record<string, string> = {},
): z.infer<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    problems.add(row, fieldOf[key] ?? key, 'invalid_value', issue.message);
  }
  return undefined;
}

export const lower = (v: unknown): string => String(v).trim().toLowerCase();
export const text = (v: unknown): string | undefined =>
  v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();

/** Rows of `query` for the given keys, asked in chunks (a 100k-row file names many people). */
export async function inChunks<T>(
  keys: readonly string[],
  query: (chunk: string[]) => Promise<T[]>,
  size = 5000,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += size) out.push(...(await query(unique.slice(i, i + size))));
  return out;
}

export const jsonArray = (values: readonly string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** Rows of a table with `id` and `name`, by lower-case name (categories, manufacturers, suppliers, departments). */
export async function idsByName(
  tx: Db,
  table: 'categories' | 'manufacturers' | 'suppliers' | 'departments',
  names: readonly string[],
): Promise<Map<string, { id: string; name: string; archived: boolean }>> {
  const rows = await inChunks(names.map(lower), (chunk) =>
    queryRows<{ id: string; name: string; archived: boolean }>(
      tx,
      sql`select id, name, archived_at is not null as archived from ${sql.raw(table)} where lower(name) = any(${jsonArray(chunk)})`,
    ),
  );
  return new Map(rows.map((r) => [r.name.toLowerCase(), r]));
}

export interface LocationHit {
  id: string;
  code: string;
  name: string;
  path: string;
  depth: number;
  archived: boolean;
}

/**
 * Locations named by code or name, as files write them: a code first, then a name that only one
 * location has. Keys are lower case; a name two locations share maps to 'ambiguous'.
 */
export async function locationsByText(
  tx: Db,
  texts: readonly string[],
): Promise<Map<string, LocationHit | 'ambiguous'>> {
  const rows = await inChunks(texts.map(lower), (chunk) =>
    queryRows<LocationHit>(
      tx,
      sql`select id, code, name, path, depth, archived_at is not null as archived from locations
        where lower(code) = any(${jsonArray(chunk)}) or lower(name) = any(${jsonArray(chunk)})`,
    ),
  );
  const out = new Map<string, LocationHit | 'ambiguous'>();
  for (const r of rows) {
    if (r.archived) continue;
    const name = r.name.toLowerCase();
    const prev = out.get(name);
    if (prev === undefined) out.set(name, r);
    else if (prev !== 'ambiguous' && prev.id !== r.id) out.set(name, 'ambiguous');
  }
  // A code wins over a name.
  for (const r of rows) out.set(r.code.toLowerCase(), r);
  return out;
}

/** Creates sites (roots of the tree) for the names, coded from them; audited with the import's id. */
export async function createSites(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  importId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (names.length === 0) return out;
  const taken = new Set(
    (
      await queryRows<{ code: string }>(
        tx,
        sql`select lower(code) as code from locations where lower(code) like any(${jsonArray(names.map((n) => `${codeFromName(n).toLowerCase()}%`))})`,
      )
    ).map((r) => r.code),
  );
  const codes = uniqueCodes(names, taken);
  const rows = await queryRows<{ id: string; code: string; name: string }>(
    tx,
    sql`insert into locations (id, parent_id, kind, code, name, path, depth)
      select x.id, null, 'site', x.code, x.name, '/' || x.id || '/', 0
      from (select gen_random_uuid() as id, v.code, v.name
            from jsonb_to_recordset(${JSON.stringify(names.map((name, i) => ({ name, code: codes[i] })))}::jsonb) as v(code text, name text)) x
      returning id, code, name`,
  );
  await s.audit.record(
    tx,
    ctx,
    rows.map((r) => ({
      entityType: 'location',
      entityId: r.id,
      action: 'location.created',
      changes: { after: { kind: 'site', code: r.code, name: r.name }, importId },
    })),
  );
  for (const r of rows) out.set(r.name.toLowerCase(), r.id);
  return out;
}

/** Creates named rows (categories, manufacturers, suppliers, departments) in one statement, audited. */
export async function createNamed(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  importId: string,
  kind: {
    table: 'categories' | 'manufacturers' | 'suppliers' | 'departments';
    entity: string;
    extra?: Record<string, string>;
  },
  names: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (names.length === 0) return out;
  const extraColumns = Object.keys(kind.extra ?? {});
  const columns = sql.raw(['name', ...extraColumns].join(', '));
  const values = sql.join([sql`v.name`, ...extraColumns.map((c) => sql`${kind.extra![c]}`)], sql`, `);
  const rows = await queryRows<{ id: string; name: string }>(
    tx,
    sql`insert into ${sql.raw(kind.table)} (${columns})
      select ${values} from jsonb_to_recordset(${JSON.stringify(names.map((name) => ({ name })))}::jsonb) as v(name text)
      returning id, name`,
  );
  await s.audit.record(
    tx,
    ctx,
    rows.map((r) => ({
      entityType: kind.entity,
      entityId: r.id,
      action: `${kind.entity}.created`,
      changes: { after: { name: r.name, ...(kind.extra ?? {}) }, importId },
    })),
  );
  for (const r of rows) out.set(r.name.toLowerCase(), r.id);
  return out;
}

/** The distinct names (first spelling wins), in file order. */
export function distinctNames(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}

/** Whether two values differ as stored (null and undefined alike, dates as text). */
export function differs(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : String(v));
  return norm(a) !== norm(b);
}

/** Inserts rows in chunks, each audited `<entity>.created` with the import's id; returns them. */
export async function insertAudited<R extends { id: string }>(
  env: PlanEnv,
  table: PgTable,
  entity: string,
  values: readonly Record<string, unknown>[],
  audited: (row: R) => Record<string, unknown> | null,
): Promise<R[]> {
  const out: R[] = [];
  const columns = Object.entries(getTableColumns(table)) as [string, PgColumn][];
  // Dates as drizzle gives them (YYYY-MM-DD), not as the driver parses them.
  const returning = sql.raw(
    columns.map(([, c]) => (c.getSQLType() === 'date' ? `"${c.name}"::text as "${c.name}"` : `"${c.name}"`)).join(', '),
  );
  for (let i = 0; i < values.length; i += 2000) {
    const chunk = values.slice(i, i + 2000);
    // One JSON parameter per chunk: cheaper to build than a statement with a parameter per value.
    // A column no row sets keeps its default; the importers give every row the others.
    const used = columns.filter(([key]) => chunk.some((v) => v[key] !== undefined));
    const json = chunk.map((v) => Object.fromEntries(used.map(([key, c]) => [c.name, v[key] ?? null])));
    const names = sql.join(
      used.map(([, c]) => sql.identifier(c.name)),
      sql`, `,
    );
    const types = sql.raw(used.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
    const found = await queryRows<Record<string, unknown>>(
      env.tx,
      sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as v(${types}) returning ${returning}`,
    );
    const rows = found.map((r) => Object.fromEntries(columns.map(([key, c]) => [key, r[c.name]])) as R);
    await env.s.audit.record(
      env.tx,
      env.ctx,
      rows.map((row) => ({
        entityType: entity,
        entityId: row.id,
        action: `${entity}.created`,
        changes: { after: audited(row), importId: env.importId },
      })),
    );
    out.push(...rows);
  }
  return out;
}

/** Updates rows one by one (with their version), each audited `<entity>.updated` with its changes. */
export async function updateAudited<R extends { id: string; version: number }>(
  env: PlanEnv,
  entity: string,
  updates: readonly { before: R; patch: Record<string, unknown> }[],
  update: (tx: Db, id: string, version: number, patch: never) => Promise<R | undefined>,
  audited: (row: R) => Record<string, unknown> | null,
): Promise<R[]> {
  const out: R[] = [];
  const entries = [];
  for (const { before, patch } of updates) {
    const after = await update(env.tx, before.id, before.version, patch as never);
    if (!after) throw new Error(`${entity} ${before.id} changed while the import ran`);
    entries.push({
      entityType: entity,
      entityId: after.id,
      action: `${entity}.updated`,
      changes: { ...diffFields(audited(before), audited(after)), importId: env.importId },
    });
    out.push(after);
  }
  await env.s.audit.record(env.tx, env.ctx, entries);
  return out;
}

/** The fields of `input` (those the file gives) whose values differ from the row's. */
export function changedFields(row: Record<string, unknown>, input: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (differs(row[key], value)) patch[key] = value;
  }
  return patch;
}
