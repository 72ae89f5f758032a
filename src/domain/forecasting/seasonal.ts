/**
 * Additive seasonal exponential smoothing without trend (Holt-Winters additive, trend left out:
 * spare-part and consumable demand rarely keeps a trend long enough to extrapolate it):
 *
 *   level_t = alpha (y_t - s_{t-m}) + (1 - alpha) level_{t-1}
 *   s_t     = gamma (y_t - level_t) + (1 - gamma) s_{t-m}
 *   forecast for period t+h = level_t + s_{t+h-m}   (h <= m; never below zero)
 *
 * Start: the level is the mean of the first season and each offset that season's value minus it.
 * Needs two full seasons (2m periods); one-step forecasts exist from period m on.
 */
import {
  DEFAULT_ALPHA,
  SEASONAL_ALPHA_GRID,
  SEASONAL_GAMMA_GRID,
  chooseByMse,
  makeFit,
  type FitOptions,
} from './fitting.js';
import { assertDemand } from './stats.js';
import type { ForecastFit, Series, SmoothingParams } from './types.js';

export const DEFAULT_SEASON_LENGTH = 12;

export function runSeasonal(
  y: Series,
  alpha: number,
  gamma: number,
  m: number,
): { fitted: number[]; level: number; offsets: number[] } {
  const fitted = new Array<number>(y.length).fill(NaN);
  let level = 0;
  for (let t = 0; t < m; t++) level += y[t]!;
  level /= m;
  const s: number[] = [];
  for (let t = 0; t < m; t++) s.push(y[t]! - level);
  for (let t = m; t < y.length; t++) {
    const previous = s[t - m]!;
    fitted[t] = Math.max(0, level + previous);
    const v = y[t]!;
    level = alpha * (v - previous) + (1 - alpha) * level;
    s.push(gamma * (v - level) + (1 - gamma) * previous);
  }
  return { fitted, level, offsets: s.slice(s.length - m) };
}

const SEASONAL_GRID: SmoothingParams[] = SEASONAL_ALPHA_GRID.flatMap((alpha) =>
  SEASONAL_GAMMA_GRID.map((gamma) => ({ alpha, gamma })),
);

/** True when the series is long enough for the seasonal method. */
export function seasonalApplies(y: Series, seasonLength = DEFAULT_SEASON_LENGTH): boolean {
  return seasonLength >= 2 && y.length >= 2 * seasonLength;
}

export function seasonal(y: Series, options: FitOptions = {}): ForecastFit {
  assertDemand(y);
  const m = options.seasonLength ?? DEFAULT_SEASON_LENGTH;
  if (!seasonalApplies(y, m)) {
    throw new RangeError(`The seasonal method needs two full seasons (${2 * m} periods); the series has ${y.length}.`);
  }
  const until = options.fitUntil ?? y.length;
  const params =
    options.params ??
    chooseByMse(y, SEASONAL_GRID, (p) => runSeasonal(y, p.alpha, p.gamma!, m).fitted, until, {
      alpha: DEFAULT_ALPHA,
      gamma: DEFAULT_ALPHA,
    });
  const gamma = params.gamma ?? DEFAULT_ALPHA;
  const { fitted, level, offsets } = runSeasonal(y, params.alpha, gamma, m);
  // The offsets are relative to the level; a negative level (possible after a collapse) is clamped
  // by pointForecast per period, so keep the level as is in the offsets and the rate non-negative.
  const rate = Math.max(0, level);
  return makeFit(
    'seasonal',
    { alpha: params.alpha, gamma },
    y,
    fitted,
    rate,
    { level },
    offsets.map((o) => o + level - rate),
  );
}
