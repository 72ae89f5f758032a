import { describe, expect, it } from 'vitest';
import { GS } from './gs1.js';
import {
  MAX_SCAN_LENGTH,
  parseScan,
  patternToRegExp,
  tagPatternToRegExp,
  type ScanOptions,
  type ScanResult,
  type TextCandidateKind,
} from './parse-scan.js';

const GTIN = '09506000134352';
const WRONG_GTIN = '09506000134353';
const ASSET_ID = '2b1c3c6e-8f7a-4e7c-9d3e-0a1b2c3d4e5f';
const LOCATION_ID = '6f1d2e3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

/** Settings as an organisation would have them. */
const settings: ScanOptions = {
  baseUrls: ['https://qm.example.com'],
  assetTagPattern: 'QM-{000000}',
  employeeNumberPattern: /^E\d{5}$/,
  badgePrefix: 'BADGE-',
  gs1CompanyPrefixes: ['0950600'],
  referenceYear: 2026,
};

function as<K extends ScanResult['kind']>(kind: K, result: ScanResult): Extract<ScanResult, { kind: K }> {
  if (result.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(result)}`);
  return result as Extract<ScanResult, { kind: K }>;
}
const kinds = (result: ScanResult): TextCandidateKind[] => as('text', result).candidates.map((c) => c.kind);

describe('each kind of code', () => {
  it('an asset tag matching the tag pattern comes first', () => {
    const result = as('text', parseScan('QM-000123', settings));
    expect(result.value).toBe('QM-000123');
    expect(result.candidates[0]).toEqual({ kind: 'asset_tag', key: 'QM-000123' });
  });

  it('a serial number is a serial candidate before a hand-entered tag', () => {
    expect(kinds(parseScan('5CD2310XYZ', settings))).toEqual(['serial', 'location_code', 'asset_tag']);
  });

  it('a location code (upper case with dashes) comes before a serial', () => {
    expect(kinds(parseScan('LON-STOCK', settings))).toEqual(['location_code', 'serial', 'asset_tag']);
    expect(kinds(parseScan('BIG3-B2-F5-R7-D4', settings))[0]).toBe('location_code');
  });

  it('an employee number matching its pattern comes first', () => {
    expect(kinds(parseScan('E12345', settings))).toEqual(['employee_number', 'serial', 'location_code', 'asset_tag']);
  });

  it('a badge gives the badge number and the employee number after the prefix', () => {
    expect(as('text', parseScan('BADGE-E12345', settings)).candidates).toEqual([
      { kind: 'badge', key: 'E12345' },
      { kind: 'employee_number', key: 'E12345' },
    ]);
    expect(as('text', parseScan('badge-7781', settings)).candidates).toEqual([{ kind: 'badge', key: '7781' }]);
  });

  it('an e-mail address is a person, in lower case', () => {
    expect(parseScan('Jane.Doe@Example.COM', settings)).toEqual({ kind: 'email', email: 'jane.doe@example.com' });
    expect(parseScan('mailto:jane@example.com?subject=hi', settings)).toEqual({
      kind: 'email',
      email: 'jane@example.com',
    });
    expect(parseScan('josé@exämple.de', settings)).toEqual({ kind: 'email', email: 'josé@exämple.de' });
  });

  it('our own QR URL names the asset', () => {
    expect(parseScan(`https://qm.example.com/assets/${ASSET_ID.toUpperCase()}`, settings)).toEqual({
      kind: 'url',
      url: `https://qm.example.com/assets/${ASSET_ID.toUpperCase()}`,
      assetId: ASSET_ID,
    });
    expect(as('url', parseScan('https://qm.example.com/a/QM-000123', settings)).tag).toBe('QM-000123');
  });

  it('a bare GTIN finds a model, with the same digits as text behind it', () => {
    const result = as('gtin', parseScan('4006381333931', settings));
    expect(result.gtin).toBe('04006381333931');
    expect(result.candidates.map((c) => c.kind)).toContain('serial');
  });

  it('a GS1 element string', () => {
    const result = as('gs1', parseScan(`]d201${GTIN}21ABC123`, settings));
    expect(result).toMatchObject({ aimPrefix: ']d2', gtin: GTIN, serial: 'ABC123' });
  });
});

