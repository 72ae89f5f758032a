import { describe, expect, it } from 'vitest';
import { croston, sba } from './croston.js';

describe('Croston and SBA', () => {
  it('smooths size and interval at demands only (alpha 0.5 by hand)', () => {
    const fit = croston([0, 3, 0, 0, 1, 0], { params: { alpha: 0.5 } });
    // start: size 3, interval 2 (periods up to the first demand); at t=4 size 2, interval 2 + 0.5 (3 - 2) = 2.5
    expect(fit.fitted).toEqual([NaN, NaN, 1.5, 1.5, 1.5, 0.8]);
    expect(fit.rate).toBeCloseTo(0.8, 12);
    expect(fit.state).toEqual({ size: 2, interval: 2.5 });
  });

  it('SBA is Croston times (1 - alpha / 2)', () => {
    const fit = sba([0, 3, 0, 0, 1, 0], { params: { alpha: 0.5 } });
    expect(fit.rate).toBeCloseTo(0.8 * 0.75, 12);
    expect(fit.fitted[2]).toBeCloseTo(1.125, 12);
    expect(fit.method).toBe('sba');
  });

  it('keeps its forecast through a run of zeros', () => {
    const fit = croston([2, 0, 2, 0, 0, 0, 0, 0, 0], { params: { alpha: 0.2 } });
    expect(fit.fitted[3]).toBe(fit.fitted[8]);
  });

  it('takes the usual alpha 0.1 when there is no one-step error to judge by', () => {
    expect(croston([0, 0, 4]).params.alpha).toBe(0.1);
  });
});
