import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { apiTokens, users } from '../../platform/db/schema.js';

export type TokenRow = typeof apiTokens.$inferSelect;
export type TokenWithOwner = TokenRow & { userEmail: string };

export async function insertToken(db: Db, values: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export async function findTokenByHash(db: Db, tokenHash: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function findTokenById(db: Db, id: string): Promise<TokenWithOwner | undefined> {
  const [row] = await db
    .select({ token: apiTokens, userEmail: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, id));
  return row ? { ...row.token, userEmail: row.userEmail } : undefined;
}

export async function listTokens(
  db: Db,
  filter: { userId?: string | undefined; includeRevoked: boolean; cursor?: unknown[] | undefined; limit: number },
): Promise<TokenWithOwner[]> {
  const conditions: (SQL | undefined)[] = [
    filter.userId ? eq(apiTokens.userId, filter.userId) : undefined,
    filter.includeRevoked ? undefined : sql`${apiTokens.revokedAt} is null`,
    filter.cursor
      ? sql`(${apiTokens.createdAt}, ${apiTokens.id}) < (${filter.cursor[0]}, ${filter.cursor[1]})`
      : undefined,
  ];
  const rows = await db
    .select({ token: apiTokens, userEmail: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(...conditions))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(filter.limit + 1);
  return rows.map((r) => ({ ...r.token, userEmail: r.userEmail }));
}

export async function markTokenUsed(db: Db, id: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}

export async function revokeToken(db: Db, id: string): Promise<TokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), sql`${apiTokens.revokedAt} is null`))
    .returning();
  return row;
}
