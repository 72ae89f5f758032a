/** Who is signed in: sign-in, sign-out, the current user and their permissions, password changes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken, unwrap } from './client';
import type { Me } from './types';

export const meKey = ['me'] as const;

/**
 * The last answer of /me in this browser (without the CSRF token), so that the app, opened from the
 * service worker's cache while offline, still knows who is signed in: the scanning station keeps
 * taking that user's scans. Forgotten at sign-out and whenever the server says nobody is signed in.
 */
const LAST_ME = 'qm-last-me';

function rememberMe(me: Me | null) {
  try {
    if (me) localStorage.setItem(LAST_ME, JSON.stringify({ ...me, csrfToken: '' }));
    else localStorage.removeItem(LAST_ME);
  } catch {
    // Storage full or disabled: the app then needs the server to open, as without a service worker.
  }
}

function lastMe(): Me | null {
  try {
    const saved = localStorage.getItem(LAST_ME);
    return saved ? (JSON.parse(saved) as Me) : null;
  } catch {
    return null;
  }
}

/**
 * Signed out while the server could not be reached: the session cookie (HTTP-only, out of the app's
 * reach) is still valid on the server, so the sign-out is finished as soon as the server answers,
 * before anything else is asked. Until then this browser counts as signed out.
 */
const PENDING_SIGN_OUT = 'qm-sign-out-pending';

function signOutPending(): boolean {
  try {
    return localStorage.getItem(PENDING_SIGN_OUT) !== null;
  } catch {
    return false;
  }
}

/** Ends on the server a session signed out of offline; throws TypeError while still offline. */
export async function finishPendingSignOut(): Promise<void> {
  if (!signOutPending()) return;
  const me = await unwrap(api.GET('/api/v1/me')).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  });
  if (me) {
    setCsrfToken(me.csrfToken);
    try {
      await unwrap(api.POST('/api/v1/auth/logout'));
    } finally {
      setCsrfToken(null);
    }
  }
  localStorage.removeItem(PENDING_SIGN_OUT);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void finishPendingSignOut().catch(() => undefined));
}

/** GET /me, or null when nobody is signed in (401); offline, the last known user. */
async function fetchMe(): Promise<Me | null> {
  if (signOutPending()) {
    await finishPendingSignOut().catch(() => undefined);
    return null;
  }
  try {
    const me = await unwrap(api.GET('/api/v1/me'));
    setCsrfToken(me.csrfToken);
    rememberMe(me);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      rememberMe(null);
      return null;
    }
    // fetch() failing outright (TypeError) is no connection, not an answer from the server.
    const offline = error instanceof TypeError ? lastMe() : null;
    if (offline) return offline;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }) => {
      await finishPendingSignOut().catch(() => undefined);
      const session = await unwrap(api.POST('/api/v1/auth/login', { body }));
      setCsrfToken(session.csrfToken);
      return session;
    },
    // Another user may have been signed in on this tab before: forget everything cached for them.
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline too (TanStack would otherwise wait for the connection): this browser is signed out at
    // once and the server is told when it can be reached.
    networkMode: 'always',
    mutationFn: async () => {
      try {
        await unwrap(api.POST('/api/v1/auth/logout'));
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        localStorage.setItem(PENDING_SIGN_OUT, new Date().toISOString());
      }
    },
    // Even when the session had already ended on the server, this tab is now signed out.
    onSettled: () => {
      setCsrfToken(null);
      rememberMe(null);
      queryClient.removeQueries();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) => {
      await unwrap(api.POST('/api/v1/auth/password', { body }));
    },
    // Clears mustChangePassword, which lets the app shell appear after a forced change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

export function hasPermission(me: Me, permission: string): boolean {
  const scope = me.permissions[permission];
  return scope !== undefined && scope.kind !== 'none';
}
