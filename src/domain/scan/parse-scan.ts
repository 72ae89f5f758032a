/**
 * What one scan names. A keyboard-wedge scanner, a phone camera or a handheld's batch file gives a
 * line of text; this turns it into what it can be: a GS1 element string (a vendor's carton or our
 * own GIAI label), one of our own links, an e-mail address, a bare GTIN, or plain text that may be
 * an asset tag, a serial, a location code or a person (badge, employee number). Pure: it does not
 * know what exists. It lists candidates with their keys, most likely first, and the lookup resolves
 * them in that order. What it cannot place gets a message saying why, never a guess.
 */
import { parseGtin } from '../gtin.js';
import {
  GS,
  looksLikeHumanReadableGs1,
  parseGs1DigitalLink,
  parseGs1ElementString,
  parseGs1HumanReadable,
  splitAimPrefix,
  splitGs1ElementString,
  finishGs1ElementString,
  type Gs1Data,
  type Gs1Options,
  type Gs1Result,
  lowerFirst,
} from './gs1.js';

export { isLikelyScannerBurst, type ScannerBurstOptions } from './scanner-burst.js';
export {
  parseBatchFile,
  type BatchFile,
  type BatchFileOptions,
  type BatchLine,
  type BatchError,
} from './batch-file.js';

/** Longest scan accepted: a 2D label holds far less in practice; more is several scans run together. */
export const MAX_SCAN_LENGTH = 512;
/** Limits of the things a scan can name (as the registry stores them). */
const MAX_TAG = 64;
const MAX_CODE = 64;
const MAX_SERIAL = 128;
const MAX_EMPLOYEE_NUMBER = 64;

export type TextCandidateKind = 'asset_tag' | 'serial' | 'location_code' | 'employee_number' | 'badge';

/** One thing plain text may be, with the key to look it up by (compare case-insensitively). */
export interface TextCandidate {
  kind: TextCandidateKind;
  key: string;
}

export type UnknownReason =
  | 'empty'
  | 'too_long'
  | 'control_characters'
  | 'unreadable_characters'
  | 'invalid_gs1'
  | 'invalid_link'
  | 'foreign_link'
  | 'unrecognised_link'
  | 'unsupported'
  | 'not_a_label';

export type ScanResult =
  /** A GS1 element string (or Digital Link): AI 01 finds the model, 21 the serial, 8004 our tag. */
  | ({ kind: 'gs1'; aimPrefix?: string } & Gs1Data)
  /** One of our own links: an asset by id or tag, a location by id or code, a person by id. */
  | {
      kind: 'url';
      url: string;
      assetId?: string;
      tag?: string;
      locationId?: string;
      locationCode?: string;
      personId?: string;
      /** A model's page (`/catalogue/models/<id>`): what a model's QR label carries. */
      modelId?: string;
    }
  /** An e-mail address (lower case): a person. */
  | { kind: 'email'; email: string }
  /**
   * A bare GTIN (8, 12, 13 or 14 digits, check digit right) as GTIN-14: a model. `candidates` are
   * what the same digits may be when no model has this GTIN.
   */
  | { kind: 'gtin'; gtin: string; value: string; candidates: TextCandidate[]; aimPrefix?: string }
  /**
   * Plain text: the candidates in the order to try them. `gtin` is set when the digits are also a
   * valid GTIN (tried after the candidates); `hint` says what else was noticed (a GTIN-like number
   * whose check digit is wrong).
   */
  | {
      kind: 'text';
      value: string;
      candidates: TextCandidate[];
      gtin?: string;
      hint?: string;
      aimPrefix?: string;
    }
  /** Nothing it can place, and why. */
  | { kind: 'unknown'; reason: UnknownReason; message: string };

/** A pattern from the settings: a RegExp, or a literal with `{000}` for digits ("E{00000}"). */
export type ScanPattern = RegExp | string;

