/**
 * Plans for every model and location the caller may see: history, known demand, forecast, reorder
 * point, predicted stock-out, recommended order and alerts. Computed on request from the demand
 * tables the triggers keep beside the ledger and the asset events (the engine takes well under a
 * millisecond per series).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Services } from '../../../platform/services.js';
import type { ActionContext } from '../../../platform/context.js';
import { monthLabel } from '../../../domain/forecasting/index.js';
import { readScope } from '../../stock/use-cases/read-stock.js';
import { pathInScope, resolveScope } from '../../locations/location-scope.js';
import { monthlyDemandByPair, plannedDemand, planningPairs, stockrooms, type PairRow } from '../planning-repository.js';
import { readPlanningSettings } from '../planning-settings.js';
import { addMonths, FORECAST_MONTHS, monthOffset, nearestLocation, planItem } from '../plan-item.js';
import type { PlanDetailView } from '../planning-presenter.js';

/** History kept for a forecast: three years. */
const HISTORY_MONTHS = 36;

export interface PlanFilter {
  modelId?: string | undefined;
  /** Subtree, by the root's path. */
  underPath?: string | undefined;
}

export type ComputedPlan = PlanDetailView & { locationPath: string };

const key = (modelId: string, locationId: string) => `${modelId}@${locationId}`;

