import { z } from 'zod';
import type { TokenWithOwner } from './tokens-repository.js';

export const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    userId: z.uuid(),
    userEmail: z.string(),
    prefix: z.string().describe('The first characters of the token, to tell tokens apart.'),
    access: z.enum(['read_only', 'read_write']),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
    state: z.enum(['active', 'expired', 'revoked']),
  })
  .meta({ id: 'ApiToken' });

export type TokenView = z.infer<typeof tokenSchema>;

export function presentToken(t: TokenWithOwner, now = new Date()): TokenView {
  return {
    id: t.id,
    name: t.name,
    userId: t.userId,
    userEmail: t.userEmail,
    prefix: t.tokenPrefix,
    access: t.access,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    state: t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'active',
  };
}
