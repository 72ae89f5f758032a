/** The small exact helpers: fractions, money in cents, dates and fiscal years. */
import { describe, expect, it } from 'vitest';
import { Ratio, parseDecimal } from './rational.js';
import { formatCents, parseMoney } from './money.js';
import {
  addMonths,
  dayOfDate,
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearOfDate,
  fiscalPeriodOf,
  formatDay,
  monthIndex,
  parseDate,
} from './calendar.js';

describe('fractions', () => {
  it('parse decimals exactly, numbers through their shortest form', () => {
    expect(parseDecimal('0.319')!.equals(Ratio.of(319, 1000))).toBe(true);
    expect(parseDecimal(0.1)!.equals(Ratio.of(1, 10))).toBe(true);
    expect(parseDecimal('-2.50')!.equals(Ratio.of(-5, 2))).toBe(true);
    expect(parseDecimal('12.')!.equals(Ratio.of(12))).toBe(true);
    for (const bad of ['', '.', '1e3', '1,5', 'abc', Number.NaN, Infinity]) expect(parseDecimal(bad)).toBeUndefined();
  });

  it('round halves away from zero', () => {
    expect(Ratio.of(5, 2).round()).toBe(3n);
    expect(Ratio.of(-5, 2).round()).toBe(-3n);
    expect(Ratio.of(7, 3).round()).toBe(2n);
    expect(Ratio.of(-7, 3).floor()).toBe(-3n);
  });

  it('stay exact where floats drift: 0.1 + 0.2 = 0.3', () => {
    expect(parseDecimal('0.1')!.add(parseDecimal('0.2')!).equals(parseDecimal('0.3')!)).toBe(true);
    expect(Ratio.of(1, 3).mul(Ratio.of(3)).toString()).toBe('1');
    expect(() => Ratio.of(1, 0)).toThrow(RangeError);
  });
});

describe('money', () => {
  it('parses decimal amounts into cents and formats them back', () => {
    expect(parseMoney('1299')).toBe(129900n);
    expect(parseMoney('1299.5')).toBe(129950n);
    expect(parseMoney(' 0.07 ')).toBe(7n);
    for (const bad of ['-1', '1.234', '1,299.00', '$5', '', '1e3']) expect(parseMoney(bad)).toBeUndefined();
    expect(formatCents(129900)).toBe('1299.00');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(formatCents(99_999_999_999_999n)).toBe('999999999999.99');
  });
});

describe('dates and fiscal years', () => {
  it('round-trips every day of four centuries through day numbers', () => {
    for (let day = dayOfDate('1900-01-01'); day <= dayOfDate('2300-12-31'); day += 1) {
      const text = formatDay(day);
      if (text !== new Date(day * 86_400_000).toISOString().slice(0, 10))
        throw new Error(`formatDay(${day}) = ${text}`);
      if (dayOfDate(text) !== day) throw new Error(`dayOfDate(${text})`);
    }
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('2100-02-29')).toBeUndefined();
  });

  it('adds months the way spreadsheets do, clamping to the month end', () => {
    expect(formatDay(addMonths(dayOfDate('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatDay(addMonths(dayOfDate('2023-01-31'), 1))).toBe('2023-02-28');
    expect(formatDay(addMonths(dayOfDate('2024-02-29'), 12))).toBe('2025-02-28');
    expect(formatDay(addMonths(dayOfDate('2024-02-29'), 48))).toBe('2028-02-29');
  });

  it('names a fiscal year after the calendar year it ends in', () => {
    expect(fiscalYearOfDate('2023-07-01', 7)).toBe(2024);
    expect(fiscalYearOfDate('2023-06-30', 7)).toBe(2023);
    expect(fiscalYearOfDate('2023-12-31', 1)).toBe(2023);
    expect(fiscalYearOf(monthIndex(2024, 3), 4)).toBe(2024);
    expect(fiscalPeriodOf(monthIndex(2024, 3), 4)).toBe(12);
    expect(fiscalYearBounds(2024, 7)).toEqual({ start: '2023-07-01', end: '2024-06-30' });
    expect(fiscalYearBounds(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(fiscalYearBounds(2024, 3)).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });
});
