import type { SpreadsheetProblem } from './problems.js';

/** One record of a file, its cells as text exactly as read. */
export interface RawRow {
  /**
   * Where the row is, for messages: in a CSV file the line the record starts on (the header is
   * line 1, so without line breaks inside cells this is the row number a spreadsheet shows); in
   * an XLSX sheet the sheet's row number.
   */
  rowNumber: number;
  cells: string[];
  /** Problems found while reading this row (bytes that were not text, cells beyond the header). */
  problems?: SpreadsheetProblem[];
}
