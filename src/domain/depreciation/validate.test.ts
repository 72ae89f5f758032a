/**
 * Validation names the field and says what is wrong, for every refusal the API will turn into a
 * 400; the other functions throw the same list.
 */
import { describe, expect, it } from 'vitest';
import {
  DepreciationInputError,
  buildSchedule,
  validateAsset,
  validateDepreciationInput,
  validateProfile,
  type DepreciationProfile,
} from './index.js';

const asset = { cost: '1000.00', inServiceDate: '2024-01-15' };
const sl: DepreciationProfile = {
  method: 'straight_line',
  lifeMonths: 36,
  convention: 'full_month',
  fiscalYearStartMonth: 1,
};
const fields = (profile: unknown, a: unknown = asset) =>
  validateDepreciationInput(profile as DepreciationProfile, a as typeof asset).map((e) => e.field);

describe('profile validation', () => {
  it('accepts a complete profile of every method', () => {
    expect(validateProfile(sl)).toEqual([]);
    expect(validateProfile({ ...sl, method: 'sum_of_years_digits', salvage: { percent: '12.5' } })).toEqual([]);
    expect(
      validateProfile({ ...sl, method: 'declining_balance', decliningFactor: 1.5, switchToStraightLine: true }),
    ).toEqual([]);
    expect(
      validateProfile({ ...sl, method: 'declining_balance', rate: 'from_salvage', endOfLife: 'as_computed' }),
    ).toEqual([]);
    expect(
      validateProfile({ method: 'macrs_gds', macrsClass: 7, macrsConvention: 'mid_quarter', fiscalYearStartMonth: 10 }),
    ).toEqual([]);
    expect(validateProfile({ method: 'none', fiscalYearStartMonth: 1 })).toEqual([]);
  });

  it('refuses an unknown method and a fiscal year start outside 1-12', () => {
    expect(fields({ ...sl, method: 'units_of_production' })).toEqual(['method']);
    expect(fields({ ...sl, fiscalYearStartMonth: 13 })).toEqual(['fiscalYearStartMonth']);
    expect(fields({ ...sl, fiscalYearStartMonth: undefined })).toEqual(['fiscalYearStartMonth']);
  });

  it('needs a life above zero, in whole months, and a convention', () => {
    expect(fields({ ...sl, lifeMonths: 0 })).toEqual(['lifeMonths']);
    expect(fields({ ...sl, lifeMonths: -12 })).toEqual(['lifeMonths']);
    expect(fields({ ...sl, lifeMonths: 12.5 })).toEqual(['lifeMonths']);
    expect(fields({ ...sl, lifeMonths: undefined })).toEqual(['lifeMonths']);
    expect(fields({ ...sl, convention: 'mid_year' })).toEqual(['convention']);
    expect(fields({ ...sl, convention: null })).toEqual(['convention']);
    expect(validateProfile({ ...sl, lifeMonths: 0 })[0]!.message).toMatch(/from 1 to 1200/);
  });

  it('checks the salvage value: one form, in range, not above cost', () => {
    expect(fields({ ...sl, salvage: { amount: '12.345' } })).toEqual(['salvage.amount']);
    expect(fields({ ...sl, salvage: { amount: '-5' } })).toEqual(['salvage.amount']);
    expect(fields({ ...sl, salvage: { percent: 101 } })).toEqual(['salvage.percent']);
    expect(fields({ ...sl, salvage: { amountCents: 1.5 } })).toEqual(['salvage.amountCents']);
    expect(fields({ ...sl, salvage: { amount: '1', percent: '1' } })).toEqual(['salvage']);
    expect(fields({ ...sl, salvage: 'none' })).toEqual(['salvage']);
    expect(fields({ ...sl, salvage: { amount: '1000.01' } })).toEqual(['salvage.amount']);
    expect(fields({ ...sl, salvage: { amountCents: 100001 } })).toEqual(['salvage.amountCents']);
    expect(validateDepreciationInput({ ...sl, salvage: { amount: '1000.01' } }, asset)[0]!.message).toBe(
      'The salvage value (1000.01) is more than the cost (1000.00).',
    );
    expect(fields({ ...sl, salvage: { amount: '1000.00' } })).toEqual([]);
  });

  it('needs exactly one of a declining factor or a rate for declining balance, in range', () => {
    const db = { ...sl, method: 'declining_balance' };
    expect(fields(db)).toEqual(['decliningFactor']);
    expect(fields({ ...db, decliningFactor: 2, rate: 0.4 })).toEqual(['rate']);
    expect(fields({ ...db, decliningFactor: 0 })).toEqual(['decliningFactor']);
    expect(fields({ ...db, decliningFactor: 'double' })).toEqual(['decliningFactor']);
    expect(fields({ ...db, rate: 1.5 })).toEqual(['rate']);
    expect(fields({ ...db, rate: 0 })).toEqual(['rate']);
    expect(fields({ ...db, decliningFactor: 2, switchToStraightLine: 'yes' })).toEqual(['switchToStraightLine']);
    expect(fields({ ...db, decliningFactor: 2, endOfLife: 'never' })).toEqual(['endOfLife']);
    expect(fields({ ...db, rate: 'from_salvage' })).toEqual(['rate']);
    expect(
      validateDepreciationInput({ ...sl, method: 'declining_balance', rate: 'from_salvage' }, asset)[0]!.message,
    ).toMatch(/salvage value above zero/);
  });

  it('refuses declining-balance and MACRS fields on other methods rather than ignoring them', () => {
    expect(fields({ ...sl, decliningFactor: 2 })).toEqual(['decliningFactor']);
    expect(fields({ ...sl, switchToStraightLine: false })).toEqual(['switchToStraightLine']);
    expect(fields({ ...sl, macrsClass: 5 })).toEqual(['macrsClass']);
    expect(fields({ ...sl, decliningFactor: null, macrsClass: null })).toEqual([]);
  });

  it('needs a MACRS class of 3, 5, 7, 10, 15 or 20 and a MACRS convention; no salvage, no other convention', () => {
    const macrs = { method: 'macrs_gds', macrsClass: 5, macrsConvention: 'half_year', fiscalYearStartMonth: 1 };
    expect(fields(macrs)).toEqual([]);
    expect(fields({ ...macrs, macrsClass: 4 })).toEqual(['macrsClass']);
    expect(fields({ ...macrs, macrsClass: undefined })).toEqual(['macrsClass']);
    expect(validateProfile({ ...macrs, macrsClass: 27 } as unknown as DepreciationProfile)[0]!.message).toBe(
      'MACRS needs a property class of 3, 5, 7, 10, 15, 20 years.',
    );
    expect(fields({ ...macrs, macrsConvention: 'mid_month' })).toEqual(['macrsConvention']);
    expect(fields({ ...macrs, lifeMonths: 84 })).toEqual(['lifeMonths']);
    expect(fields({ ...macrs, lifeMonths: 60 })).toEqual([]);
    expect(fields({ ...macrs, salvage: { amount: '10' } })).toEqual(['salvage']);
    expect(fields({ ...macrs, salvage: { percent: 0 } })).toEqual([]);
    expect(fields({ ...macrs, convention: 'half_year' })).toEqual(['convention']);
  });

  it('reports every problem at once', () => {
    expect(fields({ method: 'declining_balance', fiscalYearStartMonth: 0, lifeMonths: 0 }, { cost: 'abc' })).toEqual([
      'fiscalYearStartMonth',
      'lifeMonths',
      'convention',
      'decliningFactor',
      'cost',
      'inServiceDate',
    ]);
  });
});

