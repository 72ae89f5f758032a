/**
 * Cell text to typed values, one pure function per value type. Each returns `{ value }` (null for
 * an empty cell) or `{ problem: { code, message } }`, the message about the value alone; the row
 * validator adds the row and the column.
 *
 * Identifiers (tags, serials, model numbers, order references) are refused in Excel's scientific
 * notation ("6.37702E+15"): the digits are already lost and importing the stump would create
 * wrong records that look right.
 */
import { ASSET_STATUSES, STATUS_LABELS, type AssetStatus } from '../../../domain/asset-lifecycle.js';
import { normaliseEmailAddress } from '../../../domain/custom-fields.js';
import { EXCEL_SCIENTIFIC } from '../reading/column-checks.js';
import { normaliseHeader } from '../reading/headers.js';
import type { TargetField } from './import-types.js';
import { parseDate, type DateOptions } from './parse-dates.js';
import { parseMoney, scientific, type MoneyOptions } from './parse-money.js';
import type { Parsed } from './parsed.js';

export { dateEvidence, parseDate, type DateEvidence, type DateOptions } from './parse-dates.js';
export { centsToMoney, moneyToCents, parseMoney, type MoneyOptions } from './parse-money.js';
export type { Parsed, ValueProblem } from './parsed.js';

export type FieldValue = string | number | boolean;
export type CheckoutType = 'person' | 'location' | 'asset';

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0']);

/** yes/no, true/false, y/n, 1/0 in any case. */
export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return problem('invalid_boolean', `${quote(text)} is not yes or no (write yes/no, true/false or 1/0).`);
}

export interface IntegerOptions {
  min?: number;
  max?: number;
  decimalSeparator?: '.' | ',';
}

