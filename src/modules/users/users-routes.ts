import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import {
  cursorSchema,
  decodeCursor,
  limitSchema,
  pageSchema,
  parseSort,
  sortSchema,
  toPage,
} from '../../platform/http/pagination.js';
import { notFound } from '../../platform/http/errors.js';
import { ROLES } from '../../domain/permissions.js';
import { findUserById, grantsOf, grantsOfMany, listUsers, userCursor } from './users-repository.js';
import { presentUser, userSchema } from './user-presenter.js';
import { createUser, createUserInput } from './use-cases/create-user.js';
import { updateUser, updateUserInput } from './use-cases/update-user.js';
import { setUserGrants, setUserGrantsInput } from './use-cases/set-user-grants.js';
import { resetPassword, resetPasswordInput } from '../auth/passwords.js';

const manage = { access: { permission: 'users.manage' as const } };

export const usersRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/users',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: 'List users',
        querystring: z.object({
          q: z.string().max(200).optional().describe('Part of the e-mail or name.'),
          status: z.enum(['active', 'deactivated']).optional(),
          role: z.enum(ROLES).optional(),
          sort: sortSchema(['email', 'name', 'createdAt'], 'email'),
          limit: limitSchema,
          cursor: cursorSchema,
        }),
        response: { 200: pageSchema(userSchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const sort = parseSort(q.sort);
      const rows = await listUsers(s.db, {
        q: q.q,
        status: q.status,
        role: q.role,
        sort,
        limit: q.limit,
        cursor: decodeCursor(q.cursor, 2),
      });
      const page = toPage(rows, q.limit, (r) => userCursor(r));
      const grants = await grantsOfMany(
        s.db,
        page.items.map((u) => u.id),
      );
      return { items: page.items.map((u) => presentUser(u, grants.get(u.id) ?? [])), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/users',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags: ['users'],
        summary: 'Create (invite) a user',
        description:
          'Without a password, a temporary one is generated and returned once; the user must change it at first sign-in.',
        body: createUserInput,
        response: {
          201: z.object({ user: userSchema, temporaryPassword: z.string().nullable() }),
          ...authProblems,
          ...problems(409),
        },
      },
    },
    async (request, reply) => {
      const created = await createUser(s, request.actionContext(), request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/users/:id',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: 'One user',
        params: idParams,
        response: { 200: userSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const user = await findUserById(s.db, request.params.id);
      if (!user) throw notFound('The user');
      return presentUser(user, await grantsOf(s.db, user.id));
    },
  );

  app.patch(
    '/users/:id',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: 'Edit a user, or deactivate / reactivate one',
        params: idParams,
        body: updateUserInput,
        response: { 200: userSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateUser(s, request.actionContext(), request.params.id, request.body),
  );

  app.put(
    '/users/:id/grants',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: "Replace a user's roles and their scopes",
        params: idParams,
        body: setUserGrantsInput,
        response: { 200: userSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => setUserGrants(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: "Reset a user's password (signs them out everywhere)",
        params: idParams,
        body: resetPasswordInput,
        response: { 200: z.object({ temporaryPassword: z.string() }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => resetPassword(s, request.actionContext(), request.params.id, request.body),
  );
};
