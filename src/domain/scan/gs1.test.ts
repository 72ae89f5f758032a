import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '../gtin.js';
import {
  GS,
  describeAi,
  gs1Date,
  looksLikeHumanReadableGs1,
  parseGs1DigitalLink,
  parseGs1ElementString,
  parseGs1HumanReadable,
  splitAimPrefix,
  splitGs1ElementString,
  type Gs1Result,
} from './gs1.js';

/** The GS1 General Specifications' example GTIN. */
const GTIN = '09506000134352';
const WRONG_GTIN = '09506000134353';
const withCheck = (body: string) => body + String(gtinCheckDigit(body));

function ok(result: Gs1Result) {
  if (!result.ok) throw new Error(`expected a parse, got: ${result.message}`);
  return result;
}
function failure(result: Gs1Result | undefined) {
  if (!result || result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}

describe('AIM symbology identifiers', () => {
  it('recognises the GS1 ones and strips them', () => {
    for (const [prefix, symbology] of [
      [']C1', 'GS1-128'],
      [']d2', 'GS1 DataMatrix'],
      [']Q3', 'GS1 QR Code'],
      [']e0', 'GS1 DataBar'],
    ] as const) {
      expect(splitAimPrefix(`${prefix}01${GTIN}`)).toEqual({
        aim: { prefix, gs1: true, symbology },
        rest: `01${GTIN}`,
      });
    }
  });

  it('strips other symbologies without calling them GS1', () => {
    expect(splitAimPrefix(']Q1https://qm.example.com/a/QM-1')).toEqual({
      aim: { prefix: ']Q1', gs1: false, symbology: 'QR Code' },
      rest: 'https://qm.example.com/a/QM-1',
    });
    expect(splitAimPrefix(']E04006381333931').aim).toEqual({ prefix: ']E0', gs1: false, symbology: 'EAN/UPC' });
    expect(splitAimPrefix(']X9ABC').aim).toEqual({ prefix: ']X9', gs1: false });
  });

  it('leaves text without a prefix alone', () => {
    expect(splitAimPrefix('QM-000123')).toEqual({ rest: 'QM-000123' });
    expect(splitAimPrefix(']')).toEqual({ rest: ']' });
    expect(splitAimPrefix(']1A')).toEqual({ rest: ']1A' });
  });
});

describe('GS1 element strings with FNC1 as GS', () => {
  it('reads GTIN, expiry, batch and serial separated by GS', () => {
    const result = ok(parseGs1ElementString(`01${GTIN}17271231` + `10LOT-7${GS}21ABC123`, { referenceYear: 2026 }));
    expect(result).toMatchObject({
      form: 'element-string',
      gtin: GTIN,
      expiry: '2027-12-31',
      batch: 'LOT-7',
      serial: 'ABC123',
    });
    expect(result.elements).toEqual([
      { ai: '01', value: GTIN, title: 'GTIN' },
      { ai: '17', value: '271231', title: 'expiry date' },
      { ai: '10', value: 'LOT-7', title: 'batch/lot' },
      { ai: '21', value: 'ABC123', title: 'serial number' },
    ]);
  });

  it('ignores FNC1 transmitted in first position, at the end, and after a fixed-length element', () => {
    const result = ok(parseGs1ElementString(`${GS}01${GTIN}${GS}21ABC${GS}`));
    expect(result.gtin).toBe(GTIN);
    expect(result.serial).toBe('ABC');
  });

  it('lets a variable-length element end with GS anywhere in the order', () => {
    const result = ok(parseGs1ElementString(`21SER-1${GS}10B2${GS}01${GTIN}`));
    expect(result).toMatchObject({ serial: 'SER-1', batch: 'B2', gtin: GTIN });
  });

  it('reads AI 8004 (GIAI) and takes our tag from behind the company prefix', () => {
    const result = ok(parseGs1ElementString('80040950600QM-000123', { companyPrefixes: ['0950600'] }));
    expect(result).toMatchObject({ giai: '0950600QM-000123', tag: 'QM-000123' });
    expect(result.elements).toEqual([{ ai: '8004', value: '0950600QM-000123', title: 'GIAI' }]);
  });

  it('uses the longest matching company prefix and keeps a foreign GIAI without a tag', () => {
    const prefixes = ['0950', '0950600'];
    expect(ok(parseGs1ElementString('80040950600QM-1', { companyPrefixes: prefixes })).tag).toBe('QM-1');
    const foreign = ok(parseGs1ElementString('80041234567XYZ', { companyPrefixes: prefixes }));
    expect(foreign.giai).toBe('1234567XYZ');
    expect(foreign.tag).toBeUndefined();
    expect(ok(parseGs1ElementString('8004ABC')).tag).toBeUndefined();
    // A GIAI that is only the prefix names no asset.
    expect(ok(parseGs1ElementString('80040950600', { companyPrefixes: ['0950600'] })).tag).toBeUndefined();
  });

  it('keeps AIs it does not know, with their values, without failing', () => {
    const result = ok(parseGs1ElementString(`01${GTIN}7007240101${GS}21X`));
    expect(result.elements).toContainEqual({ ai: '7007', value: '240101' });
    expect(result.serial).toBe('X');
    // An unassigned AI of predefined length (14: six digits) needs no separator.
    const predefined = ok(parseGs1ElementString(`01${GTIN}1412345621Y`));
    expect(predefined.elements.map((e) => e.ai)).toEqual(['01', '14', '21']);
    expect(predefined.serial).toBe('Y');
  });

  it('reads other well-known AIs: SSCC, GLN, measures, counts', () => {
    const sscc = withCheck('10614141123456789');
    const gln = withCheck('400638100000');
    const result = ok(parseGs1ElementString(`00${sscc}3103000150` + `410${gln}37${'12'}${GS}240PART-9`));
    expect(result.elements).toEqual([
      { ai: '00', value: sscc, title: 'SSCC' },
      { ai: '3103', value: '000150', title: 'trade measure' },
      { ai: '410', value: gln, title: 'GLN' },
      { ai: '37', value: '12', title: 'count of trade items' },
      { ai: '240', value: 'PART-9', title: 'additional product identification' },
    ]);
  });
});

describe('GS1 element strings without separators (FNC1 dropped)', () => {
  it('splits fixed-length elements by their predefined lengths, the variable one last', () => {
    const result = ok(parseGs1ElementString(`01${GTIN}17270600` + '21SN1', { referenceYear: 2026 }));
    expect(result).toMatchObject({ gtin: GTIN, expiry: '2027-06-30', serial: 'SN1' });
  });

  it('keeps a serial that contains other AIs whole: the serial is by convention last', () => {
    expect(ok(parseGs1ElementString(`01${GTIN}215CD2310XYZ`)).serial).toBe('5CD2310XYZ');
  });

  it('refuses a batch that could hide a serial, naming the AI', () => {
    const result = failure(parseGs1ElementString(`01${GTIN}10ABC21XYZ`));
    expect(result).toMatchObject({ code: 'ambiguous', ai: '10' });
    expect(result.message).toContain('AI 10 (batch/lot)');
    expect(result.message).toContain('"ABC" followed by serial number (AI 21) "XYZ"');
    expect(result.message).toContain('ASCII 29');
    // With the separator the same data is clear.
    expect(ok(parseGs1ElementString(`01${GTIN}10ABC${GS}21XYZ`))).toMatchObject({ batch: 'ABC', serial: 'XYZ' });
    // A batch with no "21" + serial inside it is read as it is.
    expect(ok(parseGs1ElementString(`01${GTIN}10ABC2`)).batch).toBe('ABC2');
  });

  it('refuses a variable-length value longer than its AI allows, naming the AI', () => {
    const serial = failure(parseGs1ElementString(`01${GTIN}21${'A'.repeat(21)}`));
    expect(serial).toMatchObject({ code: 'too_long', ai: '21' });
    expect(serial.message).toContain('AI 21 (serial number) is 21 characters long, more than its 20');
    expect(serial.message).toContain('separator');
    expect(failure(parseGs1ElementString(`10${'B'.repeat(21)}`)).ai).toBe('10');
    expect(ok(parseGs1ElementString(`8004${'9'.repeat(30)}`)).giai).toHaveLength(30);
    expect(failure(parseGs1ElementString(`8004${'9'.repeat(31)}`))).toMatchObject({ code: 'too_long', ai: '8004' });
  });
});

describe('GS1 refusals', () => {
  it('says what the GTIN check digit should be', () => {
    const result = failure(parseGs1ElementString(`01${WRONG_GTIN}21ABC`));
    expect(result).toMatchObject({ code: 'check_digit', ai: '01' });
    expect(result.message).toContain('AI 01 (GTIN)');
    expect(result.message).toContain('should be 2, not 3');
    expect(result.message).toContain(GTIN);
  });

  it('checks the check digits of SSCCs and GLNs too', () => {
    const sscc = withCheck('10614141123456789');
    const wrong = sscc.slice(0, -1) + String((Number(sscc.slice(-1)) + 1) % 10);
    expect(failure(parseGs1ElementString(`00${wrong}`))).toMatchObject({ code: 'check_digit', ai: '00' });
    expect(failure(parseGs1ElementString(`4144006381000001`))).toMatchObject({ code: 'check_digit', ai: '414' });
  });

  it('refuses a GTIN of the wrong length or all zeros', () => {
    const short = failure(parseGs1ElementString(`01${GTIN.slice(1)}`));
    expect(short.ai).toBe('01');
    expect(failure(parseGs1ElementString('01' + '0'.repeat(14))).message).toContain('all zeros');
  });

  it('refuses what is not an Application Identifier', () => {
    const result = failure(parseGs1ElementString('05123456'));
    expect(result.code).toBe('not_an_ai');
    expect(result.message).toContain('"0512" at the start is not a GS1 Application Identifier');
    const later = failure(parseGs1ElementString(`01${GTIN}XX12`));
    expect(later.message).toContain('at position 17');
  });

  it('refuses a date that is not one, naming the AI', () => {
    const result = failure(parseGs1ElementString(`01${GTIN}17271301`));
    expect(result).toMatchObject({ code: 'invalid_date', ai: '17' });
    expect(result.message).toContain('AI 17 (expiry date) 271301 is not a date');
    expect(failure(parseGs1ElementString(`01${GTIN}11250230`)).ai).toBe('11');
    expect(failure(parseGs1ElementString(`01${GTIN}1727123`)).message).toContain('needs 6 digits, not 5');
  });

  it('refuses characters a GS1 element cannot hold, naming the AI', () => {
    const result = failure(parseGs1ElementString(`01${GTIN}21AB C${GS}10X`));
    expect(result).toMatchObject({ code: 'invalid_value', ai: '21' });
    expect(result.message).toContain('" "');
    expect(failure(parseGs1ElementString(`01${GTIN}21Ünï`)).ai).toBe('21');
    expect(failure(parseGs1ElementString(`01${GTIN}300A`)).message).toContain('digits only');
  });

  it('refuses an empty element and an empty string', () => {
    expect(failure(parseGs1ElementString(`10${GS}21X`))).toMatchObject({ code: 'empty', ai: '10' });
    expect(failure(parseGs1ElementString(`${GS}${GS}`)).code).toBe('empty');
  });

  it('refuses an AI given twice with different values, but not the same value twice', () => {
    const result = failure(parseGs1ElementString(`21A${GS}21B`));
    expect(result).toMatchObject({ code: 'repeated', ai: '21' });
    expect(result.message).toContain('"A" and "B"');
    expect(ok(parseGs1ElementString(`21A${GS}21A`)).serial).toBe('A');
  });

  it('a fixed-length element cut short by GS is refused', () => {
    expect(failure(parseGs1ElementString(`0109506${GS}21X`))).toMatchObject({ ai: '01', code: 'invalid_value' });
  });
});

describe('splitGs1ElementString', () => {
  it('splits without judging ambiguity', () => {
    const split = splitGs1ElementString(`01${GTIN}10ABC21XYZ`);
    expect(split.ok && split.elements.map((e) => [e.ai, e.value])).toEqual([
      ['01', GTIN],
      ['10', 'ABC21XYZ'],
    ]);
  });
});

describe('the human-readable form', () => {
  it('reads "(01)...(21)..." with or without spaces', () => {
    expect(ok(parseGs1HumanReadable(`(01)${GTIN}(21)ABC123`))).toMatchObject({
      form: 'human-readable',
      gtin: GTIN,
      serial: 'ABC123',
    });
    expect(
      ok(parseGs1HumanReadable(`(01) ${GTIN} (17) 270101 (10) L1 (21) S1`, { referenceYear: 2026 })),
    ).toMatchObject({
      gtin: GTIN,
      expiry: '2027-01-01',
      batch: 'L1',
      serial: 'S1',
    });
  });

  it('is never ambiguous: a batch may contain "21" there', () => {
    expect(ok(parseGs1HumanReadable(`(01)${GTIN}(10)ABC21XYZ`)).batch).toBe('ABC21XYZ');
  });

  it('keeps parentheses inside a value when they do not hold an AI', () => {
    expect(ok(parseGs1HumanReadable('(10)A(B)(21)X'))).toMatchObject({ batch: 'A(B)', serial: 'X' });
  });

  it('refuses a wrong check digit and a short GTIN, saying how to write it', () => {
    expect(failure(parseGs1HumanReadable(`(01)${WRONG_GTIN}`)).message).toContain('should be 2, not 3');
    expect(failure(parseGs1HumanReadable('(01)9506000134352')).message).toContain('leading zeros: 09506000134352');
    expect(failure(parseGs1HumanReadable('ABC(01)1')).code).toBe('not_an_ai');
  });

  it('is recognised only when it starts with an AI in parentheses', () => {
    expect(looksLikeHumanReadableGs1(`(01)${GTIN}`)).toBe(true);
    expect(looksLikeHumanReadableGs1('(8004)0950600QM-1')).toBe(true);
    expect(looksLikeHumanReadableGs1('(05)123')).toBe(false);
    expect(looksLikeHumanReadableGs1('(801)123')).toBe(false);
    expect(looksLikeHumanReadableGs1('(ABC)123')).toBe(false);
    expect(looksLikeHumanReadableGs1(`01${GTIN}`)).toBe(false);
  });
});

describe('GS1 Digital Link', () => {
  const link = (s: string) => parseGs1DigitalLink(new URL(s), { referenceYear: 2026 });

  it('reads the GTIN, qualifiers and query attributes', () => {
    expect(ok(link(`https://id.gs1.org/01/${GTIN}/10/L%2F1/21/ABC?17=270101`)!)).toMatchObject({
      form: 'digital-link',
      gtin: GTIN,
      batch: 'L/1',
      serial: 'ABC',
      expiry: '2027-01-01',
    });
  });

  it('takes a GTIN-13 in the path as GTIN-14, on a brand’s own domain', () => {
    expect(ok(link('https://brand.example/products/01/4006381333931')!).gtin).toBe('04006381333931');
  });

  it('reads a GIAI', () => {
    expect(ok(link('https://id.gs1.org/8004/0950600QM-1')!).giai).toBe('0950600QM-1');
  });

  it('refuses a wrong check digit but ignores paths that are not Digital Links', () => {
    expect(failure(link(`https://id.gs1.org/01/${WRONG_GTIN}`)).ai).toBe('01');
    expect(link('https://news.example/2024/01/15/story')).toBeUndefined();
    expect(link('https://shop.example/01/02')).toBeUndefined();
    expect(link('https://shop.example/')).toBeUndefined();
    expect(link('https://shop.example/01/x/99')).toBeUndefined();
  });
});

describe('GS1 dates', () => {
  it('reads YYMMDD with day 00 as the end of the month', () => {
    expect(gs1Date('271231', 2026)).toBe('2027-12-31');
    expect(gs1Date('280200', 2026)).toBe('2028-02-29');
    expect(gs1Date('270200', 2026)).toBe('2027-02-28');
  });

  it('chooses the century within 49 years ahead and 50 behind', () => {
    expect(gs1Date('751231', 2026)).toBe('2075-12-31');
    expect(gs1Date('770101', 2026)).toBe('1977-01-01');
    expect(gs1Date('991231', 2026)).toBe('1999-12-31');
    expect(gs1Date('100101', 2095)).toBe('2110-01-01');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['271301', '270001', '270231', '2701', 'ABCDEF']) expect(gs1Date(bad, 2026), bad).toBeUndefined();
  });

  it('names AIs for messages', () => {
    expect(describeAi('01')).toBe('AI 01 (GTIN)');
    expect(describeAi('7007')).toBe('AI 7007');
  });
});
