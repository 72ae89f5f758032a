/**
 * What the smoothing methods share: the parameter grids, choosing parameters by the in-sample
 * one-step mean squared error, and assembling a fit.
 */
import { demandSizes, mean, variance } from './stats.js';
import type { ForecastFit, MethodName, Series, SmoothingParams } from './types.js';

/** The smoothing-constant grid searched for SES, Croston and SBA (and TSB's size constant). */
export const ALPHA_GRID: readonly number[] = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];
/** TSB's probability constant. */
export const BETA_GRID: readonly number[] = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5];
/** The seasonal method's constants (level, seasonal offsets). */
export const SEASONAL_ALPHA_GRID: readonly number[] = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7];
export const SEASONAL_GAMMA_GRID: readonly number[] = [0.05, 0.1, 0.2, 0.3];
/** Used when a series gives no one-step error to judge by (the usual choice for spare parts). */
export const DEFAULT_ALPHA = 0.1;

export interface FitOptions {
  /** Fixed parameters instead of a grid search. */
  params?: SmoothingParams;
  /** Choose the parameters on the one-step errors of periods before this index only (default: all).
   * The fit still runs through the whole series, so the later fitted values are out of sample. */
  fitUntil?: number;
  /** Seasonal method only: periods per season (12 by default). */
  seasonLength?: number;
}

/** Mean squared one-step error of `fitted` against `y` over [from, until), skipping NaN forecasts. */
export function oneStepMse(
  y: Series,
  fitted: readonly number[],
  from = 0,
  until = y.length,
): { mse: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let t = from; t < until; t++) {
    const f = fitted[t]!;
    if (Number.isNaN(f)) continue;
    const e = y[t]! - f;
    sum += e * e;
    count++;
  }
  return { mse: count === 0 ? 0 : sum / count, count };
}

/**
 * The candidate with the lowest in-sample one-step MSE (ties: the earlier candidate, so the grids list
 * the gentler constants first). `fallback` when no candidate has an error to judge by.
 */
export function chooseByMse<P>(
  y: Series,
  candidates: readonly P[],
  run: (p: P) => readonly number[],
  until: number,
  fallback: P,
): P {
  let best = fallback;
  let bestMse = Infinity;
  for (const p of candidates) {
    const { mse, count } = oneStepMse(y, run(p), 0, until);
    if (count === 0) return fallback;
    if (mse < bestMse) {
      bestMse = mse;
      best = p;
    }
  }
  return best;
}

/** Assembles a fit; the in-sample error is over every fitted period. */
export function makeFit(
  method: MethodName,
  params: SmoothingParams,
  y: Series,
  fitted: number[],
  rate: number,
  state: Record<string, number>,
  seasonal?: number[],
): ForecastFit {
  const { mse, count } = oneStepMse(y, fitted);
  const sizes = demandSizes(y);
  const fit: ForecastFit = {
    method,
    params,
    fitted,
    mse,
    errorCount: count,
    rate: Math.max(0, rate),
    sizes: { count: sizes.length, mean: mean(sizes), variance: variance(sizes) },
    state,
  };
  if (seasonal) fit.seasonal = seasonal;
  return fit;
}

/** Per-period mean demand for the next `horizon` periods (never below zero). */
export function pointForecast(fit: ForecastFit, horizon: number): number[] {
  const out: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const offset = fit.seasonal && fit.seasonal.length > 0 ? fit.seasonal[(h - 1) % fit.seasonal.length]! : 0;
    out.push(Math.max(0, fit.rate + offset));
  }
  return out;
}

/** A fit for a series without any demand: zero, with nothing to learn. */
export function noDemandFit(method: MethodName, y: Series, params: SmoothingParams): ForecastFit {
  return makeFit(method, params, y, new Array<number>(y.length).fill(NaN), 0, {});
}
