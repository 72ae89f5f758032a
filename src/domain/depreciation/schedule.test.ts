/**
 * What the schedule, valueAt, expenseBetween and the forecast mean: periods and fiscal years,
 * month-end recognition against daily accrual, inclusive date ranges, cumulative rounding.
 */
import { describe, expect, it } from 'vitest';
import {
  DepreciationInputError,
  buildSchedule,
  expenseBetween,
  expenseByFiscalYear,
  prepareDepreciation,
  valueAt,
  type DepreciationProfile,
} from './index.js';

const sl: DepreciationProfile = {
  method: 'straight_line',
  lifeMonths: 36,
  salvage: { percent: 10 },
  convention: 'full_month',
  fiscalYearStartMonth: 7,
};
const laptop = { cost: '1299.00', inServiceDate: '2023-08-17' };

describe('the schedule', () => {
  it('has one period per month with its fiscal year (named by the year it ends) and period number', () => {
    const s = buildSchedule(sl, laptop);
    expect(s.cost).toBe(129900);
    expect(s.salvage).toBe(12990);
    expect(s.depreciable).toBe(116910);
    expect(s.periods).toHaveLength(36);
    expect(s.periods[0]).toEqual({
      start: '2023-08-01',
      end: '2023-08-31',
      fiscalYear: 2024,
      fiscalPeriod: 2,
      expense: 3248,
      accumulated: 3248,
      bookValue: 126652,
    });
    expect(s.periods.at(-1)).toMatchObject({ end: '2026-07-31', fiscalYear: 2027, fiscalPeriod: 1, bookValue: 12990 });
  });

  it('rolls up by fiscal year with the whole year bounds and opening and closing book values', () => {
    const s = buildSchedule(sl, laptop);
    expect(s.byFiscalYear.map((y) => [y.fiscalYear, y.start, y.end, y.expense])).toEqual([
      // 11 months of 32.475 = 357.225 → 357.23; 23 months = 746.925 → 746.93; 35 months = 1,136.625 → 1,136.63.
      [2024, '2023-07-01', '2024-06-30', 35723],
      [2025, '2024-07-01', '2025-06-30', 38970],
      [2026, '2025-07-01', '2026-06-30', 38970],
      [2027, '2026-07-01', '2027-06-30', 3247],
    ]);
    expect(s.byFiscalYear[1]).toMatchObject({ openingBookValue: 94177, bookValue: 55207, accumulated: 74693 });
  });

  it('rounds the accumulated amount, not each period: 32.475 a month becomes 32.48, 32.47, ...', () => {
    // 1,169.10 over 36 months is 32.475 a month; the months alternate and the total is exact.
    const s = buildSchedule(sl, laptop);
    expect(s.periods.slice(0, 4).map((p) => p.expense)).toEqual([3248, 3247, 3248, 3247]);
    expect(new Set(s.periods.map((p) => p.expense))).toEqual(new Set([3247, 3248]));
  });

  it('may make a fiscal year a cent off rounding that year alone: SYD year 3 is 3,272.72 where SYD() shows 3,272.73', () => {
    const years = buildSchedule(
      {
        method: 'sum_of_years_digits',
        lifeMonths: 120,
        salvage: { amount: '7500' },
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      },
      { cost: '30000', inServiceDate: '2020-01-01' },
    ).byFiscalYear.map((y) => y.expense);
    // Accumulated after year 3 is exactly 11,045.4545...: the books show 11,045.45.
    expect(years.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(1104545);
    expect(years[2]).toBe(327272);
  });

  it('is empty for no depreciation, a zero cost, or salvage equal to cost', () => {
    const none: DepreciationProfile = { method: 'none', fiscalYearStartMonth: 1 };
    expect(buildSchedule(none, laptop)).toMatchObject({ periods: [], byFiscalYear: [], depreciable: 0, salvage: 0 });
    expect(buildSchedule(sl, { ...laptop, cost: '0' }).periods).toEqual([]);
    expect(buildSchedule({ ...sl, salvage: { percent: '100' } }, laptop).periods).toEqual([]);
    expect(valueAt(none, laptop, '2030-01-01')).toEqual({ date: '2030-01-01', accumulated: 0, bookValue: 129900 });
  });

  it('takes the cost in cents as well as a decimal string', () => {
    expect(buildSchedule(sl, { costCents: 129900, inServiceDate: laptop.inServiceDate })).toEqual(
      buildSchedule(sl, laptop),
    );
    expect(buildSchedule(sl, { costCents: 129900n, inServiceDate: laptop.inServiceDate })).toEqual(
      buildSchedule(sl, laptop),
    );
  });
});

describe('value at a date', () => {
  it('month-based conventions recognise a month on its last day', () => {
    expect(valueAt(sl, laptop, '2023-08-16').accumulated).toBe(0);
    expect(valueAt(sl, laptop, '2023-08-30').accumulated).toBe(0);
    expect(valueAt(sl, laptop, '2023-08-31').accumulated).toBe(3248);
    expect(valueAt(sl, laptop, '2023-09-15').accumulated).toBe(3248);
    expect(valueAt(sl, laptop, '2099-01-01')).toEqual({ date: '2099-01-01', accumulated: 116910, bookValue: 12990 });
  });

  it('actual days accrue by the day', () => {
    const daily = { ...sl, convention: 'actual_days' as const, salvage: null, lifeMonths: 12 };
    const asset = { cost: '365.00', inServiceDate: '2023-01-01' };
    expect(valueAt(daily, asset, '2022-12-31').accumulated).toBe(0);
    expect(valueAt(daily, asset, '2023-01-01').accumulated).toBe(100);
    expect(valueAt(daily, asset, '2023-03-10').accumulated).toBe(6900);
    expect(valueAt(daily, asset, '2023-12-31').accumulated).toBe(36500);
  });

  it('refuses a date that is not a date, naming the field', () => {
    expect(() => valueAt(sl, laptop, '2023-02-30')).toThrow(DepreciationInputError);
    try {
      valueAt(sl, laptop, '31/01/2024');
    } catch (error) {
      expect((error as DepreciationInputError).errors).toEqual([{ field: 'date', message: expect.any(String) }]);
    }
  });
});

describe('expense between dates and the forecast', () => {
  it('includes both days, so consecutive ranges add up', () => {
    expect(expenseBetween(sl, laptop, '2023-07-01', '2024-06-30')).toBe(35723);
    expect(
      expenseBetween(sl, laptop, '2023-07-01', '2023-12-31') + expenseBetween(sl, laptop, '2024-01-01', '2024-06-30'),
    ).toBe(35723);
    expect(expenseBetween(sl, laptop, '2023-08-01', '2023-08-31')).toBe(3248);
    expect(expenseBetween(sl, laptop, '2023-08-31', '2023-08-31')).toBe(3248);
    expect(expenseBetween(sl, laptop, '2023-08-01', '2023-08-30')).toBe(0);
  });

  it('refuses an end before the start', () => {
    expect(() => expenseBetween(sl, laptop, '2024-01-02', '2024-01-01')).toThrow(
      /to: The end date is before the start/,
    );
  });

  it('forecasts the expense of the next fiscal years, zero once the life is over', () => {
    expect(expenseByFiscalYear(sl, laptop, 2025, 4).map((y) => [y.fiscalYear, y.start, y.expense])).toEqual([
      [2025, '2024-07-01', 38970],
      [2026, '2025-07-01', 38970],
      [2027, '2026-07-01', 3247],
      [2028, '2027-07-01', 0],
    ]);
    expect(() => expenseByFiscalYear(sl, laptop, 2025, -1)).toThrow(DepreciationInputError);
  });

  it('answers many questions from one preparation', () => {
    const d = prepareDepreciation(sl, laptop);
    expect(d.cost).toBe(129900);
    expect(d.fiscalYearStartMonth).toBe(7);
    expect(d.valueAt('2024-06-30').accumulated).toBe(35723);
    expect(d.schedule()).toEqual(buildSchedule(sl, laptop));
  });
});
