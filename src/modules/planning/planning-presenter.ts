/** What leaves the API about planning. */
import { z } from 'zod';

const ref = z.object({ id: z.uuid(), name: z.string() });
const locationRef = ref.extend({ code: z.string() });

export const PLAN_ALERTS = ['below_minimum', 'stockout_within_lead_time'] as const;

export const planSchema = z
  .object({
    model: ref.extend({ tracking: z.enum(['individual', 'quantity']) }),
    location: locationRef,
    onHand: z.number().int().describe('Quantity on hand, or individually tracked assets in stock.'),
    minQuantity: z.number().int().nullable(),
    maxQuantity: z.number().int().nullable(),
    reorderQuantity: z.number().int().nullable(),
    supplier: ref.nullable(),
    leadTimeDays: z.number().int(),
    leadTimeSource: z.enum(['model', 'supplier', 'default']),
    serviceLevel: z.number(),
    demandClass: z.enum(['smooth', 'erratic', 'intermittent', 'lumpy', 'none']),
    method: z.enum(['ses', 'croston', 'sba', 'tsb', 'seasonal']),
    forecastPerMonth: z.number().describe('Expected demand per month from the history (planned demand apart).'),
    plannedNext12Months: z.number().int().describe('Known demand: new hires’ kits and end-of-life replacements.'),
    protectionDemand: z
      .object({ mean: z.number(), low: z.number(), high: z.number() })
      .describe('Demand over the lead time plus one monthly review, with its interval at the service level.'),
    safetyStock: z.number(),
    reorderPoint: z.number().int(),
    needsOrder: z.boolean(),
    recommendedOrderQuantity: z.number().int(),
    predictedStockOut: z.string().nullable().describe('YYYY-MM-DD, or null when stock lasts the next 12 months.'),
    alerts: z.array(z.enum(PLAN_ALERTS)),
  })
  .meta({ id: 'Plan' });
export type PlanView = z.infer<typeof planSchema>;

export const planDetailSchema = planSchema
  .extend({
    history: z.array(
      z.object({
        month: z.string().describe('YYYY-MM; the last one is the current month, still running.'),
        demand: z.number().int(),
        issued: z.number().int(),
        writtenOff: z.number().int(),
        deployed: z.number().int(),
        returned: z.number().int(),
      }),
    ),
    forecast: z.array(
      z.object({
        month: z.string(),
        mean: z.number(),
        low: z.number(),
        high: z.number(),
        projectedOnHand: z.number(),
      }),
    ),
    planned: z.array(
      z.object({
        source: z.enum(['new_hire', 'end_of_life']),
        due: z.string(),
        quantity: z.number().int(),
        label: z.string().describe('The person joining, or the tag of the asset to replace.'),
      }),
    ),
  })
  .meta({ id: 'PlanDetail' });
export type PlanDetailView = z.infer<typeof planDetailSchema>;

export const alertSchema = z
  .object({
    kind: z.enum(PLAN_ALERTS),
    model: ref,
    location: locationRef,
    onHand: z.number().int(),
    minQuantity: z.number().int().nullable(),
    predictedStockOut: z.string().nullable(),
    leadTimeDays: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'PlanningAlert' });

export const transferSchema = z
  .object({
    model: ref,
    from: locationRef.extend({ onHand: z.number().int() }),
    to: locationRef.extend({ onHand: z.number().int(), reorderPoint: z.number().int() }),
    quantity: z.number().int(),
  })
  .meta({ id: 'TransferSuggestion' });

export const rollupSchema = z
  .object({
    location: locationRef.extend({ parentId: z.uuid().nullable(), depth: z.number().int() }),
    onHand: z.number().int(),
    forecastPerMonth: z.number(),
    reorderPoint: z.number().int(),
    recommendedOrderQuantity: z.number().int(),
  })
  .meta({ id: 'PlanRollup' });
