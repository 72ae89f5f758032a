import { PassThrough, type Readable } from 'node:stream';
import { z } from 'zod';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { cursorSchema, decodeCursor, limitSchema, pageSchema, toPage } from '../../platform/http/pagination.js';
import { AppError } from '../../platform/http/errors.js';
import { can } from '../../domain/permissions.js';
import {
  cancelImport,
  changeMapping,
  loadImport,
  mappingInput,
  runInput,
  startRun,
  uploadImport,
  uploadInput,
} from './imports-use-cases.js';
import { listImports, listProblems, listSavedMappings } from './imports-repository.js';
import {
  importSchema,
  importTypeSchema,
  presentImport,
  presentImportTypes,
  presentProblem,
  presentSavedMapping,
  problemSchema,
  savedMappingSchema,
} from './import-presenter.js';
import { problemsCsv } from './problems-csv.js';
import { assetTemplate, templateCsv, writeTemplateXlsx } from './templates.js';
import { RECORD_TEMPLATE_TYPES, recordTemplate } from './record-templates.js';
import type { ImportRow } from './imports-repository.js';
import { limitBytes, takeMultipartFile } from './upload-body.js';

const write = { access: { permission: 'inventory.write' as const } };
const read = { access: { permission: 'inventory.read' as const } };

