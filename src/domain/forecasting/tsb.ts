/**
 * Teunter-Syntetos-Babai (TSB): smooths the probability of demand every period (towards 1 when there
 * is demand, towards 0 when not, constant beta) and the demand size at periods with demand (constant
 * alpha); the forecast is probability x size. Unlike Croston it decays while a part goes unused, which
 * suits obsolescence and can also mistake a pause for the end.
 *
 * Start: the size is the first demand and the probability one over the periods up to and including
 * it (the share of periods with demand so far). One-step forecasts exist from the next period on.
 */
import { ALPHA_GRID, BETA_GRID, DEFAULT_ALPHA, chooseByMse, makeFit, noDemandFit, type FitOptions } from './fitting.js';
import { assertDemand, firstDemandIndex } from './stats.js';
import type { ForecastFit, Series, SmoothingParams } from './types.js';

export function runTsb(
  y: Series,
  alpha: number,
  beta: number,
): { fitted: number[]; size: number; probability: number } {
  const fitted = new Array<number>(y.length).fill(NaN);
  const first = firstDemandIndex(y);
  if (first < 0) return { fitted, size: 0, probability: 0 };
  let size = y[first]!;
  let probability = 1 / (first + 1);
  for (let t = first + 1; t < y.length; t++) {
    fitted[t] = probability * size;
    const v = y[t]!;
    if (v > 0) {
      probability += beta * (1 - probability);
      size += alpha * (v - size);
    } else {
      probability -= beta * probability;
    }
  }
  return { fitted, size, probability };
}

const TSB_GRID: SmoothingParams[] = ALPHA_GRID.flatMap((alpha) => BETA_GRID.map((beta) => ({ alpha, beta })));

export function tsb(y: Series, options: FitOptions = {}): ForecastFit {
  assertDemand(y);
  const until = options.fitUntil ?? y.length;
  const params =
    options.params ??
    chooseByMse(y, TSB_GRID, (p) => runTsb(y, p.alpha, p.beta!).fitted, until, {
      alpha: DEFAULT_ALPHA,
      beta: DEFAULT_ALPHA,
    });
  const alpha = params.alpha;
  const beta = params.beta ?? DEFAULT_ALPHA;
  if (firstDemandIndex(y) < 0) return noDemandFit('tsb', y, { alpha, beta });
  const { fitted, size, probability } = runTsb(y, alpha, beta);
  return makeFit('tsb', { alpha, beta }, y, fitted, probability * size, { size, probability });
}
