/**
 * Sum of the years' digits, by years of life (anniversary years, as textbooks and the spreadsheet
 * function SYD count them): with a life of n years, year k takes (n − k + 1) / (n(n + 1)/2) of
 * cost minus salvage, spread evenly over that year of life; a year of life that straddles two
 * fiscal years is shared between them by the months (or days) in each.
 *
 * A life that is not whole years (L = n + f years, f = m/12) keeps the same rule: the full years
 * weigh L, L − 1, ..., 1 + f and the last part-year weighs f(f + 1)/2, over L(L + 1)/2 in all,
 * which is the whole-year rule when f = 0. In units of 1/288 (to stay in integers with M months):
 * a full year k weighs 24(M − 12k + 12), the part-year m(m + 12), the total M(M + 12).
 */
import { Ratio } from '../rational.js';
import { addMonths, monthOfDay } from '../calendar.js';
import { lifeByMonth } from '../conventions.js';
import { monthSegment, type Segment } from '../segments.js';
import type { MethodContext } from './context.js';

interface LifeYear {
  /** Length in months (12, or the part-year's m). */
  months: number;
  weight: bigint;
}

function lifeYears(lifeMonths: number): { years: LifeYear[]; total: bigint } {
  const M = BigInt(lifeMonths);
  const years: LifeYear[] = [];
  const full = Math.floor(lifeMonths / 12);
  for (let k = 1; k <= full; k++) years.push({ months: 12, weight: 24n * (M - 12n * BigInt(k) + 12n) });
  const m = lifeMonths % 12;
  if (m > 0) years.push({ months: m, weight: BigInt(m) * BigInt(m + 12) });
  return { years, total: M * (M + 12n) };
}

/**
 * The share of the depreciable amount used after t months of life, in units of 1/total, for t
 * that only grows: it walks the years of life once.
 */
function shareWalker(years: LifeYear[]): (t: Ratio) => Ratio {
  let k = 0;
  let start = Ratio.ZERO;
  let weightBefore = Ratio.ZERO;
  return (t) => {
    while (k < years.length && t.cmp(start.add(Ratio.of(years[k]!.months))) >= 0) {
      weightBefore = weightBefore.add(Ratio.of(years[k]!.weight));
      start = start.add(Ratio.of(years[k]!.months));
      k++;
    }
    const year = years[k];
    return year ? weightBefore.add(t.sub(start).scale(year.weight, year.months)) : weightBefore;
  };
}

export function sumOfYearsDigits(ctx: MethodContext): Segment[] {
  const base = ctx.basis.sub(ctx.salvage);
  const { years, total } = lifeYears(ctx.lifeMonths);
  if (ctx.convention === 'actual_days') {
    const segments: Segment[] = [];
    let monthsBefore = 0;
    for (const year of years) {
      const first = addMonths(ctx.startDay, monthsBefore);
      monthsBefore += year.months;
      const last = addMonths(ctx.startDay, monthsBefore) - 1;
      segments.push({ first, last, amount: base.scale(year.weight, total), daily: true });
    }
    return segments;
  }
  const segments: Segment[] = [];
  const shareAt = shareWalker(years);
  const perWeight = base.scale(1, total);
  let used = Ratio.ZERO;
  let before = Ratio.ZERO;
  for (const m of lifeByMonth(ctx.convention, monthOfDay(ctx.startDay), ctx.lifeMonths, ctx.fiscalYearStartMonth)) {
    used = used.add(m.units);
    const after = shareAt(used);
    segments.push(monthSegment(m.month, perWeight.mul(after.sub(before))));
    before = after;
  }
  return segments;
}
