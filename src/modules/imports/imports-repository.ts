/** Data access for imports, their problems and saved mappings. No rules here. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { importMappings, importProblems, imports } from '../../platform/db/schema-all.js';

export type ImportRow = typeof imports.$inferSelect;
export type ImportProblemRow = typeof importProblems.$inferSelect;
export type SavedMappingRow = typeof importMappings.$inferSelect;

export async function insertImport(db: Db, values: typeof imports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(imports).values(values).returning();
  return row!;
}

export async function findImport(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

export async function updateImport(
  db: Db,
  id: string,
  values: Partial<typeof imports.$inferInsert>,
): Promise<ImportRow> {
  const [row] = await db
    .update(imports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(imports.id, id))
    .returning();
  return row!;
}

export async function listImports(
  db: Db,
  filter: { createdBy?: string | undefined; cursor?: unknown[] | undefined; limit: number },
): Promise<ImportRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.createdBy ? eq(imports.createdBy, filter.createdBy) : undefined,
    filter.cursor ? sql`(${imports.createdAt}, ${imports.id}) < (${filter.cursor[0]}, ${filter.cursor[1]})` : undefined,
  ];
  return db
    .select()
    .from(imports)
    .where(and(...conditions))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(filter.limit + 1);
}

export async function listProblems(
  db: Db,
  importId: string,
  filter: { afterId?: number | undefined; severity?: 'error' | 'warning' | undefined; limit: number },
): Promise<ImportProblemRow[]> {
  return db
    .select()
    .from(importProblems)
    .where(
      and(
        eq(importProblems.importId, importId),
        filter.severity ? eq(importProblems.severity, filter.severity) : undefined,
        filter.afterId ? sql`${importProblems.id} > ${filter.afterId}` : undefined,
      ),
    )
    .orderBy(asc(importProblems.id))
    .limit(filter.limit + 1);
}

export async function listSavedMappings(db: Db, importType?: string): Promise<SavedMappingRow[]> {
  return db
    .select()
    .from(importMappings)
    .where(importType ? eq(importMappings.importType, importType) : undefined)
    .orderBy(asc(sql`lower(${importMappings.name})`));
}

/** Saves a mapping under its name, replacing one of the same name and type. */
export async function saveMapping(
  db: Db,
  values: { name: string; importType: string; mapping: unknown; createdBy: string | null },
): Promise<void> {
  await db.execute(sql`
    insert into import_mappings (name, import_type, mapping, created_by)
    values (${values.name}, ${values.importType}, ${JSON.stringify(values.mapping)}::jsonb, ${values.createdBy})
    on conflict (import_type, lower(name)) do update set mapping = excluded.mapping, updated_at = now()`);
}

/** Imports whose run is under way (their staging tables are in use). */
export async function runningImportIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: imports.id })
    .from(imports)
    .where(sql`${imports.state} in ('checking', 'committing')`);
  return rows.map((r) => r.id);
}

export async function findSavedMapping(db: Db, id: string): Promise<SavedMappingRow | undefined> {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.id, id));
  return row;
}
