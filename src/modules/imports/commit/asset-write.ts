/**
 * Writes the good rows of an asset import, set-based: tags generated from the tag pattern where
 * the file gave none, new assets inserted, existing ones (matched by tag) updated where the file
 * says something different, check-outs set through the status machine's outcome (the checks in
 * asset-resolve.ts refused the rows it forbids), and one asset event per asset created or changed
 * with source `import` and the import's id. The asset_counts trigger keeps stock levels right.
 * Rows that change nothing write nothing: importing the same file twice creates nothing new.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { queryRows } from '../../../platform/db/database.js';
import type { ActionContext } from '../../../platform/context.js';
import { nextTags } from '../../assets/asset-tags.js';
import { affected } from './problem-writer.js';

export interface AssetCounts {
  created: number;
  updated: number;
  checkedOut: number;
  unchanged: number;
}

/** The assignee of asset `a` as asset events record it. */
const assigneeJson = (a: string) =>
  sql.raw(`case
    when ${a}.assigned_person_id is not null then jsonb_build_object('type', 'person', 'id', ${a}.assigned_person_id,
      'label', (select p.name from people p where p.id = ${a}.assigned_person_id))
    when ${a}.assigned_location_id is not null then jsonb_build_object('type', 'location', 'id', ${a}.assigned_location_id,
      'label', (select l.name from locations l where l.id = ${a}.assigned_location_id))
    when ${a}.assigned_asset_id is not null then jsonb_build_object('type', 'asset', 'id', ${a}.assigned_asset_id,
      'label', (select x.tag from assets x where x.id = ${a}.assigned_asset_id))
  end`);

/**
 * Marks, in the staging table, the existing assets the file changes (an empty cell leaves a field
 * as it is) and those it checks out to someone else; counts what would be written.
 */
export async function markChanges(tx: Db, table: string): Promise<AssetCounts> {
  const t = sql.raw(table);
  await tx.execute(sql`update ${t} set changed = false, assignee_changed = false where changed or assignee_changed`);
  await tx.execute(sql`update ${t} s set
      assignee_changed = s.checkout_type is not null and not (
        (s.checkout_type = 'person' and a.assigned_person_id is not distinct from s.person_id)
        or (s.checkout_type = 'location' and a.assigned_location_id is not distinct from s.assigned_location_id)
        or (s.checkout_type = 'asset' and a.assigned_asset_id is not distinct from s.assigned_asset_id)),
      prev_location = a.location_id,
      prev_assignee = ${assigneeJson('a')}
    from assets a where a.id = s.asset_id and not s.bad and not s.is_new`);
  await tx.execute(sql`update ${t} s set changed = true from assets a
    where a.id = s.asset_id and not s.bad and not s.is_new and (
      s.assignee_changed
      or s.model_id is distinct from a.model_id
      or (s.serial is not null and s.serial is distinct from a.serial)
      or (s.name is not null and s.name is distinct from a.name)
      or (s.location_id is not null and s.location_id is distinct from a.location_id)
      or (s.supplier_id is not null and s.supplier_id is distinct from a.supplier_id)
      or (s.order_reference is not null and s.order_reference is distinct from a.order_reference)
      or (s.purchase_date is not null and s.purchase_date is distinct from a.purchase_date)
      or (s.purchase_cost is not null and s.purchase_cost is distinct from a.purchase_cost)
      or (s.currency is not null and s.currency is distinct from a.currency)
      or (s.warranty_end is not null and s.warranty_end is distinct from a.warranty_end)
      or (s.notes is not null and s.notes is distinct from a.notes)
      or not (a.custom_fields @> s.custom))`);
  const [summary] = await queryRows<{ created: number; updated: number; checked_out: number; unchanged: number }>(
    tx,
    sql`select count(*) filter (where s.is_new)::int as created,
        count(*) filter (where s.changed)::int as updated,
        count(*) filter (where s.checkout_type is not null and (s.is_new or s.assignee_changed))::int as checked_out,
        count(*) filter (where not s.is_new and not s.changed)::int as unchanged
      from ${t} s where not s.bad`,
  );
  return {
    created: Number(summary?.created ?? 0),
    updated: Number(summary?.updated ?? 0),
    checkedOut: Number(summary?.checked_out ?? 0),
    unchanged: Number(summary?.unchanged ?? 0),
  };
}

