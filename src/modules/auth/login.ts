/**
 * Sign-in with e-mail and password. Failures say the same thing whether or not the account exists,
 * take the same time, and are rate limited per e-mail and per address.
 */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { Services } from '../../platform/services.js';
import type { ActionContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { RateLimiter } from '../../platform/http/rate-limit.js';
import { verifyPassword } from '../../platform/security/passwords.js';
import { randomToken, sha256 } from '../../platform/security/secrets.js';
import { users } from '../../platform/db/schema.js';
import { findUserByEmail, grantsOf } from '../users/users-repository.js';
import { insertSession } from './sessions-repository.js';

export const loginInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

interface Throttle {
  perEmail: RateLimiter;
  perAddress: RateLimiter;
}
// One throttle per running instance of the services (tests run many side by side in one process).
const throttles = new WeakMap<Services, Throttle>();
function throttleFor(s: Services): Throttle {
  let t = throttles.get(s);
  if (!t) {
    t = { perEmail: new RateLimiter(10, 15 * 60_000), perAddress: new RateLimiter(50, 15 * 60_000) };
    throttles.set(s, t);
  }
  return t;
}

export interface LoginResult {
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

export async function login(
  s: Services,
  input: z.infer<typeof loginInput>,
  client: { ip: string | null; userAgent: string | null; requestId: string | null },
): Promise<LoginResult> {
  const { perEmail, perAddress } = throttleFor(s);
  const emailKey = `email:${input.email.toLowerCase()}`;
  const addressKey = `ip:${client.ip ?? 'unknown'}`;
  const wait = Math.max(perEmail.retryAfter(emailKey), perAddress.retryAfter(addressKey));
  if (wait > 0) {
    throw new AppError(
      'too_many_attempts',
      429,
      `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      undefined,
      { 'retry-after': String(wait) },
    );
  }
  const user = await findUserByEmail(s.db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    perEmail.hit(emailKey);
    perAddress.hit(addressKey);
    throw new AppError('invalid_credentials', 401, 'The e-mail or password is not correct.');
  }
  perEmail.reset(emailKey);

  const sessionToken = randomToken(32);
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + s.config.sessionTtlHours * 3_600_000);
  const ctx: ActionContext = {
    actor: {
      type: 'user',
      userId: user.id,
      tokenId: null,
      label: user.email,
      grants: await grantsOf(s.db, user.id),
      readOnly: false,
    },
    source: 'web',
    requestId: client.requestId,
  };
  await s.db.transaction(async (tx) => {
    await insertSession(tx, {
      id: sha256(sessionToken),
      userId: user.id,
      csrfToken,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await s.audit.record(tx, ctx, {
      entityType: 'user',
      entityId: user.id,
      action: 'auth.signed_in',
      changes: { ip: client.ip },
    });
  });
  return { sessionToken, csrfToken, expiresAt, userId: user.id };
}
