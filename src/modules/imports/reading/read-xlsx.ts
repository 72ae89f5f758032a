/**
 * Streaming XLSX reader over exceljs's WorkbookReader: rows come out as the archive streams in,
 * one sheet (the first, or the one named), each cell as the text a person saw (xlsx-values.ts).
 *
 * A damaged workbook must give one clear error, never a crash or a wait without end. A truncated
 * archive makes exceljs throw; but some damage (a corrupt compressed entry) makes it wait forever
 * for data that never comes. So a watchdog runs while this reader waits on exceljs: if neither a
 * byte of the file is taken nor a row produced for `stallTimeoutMs`, the file is declared damaged.
 * Time the consumer spends with a row (say, writing it to the database) does not count.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { peekHead, type ByteSource, type PeekedSource } from './byte-source.js';
import { resolveLimits, type ReadLimits } from './limits.js';
import {
  SpreadsheetError,
  columnLetter,
  countText,
  listText,
  problemColumn,
  type SpreadsheetProblem,
} from './problems.js';
import type { RawRow } from './raw-row.js';
import { cellTooLarge, flatten, tooManyColumns } from './read-csv.js';
import { cellText } from './xlsx-values.js';

export interface XlsxOptions {
  /** The sheet to read, by name (case-insensitive); the first sheet otherwise. */
  sheet?: string;
  limits?: Partial<ReadLimits>;
  /** How long exceljs may make no progress before the file is declared damaged (default 15 s). */
  stallTimeoutMs?: number;
}

export interface XlsxRead {
  /** Every non-empty row of the sheet, the header first, in batches. Iterate this or `records`, once. */
  batches: AsyncIterable<RawRow[]>;
  /** Every non-empty row of the sheet, the header first. */
  records: AsyncIterable<RawRow>;
  /** The sheet being read, known once the first record has been read. */
  sheet: { name?: string };
}

const DEFAULT_STALL_MS = 15_000;

export async function readXlsx(source: ByteSource, options: XlsxOptions = {}): Promise<XlsxRead> {
  const limits = resolveLimits(options.limits);
  return openXlsx(await peekHead(source, limits.sampleBytes), options);
}

export function openXlsx(peeked: PeekedSource, options: XlsxOptions = {}): XlsxRead {
  const limits = resolveLimits(options.limits);
  const sheet: { name?: string } = {};
  const batches = readBatches(peeked, options, limits, sheet);
  return { batches, records: flatten(batches), sheet };
}

function damaged(detail: string, cause?: unknown): SpreadsheetError {
  return new SpreadsheetError(
    {
      code: 'xlsx_damaged',
      message: `The XLSX file is damaged or truncated (${detail}). Open it in Excel or LibreOffice and save it again, or export the sheet as CSV.`,
    },
    cause === undefined ? undefined : { cause },
  );
}

/** Minimal view of exceljs's streaming readers (their published types lack what is used here). */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: { name: string; state?: string }[] };
}

const BATCH = 256;

