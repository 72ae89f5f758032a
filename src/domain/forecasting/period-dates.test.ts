import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, monthOffsetToDate } from './period-dates.js';

describe('months and dates', () => {
  it('turns YYYY-MM into a month index and back', () => {
    expect(monthIndex('2002-03')).toBe(2002 * 12 + 2);
    expect(monthLabel(monthIndex('1998-12'))).toBe('1998-12');
    expect(monthLabel(monthIndex('1999-01'))).toBe('1999-01');
  });

  it('dates a fractional month offset by the share of that month’s days', () => {
    expect(monthOffsetToDate('2002-03', 0)).toBe('2002-03-01');
    expect(monthOffsetToDate('2002-03', 2.5)).toBe('2002-05-16'); // May has 31 days
    expect(monthOffsetToDate('2024-01', 1.5)).toBe('2024-02-15'); // February 2024 has 29
    expect(monthOffsetToDate('2002-11', 2)).toBe('2003-01-01');
    expect(monthOffsetToDate(monthIndex('2002-11'), 1.999)).toBe('2002-12-31');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthIndex('2002-13')).toThrow(RangeError);
    expect(() => monthIndex('2002-3')).toThrow(RangeError);
  });
});
