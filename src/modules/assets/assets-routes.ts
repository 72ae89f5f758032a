import { z } from 'zod';
import { and } from 'drizzle-orm';
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
import { invalidInput, notFound } from '../../platform/http/errors.js';
import type { ActionContext } from '../../platform/context.js';
import { ASSET_STATUSES } from '../../domain/asset-lifecycle.js';
import { scopeCondition } from '../locations/location-scope.js';
import { assets } from '../../platform/db/schema-all.js';
import {
  assetCursor,
  byId,
  byTag,
  countAssets,
  COUNT_CAP,
  findAssetDetail,
  findAssetDetailPrepared,
  listAssets,
  type AssetSortField,
} from './assets-repository.js';
import { assetEventSchema, assetSchema, presentAsset } from './asset-presenter.js';
import { createAsset, createAssetInput, receiveAssets, receiveAssetsInput } from './use-cases/create-assets.js';
import { bulkEditAssets, bulkEditInput, updateAssetData, updateAssetInput } from './use-cases/update-asset.js';
import {
  actionInput,
  actionSchema,
  bulkActionInput,
  performAction,
  performBulkAction,
} from './use-cases/perform-action.js';
import { readAssetEvents } from './use-cases/read-asset-events.js';
import { stockLevelSchema, stockLevels, stockLevelsQuery } from './stock-levels.js';
import { changeTagPattern, readTagPattern, tagPatternInput, tagPatternSchema } from './use-cases/set-tag-pattern.js';

const read = { access: { permission: 'inventory.read' as const } };
const write = { access: { permission: 'inventory.write' as const } };

export const listQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Free text over tag, serial, name, notes, model and assignee.'),
  status: z
    .union([z.enum(ASSET_STATUSES), z.array(z.enum(ASSET_STATUSES))])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .describe('Repeat for several statuses.'),
  categoryId: z.uuid().optional(),
  modelId: z.uuid().optional(),
  manufacturerId: z.uuid().optional(),
  locationId: z.uuid().optional().describe('This location and everything below it.'),
  personId: z.uuid().optional().describe('Assets checked out to this person.'),
  supplierId: z.uuid().optional(),
  purchasedFrom: z.iso.date().optional(),
  purchasedTo: z.iso.date().optional(),
  warrantyBefore: z.iso.date().optional().describe('Warranty ending before this date.'),
  customFields: z
    .string()
    .max(2000)
    .optional()
    .describe('Custom field filters as JSON, e.g. {"ram_gb":"16"} (values compared as text).'),
  sort: sortSchema(['tag', 'status', 'createdAt', 'updatedAt', 'purchaseDate', 'warrantyEnd'], 'tag'),
  limit: limitSchema,
  cursor: cursorSchema,
});

export function parseCustomFieldFilter(raw: string | undefined): Record<string, string> | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidInput('/query/customFields', 'customFields must be a JSON object such as {"ram_gb":"16"}.');
  }
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
}

