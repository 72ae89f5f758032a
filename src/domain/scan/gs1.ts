/**
 * GS1 element strings as scanners deliver them: GS1-128, GS1 DataMatrix, GS1 QR and GS1 DataBar
 * (`]C1`, `]d2`, `]Q3`, `]e0` AIM symbology identifiers, optional), with FNC1 transmitted as ASCII 29
 * (GS) or dropped, the human-readable form "(01)09506000134352(21)ABC123" typed from a label, and
 * GS1 Digital Link URIs ("https://id.gs1.org/01/09506000134352/21/ABC123").
 *
 * Pure. The GTIN rules come from `domain/gtin.ts`. What cannot be split unambiguously is refused with
 * a message that names the Application Identifier (AI): a scan is never guessed.
 */
import { gtinCheckDigit, parseGtin } from '../gtin.js';

/** FNC1 as scanners transmit it inside an element string: ASCII 29, "group separator". */
export const GS = '\u001d';

/** AIM symbology identifiers that announce GS1 data (FNC1 in first position). */
export const GS1_AIM_PREFIXES: Readonly<Record<string, string>> = {
  ']C1': 'GS1-128',
  ']d2': 'GS1 DataMatrix',
  ']Q3': 'GS1 QR Code',
  ']e0': 'GS1 DataBar',
  ']J1': 'GS1 DotCode',
};

export interface AimPrefix {
  /** The three characters as sent, e.g. "]d2". */
  prefix: string;
  /** Whether it announces GS1 data. */
  gs1: boolean;
  /** What it is, when known ("GS1 DataMatrix", "EAN/UPC", ...). */
  symbology?: string;
}

const OTHER_AIM: Readonly<Record<string, string>> = {
  A: 'Code 39',
  C: 'Code 128',
  d: 'Data Matrix',
  E: 'EAN/UPC',
  e: 'GS1 DataBar',
  F: 'Codabar',
  G: 'Code 93',
  I: 'Interleaved 2 of 5',
  L: 'PDF417',
  Q: 'QR Code',
  z: 'Aztec',
};

/**
 * Splits an AIM symbology identifier ("]" + symbology letter + modifier) off the front of a scan.
 * Scanners add one when configured to; the GS1 ones say the rest is an element string.
 */
export function splitAimPrefix(text: string): { aim?: AimPrefix; rest: string } {
  const match = /^\][A-Za-z][0-9A-Za-z]/.exec(text);
  if (!match) return { rest: text };
  const prefix = match[0];
  const gs1Name = GS1_AIM_PREFIXES[prefix];
  const symbology = gs1Name ?? OTHER_AIM[prefix[1]!];
  const aim: AimPrefix = { prefix, gs1: gs1Name !== undefined };
  if (symbology) aim.symbology = symbology;
  return { aim, rest: text.slice(3) };
}

// ---------------------------------------------------------------------------------------------
// Application Identifiers

/** How many digits an AI has, from its first two (GS1 General Specifications, figure 3.2-1). */
function aiLengthFor(firstTwo: string): number | undefined {
  const n = Number(firstTwo);
  if (!/^\d\d$/.test(firstTwo)) return undefined;
  if (n <= 4) return 2;
  if (n >= 10 && n <= 22) return 2;
  if (n >= 23 && n <= 25) return 3;
  if (n === 30 || n === 37) return 2;
  if ((n >= 31 && n <= 36) || n === 39) return 4;
  if (n >= 40 && n <= 42) return 3;
  if (n === 43) return 4;
  if (n === 70 || n === 72) return 4;
  if (n === 71) return 3;
  if (n >= 80 && n <= 82) return 4;
  if (n >= 90) return 2;
  return undefined;
}

/**
 * Data lengths fixed by the AI's first two digits: these elements need no FNC1 after them
 * (GS1 General Specifications, figure 7.8.5-2).
 */
function predefinedLength(ai: string): number | undefined {
  const n = Number(ai.slice(0, 2));
  if (n === 0) return 18;
  if (n >= 1 && n <= 3) return 14;
  if (n === 4) return 16;
  if (n >= 11 && n <= 19) return 6;
  if (n === 20) return 2;
  if (n >= 31 && n <= 36) return 6;
  if (n === 41) return 13;
  return undefined;
}

