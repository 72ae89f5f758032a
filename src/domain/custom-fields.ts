/**
 * Custom fields of a category: the definitions (text, number, date, yes/no, select, URL, e-mail,
 * IP address, MAC address) and the validation every write path of an asset goes through (web, API,
 * import, scans, integrations), so a value is checked and normalised the same way whatever brings
 * it. Errors name the field by its label and key. Pure: no I/O.
 */
import { isIP } from 'node:net';

export const FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select', 'url', 'email', 'ip', 'mac'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Lower snake_case, starting with a letter: the key under which values are stored in an asset. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

export const MAX_TEXT_LENGTH = 2000;
export const MAX_URL_LENGTH = 2000;

export interface FieldDefinition {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** The choices of a select field. */
  options?: string[] | null;
}

/** What a custom field holds once normalised; null means "no value". */
export type CustomFieldValue = string | number | boolean | null;

export interface CustomFieldError {
  pointer: string;
  message: string;
}

export interface ValidateOptions {
  /** Where the values sit in the request, for error pointers. */
  pointerPrefix?: string;
  /**
   * An edit that changes only the keys it names: missing required fields are not an error, and a
   * key given as null (or an empty string) means "clear this field" and comes back as null.
   */
  partial?: boolean;
}

export interface ValidationResult {
  /**
   * The normalised values of the keys given. On a full write, empty values are left out; on a
   * partial write they come back as null (clear the field): merge them with `mergeCustomFields`.
   */
  values: Record<string, CustomFieldValue>;
  errors: CustomFieldError[];
}

export type ValueCheck = { ok: true; value: CustomFieldValue } | { ok: false; message: string };

/** "Warranty provider (warranty_provider)": how messages name a field. */
export function describeField(definition: Pick<FieldDefinition, 'key' | 'label'>): string {
  return `${definition.label} (${definition.key})`;
}

