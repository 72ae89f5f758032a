/** Data access for suppliers. No rules here: those live in the use cases. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { suppliers } from '../../platform/db/registry-schema.js';
import { keyset } from '../../platform/http/pagination.js';
import type { NamedListQuery } from './manufacturers-repository.js';
import { containsPattern, createdAtKey, cursorValue, lowerKey } from './catalog-kit.js';

export type SupplierRow = typeof suppliers.$inferSelect;

export async function findSupplier(db: Db, id: string, lock?: 'update' | 'share'): Promise<SupplierRow | undefined> {
  const query = db.select().from(suppliers).where(eq(suppliers.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

export async function findSupplierByName(db: Db, name: string): Promise<SupplierRow | undefined> {
  const [row] = await db
    .select()
    .from(suppliers)
    .where(sql`lower(${suppliers.name}) = ${name.trim().toLowerCase()}`);
  return row;
}

export async function insertSupplier(db: Db, values: typeof suppliers.$inferInsert): Promise<SupplierRow> {
  const [row] = await db.insert(suppliers).values(values).returning();
  return row!;
}

export async function updateSupplierVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof suppliers.$inferInsert>,
): Promise<SupplierRow | undefined> {
  const [row] = await db
    .update(suppliers)
    .set({ ...values, version: sql`${suppliers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(suppliers.id, id), eq(suppliers.version, version)))
    .returning();
  return row;
}

const sortKeys = {
  name: lowerKey(suppliers.name),
  createdAt: createdAtKey(suppliers.createdAt),
};

export async function listSuppliers(db: Db, query: NamedListQuery): Promise<{ row: SupplierRow; key: unknown }[]> {
  const key = sortKeys[query.sort.field as keyof typeof sortKeys] ?? sortKeys.name;
  const page = keyset(key, suppliers.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  if (query.q) filters.push(sql`lower(${suppliers.name}) like ${containsPattern(query.q)}`);
  if (!query.includeArchived) filters.push(sql`${suppliers.archivedAt} is null`);
  const rows = await db
    .select({ row: suppliers, key })
    .from(suppliers)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return rows.map((r) => ({ row: r.row, key: cursorValue(r.key) }));
}
