import { describe, expect, it } from 'vitest';
import { compoundDemandDistribution } from './distribution.js';
import { croston } from './croston.js';
import { planInventory, recommendedOrderQuantity, reorderPoint, safetyStock } from './policy.js';

// One unit in half of the periods: over two periods 0, 1, 2 with 1/4, 1/2, 1/4; over one period 0, 1 evenly.
const twoPeriods = compoundDemandDistribution(0.5, 1, 0, 2);
const onePeriod = compoundDemandDistribution(0.5, 1, 0, 1);

describe('reorder point and safety stock', () => {
  it('is the quantile of protection-interval demand for a cycle service level', () => {
    expect(reorderPoint(twoPeriods, { model: 'cycle', serviceLevel: 0.95 })).toBe(2);
    expect(reorderPoint(twoPeriods, { model: 'cycle', serviceLevel: 0.7 })).toBe(1);
    expect(safetyStock(twoPeriods, { model: 'cycle', serviceLevel: 0.95 })).toBeCloseTo(1, 12);
  });

  it('keeps the expected shortage per cycle within (1 - fill rate) of a review period demand', () => {
    // s = 1: E[(D2 - 1)+] - E[(D1 - 1)+] = 0.25 - 0 = 0.25 of a period demand of 0.5: a 50% fill target is met.
    const target = { model: 'fill' as const, reviewPeriodDemand: 0.5, leadTimeDistribution: onePeriod };
    expect(reorderPoint(twoPeriods, { ...target, serviceLevel: 0.5 })).toBe(1);
    expect(reorderPoint(twoPeriods, { ...target, serviceLevel: 0.49 })).toBe(1);
    expect(reorderPoint(twoPeriods, { ...target, serviceLevel: 0.51 })).toBe(2);
    expect(reorderPoint(twoPeriods, { ...target, serviceLevel: 0.95 })).toBe(2);
    // s = 0 gives 1 - 0.5 = 0.5 short per cycle, all of the demand: a zero target only.
    expect(reorderPoint(twoPeriods, { ...target, serviceLevel: 0.01 })).toBe(1);
  });

  it('without the lead-time distribution counts the whole shortage (errs on the safe side)', () => {
    expect(reorderPoint(twoPeriods, { model: 'fill', reviewPeriodDemand: 0.5, serviceLevel: 0.4 })).toBe(1);
    expect(reorderPoint(twoPeriods, { model: 'fill', reviewPeriodDemand: 0.5, serviceLevel: 0.6 })).toBe(2);
  });

  it('refuses a service level of 0 or 1 and a fill target without the cycle demand', () => {
    expect(() => reorderPoint(twoPeriods, { serviceLevel: 1 })).toThrow(RangeError);
    expect(() => reorderPoint(twoPeriods, { serviceLevel: 0 })).toThrow(RangeError);
    expect(() => reorderPoint(twoPeriods, { model: 'fill' })).toThrow(/review period/);
  });

  it('plans over lead time plus review period, 95% fill by default', () => {
    // One unit every other period: rate 0.5, and the errors (+-0.5) are what that demand implies, so the
    // lead-time demand is binomial: 0, 1, 2 over two periods with 1/4, 1/2, 1/4.
    const fit = croston([0, 1, 0, 1, 0, 1, 0, 1], { params: { alpha: 0.1 } });
    const plan = planInventory(fit, { leadTime: 1 });
    expect(plan.protectionPeriods).toBe(2);
    expect(plan.meanDemand).toBeCloseTo(0.5, 6);
    expect(plan.distribution.pmf.map((p) => Math.round(p * 1e6) / 1e6)).toEqual([0.25, 0.5, 0.25]);
    expect(plan.reorderPoint).toBe(2);
    expect(plan.safetyStock).toBeCloseTo(2 - plan.distribution.mean, 12);
    expect(plan.interval[0]).toBeLessThanOrEqual(plan.reorderPoint);
    expect(plan.interval[1]).toBeGreaterThanOrEqual(plan.reorderPoint);
    const cycle = planInventory(fit, { leadTime: 1, model: 'cycle', serviceLevel: 0.7 });
    expect(cycle.reorderPoint).toBe(1);
  });
});

describe('recommended order quantity', () => {
  it('orders nothing at or above the reorder point', () => {
    expect(recommendedOrderQuantity({ inventoryPosition: 5, reorderPoint: 5 })).toBe(0);
    expect(recommendedOrderQuantity({ inventoryPosition: 9, reorderPoint: 5, orderUpTo: 12 })).toBe(0);
  });

  it('orders up to the order-up-to level (the reorder point by default)', () => {
    expect(recommendedOrderQuantity({ inventoryPosition: 3, reorderPoint: 5 })).toBe(2);
    expect(recommendedOrderQuantity({ inventoryPosition: 3, reorderPoint: 5, orderUpTo: 10 })).toBe(7);
    expect(recommendedOrderQuantity({ inventoryPosition: -2, reorderPoint: 5 })).toBe(7);
  });

  it('respects the minimum order and rounds up to whole packs', () => {
    expect(recommendedOrderQuantity({ inventoryPosition: 3, reorderPoint: 5, orderUpTo: 10, packSize: 5 })).toBe(10);
    expect(recommendedOrderQuantity({ inventoryPosition: 3, reorderPoint: 5, minimumOrder: 12, packSize: 5 })).toBe(15);
    expect(recommendedOrderQuantity({ inventoryPosition: 3, reorderPoint: 5, packSize: 2 })).toBe(2);
  });
});
