/** Costs recorded against an asset, and its total cost of ownership. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { listAssetCosts, recordAssetCost, recordCostInput, removeAssetCost } from './asset-costs.js';
import { assetCostSchema, assetCostsSchema, presentCost, presentCosts } from './asset-costs-presenter.js';

const tags = ['finance'];
const manage = { access: { permission: 'inventory.manage' as const } };

export const assetCostsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/assets/:id/costs',
    {
      config: { access: { permission: 'inventory.read' as const } },
      schema: {
        tags,
        summary: "An asset's recorded costs (newest first) and its total cost of ownership",
        params: idParams,
        response: { 200: assetCostsSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => presentCosts(await listAssetCosts(s, request.actionContext(), request.params.id)),
  );

  app.post(
    '/assets/:id/costs',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Record a cost against an asset (repair, upgrade, licence, support, other)',
        description: "In the asset's history and audited. The amount is in the asset's currency.",
        params: idParams,
        body: recordCostInput,
        response: { 201: assetCostSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentCost(await recordAssetCost(s, request.actionContext(), request.params.id, request.body))),
  );

  app.delete(
    '/assets/:id/costs/:costId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a cost recorded by mistake (in the asset’s history and audited)',
        params: z.object({ id: z.uuid(), costId: z.uuid() }),
        response: { 204: z.null(), ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      await removeAssetCost(s, request.actionContext(), request.params.id, request.params.costId);
      return reply.status(204).send(null);
    },
  );
};
