/**
 * Money as integer cents. The database keeps money as numeric(14,2) and hands it over as a decimal
 * string; here it becomes a BigInt count of cents and goes back out as a decimal string or a safe
 * integer, never through a binary float.
 */

/** The largest amount numeric(14,2) holds: 999,999,999,999.99. Its cents fit a safe integer. */
export const MAX_MONEY_CENTS = 99_999_999_999_999n;

/**
 * Parses a non-negative decimal amount with at most two decimals ("1299", "1299.5", "1299.00")
 * into cents. Thousands separators, currency signs and exponents are refused: the caller formats.
 */
export function parseMoney(input: string): bigint | undefined {
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(input.trim());
  if (!match) return undefined;
  const [, whole = '0', frac = ''] = match;
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** Cents as a decimal string with two decimals: 129900 → "1299.00", -5 → "-0.05". */
export function formatCents(cents: bigint | number): string {
  const value = BigInt(cents);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Cents as a JavaScript number for JSON; every amount numeric(14,2) holds is a safe integer. */
export function centsToNumber(cents: bigint): number {
  const n = Number(cents);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${cents} cents is beyond a safe integer`);
  return n;
}

/** Integer cents from a number or BigInt input; undefined unless a whole, safe number. */
export function toCents(value: number | bigint): bigint | undefined {
  if (typeof value === 'bigint') return value;
  return Number.isSafeInteger(value) ? BigInt(value) : undefined;
}
