/**
 * API tokens: shown once at creation, stored as a SHA-256 hash, read-only or read-write, with an
 * optional expiry, revocable. A token acts as its user with that user's roles. Administrators may
 * issue tokens for other users (service accounts for integrations) and revoke anyone's.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { forbidden, invalidInput, notFound } from '../../platform/http/errors.js';
import { randomToken, sha256 } from '../../platform/security/secrets.js';
import { can } from '../../domain/permissions.js';
import { findUserById } from '../users/users-repository.js';
import { findTokenById, insertToken, listTokens, revokeToken } from './tokens-repository.js';
import { presentToken, type TokenView } from './token-presenter.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forgettingAuth } from '../auth/auth-cache.js';

export const TOKEN_PREFIX = 'qm_';

export const createTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  access: z.enum(['read_only', 'read_write']).default('read_only'),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When the token stops working; leave out for no expiry.'),
  userId: z.uuid().optional().describe('Issue the token for another user (administrators only).'),
});
export type CreateTokenInput = z.input<typeof createTokenInput>;

export async function createToken(
  s: Services,
  ctx: ActionContext,
  raw: CreateTokenInput,
): Promise<{ token: TokenView; secret: string }> {
  const input = createTokenInput.parse(raw);
  const self = ctx.actor.userId;
  const ownerId = input.userId ?? self;
  if (!ownerId) throw invalidInput('/body/userId', 'Say which user the token is for.');
  if (ownerId !== self && !can(ctx.actor.grants, 'users.manage')) {
    throw forbidden('Only administrators can issue tokens for other users.');
  }
  // A token may not outlive its purpose by accident: a token cannot create another token with
  // more access than it has itself.
  if (ctx.actor.type === 'token' && input.access === 'read_write' && ctx.actor.readOnly) {
    throw forbidden('A read-only token cannot create a read-write token.');
  }
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= new Date()) throw invalidInput('/body/expiresAt', 'The expiry must be in the future.');

  const secret = TOKEN_PREFIX + randomToken(32);
  return s.db.transaction(async (tx) => {
    const owner = await findUserById(tx, ownerId);
    if (!owner || owner.status !== 'active') throw invalidInput('/body/userId', 'No active user with this id.');
    const row = await insertToken(tx, {
      userId: ownerId,
      name: input.name,
      tokenHash: sha256(secret),
      tokenPrefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      access: input.access,
      expiresAt,
      createdBy: self,
    });
    await s.audit.record(tx, ctx, {
      entityType: 'api_token',
      entityId: row.id,
      action: 'token.created',
      changes: {
        after: { name: row.name, userId: ownerId, access: row.access, expiresAt: expiresAt?.toISOString() ?? null },
      },
    });
    return { token: presentToken({ ...row, userEmail: owner.email }), secret };
  });
}

export const listTokensQuery = z.object({
  userId: z.uuid().optional().describe("Another user's tokens (administrators only)."),
  all: z.stringbool().default(false).describe("Everyone's tokens (administrators only)."),
  includeRevoked: z.stringbool().default(false),
});

export async function listTokensFor(
  s: Services,
  ctx: ActionContext,
  query: z.infer<typeof listTokensQuery>,
  page: { limit: number; cursor?: string | undefined },
) {
  const isAdmin = can(ctx.actor.grants, 'users.manage');
  if ((query.all || (query.userId && query.userId !== ctx.actor.userId)) && !isAdmin) {
    throw forbidden("Only administrators can see other users' tokens.");
  }
  const userId = query.all ? undefined : (query.userId ?? ctx.actor.userId ?? undefined);
  const rows = await listTokens(s.db, {
    userId,
    includeRevoked: query.includeRevoked,
    cursor: decodeCursor(page.cursor, 2),
    limit: page.limit,
  });
  const result = toPage(rows, page.limit, (r) => [r.createdAt.toISOString(), r.id]);
  return { items: result.items.map((r) => presentToken(r)), nextCursor: result.nextCursor };
}

export async function revokeTokenById(s: Services, ctx: ActionContext, tokenId: string): Promise<TokenView> {
  return forgettingAuth(
    s,
    s.db.transaction(async (tx) => {
      const token = await findTokenById(tx, tokenId);
      const mayRevoke = token && (token.userId === ctx.actor.userId || can(ctx.actor.grants, 'users.manage'));
      if (!token || !mayRevoke) throw notFound('The token');
      const revoked = await revokeToken(tx, tokenId);
      if (revoked) {
        await s.audit.record(tx, ctx, {
          entityType: 'api_token',
          entityId: tokenId,
          action: 'token.revoked',
          changes: { revokedAt: { before: null, after: revoked.revokedAt?.toISOString() } },
        });
      }
      return presentToken({ ...(revoked ?? token), userEmail: token.userEmail });
    }),
  );
}
