/**
 * Streaming CSV reader: bytes in, records out, with memory bounded by one record and the sample.
 *
 * The first bytes (up to `limits.sampleBytes`) decide the encoding (detect-encoding.ts) and the
 * dialect (csv-dialect.ts); then the bytes are decoded chunk by chunk and parsed by csv-parse with
 * every line ending accepted (CR, LF, CRLF, mixed), quotes that may hold delimiters and line breaks,
 * stray quotes inside unquoted fields kept as text (`13" screen`), and blank lines skipped.
 *
 * Each record carries the line it starts on (the header is line 1), so that a message can send a
 * person to the right place even when quoted cells hold line breaks.
 */
import { CsvError, parse, type Options } from 'csv-parse';
import { peekHead, type ByteSource, type PeekedSource } from './byte-source.js';
import { detectDialect, type CsvDialect, type Delimiter } from './csv-dialect.js';
import { decodeStream } from './decode-stream.js';
import { detectEncoding, type EncodingReport } from './detect-encoding.js';
import { resolveLimits, type ReadLimits } from './limits.js';
import { SpreadsheetError, columnLetter, countText, problemColumn, type SpreadsheetProblem } from './problems.js';
import type { RawRow } from './raw-row.js';
import { ENCODING_NAMES, createDecoder, type TextEncodingName } from './text-decoders.js';

export interface CsvOptions {
  /** Skip detection and read the file in this encoding. */
  encoding?: TextEncodingName;
  /** Skip detection and split columns on this delimiter. */
  delimiter?: Delimiter;
  limits?: Partial<ReadLimits>;
}

export interface CsvRead {
  encoding: EncodingReport;
  dialect: CsvDialect;
  /** Every record, the header first, in batches. Iterate this or `records`, once. */
  batches: AsyncIterable<RawRow[]>;
  /** Every record, the header first. */
  records: AsyncIterable<RawRow>;
  /** Problems about the whole file; more may be added while records are read. */
  problems: SpreadsheetProblem[];
}

export async function readCsv(source: ByteSource, options: CsvOptions = {}): Promise<CsvRead> {
  const limits = resolveLimits(options.limits);
  return openCsv(await peekHead(source, limits.sampleBytes), options);
}

/** For callers that already looked at the first bytes (read-spreadsheet.ts). */
export function openCsv(peeked: PeekedSource, options: CsvOptions = {}): CsvRead {
  const limits = resolveLimits(options.limits);
  try {
    if (peeked.head.length === 0) {
      throw new SpreadsheetError({ code: 'empty_file', message: 'The file is empty: there is nothing to import.' });
    }
    const encoding = options.encoding
      ? givenEncoding(options.encoding)
      : detectEncoding(peeked.head, { complete: peeked.complete });
    const sampleText = createDecoder(encoding.asciiOnly ? 'utf-8' : encoding.encoding).decode(peeked.head, true);
    const dialect = detectDialect(sampleText, peeked.complete, options.delimiter);
    const problems: SpreadsheetProblem[] = [];
    if (encoding.encoding !== 'utf-8' && !encoding.encoding.startsWith('utf-16')) {
      problems.push({ severity: 'warning', code: 'not_utf8', message: encoding.notes[0] ?? 'The file is not UTF-8.' });
    }
    encoding.notes
      .slice(1)
      .forEach((note) => problems.push({ severity: 'warning', code: 'encoding_uncertain', message: note }));
    const batches = readBatches(peeked, encoding, dialect, limits, problems);
    return { encoding, dialect, batches, records: flatten(batches), problems };
  } catch (error) {
    peeked.close();
    throw error;
  }
}

export async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

function givenEncoding(encoding: TextEncodingName): EncodingReport {
  return { encoding, confidence: 1, bom: false, asciiOnly: false, notes: [`Read as ${encoding}, as asked.`] };
}

/**
 * Records in batches (one per decoded chunk): csv-parse is driven synchronously, chunk in, records
 * out, so that a row costs no promise of its own on the way through.
 */