/** The content types an upload may have: the file itself is the body. */
const UPLOAD_TYPES = [
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/octet-stream',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export const importsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  // The file streams to disk as it arrives: the body parser hands over the request stream.
  for (const type of UPLOAD_TYPES) {
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }
  // multipart/form-data (a browser's file input): parsed as a stream by the route, part by part.
  await app.register(multipart, { throwFileSizeLimit: true });

  const view = async (row: ImportRow) => presentImport(row, row.jobId ? await s.jobs.get(row.jobId) : undefined);

  app.get(
    '/imports/types',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'What can be imported, and the fields each type maps columns to',
        response: { 200: z.object({ items: z.array(importTypeSchema) }), ...authProblems },
      },
    },
    async () => ({ items: presentImportTypes() }),
  );

  app.post(
    '/imports',
    {
      config: write,
      bodyLimit: 2 * 1024 * 1024 * 1024,
      schema: {
        tags: ['imports'],
        summary: 'Upload a spreadsheet (CSV or XLSX) to import: the file as the body, or a multipart form',
        description:
          'Send the file as the request body (Content-Type text/csv, application/octet-stream or the XLSX type) with the options in the query string, ' +
          'or as multipart/form-data with the file in the field `file` and the options (type, fileName, sheet, preset, mappingId) as fields before it ' +
          '(a field overrides the query string; fileName defaults to the file part’s name). Either way the file streams to disk; one larger than ' +
          'the server’s limit (QM_MAX_UPLOAD_MB) is refused with 413 file_too_large. The answer has the headers, a sample, problems with the file, ' +
          'and the automatic column mapping; then adjust the mapping, run a dry run, and commit.',
        querystring: uploadInput,
        response: { 201: importSchema, ...authProblems, ...problems(404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const ctx = request.actionContext();
      const maxBytes = s.config.maxUploadBytes;
      if (request.isMultipart()) {
        const row = await takeMultipartFile(request, maxBytes, (fields, file, fileName) =>
          uploadImport(s, ctx, { ...request.query, fileName, ...fields }, file),
        );
        return reply.code(201).send(await view(row));
      }
      if (!request.body || typeof (request.body as Readable).pipe !== 'function') {
        throw new AppError(
          'unsupported_media_type',
          415,
          `Send the file itself as the body, with Content-Type ${UPLOAD_TYPES.slice(0, 3).join(', ')} or the XLSX type, or as multipart/form-data in the field "file".`,
        );
      }
      const row = await uploadImport(s, ctx, request.query, limitBytes(request.body as Readable, maxBytes));
      return reply.code(201).send(await view(row));
    },
  );

  app.get(
    '/imports',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'Imports, newest first (your own; everyone’s for asset managers and administrators)',
        querystring: z.object({ limit: limitSchema, cursor: cursorSchema }),
        response: { 200: pageSchema(importSchema), ...authProblems },
      },
    },
    async (request) => {
      const ctx = request.actionContext();
      const rows = await listImports(s.db, {
        createdBy: can(ctx.actor.grants, 'inventory.manage') ? undefined : (ctx.actor.userId ?? undefined),
        cursor: decodeCursor(request.query.cursor, 2),
        limit: request.query.limit,
      });
      const page = toPage(rows, request.query.limit, (r) => [r.createdAt.toISOString(), r.id]);
      return { items: await Promise.all(page.items.map(view)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/imports/templates/assets.:format',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'A spreadsheet template for assets: the built-in fields and a category’s custom fields',
        description:
          'XLSX: a data sheet with drop-down lists for statuses, models and locations, a sheet of example rows and instructions for every column. CSV: the header row.',
        params: z.object({ format: z.enum(['xlsx', 'csv']) }),
        querystring: z.object({ categoryId: z.uuid().optional() }),
        response: {
          200: {
            description: 'The template file (Content-Disposition: attachment).',
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
              'text/csv': { schema: z.string() },
            },
          },
          ...authProblems,
          ...problems(404),
        },
      },
    },
    async (request, reply) => {
      const template = await assetTemplate(s.db, request.query.categoryId);
      const name = `${template.fileName}.${request.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (request.params.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(templateCsv(template) as never);
      const body = new PassThrough();
      void writeTemplateXlsx(template, body).catch((error: unknown) => body.destroy(error as Error));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(body as never);
    },
  );

  app.get(
    '/imports/templates/:type.:format',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'A spreadsheet template for locations, models, people, suppliers or quantity-tracked stock',
        description:
          'The columns the import writes for that type. XLSX: a data sheet (location columns with a drop-down of location codes), example rows and instructions for every column. CSV: the header row.',
        params: z.object({ type: z.enum(RECORD_TEMPLATE_TYPES), format: z.enum(['xlsx', 'csv']) }),
        response: {
          200: {
            description: 'The template file (Content-Disposition: attachment).',
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
              'text/csv': { schema: z.string() },
            },
          },
          ...authProblems,
        },
      },
    },
    async (request, reply) => {
      const template = await recordTemplate(s.db, request.params.type);
      const name = `${template.fileName}.${request.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (request.params.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(templateCsv(template) as never);
      const body = new PassThrough();
      void writeTemplateXlsx(template, body).catch((error: unknown) => body.destroy(error as Error));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(body as never);
    },
  );

  app.get(
    '/imports/mappings',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'Column mappings saved for reuse',
        querystring: z.object({ type: z.string().max(40).optional() }),
        response: { 200: z.object({ items: z.array(savedMappingSchema) }), ...authProblems },
      },
    },
    async (request) => ({ items: (await listSavedMappings(s.db, request.query.type)).map(presentSavedMapping) }),
  );

  app.get(
    '/imports/:id',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'One import: its mapping, the state of its run, and the summary of the last run',
        params: idParams,
        response: { 200: importSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => view(await loadImport(s, request.actionContext(), request.params.id)),
  );

  app.put(
    '/imports/:id/mapping',
    {
      config: write,
      schema: {
        tags: ['imports'],
        summary: 'Adjust the column mapping and options (and save the mapping for reuse)',
        params: idParams,
        body: mappingInput,
        response: { 200: importSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => view(await changeMapping(s, request.actionContext(), request.params.id, request.body)),
  );

  app.post(
    '/imports/:id/run',
    {
      config: write,
      schema: {
        tags: ['imports'],
        summary: 'Start a dry run (the default) or the commit, as a background job',
        params: idParams,
        body: runInput,
        response: { 202: importSchema, ...authProblems, ...problems(404, 409, 503) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await view(await startRun(s, request.actionContext(), request.params.id, request.body))),
  );

  app.post(
    '/imports/:id/cancel',
    {
      config: write,
      schema: {
        tags: ['imports'],
        summary: 'Cancel the running dry run or commit (nothing it did stays)',
        params: idParams,
        response: { 200: importSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => view(await cancelImport(s, request.actionContext(), request.params.id)),
  );

  app.get(
    '/imports/:id/problems',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'The report of the last run: every problem, by row and column',
        params: idParams,
        querystring: z.object({
          severity: z.enum(['error', 'warning']).optional(),
          limit: limitSchema,
          cursor: cursorSchema,
        }),
        response: { 200: pageSchema(problemSchema), ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      const row = await loadImport(s, request.actionContext(), request.params.id);
      const after = decodeCursor(request.query.cursor, 1);
      const rows = await listProblems(s.db, row.id, {
        afterId: after ? Number(after[0]) : undefined,
        severity: request.query.severity,
        limit: request.query.limit,
      });
      const page = toPage(rows, request.query.limit, (r) => [r.id]);
      return { items: page.items.map(presentProblem), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/imports/:id/problems.csv',
    {
      config: read,
      schema: {
        tags: ['imports'],
        summary: 'The report of the last run as a CSV file (row, column, header, field, severity, code, message)',
        params: idParams,
        response: {
          200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
          ...authProblems,
          ...problems(404),
        },
      },
    },
    async (request, reply) => {
      const row = await loadImport(s, request.actionContext(), request.params.id);
      const name = row.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
      return reply
        .header('content-disposition', `attachment; filename="${name}-report.csv"`)
        .type('text/csv; charset=utf-8')
        .send(problemsCsv(s.db, row.id) as never);
    },
  );
};
