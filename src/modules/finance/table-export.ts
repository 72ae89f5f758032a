/**
 * Reports as files: CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read accents) or XLSX
 * (exceljs's streaming writer, rows committed as they come). Rows are written as they are produced,
 * so a million-row register never sits in memory.
 */
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns whose values are money (decimal strings): written as numbers in XLSX with two decimals. */
export interface TableWriter {
  row(values: (string | number | null)[]): Promise<void>;
  end(): Promise<void>;
}

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
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
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
  const worksheet = workbook.addWorksheet(sheet);
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
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    },
    async end() {
      worksheet.commit();
      await workbook.commit();
    },
  };
}
