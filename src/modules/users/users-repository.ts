/** Data access for users and their role grants. No rules here: those live in the use cases. */
import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { roleGrants, users } from '../../platform/db/schema.js';
import { keyset, type Sort } from '../../platform/http/pagination.js';
import type { Grant, Role } from '../../domain/permissions.js';
import { escapeLike } from '../../platform/db/like.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(users.status, 'active'), eq(roleGrants.role, 'admin'), sql`${roleGrants.locationId} is null`));
  return row?.n ?? 0;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined when someone else changed the user first. */
export async function updateUserVersioned(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

export async function grantsOf(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db
    .select({ role: roleGrants.role, locationId: roleGrants.locationId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(roleGrants.role, roleGrants.locationId);
  return rows.map((r) => ({ role: r.role as Role, locationId: r.locationId }));
}

export async function grantsOfMany(db: Db, userIds: string[]): Promise<Map<string, Grant[]>> {
  const map = new Map<string, Grant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .select()
    .from(roleGrants)
    .where(sql`${roleGrants.userId} in ${userIds}`)
    .orderBy(roleGrants.role);
  for (const r of rows) map.get(r.userId)?.push({ role: r.role as Role, locationId: r.locationId });
  return map;
}

export async function replaceGrants(db: Db, userId: string, grants: Grant[]): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.userId, userId));
  if (grants.length > 0) {
    await db.insert(roleGrants).values(grants.map((g) => ({ userId, role: g.role, locationId: g.locationId })));
  }
}

export interface UserListQuery {
  q?: string | undefined;
  status?: 'active' | 'deactivated' | undefined;
  role?: Role | undefined;
  sort: Sort;
  cursor: unknown[] | undefined;
  limit: number;
}

export const userSortColumns = {
  email: sql`lower(${users.email})`,
  name: sql`lower(${users.name})`,
  createdAt: users.createdAt,
} as const;

/** A user with its sort key as the database computed it (lower() there and in JS can differ). */
export type UserListRow = UserRow & { sortKey: unknown };

export async function listUsers(db: Db, query: UserListQuery): Promise<UserListRow[]> {
  const column = userSortColumns[query.sort.field as keyof typeof userSortColumns] ?? userSortColumns.email;
  const page = keyset(column, users.id, query.sort, query.cursor);
  const filters: (SQL | undefined)[] = [page.where];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(or(ilike(users.email, pattern), ilike(users.name, pattern)));
  }
  if (query.status) filters.push(eq(users.status, query.status));
  if (query.role) {
    filters.push(
      sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = ${query.role})`,
    );
  }
  const rows = await db
    .select({ user: users, sortKey: sql<unknown>`${column}` })
    .from(users)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return rows.map((r) => ({ ...r.user, sortKey: r.sortKey }));
}

/** The values of a row's sort key, for its cursor. */
export function userCursor(row: UserListRow): unknown[] {
  const key = row.sortKey instanceof Date ? row.sortKey.toISOString() : row.sortKey;
  return [key, row.id];
}
