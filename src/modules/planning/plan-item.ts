/**
 * The plan of one model at one location, from its monthly demand history, what is on hand, its
 * policy and the demand already known to come (new hires, replacements). Pure: the planning use case
 * reads the data and calls this; the tests call it with hand-made numbers.
 *
 * Periods are months; period 0 is the current month, which is still running: its demand so far is
 * the last value of the history, and the forecast counts from today.
 */
import {
  leadTimeDemandDistribution,
  planInventory,
  pointForecast,
  quantile,
  recommendedOrderQuantity,
  selectModel,
  stockOutDate,
  type DemandClass,
  type MethodName,
} from '../../domain/forecasting/index.js';

export const DAYS_PER_MONTH = 365.25 / 12;
/** Months forecast on the chart and searched for a stock-out. */
export const FORECAST_MONTHS = 12;

export interface PlanItemInput {
  /** Demand per month, oldest first, the current month last. */
  history: readonly number[];
  onHand: number;
  leadTimeDays: number;
  serviceLevel: number;
  minQuantity: number | null;
  maxQuantity: number | null;
  reorderQuantity: number | null;
  /** Known future demand per month from the current one (index 0), beyond what the history shows. */
  planned: readonly number[];
}

export type PlanAlert = 'below_minimum' | 'stockout_within_lead_time';

export interface PlanItem {
  demandClass: DemandClass;
  method: MethodName;
  /** Forecast demand per month (the method's rate, before planned demand). */
  forecastPerMonth: number;
  leadTimeMonths: number;
  /** Demand over the protection interval (lead time + one monthly review), planned demand included. */
  protectionDemand: { mean: number; low: number; high: number };
  safetyStock: number;
  reorderPoint: number;
  needsOrder: boolean;
  recommendedOrderQuantity: number;
  /** Months from today until on hand runs out at the forecast, or null beyond the horizon. */
  stockOutInMonths: number | null;
  forecast: { mean: number; low: number; high: number; projectedOnHand: number }[];
  alerts: PlanAlert[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function planItem(input: PlanItemInput, horizon = FORECAST_MONTHS): PlanItem {
  const history = input.history.length > 0 ? input.history : [0];
  const selection = selectModel(history);
  const fit = selection.fit;
  const leadTimeMonths = Math.max(0, Math.ceil(input.leadTimeDays / DAYS_PER_MONTH - 1e-9));
  const plan = planInventory(fit, { leadTime: leadTimeMonths, serviceLevel: input.serviceLevel });
  const planned = (k: number) => input.planned[k] ?? 0;
  let plannedInProtection = 0;
  for (let k = 0; k < plan.protectionPeriods; k++) plannedInProtection += planned(k);

  const base = pointForecast(fit, horizon);
  const oneMonth = leadTimeDemandDistribution(fit, 1);
  const tail = (1 - input.serviceLevel) / 2;
  const [lowOne, highOne] = [quantile(oneMonth, tail), quantile(oneMonth, 1 - tail)];
  const perMonth = base.map((b, k) => Math.max(0, b) + planned(k));
  const forecast: PlanItem['forecast'] = [];
  let projected = input.onHand;
  for (let k = 0; k < horizon; k++) {
    projected -= perMonth[k]!;
    forecast.push({
      mean: round2(perMonth[k]!),
      // The seasonal method's months differ: shift its one-month interval with its own mean.
      low: Math.max(0, lowOne + (base[k]! - fit.rate) + planned(k)),
      high: highOne + Math.max(0, base[k]! - fit.rate) + planned(k),
      projectedOnHand: round2(Math.max(0, projected)),
    });
  }

  const reorderPoint = Math.max(plan.reorderPoint + Math.ceil(plannedInProtection), input.minQuantity ?? 0);
  const needsOrder = input.onHand < reorderPoint || (input.minQuantity !== null && input.onHand < input.minQuantity);
  // Without a maximum, an order covers the reorder point plus one month of demand.
  const orderUpTo = input.maxQuantity ?? reorderPoint + Math.ceil(perMonth[0] ?? 0);
  const recommended = needsOrder
    ? recommendedOrderQuantity({
        inventoryPosition: input.onHand,
        reorderPoint: Math.max(reorderPoint, input.onHand + 1),
        orderUpTo,
        ...(input.reorderQuantity ? { minimumOrder: input.reorderQuantity } : {}),
      })
    : 0;

  const stockOut = stockOutDate({ onHand: input.onHand, forecast: perMonth });
  const alerts: PlanAlert[] = [];
  if (input.minQuantity !== null && input.onHand < input.minQuantity) alerts.push('below_minimum');
  if (stockOut !== null && stockOut * DAYS_PER_MONTH <= input.leadTimeDays) alerts.push('stockout_within_lead_time');

  return {
    demandClass: selection.classification.demandClass,
    method: fit.method,
    forecastPerMonth: round2(fit.rate),
    leadTimeMonths,
    protectionDemand: {
      mean: round2(plan.distribution.mean + plannedInProtection),
      low: plan.interval[0] + plannedInProtection,
      high: plan.interval[1] + plannedInProtection,
    },
    safetyStock: round2(plan.safetyStock),
    reorderPoint,
    needsOrder,
    recommendedOrderQuantity: recommended,
    stockOutInMonths: stockOut === null ? null : round2(stockOut),
    forecast,
    alerts,
  };
}

/** A date `months` (fractional) after `today`, as YYYY-MM-DD. */
export function addMonths(today: Date, months: number): string {
  return new Date(today.getTime() + months * DAYS_PER_MONTH * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Where known demand for a model lands: of the candidate locations (those that stock the model, or
 * failing that every stockroom), the one closest in the tree to where the person or asset is: the
 * longest shared path from the root. Ties go to the first candidate (the caller orders them).
 */
export function nearestLocation<T extends { path: string }>(path: string, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestShared = -1;
  const parts = path.split('/').filter(Boolean);
  for (const c of candidates) {
    const other = c.path.split('/').filter(Boolean);
    let shared = 0;
    while (shared < parts.length && shared < other.length && parts[shared] === other[shared]) shared++;
    if (shared > bestShared) {
      best = c;
      bestShared = shared;
    }
  }
  return best;
}

/** Month offset of a date from the current month (0 = this month), by calendar month. */
export function monthOffset(today: Date, date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return (y - today.getUTCFullYear()) * 12 + (m - 1 - today.getUTCMonth());
}
