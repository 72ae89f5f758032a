/** The views over computed plans: the list, one item, alerts, transfer suggestions, roll-ups, demand. */
import { z } from 'zod';
import { inArray, sql } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { locations } from '../../../platform/db/schema-all.js';
import { rollUp, suggestTransfers, type TreeNode } from '../../../domain/forecasting/index.js';
import { isLocationInScope } from '../../locations/location-scope.js';
import { readScope } from '../../stock/use-cases/read-stock.js';
import { demandHistory } from '../planning-repository.js';
import { computePlans, type ComputedPlan } from './build-plans.js';
import type { PlanView } from '../planning-presenter.js';

export const plansQuery = z.object({
  locationId: z.uuid().optional().describe('This location and everything below it.'),
  modelId: z.uuid().optional(),
  alertsOnly: z.stringbool().default(false).describe('Only items with an alert.'),
  needsOrder: z.stringbool().default(false).describe('Only items below their reorder point.'),
  limit: z.coerce.number().int().min(1).max(2000).default(200),
});

async function underPath(s: Services, ctx: ActionContext, locationId: string | undefined) {
  if (!locationId) return undefined;
  if (!(await isLocationInScope(s.db, ctx, 'inventory.read', locationId))) throw notFound('The location');
  const [row] = await s.db
    .select({ path: locations.path })
    .from(locations)
    .where(sql`${locations.id} = ${locationId}`);
  if (!row) throw notFound('The location');
  return row.path;
}

export function summary(p: ComputedPlan): PlanView {
  const { history: _h, forecast: _f, planned: _p, locationPath: _l, ...rest } = p;
  return rest;
}

export async function listPlans(s: Services, ctx: ActionContext, query: z.infer<typeof plansQuery>) {
  const plans = await computePlans(s, ctx, {
    modelId: query.modelId,
    underPath: await underPath(s, ctx, query.locationId),
  });
  const shown = plans.filter((p) => (!query.alertsOnly || p.alerts.length > 0) && (!query.needsOrder || p.needsOrder));
  const alertList = alertsOf(plans);
  return {
    items: shown.slice(0, query.limit).map(summary),
    total: shown.length,
    alerts: alertList.length,
    alertList: alertList.slice(0, query.limit),
  };
}

export async function getPlan(s: Services, ctx: ActionContext, modelId: string, locationId: string) {
  const plans = await computePlans(s, ctx, { modelId, underPath: await underPath(s, ctx, locationId) });
  const plan = plans.find((p) => p.location.id === locationId);
  if (!plan) throw notFound('A plan for this model at this location');
  const { locationPath: _l, ...view } = plan;
  return view;
}

const ALERT_TEXT = {
  below_minimum: (p: ComputedPlan) => `${p.onHand} on hand, below the minimum of ${p.minQuantity}.`,
  stockout_within_lead_time: (p: ComputedPlan) =>
    `Predicted to run out on ${p.predictedStockOut}, within the ${p.leadTimeDays}-day lead time.`,
};

export async function listAlerts(s: Services, ctx: ActionContext, query: { locationId?: string | undefined }) {
  return alertsOf(await computePlans(s, ctx, { underPath: await underPath(s, ctx, query.locationId) }));
}

function alertsOf(plans: ComputedPlan[]) {
  return plans.flatMap((p) =>
    p.alerts.map((kind) => ({
      kind,
      model: { id: p.model.id, name: p.model.name },
      location: p.location,
      onHand: p.onHand,
      minQuantity: p.minQuantity,
      predictedStockOut: p.predictedStockOut,
      leadTimeDays: p.leadTimeDays,
      message: `${p.model.name} at ${p.location.name}: ${ALERT_TEXT[kind](p)}`,
    })),
  );
}

/** Where one location has more than it will need and another will run short, per model. */
export async function listTransfers(s: Services, ctx: ActionContext, query: { modelId?: string | undefined }) {
  const plans = await computePlans(s, ctx, { modelId: query.modelId });
  const byModel = new Map<string, ComputedPlan[]>();
  for (const p of plans) byModel.set(p.model.id, [...(byModel.get(p.model.id) ?? []), p]);
  const out = [];
  for (const group of byModel.values()) {
    if (group.length < 2) continue;
    const at = new Map(group.map((p) => [p.location.id, p]));
    const suggestions = suggestTransfers(
      group.map((p) => ({
        locationId: p.location.id,
        onHand: p.onHand,
        reorderPoint: p.reorderPoint,
        orderUpTo: p.maxQuantity ?? p.reorderPoint + Math.ceil(p.forecastPerMonth),
      })),
    );
    for (const t of suggestions) {
      const from = at.get(t.fromLocationId)!;
      const to = at.get(t.toLocationId)!;
      out.push({
        model: { id: from.model.id, name: from.model.name },
        from: { ...from.location, onHand: from.onHand },
        to: { ...to.location, onHand: to.onHand, reorderPoint: to.reorderPoint },
        quantity: t.quantity,
      });
    }
  }
  return out;
}

