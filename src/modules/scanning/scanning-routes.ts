import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Services } from '../../platform/services.js';
import { authProblems } from '../../platform/http/route-kit.js';
import { lookupCode } from './lookup.js';

const matchSchema = z
  .object({
    type: z.enum(['asset', 'location', 'person', 'model']),
    id: z.uuid(),
    label: z.string().describe('One line naming the thing, e.g. "QM-000123: Latitude 7450 (in use by Grace Hopper)".'),
  })
  .catchall(z.unknown())
  .meta({ id: 'LookupMatch' });

const lookupSchema = z
  .object({
    code: z.string(),
    readAs: z.enum(['gs1', 'url', 'email', 'gtin', 'text', 'unknown']),
    match: matchSchema.nullable(),
    others: z.array(matchSchema),
    gs1: z.object({ gtin: z.string().nullable(), serial: z.string().nullable() }).nullable(),
    message: z.string().describe('What the code is, or why nothing matches it.'),
  })
  .meta({ id: 'LookupResult' });

export const scanningRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  const baseUrls = (request: FastifyRequest) =>
    [s.config.publicUrl, `${request.protocol}://${request.host}`].filter((u): u is string => !!u);

  app.get(
    '/lookup/:code',
    {
      config: { access: { permission: 'inventory.read' } },
      schema: {
        tags: ['scanning'],
        summary: 'What a scanned or typed code is: an asset, a location, a person or a model',
        description:
          'Reads tags, serials, location codes, employee numbers and badges, e-mail addresses, our own QR links, GTINs and GS1 element strings (with or without AIM prefix and FNC1). Percent-encode the code; for links, GET /lookup?code= is easier.',
        params: z.object({ code: z.string().min(1).max(2000) }),
        response: { 200: lookupSchema, ...authProblems },
      },
    },
    async (request) => lookupCode(s, request.actionContext(), request.params.code, { baseUrls: baseUrls(request) }),
  );

  app.get(
    '/lookup',
    {
      config: { access: { permission: 'inventory.read' } },
      schema: {
        tags: ['scanning'],
        summary: 'The same as /lookup/{code}, with the code in the query string',
        querystring: z.object({ code: z.string().min(1).max(2000) }),
        response: { 200: lookupSchema, ...authProblems },
      },
    },
    async (request) => lookupCode(s, request.actionContext(), request.query.code, { baseUrls: baseUrls(request) }),
  );
};
