/** Data access for departments. No rules here. */
import { and, eq, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { departments, people } from '../../platform/db/registry-schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import { escapeLike } from '../../platform/db/like.js';

export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentWithCount = DepartmentRow & { peopleCount: number };
/** A listed department, with its sort key as the database computed it (for the cursor). */
export type ListedDepartment = DepartmentWithCount & { sortKey: string };

export async function findDepartment(db: Db, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}

export async function lockDepartment(db: Db, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id)).for('update');
  return row;
}

export async function findDepartmentByName(db: Db, name: string): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departments)
    .where(sql`lower(${departments.name}) = ${name.trim().toLowerCase()}`);
  return row;
}

export async function findDepartmentByCode(db: Db, code: string): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departments)
    .where(sql`${departments.code} is not null and lower(${departments.code}) = ${code.trim().toLowerCase()}`);
  return row;
}

export async function insertDepartment(db: Db, values: typeof departments.$inferInsert): Promise<DepartmentRow> {
  const [row] = await db.insert(departments).values(values).returning();
  return row!;
}

export async function updateDepartmentVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof departments.$inferInsert>,
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .update(departments)
    .set({ ...values, version: sql`${departments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(departments.id, id), eq(departments.version, version)))
    .returning();
  return row;
}

/** People in a department who have not left (what keeps it from being archived). */
export async function countCurrentMembers(db: Db, departmentId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.departmentId, departmentId), sql`${people.status} <> 'left'`));
  return row?.n ?? 0;
}

export const departmentSortColumns = {
  name: sql`lower(${departments.name})`,
  code: sql`coalesce(lower(${departments.code}), '')`,
} as const;

export interface DepartmentListQuery {
  q?: string | undefined;
  includeArchived: boolean;
  /** Which people count: the caller's visibility over people. */
  peopleVisible?: SQL | undefined;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

/** The number of people in a department who have not left (those the caller can see). */
const peopleCountOf = (visible: SQL | undefined) =>
  // Written out qualified: Drizzle leaves column names unqualified in a one-table select list.
  sql<number>`(select count(*)::int from ${people} where "people"."department_id" = "departments"."id"
    and "people"."status" <> 'left'${visible ? sql` and ${visible}` : sql``})`;

export async function listDepartments(db: Db, query: DepartmentListQuery): Promise<ListedDepartment[]> {
  const column =
    departmentSortColumns[query.sort.field as keyof typeof departmentSortColumns] ?? departmentSortColumns.name;
  const page = keyset(column, departments.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  if (!query.includeArchived) filters.push(isNull(departments.archivedAt));
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    filters.push(sql`(lower(${departments.name}) like ${pattern} or lower(${departments.code}) like ${pattern})`);
  }
  return db
    .select({
      ...getTableColumns(departments),
      peopleCount: peopleCountOf(query.peopleVisible),
      sortKey: sql<string>`${column}`,
    })
    .from(departments)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
}

export async function findDepartmentWithCount(
  db: Db,
  id: string,
  peopleVisible: SQL | undefined,
): Promise<DepartmentWithCount | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(departments), peopleCount: peopleCountOf(peopleVisible) })
    .from(departments)
    .where(eq(departments.id, id));
  return row;
}

export function departmentCursor(row: ListedDepartment): unknown[] {
  return [row.sortKey, row.id];
}
