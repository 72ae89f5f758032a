/**
 * The engine's one internal currency: a segment is an exact amount of depreciation over a run of
 * days. Month-based conventions make one segment per calendar month, recognised on its last day
 * (month-end posting); the actual-days convention makes segments that accrue evenly per day.
 * Every method produces segments, in date order and without overlap; schedules, values at a date
 * and expense between dates are all read off the same segments, so they can never disagree.
 */
import { Ratio, roundFraction } from './rational.js';
import { monthEnd, monthStart } from './calendar.js';

export interface Segment {
  /** Day numbers (days since 1970-01-01), both included. */
  first: number;
  last: number;
  /** Exact depreciation over the segment, in cents. */
  amount: Ratio;
  /** True: accrues evenly per day. False: recognised in full on its last day. */
  daily: boolean;
}

/** A month-end segment for month index `mi`. */
export function monthSegment(mi: number, amount: Ratio): Segment {
  return { first: monthStart(mi), last: monthEnd(mi), amount, daily: false };
}

/** The segments cut to end on day `day` (a daily segment keeps its share of the days before). */
export function truncateAfter(segments: readonly Segment[], day: number): Segment[] {
  const kept: Segment[] = [];
  for (const s of segments) {
    if (s.last <= day) kept.push(s);
    else if (s.daily && s.first <= day) {
      kept.push({ ...s, last: day, amount: s.amount.scale(day - s.first + 1, s.last - s.first + 1) });
    }
  }
  return kept;
}

/**
 * Accumulated depreciation at the end of any day, from prefix sums over the segments. Consecutive
 * segments with the same denominator (the months of one fiscal year, mostly) are summed as plain
 * integers over that denominator, and fractions are only combined (and reduced) between runs.
 */
export class Accruals {
  readonly segments: readonly Segment[];
  /** Exact total of the runs before segment i's run. */
  private readonly runBase: Ratio[] = [];
  /** Numerators (over the run's denominator) of the segments before i in its run. */
  private readonly inRun: bigint[] = [];
  readonly total: Ratio;

  constructor(segments: readonly Segment[]) {
    this.segments = segments;
    let base = Ratio.ZERO;
    let sum = 0n;
    segments.forEach((s, i) => {
      const previous = segments[i - 1];
      if (s.last < s.first || (previous && previous.last >= s.first)) {
        throw new Error('Depreciation segments must be in date order without overlap');
      }
      if (previous && previous.amount.d !== s.amount.d) {
        base = base.add(Ratio.of(sum, previous.amount.d));
        sum = 0n;
      }
      this.runBase.push(base);
      this.inRun.push(sum);
      sum += s.amount.n;
    });
    const last = segments[segments.length - 1];
    this.total = last ? base.add(Ratio.of(sum, last.amount.d)) : Ratio.ZERO;
  }

  /** How many segments end on or before `day`. */
  private countEndedBy(day: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.last <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Accumulated depreciation at the end of `day` as base + n / d, unreduced: the total of the
   * earlier runs, and the part of the current run (the current daily segment's days included).
   */
  private through(day: number): { base: Ratio; n: bigint; d: bigint } {
    const i = this.countEndedBy(day);
    if (i === this.segments.length) return { base: this.total, n: 0n, d: 1n };
    const s = this.segments[i]!;
    const base = this.runBase[i]!;
    const done = this.inRun[i]!;
    if (!s.daily || s.first > day) return { base, n: done, d: s.amount.d };
    const days = BigInt(s.last - s.first + 1);
    return { base, n: done * days + s.amount.n * BigInt(day - s.first + 1), d: s.amount.d * days };
  }

  /** Exact accumulated depreciation at the end of `day`. */
  exactThrough(day: number): Ratio {
    const { base, n, d } = this.through(day);
    return base.add(Ratio.of(n, d));
  }

  /** Accumulated depreciation at the end of `day`, rounded to the cent (halves up). */
  roundedThrough(day: number): bigint {
    const { base, n, d } = this.through(day);
    return roundFraction(base.n * d + n * base.d, base.d * d);
  }
}
