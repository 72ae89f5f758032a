import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { notFound, staleVersion, uniqueViolation } from '../../../platform/http/errors.js';
import { findUserByEmail, findUserById, grantsOf, updateUserVersioned } from '../users-repository.js';
import { auditedUserFields, presentUser, type UserView } from '../user-presenter.js';
import { duplicateEmail } from './create-user.js';
import { diffFields } from '../../../domain/audit-chain.js';
import { ensureAnotherAdminRemains, lockUser } from './last-admin.js';
import { revokeAllSessions } from '../../auth/sessions-repository.js';
import { forgettingAuth } from '../../auth/auth-cache.js';

export const updateUserInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale version is refused with 409.'),
  email: z.email().max(254).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  status: z
    .enum(['active', 'deactivated'])
    .optional()
    .describe('Deactivating signs the user out everywhere and stops their tokens.'),
});
export type UpdateUserInput = z.input<typeof updateUserInput>;

export async function updateUser(
  s: Services,
  ctx: ActionContext,
  userId: string,
  raw: UpdateUserInput,
): Promise<UserView> {
  const input = updateUserInput.parse(raw);
  try {
    return await forgettingAuth(
      s,
      s.db.transaction(async (tx) => {
        await lockUser(tx, userId);
        const before = await findUserById(tx, userId);
        if (!before) throw notFound('The user');
        if (before.version !== input.version) throw staleVersion(`User ${before.email}`, before.version);
        if (input.email && input.email.toLowerCase() !== before.email.toLowerCase()) {
          if (await findUserByEmail(tx, input.email)) throw duplicateEmail(input.email);
        }
        if (input.status === 'deactivated' && before.status === 'active') {
          await ensureAnotherAdminRemains(tx, userId);
          await revokeAllSessions(tx, userId);
        }
        const after = await updateUserVersioned(tx, userId, input.version, {
          ...(input.email !== undefined ? { email: input.email.trim() } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
        });
        if (!after) throw staleVersion(`User ${before.email}`, before.version + 1);
        const changes = diffFields(auditedUserFields(before), auditedUserFields(after));
        const action =
          changes.status && after.status === 'deactivated'
            ? 'user.deactivated'
            : changes.status
              ? 'user.reactivated'
              : 'user.updated';
        await s.audit.record(tx, ctx, { entityType: 'user', entityId: userId, action, changes });
        return presentUser(after, await grantsOf(tx, userId));
      }),
    );
  } catch (err) {
    if (uniqueViolation(err) === 'users_email_key') throw duplicateEmail(input.email ?? '');
    throw err;
  }
}