type Charset = 'digits' | 'cset82';

interface AiSpec {
  title: string;
  charset: Charset;
  /** Fixed data length; otherwise `max` (and `min`). */
  length?: number;
  max?: number;
  min?: number;
  /** The last digit is a GS1 mod-10 check digit. */
  check?: boolean;
  /** YYMMDD. */
  date?: boolean;
}

const fixedDigits = (title: string, length: number, extra: Partial<AiSpec> = {}): AiSpec => ({
  title,
  charset: 'digits',
  length,
  ...extra,
});
const varText = (title: string, max: number, min = 1): AiSpec => ({ title, charset: 'cset82', max, min });
const varDigits = (title: string, max: number): AiSpec => ({ title, charset: 'digits', max, min: 1 });
const date = (title: string): AiSpec => fixedDigits(title, 6, { date: true });

const AIS: Record<string, AiSpec> = {
  '00': fixedDigits('SSCC', 18, { check: true }),
  '01': fixedDigits('GTIN', 14, { check: true }),
  '02': fixedDigits('GTIN of contained trade items', 14, { check: true }),
  '10': varText('batch/lot', 20),
  '11': date('production date'),
  '12': date('due date'),
  '13': date('packaging date'),
  '15': date('best before date'),
  '16': date('sell by date'),
  '17': date('expiry date'),
  '20': fixedDigits('variant', 2),
  '21': varText('serial number', 20),
  '22': varText('consumer product variant', 20),
  '235': varText('third-party serial (TPX)', 28),
  '240': varText('additional product identification', 30),
  '241': varText('customer part number', 30),
  '242': varDigits('made-to-order variant', 6),
  '243': varText('packaging component number', 20),
  '250': varText('secondary serial number', 30),
  '251': varText('reference to source entity', 30),
  '253': varText('GDTI', 30, 13),
  '254': varText('GLN extension', 20),
  '255': varDigits('GCN', 25),
  '30': varDigits('variable count', 8),
  '37': varDigits('count of trade items', 8),
  '400': varText("customer's purchase order number", 30),
  '401': varText('GINC', 30),
  '402': fixedDigits('GSIN', 17, { check: true }),
  '403': varText('routing code', 30),
  '420': varText('ship-to postal code', 20),
  '421': varText('ship-to postal code with country', 12, 4),
  '422': fixedDigits('country of origin', 3),
  '423': varDigits('country of initial processing', 15),
  '424': fixedDigits('country of processing', 3),
  '425': varDigits('country of disassembly', 15),
  '426': fixedDigits('country of full process chain', 3),
  '427': varText('country subdivision of origin', 3),
  '7001': fixedDigits('NATO stock number', 13),
  '7003': fixedDigits('expiration date and time', 10),
  '7240': varText('protocol ID', 20),
  '8001': fixedDigits('roll products dimensions', 14),
  '8002': varText('cellular mobile telephone identifier', 20),
  '8003': varText('GRAI', 30, 14),
  '8004': varText('GIAI', 30),
  '8005': fixedDigits('price per unit of measure', 6),
  '8006': fixedDigits('ITIP', 18),
  '8007': varText('IBAN', 34),
  '8008': varDigits('production date and time', 12),
  '8010': varText('component/part identifier', 30),
  '8011': varDigits('component/part serial', 12),
  '8012': varText('software version', 20),
  '8013': varText('global model number', 25),
  '8017': fixedDigits('GSRN (provider)', 18, { check: true }),
  '8018': fixedDigits('GSRN (recipient)', 18, { check: true }),
  '8019': varDigits('service relation instance number', 10),
  '8020': varText('payment slip reference number', 25),
  '8200': varText('extended packaging URL', 70),
  '90': varText('internal information', 30),
};
for (let n = 410; n <= 417; n++) AIS[String(n)] = fixedDigits('GLN', 13, { check: true });
for (let n = 91; n <= 99; n++) AIS[String(n)] = varText('company internal information', 90);

