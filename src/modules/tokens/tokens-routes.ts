import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { cursorSchema, limitSchema, pageSchema } from '../../platform/http/pagination.js';
import { tokenSchema } from './token-presenter.js';
import { createToken, createTokenInput, listTokensFor, listTokensQuery, revokeTokenById } from './token-use-cases.js';

export const tokensRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/tokens',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['tokens'],
        summary: 'List API tokens (your own; administrators may list anyone’s)',
        querystring: listTokensQuery.extend({ limit: limitSchema, cursor: cursorSchema }),
        response: { 200: pageSchema(tokenSchema), ...authProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listTokensFor(s, request.actionContext(), filter, { limit, cursor });
    },
  );

  app.post(
    '/tokens',
    {
      config: { access: 'authenticated', idempotent: true },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is returned once',
        body: createTokenInput,
        response: {
          201: z.object({
            token: tokenSchema,
            secret: z.string().describe('Send as "Authorization: Bearer <secret>". Shown only now.'),
          }),
          ...authProblems,
        },
      },
    },
    async (request, reply) => reply.status(201).send(await createToken(s, request.actionContext(), request.body)),
  );

  app.delete(
    '/tokens/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 200: tokenSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => revokeTokenById(s, request.actionContext(), request.params.id),
  );
};
