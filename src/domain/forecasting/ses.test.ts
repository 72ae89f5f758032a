import { describe, expect, it } from 'vitest';
import { ses } from './ses.js';

describe('simple exponential smoothing', () => {
  it('smooths the level and forecasts it (alpha 0.5 by hand)', () => {
    const fit = ses([2, 0, 4, 2], { params: { alpha: 0.5 } });
    // level 2 -> 1 -> 2.5 -> 2.25
    expect(fit.fitted).toEqual([NaN, 2, 1, 2.5]);
    expect(fit.rate).toBe(2.25);
    expect(fit.mse).toBeCloseTo((4 + 9 + 0.25) / 3, 12);
    expect(fit.errorCount).toBe(3);
  });

  it('starts from the mean up to the first demand, not from a leading zero', () => {
    const fit = ses([0, 0, 3, 0], { params: { alpha: 0.5 } });
    expect(fit.fitted).toEqual([NaN, NaN, NaN, 1]);
    expect(fit.rate).toBe(0.5);
  });

  it('chooses alpha on the grid by in-sample one-step error', () => {
    expect(ses([1, 2, 3, 4, 5, 6, 7]).params.alpha).toBe(1); // a ramp: the last value is the best forecast
    expect(ses([2, 3, 1, 3, 1, 3, 1, 3, 1]).params.alpha).toBe(0.05); // noise around 2: smooth hard
  });

  it('chooses the parameters on the periods before fitUntil only', () => {
    const y = [2, 3, 1, 3, 1, 3, 1, 10, 20, 30, 40];
    expect(ses(y, { fitUntil: 7 }).params.alpha).toBe(0.05);
    expect(ses(y).params.alpha).toBeGreaterThan(0.5);
  });

  it('forecasts zero for a series without demand', () => {
    expect(ses([0, 0, 0]).rate).toBe(0);
  });

  it('refuses negative or non-numeric demand', () => {
    expect(() => ses([1, -1])).toThrow(RangeError);
    expect(() => ses([1, NaN])).toThrow(RangeError);
  });
});
