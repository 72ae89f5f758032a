/** Data access for depreciation books, profiles, defaults and per-asset overrides. No rules here. */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.js';
import {
  assetDepreciationOverrides,
  depreciationBooks,
  depreciationDefaults,
  depreciationProfiles,
} from '../../platform/db/finance-schema.js';
import { categories, models } from '../../platform/db/registry-schema.js';

export type BookRow = typeof depreciationBooks.$inferSelect;
export type ProfileRow = typeof depreciationProfiles.$inferSelect;

export async function listBooks(db: Db, includeArchived: boolean): Promise<BookRow[]> {
  return db
    .select()
    .from(depreciationBooks)
    .where(includeArchived ? undefined : sql`${depreciationBooks.archivedAt} is null`)
    .orderBy(sql`${depreciationBooks.isDefault} desc`, asc(sql`lower(${depreciationBooks.name})`));
}

export async function findBook(db: Db, id: string, lock?: 'update'): Promise<BookRow | undefined> {
  const query = db.select().from(depreciationBooks).where(eq(depreciationBooks.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findBookByCode(db: Db, code: string): Promise<BookRow | undefined> {
  const [row] = await db
    .select()
    .from(depreciationBooks)
    .where(sql`lower(${depreciationBooks.code}) = ${code.trim().toLowerCase()}`);
  return row;
}

export async function insertBook(db: Db, values: typeof depreciationBooks.$inferInsert): Promise<BookRow> {
  const [row] = await db.insert(depreciationBooks).values(values).returning();
  return row!;
}

export async function updateBookVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof depreciationBooks.$inferInsert>,
): Promise<BookRow | undefined> {
  const [row] = await db
    .update(depreciationBooks)
    .set({ ...values, version: sql`${depreciationBooks.version} + 1`, updatedAt: new Date() })
    .where(and(eq(depreciationBooks.id, id), eq(depreciationBooks.version, version)))
    .returning();
  return row;
}

/** The previous default book stops being it; returns its id (if there was one). */
export async function clearDefaultBook(db: Db): Promise<string | undefined> {
  const [row] = await db
    .update(depreciationBooks)
    .set({ isDefault: false, version: sql`${depreciationBooks.version} + 1`, updatedAt: new Date() })
    .where(eq(depreciationBooks.isDefault, true))
    .returning({ id: depreciationBooks.id });
  return row?.id;
}

export async function listProfiles(db: Db, bookId?: string): Promise<ProfileRow[]> {
  return db
    .select()
    .from(depreciationProfiles)
    .where(bookId ? eq(depreciationProfiles.bookId, bookId) : undefined)
    .orderBy(asc(sql`lower(${depreciationProfiles.name})`));
}

export async function findProfile(db: Db, id: string, lock?: 'update'): Promise<ProfileRow | undefined> {
  const query = db.select().from(depreciationProfiles).where(eq(depreciationProfiles.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function insertProfile(db: Db, values: typeof depreciationProfiles.$inferInsert): Promise<ProfileRow> {
  const [row] = await db.insert(depreciationProfiles).values(values).returning();
  return row!;
}

export async function updateProfileVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof depreciationProfiles.$inferInsert>,
): Promise<ProfileRow | undefined> {
  const [row] = await db
    .update(depreciationProfiles)
    .set({ ...values, version: sql`${depreciationProfiles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(depreciationProfiles.id, id), eq(depreciationProfiles.version, version)))
    .returning();
  return row;
}

/** Where a profile is used: as a book's fallback, a category's or model's default, an asset's override. */
export async function profileUses(db: Db, profileId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`
    select (select count(*) from ${depreciationBooks} where ${depreciationBooks.fallbackProfileId} = ${profileId})
         + (select count(*) from ${depreciationDefaults} where ${depreciationDefaults.profileId} = ${profileId})
         + (select count(*) from ${assetDepreciationOverrides} where ${assetDepreciationOverrides.profileId} = ${profileId}) as n`,
  );
  return Number(row?.n ?? 0);
}

export interface DefaultRow {
  id: string;
  bookId: string;
  categoryId: string | null;
  categoryName: string | null;
  modelId: string | null;
  modelName: string | null;
  profileId: string;
}

export async function listDefaults(db: Db, bookId: string): Promise<DefaultRow[]> {
  return db
    .select({
      id: depreciationDefaults.id,
      bookId: depreciationDefaults.bookId,
      categoryId: depreciationDefaults.categoryId,
      categoryName: categories.name,
      modelId: depreciationDefaults.modelId,
      modelName: models.name,
      profileId: depreciationDefaults.profileId,
    })
    .from(depreciationDefaults)
    .leftJoin(categories, eq(categories.id, depreciationDefaults.categoryId))
    .leftJoin(models, eq(models.id, depreciationDefaults.modelId))
    .where(eq(depreciationDefaults.bookId, bookId))
    .orderBy(asc(sql`coalesce(lower(${categories.name}), '')`), asc(sql`coalesce(lower(${models.name}), '')`));
}

export async function findDefault(
  db: Db,
  bookId: string,
  target: { categoryId?: string | undefined; modelId?: string | undefined },
) {
  const [row] = await db
    .select()
    .from(depreciationDefaults)
    .where(
      and(
        eq(depreciationDefaults.bookId, bookId),
        target.categoryId
          ? eq(depreciationDefaults.categoryId, target.categoryId)
          : eq(depreciationDefaults.modelId, target.modelId!),
      ),
    )
    .for('update');
  return row;
}

export async function findOverride(db: Db, assetId: string, bookId: string) {
  const [row] = await db
    .select()
    .from(assetDepreciationOverrides)
    .where(and(eq(assetDepreciationOverrides.assetId, assetId), eq(assetDepreciationOverrides.bookId, bookId)))
    .for('update');
  return row;
}

/**
 * Each active book with the profile that applies to one asset in it: the asset's own, its model's,
 * its category's, or the book's fallback, in that order; and where the profile came from.
 */
export async function profilesForAsset(db: Db, asset: { id: string; modelId: string; categoryId: string }) {
  const ov = assetDepreciationOverrides;
  const rows = await db
    .select({
      book: depreciationBooks,
      overrideProfileId: ov.profileId,
      modelProfileId: sql<
        string | null
      >`(select profile_id from depreciation_defaults d where d.book_id = ${depreciationBooks.id} and d.model_id = ${asset.modelId})`,
      categoryProfileId: sql<
        string | null
      >`(select profile_id from depreciation_defaults d where d.book_id = ${depreciationBooks.id} and d.category_id = ${asset.categoryId})`,
    })
    .from(depreciationBooks)
    .leftJoin(ov, and(eq(ov.bookId, depreciationBooks.id), eq(ov.assetId, asset.id)))
    .where(sql`${depreciationBooks.archivedAt} is null`)
    .orderBy(sql`${depreciationBooks.isDefault} desc`, asc(sql`lower(${depreciationBooks.name})`));
  const ids = rows.flatMap((r) => [
    r.overrideProfileId,
    r.modelProfileId,
    r.categoryProfileId,
    r.book.fallbackProfileId,
  ]);
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const profiles = wanted.length
    ? await db
        .select()
        .from(depreciationProfiles)
        .where(or(...wanted.map((id) => eq(depreciationProfiles.id, id))))
    : [];
  const byId = new Map(profiles.map((p) => [p.id, p]));
  return rows.map((r) => {
    const [source, profileId] = r.overrideProfileId
      ? (['asset', r.overrideProfileId] as const)
      : r.modelProfileId
        ? (['model', r.modelProfileId] as const)
        : r.categoryProfileId
          ? (['category', r.categoryProfileId] as const)
          : r.book.fallbackProfileId
            ? (['book', r.book.fallbackProfileId] as const)
            : (['none', null] as const);
    return { book: r.book, source, profile: profileId ? (byId.get(profileId) ?? null) : null };
  });
}
