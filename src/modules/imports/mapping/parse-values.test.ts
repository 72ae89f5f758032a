import { describe, expect, it } from 'vitest';
import {
  centsToMoney,
  dateEvidence,
  moneyToCents,
  parseBoolean,
  parseCheckoutType,
  parseCurrency,
  parseDate,
  parseEmail,
  parseIdentifier,
  parseInteger,
  parseMoney,
  parseStatus,
  parseTag,
  statusNames,
} from './parse-values.js';

const value = <T>(parsed: { value?: T | null; problem?: { code: string } }) => {
  expect(parsed.problem).toBeUndefined();
  return parsed.value;
};
const code = (parsed: { problem?: { code: string } }) => parsed.problem?.code;

describe('dates', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(value(parseDate('2023-01-23'))).toBe('2023-01-23');
    expect(value(parseDate('2023-01-23T14:30:00Z'))).toBe('2023-01-23');
    expect(value(parseDate('2023/1/5 08:00'))).toBe('2023-01-05');
  });

  it('reads a value that can only be one order without being told', () => {
    expect(value(parseDate('1/23/23'))).toBe('2023-01-23');
    expect(value(parseDate('23/1/23'))).toBe('2023-01-23');
    expect(value(parseDate('11/24/2008'))).toBe('2008-11-24');
    expect(value(parseDate('3/3/23'))).toBe('2023-03-03');
  });

  it('reports an ambiguous date instead of guessing, with both readings', () => {
    const parsed = parseDate('03/04/23');
    expect(parsed.problem).toEqual({
      code: 'ambiguous_date',
      message: 'ambiguous: "03/04/23" could be 3 April or 4 March; choose the date order (day/month or month/day).',
    });
  });

  it('reads ambiguous dates in the order given', () => {
    expect(value(parseDate('03/04/23', { order: 'DMY' }))).toBe('2023-04-03');
    expect(value(parseDate('03/04/23', { order: 'MDY' }))).toBe('2023-03-04');
    expect(value(parseDate('03.04.2023', { order: 'DMY' }))).toBe('2023-04-03');
  });

  it("says when a value cannot be read in the column's order", () => {
    const parsed = parseDate('23/01/23', { order: 'MDY' });
    expect(code(parsed)).toBe('date_order_mismatch');
    expect(parsed.problem?.message).toMatch(/has no month 23 when read month\/day\/year .*would be 23 January 2023/);
  });

  it('tells which order a value proves', () => {
    expect(dateEvidence('1/23/23')).toBe('MDY');
    expect(dateEvidence('23/1/23')).toBe('DMY');
    expect(dateEvidence('3/4/23')).toBe('ambiguous');
    expect(dateEvidence('3/3/23')).toBe('none');
    expect(dateEvidence('2023-01-23')).toBe('none');
  });

  it('reads month names and two-digit years (69-99 in the 1900s)', () => {
    expect(value(parseDate('23 Jan 2023'))).toBe('2023-01-23');
    expect(value(parseDate('23-Jan-23'))).toBe('2023-01-23');
    expect(value(parseDate('January 23rd, 2023'))).toBe('2023-01-23');
    expect(value(parseDate('Sept 5 1999'))).toBe('1999-09-05');
    expect(value(parseDate('1/23/69'))).toBe('1969-01-23');
    expect(value(parseDate('1/23/68'))).toBe('2068-01-23');
  });

  it('refuses dates that do not exist', () => {
    expect(parseDate('2/30/23').problem?.message).toBe('"2/30/23" is not a date: February 2023 has 28 days.');
    expect(code(parseDate('13/13/23'))).toBe('invalid_date');
    expect(code(parseDate('soon'))).toBe('invalid_date');
  });

  it('reads Excel serial numbers only when the file is a workbook', () => {
    expect(value(parseDate('44949', { excelSerials: true }))).toBe('2023-01-23');
    expect(parseDate('44949').problem?.message).toMatch(/Excel date serial/);
  });

  it('gives null for an empty cell', () => {
    expect(parseDate('  ')).toEqual({ value: null });
  });
});

