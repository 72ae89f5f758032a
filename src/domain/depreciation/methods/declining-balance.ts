/**
 * Declining balance by fiscal year, the way the spreadsheet function DB, MACRS and most fixed-asset
 * registers do it: each fiscal year takes the book value at its start × the annual rate × the
 * fraction of the year the asset is depreciated in it (by the convention: months of life / 12, or
 * days / days in the fiscal year). The book value never goes below salvage.
 *
 * - Rate: decliningFactor / life in years (2 is double declining), a fixed annual rate, or
 *   'from_salvage' (spreadsheet DB: 1 − (salvage/cost)^(1/years), rounded to three decimals).
 * - switchToStraightLine: from the first year in which straight line over the remaining life
 *   ((book value − salvage) × fraction / remaining years) gives at least as much, and for good.
 * - endOfLife 'to_salvage' (default): the last fiscal year of the life takes the book value down
 *   to salvage, so the schedule sums to cost − salvage. 'as_computed' keeps the formula's figure
 *   (spreadsheet DB), leaving any residue in the book value.
 *
 * Within a fiscal year, the year's amount is spread over its months by their months of life (or
 * over its days, for actual_days).
 */
import { Ratio, maxRatio, minRatio } from '../rational.js';
import { fiscalYearStartMonthIndex, monthEnd, monthOfDay, monthStart } from '../calendar.js';
import { lifeByDay, lifeByMonth, perMonth } from '../conventions.js';
import { monthSegment, type Segment } from '../segments.js';
import type { EndOfLife } from '../types.js';
import type { MethodContext } from './context.js';

export type DecliningRate = { factor: Ratio } | { rate: Ratio } | 'from_salvage';

export interface DecliningOptions {
  rate: DecliningRate;
  switchToStraightLine: boolean;
  endOfLife: EndOfLife;
}

/**
 * The spreadsheet DB rate: 1 − (salvage / cost)^(12 / lifeMonths), rounded to three decimals. The
 * power is taken in floating point (it is a rate, not an amount); the rounded result is exact.
 */
export function rateFromSalvage(basis: Ratio, salvage: Ratio, lifeMonths: number): Ratio {
  if (basis.n <= 0n) return Ratio.ZERO;
  // salvage / basis to 18 decimals in integers first: the fractions may be far beyond a double.
  const ratio = Number((salvage.n * basis.d * 10n ** 18n) / (salvage.d * basis.n)) / 1e18;
  const rate = 1 - Math.pow(ratio, 12 / lifeMonths);
  return Ratio.of(Math.round(rate * 1000), 1000);
}

export function annualRate(rate: DecliningRate, ctx: MethodContext): Ratio {
  if (rate === 'from_salvage') return rateFromSalvage(ctx.basis, ctx.salvage, ctx.lifeMonths);
  if ('factor' in rate) return rate.factor.scale(12, ctx.lifeMonths);
  return rate.rate;
}

/**
 * The amount of each fiscal year, given the fraction of a year the asset is depreciated in each
 * (the fractions add up to the life in years). Exact.
 */
export function decliningBalanceYears(
  basis: Ratio,
  salvage: Ratio,
  rate: Ratio,
  fractions: readonly Ratio[],
  switchToStraightLine: boolean,
  endOfLife: EndOfLife,
): Ratio[] {
  let bookValue = basis;
  let remaining = fractions.reduce((sum, f) => sum.add(f), Ratio.ZERO);
  let straight = false;
  return fractions.map((fraction, i) => {
    const room = maxRatio(bookValue.sub(salvage), Ratio.ZERO);
    let amount = bookValue.mul(rate).mul(fraction);
    if (switchToStraightLine && !remaining.isZero()) {
      const line = room.mul(fraction).div(remaining);
      if (straight || line.cmp(amount) >= 0) {
        straight = true;
        amount = line;
      }
    }
    amount = minRatio(amount, room);
    if (i === fractions.length - 1 && endOfLife === 'to_salvage') amount = room;
    bookValue = bookValue.sub(amount);
    remaining = remaining.sub(fraction);
    return amount;
  });
}

export function decliningBalance(ctx: MethodContext, options: DecliningOptions): Segment[] {
  const rate = annualRate(options.rate, ctx);
  const fy = ctx.fiscalYearStartMonth;
  if (ctx.convention === 'actual_days') {
    const life = lifeByDay(ctx.startDay, ctx.lifeMonths);
    const spans: { first: number; last: number; fraction: Ratio }[] = [];
    let yearStart = fiscalYearStartMonthIndex(monthOfDay(life.first), fy);
    while (monthStart(yearStart) <= life.last) {
      const yearFirst = monthStart(yearStart);
      const yearLast = monthEnd(yearStart + 11);
      const first = Math.max(yearFirst, life.first);
      const last = Math.min(yearLast, life.last);
      spans.push({ first, last, fraction: Ratio.of(last - first + 1, yearLast - yearFirst + 1) });
      yearStart += 12;
    }
    const amounts = decliningBalanceYears(
      ctx.basis,
      ctx.salvage,
      rate,
      spans.map((s) => s.fraction),
      options.switchToStraightLine,
      options.endOfLife,
    );
    return spans.map((s, i) => ({ first: s.first, last: s.last, amount: amounts[i]!, daily: true }));
  }
  const months = lifeByMonth(ctx.convention, monthOfDay(ctx.startDay), ctx.lifeMonths, fy);
  const years: { units: Ratio; months: typeof months }[] = [];
  for (const m of months) {
    const start = fiscalYearStartMonthIndex(m.month, fy);
    const current = years[years.length - 1];
    if (current && fiscalYearStartMonthIndex(current.months[0]!.month, fy) === start) {
      current.months.push(m);
      current.units = current.units.add(m.units);
    } else {
      years.push({ units: m.units, months: [m] });
    }
  }
  const amounts = decliningBalanceYears(
    ctx.basis,
    ctx.salvage,
    rate,
    years.map((y) => y.units.scale(1, 12)),
    options.switchToStraightLine,
    options.endOfLife,
  );
  return years.flatMap((year, i) => perMonth(year.months, amounts[i]!.div(year.units), monthSegment));
}
