/**
 * Dates as people and spreadsheets write them, to YYYY-MM-DD.
 *
 * Accepted: ISO (2023-01-23, with or without a time), year first with slashes or dots
 * (2023/01/23), numeric day and month in either order (1/23/23, 23.01.2023, 23-01-2023), English
 * month names (23 Jan 2023, 23-Jan-23, Jan 23, 2023, January 23rd 2023) and, from XLSX files,
 * Excel serial numbers (five digits: 44949 is 2023-01-23). A time after the date is ignored.
 *
 * Day and month are never guessed. "1/23/23" can only be month/day; "23/1/23" only day/month; but
 * "3/4/23" is either. So the order is decided per column from its unambiguous values
 * (`dateEvidence`), or given by the person (`DateOrder`); an ambiguous value without a decided
 * order is a problem that says both readings. A value equal either way (3/3/23) is not ambiguous.
 *
 * Two-digit years follow the POSIX rule: 69-99 are 1969-1999, 00-68 are 2000-2068.
 */
import { daysInMonth } from '../../../domain/custom-fields.js';
import type { DateOrder } from './column-mapping.js';
import type { Parsed } from './parsed.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

const TIME_SUFFIX = /(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?)$/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-./]+([a-z]{3,9})\.?[\s\-./,]+(\d{2}|\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?[\s\-./]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-./,]+(\d{2}|\d{4})$/i;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

export interface DateOptions {
  /** The column's order of day and month, when known. */
  order?: DateOrder;
  /** Five-digit numbers are Excel date serials (XLSX cells formatted as numbers). */
  excelSerials?: boolean;
  /** Names the column's order, for the ambiguity message ("the Purchase date column reads M/D/Y"). */
  hint?: string;
}

/** What a value says about the order of day and month. */
export type DateEvidence = 'MDY' | 'DMY' | 'ambiguous' | 'none';

/** MDY when the value can only be month/day ("1/23/23"), DMY when only day/month, ambiguous when both. */
export function dateEvidence(raw: string): DateEvidence {
  const m = NUMERIC.exec(raw.trim().replace(TIME_SUFFIX, ''));
  if (!m) return 'none';
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a === b || a < 1 || b < 1) return 'none';
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (a <= 12 && b <= 12) return 'ambiguous';
  return 'none';
}

export function parseDate(raw: string, options: DateOptions = {}): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const core = text.replace(TIME_SUFFIX, '').trim();

  let match = ISO.exec(core);
  if (match) return build(text, Number(match[1]), Number(match[2]), Number(match[3]));

  match = NUMERIC.exec(core);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = fullYear(match[3]!);
    const readings = { MDY: [b, a], DMY: [a, b] } as const;
    if (options.order === 'MDY' || options.order === 'DMY') {
      const [day, month] = readings[options.order];
      if (month > 12) {
        const other = options.order === 'MDY' ? 'DMY' : 'MDY';
        const [d2, m2] = readings[other];
        const fits = m2 <= 12 && d2 >= 1 && d2 <= daysInMonth(year, m2);
        return problem(
          'date_order_mismatch',
          `${quote(text)} has no month ${month} when read ${orderName(options.order)} like the rest of this column${fits ? ` (read ${orderName(other)} it would be ${longDate(year, m2, d2)})` : ''}: check the value or the column's date order.`,
        );
      }
      return build(text, year, month, day);
    }
    if (a === b) return build(text, year, a, b);
    if (a > 12 && b <= 12) return build(text, year, b, a);
    if (b > 12 && a <= 12) return build(text, year, a, b);
    if (a > 12 && b > 12)
      return problem('invalid_date', `${quote(text)} is not a date: neither ${a} nor ${b} is a month.`);
    const asMdy = valid(year, a, b) ? longDate(year, a, b) : undefined;
    const asDmy = valid(year, b, a) ? longDate(year, b, a) : undefined;
    if (!asMdy || !asDmy) {
      const only = asMdy ? build(text, year, a, b) : asDmy ? build(text, year, b, a) : undefined;
      if (only) return only;
      return problem('invalid_date', `${quote(text)} is not a date.`);
    }
    return problem(
      'ambiguous_date',
      `ambiguous: ${quote(text)} could be ${shortDate(a, b)} or ${shortDate(b, a)}; choose the date order (day/month or month/day)${options.hint ? ` (${options.hint})` : ''}.`,
    );
  }

  match = DAY_MONTH_NAME.exec(core);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month) return build(text, fullYear(match[3]!), month, Number(match[1]));
  }
  match = MONTH_NAME_DAY.exec(core);
  if (match) {
    const month = monthNumber(match[1]!);
    if (month) return build(text, fullYear(match[3]!), month, Number(match[2]));
  }

  if (SERIAL.test(core)) {
    if (options.excelSerials) return fromSerial(Number(core));
    return problem(
      'invalid_date',
      `${quote(text)} is not a date: it looks like an Excel date serial number. Format the column as a date in the spreadsheet and export again.`,
    );
  }
  return problem('invalid_date', `${quote(text)} is not a date (write 2023-01-23, 23/01/2023 or 23 Jan 2023).`);
}

function fromSerial(serial: number): Parsed<string> {
  const days = Math.floor(serial);
  // Excel's day 60 is 29 February 1900, which did not exist; days after it are one too high.
  const date = new Date(Date.UTC(1899, 11, 31) + (days < 60 ? days : days - 1) * 86_400_000);
  return { value: date.toISOString().slice(0, 10) };
}

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  const index = MONTHS.findIndex(
    (m) => m === n || (n.length >= 3 && m.startsWith(n)) || (n === 'sept' && m === 'september'),
  );
  return index === -1 ? undefined : index + 1;
}

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function build(text: string, year: number, month: number, day: number): Parsed<string> {
  if (year < 1900 || year > 2199)
    return problem('invalid_date', `${quote(text)} is not a plausible date (the year ${year}).`);
  if (month < 1 || month > 12)
    return problem('invalid_date', `${quote(text)} is not a date: there is no month ${month}.`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return problem(
      'invalid_date',
      `${quote(text)} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days.`,
    );
  }
  return { value: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function shortDate(day: number, month: number): string {
  return `${day} ${MONTH_NAMES[month - 1]}`;
}

function longDate(year: number, month: number, day: number): string {
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

export function orderName(order: DateOrder): string {
  return order === 'MDY' ? 'month/day/year' : order === 'DMY' ? 'day/month/year' : 'year/month/day';
}

function quote(text: string): string {
  return `"${text}"`;
}

function problem(code: string, message: string): Parsed<string> {
  return { problem: { code, message } };
}
