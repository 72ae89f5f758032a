/** Data access for models and their GTINs. No rules here: those live in the use cases. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { assets, categories, manufacturers, modelGtins, models } from '../../platform/db/registry-schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { containsPattern, createdAtKey, cursorValue, lowerKey } from './catalog-kit.js';

export type ModelRow = typeof models.$inferSelect;
export type Tracking = ModelRow['tracking'];
export const TRACKING = ['individual', 'quantity'] as const;

export interface ModelNames {
  categoryName: string;
  manufacturerName: string | null;
}

export async function findModel(db: Db, id: string, lock?: 'update' | 'share'): Promise<ModelRow | undefined> {
  const query = db.select().from(models).where(eq(models.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function namesOf(db: Db, row: ModelRow): Promise<ModelNames> {
  const [category] = await db
    .select({ name: categories.name })
    .from(categories)
    .where(eq(categories.id, row.categoryId));
  const [manufacturer] = row.manufacturerId
    ? await db.select({ name: manufacturers.name }).from(manufacturers).where(eq(manufacturers.id, row.manufacturerId))
    : [];
  return { categoryName: category?.name ?? '', manufacturerName: manufacturer?.name ?? null };
}

/** The model with this name (any case) by this manufacturer (or without one), archived or not. */
export async function findModelByName(
  db: Db,
  manufacturerId: string | null,
  name: string,
): Promise<ModelRow | undefined> {
  const [row] = await db
    .select()
    .from(models)
    .where(
      and(
        manufacturerId ? eq(models.manufacturerId, manufacturerId) : sql`${models.manufacturerId} is null`,
        sql`lower(${models.name}) = ${name.trim().toLowerCase()}`,
      ),
    );
  return row;
}

export async function insertModel(db: Db, values: typeof models.$inferInsert): Promise<ModelRow> {
  const [row] = await db.insert(models).values(values).returning();
  return row!;
}

export async function updateModelVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof models.$inferInsert>,
): Promise<ModelRow | undefined> {
  const [row] = await db
    .update(models)
    .set({ ...values, version: sql`${models.version} + 1`, updatedAt: new Date() })
    .where(and(eq(models.id, id), eq(models.version, version)))
    .returning();
  return row;
}

export async function countAssetsOfModel(db: Db, modelId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assets)
    .where(eq(assets.modelId, modelId));
  return row?.n ?? 0;
}

export async function gtinsOf(db: Db, modelId: string): Promise<string[]> {
  const rows = await db
    .select({ gtin: modelGtins.gtin })
    .from(modelGtins)
    .where(eq(modelGtins.modelId, modelId))
    .orderBy(asc(modelGtins.gtin));
  return rows.map((r) => r.gtin);
}

export async function gtinsOfMany(db: Db, modelIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(modelIds.map((id) => [id, []]));
  if (modelIds.length === 0) return map;
  const rows = await db
    .select()
    .from(modelGtins)
    .where(inArray(modelGtins.modelId, modelIds))
    .orderBy(asc(modelGtins.gtin));
  for (const r of rows) map.get(r.modelId)?.push(r.gtin);
  return map;
}

/** Which of these GTINs (GTIN-14) belong to a model, and to which. */
export async function gtinOwners(
  db: Db,
  gtins: string[],
): Promise<{ gtin: string; modelId: string; modelName: string; archivedAt: Date | null }[]> {
  if (gtins.length === 0) return [];
  return db
    .select({ gtin: modelGtins.gtin, modelId: models.id, modelName: models.name, archivedAt: models.archivedAt })
    .from(modelGtins)
    .innerJoin(models, eq(models.id, modelGtins.modelId))
    .where(inArray(modelGtins.gtin, gtins));
}

export async function replaceGtins(db: Db, modelId: string, gtins: string[]): Promise<void> {
  await db.delete(modelGtins).where(eq(modelGtins.modelId, modelId));
  if (gtins.length > 0) await db.insert(modelGtins).values(gtins.map((gtin) => ({ gtin, modelId })));
}

export async function findModelByGtin(db: Db, gtin: string): Promise<ModelRow | undefined> {
  const [row] = await db
    .select({ model: models })
    .from(modelGtins)
    .innerJoin(models, eq(models.id, modelGtins.modelId))
    .where(eq(modelGtins.gtin, gtin));
  return row?.model;
}

export interface ModelListQuery {
  q?: string | undefined;
  categoryId?: string | undefined;
  manufacturerId?: string | undefined;
  tracking?: Tracking | undefined;
  includeArchived: boolean;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

const sortKeys = {
  name: lowerKey(models.name),
  createdAt: createdAtKey(models.createdAt),
};

export async function listModels(
  db: Db,
  query: ModelListQuery,
): Promise<{ row: ModelRow; names: ModelNames; key: unknown }[]> {
  const key = sortKeys[query.sort.field as keyof typeof sortKeys] ?? sortKeys.name;
  const page = keyset(key, models.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  // lower(name) LIKE '%q%' is answered by the trigram index on lower(name).
  if (query.q) filters.push(sql`lower(${models.name}) like ${containsPattern(query.q)}`);
  if (query.categoryId) filters.push(eq(models.categoryId, query.categoryId));
  if (query.manufacturerId) filters.push(eq(models.manufacturerId, query.manufacturerId));
  if (query.tracking) filters.push(eq(models.tracking, query.tracking));
  if (!query.includeArchived) filters.push(sql`${models.archivedAt} is null`);
  const rows = await db
    .select({ row: models, categoryName: categories.name, manufacturerName: manufacturers.name, key })
    .from(models)
    .innerJoin(categories, eq(categories.id, models.categoryId))
    .leftJoin(manufacturers, eq(manufacturers.id, models.manufacturerId))
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return rows.map((r) => ({
    row: r.row,
    names: { categoryName: r.categoryName, manufacturerName: r.manufacturerName },
    key: cursorValue(r.key),
  }));
}
