/**
 * Data access for custom field definitions and for the values assets hold under their keys
 * (`assets.custom_fields`, jsonb with a GIN jsonb_path_ops index). No rules here.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { assets, customFieldDefinitions } from '../../platform/db/registry-schema.js';

export type FieldRow = typeof customFieldDefinitions.$inferSelect;

export async function listFieldRows(db: Db, categoryId: string, includeArchived: boolean): Promise<FieldRow[]> {
  return db
    .select()
    .from(customFieldDefinitions)
    .where(
      and(
        eq(customFieldDefinitions.categoryId, categoryId),
        includeArchived ? undefined : sql`${customFieldDefinitions.archivedAt} is null`,
      ),
    )
    .orderBy(
      sql`${customFieldDefinitions.archivedAt} is not null`,
      asc(customFieldDefinitions.position),
      asc(customFieldDefinitions.createdAt),
    );
}

export async function findField(
  db: Db,
  categoryId: string,
  fieldId: string,
  lock?: 'update',
): Promise<FieldRow | undefined> {
  const query = db
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.id, fieldId), eq(customFieldDefinitions.categoryId, categoryId)));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findFieldByKey(db: Db, categoryId: string, key: string): Promise<FieldRow | undefined> {
  const [row] = await db
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.categoryId, categoryId), eq(customFieldDefinitions.key, key)));
  return row;
}

export async function nextFieldPosition(db: Db, categoryId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${customFieldDefinitions.position}) + 1, 0)::int` })
    .from(customFieldDefinitions)
    .where(eq(customFieldDefinitions.categoryId, categoryId));
  return row?.n ?? 0;
}

export async function insertField(db: Db, values: typeof customFieldDefinitions.$inferInsert): Promise<FieldRow> {
  const [row] = await db.insert(customFieldDefinitions).values(values).returning();
  return row!;
}

export async function updateFieldVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof customFieldDefinitions.$inferInsert>,
): Promise<FieldRow | undefined> {
  const [row] = await db
    .update(customFieldDefinitions)
    .set({ ...values, version: sql`${customFieldDefinitions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(customFieldDefinitions.id, id), eq(customFieldDefinitions.version, version)))
    .returning();
  return row;
}

export interface StoredValue {
  assetId: string;
  tag: string;
  /** The JSON value under the key; undefined when the asset has none. */
  value: unknown;
}

/**
 * One batch of the values the assets of a category hold under a key, in id order (the
 * (category_id, id) index). With `withMissing`, assets without the key come too.
 */
export async function storedValuesBatch(
  db: Db,
  categoryId: string,
  key: string,
  options: { afterId: string | null; limit: number; withMissing: boolean },
): Promise<StoredValue[]> {
  const conditions: (SQL | undefined)[] = [
    eq(assets.categoryId, categoryId),
    options.afterId ? gt(assets.id, options.afterId) : undefined,
    options.withMissing ? undefined : sql`(${assets.customFields} -> ${key}) is not null`,
  ];
  const rows = await db
    .select({ assetId: assets.id, tag: assets.tag, value: sql<unknown>`${assets.customFields} -> ${key}` })
    .from(assets)
    .where(and(...conditions))
    .orderBy(asc(assets.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r, value: r.value === null ? undefined : r.value }));
}

export interface DuplicateValue {
  value: unknown;
  count: number;
  tags: string[];
}

/** Values held by more than one asset of the category under a key (JSON null is no value). */
export async function duplicateValues(db: Db, categoryId: string, key: string, limit = 20): Promise<DuplicateValue[]> {
  const value = sql`${assets.customFields} -> ${key}`;
  const rows = await db
    .select({
      value: sql<unknown>`${value}`,
      count: sql<number>`count(*)::int`,
      tags: sql<string[]>`(array_agg(${assets.tag} order by ${assets.tag}))[1:5]`,
    })
    .from(assets)
    .where(and(eq(assets.categoryId, categoryId), sql`${value} is not null`, sql`${value} <> 'null'::jsonb`))
    .groupBy(sql`1`)
    .having(sql`count(*) > 1`)
    .orderBy(sql`count(*) desc`)
    .limit(limit);
  return rows;
}

/**
 * Another asset of the category holding exactly this value under the key: a containment query
 * (`custom_fields @> {"key": value}`) that the GIN jsonb_path_ops index answers.
 */
export async function findAssetHoldingValue(
  db: Db,
  categoryId: string,
  key: string,
  value: string | number | boolean,
  exceptAssetId: string | null,
): Promise<{ id: string; tag: string } | undefined> {
  const [row] = await db
    .select({ id: assets.id, tag: assets.tag })
    .from(assets)
    .where(
      and(
        sql`${assets.customFields} @> ${JSON.stringify({ [key]: value })}::jsonb`,
        eq(assets.categoryId, categoryId),
        exceptAssetId ? sql`${assets.id} <> ${exceptAssetId}` : undefined,
      ),
    )
    .limit(1);
  return row;
}

/**
 * Serialises writers of one value of one unique field until the transaction ends, so that two
 * concurrent writes of the same value cannot both pass the check.
 */
export async function lockCustomValue(db: Db, categoryId: string, key: string, value: unknown): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`custom_field:${categoryId}:${key}:${JSON.stringify(value)}`}, 0))`,
  );
}