async function* readBatches(
  peeked: PeekedSource,
  options: XlsxOptions,
  limits: ReadLimits,
  sheetInfo: { name?: string },
): AsyncGenerator<RawRow[]> {
  const stallMs = options.stallTimeoutMs ?? DEFAULT_STALL_MS;
  let lastActivity = Date.now();
  async function* watched(): AsyncGenerator<Buffer> {
    for await (const chunk of peeked.chunks) {
      lastActivity = Date.now();
      yield chunk;
    }
  }
  const input = Readable.from(watched(), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as BookReader;

  // One timer for the whole read: it fails the pending wait when exceljs stops making progress.
  let failWait: ((error: Error) => void) | undefined;
  const timer = setInterval(
    () => {
      if (failWait && Date.now() - lastActivity > stallMs) {
        failWait(damaged(`reading stopped making progress after ${countText(Math.round(stallMs / 1000))} s`));
      }
    },
    Math.max(50, Math.min(1000, stallMs / 4)),
  );
  const step = <T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> =>
    new Promise<IteratorResult<T>>((resolve, reject) => {
      lastActivity = Date.now();
      failWait = reject;
      iterator.next().then(resolve, reject);
    }).finally(() => {
      failWait = undefined;
      lastActivity = Date.now();
    });

  const wanted = options.sheet?.trim().toLowerCase();
  const seen: string[] = [];
  let found = false;
  try {
    const sheets = reader[Symbol.asyncIterator]();
    for (;;) {
      const next = await step(sheets);
      if (next.done) break;
      const sheet = next.value;
      seen.push(sheet.name);
      if (!isWanted(sheet, reader, wanted, seen.length === 1)) {
        // Read a skipped sheet to its end all the same: when exceljs buffered it in a temporary
        // file, it deletes that file as soon as we move on, and an unread sheet's lazily opened
        // file stream then fails with ENOENT outside our reach (an uncaught error).
        const skipped = sheet[Symbol.asyncIterator]();
        while (!(await step(skipped)).done);
        continue;
      }
      found = true;
      sheetInfo.name = sheet.name;
      const rows = sheet[Symbol.asyncIterator]();
      let batch: RawRow[] = [];
      for (;;) {
        const row = await step(rows);
        if (row.done) break;
        const record = toRecord(row.value, limits);
        if (record) batch.push(record);
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      break;
    }
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw damaged(damageDetail(error), error);
  } finally {
    clearInterval(timer);
    input.destroy();
    peeked.close();
  }
  if (!found) {
    if (seen.length === 0) {
      throw new SpreadsheetError({
        code: 'not_a_spreadsheet',
        message:
          'The file is a ZIP archive without any worksheet: it is not an XLSX workbook (a binary .xlsb workbook or a Word document, perhaps). Save the sheet as XLSX or CSV.',
      });
    }
    const names = reader.model?.sheets?.map((s) => s.name) ?? seen;
    throw new SpreadsheetError({
      code: 'sheet_not_found',
      message: `The workbook has no sheet called "${options.sheet}". Its sheets are ${listText(names.map((n) => `"${n}"`))}.`,
    });
  }
}

function damageDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (/FILE_ENDED|unexpected end/i.test(message)) return 'the file ends too early';
  if (
    (typeof code === 'string' && code.startsWith('Z_')) ||
    /invalid (distance|block|code|stored)|header check/i.test(message)
  ) {
    return `a compressed part of it is corrupt: ${message}`;
  }
  if (/^\d+:\d+: /.test(message)) return `a part of it is not well-formed XML: ${message.replace(/^\d+:\d+: /, '')}`;
  return message;
}

/** The named sheet, or else the first visible sheet in the workbook's own order. */
function isWanted(sheet: SheetReader, reader: BookReader, wanted: string | undefined, firstEmitted: boolean): boolean {
  if (wanted !== undefined) return sheet.name.trim().toLowerCase() === wanted;
  const order = reader.model?.sheets;
  if (!order || order.length === 0) return firstEmitted;
  const first = order.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? order[0]!;
  return first.name === sheet.name;
}

function toRecord(row: ExcelJS.Row, limits: ReadLimits): RawRow | undefined {
  const cells: string[] = [];
  let any = false;
  let failure: SpreadsheetError | undefined;
  let problems: SpreadsheetProblem[] | undefined;
  if (row.cellCount > limits.maxColumns) throw tooManyColumns(row.cellCount, row.number, limits);
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (failure) return;
    const text = cellText(cell.value, cell.numFmt);
    if (text.length > limits.maxCellChars) {
      failure = cellTooLarge(text.length, row.number, column - 1, limits);
      return;
    }
    while (cells.length < column - 1) cells.push('');
    cells.push(text);
    if (text.trim() !== '') any = true;
    // Excel keeps 15 significant digits: a longer number (a serial typed as a number) lost the rest.
    if (typeof cell.value === 'number' && Math.abs(cell.value) >= 1e15) {
      (problems ??= []).push({
        severity: 'warning',
        code: 'digits_lost',
        row: row.number,
        column: problemColumn(column - 1),
        message: `Row ${row.number}, column ${columnLetter(column - 1)}: ${text} is stored as a number, and Excel keeps only 15 digits of a number, so its last digits may be lost. If it is an identifier, format the column as text and enter it again.`,
      });
    }
  });
  if (failure) throw failure;
  if (!any) return undefined;
  return problems ? { rowNumber: row.number, cells, problems } : { rowNumber: row.number, cells };
}