export interface ScanOptions {
  /** Where our own pages are served ("https://qm.example.com", "https://intranet/qm"). */
  baseUrls?: readonly string[];
  /** The asset tag pattern ("QM-{000000}"): tags it generates. Hand-entered tags may differ. */
  assetTagPattern?: string;
  /** Every location code matches it. Without it, codes are recognised as upper case with dashes. */
  locationCodePattern?: ScanPattern;
  /** Every employee number matches it (e.g. /^E\d{5}$/ or "E{00000}"). */
  employeeNumberPattern?: ScanPattern;
  /** What badges start with ("BADGE-"); the rest is the badge number. */
  badgePrefix?: string | readonly string[];
  /** The organisation's GS1 company prefixes: a GIAI (AI 8004) starting with one is our tag. */
  gs1CompanyPrefixes?: readonly string[];
  /** What the scanner sends for FNC1 when it cannot send ASCII 29 (e.g. "<GS>"). */
  fnc1Substitutes?: readonly string[];
  /** Two-digit years in GS1 dates are read against this year (defaults to the current year). */
  referenceYear?: number;
}

// ---------------------------------------------------------------------------------------------
// Patterns

/**
 * A settings pattern as an anchored, case-insensitive RegExp: literal text, and `{000}` for that
 * many digits (at least that many with `widerNumbers`, as tag numbers grow past the placeholder).
 */
export function patternToRegExp(pattern: string, options: { widerNumbers?: boolean } = {}): RegExp {
  let source = '';
  let rest = pattern;
  for (let match = /\{(0+)\}/.exec(rest); match; match = /\{(0+)\}/.exec(rest)) {
    source += escapeRegExp(rest.slice(0, match.index));
    const n = match[1]!.length;
    source += options.widerNumbers ? `\\d{${n},}` : `\\d{${n}}`;
    rest = rest.slice(match.index + match[0].length);
  }
  source += escapeRegExp(rest);
  return new RegExp(`^${source}$`, 'i');
}