/** The specification of an AI, or undefined for an AI this parser does not know (kept as-is). */
function specOf(ai: string): AiSpec | undefined {
  const known = AIS[ai];
  if (known) return known;
  const n = Number(ai.slice(0, 2));
  if (ai.length === 4 && n >= 31 && n <= 36) return fixedDigits('trade measure', 6);
  return undefined;
}

/** "AI 17 (expiry date)": how messages name an element. */
export function describeAi(ai: string): string {
  const spec = specOf(ai);
  return spec ? `AI ${ai} (${spec.title})` : `AI ${ai}`;
}

/** GS1 AI encodable character set 82: the characters allowed in alphanumeric element values. */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

// ---------------------------------------------------------------------------------------------
// Results

export interface Gs1Element {
  ai: string;
  value: string;
  /** What the AI means, when this parser knows it. */
  title?: string;
}

export type Gs1Form = 'element-string' | 'human-readable' | 'digital-link';

export interface Gs1Data {
  form: Gs1Form;
  /** Every element in scan order, unknown AIs included. */
  elements: Gs1Element[];
  /** AI 01 as a GTIN-14, check digit verified: finds the model. */
  gtin?: string;
  /** AI 21: the serial number. */
  serial?: string;
  /** AI 10: batch or lot. */
  batch?: string;
  /** AI 17 as YYYY-MM-DD (day 00 means the last day of the month). */
  expiry?: string;
  /** AI 8004 (Global Individual Asset Identifier) as encoded: company prefix + asset reference. */
  giai?: string;
  /** The GIAI without one of the organisation's GS1 company prefixes: our asset tag. */
  tag?: string;
}

export type Gs1ErrorCode =
  'not_an_ai' | 'invalid_value' | 'check_digit' | 'too_long' | 'empty' | 'ambiguous' | 'repeated' | 'invalid_date';

export type Gs1Result = ({ ok: true } & Gs1Data) | { ok: false; code: Gs1ErrorCode; message: string; ai?: string };

export interface Gs1Options {
  /** The organisation's GS1 company prefixes: a GIAI (AI 8004) starting with one carries our tag. */
  companyPrefixes?: readonly string[];
  /** The year two-digit years are read against (GS1: within -49..+50 years). Defaults to this year. */
  referenceYear?: number;
}

type Failure = Extract<Gs1Result, { ok: false }>;

const fail = (code: Gs1ErrorCode, message: string, ai?: string): Failure =>
  ai === undefined ? { ok: false, code, message } : { ok: false, code, message, ai };

// ---------------------------------------------------------------------------------------------
// Values

/** A GS1 YYMMDD date as YYYY-MM-DD, or undefined when it is not a date. Day 00: end of month. */
export function gs1Date(yymmdd: string, referenceYear: number = new Date().getFullYear()): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  if (mm < 1 || mm > 12) return undefined;
  // GS1 General Specifications 7.12: the century that puts the year within -49..+50 of today.
  const current = referenceYear % 100;
  const century = referenceYear - current;
  const diff = yy - current;
  const year = diff >= 51 ? century - 100 + yy : diff <= -50 ? century + 100 + yy : century + yy;
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  if (dd > lastDay) return undefined;
  const day = dd === 0 ? lastDay : dd;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "The check digit..." → "the check digit..." after a colon; "AI 01" and quotes stay. */
export function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}

function printable(value: string): string {
  return JSON.stringify(value);
}

