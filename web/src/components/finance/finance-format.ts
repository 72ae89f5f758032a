/** Labels for depreciation methods and conventions, shared by the financial pages. */
import type { BookFigures } from '../../api/finance';

const METHODS: Record<string, string> = {
  straight_line: 'Straight line',
  declining_balance: 'Declining balance',
  sum_of_years_digits: "Sum of the years' digits",
  macrs_gds: 'MACRS GDS',
  none: 'Not depreciated',
};

const CONVENTIONS: Record<string, string> = {
  full_month: 'full first month',
  mid_month: 'mid-month',
  half_year: 'half-year',
  actual_days: 'actual days',
};

const SOURCES: Record<string, string> = {
  asset: 'set on this asset',
  model: "the model's",
  category: "the category's",
  book: "the book's default",
  none: 'none',
};

/** "Straight line, 36 months, full first month, salvage 10%". */
export function describeProfile(p: NonNullable<BookFigures['profile']>): string {
  const parts = [METHODS[p.method] ?? p.method];
  if (p.method === 'macrs_gds') {
    parts.push(`${p.macrsClass}-year`, `${p.macrsConvention === 'mid_quarter' ? 'mid-quarter' : 'half-year'}`);
  } else if (p.lifeMonths) {
    parts.push(`${p.lifeMonths} months`);
  }
  if (p.decliningFactor) parts.push(`${Number(p.decliningFactor) * 100}%`);
  if (p.rate) parts.push(p.rate === 'from_salvage' ? 'rate from salvage' : `rate ${p.rate}`);
  if (p.convention) parts.push(CONVENTIONS[p.convention] ?? p.convention);
  if (p.salvagePercent) parts.push(`salvage ${Number(p.salvagePercent)}%`);
  if (p.salvageAmount) parts.push(`salvage ${p.salvageAmount}`);
  return parts.join(', ');
}

export function sourceLabel(source: BookFigures['source']): string {
  return SOURCES[source] ?? source;
}

/** A decimal string as a number for a chart axis only (never for sums shown as money). */
export function chartNumber(amount: string): number {
  return Number(amount);
}

/** Adds decimal amounts ("12.30", "-4.05") exactly, in cents. */
export function sumMoney(amounts: string[]): string {
  const cents = amounts.reduce((t, a) => {
    const negative = a.startsWith('-');
    const [whole = '0', frac = ''] = a.replace('-', '').split('.');
    const value = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
    return t + (negative ? -value : value);
  }, 0n);
  const abs = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
