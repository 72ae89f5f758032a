/**
 * Tables as files: CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read accents) or XLSX
 * (exceljs's streaming writer, rows committed as they come). Rows are written as they are produced
 * and the writer waits whenever the reader is behind, so a million rows never sit in memory. Every
 * export (lists, finance reports) writes through this one piece.
 */
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type Cell = string | number | null;

/**
 * Whether a spreadsheet opening the CSV could run the text as a formula that does something: = or @
 * first, or + or - first with letters or a DDE pipe after (a function or a command). Phone numbers
 * (+47 22 00 00 00) and negative amounts stay as they are, so they import back unchanged.
 */
function looksLikeFormula(text: string): boolean {
  return /^[=@]/.test(text) || (/^[+-]/.test(text) && /[A-Za-z|!]/.test(text));
}

/**
 * A CSV field, quoted when it holds a delimiter, a quote or a line break. Text that a spreadsheet
 * would run as a formula gets a leading apostrophe.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface TableWriter {
  row(values: Cell[]): Promise<void>;
  end(): Promise<void>;
}

/** Resolves when the reader has taken what was written, or has gone away (then `out.destroyed`). */
function drained(out: PassThrough): Promise<void> {
  if (out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

/**
 * A writer of one table to `out`. Money columns (decimal strings) are written as numbers with two
 * decimals in XLSX, so the spreadsheet's sums work; CSV keeps the exact decimal text.
 */
export function tableWriter(
  format: ExportFormat,
  out: PassThrough,
  sheet: string,
  columns: readonly string[],
  moneyColumns: readonly number[] = [],
): TableWriter {
  if (format === 'csv') {
    let buffer = '\ufeff' + columns.map(csvField).join(',') + '\r\n';
    const flush = async () => {
      if (!out.destroyed && !out.write(buffer)) await drained(out);
      buffer = '';
    };
    return {
      async row(values) {
        buffer += values.map(csvField).join(',') + '\r\n';
        if (buffer.length > 64_000) await flush();
      },
      async end() {
        await flush();
        out.end();
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((header, i) => ({
    header,
    width: Math.max(12, header.length + 2),
    ...(moneyColumns.includes(i) ? { style: { numFmt: '#,##0.00' } } : {}),
  }));
  return {
    async row(values) {
      // Money goes in as a number for the spreadsheet's sums; the decimal string is exact to the cent.
      worksheet
        .addRow(values.map((v, i) => (moneyColumns.includes(i) && typeof v === 'string' ? Number(v) : v)))
        .commit();
      if (out.writableNeedDrain) await drained(out);
    },
    async end() {
      worksheet.commit();
      await workbook.commit();
    },
  };
}