/** One model's figures summed over each location's subtree, from the roots down. */
export async function rollupPlans(s: Services, ctx: ActionContext, modelId: string) {
  const plans = await computePlans(s, ctx, { modelId });
  const ids = new Set<string>();
  for (const p of plans) for (const id of p.locationPath.split('/').filter(Boolean)) ids.add(id);
  if (ids.size === 0) return [];
  const rows = await s.db
    .select({
      id: locations.id,
      parentId: locations.parentId,
      code: locations.code,
      name: locations.name,
      depth: locations.depth,
      path: locations.path,
    })
    .from(locations)
    .where(inArray(locations.id, [...ids]));
  const present = new Set(rows.map((r) => r.id));
  // Ancestors outside the caller's scope are left out: their children become roots.
  const nodes: TreeNode[] = rows.map((r) => ({
    id: r.id,
    parentId: r.parentId && present.has(r.parentId) ? r.parentId : null,
  }));
  const fields = ['onHand', 'forecastPerMonth', 'reorderPoint', 'recommendedOrderQuantity'] as const;
  const figures = new Map(
    plans.map((p) => [
      p.location.id,
      {
        onHand: p.onHand,
        forecastPerMonth: p.forecastPerMonth,
        reorderPoint: p.reorderPoint,
        recommendedOrderQuantity: p.recommendedOrderQuantity,
      },
    ]),
  );
  const totals = rollUp(nodes, figures, fields);
  return rows
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((r) => {
      const t = totals.get(r.id)!;
      return {
        location: { id: r.id, code: r.code, name: r.name, parentId: r.parentId, depth: r.depth },
        onHand: t.onHand,
        forecastPerMonth: Math.round(t.forecastPerMonth * 100) / 100,
        reorderPoint: t.reorderPoint,
        recommendedOrderQuantity: t.recommendedOrderQuantity,
      };
    });
}

export const demandQuery = z.object({
  modelId: z.uuid(),
  locationId: z.uuid().optional().describe('This location and everything below it (default: everywhere).'),
  period: z.enum(['month', 'week']).default('month'),
  periods: z.coerce
    .number()
    .int()
    .min(1)
    .max(156)
    .default(24)
    .describe('How many periods back, the current one included.'),
  ahead: z.coerce.number().int().min(0).max(52).default(12).describe('How many future periods of planned demand.'),
});

/** Demand per month or ISO week (Monday first): issues, write-offs, deployments from stock, returns. */
export async function demandSeries(s: Services, ctx: ActionContext, query: z.infer<typeof demandQuery>) {
  const conditions = [sql`m.id = ${query.modelId}`];
  const scope = readScope(ctx);
  if (scope) conditions.push(scope);
  const path = await underPath(s, ctx, query.locationId);
  if (path) conditions.push(sql`l.path like ${path + '%'}`);
  const now = new Date();
  const starts: string[] = [];
  if (query.period === 'month') {
    for (let i = query.periods - 1; i >= 0; i--) {
      starts.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 10));
    }
  } else {
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    for (let i = query.periods - 1; i >= 0; i--) {
      starts.push(new Date(monday.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
    }
  }
  const step = (from: string, n: number) => {
    const d = new Date(`${from}T00:00:00Z`);
    if (query.period === 'month') d.setUTCMonth(d.getUTCMonth() + n);
    else d.setUTCDate(d.getUTCDate() + 7 * n);
    return d.toISOString().slice(0, 10);
  };
  const future = Array.from({ length: query.ahead }, (_, i) => step(starts[starts.length - 1]!, i + 1));
  const rows = await demandHistory(s.db, query.period, new Date(`${starts[0]}T00:00:00Z`), conditions);
  // Known demand as planning places it (at the stock location that serves each person or asset).
  const plans = await computePlans(s, ctx, { modelId: query.modelId, underPath: path });
  const planned = new Map<string, { newHires: number; replacements: number }>();
  const all = [...starts, ...future];
  for (const item of plans.flatMap((p) => p.planned)) {
    const bucket = all.filter((b) => b <= item.due).pop();
    if (!bucket || (bucket === all[all.length - 1] && item.due >= step(bucket, 1))) continue;
    const t = planned.get(bucket) ?? { newHires: 0, replacements: 0 };
    if (item.source === 'new_hire') t.newHires += item.quantity;
    else t.replacements += item.quantity;
    planned.set(bucket, t);
  }
  const sums = new Map<string, { issued: number; writtenOff: number; deployed: number; returned: number }>();
  for (const r of rows) {
    const t = sums.get(r.bucket) ?? { issued: 0, writtenOff: 0, deployed: 0, returned: 0 };
    t.issued += Number(r.issued);
    t.writtenOff += Number(r.written_off);
    t.deployed += Number(r.deployed);
    t.returned += Number(r.returned);
    sums.set(r.bucket, t);
  }
  return {
    period: query.period,
    items: all.map((start) => {
      const t = sums.get(start) ?? { issued: 0, writtenOff: 0, deployed: 0, returned: 0 };
      const p = planned.get(start) ?? { newHires: 0, replacements: 0 };
      return {
        start,
        future: start > starts[starts.length - 1]!,
        ...t,
        demand: Math.max(0, t.issued + t.writtenOff + t.deployed - t.returned),
        plannedNewHires: p.newHires,
        plannedReplacements: p.replacements,
      };
    }),
  };
}
