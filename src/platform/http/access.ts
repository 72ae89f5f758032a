/**
 * Every API route declares who may call it in `config.access`; a route without a declaration is
 * denied. The check runs before the body is read: unauthenticated callers learn nothing else.
 *
 * - 'public': anyone (sign-in, health).
 * - 'authenticated': any signed-in user or token.
 * - { permission }: the caller's roles must give this permission (somewhere, for location
 *   permissions; the use case then limits what it touches to the caller's scope).
 *
 * Cookie-authenticated writes must carry the session's CSRF token in `x-csrf-token`; read-only
 * tokens may not write; a user with a temporary password may only change it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can, type Permission } from '../../domain/permissions.js';
import type { ActionContext, Actor, Source } from '../context.js';
import type { Services } from '../services.js';
import { AppError, forbidden, unauthenticated } from './errors.js';
import { safeEqual } from '../security/secrets.js';
import {
  SESSION_COOKIE,
  authenticateSession,
  authenticateToken,
  type Authenticated,
} from '../../modules/auth/authenticate.js';

export type Access =
  | 'public'
  | 'authenticated'
  | {
      permission: Permission;
      /** Allowed while the user must still change a temporary password. */ duringPasswordChange?: boolean;
    }
  | { authenticated: true; duringPasswordChange: true };

export interface RouteAccessInfo {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    /** The acting user or token; throws 401 when there is none. */
    actor(): Actor;
    /** The context use cases take: actor, source and request id. */
    actionContext(source?: Source): ActionContext;
  }
  interface FastifyInstance {
    routeAccess: RouteAccessInfo[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function describeAccess(access: Access | undefined): string {
  if (access === undefined) return 'undeclared (denied)';
  if (access === 'public' || access === 'authenticated') return access;
  if ('permission' in access) return `permission ${access.permission}`;
  return 'authenticated';
}

async function resolveCredentials(s: Services, request: FastifyRequest): Promise<Authenticated | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    return authenticateToken(s, match[1]!);
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) return authenticateSession(s, cookie);
  return null;
}

export const accessPlugin = fp(async (app: FastifyInstance, opts: { services: Services }) => {
  const s = opts.services;
  app.decorate('routeAccess', [] as RouteAccessInfo[]);
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', function (this: FastifyRequest) {
    if (!this.auth) throw unauthenticated();
    return this.auth.actor;
  });
  app.decorateRequest('actionContext', function (this: FastifyRequest, source?: Source) {
    const actor = this.actor();
    return {
      actor,
      source: source ?? (this.auth?.via === 'session' ? 'web' : 'api'),
      requestId: this.id,
    };
  });

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' && route.url.startsWith('/api/')) continue;
      app.routeAccess.push({ method, url: route.url, access: route.config?.access });
    }
  });

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    // Unmatched URLs fall through to the not-found handler, which answers 404 for everyone.
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      throw new AppError('access_undeclared', 403, 'This endpoint declares no access rule, so it is closed.');
    }
    if (access === 'public') {
      request.auth = await resolveCredentials(s, request).catch(() => null);
      return;
    }
    const auth = await resolveCredentials(s, request);
    if (!auth) throw unauthenticated();
    request.auth = auth;
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe && auth.via === 'token' && auth.actor.readOnly) {
      throw new AppError(
        'read_only_token',
        403,
        'This API token is read-only; use a read-write token to make changes.',
      );
    }
    if (unsafe && auth.via === 'session') {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError(
          'csrf_failed',
          403,
          'The request is missing its CSRF token (x-csrf-token header); reload the page and try again.',
        );
      }
    }
    const duringPasswordChange = typeof access === 'object' && access.duringPasswordChange === true;
    if (auth.mustChangePassword && !duringPasswordChange) {
      throw new AppError('password_change_required', 403, 'Change your temporary password before doing anything else.');
    }
    if (typeof access === 'object' && 'permission' in access && !can(auth.actor.grants, access.permission)) {
      throw forbidden(`Your role does not allow this (it needs the ${access.permission} permission).`);
    }
  });
});