/** A whole number; thousands grouping is accepted, and ".0" from a spreadsheet's float. */
export function parseInteger(raw: string, options: IntegerOptions = {}): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { value: null };
  if (EXCEL_SCIENTIFIC.test(text)) return scientific(text);
  const decimal = options.decimalSeparator ?? '.';
  const group = decimal === '.' ? ',' : '.';
  let body = text.replace(/[\s\u00a0\u202f']/g, '');
  const zeros = new RegExp(`\\${decimal}0+$`);
  body = body.replace(zeros, '');
  if (body.includes(group) && new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+$`).test(body))
    body = body.split(group).join('');
  if (!/^[+-]?\d+$/.test(body)) {
    const decimalLike = new RegExp(`^[+-]?\\d+\\${decimal}\\d+$`).test(body);
    return problem(
      'invalid_integer',
      `${quote(text)} is not a whole number${decimalLike ? ' (it has decimals)' : ''}.`,
    );
  }
  const value = Number(body);
  if (!Number.isSafeInteger(value)) return problem('invalid_integer', `${quote(text)} is too large.`);
  if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max)) {
    return problem(
      'out_of_range',
      `${quote(text)} is out of range: it must be between ${options.min ?? '…'} and ${options.max ?? '…'}.`,
    );
  }
  return { value: value === 0 ? 0 : value };
}

/** An e-mail address, lower-cased. */
export function parseEmail(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const value = normaliseEmailAddress(text.replace(/^mailto:/i, ''));
  return value === undefined ? problem('invalid_email', `${quote(text)} is not an e-mail address.`) : { value };
}

/** Text that identifies something: trimmed, at most `maxLength`, never Excel's scientific notation. */
export function parseIdentifier(raw: string, maxLength = 128): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  if (EXCEL_SCIENTIFIC.test(text)) return scientific(text);
  if (text.length > maxLength)
    return problem('too_long', `${quote(text, 40)} is too long (at most ${maxLength} characters).`);
  return { value: text };
}

/** An asset tag: an identifier of at most 64 characters without spaces. */
export function parseTag(raw: string): Parsed<string> {
  const parsed = parseIdentifier(raw, 64);
  if (parsed.value && /\s/.test(parsed.value)) {
    return problem('invalid_tag', `${quote(parsed.value)} is not a tag: a tag cannot contain spaces.`);
  }
  return parsed;
}

export function parseText(raw: string, maxLength = 255): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  if (text.length > maxLength) {
    return problem(
      'too_long',
      `${quote(text, 40)} is too long: at most ${maxLength} characters (this is ${text.length}).`,
    );
  }
  return { value: text };
}

const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
};

export function parseCurrency(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { value: null };
  if (/^[A-Za-z]{3}$/.test(text)) return { value: text.toUpperCase() };
  const sign = CURRENCY_SIGNS[text];
  if (sign) return { value: sign };
  return problem('invalid_currency', `${quote(text)} is not a currency code: write three letters such as EUR or USD.`);
}

/** Status names (normalised) → status: ours by key and label, then the preset's, then the person's. */
export function statusNames(...extra: (Record<string, AssetStatus> | undefined)[]): Map<string, AssetStatus> {
  const names = new Map<string, AssetStatus>();
  for (const status of ASSET_STATUSES) {
    names.set(normaliseHeader(status), status);
    names.set(normaliseHeader(STATUS_LABELS[status]), status);
  }
  for (const map of extra)
    for (const [name, status] of Object.entries(map ?? {})) names.set(normaliseHeader(name), status);
  return names;
}

export function parseStatus(raw: string, names: Map<string, AssetStatus>): Parsed<AssetStatus> {
  const text = raw.trim();
  if (text === '') return { value: null };
  // A status column repeats a few names: look each spelling up once.
  const status = names.get(text) ?? names.get(normaliseHeader(text));
  if (status && !names.has(text) && names.size < 10_000) names.set(text, status);
  if (status) return { value: status };
  return problem(
    'unknown_status',
    `${quote(text)} is not a status: use one of ${ASSET_STATUSES.map((s) => STATUS_LABELS[s]).join(', ')}, or map ${quote(text)} to one of them in the import settings.`,
  );
}

const CHECKOUT_TYPES: Record<string, CheckoutType> = {
  user: 'person',
  person: 'person',
  people: 'person',
  employee: 'person',
  location: 'location',
  asset: 'asset',
};

export function parseCheckoutType(raw: string): Parsed<CheckoutType> {
  const text = raw.trim();
  if (text === '') return { value: null };
  const type = CHECKOUT_TYPES[text.toLowerCase()];
  if (type) return { value: type };
  return problem(
    'invalid_checkout_type',
    `${quote(text)} is not something an asset is checked out to: write user, location or asset.`,
  );
}

export interface ParseContext {
  date?: DateOptions;
  money?: MoneyOptions;
  statuses?: Map<string, AssetStatus>;
}

/** Parses a cell for a target field by the field's value type. */
export function parseValue(
  field: Pick<TargetField, 'type' | 'maxLength' | 'min' | 'max'>,
  raw: string,
  context: ParseContext = {},
): Parsed<FieldValue> {
  switch (field.type) {
    case 'text':
      return parseText(raw, field.maxLength);
    case 'identifier':
      return parseIdentifier(raw, field.maxLength);
    case 'tag':
      return parseTag(raw);
    case 'date':
      return parseDate(raw, context.date);
    case 'money':
      return parseMoney(raw, context.money);
    case 'integer':
      return parseInteger(raw, { min: field.min, max: field.max, decimalSeparator: context.money?.decimalSeparator });
    case 'boolean':
      return parseBoolean(raw);
    case 'email':
      return parseEmail(raw);
    case 'currency':
      return parseCurrency(raw);
    case 'status':
      return parseStatus(raw, context.statuses ?? statusNames());
    case 'checkout_type':
      return parseCheckoutType(raw);
  }
}

function quote(text: string, max = 60): string {
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}

function problem(code: string, message: string): Parsed<never> {
  return { problem: { code, message } };
}
