/** What a value parser gives: the value (null for an empty cell) or a problem saying what is wrong. */
export interface ValueProblem {
  code: string;
  /** About the value only ("\"sometimes\" is not yes or no"); the caller adds row and column. */
  message: string;
}

export type Parsed<T> = { value: T | null; problem?: undefined } | { problem: ValueProblem; value?: undefined };
