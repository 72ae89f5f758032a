import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { notFound, staleVersion } from '../../../platform/http/errors.js';
import { users } from '../../../platform/db/schema.js';
import { findUserById, grantsOf, replaceGrants } from '../users-repository.js';
import { grantSchema, presentUser, type UserView } from '../user-presenter.js';
import { checkGrantLocations, dedupeGrants } from './validate-grants.js';
import { ensureAnotherAdminRemains, lockUser } from './last-admin.js';
import { forgettingAuth } from '../../auth/auth-cache.js';

export const setUserGrantsInput = z.object({
  version: z.number().int().min(1),
  grants: z.array(grantSchema).max(100),
});
export type SetUserGrantsInput = z.input<typeof setUserGrantsInput>;

/** Replaces a user's roles and scopes. Bumps the user's version: roles are part of the user. */
export async function setUserGrants(
  s: Services,
  ctx: ActionContext,
  userId: string,
  raw: SetUserGrantsInput,
): Promise<UserView> {
  const input = setUserGrantsInput.parse(raw);
  const grants = dedupeGrants(input.grants);
  return forgettingAuth(
    s,
    s.db.transaction(async (tx) => {
      await lockUser(tx, userId);
      const user = await findUserById(tx, userId);
      if (!user) throw notFound('The user');
      if (user.version !== input.version) throw staleVersion(`User ${user.email}`, user.version);
      const before = await grantsOf(tx, userId);
      const stillAdmin = grants.some((g) => g.role === 'admin' && g.locationId === null);
      const wasAdmin = before.some((g) => g.role === 'admin' && g.locationId === null);
      if (wasAdmin && !stillAdmin && user.status === 'active') await ensureAnotherAdminRemains(tx, userId);
      await checkGrantLocations(tx, grants, '/body/grants');
      await replaceGrants(tx, userId, grants);
      const [after] = await tx
        .update(users)
        .set({ version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(sql`${users.id} = ${userId}`)
        .returning();
      await s.audit.record(tx, ctx, {
        entityType: 'user',
        entityId: userId,
        action: 'user.roles_changed',
        changes: { grants: { before, after: grants } },
      });
      return presentUser(after!, await grantsOf(tx, userId));
    }),
  );
}
