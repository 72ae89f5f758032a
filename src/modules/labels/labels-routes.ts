import fs from 'node:fs';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../platform/services.js';
import { authProblems, problems } from '../../platform/http/route-kit.js';
import { jobSchema, presentJob } from '../jobs/job-presenter.js';
import { labelRequest } from './label-request.js';
import {
  changeLabelSettings,
  labelSettingsInput,
  labelSettingsSchema,
  presentLabelSettings,
  readLabelSettings,
} from './label-settings.js';
import { labelJobFile } from './label-jobs.js';
import { listTemplates, printLabels } from './labels-use-cases.js';

const read = { access: { permission: 'inventory.read' as const } };

const templateSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['sheet', 'roll']),
    title: z.string(),
    labelWidthMm: z.number(),
    labelHeightMm: z.number().nullable().describe('null: continuous tape, as long as the content needs.'),
    perPage: z.number().int(),
    page: z.object({ size: z.enum(['LETTER', 'A4']), widthMm: z.number(), heightMm: z.number() }).nullable(),
    defaultFields: z.array(z.string()),
    defaultSymbology: z.string(),
    formats: z.array(z.enum(['pdf', 'zpl'])),
  })
  .meta({ id: 'LabelTemplate' });

const fileResponse = {
  description: 'The labels: a PDF, or ZPL for a Zebra printer (Content-Disposition: attachment).',
  content: {
    'application/pdf': { schema: z.string().describe('PDF') },
    'text/plain': { schema: z.string().describe('ZPL II, one ^XA...^XZ format per label') },
  },
};

const attachment = (reply: FastifyReply, fileName: string, contentType: string) =>
  reply.header('content-disposition', `attachment; filename="${fileName}"`).type(contentType);

export const labelsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  const baseUrl = (request: FastifyRequest) => s.config.publicUrl ?? `${request.protocol}://${request.host}`;

  app.get(
    '/labels/templates',
    {
      config: read,
      schema: {
        tags: ['labels'],
        summary: 'The label stock we print on: sheets (PDF) and rolls (PDF or ZPL)',
        response: { 200: z.object({ items: z.array(templateSchema) }), ...authProblems },
      },
    },
    async () => ({ items: listTemplates() }),
  );

  app.post(
    '/labels',
    {
      config: read,
      schema: {
        tags: ['labels'],
        summary: 'Print labels for assets or locations: the file, or a background job for more than 500 labels',
        description:
          'Select exactly one of assetIds, tags, locationId (everything there and below), receivedWith (the ids a receipt returned) or locationLabels. Up to 500 labels come back as the file itself; larger runs answer 202 with a job whose result names the file (GET /labels/jobs/{jobId}/file). Refusals name the field: a symbology a template cannot hold (with the sizes), GS1 without a company prefix, ZPL for a sheet, fields that do not fit. Only what the caller may see can be printed.',
        body: labelRequest,
        response: { 200: fileResponse, 202: jobSchema, ...authProblems, ...problems(503) },
      },
    },
    async (request, reply) => {
      const outcome = await printLabels(s, request.actionContext(), request.body, { baseUrl: baseUrl(request) });
      if (outcome.kind === 'job') {
        return reply.status(202).header('location', `/api/v1/jobs/${outcome.job.id}`).send(presentJob(outcome.job));
      }
      return attachment(reply, outcome.fileName, outcome.contentType)
        .header('x-label-count', String(outcome.labels))
        .send(outcome.body as never);
    },
  );

  app.get(
    '/labels/jobs/:jobId/file',
    {
      config: read,
      schema: {
        tags: ['labels'],
        summary: 'The file a label job made (for the user who asked for it)',
        params: z.object({ jobId: z.uuid() }),
        response: { 200: fileResponse, ...authProblems, ...problems(404, 409, 410) },
      },
    },
    async (request, reply) => {
      const file = await labelJobFile(s, request.actionContext(), request.params.jobId);
      return attachment(reply, file.fileName, file.contentType)
        .header('content-length', String(file.bytes))
        .send(fs.createReadStream(file.path) as never);
    },
  );

  app.get(
    '/labels/settings',
    {
      config: read,
      schema: {
        tags: ['labels'],
        summary: 'What labels print about the organisation: name, logo, GS1 company prefix',
        response: { 200: labelSettingsSchema, ...authProblems },
      },
    },
    async () => presentLabelSettings(await readLabelSettings(s.db)),
  );

  app.put(
    '/labels/settings',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: {
        tags: ['labels'],
        summary: 'Change the organisation name, logo or GS1 company prefix on labels (null clears one)',
        body: labelSettingsInput,
        response: { 200: labelSettingsSchema, ...authProblems },
      },
    },
    async (request) => changeLabelSettings(s, request.actionContext(), request.body),
  );
};
