import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, problems } from '../../platform/http/route-kit.js';
import { changeOwnPassword, changePasswordInput } from './passwords.js';
import { login, loginInput } from './login.js';
import { SESSION_COOKIE } from './authenticate.js';
import { deleteSession } from './sessions-repository.js';
import { findUserById, grantsOf } from '../users/users-repository.js';
import { presentUser, userSchema } from '../users/user-presenter.js';
import { PERMISSION_NAMES, describePermissions, ROLES, ROLE_LABELS, PERMISSIONS } from '../../domain/permissions.js';
import { unauthenticated } from '../../platform/http/errors.js';
import { forgettingAuth } from './auth-cache.js';

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('locations'), locationIds: z.array(z.uuid()) }),
  z.object({ kind: z.literal('none') }),
]);

const meSchema = z
  .object({
    user: userSchema,
    via: z.enum(['session', 'token']),
    tokenId: z.uuid().nullable(),
    readOnly: z.boolean(),
    csrfToken: z.string().nullable().describe('Send as x-csrf-token on writes made with the session cookie.'),
    permissions: z.record(z.enum(PERMISSION_NAMES as [string, ...string[]]), scopeSchema),
  })
  .meta({ id: 'Me' });

export const authRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginInput,
        response: {
          200: z.object({ csrfToken: z.string(), expiresAt: z.string(), mustChangePassword: z.boolean() }),
          ...problems(400, 401, 429),
        },
      },
    },
    async (request, reply) => {
      const result = await login(s, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: result.expiresAt,
      });
      const user = await findUserById(s.db, result.userId);
      return {
        csrfToken: result.csrfToken,
        expiresAt: result.expiresAt.toISOString(),
        mustChangePassword: user?.mustChangePassword ?? false,
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: { authenticated: true, duringPasswordChange: true } },
      schema: { tags: ['auth'], summary: 'Sign out (ends the session)', response: { 204: z.null(), ...authProblems } },
    },
    async (request, reply) => {
      const auth = request.auth!;
      if (auth.sessionId) {
        await forgettingAuth(
          s,
          s.db.transaction(async (tx) => {
            await deleteSession(tx, auth.sessionId!);
            await s.audit.record(tx, request.actionContext(), {
              entityType: 'user',
              entityId: auth.actor.userId!,
              action: 'auth.signed_out',
              changes: {},
            });
          }),
        );
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: { authenticated: true, duringPasswordChange: true } },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (ends your other sessions)',
        body: changePasswordInput,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(s, request.actionContext(), request.body, request.auth!.sessionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: { authenticated: true, duringPasswordChange: true } },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and what they may do',
        response: { 200: meSchema, ...authProblems },
      },
    },
    async (request) => {
      const auth = request.auth!;
      const user = await findUserById(s.db, auth.actor.userId!);
      if (!user) throw unauthenticated();
      return {
        user: presentUser(user, await grantsOf(s.db, user.id)),
        via: auth.via,
        tokenId: auth.actor.tokenId,
        readOnly: auth.actor.readOnly,
        csrfToken: auth.csrfToken,
        permissions: describePermissions(auth.actor.grants),
      };
    },
  );

  app.get(
    '/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The roles and what each one allows',
        response: {
          200: z.object({
            roles: z.array(z.object({ role: z.enum(ROLES), label: z.string(), permissions: z.array(z.string()) })),
            permissions: z.array(
              z.object({ name: z.string(), scope: z.enum(['organisation', 'location']), description: z.string() }),
            ),
          }),
          ...authProblems,
        },
      },
    },
    async () => ({
      roles: ROLES.map((role) => ({
        role,
        label: ROLE_LABELS[role],
        permissions: PERMISSION_NAMES.filter((p) => (PERMISSIONS[p].roles as readonly string[]).includes(role)),
      })),
      permissions: PERMISSION_NAMES.map((name) => ({
        name,
        scope: PERMISSIONS[name].scope,
        description: PERMISSIONS[name].description,
      })),
    }),
  );
};
