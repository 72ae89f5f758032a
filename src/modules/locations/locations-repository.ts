/**
 * The location tree's storage. A location's `path` is its ancestors' ids and its own, each followed
 * by '/', so "in this subtree" is an indexed prefix match (`locations_path_idx`, text_pattern_ops),
 * children are found through `locations_parent_idx`, and search uses the trigram index
 * `locations_search_trgm` on lower(name || ' ' || code).
 */
import { and, eq, getTableColumns, inArray, isNull, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { locations, roleGrants } from '../../platform/db/schema.js';
import { assetCounts, assetRollupCounts, assets, people } from '../../platform/db/registry-schema.js';
import { keyset } from '../../platform/http/pagination.js';
import { escapeLike } from '../../platform/db/like.js';

export type LocationRow = typeof locations.$inferSelect;
export const LOCATION_KINDS = ['site', 'building', 'floor', 'room', 'stockroom', 'other'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Asset statuses of things no longer physically anywhere: they do not keep a location occupied. */
export const GONE_STATUSES = ['disposed', 'lost', 'stolen'] as const;

export async function findLocation(db: Db, id: string): Promise<LocationRow | undefined> {
  const [row] = await db.select().from(locations).where(eq(locations.id, id));
  return row;
}

/**
 * Reads a location and locks it: `update` for the location being changed, `share` for a parent
 * that must not move or be archived while a child is added under it.
 */
export async function lockLocation(db: Db, id: string, mode: 'update' | 'share'): Promise<LocationRow | undefined> {
  const [row] = await db.select().from(locations).where(eq(locations.id, id)).for(mode);
  return row;
}

export async function findLocationByCode(db: Db, code: string): Promise<LocationRow | undefined> {
  const [row] = await db
    .select()
    .from(locations)
    .where(sql`lower(${locations.code}) = ${code.trim().toLowerCase()}`);
  return row;
}

export async function insertLocation(
  db: Db,
  values: {
    parent: LocationRow | null;
    kind: LocationKind;
    code: string;
    name: string;
    address?: string | null;
    managerPersonId?: string | null;
    notes?: string | null;
  },
): Promise<LocationRow> {
  const id = crypto.randomUUID();
  const path = `${values.parent?.path ?? '/'}${id}/`;
  const [row] = await db
    .insert(locations)
    .values({
      id,
      parentId: values.parent?.id ?? null,
      kind: values.kind,
      code: values.code.trim(),
      name: values.name.trim(),
      path,
      depth: (values.parent?.depth ?? -1) + 1,
      address: values.address ?? null,
      managerPersonId: values.managerPersonId ?? null,
      notes: values.notes ?? null,
    })
    .returning();
  return row!;
}

export async function rootLocations(db: Db): Promise<LocationRow[]> {
  return db
    .select()
    .from(locations)
    .where(and(isNull(locations.parentId), isNull(locations.archivedAt)))
    .orderBy(locations.name);
}

/**
 * A condition limiting `locationColumn` to the given subtrees: what a location-scoped role may see.
 * Every module that lists or changes things at locations applies it with the caller's scope.
 */
export function withinSubtrees(locationColumn: AnyColumn, subtreeRootIds: string[]): SQL {
  if (subtreeRootIds.length === 0) return sql`false`;
  return sql`exists (select 1 from ${locations} l join ${locations} root on l.path like root.path || '%'
    where l.id = ${locationColumn} and root.id in ${subtreeRootIds})`;
}

// ---------------------------------------------------------------------------------------------
// Browsing

/** With its number of children and its sort key as the database computed it (for the cursor). */
export type LocationWithChildCount = LocationRow & { childCount: number; sortKey: string };

const childCountOf = (includeArchived: boolean) =>
  // Written out qualified: Drizzle leaves column names unqualified in a one-table select list.
  sql<number>`(select count(*)::int from ${locations} child where child.parent_id = "locations"."id"${
    includeArchived ? sql`` : sql` and child.archived_at is null`
  })`;

export const locationSortKey = sql`lower(${locations.name})`;

export interface ChildrenQuery {
  parentId: string | null;
  includeArchived: boolean;
  /** Extra condition on the children (the caller's visibility). */
  visible?: SQL | undefined;
  cursor: unknown[] | undefined;
  limit: number;
}

/** One page of a node's children (or of the roots), by name, each with its number of children. */
export async function listChildren(db: Db, query: ChildrenQuery): Promise<LocationWithChildCount[]> {
  const page = keyset(locationSortKey, locations.id, { field: 'name', descending: false }, query.cursor);
  return db
    .select({
      ...getTableColumns(locations),
      childCount: childCountOf(query.includeArchived),
      sortKey: sql<string>`${locationSortKey}`,
    })
    .from(locations)
    .where(
      and(
        query.parentId === null ? isNull(locations.parentId) : eq(locations.parentId, query.parentId),
        query.includeArchived ? undefined : isNull(locations.archivedAt),
        query.visible,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
}

export async function countChildren(db: Db, parentId: string, includeArchived = false): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(locations)
    .where(and(eq(locations.parentId, parentId), includeArchived ? undefined : isNull(locations.archivedAt)));
  return row?.n ?? 0;
}

/** Id, code and name of the given locations, for breadcrumbs: one query whatever the number. */
export async function locationRefs(db: Db, ids: string[]): Promise<Map<string, LocationRef>> {
  const unique = [...new Set(ids)];
  const map = new Map<string, LocationRef>();
  if (unique.length === 0) return map;
  const rows = await db
    .select({ id: locations.id, code: locations.code, name: locations.name })
    .from(locations)
    .where(inArray(locations.id, unique));
  for (const r of rows) map.set(r.id, r);
  return map;
}

export interface LocationRef {
  id: string;
  code: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Search

export type LocationHitRow = Pick<
  LocationRow,
  'id' | 'parentId' | 'kind' | 'code' | 'name' | 'path' | 'depth' | 'archivedAt'
>;

export interface SearchQuery {
  /** Already trimmed, at least one character. */
  q: string;
  kind?: LocationKind | undefined;
  /** Only below this path (a subtree, the location itself included). */
  underPath?: string | undefined;
  includeArchived: boolean;
  visible?: SQL | undefined;
  limit: number;
}

export { escapeLike };

/** The expression the trigram index is built on: a query must use exactly this to be served by it. */
const searchText = sql`lower(${locations.name} || ' ' || ${locations.code})`;

const hitColumns = {
  id: locations.id,
  parentId: locations.parentId,
  kind: locations.kind,
  code: locations.code,
  name: locations.name,
  path: locations.path,
  depth: locations.depth,
  archivedAt: locations.archivedAt,
};

/**
 * Depth windows a short search walks through, shallowest first: each is one query, and the walk
 * stops once the page is full, so "l" answers from the sites and buildings without ranking the
 * thousands of rooms whose code starts with an L.
 */
const SHORT_QUERY_WINDOWS: [number, number][] = [
  [0, 1],
  [2, 2],
  [3, 3],
  [4, 1000],
];

/** The sites and their children (depths 0 and 1), through the parent index. */
async function topTwoLevels(db: Db): Promise<SQL> {
  const roots = await db.select({ id: locations.id }).from(locations).where(isNull(locations.parentId));
  const ids = roots.map((r) => r.id);
  return ids.length > 0 ? sql`(${isNull(locations.parentId)} or ${inArray(locations.parentId, ids)})` : sql`false`;
}

/**
 * Search-as-you-type by name or code.
 *
 * - Three characters or more: a substring of the name or the code, served by the trigram index
 *   (`locations_search_trgm`, the query uses exactly its expression). Ranked: exact code, code
 *   starting with the text, name starting with it, the rest; then shallower first, then by name.
 * - One or two characters (too short for a substring to mean much, or for trigrams): codes and
 *   names starting with them. Ranked: exact code, then shallower first (sites, then buildings...),
 *   code before name matches, by name. Served by the trigram index's word-start trigrams when the
 *   text is letters and digits, and fetched one depth window at a time until the page is full.
 */
export async function searchLocations(db: Db, query: SearchQuery): Promise<LocationHitRow[]> {
  const q = query.q.toLowerCase();
  const prefix = `${escapeLike(q)}%`;
  const lowerCode = sql`lower(${locations.code})`;
  const lowerName = sql`lower(${locations.name})`;
  const common = [
    query.includeArchived ? undefined : isNull(locations.archivedAt),
    query.kind ? eq(locations.kind, query.kind) : undefined,
    query.underPath ? sql`${locations.path} like ${`${query.underPath}%`}` : undefined,
    query.visible,
  ];

  if (q.length >= 3) {
    return db
      .select(hitColumns)
      .from(locations)
      .where(and(sql`${searchText} like ${`%${escapeLike(q)}%`}`, ...common))
      .orderBy(
        sql`case when ${lowerCode} = ${q} then 0 when ${lowerCode} like ${prefix} then 1 when ${lowerName} like ${prefix} then 2 else 3 end`,
        locations.depth,
        lowerName,
        locations.id,
      )
      .limit(query.limit);
  }

  const exact = await db
    .select(hitColumns)
    .from(locations)
    .where(and(sql`${lowerCode} = ${q}`, ...common));
  const hits: LocationHitRow[] = [...exact];
  const startsWith = sql`(${lowerCode} like ${prefix} or ${lowerName} like ${prefix})`;
  // Every code or name starting with q has a word starting with q: a superset the index can find.
  const wordStart = /^[\p{L}\p{N}]+$/u.test(q)
    ? sql`(${searchText} like ${prefix} or ${searchText} like ${`% ${prefix}`})`
    : undefined;
  for (const [from, to] of SHORT_QUERY_WINDOWS) {
    if (hits.length >= query.limit) break;
    const rows = await db
      .select(hitColumns)
      .from(locations)
      .where(
        and(
          // The top levels are few: found through the parent index rather than by scanning.
          from === 0 ? await topTwoLevels(db) : sql`${locations.depth} between ${from}::int and ${to}::int`,
          from === 0 ? undefined : wordStart,
          startsWith,
          sql`${lowerCode} <> ${q}`,
          ...common,
        ),
      )
      .orderBy(locations.depth, sql`${lowerCode} like ${prefix} desc`, lowerName, locations.id)
      .limit(query.limit - hits.length);
    hits.push(...rows);
  }
  return hits.slice(0, query.limit);
}

// ---------------------------------------------------------------------------------------------
// Changes

/** Updates when the version matches; undefined when someone else changed the location first. */
export async function updateLocationVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof locations.$inferInsert>,
): Promise<LocationRow | undefined> {
  const [row] = await db
    .update(locations)
    .set({ ...values, version: sql`${locations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(locations.id, id), eq(locations.version, version)))
    .returning();
  return row;
}

/** Locks a location and everything below it (before its paths are rewritten). */
export async function lockSubtree(db: Db, path: string): Promise<{ count: number; maxDepth: number }> {
  const rows = await queryRows<{ depth: number }>(
    db,
    sql`select depth from ${locations} where path like ${`${path}%`} for update`,
  );
  return { count: rows.length, maxDepth: rows.reduce((m, r) => Math.max(m, r.depth), 0) };
}

/**
 * Moves a location and its whole subtree under a new parent in one set-based UPDATE: every path
 * gets its old prefix replaced and every depth shifts by the same amount. The moved location's own
 * parent and version change with it. Returns the number of rows rewritten.
 */
export async function moveSubtree(db: Db, node: LocationRow, newParent: LocationRow): Promise<number> {
  const newPath = `${newParent.path}${node.id}/`;
  const shift = newParent.depth + 1 - node.depth;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update ${locations} set
          path = ${newPath}::text || substr(path, ${node.path.length + 1}),
          depth = depth + ${shift}::int,
          parent_id = case when id = ${node.id} then ${newParent.id}::uuid else parent_id end,
          version = case when id = ${node.id} then version + 1 else version end,
          updated_at = case when id = ${node.id} then now() else updated_at end
        where path like ${`${node.path}%`}
        returning id`,
  );
  return rows.length;
}

/**
 * Keeps the rolled-up counts out of concurrent asset changes until the move commits: the count
 * triggers read each location's path, so a change must see either the old paths and be moved
 * with the subtree's totals, or the new paths once the move is done.
 */
export async function lockRollupCounts(db: Db): Promise<void> {
  await db.execute(sql`lock table ${assetRollupCounts} in share row exclusive mode`);
}

/**
 * Shifts a subtree's rolled-up totals from its old ancestors to its new ones (common ancestors
 * cancel out). Paths are of the parents, before and after the move.
 */
export async function shiftRollupCounts(
  db: Db,
  nodeId: string,
  oldParentPath: string,
  newParentPath: string,
): Promise<void> {
  await db.execute(sql`
    with totals as (
      select model_id, status, sum(count)::int as n from ${assetRollupCounts}
      where location_id = ${nodeId} group by 1, 2 having sum(count) <> 0
    ), moves as (
      select a::uuid as ancestor, t.model_id, t.status, -t.n as delta
      from totals t cross join unnest(string_to_array(trim(both '/' from ${oldParentPath}::text), '/')) as a
      union all
      select a::uuid, t.model_id, t.status, t.n
      from totals t cross join unnest(string_to_array(trim(both '/' from ${newParentPath}::text), '/')) as a
    )
    insert into ${assetRollupCounts} (location_id, model_id, status, shard, count)
    select ancestor, model_id, status, 0, sum(delta) from moves
    group by 1, 2, 3 having sum(delta) <> 0 order by 1, 2, 3
    on conflict (location_id, model_id, status, shard) do update set count = ${assetRollupCounts}.count + excluded.count`);
}

// ---------------------------------------------------------------------------------------------
// What is at a location

/** Counts of individually tracked assets at a location by status, from the maintained counts. */
export async function assetCountsAt(db: Db, locationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: assetCounts.status, n: sql<number>`sum(${assetCounts.count})::int` })
    .from(assetCounts)
    .where(eq(assetCounts.locationId, locationId))
    .groupBy(assetCounts.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** The same counts for the location and everything below it, from the rolled-up counts. */
export async function assetCountsWithin(db: Db, locationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: assetRollupCounts.status, n: sql<number>`sum(${assetRollupCounts.count})::int` })
    .from(assetRollupCounts)
    .where(eq(assetRollupCounts.locationId, locationId))
    .groupBy(assetRollupCounts.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** People located at a location who have not left. */
export async function peopleCountAt(db: Db, locationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.locationId, locationId), sql`${people.status} <> 'left'`));
  return row?.n ?? 0;
}

export interface Occupancy {
  children: number;
  assets: number;
  assignedAssets: number;
  people: number;
  grants: number;
}

/** What keeps a location from being archived. */
export async function occupancyOf(db: Db, locationId: string): Promise<Occupancy> {
  const gone = sql.join(
    GONE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const [row] = await queryRows<Occupancy>(
    db,
    sql`select
      (select count(*)::int from ${locations} where parent_id = ${locationId} and archived_at is null) as children,
      (select coalesce(sum(count), 0)::int from ${assetCounts}
        where location_id = ${locationId} and status not in (${gone})) as assets,
      (select count(*)::int from ${assets}
        where assigned_location_id = ${locationId} and status not in (${gone})) as "assignedAssets",
      (select count(*)::int from ${people} where location_id = ${locationId} and status <> 'left') as people,
      (select count(*)::int from ${roleGrants} where location_id = ${locationId}) as grants`,
  );
  return row!;
}