export async function writeAssets(
  tx: Db,
  ctx: ActionContext,
  table: string,
  importId: string,
  /** The changes marked by the dry-run step still hold (no reference was created since). */
  marked?: AssetCounts,
): Promise<AssetCounts> {
  const t = sql.raw(table);

  const [missing] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${t} s where not s.bad and s.is_new and s.tag is null`,
  );
  const count = Number(missing?.n ?? 0);
  if (count > 0) {
    const tags = await nextTags(tx, count);
    await tx.execute(sql`update ${t} s set tag = x.tag
      from (select row_number, row_number() over (order by row_number) as i from ${t}
            where not bad and is_new and tag is null) r
      join jsonb_array_elements_text(${JSON.stringify(tags)}::jsonb) with ordinality as x(tag, i) on x.i = r.i
      where s.row_number = r.row_number`);
  }

  const counts = marked ?? (await markChanges(tx, table));

  // New assets. A check-out makes them in use; they stand where the file says, or with whoever
  // holds them (the person's location, the parent asset's).
  const created = affected(
    await tx.execute(sql`
    insert into assets (id, tag, serial, model_id, manufacturer_id, category_id, name, status, location_id,
      assigned_person_id, assigned_location_id, assigned_asset_id, supplier_id, order_reference, purchase_date,
      purchase_cost, currency, warranty_end, custom_fields, notes)
    select s.new_id, s.tag, s.serial, s.model_id, m.manufacturer_id, m.category_id, s.name,
      case when s.checkout_type is not null then 'in_use' else coalesce(s.status, 'in_stock') end,
      coalesce(s.location_id,
        case when s.checkout_type = 'person' then (select p.location_id from people p where p.id = s.person_id)
             when s.checkout_type = 'asset' then (select x.location_id from assets x where x.id = s.assigned_asset_id) end),
      case when s.checkout_type = 'person' then s.person_id end,
      case when s.checkout_type = 'location' then s.assigned_location_id end,
      case when s.checkout_type = 'asset' then s.assigned_asset_id end,
      s.supplier_id, s.order_reference, s.purchase_date, coalesce(s.purchase_cost, m.default_unit_cost),
      coalesce(s.currency, m.currency), s.warranty_end, s.custom, s.notes
    from ${t} s join models m on m.id = s.model_id
    where not s.bad and s.is_new
    order by s.row_number`),
  );

  const updated = affected(
    await tx.execute(sql`update assets a set
      serial = coalesce(s.serial, a.serial), name = coalesce(s.name, a.name),
      model_id = s.model_id, manufacturer_id = m.manufacturer_id, category_id = m.category_id,
      location_id = coalesce(s.location_id, a.location_id), supplier_id = coalesce(s.supplier_id, a.supplier_id),
      order_reference = coalesce(s.order_reference, a.order_reference),
      purchase_date = coalesce(s.purchase_date, a.purchase_date),
      purchase_cost = coalesce(s.purchase_cost, a.purchase_cost), currency = coalesce(s.currency, a.currency),
      warranty_end = coalesce(s.warranty_end, a.warranty_end), notes = coalesce(s.notes, a.notes),
      custom_fields = a.custom_fields || s.custom,
      status = case when s.assignee_changed then 'in_use' else a.status end,
      assigned_person_id = case when not s.assignee_changed then a.assigned_person_id
        when s.checkout_type = 'person' then s.person_id end,
      assigned_location_id = case when not s.assignee_changed then a.assigned_location_id
        when s.checkout_type = 'location' then s.assigned_location_id end,
      assigned_asset_id = case when not s.assignee_changed then a.assigned_asset_id
        when s.checkout_type = 'asset' then s.assigned_asset_id end,
      request_reference = case when s.assignee_changed then null else a.request_reference end,
      expected_return_date = case when s.assignee_changed then null else a.expected_return_date end,
      version = a.version + 1, updated_at = now()
    from ${t} s join models m on m.id = s.model_id
    where a.id = s.asset_id and s.changed`),
  );

  // History: one event per asset created or changed, in file order.
  const data = sql`jsonb_build_object('importId', ${importId}::text, 'row', s.row_number)`;
  await tx.execute(sql`
    insert into asset_events (asset_id, action, actor_user_id, actor_label, source, status_from, status_to,
      location_from, location_to, assignee_from, assignee_to, data)
    select a.id, 'created', ${ctx.actor.userId}::uuid, ${ctx.actor.label}, ${ctx.source}, null, a.status,
      null, a.location_id, null, ${assigneeJson('a')}, ${data}
    from ${t} s join assets a on a.id = s.new_id
    where not s.bad and s.is_new
    order by s.row_number`);
  await tx.execute(sql`
    insert into asset_events (asset_id, action, actor_user_id, actor_label, source, status_from, status_to,
      location_from, location_to, assignee_from, assignee_to, data)
    select a.id, case when s.assignee_changed then 'check_out' else 'updated' end,
      ${ctx.actor.userId}::uuid, ${ctx.actor.label}, ${ctx.source}, s.cur_status, a.status,
      s.prev_location, a.location_id, s.prev_assignee, ${assigneeJson('a')},
      ${data} || case when s.assignee_changed and s.cur_status = 'in_use' then '{"transfer": true}'::jsonb else '{}'::jsonb end
    from ${t} s join assets a on a.id = s.asset_id
    where s.changed
    order by s.row_number`);

  return { ...counts, created, updated };
}
