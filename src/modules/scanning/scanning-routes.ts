import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Services } from '../../platform/services.js';
import { authProblems } from '../../platform/http/route-kit.js';
import { lookupCode } from './lookup.js';
import { applyScans, scanBatchInput, scanResultSchema } from './apply-scans.js';
import { applyStockScans, stockScanBatchInput, stockScanResultSchema } from './apply-stock-scans.js';
import { batchFileInput, batchFileResultSchema, importBatchFile } from './import-batch-file.js';

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

  app.post(
    '/scans',
    {
      config: { access: { permission: 'inventory.write' } },
      // 10,000 scans (the most one batch may hold) of long GS1 codes: well over the 1 MB default.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['scanning'],
        summary:
          'Apply a batch of scans (live or synced from an offline queue): once per client id, in scan-time order',
        description:
          'Each scan names an action (move, check_out, check_in, send_to_repair, return_from_repair, mark_found), the code of the asset and, before it, the location or person scanned. The answer has one result per scan: applied, conflict (the asset changed after the scan was taken) or rejected, with the reason. Sending the same scans again changes nothing and returns the same answers.',
        body: scanBatchInput,
        response: { 200: z.object({ results: z.array(scanResultSchema) }), ...authProblems },
      },
    },
    async (request) => ({
      results: await applyScans(s, request.actionContext(), request.body, { baseUrls: baseUrls(request) }),
    }),
  );

  app.post(
    '/scans/stock',
    {
      config: { access: { permission: 'inventory.write' } },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['scanning', 'stock'],
        summary:
          'Apply lines of quantity-tracked stock scanned at a station (receive, issue, transfer, count, adjust): once per client id, in scan-time order',
        description:
          "Each line names the location scanned, the model (GTIN, GS1 with AI 01, model number or our link to the model) and a quantity; an issue names who or where it goes to (a person by badge, e-mail or employee number, or a location), a transfer the location it goes to. A count gives what was counted: on hand at the scan time becomes that, adjusted with a reason. Lines go through the stock ledger (never below zero, quantity-tracked models only, within the caller's locations). The answer has one result per line: applied with the on-hand that results, or rejected with the reason. Sending the same lines again moves nothing and returns the same answers.",
        body: stockScanBatchInput,
        response: { 200: z.object({ results: z.array(stockScanResultSchema) }), ...authProblems },
      },
    },
    async (request) => ({
      results: await applyStockScans(s, request.actionContext(), request.body, { baseUrls: baseUrls(request) }),
    }),
  );

  app.post(
    '/scans/batch-file',
    {
      config: { access: { permission: 'inventory.write' } },
      bodyLimit: 6 * 1024 * 1024,
      schema: {
        tags: ['scanning'],
        summary: "A handheld scanner's batch file: a location code sets where the following assets are moved",
        description:
          'Lines of "time,code", "time<TAB>code" or just "code". Importing the same file again applies nothing twice. The answer has a line per line of the file.',
        body: batchFileInput,
        response: { 200: batchFileResultSchema, ...authProblems },
      },
    },
    async (request) => importBatchFile(s, request.actionContext(), request.body, { baseUrls: baseUrls(request) }),
  );
};