export const assetsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/assets',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'List and search assets',
        querystring: listQuery,
        response: { 200: pageSchema(assetSchema), ...authProblems },
      },
    },
    async (request) => {
      const q = request.query;
      const ctx = request.actionContext();
      const sort = parseSort(q.sort);
      const rows = await listAssets(s.db, {
        ...q,
        customFields: parseCustomFieldFilter(q.customFields),
        scope: scopeCondition(ctx, 'inventory.read', assets.locationId),
        sort,
        cursor: decodeCursor(q.cursor, 2),
      });
      const page = toPage(rows, q.limit, (r) => assetCursor(r.asset, sort.field as AssetSortField));
      return { items: page.items.map(presentAsset), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/assets/count',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'How many assets a list would show',
        description: `Takes the list's filters. Exact up to ${COUNT_CAP.toLocaleString('en')}; beyond, \`exact\` is false and \`count\` is that cap, unless the filters are only status, category, model and location (then exact at any size, from the maintained counts).`,
        querystring: listQuery.omit({ sort: true, limit: true, cursor: true }),
        response: {
          200: z.object({ count: z.number().int(), exact: z.boolean() }).meta({ id: 'AssetCount' }),
          ...authProblems,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return countAssets(s.db, {
        ...q,
        customFields: parseCustomFieldFilter(q.customFields),
        scope: scopeCondition(request.actionContext(), 'inventory.read', assets.locationId),
      });
    },
  );

  /** One asset the caller may see; others are "not found", not "forbidden", to leak nothing. */
  const getOne = async (ctx: ActionContext, key: { id: string } | { tag: string }) => {
    const scope = scopeCondition(ctx, 'inventory.read', assets.locationId);
    const row = scope
      ? await findAssetDetail(s.db, and('id' in key ? byId(key.id) : byTag(key.tag), scope)!)
      : await findAssetDetailPrepared(s.db, key);
    if (!row) throw notFound('The asset');
    return presentAsset(row);
  };

  app.get(
    '/assets/:id',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'One asset',
        params: idParams,
        response: { 200: assetSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getOne(request.actionContext(), { id: request.params.id }),
  );

  app.get(
    '/assets/by-tag/:tag',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'One asset by its tag (case-insensitive)',
        params: z.object({ tag: z.string().min(1).max(64) }),
        response: { 200: assetSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getOne(request.actionContext(), { tag: request.params.tag }),
  );

  app.get(
    '/assets/:id/events',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: "An asset's history, newest first",
        params: idParams,
        querystring: z.object({ limit: limitSchema, cursor: cursorSchema }),
        response: { 200: pageSchema(assetEventSchema), ...authProblems, ...problems(404) },
      },
    },
    async (request) => {
      await getOne(request.actionContext(), { id: request.params.id });
      const cursor = decodeCursor(request.query.cursor, 1);
      const before = cursor ? Number(cursor[0]) : undefined;
      return readAssetEvents(s, request.actionContext(), request.params.id, before, request.query.limit);
    },
  );

  app.post(
    '/assets',
    {
      config: { ...write, idempotent: true },
      schema: {
        tags: ['assets'],
        summary: 'Create an asset (in stock at a location, or on order)',
        body: createAssetInput,
        response: { 201: assetSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createAsset(s, request.actionContext(), request.body)),
  );

  app.post(
    '/assets/receive',
    {
      config: { ...write, idempotent: true },
      schema: {
        tags: ['assets'],
        summary: 'Receive a delivery without an order: one model, one stockroom, one entry per unit',
        body: receiveAssetsInput,
        response: { 201: z.object({ items: z.array(assetSchema) }), ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ items: await receiveAssets(s, request.actionContext(), request.body) }),
  );

  app.patch(
    '/assets/:id',
    {
      config: write,
      schema: {
        tags: ['assets'],
        summary: "Edit an asset's data (status, location and assignee change through actions)",
        params: idParams,
        body: updateAssetInput,
        response: { 200: assetSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => updateAssetData(s, request.actionContext(), request.params.id, request.body),
  );

  app.post(
    '/assets/bulk-edit',
    {
      config: { ...write, idempotent: true },
      schema: {
        tags: ['assets'],
        summary: 'Set the same fields on several assets: all or nothing, one event per asset',
        body: bulkEditInput,
        response: { 200: z.object({ items: z.array(assetSchema) }), ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => ({ items: await bulkEditAssets(s, request.actionContext(), request.body) }),
  );

  app.post(
    '/assets/:id/actions/:action',
    {
      config: { ...write, idempotent: true },
      schema: {
        tags: ['assets'],
        summary: 'Do a lifecycle action on one asset',
        description:
          'Actions: receive, move, check_out, check_in, send_to_repair, return_from_repair, mark_missing, mark_found, mark_lost, mark_stolen, retire, dispose. A refusal (409 invalid_transition) says why.',
        params: idParams.extend({ action: actionSchema }),
        body: actionInput,
        response: { 200: assetSchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) =>
      performAction(s, request.actionContext(), request.params.id, request.params.action, request.body),
  );

  app.post(
    '/assets/actions/:action',
    {
      config: { ...write, idempotent: true },
      schema: {
        tags: ['assets'],
        summary: 'Do a lifecycle action on several assets: all or nothing, one event per asset',
        params: z.object({ action: actionSchema }),
        body: bulkActionInput,
        response: { 200: z.object({ items: z.array(assetSchema) }), ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => ({
      items: await performBulkAction(s, request.actionContext(), request.params.action, request.body),
    }),
  );

  app.get(
    '/stock-levels',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'Counts per model and status, rolled up over a location subtree; models below minimum first',
        querystring: stockLevelsQuery,
        response: { 200: z.object({ items: z.array(stockLevelSchema) }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => ({ items: await stockLevels(s, request.actionContext(), request.query) }),
  );

  app.get(
    '/asset-tag-pattern',
    {
      config: read,
      schema: {
        tags: ['assets'],
        summary: 'The pattern generated asset tags follow',
        response: { 200: tagPatternSchema, ...authProblems },
      },
    },
    async () => readTagPattern(s),
  );

  app.put(
    '/asset-tag-pattern',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: {
        tags: ['assets'],
        summary: 'Change the pattern of generated asset tags (existing tags stay as they are)',
        body: tagPatternInput,
        response: { 200: tagPatternSchema, ...authProblems },
      },
    },
    async (request) => changeTagPattern(s, request.actionContext(), request.body),
  );
};
