/**
 * MACRS GDS from the published percentage tables (macrs-tables.ts). Recovery year k is fiscal
 * (tax) year k counted from the one holding the in-service date, and takes basis × table
 * percentage; the last recovery year takes what is left, so the schedule sums to the basis.
 *
 * Months: the tables give tax-year figures only. For monthly books a recovery year's amount is
 * spread evenly over the months the property is in recovery in that fiscal year: in the first
 * year from the in-service month to the year end; in the last (the year after the class life) up
 * to the month recovery ends under the convention (half-year: the 6th month; mid-quarter placed
 * in quarter q: the middle month of quarter q, 3q − 1); 12 months in between.
 */
import { Ratio, parseDecimal } from '../rational.js';
import { fiscalPeriodOf, fiscalYearStartMonthIndex, monthOfDay } from '../calendar.js';
import { macrsPercentages } from '../macrs-tables.js';
import { monthSegment, type Segment } from '../segments.js';
import type { MacrsClass, MacrsConvention } from '../types.js';
import type { MethodContext } from './context.js';

/** 1-4: the quarter of the fiscal year that holds month `mi`. */
export function quarterOf(mi: number, fiscalYearStartMonth: number): number {
  return Math.ceil(fiscalPeriodOf(mi, fiscalYearStartMonth) / 3);
}

/** Each recovery year's exact amount: basis × percentage, the last one the remainder. */
export function macrsYearAmounts(basis: Ratio, percentages: readonly number[]): Ratio[] {
  let used = Ratio.ZERO;
  return percentages.map((pct, k) => {
    const amount = k === percentages.length - 1 ? basis.sub(used) : basis.mul(parseDecimal(pct)!).scale(1, 100);
    used = used.add(amount);
    return amount;
  });
}

export function macrs(ctx: MethodContext, macrsClass: MacrsClass, convention: MacrsConvention): Segment[] {
  const fy = ctx.fiscalYearStartMonth;
  const inService = monthOfDay(ctx.startDay);
  const quarter = quarterOf(inService, fy);
  const amounts = macrsYearAmounts(ctx.basis, macrsPercentages(macrsClass, convention, quarter));
  const firstYear = fiscalYearStartMonthIndex(inService, fy);
  const lastYearMonths = convention === 'half_year' ? 6 : 3 * quarter - 1;
  const segments: Segment[] = [];
  amounts.forEach((amount, k) => {
    const yearStart = firstYear + 12 * k;
    const from = k === 0 ? inService : yearStart;
    const count = k === amounts.length - 1 ? lastYearMonths : yearStart + 12 - from;
    for (let i = 0; i < count; i++) segments.push(monthSegment(from + i, amount.scale(1, count)));
  });
  return segments;
}
