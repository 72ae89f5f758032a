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
import { findManufacturer, listManufacturers } from './manufacturers-repository.js';
import { manufacturerSchema, presentManufacturer } from './manufacturers-presenter.js';
import {
  archiveManufacturer,
  createManufacturer,
  createManufacturerInput,
  updateManufacturer,
  updateManufacturerInput,
} from './manufacturers-use-cases.js';
import { includeArchivedQuery } from './catalog-kit.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['manufacturers'];

/** The list's filters and sort (its export takes the same). */
export const listManufacturersQuery = z.object({
  q: z.string().max(200).optional().describe('Part of the name.'),
  includeArchived: includeArchivedQuery,
  sort: sortSchema(['name', 'createdAt'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export const manufacturersRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/manufacturers',
    {
      config: read,
      schema: {
        tags,
        summary: 'List manufacturers',
        querystring: listManufacturersQuery,
        response: { 200: pageSchema(manufacturerSchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listManufacturers(s.db, {
        q: q.q,
        includeArchived: q.includeArchived,
        sort: parseSort(q.sort),
        cursor: decodeCursor(q.cursor, 2),
        limit: q.limit,
      });
      const page = toPage(rows, q.limit, (r) => [r.key, r.row.id]);
      return { items: page.items.map((r) => presentManufacturer(r.row)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/manufacturers',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a manufacturer',
        body: createManufacturerInput,
        response: { 201: manufacturerSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createManufacturer(s, request.actionContext(), request.body)),
  );

  app.get(
    '/manufacturers/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One manufacturer',
        params: idParams,
        response: { 200: manufacturerSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const row = await findManufacturer(s.db, request.params.id);
      if (!row) throw notFound('The manufacturer');
      return presentManufacturer(row);
    },
  );

  app.patch(
    '/manufacturers/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit, archive or restore a manufacturer',
        params: idParams,
        body: updateManufacturerInput,
        response: { 200: manufacturerSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateManufacturer(s, request.actionContext(), request.params.id, request.body),
  );

  app.delete(
    '/manufacturers/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive a manufacturer (refused while active models name it)',
        params: idParams,
        response: { 200: manufacturerSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => archiveManufacturer(s, request.actionContext(), request.params.id),
  );
};
