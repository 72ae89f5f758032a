/**
 * One entry for reading an uploaded spreadsheet, whatever it is: the format is told by the content
 * (a ZIP archive is an XLSX workbook; known binary formats are refused; the rest is CSV text), the
 * header row is taken apart, and a sample of the first rows is read ahead to judge the columns.
 *
 * The result carries everything known before the rows stream: format, encoding report, headers,
 * file-level problems and the sample. `rows` then yields every data row (the sample first), cells
 * aligned with the headers. Reading failures are `SpreadsheetError`s, from this call when they are
 * in the first rows, from the iteration of `rows` when later.
 */
import { peekHead, type ByteSource } from './byte-source.js';
import { columnProblems } from './column-checks.js';
import type { CsvDialect, Delimiter } from './csv-dialect.js';
import type { EncodingReport } from './detect-encoding.js';
import { buildHeaders, headerProblems, type HeaderCell } from './headers.js';
import { resolveLimits, type ReadLimits } from './limits.js';
import { SpreadsheetError, columnLetter, countText, quoteValue, type SpreadsheetProblem } from './problems.js';
import type { RawRow } from './raw-row.js';
import { flatten, openCsv } from './read-csv.js';
import { openXlsx } from './read-xlsx.js';
import { sniffFormat } from './sniff-format.js';
import type { TextEncodingName } from './text-decoders.js';

export interface SpreadsheetOptions {
  /** XLSX: the sheet to read (the first visible sheet otherwise). */
  sheet?: string;
  /** CSV: read in this encoding instead of detecting it. */
  encoding?: TextEncodingName;
  /** CSV: split on this delimiter instead of detecting it. */
  delimiter?: Delimiter;
  limits?: Partial<ReadLimits>;
  /** XLSX: see read-xlsx.ts. */
  stallTimeoutMs?: number;
}

export interface Spreadsheet {
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding: EncodingReport | null;
  /** CSV only. */
  dialect: CsvDialect | null;
  /** XLSX only. */
  sheetName: string | null;
  /** The row the headers are on. */
  headerRowNumber: number;
  headers: HeaderCell[];
  /** The first data rows (up to `limits.sampleRows`), for previews and column checks; also in `rows`. */
  sample: readonly RawRow[];
  /** Every data row, the sample first; blank rows are skipped. Iterate this or `batches`, once. */
  rows: AsyncIterable<RawRow>;
  /** The same rows in batches, for consumers that take rows in bulk (the staging COPY). */
  batches: AsyncIterable<RawRow[]>;
  /** Problems with the file as a whole (encoding, headers, columns). More may come while rows are read. */
  problems: SpreadsheetProblem[];
}

