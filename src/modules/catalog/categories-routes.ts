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
import { CATEGORY_KINDS, listCategories } from './categories-repository.js';
import { categoryDetailSchema, categorySchema, fieldChangeSchema, presentCategory } from './categories-presenter.js';
import {
  archiveCategory,
  createCategory,
  createCategoryInput,
  getCategoryDetail,
  updateCategory,
  updateCategoryInput,
} from './categories-use-cases.js';
import { addField, archiveField, fieldInput, updateField, updateFieldInput } from './custom-fields-use-cases.js';
import { includeArchivedQuery } from './catalog-kit.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['categories'];
const fieldParams = z.object({ id: z.uuid(), fieldId: z.uuid() });

/** The list's filters and sort (its export takes the same). */
export const listCategoriesQuery = z.object({
  q: z.string().max(200).optional().describe('Part of the name.'),
  kind: z.enum(CATEGORY_KINDS).optional(),
  includeArchived: includeArchivedQuery,
  sort: sortSchema(['name', 'createdAt'], 'name'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export const categoriesRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/categories',
    {
      config: read,
      schema: {
        tags,
        summary: 'List categories',
        querystring: listCategoriesQuery,
        response: { 200: pageSchema(categorySchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const sort = parseSort(q.sort);
      const rows = await listCategories(s.db, {
        q: q.q,
        kind: q.kind,
        includeArchived: q.includeArchived,
        sort,
        cursor: decodeCursor(q.cursor, 2),
        limit: q.limit,
      });
      const page = toPage(rows, q.limit, (r) => [r.key, r.row.id]);
      return { items: page.items.map((r) => presentCategory(r.row)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/categories',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Create a category, optionally with its custom fields',
        body: createCategoryInput,
        response: { 201: categoryDetailSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(s, request.actionContext(), request.body)),
  );

  app.get(
    '/categories/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One category with its custom fields and how many models and assets it has',
        params: idParams,
        response: { 200: categoryDetailSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getCategoryDetail(s.db, request.params.id),
  );

  app.patch(
    '/categories/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit, archive or restore a category',
        params: idParams,
        body: updateCategoryInput,
        response: { 200: categoryDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateCategory(s, request.actionContext(), request.params.id, request.body),
  );

  app.delete(
    '/categories/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive a category (refused while active models use it)',
        params: idParams,
        response: { 200: categoryDetailSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => archiveCategory(s, request.actionContext(), request.params.id),
  );

  app.post(
    '/categories/:id/fields',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Add a custom field to a category',
        description:
          'The report lists existing assets that do not fit the new field (a required field they lack); nothing is changed.',
        params: idParams,
        body: fieldInput,
        response: { 201: fieldChangeSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addField(s, request.actionContext(), request.params.id, request.body)),
  );

  app.patch(
    '/categories/:id/fields/:fieldId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a custom field (type, options, required, unique, label, ...)',
        description:
          'Existing values are never changed or dropped: the report lists those that no longer fit (at most 100, ' +
          'with the total). Making a field unique is refused (409) while assets share a value. The key cannot change.',
        params: fieldParams,
        body: updateFieldInput,
        response: { 200: fieldChangeSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateField(s, request.actionContext(), request.params.id, request.params.fieldId, request.body),
  );

  app.delete(
    '/categories/:id/fields/:fieldId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Archive a custom field; the values stay in the assets and are reported',
        params: fieldParams,
        response: { 200: fieldChangeSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => archiveField(s, request.actionContext(), request.params.id, request.params.fieldId),
  );
};
