import { describe, expect, it } from 'vitest';
import { addMonths, monthOffset, nearestLocation, planItem, type PlanItemInput } from './plan-item.js';

const base: PlanItemInput = {
  history: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  onHand: 25,
  leadTimeDays: 30,
  serviceLevel: 0.95,
  minQuantity: null,
  maxQuantity: null,
  reorderQuantity: null,
  planned: [],
};

describe('planning one model at one location', () => {
  it('forecasts steady demand and predicts the stock-out when on hand runs down', () => {
    const plan = planItem(base);
    expect(plan.forecastPerMonth).toBeCloseTo(10, 5);
    expect(plan.leadTimeMonths).toBe(1);
    // 25 on hand at 10 a month: gone two and a half months from now.
    expect(plan.stockOutInMonths).toBeCloseTo(2.5, 5);
    expect(plan.forecast[0]).toMatchObject({ mean: 10, projectedOnHand: 15 });
    expect(plan.forecast[2]!.projectedOnHand).toBe(0);
    expect(plan.alerts).toEqual([]);
  });

  it('sets the reorder point over lead time plus one review month, and orders up to it plus a month', () => {
    const plan = planItem({ ...base, onHand: 5 });
    // Constant demand: protection demand is 2 x 10, with no spread to cover.
    expect(plan.protectionDemand.mean).toBeCloseTo(20, 5);
    expect(plan.reorderPoint).toBeGreaterThanOrEqual(20);
    expect(plan.needsOrder).toBe(true);
    expect(plan.recommendedOrderQuantity).toBe(plan.reorderPoint + 10 - 5);
    expect(plan.alerts).toEqual(['stockout_within_lead_time']);
  });

  it('flags stock below its minimum, orders up to the maximum, and at least the reorder quantity', () => {
    const plan = planItem({ ...base, history: [0, 0, 1], onHand: 3, minQuantity: 4, maxQuantity: 12 });
    expect(plan.alerts).toContain('below_minimum');
    expect(plan.reorderPoint).toBeGreaterThanOrEqual(4);
    expect(plan.recommendedOrderQuantity).toBe(9);
    const boxed = planItem({ ...base, history: [0, 0, 1], onHand: 3, minQuantity: 4, reorderQuantity: 50 });
    expect(boxed.recommendedOrderQuantity).toBe(50);
  });

  it('adds planned demand (new hires) to the forecast, the reorder point and the stock-out date', () => {
    const quiet = planItem({ ...base, history: [0, 0, 0, 0], onHand: 3 });
    expect(quiet.stockOutInMonths).toBeNull();
    expect(quiet.reorderPoint).toBe(0);
    const hires = planItem({ ...base, history: [0, 0, 0, 0], onHand: 3, planned: [0, 5] });
    expect(hires.forecast[1]!.mean).toBe(5);
    expect(hires.stockOutInMonths).toBeCloseTo(1.6, 5);
    expect(hires.reorderPoint).toBe(5);
    expect(hires.needsOrder).toBe(true);
    expect(hires.alerts).toEqual([]);
  });

  it('plans from a single month of history (a new stock)', () => {
    const plan = planItem({ ...base, history: [8], onHand: 2, minQuantity: 5 });
    expect(plan.forecastPerMonth).toBe(8);
    expect(plan.stockOutInMonths).toBeCloseTo(0.25, 5);
    expect(plan.alerts).toEqual(['below_minimum', 'stockout_within_lead_time']);
  });
});

describe('where known demand lands', () => {
  const stockrooms = [
    { id: 'a', path: '/s1/b1/store/' },
    { id: 'b', path: '/s2/store/' },
  ];
  it('picks the stock location sharing the longest path with the person', () => {
    expect(nearestLocation('/s2/b9/floor/', stockrooms)?.id).toBe('b');
    expect(nearestLocation('/s1/b1/f3/room/', stockrooms)?.id).toBe('a');
    expect(nearestLocation('/s9/', stockrooms)?.id).toBe('a');
    expect(nearestLocation('/s9/', [])).toBeUndefined();
  });
  it('counts months from the current one and adds fractional months to a date', () => {
    const today = new Date('2026-11-24T12:00:00Z');
    expect(monthOffset(today, '2026-11-30')).toBe(0);
    expect(monthOffset(today, '2027-01-05')).toBe(2);
    expect(addMonths(today, 1)).toBe('2026-12-24');
  });
});
