/**
 * The location tree's storage. A location's `path` is its ancestors' ids and its own, each followed
 * by '/', so "in this subtree" is an indexed prefix match.
 */
import { and, eq, isNull, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { locations } from '../../platform/db/schema.js';

export type LocationRow = typeof locations.$inferSelect;
export const LOCATION_KINDS = ['site', 'building', 'floor', 'room', 'stockroom', 'other'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export async function findLocation(db: Db, id: string): Promise<LocationRow | undefined> {
  const [row] = await db.select().from(locations).where(eq(locations.id, id));
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
  values: { parent: LocationRow | null; kind: LocationKind; code: string; name: string },
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
