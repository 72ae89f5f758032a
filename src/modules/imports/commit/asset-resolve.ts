/**
 * The set-based step of an asset import, over the staging table: find what each row refers to
 * (model, manufacturer, category, supplier, location, person, the asset it updates), then flag
 * every row the database refuses, one statement per rule. Reads the registry, writes only the
 * staging table and the problems: the dry run is exactly this, the commit runs it first too.
 *
 * The rules are the asset use cases' own, stated over sets: tags unique whatever the case, serials
 * unique per manufacturer, models individually tracked and not archived, custom fields of the
 * model's category (required, unique), the status machine for check-outs and new statuses, and
 * the caller's location scope.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { ASSET_STATUSES, CREATABLE_STATUSES, STATUS_LABELS, planTransition } from '../../../domain/asset-lifecycle.js';
import type { FieldDefinition } from '../../../domain/custom-fields.js';
import type { ResolvedScope } from '../../locations/location-scope.js';
import type { ProblemColumn } from '../reading/problems.js';
import { affected, flagRows, type SetProblem } from './problem-writer.js';

export const NIL = sql.raw(`'00000000-0000-0000-0000-000000000000'::uuid`);

/** Statuses an asset can be checked out from (a transfer from in use included). */
export const CHECKOUT_FROM = ASSET_STATUSES.filter(
  (status) => planTransition({ tag: '', status, action: 'check_out', transfer: true }).allowed,
);

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Fills the ids of everything the rows refer to that exists already. Run again after creating. */
export async function resolveReferences(db: Db, table: string): Promise<void> {
  const t = sql.raw(table);
  await db.execute(sql`update ${t} s set manufacturer_id = m.id from manufacturers m
    where s.manufacturer_id is null and s.manufacturer is not null and lower(m.name) = lower(s.manufacturer)`);
  await db.execute(sql`update ${t} s set category_id = c.id from categories c
    where s.category_id is null and s.category is not null and lower(c.name) = lower(s.category)`);
  await db.execute(sql`update ${t} s set supplier_id = x.id from suppliers x
    where s.supplier_id is null and s.supplier is not null and lower(x.name) = lower(s.supplier)`);
  // Models: by name for the row's manufacturer; without a manufacturer column, by a name (or
  // else a model number) that only one model has.
  await db.execute(sql`update ${t} s set model_id = m.id from models m
    where s.model_id is null and s.model_name is not null and s.manufacturer is not null
      and lower(m.name) = lower(s.model_name) and coalesce(m.manufacturer_id, ${NIL}) = coalesce(s.manufacturer_id, ${NIL})`);
  await db.execute(sql`update ${t} s set model_id = m.id
    from (select lower(name) as k, min(id::text)::uuid as id from models group by 1 having count(*) = 1) m
    where s.model_id is null and s.manufacturer is null and s.model_name is not null and m.k = lower(s.model_name)`);
  await db.execute(sql`update ${t} s set model_id = m.id
    from (select lower(model_number) as k, min(id::text)::uuid as id from models where model_number is not null
          group by 1 having count(*) = 1) m
    where s.model_id is null and s.model_name is null and s.model_number is not null and m.k = lower(s.model_number)`);
  // A location by code first, then by a name only one location has.
  for (const [id, code, textColumn] of [
    ['location_id', 'location_code', 'location_text'],
    ['assigned_location_id', null, 'a_location'],
  ] as const) {
    const key = code ? `coalesce(s.${code}, s.${textColumn})` : `s.${textColumn}`;
    await db.execute(
      sql.raw(`update ${table} s set ${id} = l.id from locations l
      where s.${id} is null and ${key} is not null and lower(l.code) = lower(${key})`),
    );
    await db.execute(
      sql.raw(`update ${table} s set ${id} = l.id
      from (select lower(name) as k, min(id::text)::uuid as id from locations group by 1 having count(*) = 1) l
      where s.${id} is null and s.${textColumn} is not null ${code ? `and s.${code} is null` : ''} and l.k = lower(s.${textColumn})`),
    );
  }
  // Checked out to a location: the asset is there.
  await db.execute(sql`update ${t} s set location_id = s.assigned_location_id
    where s.checkout_type = 'location' and s.location_id is null and s.location_code is null and s.location_text is null`);
  // People: by employee number, e-mail, then a name only one person has.
  await db.execute(sql`update ${t} s set person_id = p.id from people p
    where s.person_id is null and s.a_employee_number is not null and lower(p.employee_number) = lower(s.a_employee_number)`);
  await db.execute(sql`update ${t} s set person_id = p.id from people p
    where s.person_id is null and s.a_email is not null and lower(p.email) = lower(s.a_email)`);
  await db.execute(sql`update ${t} s set person_id = p.id
    from (select lower(name) as k, min(id::text)::uuid as id from people group by 1 having count(*) = 1) p
    where s.person_id is null and s.a_name is not null and s.a_email is null and s.a_employee_number is null and p.k = lower(s.a_name)`);
  await db.execute(sql`update ${t} s set assigned_asset_id = a.id from assets a
    where s.assigned_asset_id is null and s.a_asset_tag is not null and lower(a.tag) = lower(s.a_asset_tag)`);
  // The asset a row updates, by tag.
  await db.execute(sql`update ${t} s set asset_id = a.id, cur_status = a.status, is_new = false from assets a
    where s.asset_id is null and s.tag is not null and lower(a.tag) = lower(s.tag)`);
  // A found model decides the asset's category and manufacturer.
  await db.execute(sql`update ${t} s set category_id = m.category_id, manufacturer_id = m.manufacturer_id
    from models m where m.id = s.model_id and (s.category_id is distinct from m.category_id
      or s.manufacturer_id is distinct from m.manufacturer_id)`);
}

