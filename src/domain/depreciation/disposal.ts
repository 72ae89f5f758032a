/**
 * Disposal: proceeds against book value give a gain (proceeds above book value) or a loss. The
 * book value is the engine's at the end of the disposal date (valueAt), so under a month-based
 * convention the month of disposal takes no depreciation.
 */
import { centsToNumber } from './money.js';
import { DepreciationInputError } from './plan.js';
import { prepareDepreciation } from './schedule.js';
import type { AssetInput, DepreciationProfile } from './types.js';

export interface GainLoss {
  /** Proceeds − book value, in cents: positive is a gain, negative a loss. */
  gainLoss: number;
  kind: 'gain' | 'loss' | 'none';
}

/** Gain or loss of selling at `proceeds` an asset carried at `bookValue` (both in cents). */
export function disposalGainLoss(bookValue: number | bigint, proceeds: number | bigint): GainLoss {
  const difference = BigInt(proceeds) - BigInt(bookValue);
  return { gainLoss: centsToNumber(difference), kind: difference > 0n ? 'gain' : difference < 0n ? 'loss' : 'none' };
}

export interface Disposal extends GainLoss {
  date: string;
  accumulated: number;
  bookValue: number;
  proceeds: number;
}

/** Disposing of the asset on `date` for `proceeds` cents (0 for a write-off). */
export function disposeAt(
  profile: DepreciationProfile,
  asset: AssetInput,
  date: string,
  proceeds: number | bigint,
): Disposal {
  const valid = typeof proceeds === 'bigint' ? proceeds >= 0n : Number.isSafeInteger(proceeds) && proceeds >= 0;
  if (!valid)
    throw new DepreciationInputError([{ field: 'proceeds', message: 'Proceeds are whole cents, 0 or more.' }]);
  const { accumulated, bookValue } = prepareDepreciation(profile, asset).valueAt(date);
  return {
    date,
    accumulated,
    bookValue,
    proceeds: centsToNumber(BigInt(proceeds)),
    ...disposalGainLoss(bookValue, proceeds),
  };
}
