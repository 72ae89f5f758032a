/**
 * Who a token or session cookie belongs to, remembered for a few seconds so that a busy
 * integration does not pay three lookups per request. Any change that affects sign-in on this
 * instance (sign-out, revoked token, deactivated user, new roles or password) clears it at once;
 * other instances see the change within the time to live.
 */
import type { Services } from '../../platform/services.js';
import type { Authenticated } from './authenticate.js';

export const AUTH_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  auth: Authenticated;
  expires: number;
}

const caches = new WeakMap<Services, Map<string, Entry>>();

function cacheOf(s: Services): Map<string, Entry> {
  let cache = caches.get(s);
  if (!cache) {
    cache = new Map();
    caches.set(s, cache);
  }
  return cache;
}

export function cachedAuth(s: Services, key: string): Authenticated | undefined {
  const entry = cacheOf(s).get(key);
  if (!entry) return undefined;
  if (entry.expires < Date.now()) {
    cacheOf(s).delete(key);
    return undefined;
  }
  return entry.auth;
}

export function rememberAuth(s: Services, key: string, auth: Authenticated): void {
  const cache = cacheOf(s);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { auth, expires: Date.now() + AUTH_CACHE_TTL_MS });
}

/** Forget everything: called by every change to users, roles, sessions and tokens. */
export function forgetAuth(s: Services): void {
  cacheOf(s).clear();
}

/** Runs a change that affects sign-in, then forgets cached credentials (after it commits). */
export async function forgettingAuth<T>(s: Services, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    forgetAuth(s);
  }
}
