/**
 * What every method is given: the exact basis and salvage in cents, the life and how the
 * convention lays it over the calendar. A change of profile mid-life calls the same methods with
 * the book value at the change as basis and the change date as start.
 */
import type { Ratio } from '../rational.js';
import type { Convention } from '../types.js';

export interface MethodContext {
  /** Cost (or, after a change of profile, the book value at the change), exact, in cents. */
  basis: Ratio;
  salvage: Ratio;
  lifeMonths: number;
  convention: Convention;
  fiscalYearStartMonth: number;
  /** Day number of the first day of depreciation. */
  startDay: number;
}
