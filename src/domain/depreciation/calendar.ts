/**
 * Dates without time ('YYYY-MM-DD'), months and fiscal years, as plain integers: a day is its
 * number of days since 1970-01-01 (UTC, so no time zone or daylight saving can shift it), a month
 * is year × 12 + (month − 1). Fiscal years are named after the calendar year in which they end
 * (a year starting in July 2023 is fiscal 2024); with a January start they are calendar years.
 */

const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** Parses a real calendar date 'YYYY-MM-DD' (years 1000-9999); undefined otherwise. */
export function parseDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(monthIndex(year, month))) {
    return undefined;
  }
  return { year, month, day };
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearOfMonth(mi: number): number {
  return Math.floor(mi / 12);
}

/** 1-12 */
export function monthOfMonth(mi: number): number {
  return (mi % 12) + 1;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dayOfDate(text: string): number {
  const date = parseDate(text);
  if (!date) throw new RangeError(`"${text}" is not a date (YYYY-MM-DD)`);
  return dayNumber(date.year, date.month, date.day);
}

/** Year, month and day of a day number (the civil-from-days algorithm, H. Hinnant), in integers. */
export function dateOfDay(day: number): CalendarDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function formatDay(day: number): string {
  const { year, month, day: d } = dateOfDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthOfDay(day: number): number {
  const d = dateOfDay(day);
  return monthIndex(d.year, d.month);
}

export function dayOfMonthOfDay(day: number): number {
  return dateOfDay(day).day;
}

export function monthStart(mi: number): number {
  return dayNumber(yearOfMonth(mi), monthOfMonth(mi), 1);
}

export function monthEnd(mi: number): number {
  return monthStart(mi + 1) - 1;
}

export function daysInMonth(mi: number): number {
  return monthStart(mi + 1) - monthStart(mi);
}

/**
 * The same day of the month `months` later, clamped to the month's last day (as spreadsheets'
 * EDATE does): 31 January plus one month is 28 or 29 February.
 */
export function addMonths(day: number, months: number): number {
  const target = monthOfDay(day) + months;
  return monthStart(target) + Math.min(dayOfMonthOfDay(day), daysInMonth(target)) - 1;
}

/** 1-12: the month's position in the fiscal year that starts in `startMonth`. */
export function fiscalPeriodOf(mi: number, startMonth: number): number {
  return ((monthOfMonth(mi) - startMonth + 12) % 12) + 1;
}

/** The first month of the fiscal year that holds month `mi`. */
export function fiscalYearStartMonthIndex(mi: number, startMonth: number): number {
  return mi - (fiscalPeriodOf(mi, startMonth) - 1);
}

/** The fiscal year's name: the calendar year of its last month. */
export function fiscalYearOf(mi: number, startMonth: number): number {
  return yearOfMonth(fiscalYearStartMonthIndex(mi, startMonth) + 11);
}

/** First and last month of fiscal year `fiscalYear`. */
export function fiscalYearMonths(fiscalYear: number, startMonth: number): { first: number; last: number } {
  const last = monthIndex(fiscalYear, ((startMonth + 10) % 12) + 1);
  return { first: last - 11, last };
}

/** First and last day of fiscal year `fiscalYear`, as dates. */
export function fiscalYearBounds(fiscalYear: number, startMonth: number): { start: string; end: string } {
  const { first, last } = fiscalYearMonths(fiscalYear, startMonth);
  return { start: formatDay(monthStart(first)), end: formatDay(monthEnd(last)) };
}

/** The fiscal year (by name) that holds a date. */
export function fiscalYearOfDate(text: string, startMonth: number): number {
  return fiscalYearOf(monthOfDay(dayOfDate(text)), startMonth);
}