describe('GS1 element strings', () => {
  const expected = { gtin: GTIN, serial: 'ABC123', batch: 'L1', expiry: '2027-12-31' };
  const body = `01${GTIN}17271231` + `10L1${GS}21ABC123`;

  it('with each GS1 AIM prefix', () => {
    for (const prefix of [']C1', ']d2', ']Q3', ']e0']) {
      expect(as('gs1', parseScan(prefix + body, settings)), prefix).toMatchObject({ ...expected, aimPrefix: prefix });
    }
  });

  it('with GS separators and no prefix, FNC1 in first position or not', () => {
    expect(as('gs1', parseScan(body, settings))).toMatchObject(expected);
    expect(as('gs1', parseScan(GS + body, settings))).toMatchObject(expected);
    expect(as('gs1', parseScan(body, settings)).aimPrefix).toBeUndefined();
  });

  it('without separators: predefined lengths, the serial last', () => {
    expect(as('gs1', parseScan(`01${GTIN}1727123121ABC123`, settings))).toMatchObject({
      gtin: GTIN,
      expiry: '2027-12-31',
      serial: 'ABC123',
      form: 'element-string',
    });
    expect(as('gs1', parseScan(`]C101${GTIN}21ABC123`, settings)).serial).toBe('ABC123');
  });

  it('in the human-readable form with parentheses', () => {
    expect(as('gs1', parseScan(`(01)${GTIN}(21)ABC123`, settings))).toMatchObject({
      form: 'human-readable',
      gtin: GTIN,
      serial: 'ABC123',
    });
  });

  it('with FNC1 sent as a configured substitute', () => {
    const result = as('gs1', parseScan(`01${GTIN}10L1<GS>21S`, { ...settings, fnc1Substitutes: ['<GS>'] }));
    expect(result).toMatchObject({ batch: 'L1', serial: 'S' });
  });

  it('AI 8004 (GIAI) under our company prefix is our tag, with or without a prefix or separator', () => {
    for (const scan of [']Q380040950600QM-000123', '80040950600QM-000123', '(8004)0950600QM-000123']) {
      expect(as('gs1', parseScan(scan, settings)), scan).toMatchObject({ giai: '0950600QM-000123', tag: 'QM-000123' });
    }
  });

  it('a GIAI without a signal and without our prefix stays text', () => {
    expect(parseScan('80041234567QM-1', settings).kind).toBe('text');
    expect(parseScan('80040950600QM-1', { ...settings, gs1CompanyPrefixes: [] }).kind).toBe('text');
  });

  it('a wrong GTIN check digit in a GS1 code is refused with the right digit', () => {
    for (const scan of [`]d201${WRONG_GTIN}21ABC`, `01${WRONG_GTIN}${GS}21ABC`, `(01)${WRONG_GTIN}(21)ABC`]) {
      const result = as('unknown', parseScan(scan, settings));
      expect(result.reason).toBe('invalid_gs1');
      expect(result.message).toContain('AI 01 (GTIN)');
      expect(result.message).toContain('should be 2, not 3');
    }
  });

  it('a serial that merely starts with "01" stays a serial', () => {
    expect(kinds(parseScan('01ABC', settings))).toContain('serial');
    expect(kinds(parseScan('0112345', settings))).toContain('serial');
    expect(kinds(parseScan('10ABC21XYZ', settings))).toContain('serial');
    expect(kinds(parseScan('21ABC', settings))).toContain('serial');
  });

  it('digits that would be GS1 but for the GTIN check digit stay text, with a hint', () => {
    const result = as('text', parseScan(`01${WRONG_GTIN}21ABC`, settings));
    expect(result.candidates[0]!.kind).toBe('serial');
    expect(result.hint).toContain('should be 2, not 3');
  });

  it('refuses an element string that cannot be split unambiguously, naming the AI', () => {
    const result = as('unknown', parseScan(`01${GTIN}10ABC21XYZ`, settings));
    expect(result.reason).toBe('invalid_gs1');
    expect(result.message).toContain('AI 10 (batch/lot)');
    expect(as('unknown', parseScan(`]C101${GTIN}21${'X'.repeat(25)}`, settings)).message).toContain('AI 21');
  });

  it('refuses a GS1 AIM prefix with what is not GS1, and a prefix alone', () => {
    const result = as('unknown', parseScan(']d2HELLO', settings));
    expect(result.reason).toBe('invalid_gs1');
    expect(result.message).toContain('not a GS1 Application Identifier');
    expect(as('unknown', parseScan(']d2', settings)).reason).toBe('empty');
    expect(as('unknown', parseScan(`ABC${GS}DEF`, settings)).reason).toBe('invalid_gs1');
  });

  it('reads a GS1 Digital Link from any host', () => {
    expect(as('gs1', parseScan(`https://id.gs1.org/01/${GTIN}/21/S9`, settings))).toMatchObject({
      form: 'digital-link',
      gtin: GTIN,
      serial: 'S9',
    });
  });
});