describe('asset validation', () => {
  it('needs one cost, two decimals at most, within numeric(14,2), and a real in-service date', () => {
    expect(validateAsset(asset)).toEqual([]);
    expect(validateAsset({ cost: '1,299.00', inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual(['cost']);
    expect(validateAsset({ cost: '1299.001', inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual(['cost']);
    expect(validateAsset({ cost: '1000000000000.00', inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual([
      'cost',
    ]);
    expect(validateAsset({ costCents: -1, inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual(['costCents']);
    expect(validateAsset({ inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual(['cost']);
    expect(validateAsset({ cost: '1', costCents: 100, inServiceDate: '2024-01-01' }).map((e) => e.field)).toEqual([
      'cost',
    ]);
    expect(validateAsset({ cost: '1', inServiceDate: '2023-02-29' }).map((e) => e.field)).toEqual(['inServiceDate']);
    expect(validateAsset({ cost: '1', inServiceDate: '2024-1-5' }).map((e) => e.field)).toEqual(['inServiceDate']);
  });

  it('makes the engine throw DepreciationInputError with the same list', () => {
    try {
      buildSchedule({ ...sl, lifeMonths: 0 }, { cost: 'x', inServiceDate: '2024-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DepreciationInputError);
      expect((error as DepreciationInputError).errors.map((e) => e.field)).toEqual(['lifeMonths', 'cost']);
      expect((error as Error).message).toMatch(/^lifeMonths: /);
    }
  });
});
