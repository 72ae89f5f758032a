/**
 * # Depreciation engine
 *
 * Pure code (no I/O, no database, no clock): given one book's profile and an asset, it answers the
 * schedule, the value at a date, the expense between dates, a forecast and disposal gain or loss,
 * exact to the cent. The API, the books' storage and the reports call it; an asset depreciated in
 * several books (say "financial" on straight line and "tax" on MACRS) is one call per book.
 *
 * ## Methods (`profile.method`)
 *
 * - `straight_line`: (cost − salvage) evenly over `lifeMonths`.
 * - `declining_balance`: by fiscal year, opening book value × annual rate × fraction of the year
 *   depreciated. Rate from `decliningFactor` (2 = 200%/double declining, 1.5 = 150%; rate =
 *   factor / life in years), a fixed `rate` (0.319), or `rate: 'from_salvage'` (spreadsheet DB:
 *   1 − (salvage/cost)^(1/years), rounded to 3 decimals). `switchToStraightLine` moves to straight
 *   line over the remaining life from the first year it gives at least as much. Never below
 *   salvage. `endOfLife`: 'to_salvage' (default) takes the last year down to salvage;
 *   'as_computed' keeps the formula's last figure (spreadsheet DB), leaving a residue.
 * - `sum_of_years_digits`: by years of life; year k of n takes (n − k + 1)/(n(n + 1)/2); a part
 *   year at the end of a life that is not whole years weighs f(f + 1)/2.
 * - `macrs_gds`: IRS Pub 946 tables A-1 to A-5 (3, 5, 7, 10, 15, 20-year property; `macrsConvention`
 *   half_year or mid_quarter, the quarter of the fiscal year holding the in-service date); the
 *   tax year is the fiscal year. Salvage must be zero; `lifeMonths` is the class (or left out).
 * - `none`: nothing; book value stays at cost.
 *
 * ## Conventions (`profile.convention`, not for MACRS)
 *
 * - `full_month`: the in-service month counts in full.
 * - `mid_month`: half of the in-service month, half of the month after the life.
 * - `half_year`: six months of life in the first fiscal year whatever the in-service date (spread
 *   over the months in service that year), the other half year in the last.
 * - `actual_days`: by day, from the in-service date to the same day `lifeMonths` later (clamped to
 *   the month end), accruing daily; fiscal-year fractions are days / days in the fiscal year.
 *
 * Sum of the years' digits and straight line follow the months (or days) of life; declining
 * balance and MACRS compute a figure per fiscal year and spread it over that year's months.
 *
 * ## Periods, dates, rounding
 *
 * - A period is a calendar month; fiscal years start on the 1st of `fiscalYearStartMonth` and are
 *   named after the calendar year they end in (July 2023 - June 2024 is fiscal 2024).
 * - Amounts are exact fractions of cents until a figure is shown: every accumulated amount is the
 *   exact one rounded to the cent (halves away from zero), each period's expense is the difference
 *   of two of them. Periods are whole cents, the remainder of rounding is carried to the next
 *   period and the last one closes exactly, so a schedule sums to cost − salvage (except
 *   declining balance with endOfLife 'as_computed', which sums to what the formula gives).
 * - `valueAt(date)` is as of the end of that day. Month-based conventions (and MACRS) recognise a
 *   month's expense on its last day (so inside a month the value is the previous month end's, and
 *   a disposal takes no depreciation in its month); `actual_days` accrues per day. At any month
 *   end it equals the schedule. `expenseBetween(from, to)` includes both days and is the
 *   difference of two values, so splitting a range never changes a total.
 * - Salvage as a percentage is rounded to the cent. Costs are decimal strings ("1299.00") or cents.
 *   Every amount returned is integer cents (a safe integer); formatCents gives "1299.00".
 *
 * ## Changing a profile mid-life
 *
 * Calling with a different profile recomputes from the start (a restatement). A prospective
 * change (a change of estimate) is explicit: `profile.changes: [{ effective: 'YYYY-MM-01',
 * profile }]`. Up to the day before `effective` nothing changes; from it, the book value then
 * (less the new salvage) is depreciated by the new method over what is left of the new
 * `lifeMonths`, counted from the in-service month, starting with a whole period. Refused: changes
 * to, from or within MACRS (a change of tax accounting method), a different fiscal year, an
 * effective date that is not the 1st of a month, a new salvage above the book value then, a new
 * life already over. Changing to `none` stops depreciation (e.g. held for sale).
 *
 * ## Many questions about one asset
 *
 * `prepareDepreciation(profile, asset)` validates and plans once and answers `schedule()`,
 * `valueAt(date)`, `expenseBetween(from, to)` and `expenseByFiscalYear(first, years)`: for
 * registers and forecasts over many dates. The free functions are one question each.
 *
 * ## Validation
 *
 * `validateDepreciationInput(profile, asset)` (or `validateProfile(profile)` alone) lists every
 * problem as { field, message } with the field's path ("lifeMonths", "salvage.percent",
 * "changes.0.profile.lifeMonths", "cost"); the other functions throw DepreciationInputError
 * carrying the same list.
 */
export type {
  AssetInput,
  Convention,
  DepreciationProfile,
  EndOfLife,
  FieldError,
  FiscalYearSummary,
  MacrsClass,
  MacrsConvention,
  Method,
  ProfileChange,
  Salvage,
  Schedule,
  SchedulePeriod,
  ValueAt,
} from './types.js';
export { CONVENTIONS, END_OF_LIFE, MACRS_CLASSES, MACRS_CONVENTIONS, METHODS } from './types.js';
export { DepreciationInputError, validateDepreciationInput } from './plan.js';
export { validateAsset, validateProfile } from './validate.js';
export {
  buildSchedule,
  expenseBetween,
  expenseByFiscalYear,
  prepareDepreciation,
  valueAt,
  type FiscalYearExpense,
  type PreparedDepreciation,
} from './schedule.js';
export { disposalGainLoss, disposeAt, type Disposal, type GainLoss } from './disposal.js';
export { formatCents, parseMoney } from './money.js';
export { fiscalYearBounds, fiscalYearOfDate } from './calendar.js';
export { MACRS_HALF_YEAR, MACRS_MID_QUARTER, macrsPercentages } from './macrs-tables.js';
export { applyShare, dependsOnMonthOnly, isProportional, proportionalShares, type Share } from './proportional.js';
