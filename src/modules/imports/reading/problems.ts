/**
 * What the import pipeline tells a person about their file: problems with a stable code, a message
 * that names the row, the column (letter and header) and the cause, and a severity. Errors stop a
 * commit (unless bad rows are skipped); warnings are shown and the import goes on.
 *
 * Reading either yields rows or throws a `SpreadsheetError`, never anything else: a file that cannot
 * be read at all (binary, damaged, over a limit) is one problem, thrown with its code and message.
 */

export type Severity = 'error' | 'warning';

export interface ProblemColumn {
  /** 0-based position in the file. */
  index: number;
  /** The spreadsheet letter: A, B, ..., Z, AA. */
  letter: string;
  /** The header as written (may be empty). */
  header?: string;
}

export interface SpreadsheetProblem {
  severity: Severity;
  /** Stable machine code, e.g. `duplicate_header`, `binary_file`, `scientific_notation`. */
  code: string;
  message: string;
  /** The row number (see `RawRow.rowNumber`) when the problem belongs to one row. */
  row?: number;
  column?: ProblemColumn;
}

export class SpreadsheetError extends Error {
  readonly code: string;
  readonly problem: SpreadsheetProblem;

  constructor(problem: Omit<SpreadsheetProblem, 'severity'>, options?: { cause?: unknown }) {
    super(problem.message, options);
    this.name = 'SpreadsheetError';
    this.code = problem.code;
    this.problem = { severity: 'error', ...problem };
  }
}

export function isSpreadsheetError(error: unknown): error is SpreadsheetError {
  return error instanceof SpreadsheetError;
}

/** A, B, ..., Z, AA, AB, ...: the column letter of a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function problemColumn(index: number, header?: string): ProblemColumn {
  return header === undefined ? { index, letter: columnLetter(index) } : { index, letter: columnLetter(index), header };
}

/** "column D (Company)" or "column E" when the header is blank. */
export function describeColumn(column: ProblemColumn): string {
  return column.header && column.header.trim() !== ''
    ? `column ${column.letter} (${column.header.trim()})`
    : `column ${column.letter}`;
}

/** "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A value quoted for a message, shortened when long. */
export function quoteValue(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${shown}"`;
}

/** 1234567 → "1,234,567": counts in messages. */
export function countText(n: number): string {
  return n.toLocaleString('en-GB');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
