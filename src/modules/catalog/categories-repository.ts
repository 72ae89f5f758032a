/** Data access for categories. No rules here: those live in the use cases. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { assets, categories, models } from '../../platform/db/registry-schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { containsPattern, createdAtKey, cursorValue, lowerKey } from './catalog-kit.js';

export type CategoryRow = typeof categories.$inferSelect;
export type CategoryKind = CategoryRow['kind'];
export const CATEGORY_KINDS = ['hardware', 'accessory', 'consumable', 'component', 'software'] as const;

export async function findCategory(db: Db, id: string, lock?: 'update' | 'share'): Promise<CategoryRow | undefined> {
  const query = db.select().from(categories).where(eq(categories.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findCategoryByName(db: Db, name: string): Promise<CategoryRow | undefined> {
  const [row] = await db
    .select()
    .from(categories)
    .where(sql`lower(${categories.name}) = ${name.trim().toLowerCase()}`);
  return row;
}

export async function insertCategory(db: Db, values: typeof categories.$inferInsert): Promise<CategoryRow> {
  const [row] = await db.insert(categories).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined when someone else changed it first. */
export async function updateCategoryVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof categories.$inferInsert>,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(categories)
    .set({ ...values, version: sql`${categories.version} + 1`, updatedAt: new Date() })
    .where(and(eq(categories.id, id), eq(categories.version, version)))
    .returning();
  return row;
}

export async function countActiveModelsOfCategory(db: Db, categoryId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(models)
    .where(and(eq(models.categoryId, categoryId), sql`${models.archivedAt} is null`));
  return row?.n ?? 0;
}

export async function countAssetsOfCategory(db: Db, categoryId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assets)
    .where(eq(assets.categoryId, categoryId));
  return row?.n ?? 0;
}

export interface CategoryListQuery {
  q?: string | undefined;
  kind?: CategoryKind | undefined;
  includeArchived: boolean;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

const sortKeys = {
  name: lowerKey(categories.name),
  createdAt: createdAtKey(categories.createdAt),
};

export async function listCategories(db: Db, query: CategoryListQuery): Promise<{ row: CategoryRow; key: unknown }[]> {
  const key = sortKeys[query.sort.field as keyof typeof sortKeys] ?? sortKeys.name;
  const page = keyset(key, categories.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  if (query.q) filters.push(sql`lower(${categories.name}) like ${containsPattern(query.q)}`);
  if (query.kind) filters.push(eq(categories.kind, query.kind));
  if (!query.includeArchived) filters.push(sql`${categories.archivedAt} is null`);
  const rows = await db
    .select({ row: categories, key })
    .from(categories)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return rows.map((r) => ({ row: r.row, key: cursorValue(r.key) }));
}