/** Checks one element's value against its AI; undefined when it is fine. */
function checkValue(ai: string, value: string, referenceYear: number | undefined): Failure | undefined {
  const spec = specOf(ai);
  const name = describeAi(ai);
  if (value === '') return fail('empty', `${name} has no value.`, ai);
  if (!spec) {
    const fixed = predefinedLength(ai);
    if (fixed !== undefined && value.length !== fixed) {
      return fail('invalid_value', `${name} needs ${fixed} characters, not ${value.length}.`, ai);
    }
    if (!CSET82.test(value)) {
      return fail('invalid_value', `${name} holds characters a GS1 element cannot: ${printable(value)}.`, ai);
    }
    return undefined;
  }
  if (spec.length !== undefined && value.length !== spec.length) {
    const unit = spec.charset === 'digits' ? 'digits' : 'characters';
    const hint =
      ai === '01' && value.length < 14 && /^\d+$/.test(value)
        ? ` (a shorter GTIN is written with leading zeros: ${value.padStart(14, '0')})`
        : '';
    return fail(
      'invalid_value',
      `${name} needs ${spec.length} ${unit}, not ${value.length} (${printable(value)})${hint}.`,
      ai,
    );
  }
  if (spec.max !== undefined && value.length > spec.max) {
    return fail(
      'too_long',
      `${name} is ${value.length} characters long, more than its ${spec.max}: a separator (FNC1, sent as ASCII 29) is probably missing after it.`,
      ai,
    );
  }
  if (spec.min !== undefined && value.length < spec.min) {
    return fail('invalid_value', `${name} needs at least ${spec.min} characters, not ${value.length}.`, ai);
  }
  if (spec.charset === 'digits' && !/^\d+$/.test(value)) {
    return fail('invalid_value', `${name} must be digits only, not ${printable(value)}.`, ai);
  }
  if (spec.charset === 'cset82' && !CSET82.test(value)) {
    const bad = [...value].find((c) => !CSET82.test(c)) ?? '';
    return fail(
      'invalid_value',
      `${name} holds ${printable(bad)}, which a GS1 element cannot contain (${printable(value)}).`,
      ai,
    );
  }
  if (spec.check) {
    if (ai === '01') {
      const gtin = parseGtin(value);
      if (!gtin.ok) {
        const code = /check digit/.test(gtin.message) ? 'check_digit' : 'invalid_value';
        return fail(code, `${name}: ${lowerFirst(gtin.message)}`, ai);
      }
    } else {
      const expected = gtinCheckDigit(value.slice(0, -1));
      const given = Number(value.slice(-1));
      if (expected !== given) {
        return fail('check_digit', `${name} ${value}: the check digit should be ${expected}, not ${given}.`, ai);
      }
    }
  }
  if (spec.date && gs1Date(value, referenceYear ?? 2000) === undefined) {
    return fail('invalid_date', `${name} ${value} is not a date (YYMMDD).`, ai);
  }
  return undefined;
}

/** Builds the result from validated elements: named fields, repeated AIs refused. */
function collect(form: Gs1Form, elements: Gs1Element[], options: Gs1Options): Gs1Result {
  const seen = new Map<string, string>();
  for (const { ai, value } of elements) {
    const before = seen.get(ai);
    if (before !== undefined && before !== value) {
      return fail(
        'repeated',
        `${describeAi(ai)} appears twice with different values (${printable(before)} and ${printable(value)}).`,
        ai,
      );
    }
    seen.set(ai, value);
  }
  const data: Gs1Data = { form, elements };
  const gtin = seen.get('01');
  if (gtin !== undefined) data.gtin = gtin;
  const serial = seen.get('21');
  if (serial !== undefined) data.serial = serial;
  const batch = seen.get('10');
  if (batch !== undefined) data.batch = batch;
  const expiry = seen.get('17');
  if (expiry !== undefined) data.expiry = gs1Date(expiry, options.referenceYear)!;
  const giai = seen.get('8004');
  if (giai !== undefined) {
    data.giai = giai;
    const prefix = [...(options.companyPrefixes ?? [])]
      .filter((p) => p !== '' && giai.startsWith(p) && giai.length > p.length)
      .sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) data.tag = giai.slice(prefix.length);
  }
  return { ok: true, ...data };
}

function element(ai: string, value: string): Gs1Element {
  const spec = specOf(ai);
  return spec ? { ai, value, title: spec.title } : { ai, value };
}

