/**
 * Columns whose values look damaged, judged on the sample of first rows: long numbers Excel turned
 * into scientific notation ("6.37702E+15": the digits after the sixth are gone), and mojibake
 * (UTF-8 text once read as Windows-1252: "Saint-Ã‰tienne"). Each is reported once per column with
 * a count and an example; the value parsers report the rows of mapped columns again where the
 * value cannot be used.
 */
import { findMojibake, mayHoldMojibake, repairMojibake } from './mojibake.js';
import { capitalise, describeColumn, problemColumn, quoteValue, type SpreadsheetProblem } from './problems.js';
import type { RawRow } from './raw-row.js';
import type { HeaderCell } from './headers.js';

export const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]\d+$/i;

export function columnProblems(headers: readonly HeaderCell[], sample: readonly RawRow[]): SpreadsheetProblem[] {
  const problems: SpreadsheetProblem[] = [];
  for (const header of headers) {
    let filled = 0;
    let scientific = 0;
    let firstScientific: RawRow | undefined;
    let mojibake = 0;
    let firstMojibake: RawRow | undefined;
    for (const row of sample) {
      const value = (row.cells[header.index] ?? '').trim();
      if (value === '') continue;
      filled++;
      if (EXCEL_SCIENTIFIC.test(value)) {
        scientific++;
        firstScientific ??= row;
      }
      if (mayHoldMojibake(value) && findMojibake(value).length > 0) {
        mojibake++;
        firstMojibake ??= row;
      }
    }
    const column = problemColumn(header.index, header.raw);
    const where = describeColumn(column);
    if (firstScientific) {
      const example = firstScientific.cells[header.index]!.trim();
      problems.push({
        severity: 'warning',
        code: 'scientific_notation',
        column,
        message: `${capitalise(where)}: ${scientific} of ${filled} values are in scientific notation (${quoteValue(example)} in row ${firstScientific.rowNumber}). Excel turned long numbers into this form and the original digits are lost: re-export the column formatted as text.`,
      });
    }
    if (firstMojibake) {
      const example = firstMojibake.cells[header.index]!.trim();
      problems.push({
        severity: 'warning',
        code: 'mojibake',
        column,
        message: `${capitalise(where)}: ${mojibake} of ${filled} values look like text that was damaged before this file was saved (UTF-8 read as Windows-1252): ${quoteValue(example)} in row ${firstMojibake.rowNumber} was probably ${quoteValue(repairMojibake(example) ?? example)}. Correct the source, or these values are imported as they are.`,
      });
    }
  }
  return problems;
}