describe('bare GTINs', () => {
  it('accepts GTIN-8, -12, -13 and -14 and gives GTIN-14', () => {
    expect(as('gtin', parseScan('96385074', settings)).gtin).toBe('00000096385074');
    expect(as('gtin', parseScan('036000291452', settings)).gtin).toBe('00036000291452');
    expect(as('gtin', parseScan('4006381333931', settings)).gtin).toBe('04006381333931');
    expect(as('gtin', parseScan(GTIN, settings)).gtin).toBe(GTIN);
    expect(as('gtin', parseScan(']E04006381333931', settings)).aimPrefix).toBe(']E0');
  });

  it('a 12- or 13-digit number with a wrong check digit is text, with the hint', () => {
    const result = as('text', parseScan('4006381333932', settings));
    expect(result.gtin).toBeUndefined();
    expect(result.hint).toContain('should be 1, not 2');
    expect(result.candidates.map((c) => c.kind)).toContain('serial');
    expect(as('text', parseScan('036000291453', settings)).hint).toContain('UPC-A');
  });

  it('an 8-digit number with a wrong check digit is text without a hint', () => {
    expect(as('text', parseScan('12345678', settings)).hint).toBeUndefined();
  });

  it('when a configured pattern claims the digits, they are text and the GTIN is tried after', () => {
    const result = as('text', parseScan('96385074', { ...settings, employeeNumberPattern: /^\d{8}$/ }));
    expect(result.candidates[0]!.kind).toBe('employee_number');
    expect(result.gtin).toBe('00000096385074');
    const tags = as('text', parseScan('96385074', { ...settings, assetTagPattern: '{00000000}' }));
    expect(tags.candidates[0]!.kind).toBe('asset_tag');
  });
});

