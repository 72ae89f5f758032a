/**
 * Every figure in the shared reference fixture (IRS Pub 946 MACRS tables and worked amounts; the
 * spreadsheet functions SLN, SYD, DB, DDB), reproduced to the cent by the engine configured to the
 * same method and convention. Unknown fixture rows fail the test rather than pass unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MACRS_HALF_YEAR,
  MACRS_MID_QUARTER,
  buildSchedule,
  valueAt,
  type DepreciationProfile,
  type MacrsClass,
} from './index.js';

interface SpreadsheetCase {
  fn: 'SLN' | 'SYD' | 'DB' | 'DDB';
  cost: number;
  salvage: number;
  life: number;
  period?: number;
  factor?: number;
  first_year_months?: number;
  result?: number;
  yearly?: number[];
  note?: string;
}

interface Reference {
  macrs_gds_percent: {
    half_year_table_A1: Record<string, number[]>;
    mid_quarter_5_year: Record<string, number[]>;
    worked_amounts: { cost: number; class_years: number; convention: string; yearly: number[] }[];
  };
  spreadsheet_functions: SpreadsheetCase[];
}

/** Finds shared/fixtures from here upwards (the project sits beside shared/, or QM_FIXTURES says where). */
function fixturePath(relative: string): string {
  const roots = [process.env.QM_FIXTURES, path.resolve(import.meta.dirname, '../../../../shared/fixtures')];
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    roots.push(path.join(dir, 'shared/fixtures'), path.join(dir, '../shared/fixtures'));
  }
  for (const root of roots) {
    if (root && existsSync(path.join(root, relative))) return path.join(root, relative);
  }
  throw new Error(`Fixture ${relative} not found above ${import.meta.dirname} (set QM_FIXTURES)`);
}

const reference = JSON.parse(readFileSync(fixturePath('depreciation/reference.json'), 'utf8')) as Reference;
const macrsRef = reference.macrs_gds_percent;

/** A number of currency units from the fixture, in cents (the fixture's figures have at most 2 decimals). */
const cents = (units: number) => Math.round(units * 100);
const decimal = (units: number) => units.toFixed(2);

function yearly(profile: DepreciationProfile, cost: number, inServiceDate: string): number[] {
  return buildSchedule(profile, { cost: decimal(cost), inServiceDate }).byFiscalYear.map((y) => y.expense);
}

