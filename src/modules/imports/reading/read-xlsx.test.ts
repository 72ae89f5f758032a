import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetError } from './problems.js';
import { readXlsx } from './read-xlsx.js';
import type { RawRow } from './raw-row.js';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function rowsOf(bytes: Buffer, options = {}): Promise<{ rows: RawRow[]; sheet?: string }> {
  const xlsx = await readXlsx(Readable.from([bytes]), options);
  const rows: RawRow[] = [];
  for await (const row of xlsx.records) rows.push(row);
  return { rows, sheet: xlsx.sheet.name };
}

async function failure(promise: Promise<unknown>): Promise<SpreadsheetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetError);
    return error as SpreadsheetError;
  }
  throw new Error('expected a SpreadsheetError');
}

const assets = (wb: ExcelJS.Workbook) => {
  wb.addWorksheet('Read me', { state: 'hidden' }).addRow(['not this one']);
  const ws = wb.addWorksheet('Assets');
  ws.addRow(['Asset Tag', 'Purchase Date', 'Purchase Cost', 'Serial', 'Flag', 'Total', 'Share', 'Bought at']);
  for (let i = 0; i < 50; i++) {
    const row = ws.addRow([
      `QM-${i}`,
      new Date(Date.UTC(2023, 0, 23)),
      2.675 + i,
      637702000000000 + i,
      i % 2 === 0,
      { formula: 'C2*2', result: 0.1 + 0.2 },
      0.125,
      new Date(Date.UTC(2023, 0, 23, 14, 30)),
    ]);
    row.getCell(2).numFmt = 'm/d/yy';
    row.getCell(3).numFmt = '#,##0.00';
    row.getCell(7).numFmt = '0.0%';
    row.getCell(8).numFmt = 'yyyy-mm-dd hh:mm';
  }
  // Row 52 stays empty.
  ws.getRow(53).values = ['QM-last', null, 'tail'];
  wb.addWorksheet('Models').addRow(['Name']);
};

describe('XLSX reader', () => {
  it('reads the first visible sheet, cells as a person saw them', async () => {
    const { rows, sheet } = await rowsOf(await workbook(assets));
    expect(sheet).toBe('Assets');
    expect(rows[0]!.cells[0]).toBe('Asset Tag');
    expect(rows[1]).toEqual({
      rowNumber: 2,
      cells: ['QM-0', '2023-01-23', '2.68', '637702000000000', 'TRUE', '0.3', '12.5%', '2023-01-23T14:30:00'],
    });
    // The empty row is skipped; the numbering stays the sheet's.
    expect(rows.at(-2)!.rowNumber).toBe(51);
    expect(rows.at(-1)).toEqual({ rowNumber: 53, cells: ['QM-last', '', 'tail'] });
  });

  it('warns that a number of 16 or more digits may have lost its last ones', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Assets');
      ws.addRow(['Asset Tag', 'Serial']);
      ws.addRow(['QM-1', 1.23456789012346e18]);
    });
    const { rows } = await rowsOf(bytes);
    expect(rows[1]!.cells[1]).toBe('1234567890123460000');
    expect(rows[1]!.problems?.[0]).toMatchObject({ code: 'digits_lost', row: 2, column: { letter: 'B' } });
  });

  it('reads a sheet by name, ignoring case', async () => {
    const { rows, sheet } = await rowsOf(await workbook(assets), { sheet: 'models' });
    expect(sheet).toBe('Models');
    expect(rows).toEqual([{ rowNumber: 1, cells: ['Name'] }]);
  });

  it('names the sheets there are when the named one is not', async () => {
    const error = await failure(rowsOf(await workbook(assets), { sheet: 'Licences' }));
    expect(error.code).toBe('sheet_not_found');
    expect(error.message).toBe(
      'The workbook has no sheet called "Licences". Its sheets are "Read me", "Assets" and "Models".',
    );
  });

  it('says a truncated workbook is damaged or truncated', async () => {
    const bytes = await workbook(assets);
    for (const cut of [100, bytes.length >> 1, bytes.length - 200]) {
      const error = await failure(rowsOf(bytes.subarray(0, cut)));
      expect(error.code).toBe('xlsx_damaged');
      expect(error.message).toMatch(/^The XLSX file is damaged or truncated/);
    }
  });

  it('gives up on a workbook that stops making progress instead of waiting for ever', async () => {
    const bytes = Buffer.from(await workbook(assets));
    // Overwriting compressed data near the end makes the unzipper wait for data that never comes.
    bytes.fill(0, bytes.length - 3000, bytes.length - 2000);
    const started = Date.now();
    const error = await failure(rowsOf(bytes, { stallTimeoutMs: 300 }));
    expect(error.code).toBe('xlsx_damaged');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a ZIP archive that holds no worksheet', async () => {
    const error = await failure(rowsOf(zipOf('word/document.xml', '<w:document/>')));
    expect(error.code).toBe('not_a_spreadsheet');
    expect(error.message).toMatch(/ZIP archive without any worksheet/);
  });

  it('refuses a row over 1,000 columns', async () => {
    const bytes = await workbook((wb) =>
      wb.addWorksheet('Wide').addRow(Array.from({ length: 1200 }, (_, i) => `c${i}`)),
    );
    const error = await failure(rowsOf(bytes));
    expect(error.code).toBe('too_many_columns');
    expect(error.message).toMatch(/^Row 1 has 1,200 columns/);
  });
});

/** A minimal stored (uncompressed) ZIP archive with one file. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
