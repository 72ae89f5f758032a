/** Stock ledger over HTTP: balances, movements, recording a movement, stock policies. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, problems } from '../../platform/http/route-kit.js';
import { pageSchema } from '../../platform/http/pagination.js';
import { stockBalanceSchema, stockMovementSchema } from './stock-presenter.js';
import { balancesQuery, movementsQuery, readBalances, readMovements } from './use-cases/read-stock.js';
import { movementInput, recordMovement } from './use-cases/record-movement.js';
import { policyInput, policySchema, setPolicy } from './use-cases/set-policy.js';

const read = { access: { permission: 'inventory.read' as const } };

export const stockRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/stock',
    {
      config: read,
      schema: {
        tags: ['stock'],
        summary: 'On hand per quantity-tracked model and location, with minimum, maximum and reorder quantity',
        querystring: balancesQuery,
        response: {
          200: z.object({ items: z.array(stockBalanceSchema), totalOnHand: z.number().int() }),
          ...authProblems,
          ...problems(404),
        },
      },
    },
    async (request) => readBalances(s, request.actionContext(), request.query),
  );

  app.get(
    '/stock/movements',
    {
      config: read,
      schema: {
        tags: ['stock'],
        summary: 'The stock ledger, newest first',
        querystring: movementsQuery,
        response: { 200: pageSchema(stockMovementSchema), ...authProblems, ...problems(404) },
      },
    },
    async (request) => readMovements(s, request.actionContext(), request.query),
  );

  app.post(
    '/stock/movements',
    {
      config: { access: { permission: 'inventory.write' }, idempotent: true },
      schema: {
        tags: ['stock'],
        summary: 'Receive, issue, return, transfer, adjust, or record a loss or damage',
        description:
          'Refused with 409 `insufficient_stock` when it would take more than is on hand; concurrent requests never oversell.',
        body: movementInput,
        response: {
          201: z.object({ groupId: z.uuid(), items: z.array(stockMovementSchema) }),
          ...authProblems,
          ...problems(409),
        },
      },
    },
    async (request, reply) => {
      const ctx = request.actionContext();
      const recorded = await recordMovement(s, ctx, request.body);
      const page = await readMovements(s, ctx, { limit: 2 }, recorded.ids);
      return reply.status(201).send({ groupId: recorded.groupId, items: page.items });
    },
  );

  app.put(
    '/stock/policies/:modelId/:locationId',
    {
      config: { access: { permission: 'inventory.manage' } },
      schema: {
        tags: ['stock'],
        summary: 'Set the minimum, maximum and reorder quantity of a model at a location',
        params: z.object({ modelId: z.uuid(), locationId: z.uuid() }),
        body: policyInput,
        response: { 200: policySchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) =>
      setPolicy(s, request.actionContext(), request.params.modelId, request.params.locationId, request.body),
  );
};