/** Reads the AI at `pos`: its digits, or a failure naming what is there instead. */
function readAi(data: string, pos: number): string | Failure {
  const length = aiLengthFor(data.slice(pos, pos + 2));
  const ai = length === undefined ? undefined : data.slice(pos, pos + length);
  if (ai === undefined || ai.length !== length || !/^\d+$/.test(ai)) {
    const shown = data.slice(pos, pos + 4).replaceAll(GS, '<GS>');
    const where = pos === 0 ? 'at the start' : `at position ${pos + 1}`;
    return fail('not_an_ai', `${printable(shown)} ${where} is not a GS1 Application Identifier.`);
  }
  return ai;
}

// ---------------------------------------------------------------------------------------------
// Parsers

/** The elements of an element string, each value checked; no conclusions drawn yet. */
export type Gs1Split = { ok: true; elements: Gs1Element[] } | Failure;

/**
 * Splits an element string as transmitted: AIs and values, FNC1 as GS (ASCII 29) after
 * variable-length elements, or no separators at all (predefined lengths, the variable-length
 * element last). A leading or trailing GS is ignored. Each value is checked against its AI.
 */
export function splitGs1ElementString(input: string, options: Gs1Options = {}): Gs1Split {
  const data = stripOuterGs(input);
  if (data === '') return fail('empty', 'The GS1 code holds no data.');
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === GS) {
      pos++;
      continue;
    }
    const ai = readAi(data, pos);
    if (typeof ai !== 'string') return ai;
    pos += ai.length;
    const predefined = predefinedLength(ai);
    let value: string;
    if (predefined !== undefined) {
      value = data.slice(pos, pos + predefined);
      const gsInside = value.indexOf(GS);
      if (gsInside >= 0) value = value.slice(0, gsInside);
    } else {
      // Everything else (variable length, and fixed lengths outside the predefined table) ends
      // with FNC1 or with the data.
      const end = data.indexOf(GS, pos);
      value = data.slice(pos, end < 0 ? data.length : end);
    }
    pos += value.length;
    const problem = checkValue(ai, value, options.referenceYear);
    if (problem) return problem;
    elements.push(element(ai, value));
  }
  return { ok: true, elements };
}

function stripOuterGs(input: string): string {
  let data = input;
  while (data.startsWith(GS)) data = data.slice(1);
  while (data.endsWith(GS)) data = data.slice(0, -1);
  return data;
}

/**
 * The result for elements split from `input`. Without any separator, a batch (or any
 * variable-length element other than the serial and the GIAI) that runs to the end and could hide
 * a serial ("10ABC21XYZ": batch "ABC21XYZ", or batch "ABC" then serial "XYZ") is refused: which
 * one it was depends on whether the scanner dropped a separator, and a guess would often be wrong.
 */
export function finishGs1ElementString(input: string, elements: Gs1Element[], options: Gs1Options = {}): Gs1Result {
  if (!stripOuterGs(input).includes(GS)) {
    const ambiguity = hiddenSerial(elements);
    if (ambiguity) return ambiguity;
  }
  return collect('element-string', elements, options);
}

/** An element string as transmitted (see `splitGs1ElementString` and `finishGs1ElementString`). */
export function parseGs1ElementString(input: string, options: Gs1Options = {}): Gs1Result {
  const split = splitGs1ElementString(input, options);
  return split.ok ? finishGs1ElementString(input, split.elements, options) : split;
}

/**
 * Without separators the last variable-length element runs to the end. When it is not the serial
 * or the GIAI (by convention the last element) and its value contains "21" followed by a valid
 * serial, the scan may have lost a separator: refused.
 */
function hiddenSerial(elements: Gs1Element[]): Failure | undefined {
  const last = elements.at(-1);
  if (!last || last.ai === '21' || last.ai === '8004') return undefined;
  if (predefinedLength(last.ai) !== undefined) return undefined;
  if (elements.some((e) => e.ai === '21')) return undefined;
  for (let k = 1; k < last.value.length - 2; k++) {
    if (last.value.slice(k, k + 2) !== '21') continue;
    const serial = last.value.slice(k + 2);
    if (checkValue('21', serial, undefined) === undefined) {
      const name = describeAi(last.ai);
      return fail(
        'ambiguous',
        `Cannot tell where ${name} ends: the scan has no separators (FNC1), so ${printable(last.value)} could be the whole value or ${printable(last.value.slice(0, k))} followed by serial number (AI 21) ${printable(serial)}. Set the scanner to transmit FNC1 as ASCII 29 (GS), or enter the code in the form "(01)...(21)...".`,
        last.ai,
      );
    }
  }
  return undefined;
}