export async function computePlans(
  s: Services,
  ctx: ActionContext,
  filter: PlanFilter,
  today = new Date(),
): Promise<ComputedPlan[]> {
  const settings = await readPlanningSettings(s.db);
  const current = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const firstMonth = current - (HISTORY_MONTHS - 1);
  const since = new Date(`${monthLabel(firstMonth)}-01T00:00:00Z`);
  const until = addMonths(new Date(`${monthLabel(current)}-01T00:00:00Z`), FORECAST_MONTHS).slice(0, 7) + '-01';

  // Planned demand is placed among all the model's locations in scope, so filter by place afterwards.
  const conditions: SQL[] = [];
  const scope = readScope(ctx);
  if (scope) conditions.push(scope);
  if (filter.modelId) conditions.push(sql`m.id = ${filter.modelId}`);

  const [pairs, demand, planned] = [
    await planningPairs(s.db, since, conditions),
    await monthlyDemandByPair(s.db, since, conditions),
    await plannedDemand(s.db, until),
  ];
  const byPair = new Map<string, PairRow>(pairs.map((p) => [key(p.model_id, p.location_id), p]));

  // Known demand lands at the nearest location stocking the model, or else the nearest stockroom.
  const plannedByPair = new Map<string, PlanDetailView['planned']>();
  // A scoped role plans for its own people and assets only; people without a location count for
  // everyone who plans that model (someone must have their kit ready).
  const resolved = await resolveScope(s.db, ctx, 'inventory.read');
  const relevant = planned.filter(
    (p) => (!filter.modelId || p.model_id === filter.modelId) && (p.path === null || pathInScope(resolved, p.path)),
  );
  let rooms: Awaited<ReturnType<typeof stockrooms>> | undefined;
  for (const p of relevant) {
    // Without a place, the person or asset is served by the location holding the most of the model.
    const candidates = pairs
      .filter((pair) => pair.model_id === p.model_id)
      .sort((a, b) => Number(b.on_hand) - Number(a.on_hand) || a.location_code.localeCompare(b.location_code))
      .map((pair) => ({ id: pair.location_id, path: pair.location_path }));
    let target = nearestLocation(p.path ?? '', candidates);
    if (!target) {
      rooms ??= await stockrooms(s.db, scope ? [scope] : []);
      const room = nearestLocation(p.path ?? '', rooms);
      if (!room) continue;
      target = room;
      const k = key(p.model_id, room.id);
      if (!byPair.has(k)) {
        const row: PairRow = {
          model_id: p.model_id,
          model_name: p.model_name,
          tracking: p.tracking,
          location_id: room.id,
          location_code: room.code,
          location_name: room.name,
          location_path: room.path,
          on_hand: 0,
          min_quantity: null,
          max_quantity: null,
          reorder_quantity: null,
          model_lead_time_days: null,
          supplier_id: null,
          supplier_name: null,
          supplier_lead_time_days: null,
        };
        byPair.set(k, row);
        pairs.push(row);
      }
    }
    const k = key(p.model_id, target.id);
    const list = plannedByPair.get(k) ?? [];
    list.push({ source: p.source, due: p.due, quantity: Number(p.quantity), label: p.subject_label });
    plannedByPair.set(k, list);
  }

  const demandByPair = new Map<
    string,
    Map<number, { issued: number; writtenOff: number; deployed: number; returned: number }>
  >();
  const startByPair = new Map<string, number>();
  for (const d of demand) {
    const k = key(d.model_id, d.location_id);
    const byMonth = new Map<number, { issued: number; writtenOff: number; deployed: number; returned: number }>();
    d.months.forEach((month, i) =>
      byMonth.set(Number(month), {
        issued: Number(d.issued[i]),
        writtenOff: Number(d.written_off[i]),
        deployed: Number(d.deployed[i]),
        returned: Number(d.returned[i]),
      }),
    );
    demandByPair.set(k, byMonth);
    if (d.months.length) startByPair.set(k, Number(d.months[0]));
  }

  const plans: ComputedPlan[] = [];
  for (const pair of pairs) {
    if (filter.underPath && !pair.location_path.startsWith(filter.underPath)) continue;
    const k = key(pair.model_id, pair.location_id);
    const start = Math.max(firstMonth, Math.min(startByPair.get(k) ?? current, current));
    const history: PlanDetailView['history'] = [];
    for (let month = start; month <= current; month++) {
      const d = demandByPair.get(k)?.get(month);
      const issued = d?.issued ?? 0;
      const writtenOff = d?.writtenOff ?? 0;
      const deployed = d?.deployed ?? 0;
      const returned = d?.returned ?? 0;
      history.push({
        month: monthLabel(month),
        demand: Math.max(0, issued + writtenOff + deployed - returned),
        issued,
        writtenOff,
        deployed,
        returned,
      });
    }
    const plannedList = (plannedByPair.get(k) ?? []).sort((a, b) => a.due.localeCompare(b.due));
    const plannedPerMonth: number[] = Array.from({ length: FORECAST_MONTHS }, () => 0);
    for (const p of plannedList) {
      const offset = Math.max(0, monthOffset(today, p.due));
      if (offset < FORECAST_MONTHS) plannedPerMonth[offset]! += p.quantity;
    }
    const leadTimeDays = pair.model_lead_time_days ?? pair.supplier_lead_time_days ?? settings.defaultLeadTimeDays;
    const leadTimeSource =
      pair.model_lead_time_days !== null ? 'model' : pair.supplier_lead_time_days !== null ? 'supplier' : 'default';
    const onHand = Number(pair.on_hand);
    const plan = planItem({
      history: history.map((h) => h.demand),
      onHand,
      leadTimeDays,
      serviceLevel: settings.serviceLevel,
      minQuantity: pair.min_quantity,
      maxQuantity: pair.max_quantity,
      reorderQuantity: pair.reorder_quantity,
      planned: plannedPerMonth,
    });
    plans.push({
      model: { id: pair.model_id, name: pair.model_name, tracking: pair.tracking },
      location: { id: pair.location_id, code: pair.location_code, name: pair.location_name },
      locationPath: pair.location_path,
      onHand,
      minQuantity: pair.min_quantity,
      maxQuantity: pair.max_quantity,
      reorderQuantity: pair.reorder_quantity,
      supplier: pair.supplier_id ? { id: pair.supplier_id, name: pair.supplier_name ?? '' } : null,
      leadTimeDays,
      leadTimeSource,
      serviceLevel: settings.serviceLevel,
      demandClass: plan.demandClass,
      method: plan.method,
      forecastPerMonth: plan.forecastPerMonth,
      plannedNext12Months: plannedPerMonth.reduce((a, b) => a + b, 0),
      protectionDemand: plan.protectionDemand,
      safetyStock: plan.safetyStock,
      reorderPoint: plan.reorderPoint,
      needsOrder: plan.needsOrder,
      recommendedOrderQuantity: plan.recommendedOrderQuantity,
      predictedStockOut: plan.stockOutInMonths === null ? null : addMonths(today, plan.stockOutInMonths),
      alerts: plan.alerts,
      history,
      forecast: plan.forecast.map((f, i) => ({ month: monthLabel(current + i), ...f })),
      planned: plannedList,
    });
  }
  return plans.sort(byUrgency);
}

/** Alerts first, then the soonest stock-out, then what needs ordering, then by name. */
export function byUrgency(a: ComputedPlan, b: ComputedPlan): number {
  return (
    b.alerts.length - a.alerts.length ||
    (a.predictedStockOut ?? '9999').localeCompare(b.predictedStockOut ?? '9999') ||
    Number(b.needsOrder) - Number(a.needsOrder) ||
    a.model.name.localeCompare(b.model.name) ||
    a.location.code.localeCompare(b.location.code)
  );
}
