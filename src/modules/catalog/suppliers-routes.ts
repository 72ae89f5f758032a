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
import { findSupplier, listSuppliers } from './suppliers-repository.js';
import { supplierSchema, presentSupplier } from './suppliers-presenter.js';
import {
  archiveSupplier,
  createSupplier,
  createSupplierInput,
  updateSupplier,
  updateSupplierInput,
} from './suppliers-use-cases.js';
import { includeArchivedQuery } from './catalog-kit.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['suppliers'];

/** The list's filters and sort (its export takes the same). */
export const listSuppliersQuery = z.object({
  q: z.string().max(200).optional().describe('Part of the name.'),
  includeArchived: includeArchivedQuery,
  sort: sortSchema(['name', 'createdAt'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export const suppliersRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/suppliers',
    {
      config: read,
      schema: {
        tags,
        summary: 'List suppliers',
        querystring: listSuppliersQuery,
        response: { 200: pageSchema(supplierSchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await listSuppliers(s.db, {
        q: q.q,
        includeArchived: q.includeArchived,
        sort: parseSort(q.sort),
        cursor: decodeCursor(q.cursor, 2),
        limit: q.limit,
      });
      const page = toPage(rows, q.limit, (r) => [r.key, r.row.id]);
      return { items: page.items.map((r) => presentSupplier(r.row)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/suppliers',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a supplier',
        body: createSupplierInput,
        response: { 201: supplierSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createSupplier(s, request.actionContext(), request.body)),
  );

  app.get(
    '/suppliers/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One supplier',
        params: idParams,
        response: { 200: supplierSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const row = await findSupplier(s.db, request.params.id);
      if (!row) throw notFound('The supplier');
      return presentSupplier(row);
    },
  );

  app.patch(
    '/suppliers/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit, archive or restore a supplier',
        params: idParams,
        body: updateSupplierInput,
        response: { 200: supplierSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateSupplier(s, request.actionContext(), request.params.id, request.body),
  );

  app.delete(
    '/suppliers/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive a supplier',
        params: idParams,
        response: { 200: supplierSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => archiveSupplier(s, request.actionContext(), request.params.id),
  );
};