describe('MACRS tables (IRS Pub 946) from the reference fixture', () => {
  it('holds Table A-1 (half-year) exactly as published, every class', () => {
    const classes = Object.keys(macrsRef.half_year_table_A1)
      .map(Number)
      .sort((a, b) => a - b);
    expect(classes).toEqual([3, 5, 7, 10, 15, 20]);
    for (const cls of classes) {
      expect(MACRS_HALF_YEAR[cls as MacrsClass], `${cls}-year`).toEqual(macrsRef.half_year_table_A1[String(cls)]);
    }
  });

  it('holds Tables A-2 to A-5 for 5-year property exactly as published', () => {
    const byQuarter = macrsRef.mid_quarter_5_year;
    expect(MACRS_MID_QUARTER[1][5]).toEqual(byQuarter.placed_in_q1_table_A2);
    expect(MACRS_MID_QUARTER[2][5]).toEqual(byQuarter.placed_in_q2_table_A3);
    expect(MACRS_MID_QUARTER[3][5]).toEqual(byQuarter.placed_in_q3_table_A4);
    expect(MACRS_MID_QUARTER[4][5]).toEqual(byQuarter.placed_in_q4_table_A5);
    expect(Object.keys(byQuarter)).toHaveLength(4);
  });

  it('turns every half-year percentage into the yearly amount, for a calendar and a July fiscal year', () => {
    for (const [cls, percentages] of Object.entries(macrsRef.half_year_table_A1)) {
      const profile = (fiscalYearStartMonth: number): DepreciationProfile => ({
        method: 'macrs_gds',
        macrsClass: Number(cls) as MacrsClass,
        macrsConvention: 'half_year',
        fiscalYearStartMonth,
      });
      // 100,000.00 at p% is p × 1,000 currency units: every table figure is a whole number of cents.
      const expected = percentages.map((p) => Math.round(p * 100_000));
      expect(yearly(profile(1), 100_000, '2021-11-20'), `${cls}-year, calendar year`).toEqual(expected);
      expect(yearly(profile(7), 100_000, '2021-07-01'), `${cls}-year, July year`).toEqual(expected);
    }
  });

  it('turns every 5-year mid-quarter percentage into the yearly amount, the quarter counted in the fiscal year', () => {
    const tables = [
      macrsRef.mid_quarter_5_year.placed_in_q1_table_A2,
      macrsRef.mid_quarter_5_year.placed_in_q2_table_A3,
      macrsRef.mid_quarter_5_year.placed_in_q3_table_A4,
      macrsRef.mid_quarter_5_year.placed_in_q4_table_A5,
    ];
    // Calendar year: quarters start in January, April, July, October. April year: April, July, October, January.
    const calendar = ['2022-02-14', '2022-06-30', '2022-07-01', '2022-12-31'];
    const april = ['2022-04-01', '2022-08-10', '2022-11-30', '2023-03-31'];
    tables.forEach((table, q) => {
      const expected = table!.map((p) => Math.round(p * 100_000));
      for (const [start, dates] of [
        [1, calendar],
        [4, april],
      ] as const) {
        const profile: DepreciationProfile = {
          method: 'macrs_gds',
          macrsClass: 5,
          macrsConvention: 'mid_quarter',
          fiscalYearStartMonth: start,
        };
        expect(yearly(profile, 100_000, dates[q]!), `Q${q + 1}, year from month ${start}`).toEqual(expected);
      }
    });
  });

  it('reproduces the worked MACRS amounts to the cent', () => {
    expect(macrsRef.worked_amounts).toHaveLength(2);
    for (const worked of macrsRef.worked_amounts) {
      const profile: DepreciationProfile = {
        method: 'macrs_gds',
        macrsClass: worked.class_years as MacrsClass,
        macrsConvention: worked.convention as 'half_year',
        fiscalYearStartMonth: 1,
      };
      expect(yearly(profile, worked.cost, '2020-03-09'), `${worked.class_years}-year on ${worked.cost}`).toEqual(
        worked.yearly.map(cents),
      );
    }
  });
});

/**
 * Each spreadsheet example, configured equivalently: the asset enters service on the first day of
 * a calendar fiscal year (DB: so that the first year has `first_year_months` months), the life in
 * the case's unit (years unless the note says days or months), and the figure read from the
 * fiscal-year roll-up (a period in years), the monthly schedule (in months) or the value at the
 * end of the first day (in days, with the actual-days convention in a 365-day year).
 */