describe('links', () => {
  const url = (s: string, options: ScanOptions = settings) => parseScan(s, options);

  it('our asset, location and person pages, by id, tag and code', () => {
    expect(as('url', url(`https://qm.example.com/locations/${LOCATION_ID}`)).locationId).toBe(LOCATION_ID);
    expect(as('url', url('https://qm.example.com/locations/by-code/LON-STOCK')).locationCode).toBe('LON-STOCK');
    expect(as('url', url('https://qm.example.com/l/LON-STOCK')).locationCode).toBe('LON-STOCK');
    expect(as('url', url('https://qm.example.com/assets/by-tag/QM-000001/')).tag).toBe('QM-000001');
    expect(as('url', url(`https://qm.example.com/people/${ASSET_ID}`)).personId).toBe(ASSET_ID);
    expect(as('url', url(`https://qm.example.com/api/v1/assets/${ASSET_ID}`)).assetId).toBe(ASSET_ID);
  });

  it('our model pages, which a model’s QR label carries', () => {
    expect(as('url', url(`https://qm.example.com/catalogue/models/${ASSET_ID}`)).modelId).toBe(ASSET_ID);
    expect(as('url', url(`https://qm.example.com/api/v1/models/${ASSET_ID.toUpperCase()}`)).modelId).toBe(ASSET_ID);
    expect(url('https://qm.example.com/catalogue/models/not-an-id').kind).toBe('unknown');
  });

  it('decodes the path, ignores query and fragment, and takes http for https', () => {
    expect(as('url', url('https://qm.example.com/a/T%C3%BCr-1?src=label#x')).tag).toBe('Tür-1');
    expect(as('url', url('http://QM.EXAMPLE.COM/a/QM-000001')).tag).toBe('QM-000001');
  });

  it('understands a base URL with a path and several base URLs', () => {
    const options = { baseUrls: ['https://intranet.example.org/qm/', 'https://qm.example.com'] };
    expect(as('url', url('https://intranet.example.org/qm/a/QM-1', options)).tag).toBe('QM-1');
    expect(as('url', url('https://qm.example.com/a/QM-2', options)).tag).toBe('QM-2');
    expect(as('unknown', url('https://intranet.example.org/other/a/QM-1', options)).reason).toBe('foreign_link');
  });

  it('a link to another site is not a label', () => {
    const result = as('unknown', url('https://evil.example.net/a/QM-1'));
    expect(result).toEqual({
      kind: 'unknown',
      reason: 'foreign_link',
      message: 'A link to another site (evil.example.net): not a Quartermaster label.',
    });
    expect(as('unknown', url('https://qm.example.com@evil.example.net/a/QM-1')).reason).toBe('foreign_link');
    expect(as('unknown', url('https://qm.example.com:8443/a/QM-1')).reason).toBe('foreign_link');
    expect(as('unknown', url('https://qm.example.com/a/QM-1', {})).reason).toBe('foreign_link');
  });

  it('our own link that names nothing is said so', () => {
    const result = as('unknown', url('https://qm.example.com/users/42'));
    expect(result.reason).toBe('unrecognised_link');
    expect(result.message).toContain('/users/42');
    expect(as('unknown', url('https://qm.example.com/assets/QM-000001')).reason).toBe('unrecognised_link');
    expect(as('unknown', url('https://qm.example.com/a/%E0%A4%A')).reason).toBe('invalid_link');
  });

  it('a broken link and other schemes are refused with what they are', () => {
    expect(as('unknown', url('https://')).reason).toBe('invalid_link');
    expect(as('unknown', url('mailto:nobody')).reason).toBe('invalid_link');
    expect(as('unknown', url('tel:+441234567890')).message).toContain('telephone number');
    expect(as('unknown', url('WIFI:S:guest;T:WPA;P:secret;;')).message).toContain('Wi-Fi');
    expect(as('unknown', url('MECARD:N:Doe,Jane;EMAIL:jane@example.com;;')).message).toContain('contact card');
    expect(as('unknown', url('BEGIN:VCARD\nVERSION:3.0\nEND:VCARD')).reason).toBe('unsupported');
    expect(as('unknown', url('[)>\u001e06\u001dPQM1\u001e\u0004')).message).toContain('ISO/IEC 15434');
  });

  it('text with a colon that is no known scheme stays text', () => {
    for (const raw of ['LON:STOCK', 'constructor:x', 'toString:1']) expect(url(raw).kind, raw).toBe('text');
  });

  it('a non-GS1 AIM prefix in front of a link is stripped', () => {
    expect(as('url', url(']Q1https://qm.example.com/a/QM-000009')).tag).toBe('QM-000009');
  });
});

