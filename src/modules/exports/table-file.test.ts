import { describe, expect, it } from 'vitest';
import { csvField } from './table-file.js';

describe('a CSV field', () => {
  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
  });

  it('keeps phone numbers and negative amounts as they are, so they import back', () => {
    expect(csvField('+47 22 00 00 00')).toBe('+47 22 00 00 00');
    expect(csvField('-120.50')).toBe('-120.50');
    expect(csvField('-')).toBe('-');
  });
});
