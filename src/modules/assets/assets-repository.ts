/** Data access for assets and their events. No rules here. */
import { and, eq, getTableColumns, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.js';
import {
  assetEvents,
  assetRollupCounts,
  assets,
  locations,
  models,
  ORGANISATION_ROLLUP_ID,
  people,
} from '../../platform/db/schema-all.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { escapeLike } from '../../platform/db/like.js';

export type AssetRow = typeof assets.$inferSelect;
export type AssetInsert = typeof assets.$inferInsert;
export type AssetEventInsert = typeof assetEvents.$inferInsert;

/**
 * The asset with the names the API shows beside the ids. Scalar subqueries rather than eight joins:
 * the planner handles each as one index lookup, where planning a nine-way join cost more than
 * running it (measured: ~10 ms per lookup on PGlite, against ~1 ms this way).
 */
const nameOf = <T>(table: SQL, column: SQL, id: AnyColumn) =>
  sql<T>`(select n.${column} from ${table} n where n.id = ${id})`;

export const assetDetailColumns = {
  asset: assets,
  modelName: nameOf<string>(sql`models`, sql`name`, assets.modelId),
  modelTracking: nameOf<string>(sql`models`, sql`tracking`, assets.modelId),
  categoryName: nameOf<string>(sql`categories`, sql`name`, assets.categoryId),
  manufacturerName: nameOf<string | null>(sql`manufacturers`, sql`name`, assets.manufacturerId),
  supplierName: nameOf<string | null>(sql`suppliers`, sql`name`, assets.supplierId),
  locationCode: nameOf<string | null>(sql`locations`, sql`code`, assets.locationId),
  locationName: nameOf<string | null>(sql`locations`, sql`name`, assets.locationId),
  personName: nameOf<string | null>(sql`people`, sql`name`, assets.assignedPersonId),
  assignedLocationName: nameOf<string | null>(sql`locations`, sql`name`, assets.assignedLocationId),
  parentAssetTag: nameOf<string | null>(sql`assets`, sql`tag`, assets.assignedAssetId),
};

export type AssetDetailRow = {
  asset: AssetRow;
  modelName: string;
  modelTracking: string;
  categoryName: string;
  manufacturerName: string | null;
  supplierName: string | null;
  locationCode: string | null;
  locationName: string | null;
  personName: string | null;
  assignedLocationName: string | null;
  parentAssetTag: string | null;
};

function detailQuery(db: Db) {
  return db.select(assetDetailColumns).from(assets);
}

export async function findAssetDetail(db: Db, where: SQL): Promise<AssetDetailRow | undefined> {
  const [row] = await detailQuery(db).where(where).limit(1);
  return row as AssetDetailRow | undefined;
}

/**
 * The asset lookups behind GET /assets/:id and /assets/by-tag/:tag, prepared once per database
 * (named statements on a PostgreSQL server: parsed and planned once per connection, which at 1M
 * assets is most of the time of the query itself). For callers whose scope is the whole
 * organisation; scoped callers go through `findAssetDetail` with their scope condition.
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepareLookups>>();

function prepareLookups(db: Db) {
  return {
    byId: detailQuery(db)
      .where(eq(assets.id, sql.placeholder('id')))
      .limit(1)
      .prepare('asset_detail_by_id'),
    byTag: detailQuery(db)
      .where(sql`lower(${assets.tag}) = ${sql.placeholder('tag')}`)
      .limit(1)
      .prepare('asset_detail_by_tag'),
  };
}

export async function findAssetDetailPrepared(
  db: Db,
  key: { id: string } | { tag: string },
): Promise<AssetDetailRow | undefined> {
  let lookups = prepared.get(db);
  if (!lookups) prepared.set(db, (lookups = prepareLookups(db)));
  const [row] =
    'id' in key
      ? await lookups.byId.execute({ id: key.id })
      : await lookups.byTag.execute({ tag: key.tag.trim().toLowerCase() });
  return row as AssetDetailRow | undefined;
}

export interface AssetStateRow {
  id: string;
  status: string;
  location_id: string | null;
  assigned_person_id: string | null;
  assigned_location_id: string | null;
  assigned_asset_id: string | null;
  request_reference: string | null;
  expected_return_date: string | null;
}

const assetColumns = getTableColumns(assets);
const { asset: _asset, ...nameColumns } = assetDetailColumns;

/**
 * Sets status, location and assignee of many assets in one statement (an action on a selection, a
 * batch of scans) and returns the updated rows with their names, from the same statement.
 */
export async function updateAssetsFromRows(db: Db, rows: AssetStateRow[]): Promise<AssetDetailRow[]> {
  const out: AssetDetailRow[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const v = (column: string) => sql.raw(`v.${column}`);
    const updated = await db
      .update(assets)
      .set({
        status: sql`${v('status')}`,
        locationId: sql`${v('location_id')}`,
        assignedPersonId: sql`${v('assigned_person_id')}`,
        assignedLocationId: sql`${v('assigned_location_id')}`,
        assignedAssetId: sql`${v('assigned_asset_id')}`,
        requestReference: sql`${v('request_reference')}`,
        expectedReturnDate: sql`${v('expected_return_date')}`,
        version: sql`${assets.version} + 1`,
        updatedAt: sql`now()`,
      })
      .from(
        sql`jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(
          id uuid, status text, location_id uuid, assigned_person_id uuid, assigned_location_id uuid,
          assigned_asset_id uuid, request_reference text, expected_return_date date)`,
      )
      .where(sql`${assets.id} = v.id`)
      .returning({ ...assetColumns, ...nameColumns });
    for (const row of updated) {
      const asset = Object.fromEntries(Object.keys(assetColumns).map((k) => [k, row[k as keyof typeof row]]));
      const names = Object.fromEntries(Object.keys(nameColumns).map((k) => [k, row[k as keyof typeof row]]));
      out.push({ asset, ...names } as unknown as AssetDetailRow);
    }
  }
  return out;
}

/** The current assignee's name or tag for each asset that has one (three queries at most). */
export async function assigneeLabels(db: Db, rows: AssetRow[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const personIds = [...new Set(rows.flatMap((r) => (r.assignedPersonId ? [r.assignedPersonId] : [])))];
  const locationIds = [...new Set(rows.flatMap((r) => (r.assignedLocationId ? [r.assignedLocationId] : [])))];
  const assetIds = [...new Set(rows.flatMap((r) => (r.assignedAssetId ? [r.assignedAssetId] : [])))];
  const names = new Map<string, string>();
  if (personIds.length) {
    for (const p of await db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(inArray(people.id, personIds))) {
      names.set(p.id, p.name);
    }
  }
  if (locationIds.length) {
    for (const l of await db
      .select({ id: locations.id, name: locations.name })
      .from(locations)
      .where(inArray(locations.id, locationIds))) {
      names.set(l.id, l.name);
    }
  }
  if (assetIds.length) {
    for (const a of await db
      .select({ id: assets.id, tag: assets.tag })
      .from(assets)
      .where(inArray(assets.id, assetIds))) {
      names.set(a.id, a.tag);
    }
  }
  for (const r of rows) {
    const id = r.assignedPersonId ?? r.assignedLocationId ?? r.assignedAssetId;
    if (id && names.has(id)) labels.set(r.id, names.get(id)!);
  }
  return labels;
}

export const byId = (id: string) => eq(assets.id, id);
export const byTag = (tag: string) => sql`lower(${assets.tag}) = ${tag.trim().toLowerCase()}`;

/** Locks the assets for an action, in id order so that concurrent bulk actions cannot deadlock. */
export async function lockAssets(db: Db, ids: string[]): Promise<AssetRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(assets)
    .where(sql`${assets.id} in ${ids}`)
    .orderBy(assets.id)
    .for('update');
}

export async function insertAssets(db: Db, rows: AssetInsert[]): Promise<AssetRow[]> {
  const out: AssetRow[] = [];
  for (let i = 0; i < rows.length; i += 500)
    out.push(
      ...(await db
        .insert(assets)
        .values(rows.slice(i, i + 500))
        .returning()),
    );
  return out;
}

export async function updateAsset(db: Db, id: string, values: Partial<AssetInsert>): Promise<AssetRow> {
  const [row] = await db
    .update(assets)
    .set({ ...values, version: sql`${assets.version} + 1`, updatedAt: new Date() })
    .where(eq(assets.id, id))
    .returning();
  return row!;
}

export async function insertEvents(db: Db, rows: AssetEventInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(assetEvents).values(rows.slice(i, i + 1000));
}

export async function eventsOf(db: Db, assetId: string, beforeId: number | undefined, limit: number) {
  return db
    .select()
    .from(assetEvents)
    .where(and(eq(assetEvents.assetId, assetId), beforeId ? sql`${assetEvents.id} < ${beforeId}` : undefined))
    .orderBy(sql`${assetEvents.id} desc`)
    .limit(limit + 1);
}

export interface AssetListFilter {
  status?: string[] | undefined;
  categoryId?: string | undefined;
  modelId?: string | undefined;
  manufacturerId?: string | undefined;
  /** With its subtree. */
  locationId?: string | undefined;
  personId?: string | undefined;
  supplierId?: string | undefined;
  purchasedFrom?: string | undefined;
  purchasedTo?: string | undefined;
  warrantyBefore?: string | undefined;
  customFields?: Record<string, string> | undefined;
  q?: string | undefined;
  scope?: SQL | undefined;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

export const assetSortColumns = {
  tag: sql`lower(${assets.tag})`,
  status: assets.status,
  createdAt: assets.createdAt,
  updatedAt: assets.updatedAt,
  purchaseDate: sql`coalesce(${assets.purchaseDate}, '0001-01-01'::date)`,
  warrantyEnd: sql`coalesce(${assets.warrantyEnd}, '0001-01-01'::date)`,
} as const;
export type AssetSortField = keyof typeof assetSortColumns;

export function assetCursor(row: AssetRow, field: AssetSortField): unknown[] {
  const value = {
    tag: row.tag.toLowerCase(),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    purchaseDate: row.purchaseDate ?? '0001-01-01',
    warrantyEnd: row.warrantyEnd ?? '0001-01-01',
  }[field];
  return [value, row.id];
}

/** The text of an asset that free-text search matches (the trigram index `assets_search_trgm`). */
const ASSET_TEXT = sql.raw(
  `lower(assets.tag || ' ' || coalesce(assets.serial, '') || ' ' || coalesce(assets.name, '') || ' ' || coalesce(assets.notes, ''))`,
);

/**
 * The ids of one page of a search sorted by tag, as three branches each bounded to the page size:
 * the assets whose own text matches (trigram index), the first assets in tag order of each person
 * whose name matches (index on holder, tag) and of each matching model (index on model, tag).
 * Every filter, the scope and the cursor apply inside each branch, so the first page of the union
 * is the first page of the search. Unbounded, the holder and model branches read every asset of
 * every match (a common surname: thousands of rows at 1M assets, 250-370 ms; bounded, 15-70 ms).
 */
function searchPageByTag(
  f: AssetListFilter,
  conditions: (SQL | undefined)[],
  pattern: string,
  matching: (table: SQL) => SQL,
): SQL {
  const n = f.limit + 1;
  const dir = f.sort.descending ? sql.raw('desc') : sql.raw('asc');
  const filters = and(...conditions) ?? sql`true`;
  const key = sql`lower(${assets.tag})`;
  return sql`
    with text_hits as materialized (
      -- Materialised: left to itself the planner may walk the tag index in order and test every
      -- asset's text, the full scan this replaces when the text is rare.
      select ${assets.id} as id, ${key} as k from ${assets} where ${ASSET_TEXT} like ${pattern} and ${filters}),
    hits as (
      (select id, k from text_hits order by 2 ${dir}, 1 ${dir} limit ${n})
      union all
      (select x.id, x.k from ${matching(sql`${people}`)} p cross join lateral (
          select ${assets.id} as id, ${key} as k from ${assets}
          where ${assets.assignedPersonId} = p.id and ${filters} order by 2 ${dir}, 1 ${dir} limit ${n}) x
        order by 2 ${dir}, 1 ${dir} limit ${n})
      union all
      (select x.id, x.k from ${matching(sql`${models}`)} m cross join lateral (
          select ${assets.id} as id, ${key} as k from ${assets}
          where ${assets.modelId} = m.id and ${filters} order by 2 ${dir}, 1 ${dir} limit ${n}) x
        order by 2 ${dir}, 1 ${dir} limit ${n}))
    select id from (select distinct id, k from hits order by k ${dir}, id ${dir} limit ${n}) page`;
}

/** What every filter but the free text asks, as conditions on `assets`. */
function filterConditions(f: Omit<AssetListFilter, 'sort' | 'cursor' | 'limit'>): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [f.scope];
  if (f.status?.length) conditions.push(sql`${assets.status} in ${f.status}`);
  if (f.categoryId) conditions.push(eq(assets.categoryId, f.categoryId));
  if (f.modelId) conditions.push(eq(assets.modelId, f.modelId));
  if (f.manufacturerId) conditions.push(eq(assets.manufacturerId, f.manufacturerId));
  if (f.personId) conditions.push(eq(assets.assignedPersonId, f.personId));
  if (f.supplierId) conditions.push(eq(assets.supplierId, f.supplierId));
  if (f.purchasedFrom) conditions.push(sql`${assets.purchaseDate} >= ${f.purchasedFrom}`);
  if (f.purchasedTo) conditions.push(sql`${assets.purchaseDate} <= ${f.purchasedTo}`);
  if (f.warrantyBefore) conditions.push(sql`${assets.warrantyEnd} < ${f.warrantyBefore}`);
  if (f.locationId) {
    conditions.push(sql`${assets.locationId} in (
      select d.id from ${locations} d, ${locations} r where r.id = ${f.locationId} and d.path like r.path || '%')`);
  }
  for (const [key, value] of Object.entries(f.customFields ?? {})) {
    conditions.push(sql`${assets.customFields} ->> ${key} = ${value}`);
  }
  return conditions;
}

interface TextMatch {
  pattern: string;
  /** The ids of people or models (`table`) whose name matches. */
  matching: (table: SQL) => SQL;
}

function textMatch(text: string): TextMatch {
  const q = text.trim().toLowerCase();
  const pattern = `%${escapeLike(q)}%`;
  // Substring matches everywhere; close matches for typos ("lattitude", "jonson") on the names of
  // people and models (`q <% name`, pg_trgm word similarity on the same trigram indexes), only
  // when no name contains the text as typed: a real surname is word-similar to thousands of
  // others (measured: "carr" matched 657 names and was close to 2,920, 35 ms of rechecks alone).
  // On tags and serials typo tolerance scanned far too much at 1M assets.
  const fuzzy = q.length >= 4;
  const matching = (table: SQL) =>
    fuzzy
      ? sql`(select id from ${table} where lower(name) like ${pattern}
             union all
             select id from ${table} where ${q} <% lower(name)
               and not exists (select 1 from ${table} where lower(name) like ${pattern}))`
      : sql`(select id from ${table} where lower(name) like ${pattern})`;
  return { pattern, matching };
}

/**
 * Free text as one condition: a union of three indexed lookups (trigram on the asset's own text,
 * the holder's name, the model's name), fetched by primary key: an OR across them would defeat
 * every index and scan all assets (measured at 100k assets: 224 ms as an OR, 13 ms this way).
 */
function textCondition({ pattern, matching }: TextMatch): SQL {
  return sql`${assets.id} = any(array(
    select assets.id from ${assets} where ${ASSET_TEXT} like ${pattern}
    union
    select a.id from ${assets} a where a.assigned_person_id in ${matching(sql`${people}`)}
    union
    select a.id from ${assets} a where a.model_id in ${matching(sql`${models}`)}))`;
}

export async function listAssets(db: Db, f: AssetListFilter): Promise<AssetDetailRow[]> {
  const column = assetSortColumns[f.sort.field as AssetSortField] ?? assetSortColumns.tag;
  const page = keyset(column, assets.id, f.sort, f.cursor);
  const conditions = [page.where, ...filterConditions(f)];
  if (f.q) {
    const text = textMatch(f.q);
    if (f.sort.field === 'tag') {
      return db
        .select(assetDetailColumns)
        .from(assets)
        .where(sql`${assets.id} in (${searchPageByTag(f, conditions, text.pattern, text.matching)})`)
        .orderBy(...page.orderBy)
        .limit(f.limit + 1) as Promise<AssetDetailRow[]>;
    }
    conditions.push(textCondition(text));
  }
  const rows = await detailQuery(db)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(f.limit + 1);
  return rows as AssetDetailRow[];
}

/** Counting stops here: "more than 10,000" is as useful as the exact figure and stays cheap. */
export const COUNT_CAP = 10_000;

/**
 * How many assets a list's filters match. Filters the rolled-up counts can answer (status,
 * category, model, location subtree, for a caller who sees everything) are summed from them,
 * exactly and at once; any other filter counts the matching rows up to `COUNT_CAP` + 1.
 */
export async function countAssets(
  db: Db,
  f: Omit<AssetListFilter, 'sort' | 'cursor' | 'limit'>,
): Promise<{ count: number; exact: boolean }> {
  const fromRollup =
    !f.scope &&
    !f.q &&
    !f.manufacturerId &&
    !f.personId &&
    !f.supplierId &&
    !f.purchasedFrom &&
    !f.purchasedTo &&
    !f.warrantyBefore &&
    Object.keys(f.customFields ?? {}).length === 0;
  if (fromRollup) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select coalesce(sum(c.count), 0)::int as n from ${assetRollupCounts} c
          where c.location_id = ${f.locationId ?? ORGANISATION_ROLLUP_ID}
            ${f.status?.length ? sql`and c.status in ${f.status}` : sql``}
            ${f.modelId ? sql`and c.model_id = ${f.modelId}` : sql``}
            ${f.categoryId ? sql`and c.model_id in (select id from ${models} where category_id = ${f.categoryId})` : sql``}`,
    );
    return { count: row?.n ?? 0, exact: true };
  }
  const conditions = filterConditions(f);
  if (f.q) conditions.push(textCondition(textMatch(f.q)));
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${assets} where ${and(...conditions) ?? sql`true`} limit ${COUNT_CAP + 1}) hits`,
  );
  const n = row?.n ?? 0;
  return n > COUNT_CAP ? { count: COUNT_CAP, exact: false } : { count: n, exact: true };
}
