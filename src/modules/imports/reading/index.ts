/**
 * Reading uploaded spreadsheets: `readSpreadsheet(bytes)` tells CSV from XLSX by content, detects
 * the encoding and delimiter of a CSV, takes the header row apart and streams the data rows, with
 * a report of what is wrong with the file. Everything it throws is a `SpreadsheetError`.
 */
export { readSpreadsheet, type Spreadsheet, type SpreadsheetOptions } from './read-spreadsheet.js';
export { readCsv, type CsvOptions, type CsvRead } from './read-csv.js';
export { readXlsx, type XlsxOptions, type XlsxRead } from './read-xlsx.js';
export { detectEncoding, type EncodingReport } from './detect-encoding.js';
export { detectDialect, type CsvDialect, type Delimiter, type LineEnding } from './csv-dialect.js';
export { normaliseHeader, type HeaderCell } from './headers.js';
export { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
export type { ByteSource } from './byte-source.js';
export type { RawRow } from './raw-row.js';
export type { TextEncodingName } from './text-decoders.js';
export {
  SpreadsheetError,
  columnLetter,
  isSpreadsheetError,
  type ProblemColumn,
  type Severity,
  type SpreadsheetProblem,
} from './problems.js';
