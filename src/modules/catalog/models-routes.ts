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
import { TRACKING, gtinsOfMany, listModels } from './models-repository.js';
import { modelSchema, presentModel } from './models-presenter.js';
import {
  archiveModel,
  createModel,
  createModelInput,
  getModel,
  getModelByGtin,
  updateModel,
  updateModelInput,
} from './models-use-cases.js';
import { includeArchivedQuery } from './catalog-kit.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['models'];

/** The list's filters and sort (its export takes the same). */
export const listModelsQuery = z.object({
  q: z.string().max(200).optional().describe('Part of the name.'),
  categoryId: z.uuid().optional(),
  manufacturerId: z.uuid().optional(),
  tracking: z.enum(TRACKING).optional(),
  includeArchived: includeArchivedQuery,
  sort: sortSchema(['name', 'createdAt'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export const modelsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/models',
    {
      config: read,
      schema: {
        tags,
        summary: 'List models',
        querystring: listModelsQuery,
        response: { 200: pageSchema(modelSchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listModels(s.db, {
        q: q.q,
        categoryId: q.categoryId,
        manufacturerId: q.manufacturerId,
        tracking: q.tracking,
        includeArchived: q.includeArchived,
        sort: parseSort(q.sort),
        cursor: decodeCursor(q.cursor, 2),
        limit: q.limit,
      });
      const page = toPage(rows, q.limit, (r) => [r.key, r.row.id]);
      const gtins = await gtinsOfMany(
        s.db,
        page.items.map((r) => r.row.id),
      );
      return {
        items: page.items.map((r) => presentModel(r.row, r.names, gtins.get(r.row.id) ?? [])),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/models',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a model',
        body: createModelInput,
        response: { 201: modelSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createModel(s, request.actionContext(), request.body)),
  );

  app.get(
    '/models/by-gtin/:gtin',
    {
      config: read,
      schema: {
        tags,
        summary: 'The model a GTIN / EAN / UPC belongs to (any length; archived models included)',
        params: z.object({ gtin: z.string().max(64).describe('GTIN-8, -12, -13 or -14, as scanned.') }),
        response: { 200: modelSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getModelByGtin(s.db, request.params.gtin),
  );

  app.get(
    '/models/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One model',
        params: idParams,
        response: { 200: modelSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getModel(s.db, request.params.id),
  );

  app.patch(
    '/models/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit, archive or restore a model',
        description: 'Tracking, category and manufacturer cannot change once assets of the model exist (409).',
        params: idParams,
        body: updateModelInput,
        response: { 200: modelSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateModel(s, request.actionContext(), request.params.id, request.body),
  );

  app.delete(
    '/models/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive a model (its assets and GTINs stay)',
        params: idParams,
        response: { 200: modelSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => archiveModel(s, request.actionContext(), request.params.id),
  );
};
