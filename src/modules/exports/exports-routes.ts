import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems } from '../../platform/http/route-kit.js';
import { listQuery, parseCustomFieldFilter } from '../assets/assets-routes.js';
import { exportAssetsCsv, exportAssetsXlsx } from './asset-export.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exportsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/exports/assets.:format',
    {
      config: { access: { permission: 'inventory.read' } },
      schema: {
        tags: ['exports'],
        summary: 'The asset list as CSV or XLSX: the list’s filters, every matching asset, streamed',
        description:
          'Takes the filters of GET /assets. The columns are the import’s field names (custom fields by key), so the file imports back unchanged.',
        params: z.object({ format: z.enum(['csv', 'xlsx']) }),
        querystring: listQuery.omit({ sort: true, limit: true, cursor: true }),
        response: {
          200: {
            description: 'The file (Content-Disposition: attachment).',
            content: { 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } },
          },
          ...authProblems,
        },
      },
    },
    async (request, reply) => {
      const { customFields, ...rest } = request.query;
      const filter = { ...rest, customFields: parseCustomFieldFilter(customFields) };
      const ctx = request.actionContext();
      const day = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="assets-${day}.${request.params.format}"`);
      if (request.params.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send((await exportAssetsCsv(s, ctx, filter)) as never);
      }
      return reply.type(XLSX).send((await exportAssetsXlsx(s, ctx, filter)) as never);
    },
  );
};
