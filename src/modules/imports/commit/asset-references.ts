/**
 * What an asset import creates besides assets: the manufacturers, categories, suppliers,
 * locations, people and models its good rows name and the registry lacks. Each kind in one
 * statement (locations, being few, get their codes in JavaScript), each created record audited
 * with the import's id. `plannedReferences` says the same without writing, for the dry run.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { queryRows } from '../../../platform/db/database.js';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { NIL } from './asset-resolve.js';

/** What an asset import creates besides assets. */
const ASSET_REFERENCE_KINDS = ['manufacturers', 'categories', 'suppliers', 'locations', 'people', 'models'] as const;
/** What any import creates besides its own records (a people import creates departments too). */
export const REFERENCE_KINDS = [...ASSET_REFERENCE_KINDS, 'departments'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
type AssetReferenceKind = (typeof ASSET_REFERENCE_KINDS)[number];

export interface PlannedReferences {
  /** How many of each would be created, and the first names. */
  counts: Record<ReferenceKind, number>;
  examples: Record<ReferenceKind, string[]>;
}

const EXAMPLES = 20;

/** The distinct names of each kind that good rows need and the registry lacks. */
function missingQueries(table: string) {
  const t = sql.raw(table);
  return {
    manufacturers: sql`select distinct on (lower(s.manufacturer)) s.manufacturer as name from ${t} s
      where not s.bad and s.model_id is null and s.manufacturer_id is null and s.manufacturer is not null
      order by lower(s.manufacturer), s.row_number`,
    categories: sql`select distinct on (lower(s.category)) s.category as name from ${t} s
      where not s.bad and s.model_id is null and s.category_id is null and s.category is not null
      order by lower(s.category), s.row_number`,
    suppliers: sql`select distinct on (lower(s.supplier)) s.supplier as name from ${t} s
      where not s.bad and s.supplier_id is null and s.supplier is not null
      order by lower(s.supplier), s.row_number`,
    locations: sql`select distinct on (lower(x.name)) x.name from (
        select s.location_text as name, s.row_number from ${t} s
          where not s.bad and s.location_id is null and s.location_code is null and s.location_text is not null
        union all
        select s.a_location, s.row_number from ${t} s
          where not s.bad and s.assigned_location_id is null and s.a_location is not null) x
      order by lower(x.name), x.row_number`,
    people: sql`select distinct on (x.k) x.name, x.email, x.employee_number from (
        select coalesce(lower(s.a_email), lower(s.a_employee_number), lower(s.a_name)) as k,
          coalesce(s.a_name, s.a_email, s.a_employee_number) as name, s.a_email as email,
          s.a_employee_number as employee_number, s.row_number
        from ${t} s where not s.bad and s.checkout_type = 'person' and s.person_id is null) x
      where x.k is not null order by x.k, x.row_number`,
    models: sql`select distinct on (coalesce(s.manufacturer_id::text, lower(s.manufacturer), ''), lower(s.model_name))
        s.model_name as name, s.manufacturer, s.manufacturer_id, s.category, s.category_id, s.model_number, s.model_notes
      from ${t} s where not s.bad and s.model_id is null and s.model_name is not null
      order by coalesce(s.manufacturer_id::text, lower(s.manufacturer), ''), lower(s.model_name), s.row_number`,
  };
}

export async function plannedReferences(db: Db, table: string): Promise<PlannedReferences> {
  const queries = missingQueries(table);
  const counts = { departments: 0 } as Record<ReferenceKind, number>;
  const examples = { departments: [] } as unknown as Record<ReferenceKind, string[]>;
  for (const kind of ASSET_REFERENCE_KINDS) {
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${queries[kind]}) q`);
    counts[kind] = Number(count?.n ?? 0);
    const first = await queryRows<{ name: string }>(db, sql`select q.name from (${queries[kind]}) q limit ${EXAMPLES}`);
    examples[kind] = first.map((r) => r.name);
  }
  return { counts, examples };
}

/** A location code from a name: letters and digits, dashes between, upper case, at most 40. */
export function codeFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return base === '' ? 'LOC' : base;
}

/** Codes for new locations, unique among themselves and against `taken` (lower case). */
export function uniqueCodes(names: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const base = codeFromName(name);
    let code = base;
    for (let n = 2; used.has(code.toLowerCase()); n++) code = `${base}-${n}`;
    used.add(code.toLowerCase());
    return code;
  });
}

type Created = Record<ReferenceKind, number>;

/** Creates every missing reference of the good rows; the caller resolves the rows again after. */
export async function createReferences(
  s: Services,
  tx: Db,
  ctx: ActionContext,
  table: string,
  importId: string,
  resolve: () => Promise<void>,
): Promise<Created> {
  const q = missingQueries(table);
  const created = { departments: 0 } as Created;
  const audit = async (kind: AssetReferenceKind, entityType: string, rows: { id: string; name: string }[]) => {
    created[kind] = rows.length;
    await s.audit.record(
      tx,
      ctx,
      rows.map((r) => ({
        entityType,
        entityId: r.id,
        action: `${entityType}.created`,
        changes: { after: { name: r.name }, importId },
      })),
    );
  };
  await audit(
    'manufacturers',
    'manufacturer',
    await queryRows(
      tx,
      sql`insert into manufacturers (name) select q.name from (${q.manufacturers}) q returning id, name`,
    ),
  );
  await audit(
    'categories',
    'category',
    await queryRows(
      tx,
      sql`insert into categories (name, kind) select q.name, 'hardware' from (${q.categories}) q returning id, name`,
    ),
  );
  await audit(
    'suppliers',
    'supplier',
    await queryRows(tx, sql`insert into suppliers (name) select q.name from (${q.suppliers}) q returning id, name`),
  );
  // New locations are sites (roots of the tree), coded from their names.
  const names = (await queryRows<{ name: string }>(tx, q.locations)).map((r) => r.name);
  if (names.length > 0) {
    const taken = new Set(
      (
        await queryRows<{ code: string }>(
          tx,
          sql`select lower(code) as code from locations where lower(code) like any(array(select jsonb_array_elements_text(${JSON.stringify(names.map((n) => `${codeFromName(n).toLowerCase()}%`))}::jsonb)))`,
        )
      ).map((r) => r.code),
    );
    const codes = uniqueCodes(names, taken);
    const rows = names.map((name, i) => ({ name, code: codes[i]! }));
    await audit(
      'locations',
      'location',
      await queryRows(
        tx,
        sql`insert into locations (id, parent_id, kind, code, name, path, depth)
          select x.id, null, 'site', x.code, x.name, '/' || x.id || '/', 0
          from (select gen_random_uuid() as id, v.code, v.name
                from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(code text, name text)) x
          returning id, name`,
      ),
    );
  } else created.locations = 0;
  await audit(
    'people',
    'person',
    await queryRows(
      tx,
      sql`insert into people (name, email, employee_number)
        select q.name, q.email, q.employee_number from (${q.people}) q returning id, name`,
    ),
  );
  // Models need their manufacturer and category ids: resolve the rows first (when anything is new).
  const anyCreated = () => Object.values(created).some((n) => n > 0);
  if (anyCreated()) await resolve();
  await audit(
    'models',
    'model',
    await queryRows(
      tx,
      sql`insert into models (category_id, manufacturer_id, name, model_number, notes, tracking)
        select x.category_id, x.manufacturer_id, x.name, x.model_number, x.model_notes, 'individual'
        from (select distinct on (coalesce(s.manufacturer_id, ${NIL}), lower(s.model_name))
                s.category_id, s.manufacturer_id, s.model_name as name, s.model_number, s.model_notes
              from ${sql.raw(table)} s
              where not s.bad and s.model_id is null and s.model_name is not null and s.category_id is not null
              order by coalesce(s.manufacturer_id, ${NIL}), lower(s.model_name), s.row_number) x
        returning id, name`,
    ),
  );
  if (created.models > 0) await resolve();
  return created;
}