/** The asset tag pattern ("QM-{000000}") as a RegExp matching the tags it generates. */
export function tagPatternToRegExp(pattern: string): RegExp {
  return patternToRegExp(pattern, { widerNumbers: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function toRegExp(pattern: ScanPattern | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined;
  if (typeof pattern === 'string') return pattern === '' ? undefined : patternToRegExp(pattern);
  // A copy without g/y: their lastIndex would make test() depend on the previous call.
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

/** Location codes as people make them: upper case (or, with Caps Lock, lower case) with dashes. */
const LOCATION_LIKE = /^(?:[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)+|[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+)$/;

// ---------------------------------------------------------------------------------------------
// The parser

const unknown = (reason: UnknownReason, message: string): ScanResult => ({ kind: 'unknown', reason, message });

/** Keyboard wedges with an input method on type full-width forms ("ＱＭ－０００１"): back to ASCII. */
function asciiFromFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function describeChar(c: string): string {
  if (c === '\t') return 'a tab';
  if (c === '\n' || c === '\r') return 'a line break';
  const code = c.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Classifies one scan. Surrounding whitespace and the Enter or Tab a keyboard-wedge scanner ends
 * with are removed; inner spaces are kept (serials have them).
 */
export function parseScan(raw: string, options: ScanOptions = {}): ScanResult {
  if (typeof raw !== 'string') return unknown('empty', 'The scan is empty.');
  let text = raw.trim();
  if (text === '') return unknown('empty', 'The scan is empty.');
  if (text.length > MAX_SCAN_LENGTH) {
    return unknown(
      'too_long',
      `The scan is ${text.length} characters long; a label holds at most ${MAX_SCAN_LENGTH}. Were several scans run together?`,
    );
  }
  for (const substitute of options.fnc1Substitutes ?? []) {
    if (substitute !== '') text = text.replaceAll(substitute, GS);
  }
  if (/^(?:\][A-Za-z][0-9A-Za-z])?\[\)>/.test(text)) {
    return unknown(
      'unsupported',
      'A structured ISO/IEC 15434 message ("[)>"): these are not read yet. Scan the GS1 or tag barcode instead.',
    );
  }
  if (/^(BEGIN:VCARD|MECARD:)/i.test(text)) {
    return unknown('unsupported', 'A contact card: not read as a person. Scan the badge or type the e-mail address.');
  }
  const control = [...text].findIndex((c) => c !== GS && /\p{Cc}/u.test(c));
  if (control >= 0) {
    const c = [...text][control]!;
    const what = describeChar(c);
    const why =
      c === '\n' || c === '\r'
        ? ' Several codes in one scan? Scan them one by one.'
        : ' Check the scanner’s prefix and suffix settings.';
    return unknown('control_characters', `The scan contains ${what} at position ${control + 1}.${why}`);
  }
  const unreadable = [...text].findIndex((c) => /[\p{Cf}\p{Co}\p{Cn}\p{Cs}\uFFFD]/u.test(c));
  if (unreadable >= 0) {
    const c = [...text][unreadable]!;
    return unknown(
      'unreadable_characters',
      `The scan contains an invisible or unreadable character (${describeChar(c)} at position ${unreadable + 1}): not a label we printed. Was it misread, or typed with another keyboard layout?`,
    );
  }
  text = asciiFromFullWidth(text).normalize('NFC');

  const gs1Options: Gs1Options = {};
  if (options.gs1CompanyPrefixes) gs1Options.companyPrefixes = options.gs1CompanyPrefixes;
  if (options.referenceYear !== undefined) gs1Options.referenceYear = options.referenceYear;

  const { aim, rest } = splitAimPrefix(text);
  if (aim) {
    text = rest.trim();
    if (text === '' || text === GS)
      return unknown('empty', `The scan holds only a symbology identifier (${aim.prefix}).`);
    if (aim.gs1) {
      const result = looksLikeHumanReadableGs1(text)
        ? parseGs1HumanReadable(text, gs1Options)
        : parseGs1ElementString(text, gs1Options);
      return gs1Outcome(result, aim.prefix);
    }
  }

  // Only GS1 uses GS; a human-readable "(01)..." is what someone typed from under a barcode.
  if (text.includes(GS)) return gs1Outcome(parseGs1ElementString(text, gs1Options), aim?.prefix);
  if (looksLikeHumanReadableGs1(text)) return gs1Outcome(parseGs1HumanReadable(text, gs1Options), aim?.prefix);

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return parseLink(text, options, gs1Options);
  if (scheme === 'mailto') {
    const address = safeDecode(text.slice('mailto:'.length).split('?')[0] ?? '');
    if (address !== undefined && EMAIL.test(address)) return { kind: 'email', email: address.toLowerCase() };
    return unknown('invalid_link', `"${shorten(text)}" is a mail link without a valid e-mail address.`);
  }
  if (scheme !== undefined && Object.hasOwn(OTHER_SCHEMES, scheme)) {
    return unknown('unsupported', `${OTHER_SCHEMES[scheme]}: not a Quartermaster label.`);
  }

  if (EMAIL.test(text)) return { kind: 'email', email: text.toLowerCase() };

  const patterns = compile(options);
  let hint: string | undefined;
  let gtin: string | undefined;
  if (/^\d+$/.test(text)) {
    if ([8, 12, 13, 14].includes(text.length)) {
      const parsed = parseGtin(text);
      if (parsed.ok) gtin = parsed.gtin;
      else if (text.length >= 12) hint = `Not a GTIN: ${lowerFirst(parsed.message)}`;
    }
  }
  if (gtin === undefined && /^\d\d/.test(text) && text.length >= 10) {
    const asGs1 = unsignalledGs1(text, gs1Options, aim?.prefix);
    if (asGs1 && 'kind' in asGs1) return asGs1;
    if (asGs1) hint = asGs1.hint;
  }

  if (!/[\p{L}\p{N}]/u.test(text)) {
    return unknown('not_a_label', `"${text}" has no letters or digits: not a code.`);
  }

  const candidates = textCandidates(text, patterns);
  if (gtin !== undefined) {
    const strong = candidates.length > 0 && strongMatch(text, patterns);
    if (!strong) {
      const result: ScanResult = { kind: 'gtin', gtin, value: text, candidates };
      if (aim) result.aimPrefix = aim.prefix;
      return result;
    }
  }
  if (candidates.length === 0) {
    return unknown(
      'not_a_label',
      `"${shorten(text)}" is too long (${text.length} characters) for a tag, serial, location code or employee number, and is no code we read.`,
    );
  }
  const result: Extract<ScanResult, { kind: 'text' }> = { kind: 'text', value: text, candidates };
  if (gtin !== undefined) result.gtin = gtin;
  if (hint !== undefined) result.hint = hint;
  if (aim) result.aimPrefix = aim.prefix;
  return result;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const EMAIL =
  /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

const OTHER_SCHEMES: Readonly<Record<string, string>> = {
  tel: 'A telephone number',
  sms: 'A text message',
  smsto: 'A text message',
  geo: 'A map position',
  wifi: 'Wi-Fi settings',
  ftp: 'An FTP link',
  file: 'A file link',
  urn: 'A URN',
  data: 'A data URI',
  javascript: 'A script',
  market: 'An app store link',
  itms: 'An app store link',
  'itms-apps': 'An app store link',
  bitcoin: 'A payment link',
};

function gs1Outcome(result: Gs1Result, aimPrefix: string | undefined): ScanResult {
  if (!result.ok) return unknown('invalid_gs1', `GS1 code not readable: ${lowerFirst(result.message)}`);
  const { ok: _ok, ...data } = result;
  return aimPrefix ? { kind: 'gs1', aimPrefix, ...data } : { kind: 'gs1', ...data };
}

/**
 * Digits without any GS1 signal (no AIM prefix, no GS, no parentheses) are GS1 only when fully
 * consumed by valid AIs including a GTIN with a right check digit, or a GIAI under one of our
 * company prefixes. A plain serial that happens to start with "01" stays text. An element string
 * that fails only on its GTIN check digit becomes a hint on the text.
 */
function unsignalledGs1(
  text: string,
  options: Gs1Options,
  aimPrefix: string | undefined,
): ScanResult | { hint: string } | undefined {
  const split = splitGs1ElementString(text, options);
  if (!split.ok) {
    return split.code === 'check_digit' && split.ai === '01'
      ? { hint: `Read as a GS1 element string it would not be valid: ${lowerFirst(split.message)}` }
      : undefined;
  }
  const hasGtin = split.elements.some((e) => e.ai === '01');
  const giai = split.elements.find((e) => e.ai === '8004');
  const ourGiai =
    giai !== undefined && (options.companyPrefixes ?? []).some((p) => p !== '' && giai.value.startsWith(p));
  if (!hasGtin && !ourGiai) return undefined;
  return gs1Outcome(finishGs1ElementString(text, split.elements, options), aimPrefix);
}

// ---------------------------------------------------------------------------------------------
// Links

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseLink(text: string, options: ScanOptions, gs1Options: Gs1Options): ScanResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return unknown('invalid_link', `"${shorten(text)}" looks like a link but is not a valid one.`);
  }
  for (const base of options.baseUrls ?? []) {
    const own = ownPath(url, base);
    if (own === undefined) continue;
    const named = routeOf(own);
    if (named === 'bad') {
      return unknown('invalid_link', `A Quartermaster link (${url.pathname}) that cannot be decoded.`);
    }
    if (named) return { kind: 'url', url: url.href, ...named };
    const digitalLink = parseGs1DigitalLink(url, gs1Options);
    if (digitalLink) return gs1Outcome(digitalLink, undefined);
    return unknown(
      'unrecognised_link',
      `A Quartermaster link to ${url.pathname}: it does not name an asset, a location or a person.`,
    );
  }
  const digitalLink = parseGs1DigitalLink(url, gs1Options);
  if (digitalLink) return gs1Outcome(digitalLink, undefined);
  return unknown('foreign_link', `A link to another site (${url.host}): not a Quartermaster label.`);
}

/** The path below `base` when `url` is on our site (http and https alike), else undefined. */
function ownPath(url: URL, base: string): string | undefined {
  let baseUrl: URL;
  try {
    baseUrl = new URL(base);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(baseUrl.protocol) || baseUrl.host !== url.host) return undefined;
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  const path = url.pathname;
  if (prefix === '') return path;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

type Named = Omit<Extract<ScanResult, { kind: 'url' }>, 'kind' | 'url'>;

/** What one of our paths names: /assets/<id>, /a/<tag>, /locations/by-code/<code>, ... */
function routeOf(path: string): Named | 'bad' | undefined {
  const raw = path.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const s of raw) {
    const decoded = safeDecode(s);
    if (decoded === undefined) return 'bad';
    segments.push(decoded.trim());
  }
  if (segments[0] === 'api' && segments[1] === 'v1') segments.splice(0, 2);
  const [first, second, third, ...more] = segments;
  if (more.length > 0 || first === undefined || second === undefined) return undefined;
  const isTag = (s: string) => s !== '' && s.length <= MAX_TAG && !/\s/.test(s);
  const isCode = (s: string) => s !== '' && s.length <= MAX_CODE && !/\s/.test(s);
  if (third === undefined) {
    if (first === 'assets' && UUID.test(second)) return { assetId: second.toLowerCase() };
    if (first === 'locations' && UUID.test(second)) return { locationId: second.toLowerCase() };
    if (first === 'people' && UUID.test(second)) return { personId: second.toLowerCase() };
    if (first === 'models' && UUID.test(second)) return { modelId: second.toLowerCase() };
    if (first === 'a' && isTag(second)) return { tag: second };
    if (first === 'l' && isCode(second)) return { locationCode: second };
    return undefined;
  }
  if (first === 'catalogue' && second === 'models' && UUID.test(third)) return { modelId: third.toLowerCase() };
  if (first === 'assets' && second === 'by-tag' && isTag(third)) return { tag: third };
  if (first === 'locations' && second === 'by-code' && isCode(third)) return { locationCode: third };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Plain text

interface Compiled {
  tag?: RegExp;
  location?: RegExp;
  employee?: RegExp;
  badgePrefixes: string[];
}

function compile(options: ScanOptions): Compiled {
  const compiled: Compiled = {
    badgePrefixes: (typeof options.badgePrefix === 'string' ? [options.badgePrefix] : [...(options.badgePrefix ?? [])])
      .filter((p) => p !== '')
      .sort((a, b) => b.length - a.length),
  };
  if (options.assetTagPattern) compiled.tag = tagPatternToRegExp(options.assetTagPattern);
  const location = toRegExp(options.locationCodePattern);
  if (location) compiled.location = location;
  const employee = toRegExp(options.employeeNumberPattern);
  if (employee) compiled.employee = employee;
  return compiled;
}

function badgeNumber(text: string, patterns: Compiled): string | undefined {
  const upper = text.toUpperCase();
  for (const prefix of patterns.badgePrefixes) {
    if (upper.startsWith(prefix.toUpperCase()) && text.length > prefix.length) {
      const rest = text.slice(prefix.length).trim();
      if (rest !== '') return rest;
    }
  }
  return undefined;
}

/** Whether a configured pattern (badge, tag, employee number, location code) matches the text. */
function strongMatch(text: string, patterns: Compiled): boolean {
  return (
    badgeNumber(text, patterns) !== undefined ||
    patterns.tag?.test(text) === true ||
    patterns.employee?.test(text) === true ||
    patterns.location?.test(text) === true
  );
}

/**
 * The candidates for plain text, most likely first:
 * 1. a badge, when a badge prefix matches (then only the badge and the employee number after the
 *    prefix: the prefix says what it is);
 * 2. what a configured pattern matches: asset tag, employee number, location code (in that order);
 * 3. then, by how often each is scanned at a station: asset tag (no pattern configured), location
 *    code (when it looks like one: upper case with dashes), serial, location code (otherwise),
 *    asset tag (not matching the pattern: tags entered by hand), employee number (no pattern).
 * A kind is left out when it cannot be it: tags and codes have no spaces and at most 64
 * characters, serials at most 128; a configured location or employee pattern that does not match
 * rules that kind out (the tag pattern does not: hand-entered tags may differ).
 */
function textCandidates(text: string, patterns: Compiled): TextCandidate[] {
  const out: TextCandidate[] = [];
  const add = (kind: TextCandidateKind, key = text) => {
    if (!out.some((c) => c.kind === kind)) out.push({ kind, key });
  };
  const badge = badgeNumber(text, patterns);
  if (badge !== undefined) {
    add('badge', badge);
    if (badge.length <= MAX_EMPLOYEE_NUMBER && (!patterns.employee || patterns.employee.test(badge))) {
      add('employee_number', badge);
    }
    return out;
  }
  const spaced = /\s/.test(text);
  const tagPossible = !spaced && text.length <= MAX_TAG;
  const codePossible = !spaced && text.length <= MAX_CODE;
  const tagStrong = tagPossible && patterns.tag?.test(text) === true;
  const employeeStrong = text.length <= MAX_EMPLOYEE_NUMBER && patterns.employee?.test(text) === true;
  const locationStrong = codePossible && patterns.location?.test(text) === true;
  const locationPossible = codePossible && (!patterns.location || locationStrong);
  const locationLike = locationPossible && LOCATION_LIKE.test(text);

  if (tagStrong) add('asset_tag');
  if (employeeStrong) add('employee_number');
  if (locationStrong) add('location_code');
  if (tagPossible && !patterns.tag) add('asset_tag');
  if (locationLike) add('location_code');
  if (text.length <= MAX_SERIAL) add('serial');
  if (locationPossible) add('location_code');
  if (tagPossible) add('asset_tag');
  if (!patterns.employee && text.length <= MAX_EMPLOYEE_NUMBER) add('employee_number');
  return out;
}
