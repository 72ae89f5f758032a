import { describe, expect, it } from 'vitest';
import { simulateOrderUpTo } from './simulate.js';

describe('order-up-to replay (lost sales)', () => {
  it('orders back to the level, receives a lead time later and loses what stock cannot serve', () => {
    // t0: 4 on hand, serve 3 -> 1. t1: position 1, order 3 (arrives t2), no demand. t2: 1 + 3 = 4, demand 5: 1 lost.
    const result = simulateOrderUpTo({ demand: [3, 0, 5], level: 4, leadTime: 1 });
    expect(result).toEqual({
      demand: 8,
      served: 7,
      fillRate: 7 / 8,
      averageStock: 2 / 3,
      stockOutPeriods: 1,
      ordered: 3,
    });
  });

  it('counts stock on order in the position so it does not order twice', () => {
    const result = simulateOrderUpTo({ demand: [4, 0, 0], level: 4, leadTime: 2 });
    expect(result.ordered).toBe(4);
  });

  it('receives at once with lead time zero and follows a level per period', () => {
    const result = simulateOrderUpTo({ demand: [2, 2, 2], level: [2, 2, 0], leadTime: 0, initialOnHand: 0 });
    expect(result.served).toBe(4);
    expect(result.fillRate).toBeCloseTo(2 / 3, 12);
  });

  it('reports a full fill rate when there was no demand', () => {
    expect(simulateOrderUpTo({ demand: [0, 0], level: 1, leadTime: 1 }).fillRate).toBe(1);
  });
});