export interface CheckContext {
  importId: string;
  table: string;
  columns: ReadonlyMap<string, ProblemColumn>;
  /** The caller's scope for inventory.write. */
  scope: ResolvedScope;
  /** Active custom field definitions by category id. */
  fieldsByCategory: ReadonlyMap<string, readonly FieldDefinition[]>;
}

/** Flags the rows the database refuses; returns the number of problems per code. */
export async function checkRows(db: Db, c: CheckContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const flag = async (p: SetProblem) => {
    const n = await flagRows(db, c.importId, c.table, c.columns, p);
    if (n > 0) counts[p.code] = (counts[p.code] ?? 0) + n;
  };
  const t = sql.raw(c.table);
  const modelField = c.columns.has('modelName') ? 'modelName' : 'modelNumber';
  const locationField = c.columns.has('locationCode') ? 'locationCode' : 'location';

  // Duplicates within the file: the later rows (the first one stands).
  // One sort per key (a window), not a lookup per row.
  const firsts = (partition: string, where: string) =>
    `(select x.*, min(x.row_number) over (partition by ${partition}) as first_row from ${c.table} x where ${where})`;
  await flagRows(db, c.importId, firsts('lower(x.tag)', 'x.tag is not null'), c.columns, {
    code: 'duplicate_tag',
    field: 'tag',
    message: sql`'the tag "' || s.tag || '" is also in row ' || s.first_row || '; a tag must be unique.'`,
    where: sql`s.row_number <> s.first_row`,
  }).then((n) => n > 0 && (counts.duplicate_tag = n));
  await flagRows(
    db,
    c.importId,
    firsts(`lower(x.serial), coalesce(x.manufacturer_id::text, lower(x.manufacturer), '')`, 'x.serial is not null'),
    c.columns,
    {
      code: 'duplicate_serial',
      field: 'serial',
      message: sql`'the serial "' || s.serial || '" is also in row ' || s.first_row || ' for the same manufacturer; a serial must be unique for a manufacturer.'`,
      where: sql`s.row_number <> s.first_row`,
    },
  ).then((n) => n > 0 && (counts.duplicate_serial = n));
  // Against the database.
  await flag({
    code: 'serial_taken',
    field: 'serial',
    message: sql`'the serial "' || s.serial || '" is already recorded for ' || (select a.tag from assets a
      where coalesce(a.manufacturer_id, ${NIL}) = coalesce(s.manufacturer_id, ${NIL}) and lower(a.serial) = lower(s.serial) limit 1)
      || ' (same manufacturer).'`,
    where: sql`s.serial is not null and (s.manufacturer_id is not null or s.manufacturer is null) and exists (
      select 1 from assets a where coalesce(a.manufacturer_id, ${NIL}) = coalesce(s.manufacturer_id, ${NIL})
        and lower(a.serial) = lower(s.serial) and a.id is distinct from s.asset_id)`,
  });

  // Models.
  await flag({
    code: 'unknown_model',
    field: modelField,
    message: sql`'the model "' || coalesce(s.model_name, s.model_number) || '" does not exist, and without a category it cannot be created: add a Category column or create the model first.'`,
    where: sql`s.model_id is null and (s.model_name is not null or s.model_number is not null) and (s.model_name is null or s.category is null)`,
  });
  await flag({
    code: 'model_archived',
    field: modelField,
    message: sql`'the model "' || (select m.name from models m where m.id = s.model_id) || '" is archived.'`,
    where: sql`exists (select 1 from models m where m.id = s.model_id and m.archived_at is not null)`,
  });
  await flag({
    code: 'model_tracked_by_quantity',
    field: modelField,
    message: sql`(select m.name from models m where m.id = s.model_id) || ' is tracked by quantity, not as individual assets: import it as stock.'`,
    where: sql`exists (select 1 from models m where m.id = s.model_id and m.tracking <> 'individual')`,
  });
  await flag({
    code: 'category_archived',
    field: 'category',
    message: sql`'the category "' || s.category || '" is archived.'`,
    where: sql`s.model_id is null and exists (select 1 from categories x where x.id = s.category_id and x.archived_at is not null)`,
  });
  await flag({
    code: 'category_not_hardware',
    field: 'category',
    message: sql`'the category "' || s.category || '" is for ' || (select x.kind from categories x where x.id = s.category_id) || 's, tracked by quantity: individual assets need a hardware category.'`,
    where: sql`s.model_id is null and exists (select 1 from categories x where x.id = s.category_id and x.kind not in ('hardware'))`,
  });
  await flag({
    code: 'supplier_archived',
    field: 'supplier',
    message: sql`'the supplier "' || s.supplier || '" is archived.'`,
    where: sql`exists (select 1 from suppliers x where x.id = s.supplier_id and x.archived_at is not null)`,
  });

  // Locations.
  for (const [id, textColumn, field] of [
    ['location_id', 'coalesce(s.location_code, s.location_text)', locationField],
    ['assigned_location_id', 's.a_location', 'assigneeLocation'],
  ] as const) {
    await flag({
      code: 'ambiguous_location',
      field,
      message: sql.raw(`'several locations are named "' || ${textColumn} || '": use the location code.'`),
      where: sql.raw(
        `s.${id} is null and ${textColumn} is not null and (select count(*) from locations l where lower(l.name) = lower(${textColumn})) > 1`,
      ),
    });
    await flag({
      code: 'location_archived',
      field,
      message: sql.raw(`'the location ' || (select l.code from locations l where l.id = s.${id}) || ' is archived.'`),
      where: sql.raw(`exists (select 1 from locations l where l.id = s.${id} and l.archived_at is not null)`),
    });
  }
  await flag({
    code: 'unknown_location',
    field: 'locationCode',
    message: sql`'no location has the code "' || s.location_code || '".'`,
    where: sql`s.location_id is null and s.location_code is not null`,
  });
  await flag({
    code: 'unknown_asset',
    field: 'assigneeAssetTag',
    message: sql`'no asset has the tag "' || s.a_asset_tag || '" to check this one out to.'`,
    where: sql`s.checkout_type = 'asset' and s.assigned_asset_id is null`,
  });
  await flag({
    code: 'person_left',
    field: 'assigneeName',
    message: sql`(select p.name from people p where p.id = s.person_id) || ' has left the organisation: assets cannot be checked out to them.'`,
    where: sql`s.checkout_type = 'person' and exists (select 1 from people p where p.id = s.person_id and p.status = 'left')`,
  });

  // Scope: every location written to must be in the caller's scope; new locations are sites,
  // which only an unlimited scope may create.
  if (c.scope.kind !== 'all') {
    const inScope =
      c.scope.kind === 'none' || c.scope.roots.length === 0
        ? sql`false`
        : sql.join(
            c.scope.roots.map((r) => sql`l.path like ${`${r.path}%`}`),
            sql` or `,
          );
    await flag({
      code: 'location_out_of_scope',
      field: locationField,
      message: sql`'the location is outside the locations your role covers.'`,
      where: sql`(s.location_id is not null and not exists (select 1 from locations l where l.id = s.location_id and (${inScope})))
        or (s.location_id is null and (s.location_code is not null or s.location_text is not null))
        or (s.asset_id is not null and exists (select 1 from assets a where a.id = s.asset_id and not exists (
          select 1 from locations l where l.id = a.location_id and (${inScope}))))`,
    });
  }

  // Statuses and the status machine.
  await flag({
    code: 'status_not_creatable',
    field: 'status',
    message: sql`'an asset cannot be created as ' || replace(s.status, '_', ' ') || ' (new assets can be ${sql.raw(CREATABLE_STATUSES.map((st) => STATUS_LABELS[st]).join(', '))}).'`,
    where: sql`s.is_new and s.status is not null and s.status not in (${list(CREATABLE_STATUSES)})`,
  });
  await flag({
    code: 'status_change',
    field: 'status',
    message: sql`s.tag || ' is ' || replace(s.cur_status, '_', ' ') || ' and the file says ' || replace(s.status, '_', ' ') || ': an import does not change the status of an existing asset (check it in, out, retire it... from the asset).'`,
    where: sql`not s.is_new and s.status is not null and s.status <> s.cur_status
      and not (s.status = 'in_use' and s.checkout_type is not null)`,
  });
  await flag({
    code: 'invalid_transition',
    field: 'checkoutType',
    message: sql`coalesce(s.tag, 'The asset') || ' is ' || replace(coalesce(s.cur_status, s.status), '_', ' ') || ' and cannot be checked out.'`,
    where: sql`s.checkout_type is not null and (
      (s.is_new and s.status is not null and s.status not in (${list(CHECKOUT_FROM)}))
      or (not s.is_new and s.cur_status not in (${list(CHECKOUT_FROM)}) and s.cur_status is distinct from s.status
          and not exists (select 1 from assets a where a.id = s.asset_id and (
            (s.checkout_type = 'person' and a.assigned_person_id is not distinct from s.person_id)
            or (s.checkout_type = 'location' and a.assigned_location_id is not distinct from s.assigned_location_id)
            or (s.checkout_type = 'asset' and a.assigned_asset_id is not distinct from s.assigned_asset_id)))))`,
  });

  // Custom fields of the category: known, required on new assets, unique.
  const categoryOf = sql`coalesce(s.category_id, ${NIL})`;
  const knownPairs = [...c.fieldsByCategory].flatMap(([cat, defs]) => defs.map((d) => sql`(${cat}::uuid, ${d.key})`));
  {
    const n = await db.execute(sql`
      insert into import_problems (import_id, row_number, severity, code, message, field)
      select ${c.importId}::uuid, s.row_number, 'error', 'custom_field_not_in_category',
        'Row ' || s.row_number || ': the category of ' || coalesce(s.model_name, s.model_number, 'the model') || ' has no custom field "' || k.key || '".',
        'custom:' || k.key
      from ${t} s, jsonb_object_keys(s.custom) k(key)
      where ${knownPairs.length ? sql`(${categoryOf}, k.key) not in (${sql.join(knownPairs, sql`, `)})` : sql`true`}
        and s.category_id is not null`);
    if (affected(n) > 0) counts.custom_field_not_in_category = affected(n);
  }
  for (const [categoryId, defs] of c.fieldsByCategory) {
    for (const d of defs) {
      const column = c.columns.get(`custom:${d.key}`);
      if (d.required) {
        await flag({
          code: 'custom_field_required',
          field: `custom:${d.key}`,
          message: sql`${`${d.label} is required for this category.`}`,
          where: sql`s.is_new and s.category_id = ${categoryId}::uuid and not (s.custom ? ${d.key})`,
        });
      }
      if (d.unique && column) {
        await flag({
          code: 'custom_field_not_unique',
          field: `custom:${d.key}`,
          message: sql`${`${d.label} must be unique: `} || (s.custom ->> ${d.key}) || ' is also in row ' || (select min(o.row_number) from ${t} o
            where o.category_id = s.category_id and o.custom -> ${d.key} = s.custom -> ${d.key}) || '.'`,
          where: sql`s.category_id = ${categoryId}::uuid and s.custom ? ${d.key} and exists (select 1 from ${t} o
            where o.category_id = s.category_id and o.custom -> ${d.key} = s.custom -> ${d.key} and o.row_number < s.row_number)`,
        });
        await flag({
          code: 'custom_field_not_unique',
          field: `custom:${d.key}`,
          message: sql`${`${d.label} must be unique: `} || (s.custom ->> ${d.key}) || ' is already used by asset ' || (select a.tag from assets a
            where a.category_id = s.category_id and a.custom_fields -> ${d.key} = s.custom -> ${d.key} limit 1) || '.'`,
          where: sql`s.category_id = ${categoryId}::uuid and s.custom ? ${d.key} and exists (select 1 from assets a
            where a.category_id = s.category_id and a.custom_fields -> ${d.key} = s.custom -> ${d.key} and a.id is distinct from s.asset_id)`,
        });
      }
    }
  }
  return counts;
}
