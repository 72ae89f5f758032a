import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database.js';
import { roleGrants, users } from '../../../platform/db/schema.js';
import { conflict } from '../../../platform/http/errors.js';

/**
 * Refuses a change that would leave no active organisation-wide administrator: nobody could manage
 * users any more. Call it inside the transaction, after locking the user being changed.
 */
export async function ensureAnotherAdminRemains(db: Db, userId: string): Promise<void> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, 'admin'),
        isNull(roleGrants.locationId),
        eq(users.status, 'active'),
        ne(users.id, userId),
      ),
    );
  if ((row?.n ?? 0) === 0) {
    throw conflict('last_admin', 'This is the last active administrator: make someone else an administrator first.');
  }
}

export async function lockUser(db: Db, userId: string): Promise<void> {
  await db.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`);
}
