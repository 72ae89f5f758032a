/**
 * Each method under each convention, on small figures worked by hand: what a month, a fiscal
 * year and the end of the life get.
 */
import { describe, expect, it } from 'vitest';
import { buildSchedule, valueAt, type DepreciationProfile } from '../index.js';
import { rateFromSalvage } from './declining-balance.js';
import { Ratio } from '../rational.js';

const base = { fiscalYearStartMonth: 1, salvage: null } as const;
const fy = (p: DepreciationProfile, cost: string, date: string) =>
  buildSchedule(p, { cost, inServiceDate: date }).byFiscalYear.map((y) => y.expense);
const months = (p: DepreciationProfile, cost: string, date: string) =>
  buildSchedule(p, { cost, inServiceDate: date }).periods.map((x) => x.expense);

describe('straight line', () => {
  const sl = (convention: DepreciationProfile['convention'], lifeMonths = 12): DepreciationProfile => ({
    ...base,
    method: 'straight_line',
    lifeMonths,
    convention,
  });

  it('full month: the in-service month counts in full, whatever the day', () => {
    expect(months(sl('full_month'), '1200.00', '2024-03-31')).toEqual(Array(12).fill(10000));
  });

  it('mid-month: half of the first month, half of the month after the life', () => {
    expect(months(sl('mid_month'), '1200.00', '2024-03-01')).toEqual([5000, ...Array(11).fill(10000), 5000]);
  });

  it('half-year: six months in the first fiscal year whatever the date, the other six in the last', () => {
    // In service in October: the first year's half (600.00) is spread over October-December.
    const p = sl('half_year', 24);
    expect(fy(p, '2400.00', '2024-10-15')).toEqual([60000, 120000, 60000]);
    expect(months(p, '2400.00', '2024-10-15').slice(0, 4)).toEqual([20000, 20000, 20000, 10000]);
    // Placed in the last month of a July fiscal year: all of the first half year lands in June.
    expect(fy({ ...p, fiscalYearStartMonth: 7 }, '2400.00', '2024-06-03')).toEqual([60000, 120000, 60000]);
  });

  it('actual days: by the day, from the in-service date to the same day a life later', () => {
    // 10 January 2024 to 9 January 2025 is 366 days: 1.00 a day.
    const p = sl('actual_days');
    expect(months(p, '366.00', '2024-01-10')).toEqual([
      2200, 2900, 3100, 3000, 3100, 3000, 3100, 3100, 3000, 3100, 3000, 3100, 900,
    ]);
    expect(valueAt(p, { cost: '366.00', inServiceDate: '2024-01-10' }, '2024-01-10').accumulated).toBe(100);
    expect(valueAt(p, { cost: '366.00', inServiceDate: '2024-01-10' }, '2024-02-14').accumulated).toBe(3600);
  });

  it('spreads 100.00 over 3 months as 33.33, 33.34, 33.33: each within a cent, summing exactly', () => {
    expect(months(sl('full_month', 3), '100.00', '2024-01-01')).toEqual([3333, 3334, 3333]);
  });
});

describe("sum of the years' digits", () => {
  const syd = (
    lifeMonths: number,
    convention: DepreciationProfile['convention'] = 'full_month',
  ): DepreciationProfile => ({
    ...base,
    method: 'sum_of_years_digits',
    lifeMonths,
    convention,
  });

  it('shares a year of life between the fiscal years it straddles', () => {
    // 3 years: 3000, 2000, 1000 by year of life; from July, each fiscal year gets half of two.
    expect(fy(syd(36), '6000.00', '2024-07-01')).toEqual([150000, 250000, 150000, 50000]);
  });

  it('spreads a year of life evenly over its months', () => {
    expect(months(syd(24), '3600.00', '2024-01-01')).toEqual([...Array(12).fill(20000), ...Array(12).fill(10000)]);
  });

  it('weighs a part-year at the end of a life that is not whole years by f(f + 1)/2', () => {
    // 18 months = 1.5 years: weights 1.5 and 0.375 of 1.875: 80% then 20%.
    expect(fy(syd(18), '1000.00', '2024-01-01')).toEqual([80000, 20000]);
  });

  it('counts years of life by anniversary under actual days', () => {
    // 2 years from 1 March 2024: the first year of life (366 days) takes 2/3.
    const s = buildSchedule(syd(24, 'actual_days'), { cost: '3000.00', inServiceDate: '2024-03-01' });
    expect(
      valueAt(syd(24, 'actual_days'), { cost: '3000.00', inServiceDate: '2024-03-01' }, '2025-02-28').accumulated,
    ).toBe(200000);
    expect(s.periods.reduce((a, p) => a + p.expense, 0)).toBe(300000);
  });
});

