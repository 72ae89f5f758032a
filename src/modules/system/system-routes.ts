import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { sql } from 'drizzle-orm';
import { VERSION } from '../../platform/version.js';

export const systemRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability (for load balancers)',
        response: {
          200: z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['pglite', 'postgres']) }),
          503: z.object({
            status: z.literal('unavailable'),
            version: z.string(),
            database: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await s.db.execute(sql`select 1`);
        return { status: 'ok' as const, version: VERSION, database: s.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, version: VERSION, database: s.database.kind });
      }
    },
  );
};