describe('plain text ordering', () => {
  it('without settings: tag, location (when it looks like one), serial, person', () => {
    expect(kinds(parseScan('QM-000123'))).toEqual(['asset_tag', 'location_code', 'serial', 'employee_number']);
    expect(kinds(parseScan('5CD2310XYZ'))).toEqual(['asset_tag', 'serial', 'location_code', 'employee_number']);
  });

  it('a configured location pattern puts matches first and rules others out', () => {
    const options = { ...settings, locationCodePattern: /^LOC-\d+$/ };
    expect(kinds(parseScan('LOC-12', options))[0]).toBe('location_code');
    expect(kinds(parseScan('LON-STOCK', options))).not.toContain('location_code');
    const braces = { ...settings, locationCodePattern: 'R{000}' };
    expect(kinds(parseScan('R101', braces))[0]).toBe('location_code');
  });

  it('a configured employee pattern rules out other numbers as employees', () => {
    expect(kinds(parseScan('X12345', settings))).not.toContain('employee_number');
    expect(kinds(parseScan('e12345', { ...settings, employeeNumberPattern: 'E{00000}' }))[0]).toBe('employee_number');
  });

  it('a RegExp with the g flag gives the same answer every time', () => {
    const options = { ...settings, employeeNumberPattern: /^E\d{5}$/g };
    for (let i = 0; i < 3; i++) expect(kinds(parseScan('E12345', options))[0]).toBe('employee_number');
  });

  it('text with inner spaces can only be a serial (or an employee number without a pattern)', () => {
    expect(as('text', parseScan('  SN 123 456\r\n', settings)).candidates).toEqual([
      { kind: 'serial', key: 'SN 123 456' },
    ]);
    expect(kinds(parseScan('SN 123 456'))).toEqual(['serial', 'employee_number']);
  });

  it('several badge prefixes, the longest first', () => {
    const options = { badgePrefix: ['B-', 'B-X-'] };
    expect(as('text', parseScan('B-X-42', options)).candidates[0]).toEqual({ kind: 'badge', key: '42' });
    expect(as('text', parseScan('B-42', options)).candidates[0]).toEqual({ kind: 'badge', key: '42' });
    expect(kinds(parseScan('B-', options))).not.toContain('badge');
  });

  it('too long for a tag or code but not for a serial', () => {
    const long = 'S'.repeat(100);
    expect(kinds(parseScan(long, settings))).toEqual(['serial']);
    const tooLong = as('unknown', parseScan('S'.repeat(200), settings));
    expect(tooLong.reason).toBe('not_a_label');
    expect(tooLong.message).toContain('200 characters');
  });
});

describe('keyboard-wedge input', () => {
  it('removes the Enter or Tab a scanner ends with, and surrounding spaces', () => {
    for (const raw of [
      'QM-000123\r\n',
      'QM-000123\n',
      'QM-000123\r',
      'QM-000123\t',
      '  QM-000123  ',
      '\uFEFFQM-000123',
    ]) {
      expect(as('text', parseScan(raw, settings)).value, JSON.stringify(raw)).toBe('QM-000123');
    }
  });

  it('turns full-width characters typed through an input method back into ASCII', () => {
    expect(as('text', parseScan('ＱＭ－０００１２３', settings)).candidates[0]).toEqual({
      kind: 'asset_tag',
      key: 'QM-000123',
    });
  });

  it('matches the tag pattern whatever the case (Caps Lock)', () => {
    expect(kinds(parseScan('qm-000123', settings))[0]).toBe('asset_tag');
  });
});

