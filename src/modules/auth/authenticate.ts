/**
 * Turns the credentials on a request (a Bearer token or the session cookie) into an Actor.
 * Returns null when there are none, throws 401 when they are wrong, expired or revoked.
 */
import type { Services } from '../../platform/services.js';
import type { Actor } from '../../platform/context.js';
import { unauthenticated } from '../../platform/http/errors.js';
import { sha256 } from '../../platform/security/secrets.js';
import { findUserById, grantsOf } from '../users/users-repository.js';
import { findTokenByHash, markTokenUsed } from '../tokens/tokens-repository.js';
import { findLiveSession, touchSession } from './sessions-repository.js';
import { cachedAuth, rememberAuth } from './auth-cache.js';

export const SESSION_COOKIE = 'qm_session';

export interface Authenticated {
  actor: Actor;
  via: 'session' | 'token';
  sessionId: string | null;
  csrfToken: string | null;
  mustChangePassword: boolean;
  tokenExpiresAt: Date | null;
}

const TOUCH_EVERY_MS = 60_000;

export async function authenticateToken(s: Services, secret: string): Promise<Authenticated> {
  const hash = sha256(secret);
  const cached = cachedAuth(s, `t:${hash}`);
  if (cached && (!cached.tokenExpiresAt || cached.tokenExpiresAt > new Date())) return cached;
  const token = await findTokenByHash(s.db, hash);
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
    throw unauthenticated('The API token is not valid: it is unknown, expired or revoked.');
  }
  const user = await findUserById(s.db, token.userId);
  if (!user || user.status !== 'active') throw unauthenticated('The API token belongs to a deactivated user.');
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await markTokenUsed(s.db, token.id);
  }
  const auth: Authenticated = {
    actor: {
      type: 'token',
      userId: user.id,
      tokenId: token.id,
      label: `${user.email} (token "${token.name}")`,
      grants: await grantsOf(s.db, user.id),
      readOnly: token.access === 'read_only',
    },
    via: 'token',
    sessionId: null,
    csrfToken: null,
    mustChangePassword: false,
    tokenExpiresAt: token.expiresAt,
  };
  rememberAuth(s, `t:${hash}`, auth);
  return auth;
}

export async function authenticateSession(s: Services, cookieValue: string): Promise<Authenticated | null> {
  const id = sha256(cookieValue);
  const cached = cachedAuth(s, `s:${id}`);
  if (cached) return cached;
  const session = await findLiveSession(s.db, id);
  if (!session) return null;
  const user = await findUserById(s.db, session.userId);
  if (!user || user.status !== 'active') return null;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(s.db, id, new Date(now + s.config.sessionTtlHours * 3_600_000));
  }
  const auth: Authenticated = {
    actor: {
      type: 'user',
      userId: user.id,
      tokenId: null,
      label: user.email,
      grants: await grantsOf(s.db, user.id),
      readOnly: false,
    },
    via: 'session',
    sessionId: id,
    csrfToken: session.csrfToken,
    mustChangePassword: user.mustChangePassword,
    tokenExpiresAt: null,
  };
  // A session about to expire is not cached past its end.
  if (session.expiresAt.getTime() > Date.now() + 10_000) rememberAuth(s, `s:${id}`, auth);
  return auth;
}
