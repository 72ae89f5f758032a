/**
 * A change of method or estimate mid-life is explicit (profile.changes) and prospective; the
 * changes that cannot be handled that way are refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { buildSchedule, validateDepreciationInput, valueAt, type DepreciationProfile } from './index.js';

const asset = { cost: '12000.00', inServiceDate: '2022-01-10' };
const sl: DepreciationProfile = {
  method: 'straight_line',
  lifeMonths: 60,
  convention: 'full_month',
  fiscalYearStartMonth: 1,
};
const withChange = (effective: string, profile: DepreciationProfile): DepreciationProfile => ({
  ...sl,
  changes: [{ effective, profile }],
});
const fields = (p: DepreciationProfile) => validateDepreciationInput(p, asset).map((e) => e.field);

describe('a change of profile mid-life', () => {
  it('leaves the past alone and depreciates the book value then by the new method over what is left of the life', () => {
    // Straight line 200.00 a month for 2022-2023 (4,800.00), then double declining on 7,200.00 over 36 months.
    const p = withChange('2024-01-01', {
      method: 'declining_balance',
      decliningFactor: 2,
      switchToStraightLine: true,
      lifeMonths: 60,
      convention: 'full_month',
      fiscalYearStartMonth: 1,
    });
    const s = buildSchedule(p, asset);
    expect(valueAt(p, asset, '2023-12-31')).toEqual(valueAt(sl, asset, '2023-12-31'));
    expect(s.byFiscalYear.slice(0, 2).map((y) => y.expense)).toEqual([240000, 240000]);
    // 7,200.00 at 2/3 a year (factor 2 over the 3 remaining years): 4,800.00; then 1,600.00 (more
    // than 2,400.00 / 2 on straight line); then straight line takes the last 800.00.
    expect(s.byFiscalYear.slice(2).map((y) => y.expense)).toEqual([480000, 160000, 80000]);
    expect(s.depreciable).toBe(1200000);
  });

  it('can lengthen the life and take a new salvage value (a change of estimate)', () => {
    const p = withChange('2024-01-01', { ...sl, lifeMonths: 84, salvage: { amount: '1200.00' } });
    const s = buildSchedule(p, asset);
    // 7,200.00 − 1,200.00 over the 60 months left of 84: 100.00 a month.
    expect(s.periods.find((x) => x.start === '2024-01-01')!.expense).toBe(10000);
    expect(s.periods.at(-1)).toMatchObject({ end: '2028-12-31', bookValue: 120000 });
    expect(s.salvage).toBe(120000);
  });

  it('stops depreciation on a change to none (held for sale) and starts it from none', () => {
    const stop = buildSchedule(withChange('2023-01-01', { method: 'none', fiscalYearStartMonth: 1 }), asset);
    expect(stop.periods.at(-1)).toMatchObject({ end: '2022-12-31', bookValue: 960000 });
    const start = buildSchedule(
      { method: 'none', fiscalYearStartMonth: 1, changes: [{ effective: '2023-01-01', profile: sl }] },
      asset,
    );
    expect(start.periods.find((x) => x.expense > 0)!.start).toBe('2023-01-01');
    expect(start.periods.at(-1)).toMatchObject({ end: '2026-12-31', bookValue: 0 });
    expect(start.periods[0]!.expense).toBe(25000);
  });

  it('replaces the profile from the start when the change takes effect in or before the in-service month', () => {
    const syd = { ...sl, method: 'sum_of_years_digits' as const };
    expect(buildSchedule(withChange('2022-01-01', syd), asset)).toEqual(buildSchedule(syd, asset));
  });

  it('applies several changes in order', () => {
    const p: DepreciationProfile = {
      ...sl,
      changes: [
        { effective: '2023-01-01', profile: { method: 'none', fiscalYearStartMonth: 1 } },
        { effective: '2024-01-01', profile: sl },
      ],
    };
    const s = buildSchedule(p, asset);
    expect(s.byFiscalYear.map((y) => y.expense)).toEqual([240000, 0, 320000, 320000, 320000]);
  });

  it('refuses changes to, from or within MACRS', () => {
    const macrs: DepreciationProfile = {
      method: 'macrs_gds',
      macrsClass: 5,
      macrsConvention: 'half_year',
      fiscalYearStartMonth: 1,
    };
    expect(fields(withChange('2024-01-01', macrs))).toEqual(['changes.0.profile.method']);
    expect(fields({ ...macrs, changes: [{ effective: '2024-01-01', profile: sl }] })).toEqual([
      'changes.0.profile.method',
    ]);
    expect(fields({ ...macrs, changes: [{ effective: '2024-01-01', profile: { ...macrs, macrsClass: 7 } }] })).toEqual([
      'changes.0.profile.method',
    ]);
  });

  it('refuses a change that does not start a period, out of order, or with another fiscal year', () => {
    expect(fields(withChange('2024-01-15', sl))).toEqual(['changes.0.effective']);
    expect(fields(withChange('2024-13-01', sl))).toEqual(['changes.0.effective']);
    expect(
      fields({
        ...sl,
        changes: [
          { effective: '2024-01-01', profile: sl },
          { effective: '2023-01-01', profile: sl },
        ],
      }),
    ).toEqual(['changes.1.effective']);
    expect(fields(withChange('2024-01-01', { ...sl, fiscalYearStartMonth: 7 }))).toEqual([
      'changes.0.profile.fiscalYearStartMonth',
    ]);
    expect(fields({ ...sl, changes: [{ effective: '2024-01-01', profile: { ...sl, changes: [] } }] })).toEqual([
      'changes.0.profile.changes',
    ]);
  });

  it('refuses a new salvage above the book value then, and a new life already over', () => {
    const salvage = validateDepreciationInput(
      withChange('2024-01-01', { ...sl, salvage: { amount: '8000.00' } }),
      asset,
    );
    expect(salvage).toEqual([
      {
        field: 'changes.0.profile.salvage.amount',
        message: 'The new salvage value (8000.00) is above the book value on 2024-01-01 (7200.00).',
      },
    ]);
    expect(fields(withChange('2024-01-01', { ...sl, lifeMonths: 24 }))).toEqual(['changes.0.profile.lifeMonths']);
    expect(fields(withChange('2024-01-01', { ...sl, lifeMonths: 25 }))).toEqual([]);
    expect(fields(withChange('2024-01-01', { ...sl, lifeMonths: 0 }))).toEqual(['changes.0.profile.lifeMonths']);
  });
});
