import { describe, expect, it } from 'vitest';
import { expandExponent, plainDecimal, roundDecimalText } from './number-text.js';
import { cellText, isDateFormat, numberText, serialToDate } from './xlsx-values.js';

describe('workbook cell text', () => {
  it('writes numbers with at most 15 significant digits and never an exponent', () => {
    expect(plainDecimal(0.1 + 0.2)).toBe('0.3');
    expect(plainDecimal(6377020000000000)).toBe('6377020000000000');
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(expandExponent('6.37702E+15')).toBe('6377020000000000');
  });

  it('rounds decimal text half away from zero, not the binary float', () => {
    expect(roundDecimalText('2.675', 2)).toBe('2.68');
    expect(roundDecimalText('9.995', 2)).toBe('10.00');
    expect(roundDecimalText('-0.004', 2)).toBe('0.00');
    expect(roundDecimalText('-1.005', 2)).toBe('-1.01');
  });

  it('follows the decimals of the number format', () => {
    expect(numberText(1299.5, '#,##0.00')).toBe('1299.50');
    expect(numberText(1299.5, '"$"#,##0.00_);[Red]("$"#,##0.00)')).toBe('1299.50');
    expect(numberText(0.125, '0.0%')).toBe('12.5%');
    expect(numberText(12.5, '0.##')).toBe('12.5');
    expect(numberText(12, '0.##')).toBe('12');
    expect(numberText(12.3456, 'General')).toBe('12.3456');
    expect(numberText(42, '@')).toBe('42');
  });

  it('knows date formats from number formats', () => {
    expect(isDateFormat('m/d/yy')).toBe(true);
    expect(isDateFormat('[$-409]d-mmm-yy;@')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('"Day "0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });

  it('writes dates as ISO dates, with the time only when there is one', () => {
    expect(cellText(new Date(Date.UTC(2023, 0, 23)))).toBe('2023-01-23');
    expect(cellText(new Date(Date.UTC(2023, 0, 23, 14, 30)))).toBe('2023-01-23T14:30:00');
    expect(serialToDate(44949).toISOString().slice(0, 10)).toBe('2023-01-23');
    expect(serialToDate(61).toISOString().slice(0, 10)).toBe('1900-03-01');
    expect(cellText({ formula: 'TODAY()', result: 44949 }, 'yyyy-mm-dd')).toBe('2023-01-23');
  });

  it('writes the other kinds of cell as their text', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText({ richText: [{ text: 'Mac' }, { text: 'Book' }] })).toBe('MacBook');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ text: 'site', hyperlink: 'https://example.com' })).toBe('site');
    expect(cellText({ formula: 'A1&B1', result: 'QM-1' })).toBe('QM-1');
    expect(cellText(null)).toBe('');
  });
});
