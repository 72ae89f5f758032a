/** Changing your own password, and an administrator's reset of someone else's. */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { AppError, notFound, unauthenticated } from '../../platform/http/errors.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../platform/security/passwords.js';
import { generatePassword } from '../../platform/security/secrets.js';
import { findUserById } from '../users/users-repository.js';
import { revokeAllSessions } from './sessions-repository.js';
import { users } from '../../platform/db/schema.js';
import { eq, sql } from 'drizzle-orm';
import { forgettingAuth } from './auth-cache.js';

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

export async function changeOwnPassword(
  s: Services,
  ctx: ActionContext,
  input: z.infer<typeof changePasswordInput>,
  currentSessionId: string | null,
): Promise<void> {
  if (!ctx.actor.userId) throw unauthenticated();
  const user = await findUserById(s.db, ctx.actor.userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 400, 'The current password is not correct.', [
      { pointer: '/body/currentPassword', message: 'Not your current password.' },
    ]);
  }
  checkPasswordStrength(input.newPassword, '/body/newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 400, 'The new password must differ from the current one.', [
      { pointer: '/body/newPassword', message: 'Same as the current password.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await forgettingAuth(
    s,
    s.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(eq(users.id, user.id));
      // Other sessions may belong to whoever learnt the old password: end them.
      await revokeAllSessions(tx, user.id, currentSessionId ?? undefined);
      await s.audit.record(tx, ctx, {
        entityType: 'user',
        entityId: user.id,
        action: 'auth.password_changed',
        changes: { password: { before: '[hidden]', after: '[hidden]' } },
      });
    }),
  );
}

export const resetPasswordInput = z.object({
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('Leave out to generate a temporary password; either way the user must change it at next sign-in.'),
});

export async function resetPassword(
  s: Services,
  ctx: ActionContext,
  userId: string,
  input: z.infer<typeof resetPasswordInput>,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = input.password ?? generatePassword();
  checkPasswordStrength(temporaryPassword);
  const passwordHash = await hashPassword(temporaryPassword);
  await forgettingAuth(
    s,
    s.db.transaction(async (tx) => {
      const user = await findUserById(tx, userId);
      if (!user) throw notFound('The user');
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: true, version: sql`${users.version} + 1`, updatedAt: new Date() })
        .where(eq(users.id, userId));
      await revokeAllSessions(tx, userId);
      await s.audit.record(tx, ctx, {
        entityType: 'user',
        entityId: userId,
        action: 'auth.password_reset',
        changes: {
          password: { before: '[hidden]', after: '[hidden]' },
          mustChangePassword: { before: user.mustChangePassword, after: true },
        },
      });
    }),
  );
  return { temporaryPassword };
}
