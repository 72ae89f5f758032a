import { describe, expect, it } from 'vitest';
import { tsb } from './tsb.js';

describe('TSB', () => {
  it('smooths the probability every period and the size at demands (alpha 0.5, beta 0.5 by hand)', () => {
    const fit = tsb([0, 3, 0, 0, 1, 0], { params: { alpha: 0.5, beta: 0.5 } });
    // probability 1/2 -> 1/4 -> 1/8 -> 0.5625 -> 0.28125; size 3 -> 2 at t=4
    expect(fit.fitted).toEqual([NaN, NaN, 1.5, 0.75, 0.375, 1.125]);
    expect(fit.rate).toBeCloseTo(0.5625, 12);
    expect(fit.state).toEqual({ size: 2, probability: 0.28125 });
  });

  it('decays while demand stays away, unlike Croston', () => {
    const y = [2, 0, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0];
    const params = { alpha: 0.2, beta: 0.2 };
    expect(tsb(y, { params }).rate).toBeLessThan(tsb(y.slice(0, 6), { params }).rate / 2);
  });
});
