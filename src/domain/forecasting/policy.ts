/**
 * Inventory policy for one model at one location, from a demand distribution over the protection
 * interval (the supplier's lead time plus the review period: stock on hand and on order now must last
 * until the order placed at the next review arrives).
 *
 * The reorder point is the lowest inventory position (on hand + on order - committed) that still meets
 * the service level over the protection interval: below it, order. Two service-level models:
 *
 * - `fill` (default): the share of demand served from stock (what a stockroom feels); the reorder point is the smallest level whose
 *   expected shortage per review cycle is at most (1 - level) of the demand of one review period. The
 *   shortage per cycle is E[(D(L+R) - s)+] - E[(D(L) - s)+]: what the protection interval lacks minus
 *   what was already lacking before this cycle's order could arrive (the classic periodic-review
 *   formula; without the lead-time distribution the second term is left out, which errs on the safe
 *   side).
 * - `cycle`: the probability that a replenishment cycle has no stock-out; the reorder point is the
 *   quantile of protection-interval demand at the service level. For intermittent demand it is a weak
 *   target: most cycles have no demand at all, so 95% of cycles without a stock-out can mean far less
 *   than 95% of the demand served (on the car-parts benchmark about 80%).
 *
 * Quantities are whole units.
 */
import { leadTimeDemandDistribution, quantile, shortageCurve, type DemandDistribution } from './distribution.js';
import type { ForecastFit } from './types.js';

export type ServiceLevelModel = 'cycle' | 'fill';

export const DEFAULT_SERVICE_LEVEL = 0.95;

export interface ServiceTarget {
  /** Between 0 and 1 (exclusive of 1 for the fill model); 0.95 by default. */
  serviceLevel?: number;
  model?: ServiceLevelModel;
  /** Fill model: mean demand of one review period (what the shortage is compared to). */
  reviewPeriodDemand?: number;
  /** Fill model: demand over the lead time alone (see above). */
  leadTimeDistribution?: DemandDistribution;
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`A service level is between 0 and 1 (exclusive), not ${level}.`);
}

/** Reorder point for a protection-interval demand distribution and a service target. */
export function reorderPoint(protection: DemandDistribution, target: ServiceTarget = {}): number {
  const level = target.serviceLevel ?? DEFAULT_SERVICE_LEVEL;
  checkLevel(level);
  if ((target.model ?? 'fill') === 'cycle') return quantile(protection, level);
  const cycleDemand = target.reviewPeriodDemand;
  if (cycleDemand === undefined || !(cycleDemand >= 0)) {
    throw new RangeError('The fill-rate model needs the mean demand of one review period.');
  }
  const allowed = (1 - level) * cycleDemand;
  const before = target.leadTimeDistribution ? shortageCurve(target.leadTimeDistribution) : undefined;
  const curve = shortageCurve(protection);
  for (let s = 0; s < curve.length; s++) {
    const already = before ? (before[Math.min(s, before.length - 1)] ?? 0) : 0;
    if (curve[s]! - already <= allowed + 1e-12) return s;
  }
  return curve.length - 1;
}

/** Stock held beyond the expected protection-interval demand to meet the target (may be negative
 * for very skewed demand at a low level). */
export function safetyStock(protection: DemandDistribution, target: ServiceTarget = {}): number {
  return reorderPoint(protection, target) - protection.mean;
}

export interface PlanOptions extends ServiceTarget {
  /** Supplier lead time in periods (whole). */
  leadTime: number;
  /** Periods between reviews: 1 for a monthly review of monthly demand, 0 for continuous review. */
  reviewPeriod?: number;
}

export interface InventoryPlan {
  protectionPeriods: number;
  distribution: DemandDistribution;
  /** Mean demand per period (the forecast rate, seasonal offsets included over the interval). */
  meanDemand: number;
  reorderPoint: number;
  safetyStock: number;
  /** Lead-time (or protection-interval) demand interval at the service level: [low, high]. */
  interval: [number, number];
}

/** Reorder point, safety stock and a demand interval over the protection interval for a fitted series. */
export function planInventory(fit: ForecastFit, options: PlanOptions): InventoryPlan {
  const reviewPeriod = options.reviewPeriod ?? 1;
  const periods = options.leadTime + reviewPeriod;
  const distribution = leadTimeDemandDistribution(fit, periods);
  const level = options.serviceLevel ?? DEFAULT_SERVICE_LEVEL;
  const meanDemand = periods === 0 ? fit.rate : distribution.mean / periods;
  const target: ServiceTarget = {
    serviceLevel: level,
    model: options.model ?? 'fill',
    reviewPeriodDemand: options.reviewPeriodDemand ?? meanDemand * Math.max(1, reviewPeriod),
  };
  if (target.model === 'fill') target.leadTimeDistribution = leadTimeDemandDistribution(fit, options.leadTime);
  const point = reorderPoint(distribution, target);
  const tail = (1 - level) / 2;
  return {
    protectionPeriods: periods,
    distribution,
    meanDemand,
    reorderPoint: point,
    safetyStock: point - distribution.mean,
    interval: [quantile(distribution, tail), quantile(distribution, 1 - tail)],
  };
}

export interface OrderInput {
  /** On hand + on order - committed (reservations, backorders). */
  inventoryPosition: number;
  reorderPoint: number;
  /** The level an order brings the position back to (a maximum stock level); the reorder point by default. */
  orderUpTo?: number;
  /** Supplier's minimum order quantity. */
  minimumOrder?: number;
  /** Orders come in multiples of this (a box of 10). */
  packSize?: number;
}

/**
 * Quantity to order now: nothing while the inventory position is at or above the reorder point;
 * otherwise enough to bring it to the order-up-to level, at least the minimum order, rounded up to
 * whole packs.
 */
export function recommendedOrderQuantity(input: OrderInput): number {
  const { inventoryPosition, reorderPoint: point } = input;
  if (inventoryPosition >= point) return 0;
  const target = Math.max(point, input.orderUpTo ?? point);
  const pack = input.packSize ?? 1;
  if (!(pack > 0)) throw new RangeError(`A pack size is positive, not ${pack}.`);
  const quantity = Math.max(target - inventoryPosition, input.minimumOrder ?? 0);
  return Math.ceil(quantity / pack - 1e-9) * pack;
}
