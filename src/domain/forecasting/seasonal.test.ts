import { describe, expect, it } from 'vitest';
import { pointForecast } from './fitting.js';
import { seasonal } from './seasonal.js';

describe('seasonal smoothing', () => {
  it('forecasts a repeating pattern exactly', () => {
    const fit = seasonal([1, 3, 1, 3, 1, 3], { seasonLength: 2 });
    expect(fit.mse).toBe(0);
    expect(fit.rate).toBe(2);
    expect(pointForecast(fit, 3)).toEqual([1, 3, 1]);
  });

  it('updates level and offsets (alpha 0.5, gamma 0.5, season 2 by hand)', () => {
    const fit = seasonal([2, 4, 4, 4], { seasonLength: 2, params: { alpha: 0.5, gamma: 0.5 } });
    // start: level 3, offsets -1, 1; t=2: forecast 2, level 4, offset -0.5; t=3: forecast 5, level 3.5, offset 0.75
    expect(fit.fitted).toEqual([NaN, NaN, 2, 5]);
    expect(fit.rate).toBe(3.5);
    expect(fit.seasonal).toEqual([-0.5, 0.75]);
    expect(pointForecast(fit, 2)).toEqual([3, 4.25]);
  });

  it('refuses a history shorter than two seasons', () => {
    expect(() => seasonal(new Array<number>(23).fill(1))).toThrow(/two full seasons/);
  });

  it('never forecasts below zero', () => {
    const fit = seasonal([0, 10, 0, 10, 0, 10], { seasonLength: 2, params: { alpha: 0.5, gamma: 0.5 } });
    for (const v of pointForecast(fit, 4)) expect(v).toBeGreaterThanOrEqual(0);
  });
});
