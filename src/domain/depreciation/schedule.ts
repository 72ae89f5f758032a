/**
 * Reading figures off a plan: the monthly schedule with its fiscal-year roll-up, the value at the
 * end of any day, the expense between two dates, a forecast by fiscal year.
 *
 * Rounding: every accumulated figure is the exact accumulated depreciation rounded to the cent
 * (halves up); a period's expense is the difference of two such figures. So each period is in
 * whole cents and within a cent of its exact amount, the rounding remainder is carried forward
 * period by period, and the last period closes exactly at the total (cost − salvage): nothing is
 * lost, nothing is made up, and any two ways of adding up the same days give the same cents.
 */
import {
  dayOfDate,
  parseDate,
  fiscalPeriodOf,
  fiscalYearBounds,
  fiscalYearOf,
  formatDay,
  monthEnd,
  monthOfDay,
  monthStart,
} from './calendar.js';
import { centsToNumber } from './money.js';
import { DepreciationInputError, planFor, type Plan } from './plan.js';
import type { AssetInput, DepreciationProfile, FiscalYearSummary, Schedule, SchedulePeriod, ValueAt } from './types.js';

export function scheduleOf(plan: Plan): Schedule {
  const { accruals, costCents } = plan;
  const segments = accruals.segments;
  const periods: SchedulePeriod[] = [];
  // Months after the last depreciation (a declining balance that reached salvage early) are not periods.
  let lastUseful = segments.length - 1;
  while (lastUseful >= 0 && segments[lastUseful]!.amount.isZero()) lastUseful--;
  if (lastUseful >= 0) {
    const firstMonth = monthOfDay(segments[0]!.first);
    const lastMonth = monthOfDay(segments[lastUseful]!.last);
    let previous = 0n;
    for (let mi = firstMonth; mi <= lastMonth; mi++) {
      const accumulated = accruals.roundedThrough(monthEnd(mi));
      periods.push({
        start: formatDay(monthStart(mi)),
        end: formatDay(monthEnd(mi)),
        fiscalYear: fiscalYearOf(mi, plan.fiscalYearStartMonth),
        fiscalPeriod: fiscalPeriodOf(mi, plan.fiscalYearStartMonth),
        expense: centsToNumber(accumulated - previous),
        accumulated: centsToNumber(accumulated),
        bookValue: centsToNumber(costCents - accumulated),
      });
      previous = accumulated;
    }
  }
  const byFiscalYear: FiscalYearSummary[] = [];
  for (const p of periods) {
    let year = byFiscalYear[byFiscalYear.length - 1];
    if (!year || year.fiscalYear !== p.fiscalYear) {
      const opening = p.bookValue + p.expense;
      year = {
        fiscalYear: p.fiscalYear,
        ...fiscalYearBounds(p.fiscalYear, plan.fiscalYearStartMonth),
        openingBookValue: opening,
        expense: 0,
        accumulated: 0,
        bookValue: opening,
      };
      byFiscalYear.push(year);
    }
    year.expense += p.expense;
    year.accumulated = p.accumulated;
    year.bookValue = p.bookValue;
  }
  const depreciable = periods.length > 0 ? periods[periods.length - 1]!.accumulated : 0;
  return {
    method: plan.method,
    cost: centsToNumber(costCents),
    salvage: centsToNumber(plan.salvageCents),
    depreciable,
    periods,
    byFiscalYear,
  };
}

/** Accumulated depreciation (cents) at the end of day `day`. */
export function accumulatedAt(plan: Plan, day: number): bigint {
  return plan.accruals.roundedThrough(day);
}

function dayOrThrow(text: string, field: string): number {
  if (typeof text === 'string' && parseDate(text)) return dayOfDate(text);
  throw new DepreciationInputError([{ field, message: 'A date is a real date written YYYY-MM-DD.' }]);
}

export interface FiscalYearExpense {
  fiscalYear: number;
  start: string;
  end: string;
  /** Cents. */
  expense: number;
}

/**
 * One asset in one book, validated and planned once, for callers that ask several questions
 * (a report over many dates, a forecast, a disposal). The free functions below do the same for a
 * single question.
 */
export class PreparedDepreciation {
  private readonly plan: Plan;

