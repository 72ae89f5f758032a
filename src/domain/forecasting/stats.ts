/**
 * Small numeric helpers: the normal distribution function (no dependency) and summaries of a demand
 * series.
 */
import type { Series } from './types.js';

/** Complementary error function, |relative error| < 1.2e-7 (Numerical Recipes, erfcc). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal cumulative distribution. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

export function mean(values: Series): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population variance (divides by n): defined for a single value (0). */
export function variance(values: Series): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / values.length;
}

/** The non-zero demands of a series, in order. */
export function demandSizes(y: Series): number[] {
  const sizes: number[] = [];
  for (const v of y) if (v > 0) sizes.push(v);
  return sizes;
}

/** Index of the first period with demand, or -1. */
export function firstDemandIndex(y: Series): number {
  for (let t = 0; t < y.length; t++) if (y[t]! > 0) return t;
  return -1;
}

/** Throws on a value that is not a finite non-negative number: forecasting needs quantities. */
export function assertDemand(y: Series): void {
  for (let t = 0; t < y.length; t++) {
    const v = y[t]!;
    if (!Number.isFinite(v) || v < 0)
      throw new RangeError(`Demand must be a finite quantity >= 0; period ${t} is ${v}.`);
  }
}
