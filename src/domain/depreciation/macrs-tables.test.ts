/**
 * The typed-in MACRS tables: shape, sums, and agreement with the rule they were made from (200%
 * or 150% declining balance switching to straight line, half-year or mid-quarter), which catches
 * a mistyped figure anywhere, including the mid-quarter rows the reference fixture lacks.
 */
import { describe, expect, it } from 'vitest';
import { MACRS_HALF_YEAR, MACRS_MID_QUARTER, macrsPercentages } from './macrs-tables.js';
import { decliningBalanceYears } from './methods/declining-balance.js';
import { Ratio } from './rational.js';
import { MACRS_CLASSES, type MacrsClass } from './types.js';

const thousandths = (p: number) => Math.round(p * 1000);

/** The exact percentages the tables round: DB from the class, first-year fraction by convention. */
function formula(cls: MacrsClass, firstYear: Ratio): number[] {
  const factor = cls >= 15 ? Ratio.of(3, 2) : Ratio.of(2);
  const fractions = [firstYear, ...Array<Ratio>(cls - 1).fill(Ratio.ONE), Ratio.ONE.sub(firstYear)];
  return decliningBalanceYears(Ratio.of(100), Ratio.ZERO, factor.scale(1, cls), fractions, true, 'to_salvage').map(
    (r) => Number(r.n) / Number(r.d),
  );
}

const tables: [string, Ratio, (cls: MacrsClass) => readonly number[]][] = [
  ['half-year (A-1)', Ratio.of(1, 2), (c) => MACRS_HALF_YEAR[c]],
  ...([1, 2, 3, 4] as const).map((q): [string, Ratio, (cls: MacrsClass) => readonly number[]] => [
    `mid-quarter Q${q} (A-${q + 1})`,
    // Placed in service at the middle of quarter q: 12 − 3(q − 1) − 1.5 months of the first year.
    Ratio.of(21 - 6 * (q - 1), 24),
    (c) => MACRS_MID_QUARTER[q][c],
  ]),
];

describe('MACRS percentage tables', () => {
  for (const [name, firstYear, table] of tables) {
    it(`${name}: class + 1 recovery years, summing to exactly 100`, () => {
      for (const cls of MACRS_CLASSES) {
        expect(table(cls), `${cls}-year`).toHaveLength(cls + 1);
        expect(
          table(cls).reduce((sum, p) => sum + thousandths(p), 0),
          `${cls}-year`,
        ).toBe(100_000);
      }
    });

    it(`${name}: within the table's rounding of the declining-balance rule, every figure`, () => {
      for (const cls of MACRS_CLASSES) {
        const exact = formula(cls, firstYear);
        table(cls).forEach((published, k) => {
          // The IRS rounded by hand (20-year Q1 year 2 is 7.000 for 7.008) and the last year absorbs it.
          const tolerance = k === cls ? 0.02 : 0.01;
          expect(
            Math.abs(published - exact[k]!),
            `${cls}-year, year ${k + 1}: ${published} vs ${exact[k]}`,
          ).toBeLessThan(tolerance);
        });
      }
    });
  }

  it('gives the table for a class and convention, and refuses a quarter outside 1-4', () => {
    expect(macrsPercentages(7, 'half_year')).toBe(MACRS_HALF_YEAR[7]);
    expect(macrsPercentages(7, 'mid_quarter', 4)).toBe(MACRS_MID_QUARTER[4][7]);
    expect(() => macrsPercentages(7, 'mid_quarter', 5)).toThrow(RangeError);
  });

  it('matches published mid-quarter figures quoted in textbooks (spot checks)', () => {
    expect(MACRS_MID_QUARTER[2][3]).toEqual([41.67, 38.89, 14.14, 5.3]);
    expect(MACRS_MID_QUARTER[4][7].slice(0, 5)).toEqual([3.57, 27.55, 19.68, 14.06, 10.04]);
    expect(MACRS_MID_QUARTER[1][20].slice(0, 3)).toEqual([6.563, 7.0, 6.482]);
    expect(MACRS_MID_QUARTER[3][20].at(-1)).toBe(2.788);
    expect(MACRS_MID_QUARTER[4][15].at(-1)).toBe(5.17);
  });
});
