/**
 * Per-series model selection by out-of-sample error.
 *
 * 1. Classify the history (Syntetos-Boylan). The class decides which methods are fit for the series:
 *    smooth: SES, SBA and, with two seasons of history before the held-back periods, the seasonal
 *    method; erratic: SES and SBA; intermittent and lumpy: Croston, SBA and TSB. (SES is not offered
 *    for intermittent demand: after each demand it jumps and then decays through the zeros, and on the
 *    car-parts benchmark letting it compete there cost fill rate at the same stock.)
 * 2. Hold back the last `validation` periods. Each candidate chooses its parameters on the periods
 *    before them and then runs on, so its one-step forecasts over the held-back periods are made
 *    before each period is seen (a rolling origin with fixed parameters).
 * 3. The candidate with the lowest out-of-sample mean squared error wins (ties: the earlier in the
 *    list above, SBA before the others where it is listed first) and is refitted on the whole history.
 *
 * Guard against starving the stockroom: the criterion is the squared error, whose best constant
 * forecast is the mean demand, not the absolute error, whose best forecast for a part that sells in
 * fewer than half of the periods is zero (selection by MAE, and so by MASE, rewards forecasts near
 * zero that leave the shelf empty); and every candidate is a demand-rate method with a demand
 * distribution behind it, never a zero or naive forecast. A series without demand, or without demand
 * before the held-back periods, gets SBA (SES when smooth or erratic) without a comparison.
 */
import { classifyDemand, type DemandClassification } from './classify.js';
import { croston, sba } from './croston.js';
import type { FitOptions } from './fitting.js';
import { seasonal, seasonalApplies, DEFAULT_SEASON_LENGTH } from './seasonal.js';
import { ses } from './ses.js';
import { firstDemandIndex } from './stats.js';
import { tsb } from './tsb.js';
import type { ForecastFit, MethodName, Series } from './types.js';

export const METHODS: Record<MethodName, (y: Series, options?: FitOptions) => ForecastFit> = {
  ses,
  croston,
  sba,
  tsb,
  seasonal,
};

export interface SelectOptions {
  /** Periods held back for the comparison; min(12, a third of the history) by default. */
  validation?: number;
  /** Candidates, instead of those of the demand class. */
  methods?: readonly MethodName[];
  seasonLength?: number;
}

export interface CandidateScore {
  method: MethodName;
  /** Mean squared one-step error over the held-back periods. */
  mse: number;
  /** Mean absolute one-step error over the held-back periods. */
  mae: number;
  /** Mean one-step error (actual - forecast): positive means the method under-forecast. */
  bias: number;
}

export interface Selection {
  fit: ForecastFit;
  classification: DemandClassification;
  /** Every candidate's out-of-sample figures (empty when there was no comparison). */
  candidates: CandidateScore[];
  /** Why this method. */
  reason: string;
}

/** The method used without a comparison: SES for frequent demand, SBA otherwise. */
export function defaultMethod(classification: DemandClassification): MethodName {
  return classification.demandClass === 'smooth' || classification.demandClass === 'erratic' ? 'ses' : 'sba';
}

/** The methods fit for a demand class (see above); `seasonal` only when `seasonalPossible`. */
export function candidatesFor(classification: DemandClassification, seasonalPossible: boolean): MethodName[] {
  switch (classification.demandClass) {
    case 'smooth':
      return seasonalPossible ? ['ses', 'sba', 'seasonal'] : ['ses', 'sba'];
    case 'erratic':
      return ['ses', 'sba'];
    default:
      return ['sba', 'croston', 'tsb'];
  }
}

export function selectModel(y: Series, options: SelectOptions = {}): Selection {
  const classification = classifyDemand(y);
  const m = options.seasonLength ?? DEFAULT_SEASON_LENGTH;
  const validation = options.validation ?? Math.min(12, Math.floor(y.length / 3));
  const start = y.length - validation;
  const fallback = (reason: string): Selection => {
    const method = defaultMethod(classification);
    return { fit: METHODS[method](y), classification, candidates: [], reason };
  };
  if (classification.demandClass === 'none') return fallback('no demand in the history');
  if (validation < 3 || start < 2) return fallback('history too short to compare methods');
  if (firstDemandIndex(y) >= start - 1) return fallback('no demand before the held-back periods');

  const seasonalPossible = seasonalApplies(y.slice(0, start), m);
  const methods = (options.methods ?? candidatesFor(classification, seasonalPossible)).filter(
    (method) => method !== 'seasonal' || seasonalPossible,
  );
  const candidates: CandidateScore[] = [];
  let best: CandidateScore | undefined;
  for (const method of methods) {
    const fitted = METHODS[method](y, { fitUntil: start, seasonLength: m }).fitted;
    let squared = 0;
    let absolute = 0;
    let signed = 0;
    for (let t = start; t < y.length; t++) {
      const e = y[t]! - fitted[t]!;
      squared += e * e;
      absolute += Math.abs(e);
      signed += e;
    }
    const score = { method, mse: squared / validation, mae: absolute / validation, bias: signed / validation };
    candidates.push(score);
    if (!best || score.mse < best.mse) best = score;
  }
  if (!best) return fallback('no candidate method');
  return {
    fit: METHODS[best.method](y, { seasonLength: m }),
    classification,
    candidates,
    reason: `lowest out-of-sample MSE among ${methods.join(', ')}`,
  };
}
