import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, normaliseGtin, parseGtin } from './gtin.js';

describe('GTIN check digits', () => {
  it('computes the GS1 mod-10 check digit', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(gtinCheckDigit('03600029145')).toBe(2);
    expect(gtinCheckDigit('9638507')).toBe(4);
    expect(gtinCheckDigit('1001234567890')).toBe(2);
  });

  it('accepts GTIN-8, GTIN-12, GTIN-13 and GTIN-14 and pads them to 14 digits', () => {
    expect(parseGtin('96385074')).toEqual({ ok: true, gtin: '00000096385074', kind: 'GTIN-8' });
    expect(parseGtin('036000291452')).toEqual({ ok: true, gtin: '00036000291452', kind: 'GTIN-12 (UPC-A)' });
    expect(parseGtin('4006381333931')).toEqual({ ok: true, gtin: '04006381333931', kind: 'GTIN-13 (EAN-13)' });
    expect(parseGtin('10012345678902')).toEqual({ ok: true, gtin: '10012345678902', kind: 'GTIN-14' });
  });

  it('treats a UPC-A and the EAN-13 with a leading zero as the same product', () => {
    expect(normaliseGtin('036000291452')).toBe(normaliseGtin('0036000291452'));
    expect(normaliseGtin('0036000291452')).toBe(normaliseGtin('00036000291452'));
  });

  it('ignores spaces and hyphens typed from a label', () => {
    expect(normaliseGtin(' 4 006381 333931 ')).toBe('04006381333931');
    expect(normaliseGtin('4006381-333931')).toBe('04006381333931');
  });

  it('says what the check digit should be when it is wrong', () => {
    const result = parseGtin('4006381333932');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('should be 1, not 2');
      expect(result.message).toContain('4006381333931');
      expect(result.message).toContain('EAN-13');
    }
  });

  it('refuses other lengths, letters, empty input and all zeros', () => {
    for (const bad of ['1234567', '12345678901', '123456789012345', '400638133393A', '', '   ', '00000000']) {
      expect(parseGtin(bad).ok, bad).toBe(false);
    }
    const short = parseGtin('1234567');
    expect(!short.ok && short.message).toContain('8, 12, 13 or 14');
    const letters = parseGtin('ABC');
    expect(!letters.ok && letters.message).toContain('only digits');
    expect(normaliseGtin('4006381333932')).toBeUndefined();
  });
});
