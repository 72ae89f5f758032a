/**
 * Amounts to exact decimal text with two decimals ("1299.00"), never through a binary float.
 *
 * A currency sign or code before or after is dropped ("$12.58", "12,58 €", "EUR 1,299.00"); a
 * minus sign or accounting parentheses make it negative. The decimal separator is a setting of the
 * file: with '.', "1,299.00" and "1,299" are 1299 and "12,50" is refused (a decimal comma?); with
 * ',', "1.299,00" is 1299 and "12,5" is 12.50. Spaces and apostrophes group thousands too
 * ("1 299,00", "1'299.00"). More than two decimals is refused unless the extra digits are zeros:
 * an amount is not silently rounded.
 */
import { EXCEL_SCIENTIFIC } from '../reading/column-checks.js';
import type { Parsed } from './parsed.js';

export interface MoneyOptions {
  decimalSeparator?: '.' | ',';
}

/** numeric(14,2): twelve digits before the point. */
const MAX_INTEGER_DIGITS = 12;

// Upper-case codes only: "abc12" is not an amount in ABC.
const CURRENCY_PREFIX = /^(?:[A-Z]{3}|US\$|A\$|C\$|NZ\$|HK\$|R\$|[$€£¥₹₩₽¢]|[Kk]r\.?|zł|Fr\.?)\s*/;
const CURRENCY_SUFFIX = /\s*(?:[A-Z]{3}|[$€£¥₹₩₽¢]|[Kk]r\.?|zł|Kč|Ft|Fr\.?)$/;
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

const PLAIN_POINT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
const PLAIN_COMMA = /^(\d{1,12})(?:,(\d{1,2}))?$/;

export function parseMoney(raw: string, options: MoneyOptions = {}): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const decimal = options.decimalSeparator ?? '.';
  // Most cells are plain amounts: "1299", "12.5", "12.50".
  const plain = (decimal === '.' ? PLAIN_POINT : PLAIN_COMMA).exec(text);
  if (plain) return { value: `${plain[1]!.replace(/^0+(?=\d)/, '')}.${(plain[2] ?? '').padEnd(2, '0')}` };
  const group = decimal === '.' ? ',' : '.';

  let body = text;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('\u2212')) {
    negative = !negative;
    body = body.slice(1).trim();
  }
  body = body.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '').trim();
  if (body.startsWith('-') || body.endsWith('-')) {
    negative = !negative;
    body = body.replace(/^-|-$/g, '').trim();
  }
  if (EXCEL_SCIENTIFIC.test(body)) return scientific(text);
  body = body.replace(GROUP_SPACES, (match, offset: number, whole: string) =>
    /\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + match.length] ?? '') ? '' : match,
  );
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) {
    return problem('invalid_amount', `${quote(text)} is not an amount (write it like 1299.00).`);
  }

  const lastDecimal = body.lastIndexOf(decimal);
  const lastGroup = body.lastIndexOf(group);
  if (lastGroup > lastDecimal && lastDecimal !== -1) return wrongSeparator(text, decimal);
  if (body.split(decimal).length > 2) return wrongSeparator(text, decimal);
  const [integerPart = '', fraction = ''] =
    lastDecimal === -1 ? [body] : [body.slice(0, lastDecimal), body.slice(lastDecimal + 1)];
  let digits = integerPart;
  if (integerPart.includes(group)) {
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(integerPart)) return wrongSeparator(text, decimal);
    digits = integerPart.split(group).join('');
  }
  if (digits === '') digits = '0';
  if (!/^\d+$/.test(digits) || !/^\d*$/.test(fraction)) return wrongSeparator(text, decimal);

  const cents = fraction.replace(/0+$/, '');
  if (cents.length > 2) {
    return problem(
      'too_many_decimals',
      `${quote(text)} has more than two decimals: amounts are kept to the cent, so round it in the file.`,
    );
  }
  const whole = digits.replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_INTEGER_DIGITS) {
    return problem(
      'amount_too_large',
      `${quote(text)} is too large for an amount (at most ${MAX_INTEGER_DIGITS} digits before the decimal point).`,
    );
  }
  const value = `${whole}.${cents.padEnd(2, '0')}`;
  return { value: negative && value !== '0.00' ? `-${value}` : value };
}

function wrongSeparator(text: string, decimal: '.' | ','): Parsed<string> {
  return decimal === '.'
    ? problem(
        'invalid_amount',
        `${quote(text)} is not an amount with a decimal point: if the file writes decimals with a comma (1.299,00), set the decimal separator to comma.`,
      )
    : problem(
        'invalid_amount',
        `${quote(text)} is not an amount with a decimal comma: if the file writes decimals with a point (1,299.00), set the decimal separator to point.`,
      );
}

export function scientific(text: string): Parsed<never> {
  return problem(
    'scientific_notation',
    `${quote(text)}: Excel turned this into scientific notation: the original digits are lost; re-export the column as text.`,
  );
}

/** Cents of an amount from `parseMoney` ("1299.50" → 129950n): for totals that must balance. */
export function moneyToCents(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -cents : cents;
}

/** 5692675n → "56926.75". */
export function centsToMoney(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

function quote(text: string): string {
  return `"${text}"`;
}

function problem(code: string, message: string): Parsed<never> {
  return { problem: { code, message } };
}
