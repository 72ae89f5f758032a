/**
 * The few reads that only exports need: the custom fields of a page of categories, and the
 * location tree as a flat, keyset-paged list (the tree's own list browses one level at a time).
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.js';
import { containsPattern } from '../catalog/catalog-kit.js';
import { customFieldDefinitions, locations, people } from '../../platform/db/schema-all.js';

export type FieldDefinitionRow = typeof customFieldDefinitions.$inferSelect;

/** The unarchived custom fields of these categories, in their order, by category. */
export async function fieldsOfCategories(db: Db, categoryIds: string[]): Promise<Map<string, FieldDefinitionRow[]>> {
  const map = new Map<string, FieldDefinitionRow[]>(categoryIds.map((id) => [id, []]));
  if (categoryIds.length === 0) return map;
  const rows = await db
    .select()
    .from(customFieldDefinitions)
    .where(and(inArray(customFieldDefinitions.categoryId, categoryIds), isNull(customFieldDefinitions.archivedAt)))
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
  for (const r of rows) map.get(r.categoryId)?.push(r);
  return map;
}

export interface LocationExportRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  depth: number;
  parentCode: string | null;
  address: string | null;
  managerName: string | null;
  managerEmail: string | null;
  notes: string | null;
  archivedAt: Date | null;
  sortName: string;
}

export interface LocationExportQuery {
  /** Only this subtree (the location's path), the location itself included. */
  underPath?: string | undefined;
  /** Part of the name or code. */
  q?: string | undefined;
  includeArchived: boolean;
  /** The caller's scope, as a condition on `locations.path`. */
  visible?: SQL | undefined;
  cursor: unknown[] | undefined;
  limit: number;
}

const parent = alias(locations, 'parent');

/**
 * Locations shallowest first, then by name: every parent comes before its children, so the file
 * imports back in one pass.
 */
export async function listLocationsFlat(db: Db, query: LocationExportQuery): Promise<LocationExportRow[]> {
  const sortName = sql<string>`lower(${locations.name})`;
  const after = query.cursor
    ? sql`(${locations.depth}, ${sortName}, ${locations.id}) > (${query.cursor[0]}, ${query.cursor[1]}, ${query.cursor[2]})`
    : undefined;
  return db
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      kind: locations.kind,
      depth: locations.depth,
      parentCode: parent.code,
      address: locations.address,
      managerName: people.name,
      managerEmail: people.email,
      notes: locations.notes,
      archivedAt: locations.archivedAt,
      sortName,
    })
    .from(locations)
    .leftJoin(parent, eq(parent.id, locations.parentId))
    .leftJoin(people, eq(people.id, locations.managerPersonId))
    .where(
      and(
        after,
        query.visible,
        query.underPath ? sql`${locations.path} like ${`${query.underPath}%`}` : undefined,
        // The expression of the trigram index locations_search_trgm.
        query.q
          ? sql`lower(${locations.name} || ' ' || ${locations.code}) like ${containsPattern(query.q)}`
          : undefined,
        query.includeArchived ? undefined : isNull(locations.archivedAt),
      ),
    )
    .orderBy(asc(locations.depth), asc(sortName), asc(locations.id))
    .limit(query.limit + 1);
}