/** Whether a raw value counts as "no value": null, undefined or blank text. */
export function isEmptyValue(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Checks and normalises one value against its definition. An empty value is valid here (null):
 * whether the field may be empty is the caller's business (`required`).
 */
export function checkValue(definition: FieldDefinition, raw: unknown): ValueCheck {
  if (isEmptyValue(raw)) return { ok: true, value: null };
  const result = NORMALISERS[definition.type](raw, definition);
  if ('problem' in result) return { ok: false, message: `${describeField(definition)} ${result.problem}` };
  return { ok: true, value: result.value };
}

/**
 * Validates the custom fields of a write against the category's (active) definitions. Unknown keys
 * are errors naming the key; every error points at `<pointerPrefix>/<key>`.
 */
export function validateCustomFields(
  definitions: readonly FieldDefinition[],
  values: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const prefix = options.pointerPrefix ?? '/body/customFields';
  const partial = options.partial ?? false;
  const out: Record<string, CustomFieldValue> = {};
  const errors: CustomFieldError[] = [];
  if (values !== null && values !== undefined && !isPlainObject(values)) {
    errors.push({ pointer: prefix, message: 'Custom fields must be an object of field keys and values.' });
    return { values: out, errors };
  }
  const given = (values ?? {}) as Record<string, unknown>;
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const pointer = (key: string) => `${prefix}/${escapePointer(key)}`;

  for (const [key, raw] of Object.entries(given)) {
    if (raw === undefined) continue;
    const definition = byKey.get(key);
    if (!definition) {
      errors.push({ pointer: pointer(key), message: unknownKeyMessage(key, definitions) });
      continue;
    }
    const check = checkValue(definition, raw);
    if (!check.ok) {
      errors.push({ pointer: pointer(key), message: check.message });
    } else if (check.value === null) {
      if (definition.required) errors.push({ pointer: pointer(key), message: requiredMessage(definition) });
      else if (partial) out[key] = null;
    } else {
      out[key] = check.value;
    }
  }
  if (!partial) {
    for (const definition of definitions) {
      if (definition.required && (!Object.hasOwn(given, definition.key) || given[definition.key] === undefined)) {
        errors.push({ pointer: pointer(definition.key), message: requiredMessage(definition) });
      }
    }
  }
  return { values: out, errors };
}

/**
 * Applies validated changes to the values an asset already holds: null clears a key, keys not
 * named are kept as they are (including values of archived fields, which are never dropped).
 */
export function mergeCustomFields(
  existing: Record<string, unknown> | null | undefined,
  changes: Record<string, CustomFieldValue>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(existing ?? {}) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

export interface ExistingValueProblem {
  /** Position in the list given. */
  index: number;
  value: unknown;
  message: string;
}

/**
 * For a changed definition: which of the values already stored no longer fit it (a missing value
 * of a now-required field, a value the new type or options refuse, or one stored in another form
 * than the new type would store it). Nothing is changed or dropped: this only reports.
 */
export function checkExistingValues(definition: FieldDefinition, values: readonly unknown[]): ExistingValueProblem[] {
  const problems: ExistingValueProblem[] = [];
  values.forEach((value, index) => {
    const message = existingValueProblem(definition, value);
    if (message) problems.push({ index, value, message });
  });
  return problems;
}

function existingValueProblem(definition: FieldDefinition, value: unknown): string | undefined {
  if (isEmptyValue(value))
    return definition.required ? `${describeField(definition)} is required but has no value.` : undefined;
  const check = checkValue(definition, value);
  if (!check.ok) return check.message;
  if (check.value !== value) {
    return `${describeField(definition)} holds ${JSON.stringify(value)}, stored in another form than a ${TYPE_NAMES[definition.type]} field stores it; it becomes ${JSON.stringify(check.value)} when the asset is next saved.`;
  }
  return undefined;
}

function requiredMessage(definition: FieldDefinition) {
  return `${describeField(definition)} is required.`;
}

function unknownKeyMessage(key: string, definitions: readonly FieldDefinition[]) {
  if (definitions.length === 0) return `Unknown custom field "${key}": this category has no custom fields.`;
  return `Unknown custom field "${key}". This category's fields are: ${listOf(definitions.map((d) => d.key))}.`;
}

function listOf(items: readonly string[], max = 25) {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function escapePointer(key: string) {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export const TYPE_NAMES: Record<FieldType, string> = {
  text: 'text',
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
  select: 'select',
  url: 'URL',
  email: 'e-mail',
  ip: 'IP address',
  mac: 'MAC address',
};

type Normalised = { value: string | number | boolean } | { problem: string };
type Normaliser = (raw: unknown, definition: FieldDefinition) => Normalised;

const NORMALISERS: Record<FieldType, Normaliser> = {
  text: normaliseText,
  number: normaliseNumber,
  date: normaliseDate,
  boolean: normaliseBoolean,
  select: normaliseSelect,
  url: normaliseUrl,
  email: normaliseEmail,
  ip: normaliseIp,
  mac: normaliseMac,
};

function normaliseText(raw: unknown): Normalised {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: String(raw) };
  if (typeof raw !== 'string') return { problem: 'must be text.' };
  const value = raw.trim();
  if (value.length > MAX_TEXT_LENGTH) {
    return { problem: `is too long: at most ${MAX_TEXT_LENGTH} characters (this is ${value.length}).` };
  }
  return { value };
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const SCIENTIFIC = /^[+-]?(\d+(\.\d*)?|\.\d+)e[+-]?\d+$/i;
const GROUPED = /^[+-]?\d[\d,.' \u00a0]*$/;
/** Above 15 significant digits a double no longer holds every integer exactly. */
const MAX_SIGNIFICANT_DIGITS = 15;

function normaliseNumber(raw: unknown): Normalised {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { value: raw === 0 ? 0 : raw } : { problem: 'must be a finite number.' };
  }
  if (typeof raw !== 'string') return { problem: 'must be a number.' };
  const text = raw.trim();
  if (SCIENTIFIC.test(text)) {
    return {
      problem: `must be written out in full, not in scientific notation ("${text}" is how Excel shows a long number: format the column as a number or text and export again).`,
    };
  }
  if (!PLAIN_NUMBER.test(text)) {
    if (GROUPED.test(text)) {
      return {
        problem: `must be a plain number with a dot for decimals and no thousands separators (e.g. 1234.5), not "${text}".`,
      };
    }
    return { problem: `must be a number, not "${text}".` };
  }
  const significant = text.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > MAX_SIGNIFICANT_DIGITS) {
    return {
      problem: `has too many digits to be kept exactly (at most ${MAX_SIGNIFICANT_DIGITS}); an identifier belongs in a text field.`,
    };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { problem: 'must be a finite number.' };
  return { value: value === 0 ? 0 : value };
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar date as YYYY-MM-DD; the date part of an ISO 8601 date-time is taken as written. */
function normaliseDate(raw: unknown): Normalised {
  const expected = 'must be a date written YYYY-MM-DD (e.g. 2026-03-31)';
  if (typeof raw !== 'string') return { problem: `${expected}.` };
  const text = raw.trim();
  const match = ISO_DATE.exec(text);
  if (!match) return { problem: `${expected}, not "${text}".` };
  const [, y, m, d, hh, mm, ss] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1) return { problem: `${expected}: year 0000 does not exist.` };
  if (month < 1 || month > 12) return { problem: `${expected}: ${m} is not a month.` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      problem: `must be a real date: ${y}-${m}-${d} does not exist (${MONTHS[month - 1]} ${y} has ${days} days).`,
    };
  }
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59)) {
    return { problem: `${expected}, not "${text}" (the time is not valid).` };
  }
  return { value: `${y}-${m}-${d}` };
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

function normaliseBoolean(raw: unknown): Normalised {
  if (typeof raw === 'boolean') return { value: raw };
  if (raw === 1 || raw === 0) return { value: raw === 1 };
  if (typeof raw === 'string') {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { value: true };
    if (FALSE_WORDS.has(word)) return { value: false };
  }
  return { problem: `must be yes or no (true/false, yes/no or 1/0), not ${JSON.stringify(raw)}.` };
}

function normaliseSelect(raw: unknown, definition: FieldDefinition): Normalised {
  const options = definition.options ?? [];
  const choices = `must be one of: ${listOf(options)}`;
  if (typeof raw !== 'string' && typeof raw !== 'number') return { problem: `${choices}.` };
  const wanted = String(raw).trim().toLowerCase();
  const option = options.find((o) => o.trim().toLowerCase() === wanted);
  return option === undefined ? { problem: `${choices}.` } : { value: option };
}

/** An absolute http(s) address; returned trimmed, as written. */
export function normaliseHttpUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH || /\s/.test(text)) return undefined;
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  } catch {
    return undefined;
  }
  return text;
}

