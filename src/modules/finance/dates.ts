/** Date-only helpers ('YYYY-MM-DD', UTC) for the finance module. */

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (a month counts once its day of the month is reached). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The same day `months` later, clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** First day of the quarter holding `date` ('YYYY-MM-01'). */
export function quarterStart(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const qm = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(qm).padStart(2, '0')}-01`;
}
