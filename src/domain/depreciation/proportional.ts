/**
 * Set-based figures for many assets at once. Straight line and sum of the years' digits (without
 * later changes) depreciate (cost − salvage) along a shape that depends only on the dates, and
 * MACRS depreciates the cost (no salvage) the same way. For those, the accumulated depreciation of
 * any asset at a date is
 *
 *   round_half_up((cost − salvage) × n / d)      (in cents)
 *
 * with n/d the exact share of the depreciable base accrued by then, which depends on the profile,
 * the in-service date and the date alone. A register or a forecast over a million assets then asks
 * the engine once per profile and in-service month (per day under actual days) and lets the
 * database do the multiplication, exactly. Other profiles (declining balance: the balance and the
 * salvage floor do not scale; profiles with changes) answer `undefined` and go through the engine
 * asset by asset.
 */
import { dayOfDate } from './calendar.js';
import { planFor } from './plan.js';
import type { DepreciationProfile } from './types.js';

/** The share of the depreciable base accrued at the end of a day: n / d, exact. */
export interface Share {
  n: bigint;
  d: bigint;
}

/** True when the profile's accumulated depreciation is (cost − salvage) × a share of the dates alone. */
export function isProportional(profile: DepreciationProfile): boolean {
  if (profile.changes && profile.changes.length > 0) return false;
  return (
    profile.method === 'straight_line' ||
    profile.method === 'sum_of_years_digits' ||
    profile.method === 'macrs_gds' ||
    profile.method === 'none'
  );
}

/** True when only the in-service month matters (every convention but actual days). */
export function dependsOnMonthOnly(profile: DepreciationProfile): boolean {
  return profile.method === 'macrs_gds' || profile.method === 'none' || profile.convention !== 'actual_days';
}

/** A reference base large enough that the engine works on it without any rounding of its own. */
const REFERENCE_CENTS = 1_000_000_000n;

/**
 * The share accrued at the end of each date in `dates` for an asset in service on `inServiceDate`;
 * undefined when the profile is not proportional.
 */
export function proportionalShares(
  profile: DepreciationProfile,
  inServiceDate: string,
  dates: readonly string[],
): Share[] | undefined {
  if (!isProportional(profile)) return undefined;
  if (profile.method === 'none') return dates.map(() => ({ n: 0n, d: 1n }));
  // Salvage only scales the base: the shape is the salvage-free profile's.
  const plan = planFor({ ...profile, salvage: null }, { costCents: REFERENCE_CENTS, inServiceDate });
  return dates.map((date) => {
    const exact = plan.accruals.exactThrough(dayOfDate(date));
    return { n: exact.n, d: exact.d * REFERENCE_CENTS };
  });
}

/** round_half_up(base × n / d) for a non-negative base, in cents: what the database computes. */
export function applyShare(baseCents: bigint, share: Share): bigint {
  return (2n * baseCents * share.n + share.d) / (2n * share.d);
}