function normaliseUrl(raw: unknown): Normalised {
  const value = typeof raw === 'string' ? normaliseHttpUrl(raw) : undefined;
  return value === undefined
    ? { problem: `must be a web address starting with http:// or https:// (at most ${MAX_URL_LENGTH} characters).` }
    : { value };
}

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** An e-mail address, lower-cased (so that "unique" and searches ignore case); undefined when invalid. */
export function normaliseEmailAddress(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length > 254) return undefined;
  const at = text.lastIndexOf('@');
  if (at < 1) return undefined;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) {
    return undefined;
  }
  return text.toLowerCase();
}

function normaliseEmail(raw: unknown): Normalised {
  const value = typeof raw === 'string' ? normaliseEmailAddress(raw) : undefined;
  return value === undefined ? { problem: 'must be an e-mail address such as name@example.com.' } : { value };
}

function normaliseIp(raw: unknown): Normalised {
  const problem = 'must be an IPv4 or IPv6 address (e.g. 192.0.2.10 or 2001:db8::1).';
  if (typeof raw !== 'string') return { problem };
  const text = raw.trim();
  if (text.includes('%')) return { problem: 'must be an IP address without a zone index (the part after %).' };
  const version = isIP(text);
  if (version === 4) return { value: text };
  if (version === 6) return { value: canonicalIpv6(text) };
  return { problem };
}

/** The RFC 5952 text form: lower case, no leading zeros, the longest run of zero groups as "::". */
export function canonicalIpv6(address: string): string {
  let text = address.toLowerCase();
  const groups: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const headGroups = parse(head);
  const tailGroups = tail === undefined ? [] : parse(tail);
  groups.push(...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups);

  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [g6, g7] = [groups[6]!, groups[7]!];
    return `::ffff:${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const MAC_SEPARATED = /^([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i;
const MAC_DOTTED = /^([0-9a-f]{4})\.([0-9a-f]{4})\.([0-9a-f]{4})$/i;
const MAC_BARE = /^[0-9a-f]{12}$/i;

/** A MAC address in any usual notation, as lower-case aa:bb:cc:dd:ee:ff; undefined when invalid. */
export function normaliseMacAddress(raw: string): string | undefined {
  const text = raw.trim();
  let hex: string | undefined;
  const separated = MAC_SEPARATED.exec(text);
  if (separated) hex = [1, 3, 4, 5, 6, 7].map((i) => separated[i]).join('');
  const dotted = MAC_DOTTED.exec(text);
  if (dotted) hex = dotted.slice(1).join('');
  if (MAC_BARE.test(text)) hex = text;
  if (hex === undefined) return undefined;
  return hex.toLowerCase().match(/../g)!.join(':');
}

function normaliseMac(raw: unknown): Normalised {
  const value = typeof raw === 'string' ? normaliseMacAddress(raw) : undefined;
  return value === undefined
    ? {
        problem:
          'must be a MAC address such as aa:bb:cc:dd:ee:ff (aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff and aabbccddeeff are accepted too).',
      }
    : { value };
}