async function* readBatches(
  peeked: PeekedSource,
  encoding: EncodingReport,
  dialect: CsvDialect,
  limits: ReadLimits,
  problems: SpreadsheetProblem[],
): AsyncGenerator<RawRow[]> {
  let replacements = false;
  const text = decodeStream(peeked.chunks, encoding, {
    onLateDecision: (note) => problems.push({ severity: 'warning', code: 'not_utf8', message: note }),
    onReplacement: () => {
      replacements = true;
    },
  });
  const options: Options = {
    delimiter: dialect.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    // Blank lines come through as [''] so that line numbers can be counted here (cheaper than
    // csv-parse's `info`); they are dropped below.
    skip_empty_lines: false,
    max_record_size: limits.maxRecordBytes,
    from_line: dialect.sepLine ? 2 : 1,
  };
  // Stream options pass through to the Transform (csv-parse's types leave them out): records are
  // taken out right after each write, so the readable side must never push back.
  const parser = parse({ ...options, readableHighWaterMark: 2 ** 30 } as Options);
  // A parse error destroys the stream and is re-emitted later: read from `errored` instead.
  parser.on('error', () => undefined);
  let line = dialect.sepLine ? 1 : 0;

  const drain = (): RawRow[] => {
    const batch: RawRow[] = [];
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) {
      const rowNumber = line + 1;
      line = rowNumber + lineBreaks(record);
      if (record.length === 1 && record[0] === '') continue;
      if (record.length > limits.maxColumns) throw tooManyColumns(record.length, rowNumber, limits);
      let replaced: SpreadsheetProblem[] | undefined;
      for (let c = 0; c < record.length; c++) {
        const cell = record[c]!;
        if (cell.length > limits.maxCellChars) throw cellTooLarge(cell.length, rowNumber, c, limits);
        if (replacements && cell.includes('\uFFFD')) {
          (replaced ??= []).push({
            severity: 'warning',
            code: 'invalid_bytes',
            row: rowNumber,
            column: problemColumn(c),
            message: `Row ${rowNumber}, column ${columnLetter(c)}: some bytes are not valid ${ENCODING_NAMES[encoding.encoding]} and show as �.`,
          });
        }
      }
      batch.push(replaced ? { rowNumber, cells: record, problems: replaced } : { rowNumber, cells: record });
    }
    return batch;
  };

  try {
    for await (const chunk of text) {
      parser.write(chunk);
      const batch = drain();
      if (batch.length > 0) yield batch;
      if (parser.errored) throw csvFailure(parser.errored, line, limits);
    }
    parser.end();
    const batch = drain();
    if (batch.length > 0) yield batch;
    if (parser.errored) throw csvFailure(parser.errored, line, limits);
  } catch (error) {
    throw csvFailure(error, line, limits);
  } finally {
    parser.destroy();
    peeked.close();
  }
}

/** Line breaks inside the cells of a record (CRLF counts once), to find the line it starts on. */
function lineBreaks(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.length === 0 || (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1)) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

export function tooManyColumns(count: number, row: number, limits: ReadLimits): SpreadsheetError {
  return new SpreadsheetError({
    code: 'too_many_columns',
    row,
    message: `Row ${row} has ${countText(count)} columns; at most ${countText(limits.maxColumns)} can be imported. A file this wide is usually a wrong export (or split on the wrong delimiter): keep the columns you need.`,
  });
}

export function cellTooLarge(length: number, row: number, column: number, limits: ReadLimits): SpreadsheetError {
  return new SpreadsheetError({
    code: 'cell_too_large',
    row,
    column: problemColumn(column),
    message: `The cell in row ${row}, column ${columnLetter(column)} holds ${countText(length)} characters; a cell can hold at most ${countText(limits.maxCellChars)} (Excel's own limit). In a CSV file this usually means a quote (") that is never closed, so that the rest of the file became one cell.`,
  });
}

function csvFailure(error: unknown, lastLine: number, limits: ReadLimits): SpreadsheetError {
  if (error instanceof SpreadsheetError) return error;
  // The record that failed starts after the last one read.
  const start = lastLine + 1;
  if (error instanceof CsvError) {
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return new SpreadsheetError(
          {
            code: 'unclosed_quote',
            row: start,
            message: `A quoted cell that starts in row ${start} (line ${start}) is never closed: every line after it became part of that cell. Check that row for a stray quote (") and double the quotes inside quoted cells ("").`,
          },
          { cause: error },
        );
      case 'CSV_MAX_RECORD_SIZE':
        return new SpreadsheetError(
          {
            code: 'record_too_large',
            row: start,
            message: `The row starting on line ${start} is larger than ${countText(limits.maxRecordBytes / 1024 / 1024)} MB. This usually means a quote (") that is never closed, so that the rest of the file became one cell.`,
          },
          { cause: error },
        );
      default:
        return new SpreadsheetError(
          {
            code: 'malformed_csv',
            row: start,
            message: `The CSV file cannot be read near line ${start}: ${error.message}`,
          },
          { cause: error },
        );
    }
  }
  return new SpreadsheetError(
    {
      code: 'read_failed',
      message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    },
    { cause: error },
  );
}
