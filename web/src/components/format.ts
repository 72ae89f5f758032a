/** Numbers and times formatted for the reader, in their own locale. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function formatDateTime(iso: string | null | undefined, empty = 'Never'): string {
  return iso ? dateTime.format(new Date(iso)) : empty;
}

export function formatDate(iso: string | null | undefined, empty = 'Never'): string {
  return iso ? dateOnly.format(new Date(iso)) : empty;
}

/**
 * A calendar date (YYYY-MM-DD: purchase date, warranty end) as the reader writes dates. Read as a
 * local date: `new Date('2026-03-31')` would be midnight UTC, the day before west of Greenwich.
 */
export function formatDay(day: string | null | undefined, empty = '—'): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return day ?? empty;
  return dateOnly.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Today as YYYY-MM-DD where the reader is. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function formatCount(n: number): string {
  return integer.format(n);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount of money from the API's decimal string ("1299.00"), never through a binary float:
 * Intl formats the string exactly. Without a currency the number is shown with two decimals.
 */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined, empty = '—') {
  if (amount === null || amount === undefined || amount === '') return empty;
  const key = currency ?? '';
  let format = moneyFormats.get(key);
  if (!format) {
    format = currency
      ? new Intl.NumberFormat(undefined, { style: 'currency', currency })
      : new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set(key, format);
  }
  return format.format(amount as Intl.StringNumericLiteral);
}

/** A decimal amount as the API takes it: digits, an optional dot and at most two decimals. */
export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** "2 entries", "1 entry". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
