/**
 * Shared shapes of the forecasting engine. A demand series is a plain array of per-period
 * quantities (index 0 is the oldest period); periods are abstract (a month in practice) and only
 * `period-dates.ts` turns them into calendar dates.
 */

/** Per-period demand, oldest first. Quantities are non-negative; a missing period is not a zero. */
export type Series = readonly number[];

export type MethodName = 'ses' | 'croston' | 'sba' | 'tsb' | 'seasonal';

/** Smoothing parameters: alpha for the level (or the demand size), beta for the demand probability
 * (TSB), gamma for the seasonal offsets. */
export interface SmoothingParams {
  alpha: number;
  beta?: number;
  gamma?: number;
}

/**
 * What a method learned from a series. Plain data, so it can be stored, compared and serialised.
 */
export interface ForecastFit {
  method: MethodName;
  params: SmoothingParams;
  /** fitted[t] is the one-step-ahead forecast of y[t] made from y[0..t-1]; NaN until the method has a
   * basis (before the first demand, or during the first season of the seasonal method). */
  fitted: number[];
  /** Mean squared one-step error over the periods with a fitted value (0 when there are none). */
  mse: number;
  /** Number of one-step errors behind `mse`. */
  errorCount: number;
  /** Mean demand per period expected after the last observation (the seasonal method: the level). */
  rate: number;
  /** Seasonal method only: the offsets added to `rate` for the next m periods, next period first. */
  seasonal?: number[];
  /** The non-zero demands observed: how many, their mean and (population) variance. The method
   * decides how much demand to expect (`rate`); these give its shape (see `distribution.ts`). */
  sizes: { count: number; mean: number; variance: number };
  /** The method's final state, for inspection: level; size and interval; size and probability. */
  state: Record<string, number>;
}
