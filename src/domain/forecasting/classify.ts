/**
 * Demand classification after Syntetos, Boylan & Croston (2005): the average demand interval (ADI,
 * periods per demand) says how often demand comes, the squared coefficient of variation of the
 * non-zero demand sizes (CV²) how much a demand varies in size.
 *
 *                    CV² <= 0.49      CV² > 0.49
 *   ADI <= 1.32      smooth           erratic
 *   ADI >  1.32      intermittent     lumpy
 *
 * A value exactly on a cut-off belongs to the lower class (1.32 is still frequent, 0.49 still steady).
 * A series without any demand is `none`.
 */
import { demandSizes, mean, variance } from './stats.js';
import type { Series } from './types.js';

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy' | 'none';

export interface DemandClassification {
  demandClass: DemandClass;
  /** Periods per demand: the series length over the number of periods with demand (Infinity when none). */
  adi: number;
  /** Squared coefficient of variation of the non-zero demands (population variance; 0 with one demand). */
  cv2: number;
  /** Number of periods with demand. */
  demands: number;
}

export function classifyDemand(y: Series): DemandClassification {
  const sizes = demandSizes(y);
  if (sizes.length === 0) return { demandClass: 'none', adi: Infinity, cv2: 0, demands: 0 };
  const adi = y.length / sizes.length;
  const m = mean(sizes);
  const cv2 = variance(sizes) / (m * m);
  return { demandClass: classFor(adi, cv2), adi, cv2, demands: sizes.length };
}

/** The class for given ADI and CV² (the Syntetos-Boylan quadrants). */
export function classFor(adi: number, cv2: number): Exclude<DemandClass, 'none'> {
  const frequent = adi <= ADI_CUTOFF;
  const steady = cv2 <= CV2_CUTOFF;
  if (frequent) return steady ? 'smooth' : 'erratic';
  return steady ? 'intermittent' : 'lumpy';
}
