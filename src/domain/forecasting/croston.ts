/**
 * Croston's method and the Syntetos-Boylan approximation (SBA).
 *
 * Croston smooths, at periods with demand only, the demand size z and the interval q between demands
 * (both with the same alpha); the forecast per period is z / q. SBA multiplies it by (1 - alpha / 2),
 * which removes Croston's known upward bias.
 *
 * Start: z is the first demand and q the number of periods up to and including it (the interval from
 * the start of the series). One-step forecasts exist from the period after the first demand.
 */
import { ALPHA_GRID, DEFAULT_ALPHA, chooseByMse, makeFit, noDemandFit, type FitOptions } from './fitting.js';
import { assertDemand, firstDemandIndex } from './stats.js';
import type { ForecastFit, Series } from './types.js';

export function runCroston(y: Series, alpha: number, factor = 1): { fitted: number[]; size: number; interval: number } {
  const fitted = new Array<number>(y.length).fill(NaN);
  const first = firstDemandIndex(y);
  if (first < 0) return { fitted, size: 0, interval: Infinity };
  let size = y[first]!;
  let interval = first + 1;
  let last = first;
  for (let t = first + 1; t < y.length; t++) {
    fitted[t] = (factor * size) / interval;
    const v = y[t]!;
    if (v > 0) {
      size += alpha * (v - size);
      interval += alpha * (t - last - interval);
      last = t;
    }
  }
  return { fitted, size, interval };
}

function crostonFamily(y: Series, options: FitOptions, method: 'croston' | 'sba'): ForecastFit {
  assertDemand(y);
  const factorFor = (a: number) => (method === 'sba' ? 1 - a / 2 : 1);
  const until = options.fitUntil ?? y.length;
  const alpha =
    options.params?.alpha ??
    chooseByMse(y, ALPHA_GRID, (a) => runCroston(y, a, factorFor(a)).fitted, until, DEFAULT_ALPHA);
  if (firstDemandIndex(y) < 0) return noDemandFit(method, y, { alpha });
  const factor = factorFor(alpha);
  const { fitted, size, interval } = runCroston(y, alpha, factor);
  return makeFit(method, { alpha }, y, fitted, (factor * size) / interval, { size, interval });
}

export function croston(y: Series, options: FitOptions = {}): ForecastFit {
  return crostonFamily(y, options, 'croston');
}

export function sba(y: Series, options: FitOptions = {}): ForecastFit {
  return crostonFamily(y, options, 'sba');
}