/** Whether text is in the human-readable form: starts with "(" + an AI + ")". */
export function looksLikeHumanReadableGs1(text: string): boolean {
  const match = /^\((\d{2,4})\)/.exec(text);
  return match !== null && aiLengthFor(match[1]!.slice(0, 2)) === match[1]!.length;
}

/**
 * The human-readable form "(01)09506000134352(17)271231(21)ABC123", as printed under a barcode and
 * typed by people. Spaces around the parentheses are ignored. A "(" followed by digits and ")" is a
 * new element only when the digits are an AI.
 */
export function parseGs1HumanReadable(text: string, options: Gs1Options = {}): Gs1Result {
  const compact = text.trim();
  const marks: { ai: string; start: number; end: number }[] = [];
  for (const match of compact.matchAll(/\(\s*(\d{2,4})\s*\)/g)) {
    const ai = match[1]!;
    if (aiLengthFor(ai.slice(0, 2)) !== ai.length) continue;
    marks.push({ ai, start: match.index, end: match.index + match[0].length });
  }
  if (marks.length === 0 || marks[0]!.start !== 0) {
    return fail(
      'not_an_ai',
      `${printable(compact.slice(0, 6))} does not start with a GS1 Application Identifier in parentheses.`,
    );
  }
  const elements: Gs1Element[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const value = compact.slice(mark.end, marks[i + 1]?.start ?? compact.length).trim();
    const problem = checkValue(mark.ai, value, options.referenceYear);
    if (problem) return problem;
    elements.push(element(mark.ai, value));
  }
  return collect('human-readable', elements, options);
}

/** AIs that can be the primary key of a GS1 Digital Link URI that we read. */
const DIGITAL_LINK_KEYS = new Set(['01', '8004', '00', '8003', '414', '8017', '8018']);

/**
 * A GS1 Digital Link URI on any host: a path ".../01/<gtin>[/22/..][/10/..][/21/..]" (or 8004, 00,
 * ...) and numeric AIs in the query string. Undefined when the URL is not one. A GTIN may be given
 * with 8, 12, 13 or 14 digits there.
 */
export function parseGs1DigitalLink(url: URL, options: Gs1Options = {}): Gs1Result | undefined {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const start = segments.findIndex((s, i) => DIGITAL_LINK_KEYS.has(s) && i + 1 < segments.length);
  if (start < 0) return undefined;
  const rest = segments.slice(start);
  if (rest.length % 2 !== 0) return undefined;
  const pairs: [string, string][] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i]!;
    if (!/^\d{2,4}$/.test(ai) || aiLengthFor(ai.slice(0, 2)) !== ai.length) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(rest[i + 1]!);
    } catch {
      return fail('invalid_value', `${describeAi(ai)} in the link is not decodable.`, ai);
    }
    pairs.push([ai, value]);
  }
  for (const [key, value] of url.searchParams) {
    if (/^\d{2,4}$/.test(key) && aiLengthFor(key.slice(0, 2)) === key.length) pairs.push([key, value]);
  }
  const elements: Gs1Element[] = [];
  for (const [index, [ai, raw]] of pairs.entries()) {
    let value = raw;
    if (ai === '01' && /^\d+$/.test(raw) && [8, 12, 13].includes(raw.length)) value = raw.padStart(14, '0');
    const problem = checkValue(ai, value, options.referenceYear);
    // A path whose primary key is not valid is not a Digital Link (".../01/02/" on a news site).
    if (problem && index === 0 && problem.code !== 'check_digit') return undefined;
    if (problem) return problem;
    elements.push(element(ai, value));
  }
  return collect('digital-link', elements, options);
}
