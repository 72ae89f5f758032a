/** Data access for manufacturers. No rules here: those live in the use cases. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { manufacturers, models } from '../../platform/db/registry-schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { containsPattern, createdAtKey, cursorValue, lowerKey } from './catalog-kit.js';

export type ManufacturerRow = typeof manufacturers.$inferSelect;

export async function findManufacturer(
  db: Db,
  id: string,
  lock?: 'update' | 'share',
): Promise<ManufacturerRow | undefined> {
  const query = db.select().from(manufacturers).where(eq(manufacturers.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findManufacturerByName(db: Db, name: string): Promise<ManufacturerRow | undefined> {
  const [row] = await db
    .select()
    .from(manufacturers)
    .where(sql`lower(${manufacturers.name}) = ${name.trim().toLowerCase()}`);
  return row;
}

export async function insertManufacturer(db: Db, values: typeof manufacturers.$inferInsert): Promise<ManufacturerRow> {
  const [row] = await db.insert(manufacturers).values(values).returning();
  return row!;
}

export async function updateManufacturerVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof manufacturers.$inferInsert>,
): Promise<ManufacturerRow | undefined> {
  const [row] = await db
    .update(manufacturers)
    .set({ ...values, version: sql`${manufacturers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(manufacturers.id, id), eq(manufacturers.version, version)))
    .returning();
  return row;
}

export async function countActiveModelsOfManufacturer(db: Db, manufacturerId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(models)
    .where(and(eq(models.manufacturerId, manufacturerId), sql`${models.archivedAt} is null`));
  return row?.n ?? 0;
}

export interface NamedListQuery {
  q?: string | undefined;
  includeArchived: boolean;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

const sortKeys = {
  name: lowerKey(manufacturers.name),
  createdAt: createdAtKey(manufacturers.createdAt),
};

export async function listManufacturers(
  db: Db,
  query: NamedListQuery,
): Promise<{ row: ManufacturerRow; key: unknown }[]> {
  const key = sortKeys[query.sort.field as keyof typeof sortKeys] ?? sortKeys.name;
  const page = keyset(key, manufacturers.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  if (query.q) filters.push(sql`lower(${manufacturers.name}) like ${containsPattern(query.q)}`);
  if (!query.includeArchived) filters.push(sql`${manufacturers.archivedAt} is null`);
  const rows = await db
    .select({ row: manufacturers, key })
    .from(manufacturers)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return rows.map((r) => ({ row: r.row, key: cursorValue(r.key) }));
}
