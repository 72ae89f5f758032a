import { describe, expect, it } from 'vitest';
import { assertDemand, demandSizes, firstDemandIndex, mean, normalCdf, variance } from './stats.js';

describe('numeric helpers', () => {
  it('computes the normal distribution function to about seven digits', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.6448536)).toBeCloseTo(0.95, 6);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 6);
    expect(normalCdf(8)).toBeCloseTo(1, 12);
  });

  it('summarises a series: mean, population variance, demand sizes, first demand', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(variance([1, 2, 3, 6])).toBe(3.5);
    expect(variance([4])).toBe(0);
    expect(demandSizes([0, 2, 0, 5])).toEqual([2, 5]);
    expect(firstDemandIndex([0, 0, 1])).toBe(2);
    expect(firstDemandIndex([0, 0])).toBe(-1);
  });

  it('accepts only finite quantities of zero or more', () => {
    expect(() => assertDemand([0, 1.5])).not.toThrow();
    expect(() => assertDemand([Infinity])).toThrow(/period 0/);
  });
});
