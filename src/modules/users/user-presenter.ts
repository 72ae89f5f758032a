/** What the API shows of a user: never the password hash. */
import { z } from 'zod';
import { ROLES, type Grant } from '../../domain/permissions.js';
import type { UserRow } from './users-repository.js';

export const grantSchema = z.object({
  role: z.enum(ROLES),
  locationId: z.uuid().nullable().describe('null: the whole organisation; otherwise this location and its subtree.'),
});

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    status: z.enum(['active', 'deactivated']),
    mustChangePassword: z.boolean(),
    grants: z.array(grantSchema),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export type UserView = z.infer<typeof userSchema>;

export function presentUser(user: UserRow, grants: Grant[]): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status,
    mustChangePassword: user.mustChangePassword,
    grants,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** The fields of a user that the audit log records (never the password hash). */
export function auditedUserFields(user: UserRow | undefined | null) {
  if (!user) return null;
  return { email: user.email, name: user.name, status: user.status, mustChangePassword: user.mustChangePassword };
}
