/**
 * The shapes the engine takes and gives. A profile is one book's way of depreciating (method,
 * life, salvage, convention, fiscal year); an asset brings its cost and in-service date. All
 * amounts that leave the engine are integer cents (safe integers), so they add up exactly.
 */

export const METHODS = ['straight_line', 'declining_balance', 'sum_of_years_digits', 'macrs_gds', 'none'] as const;
export type Method = (typeof METHODS)[number];

export const CONVENTIONS = ['full_month', 'mid_month', 'half_year', 'actual_days'] as const;
export type Convention = (typeof CONVENTIONS)[number];

export const MACRS_CLASSES = [3, 5, 7, 10, 15, 20] as const;
export type MacrsClass = (typeof MACRS_CLASSES)[number];

export const MACRS_CONVENTIONS = ['half_year', 'mid_quarter'] as const;
export type MacrsConvention = (typeof MACRS_CONVENTIONS)[number];

export const END_OF_LIFE = ['to_salvage', 'as_computed'] as const;
export type EndOfLife = (typeof END_OF_LIFE)[number];

/** Salvage (residual) value: an amount (decimal string or cents) or a percentage of cost. */
export type Salvage = { amount: string } | { amountCents: number | bigint } | { percent: string | number };

/** A change of profile from a date on (prospective; see the engine's notes in index.ts). */
export interface ProfileChange {
  /** The first day of a month: the first period depreciated under the new profile. */
  effective: string;
  profile: DepreciationProfile;
}

/**
 * One book's depreciation profile. Fields that do not apply to the method must be left out (or
 * null): a declining factor on a straight-line book is refused, not ignored.
 */
export interface DepreciationProfile {
  method: Method;
  /** Useful life in months (straight line, declining balance, sum of the years' digits). */
  lifeMonths?: number | null;
  /** Defaults to nothing. MACRS recovers the whole cost: salvage must be left out or zero. */
  salvage?: Salvage | null;
  /** Required for straight line, declining balance and sum of the years' digits. */
  convention?: Convention | null;
  /** The organisation's fiscal (and tax) year starts on the first of this month (1-12). */
  fiscalYearStartMonth: number;
  /** Declining balance: annual rate = factor / life in years (2 is double declining, 1.5 is 150%). */
  decliningFactor?: number | string | null;
  /**
   * Declining balance: a fixed annual rate (0.319 or "0.319"), or 'from_salvage': the rate that
   * brings cost down to salvage over the life, 1 − (salvage/cost)^(12/lifeMonths), rounded to
   * three decimals as the spreadsheet function DB does.
   */
  rate?: number | string | null;
  /** Declining balance: move to straight line over the remaining life once that gives more. */
  switchToStraightLine?: boolean | null;
  /**
   * Declining balance: 'to_salvage' (default) makes the last fiscal year take the book value down
   * to salvage; 'as_computed' keeps the formula's own last figure (the spreadsheet DB function), so
   * book value may end above salvage, and that residue is settled on disposal.
   */
  endOfLife?: EndOfLife | null;
  /** MACRS GDS property class in years. */
  macrsClass?: MacrsClass | null;
  /** MACRS convention; mid-quarter takes the quarter of the fiscal (tax) year of the in-service date. */
  macrsConvention?: MacrsConvention | null;
  /** Later changes of profile, in date order (prospective). */
  changes?: ProfileChange[] | null;
}

/** The asset as the engine needs it: cost as a decimal string or in cents, and when it entered service. */
export interface AssetInput {
  /** Decimal string, at most two decimals: "1299.00". Give this or costCents. */
  cost?: string | null;
  costCents?: number | bigint | null;
  /** 'YYYY-MM-DD' */
  inServiceDate: string;
}

/** A field that is wrong and why, for a 400 naming the field (dotted path inside the input). */
export interface FieldError {
  field: string;
  message: string;
}

/** One month (fiscal period). Amounts in cents. */
export interface SchedulePeriod {
  /** First and last day of the calendar month. */
  start: string;
  end: string;
  fiscalYear: number;
  /** 1-12 within the fiscal year. */
  fiscalPeriod: number;
  expense: number;
  /** At the end of the period. */
  accumulated: number;
  bookValue: number;
}

/** One fiscal year's roll-up. Amounts in cents. */
export interface FiscalYearSummary {
  fiscalYear: number;
  /** First and last day of the whole fiscal year (even when the asset is in service for part of it). */
  start: string;
  end: string;
  openingBookValue: number;
  expense: number;
  accumulated: number;
  bookValue: number;
}

export interface Schedule {
  method: Method;
  /** Cents. */
  cost: number;
  /** Salvage of the (last) profile, in cents. */
  salvage: number;
  /** What the schedule depreciates in all: its periods' expenses sum to this, in cents. */
  depreciable: number;
  /** Months from the first with depreciation to the last; empty when nothing is depreciated. */
  periods: SchedulePeriod[];
  byFiscalYear: FiscalYearSummary[];
}

/** Book value and accumulated depreciation at the end of a day, in cents. */
export interface ValueAt {
  date: string;
  accumulated: number;
  bookValue: number;
}