describe('declining balance', () => {
  const db = (extra: Partial<DepreciationProfile>): DepreciationProfile => ({
    ...base,
    method: 'declining_balance',
    lifeMonths: 60,
    convention: 'full_month',
    ...extra,
  });

  it('double declining switching to straight line when that gives more', () => {
    expect(fy(db({ decliningFactor: 2, switchToStraightLine: true }), '10000.00', '2024-01-01')).toEqual([
      400000, 240000, 144000, 108000, 108000,
    ]);
  });

  it('without the switch, the last year takes the book value down to salvage', () => {
    expect(fy(db({ decliningFactor: 2 }), '10000.00', '2024-01-01')).toEqual([400000, 240000, 144000, 86400, 129600]);
  });

  it("with endOfLife 'as_computed', keeps the formula's last figure and the residue in book value", () => {
    const p = db({ decliningFactor: 2, endOfLife: 'as_computed' });
    expect(fy(p, '10000.00', '2024-01-01')).toEqual([400000, 240000, 144000, 86400, 51840]);
    expect(valueAt(p, { cost: '10000.00', inServiceDate: '2024-01-01' }, '2030-01-01').bookValue).toBe(77760);
  });

  it('never goes below salvage, stopping early when the rate gets there first', () => {
    // Rate 100% a year with 1,000.00 salvage: the first year reaches salvage; no empty periods after.
    const s = buildSchedule(db({ rate: 1, salvage: { amount: '1000.00' } }), {
      cost: '10000.00',
      inServiceDate: '2024-01-01',
    });
    expect(s.byFiscalYear.map((y) => y.expense)).toEqual([900000]);
    expect(s.periods).toHaveLength(12);
    expect(s.periods.at(-1)!.bookValue).toBe(100000);
  });

  it('applies a fixed annual rate to the opening book value of each fiscal year, prorating the first', () => {
    // 25% a year from 1 October: 3 months in the first year, 9 in the fourth.
    // 62.50; 937.50 × 25% = 234.375; 703.125 × 25% = 175.78125; 527.34375 × 25% × 9/12 = 98.877.
    expect(fy(db({ rate: '0.25', lifeMonths: 36, endOfLife: 'as_computed' }), '1000.00', '2024-10-01')).toEqual([
      6250, 23438, 17578, 9887,
    ]);
  });

  it('derives the spreadsheet DB rate from salvage, rounded to three decimals', () => {
    expect(rateFromSalvage(Ratio.of(100_000_000), Ratio.of(10_000_000), 72).toString()).toBe('319/1000');
    expect(rateFromSalvage(Ratio.of(0), Ratio.of(0), 72).isZero()).toBe(true);
  });

  it('prorates fiscal years by days under actual days, leap years included', () => {
    const p = db({ decliningFactor: 2, lifeMonths: 120, convention: 'actual_days' });
    const s = buildSchedule(p, { cost: '2400.00', inServiceDate: '2024-01-01' });
    expect(s.byFiscalYear[0]!.expense).toBe(48000);
    // January: 31 of 366 days of the 480.00.
    expect(s.periods[0]!.expense).toBe(Math.round((48000 * 31) / 366));
  });

  it('is the MACRS rule when set to 200% with the half-year convention and the switch', () => {
    const p = db({ decliningFactor: 2, switchToStraightLine: true, convention: 'half_year' });
    expect(fy(p, '100000.00', '2024-03-01')).toEqual([2000000, 3200000, 1920000, 1152000, 1152000, 576000]);
  });
});

describe('MACRS by month', () => {
  const macrs = (macrsConvention: 'half_year' | 'mid_quarter'): DepreciationProfile => ({
    method: 'macrs_gds',
    macrsClass: 5,
    macrsConvention,
    fiscalYearStartMonth: 1,
  });

  it('spreads the first recovery year from the in-service month to the year end, the last over the half year', () => {
    const s = buildSchedule(macrs('half_year'), { cost: '1000.00', inServiceDate: '2024-11-20' });
    expect(s.periods.slice(0, 2).map((p) => p.expense)).toEqual([10000, 10000]);
    expect(s.periods.at(-1)!.end).toBe('2029-06-30');
    expect(s.periods.slice(-6).map((p) => p.expense)).toEqual(Array(6).fill(960));
  });

  it('ends recovery in the middle month of the quarter under mid-quarter', () => {
    // Placed in Q4 of 2024: recovery ends 10.5 months into the sixth tax year (2029): the last runs to November.
    const s = buildSchedule(macrs('mid_quarter'), { cost: '1000.00', inServiceDate: '2024-12-05' });
    expect(s.periods[0]!.expense).toBe(5000);
    expect(s.periods.at(-1)!.end).toBe('2029-11-30');
    expect(s.byFiscalYear.at(-1)!.expense).toBe(9580);
  });
});
