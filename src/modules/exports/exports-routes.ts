/**
 * Every list as a file: `GET /exports/<list>.csv` or `.xlsx` takes the list's own filters and sort
 * (not its page size or cursor), needs the list's permission, keeps to the caller's location
 * scope, and streams every matching row.
 */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, problems } from '../../platform/http/route-kit.js';
import { parseSort } from '../../platform/http/pagination.js';
import { listQuery, parseCustomFieldFilter } from '../assets/assets-routes.js';
import { listModelsQuery } from '../catalog/models-routes.js';
import { listCategoriesQuery } from '../catalog/categories-routes.js';
import { listManufacturersQuery } from '../catalog/manufacturers-routes.js';
import { listSuppliersQuery } from '../catalog/suppliers-routes.js';
import { listPeopleQuery } from '../people/use-cases/read-people.js';
import { listDepartmentsQuery } from '../people/use-cases/department-use-cases.js';
import { balancesQuery, movementsQuery } from '../stock/use-cases/read-stock.js';
import { plansQuery } from '../planning/use-cases/read-plans.js';
import { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from './table-file.js';
import { streamTable, type ExportTable } from './tabular-export.js';
import { assetTable } from './asset-export.js';
import { categoryTable, manufacturerTable, modelTable, supplierTable } from './catalog-exports.js';
import { departmentTable, peopleTable } from './people-exports.js';
import { locationExportQuery, locationTable } from './location-export.js';
import { balanceTable, movementTable, planTable } from './stock-exports.js';

const read = { access: { permission: 'inventory.read' as const } };
const params = z.object({ format: z.enum(EXPORT_FORMATS).describe('csv or xlsx.') });
const fileResponse = {
  description: 'The file (Content-Disposition: attachment), streamed.',
  content: {
    'text/csv': { schema: z.string().describe('CSV, UTF-8 with a BOM') },
    [CONTENT_TYPES.xlsx]: { schema: z.string().describe('XLSX workbook, one sheet') },
  },
};

/** The route's OpenAPI description: what it takes and how its file reads back. */
function schema<Q extends z.ZodObject>(list: string, querystring: Q, what: string) {
  return {
    tags: ['exports'],
    summary: `${what} as CSV or XLSX, with the filters and sort of GET ${list}`,
    description:
      `Takes the query of GET ${list} without limit and cursor, and answers every matching row within your ` +
      'location scope, streamed (memory stays at one page of 5,000 rows).',
    params,
    querystring,
    response: { 200: fileResponse, ...authProblems, ...problems(404) },
  };
}

async function send<R>(reply: FastifyReply, format: ExportFormat, table: ExportTable<R>) {
  const stream = await streamTable(format, table);
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-disposition', `attachment; filename="${table.name}-${day}.${format}"`)
    .type(CONTENT_TYPES[format])
    .send(stream);
}

const noPage = { limit: true, cursor: true } as const;

export const exportsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/exports/assets.:format',
    {
      config: read,
      schema: {
        ...schema('/assets', listQuery.omit(noPage), 'The asset list'),
        description:
          'Takes the query of GET /assets without limit and cursor. The columns are the import’s field names ' +
          '(custom fields by key), so the file imports back unchanged. Streamed, within your location scope.',
      },
    },
    async (request, reply) => {
      const { customFields, sort, ...rest } = request.query;
      const filter = { ...rest, customFields: parseCustomFieldFilter(customFields), sort: parseSort(sort) };
      return send(reply, request.params.format, assetTable(s, request.actionContext(), filter));
    },
  );

  app.get(
    '/exports/locations.:format',
    {
      config: read,
      schema: {
        ...schema('/locations', locationExportQuery, 'The location tree'),
        description:
          'Every location within your scope (or below parentId), parents before children, with the location ' +
          'import’s column names (Parent location is the parent’s code), so the file imports back in one pass.',
      },
    },
    async (request, reply) =>
      send(reply, request.params.format, await locationTable(s, request.actionContext(), request.query)),
  );

  app.get(
    '/exports/models.:format',
    { config: read, schema: schema('/models', listModelsQuery.omit(noPage), 'Models') },
    async (request, reply) => send(reply, request.params.format, modelTable(s, request.query)),
  );

  app.get(
    '/exports/categories.:format',
    {
      config: read,
      schema: schema('/categories', listCategoriesQuery.omit(noPage), 'Categories with their custom fields'),
    },
    async (request, reply) => send(reply, request.params.format, categoryTable(s, request.query)),
  );

  app.get(
    '/exports/manufacturers.:format',
    { config: read, schema: schema('/manufacturers', listManufacturersQuery.omit(noPage), 'Manufacturers') },
    async (request, reply) => send(reply, request.params.format, manufacturerTable(s, request.query)),
  );

  app.get(
    '/exports/suppliers.:format',
    { config: read, schema: schema('/suppliers', listSuppliersQuery.omit(noPage), 'Suppliers') },
    async (request, reply) => send(reply, request.params.format, supplierTable(s, request.query)),
  );

  app.get(
    '/exports/departments.:format',
    { config: read, schema: schema('/departments', listDepartmentsQuery.omit(noPage), 'Departments') },
    async (request, reply) =>
      send(reply, request.params.format, await departmentTable(s, request.actionContext(), request.query)),
  );

  app.get(
    '/exports/people.:format',
    { config: read, schema: schema('/people', listPeopleQuery.omit(noPage), 'People') },
    async (request, reply) =>
      send(reply, request.params.format, await peopleTable(s, request.actionContext(), request.query)),
  );

  app.get(
    '/exports/stock.:format',
    { config: read, schema: schema('/stock', balancesQuery.omit({ limit: true }), 'Stock on hand') },
    async (request, reply) =>
      send(reply, request.params.format, await balanceTable(s, request.actionContext(), request.query)),
  );

  app.get(
    '/exports/stock-movements.:format',
    { config: read, schema: schema('/stock/movements', movementsQuery.omit(noPage), 'The stock ledger') },
    async (request, reply) =>
      send(reply, request.params.format, await movementTable(s, request.actionContext(), request.query)),
  );

  app.get(
    '/exports/planning.:format',
    {
      config: read,
      schema: {
        ...schema('/planning', plansQuery.omit({ limit: true }), 'The planning list (what needs stock)'),
        description:
          'Takes the query of GET /planning without limit: every plan the list would show, most urgent first, ' +
          'within your location scope. Plans are computed together, as for the list; the file is streamed.',
      },
    },
    async (request, reply) =>
      send(reply, request.params.format, await planTable(s, request.actionContext(), request.query)),
  );
};
