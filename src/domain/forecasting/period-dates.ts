/**
 * The engine counts periods; these turn month indices into calendar dates and back. A month index
 * counts months since January of year 0 (2002-03 is 2002 * 12 + 2).
 */

/** '2002-03' -> month index. */
export function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
    throw new RangeError(`A month is written YYYY-MM, not "${month}".`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** Month index -> '2002-03'. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/**
 * The date (YYYY-MM-DD) a fractional number of months after the start of month `origin` falls on:
 * 2.5 months after the start of 2002-03 is the 16th of May 2002 (the fraction of the month's days).
 */
export function monthOffsetToDate(origin: string | number, offset: number): string {
  const start = typeof origin === 'number' ? origin : monthIndex(origin);
  const whole = Math.floor(offset);
  const month = start + whole;
  const year = Math.floor(month / 12);
  const monthOfYear = month - year * 12;
  const days = new Date(Date.UTC(year, monthOfYear + 1, 0)).getUTCDate();
  const day = 1 + Math.min(days - 1, Math.floor((offset - whole) * days));
  return `${monthLabel(month)}-${String(day).padStart(2, '0')}`;
}
