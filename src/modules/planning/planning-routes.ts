/** Planning over HTTP: plans most urgent first, one plan, alerts, transfers, roll-ups, demand, settings, kits, supply. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../platform/services.js';
import { authProblems, idParams, problems } from '../../platform/http/route-kit.js';
import { alertSchema, planDetailSchema, planSchema, rollupSchema, transferSchema } from './planning-presenter.js';
import {
  demandQuery,
  demandSeries,
  getPlan,
  listAlerts,
  listPlans,
  listTransfers,
  plansQuery,
  rollupPlans,
} from './use-cases/read-plans.js';
import { changePlanningSettings, planningSettingsSchema, readPlanningSettings } from './planning-settings.js';
import {
  addKitItem,
  kitItemInput,
  kitItemSchema,
  listKitItems,
  readSupply,
  removeKitItem,
  setSupply,
  supplyInput,
  supplySchema,
} from './use-cases/supply-and-kits.js';

const read = { access: { permission: 'inventory.read' as const } };
const manage = { access: { permission: 'inventory.manage' as const } };
const tags = ['planning'];

export const planningRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services: s }) => {
  app.get(
    '/planning',
    {
      config: read,
      schema: {
        tags,
        summary: 'Plans per model and location, most urgent first',
        description:
          'Forecast, reorder point at the service level, predicted stock-out, recommended order and alerts, for quantity-tracked stock and individually tracked models in stock.',
        querystring: plansQuery,
        response: {
          200: z.object({
            items: z.array(planSchema),
            total: z.number().int(),
            alerts: z.number().int(),
            alertList: z.array(alertSchema).describe('The alerts of the plans asked for (up to `limit`).'),
          }),
          ...authProblems,
          ...problems(404),
        },
      },
    },
    async (request) => listPlans(s, request.actionContext(), request.query),
  );

  app.get(
    '/planning/items/:modelId/:locationId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One plan with its monthly history, 12-month forecast with interval and known demand',
        params: z.object({ modelId: z.uuid(), locationId: z.uuid() }),
        response: { 200: planDetailSchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => getPlan(s, request.actionContext(), request.params.modelId, request.params.locationId),
  );

  app.get(
    '/planning/alerts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Stock below its minimum, and stock-outs predicted within the lead time',
        querystring: z.object({ locationId: z.uuid().optional().describe('This location and everything below it.') }),
        response: { 200: z.object({ items: z.array(alertSchema) }), ...authProblems, ...problems(404) },
      },
    },
    async (request) => ({ items: await listAlerts(s, request.actionContext(), request.query) }),
  );

  app.get(
    '/planning/transfers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Transfers from locations with a surplus to locations that will run short',
        querystring: z.object({ modelId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(transferSchema) }), ...authProblems },
      },
    },
    async (request) => ({ items: await listTransfers(s, request.actionContext(), request.query) }),
  );

  app.get(
    '/planning/rollup',
    {
      config: read,
      schema: {
        tags,
        summary: "One model's on hand, forecast, reorder points and orders summed over each location's subtree",
        querystring: z.object({ modelId: z.uuid() }),
        response: { 200: z.object({ items: z.array(rollupSchema) }), ...authProblems },
      },
    },
    async (request) => ({ items: await rollupPlans(s, request.actionContext(), request.query.modelId) }),
  );

  app.get(
    '/planning/demand',
    {
      config: read,
      schema: {
        tags,
        summary: 'Demand per month or week: issues, write-offs, deployments from stock, returns, and planned demand',
        querystring: demandQuery,
        response: {
          200: z.object({
            period: z.enum(['month', 'week']),
            items: z.array(
              z.object({
                start: z.string(),
                future: z.boolean(),
                issued: z.number().int(),
                writtenOff: z.number().int(),
                deployed: z.number().int(),
                returned: z.number().int(),
                demand: z.number().int(),
                plannedNewHires: z.number().int(),
                plannedReplacements: z.number().int(),
              }),
            ),
          }),
          ...authProblems,
          ...problems(404),
        },
      },
    },
    async (request) => demandSeries(s, request.actionContext(), request.query),
  );

  app.get(
    '/planning/settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Service level and default lead time',
        response: { 200: planningSettingsSchema, ...authProblems },
      },
    },
    async () => readPlanningSettings(s.db),
  );

  app.put(
    '/planning/settings',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: {
        tags,
        summary: 'Change the service level or the default lead time',
        body: planningSettingsSchema,
        response: { 200: planningSettingsSchema, ...authProblems },
      },
    },
    async (request) => changePlanningSettings(s, request.actionContext(), request.body),
  );

  app.get(
    '/planning/supply/:id',
    {
      config: read,
      schema: {
        tags,
        summary: "A model's supplier and lead time",
        params: idParams,
        response: { 200: supplySchema, ...authProblems, ...problems(404) },
      },
    },
    async (request) => readSupply(s, request.params.id),
  );

  app.put(
    '/planning/supply/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: "Set a model's supplier and lead time",
        params: idParams,
        body: supplyInput,
        response: { 200: supplySchema, ...authProblems, ...problems(404, 409) },
      },
    },
    async (request) => setSupply(s, request.actionContext(), request.params.id, request.body),
  );

  app.get(
    '/planning/kits',
    {
      config: read,
      schema: {
        tags,
        summary: 'Standard kits: the models each new hire of a department or job title receives',
        querystring: z.object({ departmentId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(kitItemSchema) }), ...authProblems },
      },
    },
    async (request) => ({ items: await listKitItems(s, request.query) }),
  );

  app.post(
    '/planning/kits',
    {
      config: { ...manage, idempotent: true },
      schema: {
        tags,
        summary: 'Add a model to the kit of a department or a job title',
        body: kitItemInput,
        response: { 201: kitItemSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => reply.status(201).send(await addKitItem(s, request.actionContext(), request.body)),
  );

  app.delete(
    '/planning/kits/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a model from a kit',
        params: idParams,
        response: { 204: z.null(), ...authProblems, ...problems(404) },
      },
    },
    async (request, reply) => {
      await removeKitItem(s, request.actionContext(), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