function spreadsheetFigures(c: SpreadsheetCase): { expected: number[]; actual: number[] } {
  const salvage = { amount: decimal(c.salvage) };
  const unit = c.note?.includes('life in days') ? 'days' : c.note?.includes('life in months') ? 'months' : 'years';
  switch (c.fn) {
    case 'SLN': {
      const profile: DepreciationProfile = {
        method: 'straight_line',
        lifeMonths: c.life * 12,
        salvage,
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      };
      const years = yearly(profile, c.cost, '2020-01-01');
      expect(years).toHaveLength(c.life);
      return { expected: years.map(() => cents(c.result!)), actual: years };
    }
    case 'SYD': {
      const profile: DepreciationProfile = {
        method: 'sum_of_years_digits',
        lifeMonths: c.life * 12,
        salvage,
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      };
      return { expected: [cents(c.result!)], actual: [yearly(profile, c.cost, '2020-01-01')[c.period! - 1]!] };
    }
    case 'DB': {
      // The spreadsheet's DB: fixed rate from salvage rounded to 3 places, first year of `month`
      // months, the formula's own last figure (its book value ends above salvage).
      const firstMonth = 12 - c.first_year_months! + 1;
      const profile: DepreciationProfile = {
        method: 'declining_balance',
        rate: 'from_salvage',
        endOfLife: 'as_computed',
        lifeMonths: c.life * 12,
        salvage,
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      };
      const inService = `2019-${String(firstMonth).padStart(2, '0')}-01`;
      return { expected: c.yearly!.map(cents), actual: yearly(profile, c.cost, inService) };
    }
    case 'DDB': {
      const lifeMonths = unit === 'days' ? (c.life / 365) * 12 : unit === 'months' ? c.life : c.life * 12;
      const profile: DepreciationProfile = {
        method: 'declining_balance',
        decliningFactor: c.factor ?? 2,
        lifeMonths,
        salvage,
        convention: unit === 'days' ? 'actual_days' : 'full_month',
        fiscalYearStartMonth: 1,
      };
      const asset = { cost: decimal(c.cost), inServiceDate: '2023-01-01' };
      if (unit === 'days') {
        expect(c.period).toBe(1);
        return { expected: [cents(c.result!)], actual: [valueAt(profile, asset, '2023-01-01').accumulated] };
      }
      const schedule = buildSchedule(profile, asset);
      const figures = unit === 'months' ? schedule.periods : schedule.byFiscalYear;
      return { expected: [cents(c.result!)], actual: [figures[c.period! - 1]!.expense] };
    }
  }
}

describe('spreadsheet functions from the reference fixture', () => {
  const cases = reference.spreadsheet_functions;

  it('covers every case the fixture lists (9)', () => {
    expect(cases).toHaveLength(9);
    expect(new Set(cases.map((c) => c.fn))).toEqual(new Set(['SLN', 'SYD', 'DB', 'DDB']));
  });

  for (const c of cases) {
    const label = `${c.fn}(${c.cost}, ${c.salvage}, ${c.life}${c.period ? `, ${c.period}` : ''}${c.factor ? `, ${c.factor}` : ''})${c.note ? ` (${c.note.split(';')[0]})` : ''}`;
    it(`reproduces ${label} to the cent`, () => {
      const { expected, actual } = spreadsheetFigures(c);
      expect(actual).toEqual(expected);
    });
  }

  it("keeps the spreadsheet DB's residue in the book value rather than inventing a last-year figure", () => {
    const db = cases.find((c) => c.fn === 'DB')!;
    const schedule = buildSchedule(
      {
        method: 'declining_balance',
        rate: 'from_salvage',
        endOfLife: 'as_computed',
        lifeMonths: db.life * 12,
        salvage: { amount: decimal(db.salvage) },
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      },
      { cost: decimal(db.cost), inServiceDate: '2019-06-01' },
    );
    const total = db.yearly!.map(cents).reduce((a, b) => a + b, 0);
    expect(schedule.depreciable).toBe(total);
    expect(schedule.periods.at(-1)!.bookValue).toBe(cents(db.cost) - total);
    expect(schedule.periods.at(-1)!.bookValue).toBeGreaterThan(cents(db.salvage));
  });

  it('with the default endOfLife the same DB takes the last year down to salvage (the remainder lands last)', () => {
    const db = cases.find((c) => c.fn === 'DB')!;
    const years = yearly(
      {
        method: 'declining_balance',
        rate: 'from_salvage',
        lifeMonths: db.life * 12,
        salvage: { amount: decimal(db.salvage) },
        convention: 'full_month',
        fiscalYearStartMonth: 1,
      },
      db.cost,
      '2019-06-01',
    );
    expect(years.slice(0, 6)).toEqual(db.yearly!.slice(0, 6).map(cents));
    expect(years.reduce((a, b) => a + b, 0)).toBe(cents(db.cost - db.salvage));
  });
});
