import { z } from 'zod';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { conflict, uniqueViolation } from '../../../platform/http/errors.js';
import { checkPasswordStrength, hashPassword } from '../../../platform/security/passwords.js';
import { generatePassword } from '../../../platform/security/secrets.js';
import { findUserByEmail, insertUser, replaceGrants } from '../users-repository.js';
import { auditedUserFields, grantSchema, presentUser, type UserView } from '../user-presenter.js';
import { checkGrantLocations, dedupeGrants } from './validate-grants.js';

export const createUserInput = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  password: z
    .string()
    .optional()
    .describe('Leave out to generate a temporary password, shown once; the user must change it at first sign-in.'),
  grants: z.array(grantSchema).max(100).default([]),
});
export type CreateUserInput = z.input<typeof createUserInput>;

export interface CreatedUser {
  user: UserView;
  /** Only when the password was generated: shown once, never stored in clear. */
  temporaryPassword: string | null;
}

export async function createUser(s: Services, ctx: ActionContext, raw: CreateUserInput): Promise<CreatedUser> {
  const input = createUserInput.parse(raw);
  const temporaryPassword = input.password === undefined ? generatePassword() : null;
  const password = input.password ?? temporaryPassword!;
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  const grants = dedupeGrants(input.grants);
  const email = input.email.trim();
  try {
    return await s.db.transaction(async (tx) => {
      if (await findUserByEmail(tx, email)) throw duplicateEmail(email);
      await checkGrantLocations(tx, grants, '/body/grants');
      const user = await insertUser(tx, {
        email,
        name: input.name,
        passwordHash,
        mustChangePassword: temporaryPassword !== null,
      });
      await replaceGrants(tx, user.id, grants);
      await s.audit.record(tx, ctx, {
        entityType: 'user',
        entityId: user.id,
        action: 'user.created',
        changes: { after: { ...auditedUserFields(user), grants } },
      });
      return { user: presentUser(user, grants), temporaryPassword };
    });
  } catch (err) {
    if (uniqueViolation(err) === 'users_email_key') throw duplicateEmail(email);
    throw err;
  }
}

/** The 409 for an e-mail another user has (create and edit alike). */
export function duplicateEmail(email: string) {
  return conflict('email_taken', `A user with the e-mail ${email} already exists.`, [
    { pointer: '/body/email', message: 'Already used by another user.' },
  ]);
}