describe('garbage', () => {
  it('refuses empty input', () => {
    for (const raw of ['', '   ', '\r\n', '\t']) {
      expect(parseScan(raw, settings)).toEqual({ kind: 'unknown', reason: 'empty', message: 'The scan is empty.' });
    }
  });

  it('refuses input over 512 characters, and says so', () => {
    const result = as('unknown', parseScan('A'.repeat(MAX_SCAN_LENGTH + 1), settings));
    expect(result.reason).toBe('too_long');
    expect(result.message).toContain('513 characters');
    // 512 is not refused as too long for a scan, only as too long for anything it could name.
    expect(as('unknown', parseScan('A'.repeat(MAX_SCAN_LENGTH), settings)).reason).toBe('not_a_label');
  });

  it('refuses control characters other than GS, naming them', () => {
    expect(as('unknown', parseScan('QM-1\nQM-2', settings)).message).toContain('a line break at position 5');
    expect(as('unknown', parseScan('QM\t1', settings)).message).toContain('a tab at position 3');
    for (const c of ['\u0000', '\u001b', '\u007f', '\u0085', '\u001e']) {
      const result = as('unknown', parseScan(`QM${c}1`, settings));
      expect(result.reason, JSON.stringify(c)).toBe('control_characters');
      expect(result.message).toContain('U+');
    }
  });

  it('refuses invisible and unreadable characters', () => {
    for (const c of ['\u200b', '\u202e', '\ufffd', '\ud800', '\ue000', '\u00ad']) {
      const result = as('unknown', parseScan(`QM${c}1`, settings));
      expect(result.reason, JSON.stringify(c)).toBe('unreadable_characters');
      expect(result.message).toContain('position 3');
    }
  });

  it('refuses what has no letter or digit', () => {
    for (const raw of ['----', '!!!', '😀', '📦📦'])
      expect(as('unknown', parseScan(raw, settings)).reason).toBe('not_a_label');
  });

  it('never throws on arbitrary input', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const length = next() % 40;
      let raw = '';
      for (let j = 0; j < length; j++) raw += String.fromCharCode(next() % 0x3000);
      expect(() => parseScan(raw, settings)).not.toThrow();
      const result = parseScan(raw, settings);
      if (result.kind === 'unknown') expect(result.message.length).toBeGreaterThan(10);
      if (result.kind === 'text') expect(result.candidates.length).toBeGreaterThan(0);
    }
    expect(parseScan(undefined as unknown as string).kind).toBe('unknown');
  });
});

describe('unicode', () => {
  it('keeps letters beyond ASCII in serials and tags', () => {
    expect(kinds(parseScan('Ünïcødé-42', settings))).toContain('serial');
    expect(kinds(parseScan('资产123', settings))).toContain('serial');
  });

  it('composes characters (NFC) so the same text gives the same key', () => {
    const composed = as('text', parseScan('Caf\u00e9-1', settings));
    const decomposed = as('text', parseScan('Cafe\u0301-1', settings));
    expect(decomposed.candidates).toEqual(composed.candidates);
  });
});

describe('settings patterns', () => {
  it('the tag pattern accepts numbers wider than the placeholder, as formatTag makes them', () => {
    const re = tagPatternToRegExp('QM-{000000}');
    expect(re.test('QM-000001')).toBe(true);
    expect(re.test('QM-1234567')).toBe(true);
    expect(re.test('qm-000001')).toBe(true);
    expect(re.test('QM-00001')).toBe(false);
    expect(re.test('XQM-000001')).toBe(false);
    expect(re.test('QM-000001X')).toBe(false);
  });

  it('other patterns take exactly that many digits and treat the rest literally', () => {
    expect(patternToRegExp('E{00000}').test('E12345')).toBe(true);
    expect(patternToRegExp('E{00000}').test('E123456')).toBe(false);
    expect(patternToRegExp('A.B-{00}').test('A.B-12')).toBe(true);
    expect(patternToRegExp('A.B-{00}').test('AxB-12')).toBe(false);
    expect(patternToRegExp('(X)+{0}').test('(X)+1')).toBe(true);
    expect(patternToRegExp('LOC').test('loc')).toBe(true);
  });
});