export async function readSpreadsheet(source: ByteSource, options: SpreadsheetOptions = {}): Promise<Spreadsheet> {
  const limits = resolveLimits(options.limits);
  let peeked;
  try {
    peeked = await peekHead(source, limits.sampleBytes);
  } catch (error) {
    throw asSpreadsheetError(error);
  }
  if (peeked.head.length === 0) {
    peeked.close();
    throw new SpreadsheetError({ code: 'empty_file', message: 'The file is empty: there is nothing to import.' });
  }
  let format: 'csv' | 'xlsx';
  try {
    format = sniffFormat(peeked.head) === 'xlsx' ? 'xlsx' : 'csv';
  } catch (error) {
    peeked.close();
    throw error;
  }

  let batches: AsyncIterable<RawRow[]>;
  let encoding: EncodingReport | null = null;
  let dialect: CsvDialect | null = null;
  let sheet: { name?: string } = {};
  let problems: SpreadsheetProblem[] = [];
  if (format === 'csv') {
    const csv = openCsv(peeked, options);
    // The CSV reader's own list: what it finds later (an encoding decided late) lands here too.
    ({ batches, encoding, dialect, problems } = csv);
  } else {
    const xlsx = openXlsx(peeked, {
      sheet: options.sheet,
      limits: options.limits,
      stallTimeoutMs: options.stallTimeoutMs,
    });
    ({ batches, sheet } = xlsx);
  }

  const iterator = batches[Symbol.asyncIterator]();
  let buffer: RawRow[] = [];
  let position = 0;
  /** The next non-blank row, or undefined at the end. */
  const pull = async (): Promise<RawRow | undefined> => {
    for (;;) {
      while (position < buffer.length) {
        const row = buffer[position++]!;
        if (!isBlank(row)) return row;
      }
      const next = await iterator.next();
      if (next.done) return undefined;
      buffer = next.value;
      position = 0;
    }
  };

  try {
    const headerRow = await pull();
    if (!headerRow) {
      throw new SpreadsheetError({
        code: 'empty_file',
        message:
          format === 'xlsx'
            ? `The sheet${sheet.name ? ` "${sheet.name}"` : ''} is empty: there is nothing to import.`
            : 'The file holds only blank lines: there is nothing to import.',
      });
    }
    const sample: RawRow[] = [];
    while (sample.length < limits.sampleRows) {
      const row = await pull();
      if (!row) break;
      sample.push(row);
    }
    const headers = buildHeaders(headerRow.cells, sample);
    const aligned = sample.map((row) => align(row, headers));
    if (aligned.length === 0) {
      problems.push({
        severity: 'warning',
        code: 'no_data_rows',
        message: `The file has a header row (row ${headerRow.rowNumber}) but no data rows: there is nothing to import.`,
      });
    }
    problems.push(...headerProblems(headers, aligned), ...columnProblems(headers, aligned));

    async function* dataBatches(): AsyncGenerator<RawRow[]> {
      try {
        if (aligned.length > 0) yield aligned;
        for (;;) {
          const rest = buffer.slice(position).filter((row) => !isBlank(row));
          buffer = [];
          position = 0;
          if (rest.length > 0) yield rest.map((row) => align(row, headers));
          const next = await iterator.next();
          if (next.done) return;
          buffer = next.value;
        }
      } catch (error) {
        throw asSpreadsheetError(error);
      } finally {
        await iterator.return?.();
      }
    }
    const batchesOut = dataBatches();

    return {
      format,
      encoding,
      dialect,
      sheetName: sheet.name ?? null,
      headerRowNumber: headerRow.rowNumber,
      headers,
      sample: aligned,
      rows: flatten(batchesOut),
      batches: batchesOut,
      problems,
    };
  } catch (error) {
    await iterator.return?.();
    throw asSpreadsheetError(error);
  }
}

function isBlank(row: RawRow): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** Pads a row to the header's width; cells beyond it are dropped, with a warning if not blank. */
function align(row: RawRow, headers: readonly HeaderCell[]): RawRow {
  const width = headers.length;
  if (row.cells.length === width) return row;
  if (row.cells.length < width) {
    const cells = row.cells.slice();
    while (cells.length < width) cells.push('');
    return { ...row, cells };
  }
  const extra = row.cells.slice(width);
  const cells = row.cells.slice(0, width);
  const firstFilled = extra.findIndex((cell) => cell.trim() !== '');
  if (firstFilled === -1) return { ...row, cells };
  const problem: SpreadsheetProblem = {
    severity: 'warning',
    code: 'extra_cells',
    row: row.rowNumber,
    message: `Row ${row.rowNumber} has ${countText(row.cells.length)} cells but the header only ${countText(width)}: ${quoteValue(extra[firstFilled]!.trim())} in column ${columnLetter(width + firstFilled)} and anything after the header's last column is not imported.`,
  };
  return { ...row, cells, problems: [...(row.problems ?? []), problem] };
}

function asSpreadsheetError(error: unknown): SpreadsheetError {
  if (error instanceof SpreadsheetError) return error;
  return new SpreadsheetError(
    {
      code: 'read_failed',
      message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    },
    { cause: error },
  );
}