describe('money', () => {
  it('reads amounts to two-decimal text', () => {
    expect(value(parseMoney('$12.58'))).toBe('12.58');
    expect(value(parseMoney('1,299.00'))).toBe('1299.00');
    expect(value(parseMoney('1299'))).toBe('1299.00');
    expect(value(parseMoney('12.5'))).toBe('12.50');
    expect(value(parseMoney('EUR 1,299.5'))).toBe('1299.50');
    expect(value(parseMoney('12.500'))).toBe('12.50');
    expect(value(parseMoney('(12.50)'))).toBe('-12.50');
    expect(value(parseMoney('-$3.00'))).toBe('-3.00');
    expect(value(parseMoney("1'299.00"))).toBe('1299.00');
  });

  it('reads a decimal comma when the file uses one', () => {
    const comma = { decimalSeparator: ',' as const };
    expect(value(parseMoney('1.299,00', comma))).toBe('1299.00');
    expect(value(parseMoney('12,5 €', comma))).toBe('12.50');
    expect(value(parseMoney('1 299,99', comma))).toBe('1299.99');
  });

  it('refuses a decimal comma in a decimal-point file, saying which setting to change', () => {
    const parsed = parseMoney('1.299,00');
    expect(code(parsed)).toBe('invalid_amount');
    expect(parsed.problem?.message).toMatch(/set the decimal separator to comma/);
    expect(code(parseMoney('12,50'))).toBe('invalid_amount');
  });

  it('refuses more than two decimals rather than rounding', () => {
    expect(code(parseMoney('12.345'))).toBe('too_many_decimals');
  });

  it('refuses Excel scientific notation and words', () => {
    expect(code(parseMoney('1.2E+05'))).toBe('scientific_notation');
    expect(code(parseMoney('twelve'))).toBe('invalid_amount');
    expect(code(parseMoney('abc12'))).toBe('invalid_amount');
  });

  it('sums exactly in cents', () => {
    const total = ['0.10', '0.20', '1299.99', '-0.29'].reduce((sum, v) => sum + moneyToCents(v), 0n);
    expect(centsToMoney(total)).toBe('1300.00');
    expect(centsToMoney(-5n)).toBe('-0.05');
  });
});

describe('identifiers', () => {
  it('refuses numbers Excel turned into scientific notation, saying the digits are lost', () => {
    expect(parseIdentifier('6.37702E+15').problem).toEqual({
      code: 'scientific_notation',
      message:
        '"6.37702E+15": Excel turned this into scientific notation: the original digits are lost; re-export the column as text.',
    });
    expect(value(parseIdentifier('  1786VM80X07 '))).toBe('1786VM80X07');
    expect(value(parseIdentifier('E12E+5X'))).toBe('E12E+5X');
  });

  it('refuses a tag with spaces', () => {
    expect(code(parseTag('QM 1'))).toBe('invalid_tag');
    expect(value(parseTag('ICC-2065556'))).toBe('ICC-2065556');
  });
});

describe('other values', () => {
  it('reads yes/no words in any case, and reports "sometimes"', () => {
    for (const word of ['YES', 'yes', 'true', 'TRUE', 'y', '1']) expect(value(parseBoolean(word))).toBe(true);
    for (const word of ['NO', 'no', 'false', 'FALSE', 'n', '0']) expect(value(parseBoolean(word))).toBe(false);
    expect(parseBoolean('sometimes').problem).toEqual({
      code: 'invalid_boolean',
      message: '"sometimes" is not yes or no (write yes/no, true/false or 1/0).',
    });
  });

  it('reads whole numbers with grouping and a spreadsheet\'s ".0"', () => {
    expect(value(parseInteger('14'))).toBe(14);
    expect(value(parseInteger('1,200'))).toBe(1200);
    expect(value(parseInteger('36.0'))).toBe(36);
    expect(code(parseInteger('1.5'))).toBe('invalid_integer');
    expect(code(parseInteger('700', { min: 0, max: 600 }))).toBe('out_of_range');
  });

  it('reads e-mail addresses, lower-cased', () => {
    expect(value(parseEmail('GMcCrackem2a@Bing.com'))).toBe('gmccrackem2a@bing.com');
    expect(code(parseEmail('not an address'))).toBe('invalid_email');
  });

  it("reads statuses by our names and the preset's", () => {
    const names = statusNames({ 'Ready to Deploy': 'in_stock' });
    expect(value(parseStatus('In use', names))).toBe('in_use');
    expect(value(parseStatus('on_order', names))).toBe('on_order');
    expect(value(parseStatus('ready to deploy', names))).toBe('in_stock');
    expect(code(parseStatus('Borrowed', names))).toBe('unknown_status');
  });

  it('reads check-out types and currencies', () => {
    expect(value(parseCheckoutType('User'))).toBe('person');
    expect(value(parseCheckoutType('Location'))).toBe('location');
    expect(code(parseCheckoutType('Friend'))).toBe('invalid_checkout_type');
    expect(value(parseCurrency('eur'))).toBe('EUR');
    expect(value(parseCurrency('£'))).toBe('GBP');
    expect(code(parseCurrency('$'))).toBe('invalid_currency');
  });
});
