/**
 * How a convention lays the useful life over the calendar. The month-based conventions give each
 * calendar month a share of the life in months ("units"); together they make exactly lifeMonths:
 *
 * - full_month: the in-service month counts in full, whatever the day; lifeMonths months.
 * - mid_month: the in-service month counts half, so does the month after the life ends.
 * - half_year: the first fiscal year gets six months of life whatever the in-service date, spread
 *   evenly over the months it is in service in that year; then one unit a month until the life is
 *   used, which leaves the other half year for the last fiscal year.
 *
 * actual_days is by day instead: the life runs from the in-service date to the same day of the
 * month lifeMonths later (clamped to the month's end), that day excluded.
 */
import { Ratio } from './rational.js';
import { addMonths, fiscalYearStartMonthIndex } from './calendar.js';
import type { Convention } from './types.js';

export interface LifeMonth {
  /** Month index (year × 12 + month − 1). */
  month: number;
  /** Months of life used in this calendar month (exact). */
  units: Ratio;
}

export type MonthConvention = Exclude<Convention, 'actual_days'>;

export function lifeByMonth(
  convention: MonthConvention,
  inServiceMonth: number,
  lifeMonths: number,
  fiscalYearStartMonth: number,
): LifeMonth[] {
  const months: LifeMonth[] = [];
  if (convention === 'full_month') {
    for (let i = 0; i < lifeMonths; i++) months.push({ month: inServiceMonth + i, units: Ratio.ONE });
  } else if (convention === 'mid_month') {
    const half = Ratio.of(1, 2);
    months.push({ month: inServiceMonth, units: half });
    for (let i = 1; i < lifeMonths; i++) months.push({ month: inServiceMonth + i, units: Ratio.ONE });
    months.push({ month: inServiceMonth + lifeMonths, units: half });
  } else {
    const nextYear = fiscalYearStartMonthIndex(inServiceMonth, fiscalYearStartMonth) + 12;
    const inFirstYear = nextYear - inServiceMonth;
    const firstYearUnits = Math.min(6, lifeMonths);
    const share = Ratio.of(firstYearUnits, inFirstYear);
    for (let i = 0; i < inFirstYear; i++) months.push({ month: inServiceMonth + i, units: share });
    for (let i = 0; i < lifeMonths - firstYearUnits; i++) months.push({ month: nextYear + i, units: Ratio.ONE });
  }
  return months;
}

/**
 * amount × units for each month, computing each distinct product once (consecutive months mostly
 * use the same units, and products of large fractions are the costly part).
 */
export function perMonth<T>(
  months: readonly LifeMonth[],
  unitAmount: Ratio,
  make: (month: number, amount: Ratio) => T,
): T[] {
  let units: Ratio | undefined;
  let amount = Ratio.ZERO;
  return months.map((m) => {
    if (!units || !m.units.equals(units)) {
      units = m.units;
      amount = unitAmount.mul(m.units);
    }
    return make(m.month, amount);
  });
}

/** First and last day of the life under the actual-days convention. */
export function lifeByDay(inServiceDay: number, lifeMonths: number): { first: number; last: number } {
  return { first: inServiceDay, last: addMonths(inServiceDay, lifeMonths) - 1 };
}
