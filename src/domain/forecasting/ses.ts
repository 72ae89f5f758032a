/**
 * Simple exponential smoothing: level <- level + alpha (y - level); the forecast is the level.
 *
 * Start: the level is the mean of the periods up to and including the first demand, so the first
 * forecast equals Croston's (size over interval) and a series opening with zeros does not start at
 * zero. One-step forecasts exist from the period after the first demand.
 */
import { ALPHA_GRID, DEFAULT_ALPHA, chooseByMse, makeFit, noDemandFit, type FitOptions } from './fitting.js';
import { assertDemand, firstDemandIndex } from './stats.js';
import type { ForecastFit, Series } from './types.js';

export function runSes(y: Series, alpha: number): { fitted: number[]; level: number } {
  const fitted = new Array<number>(y.length).fill(NaN);
  const first = firstDemandIndex(y);
  if (first < 0) return { fitted, level: 0 };
  let level = 0;
  for (let t = 0; t <= first; t++) level += y[t]!;
  level /= first + 1;
  for (let t = first + 1; t < y.length; t++) {
    fitted[t] = level;
    level += alpha * (y[t]! - level);
  }
  return { fitted, level };
}

export function ses(y: Series, options: FitOptions = {}): ForecastFit {
  assertDemand(y);
  const until = options.fitUntil ?? y.length;
  const alpha = options.params?.alpha ?? chooseByMse(y, ALPHA_GRID, (a) => runSes(y, a).fitted, until, DEFAULT_ALPHA);
  if (firstDemandIndex(y) < 0) return noDemandFit('ses', y, { alpha });
  const { fitted, level } = runSes(y, alpha);
  return makeFit('ses', { alpha }, y, fitted, level, { level });
}
