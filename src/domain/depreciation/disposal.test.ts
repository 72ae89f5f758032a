/** Disposal: proceeds against the book value on the day give the gain or loss. */
import { describe, expect, it } from 'vitest';
import { DepreciationInputError, disposalGainLoss, disposeAt, type DepreciationProfile } from './index.js';

const sl: DepreciationProfile = {
  method: 'straight_line',
  lifeMonths: 36,
  convention: 'full_month',
  fiscalYearStartMonth: 1,
};
const asset = { cost: '3600.00', inServiceDate: '2024-01-20' };

describe('disposal', () => {
  it('is a gain above book value, a loss below, nothing at it', () => {
    expect(disposalGainLoss(100000, 125050)).toEqual({ gainLoss: 25050, kind: 'gain' });
    expect(disposalGainLoss(100000, 0)).toEqual({ gainLoss: -100000, kind: 'loss' });
    expect(disposalGainLoss(100000n, 100000n)).toEqual({ gainLoss: 0, kind: 'none' });
  });

  it('uses the book value at the end of the disposal day: no depreciation in the month of disposal', () => {
    // 100.00 a month from January 2024; sold 15 July 2024, after six months.
    expect(disposeAt(sl, asset, '2024-07-15', 300000)).toEqual({
      date: '2024-07-15',
      accumulated: 60000,
      bookValue: 300000,
      proceeds: 300000,
      gainLoss: 0,
      kind: 'none',
    });
    expect(disposeAt(sl, asset, '2024-07-31', 0)).toMatchObject({ bookValue: 290000, gainLoss: -290000, kind: 'loss' });
  });

  it('counts to the day under actual days', () => {
    const daily = { ...sl, convention: 'actual_days' as const, lifeMonths: 12 };
    const d = disposeAt(daily, { cost: '366.00', inServiceDate: '2024-01-01' }, '2024-01-31', 40000);
    expect(d).toMatchObject({ accumulated: 3100, bookValue: 33500, gainLoss: 6500, kind: 'gain' });
  });

  it('refuses negative or fractional proceeds', () => {
    expect(() => disposeAt(sl, asset, '2024-07-15', -1)).toThrow(DepreciationInputError);
    expect(() => disposeAt(sl, asset, '2024-07-15', 10.5)).toThrow(/proceeds/);
  });
});
