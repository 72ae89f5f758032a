/**
 * The limits of what the readers accept, each with the reason for its value. A file over a limit is
 * refused with a `SpreadsheetError` naming the limit, the row and the column.
 */
export interface ReadLimits {
  /** Columns per row. Real asset sheets have tens; thousands mean a broken export or a wrong delimiter. */
  maxColumns: number;
  /**
   * Characters in one cell: 32,767 is Excel's own limit, so no spreadsheet a person edits can hold
   * more. A longer cell is nearly always a quote that never closes, swallowing the rest of the file.
   */
  maxCellChars: number;
  /** Bytes of one CSV record (all its cells): a memory guard for a runaway quoted field. */
  maxRecordBytes: number;
  /** Bytes read ahead to detect the encoding, the delimiter and the line endings. */
  sampleBytes: number;
  /** Data rows buffered ahead to check columns (mangled values) before rows are handed on. */
  sampleRows: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxColumns: 1000,
  maxCellChars: 32_767,
  maxRecordBytes: 8 * 1024 * 1024,
  sampleBytes: 1024 * 1024,
  sampleRows: 1000,
};

export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