  constructor(profile: DepreciationProfile, asset: AssetInput) {
    this.plan = planFor(profile, asset);
  }

  /** The depreciation schedule: one period per month, and the fiscal-year roll-up. */
  schedule(): Schedule {
    return scheduleOf(this.plan);
  }

  /**
   * Accumulated depreciation and book value at the end of `date`. Month-based conventions
   * (full_month, mid_month, half_year, MACRS) recognise a month's depreciation on its last day,
   * so inside a month the figures are those of the previous month end (and a disposal in a month
   * takes no depreciation for it); actual_days accrues day by day. At a month end it is the
   * schedule's figure exactly.
   */
  valueAt(date: string): ValueAt {
    const accumulated = accumulatedAt(this.plan, dayOrThrow(date, 'date'));
    return {
      date,
      accumulated: centsToNumber(accumulated),
      bookValue: centsToNumber(this.plan.costCents - accumulated),
    };
  }

  /**
   * Depreciation expense (cents) from the start of `from` to the end of `to`, both included: the
   * difference of the accumulated figures, so consecutive ranges add up exactly.
   */
  expenseBetween(from: string, to: string): number {
    const fromDay = dayOrThrow(from, 'from');
    const toDay = dayOrThrow(to, 'to');
    if (toDay < fromDay)
      throw new DepreciationInputError([{ field: 'to', message: 'The end date is before the start.' }]);
    return centsToNumber(accumulatedAt(this.plan, toDay) - accumulatedAt(this.plan, fromDay - 1));
  }

  /** Expense for `years` fiscal years from `firstFiscalYear` on (zero outside the life): a forecast. */
  expenseByFiscalYear(firstFiscalYear: number, years: number): FiscalYearExpense[] {
    if (!Number.isInteger(firstFiscalYear) || firstFiscalYear < 1000 || firstFiscalYear > 9998) {
      throw new DepreciationInputError([
        { field: 'firstFiscalYear', message: 'The first fiscal year is a year such as 2026.' },
      ]);
    }
    if (!Number.isInteger(years) || years < 0 || years > 200) {
      throw new DepreciationInputError([{ field: 'years', message: 'Ask for 0 to 200 whole fiscal years.' }]);
    }
    const out: FiscalYearExpense[] = [];
    for (let k = 0; k < years; k++) {
      const fiscalYear = firstFiscalYear + k;
      const bounds = fiscalYearBounds(fiscalYear, this.plan.fiscalYearStartMonth);
      out.push({ fiscalYear, ...bounds, expense: this.expenseBetween(bounds.start, bounds.end) });
    }
    return out;
  }

  /** Cost, in cents. */
  get cost(): number {
    return centsToNumber(this.plan.costCents);
  }

  get fiscalYearStartMonth(): number {
    return this.plan.fiscalYearStartMonth;
  }
}

/** Validates and plans once; throws DepreciationInputError listing every problem. */
export function prepareDepreciation(profile: DepreciationProfile, asset: AssetInput): PreparedDepreciation {
  return new PreparedDepreciation(profile, asset);
}

/** The depreciation schedule: one period per month, and the fiscal-year roll-up. */
export function buildSchedule(profile: DepreciationProfile, asset: AssetInput): Schedule {
  return prepareDepreciation(profile, asset).schedule();
}

/** Book value and accumulated depreciation at the end of `date` (see PreparedDepreciation.valueAt). */
export function valueAt(profile: DepreciationProfile, asset: AssetInput, date: string): ValueAt {
  return prepareDepreciation(profile, asset).valueAt(date);
}

/** Expense from the start of `from` to the end of `to`, both included, in cents. */
export function expenseBetween(profile: DepreciationProfile, asset: AssetInput, from: string, to: string): number {
  return prepareDepreciation(profile, asset).expenseBetween(from, to);
}

/** Expense for `years` fiscal years from `firstFiscalYear` on (zero outside the life): a forecast. */
export function expenseByFiscalYear(
  profile: DepreciationProfile,
  asset: AssetInput,
  firstFiscalYear: number,
  years: number,
): FiscalYearExpense[] {
  return prepareDepreciation(profile, asset).expenseByFiscalYear(firstFiscalYear, years);
}
