import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetError, type SpreadsheetProblem } from './problems.js';
import type { RawRow } from './raw-row.js';
import { readSpreadsheet, type Spreadsheet, type SpreadsheetOptions } from './read-spreadsheet.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../../shared/fixtures'),
  'snipe-it',
);

async function readFixture(name: string): Promise<{ sheet: Spreadsheet; rows: RawRow[] }> {
  const sheet = await readSpreadsheet(createReadStream(path.join(SNIPE, name)));
  const rows: RawRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return { sheet, rows };
}

async function readBytes(bytes: Buffer | string, options: SpreadsheetOptions = {}) {
  const sheet = await readSpreadsheet(Readable.from([typeof bytes === 'string' ? Buffer.from(bytes) : bytes]), options);
  const rows: RawRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return { sheet, rows };
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

const byCode = (problems: SpreadsheetProblem[], code: string) => problems.filter((p) => p.code === code);

describe('reading the Snipe-IT sample files', () => {
  const counts: Record<string, number> = {
    'accessories-sample.csv': 3,
    'assets-sample.csv': 22,
    'assets-sample-BAD.csv': 200,
    'assets-sample-BLANKS.csv': 200,
    'components-sample.csv': 1,
    'consumables-sample.csv': 3,
    'licenses-sample.csv': 50,
    'locations-sample.csv': 19,
    'models-sample.csv': 20,
    'users-sample.csv': 100,
  };
  for (const [name, count] of Object.entries(counts)) {
    it(`reads ${name}: ${count} data rows, every row as wide as the header`, async () => {
      const { sheet, rows } = await readFixture(name);
      expect(sheet.format).toBe('csv');
      expect(rows).toHaveLength(count);
      expect(rows.every((r) => r.cells.length === sheet.headers.length)).toBe(true);
    });
  }

  it('assets-sample.csv: UTF-8 with a byte-order mark, 22 unique tags, no problems', async () => {
    const { sheet, rows } = await readFixture('assets-sample.csv');
    expect(sheet.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(sheet.headers[0]).toEqual({ index: 0, letter: 'A', raw: 'Company', normalised: 'company' });
    const tags = rows.map((r) => r.cells[2]);
    expect(new Set(tags).size).toBe(22);
    expect(rows[0]!.cells[8]).toBe('Macbook Pro 13"');
    expect(sheet.problems).toEqual([]);
  });

  it('assets-sample-BAD.csv: CR line endings, Mac Roman, duplicate headers and a mangled column reported', async () => {
    const { sheet, rows } = await readFixture('assets-sample-BAD.csv');
    expect(sheet.dialect?.lineEnding).toBe('CR');
    expect(sheet.encoding?.encoding).toBe('macintosh');
    expect(rows.at(-1)!.rowNumber).toBe(201);

    const [encoding] = byCode(sheet.problems, 'not_utf8');
    expect(encoding!.message).toMatch(
      /^The file is not UTF-8 \(byte 0x89 on line 12 is not valid UTF-8\); read as Mac Roman/,
    );

    const duplicates = byCode(sheet.problems, 'duplicate_header');
    expect(duplicates.map((p) => p.column!.letter)).toEqual(['D', 'Q', 'F', 'M']);
    expect(duplicates[0]!.message).toBe(
      'The header "Company" appears twice: columns D (the 4th) and Q (the 17th). Their values are the same in the first 200 rows: column D is used.',
    );
    expect(duplicates[2]!.message).toMatch(
      /^The header "Category" appears twice: columns F \(the 6th\) and M \(the 13th\)/,
    );

    const [scientific] = byCode(sheet.problems, 'scientific_notation');
    expect(scientific!.column).toEqual({ index: 8, letter: 'I', header: 'Model Number' });
    expect(scientific!.message).toMatch(
      /^Column I \(Model Number\): 200 of 200 values are in scientific notation \("6\.37702E\+15" in row 2\)/,
    );

    const [mojibake] = byCode(sheet.problems, 'mojibake');
    expect(mojibake!.column!.header).toBe('Location');
    expect(mojibake!.message).toMatch(/"Lutsâ€™k" in row 12 was probably "Luts’k"/);
  });

  it('assets-sample-BLANKS.csv: the three blank header cells named by letter and position', async () => {
    const { sheet } = await readFixture('assets-sample-BLANKS.csv');
    const blanks = byCode(sheet.problems, 'blank_header');
    expect(blanks.map((p) => p.column!.letter)).toEqual(['E', 'I', 'N']);
    expect(blanks[0]!.message).toBe(
      'Column E (the 5th) has no header and is empty in the first 200 rows: it is ignored.',
    );
    expect(blanks.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('licenses-sample.csv: 33 rows whose quoted cells hold line breaks, numbered by their first line', async () => {
    const { rows } = await readFixture('licenses-sample.csv');
    const multiline = rows.filter((r) => r.cells.some((c) => c.includes('\n')));
    expect(multiline).toHaveLength(33);
    expect(rows[0]!.cells[19]).toMatch(/justo\. In blandit.*\n\nProin interdum/s);
    expect(rows.slice(0, 3).map((r) => r.rowNumber)).toEqual([2, 5, 6]);
    expect(rows.map((r) => r.cells[8]).slice(0, 2)).toEqual(['$12.58', '$41.70']);
  });

  it('users-sample.csv: 5 blank e-mails', async () => {
    const { sheet, rows } = await readFixture('users-sample.csv');
    const email = sheet.headers.find((h) => h.normalised === 'email')!.index;
    expect(rows.filter((r) => r.cells[email]!.trim() === '')).toHaveLength(5);
  });
});

describe('malformed files', () => {
  it('refuses a PNG named .csv, naming what it is', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = await failure(readBytes(png));
    expect(error.code).toBe('binary_file');
    expect(error.message).toBe(
      'This is not a spreadsheet: the file is a PNG image. To import, save the sheet as CSV or XLSX and upload that.',
    );
  });

  it('refuses an OpenDocument spreadsheet by its mimetype entry', async () => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    const ods = Buffer.concat([header, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    const error = await failure(readBytes(ods));
    expect(error.code).toBe('not_a_spreadsheet');
    expect(error.message).toMatch(/^This is an OpenDocument file/);
  });

  it('refuses other binary content by its NUL bytes', async () => {
    const error = await failure(readBytes(Buffer.from([0x41, 0x42, 0, 0, 0, 7, 8, 0, 0x43])));
    expect(error.code).toBe('binary_file');
  });

  it('refuses an empty file, and one of blank lines', async () => {
    expect((await failure(readBytes(''))).message).toBe('The file is empty: there is nothing to import.');
    expect((await failure(readBytes('\n\n ,, \n'))).code).toBe('empty_file');
  });

  it('warns about a file of headers only, with no rows', async () => {
    const { sheet, rows } = await readBytes('Asset Tag,Model\n');
    expect(rows).toEqual([]);
    expect(sheet.headers.map((h) => h.raw)).toEqual(['Asset Tag', 'Model']);
    expect(byCode(sheet.problems, 'no_data_rows')[0]).toMatchObject({ severity: 'warning' });
  });

  it('refuses 10,000 columns', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const error = await failure(readBytes(`${header}\n1,2\n`));
    expect(error.code).toBe('too_many_columns');
  });

  it('refuses a 1 MB cell, naming its row and column', async () => {
    const error = await failure(readBytes(`Asset Tag,Notes\nQM-1,${'x'.repeat(1024 * 1024)}\n`));
    expect(error.problem).toMatchObject({ code: 'cell_too_large', row: 2, column: { letter: 'B' } });
  });

  it('refuses a truncated XLSX as damaged or truncated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Assets');
    ws.addRow(['Asset Tag', 'Model']);
    for (let i = 0; i < 500; i++) ws.addRow([`QM-${i}`, `Model ${i}`]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const error = await failure(readBytes(bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    expect(error.code).toBe('xlsx_damaged');
    expect(error.message).toMatch(/^The XLSX file is damaged or truncated/);
  });

  it('reads an XLSX upload by its content, whatever its name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Assets');
    ws.addRow(['Asset Tag', 'Purchase Date']);
    ws.addRow(['QM-1', new Date(Date.UTC(2023, 0, 23))]).getCell(2).numFmt = 'd/m/yyyy';
    const { sheet, rows } = await readBytes(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet).toMatchObject({ format: 'xlsx', sheetName: 'Assets', encoding: null, headerRowNumber: 1 });
    expect(rows).toEqual([{ rowNumber: 2, cells: ['QM-1', '2023-01-23'] }]);
  });

  it('warns about cells beyond the last header, and pads short rows', async () => {
    const { rows } = await readBytes('Asset Tag,Model\nQM-1,X,stray\nQM-2\n');
    expect(rows[0]!.cells).toEqual(['QM-1', 'X']);
    expect(rows[0]!.problems?.[0]?.message).toMatch(/^Row 2 has 3 cells but the header only 2: "stray" in column C/);
    expect(rows[1]!.cells).toEqual(['QM-2', '']);
  });
});

describe('streaming', () => {
  it('reads a generated 200,000-row CSV with bounded memory', async () => {
    const gc = exposeGc();
    const N = 200_000;
    function* generate() {
      yield Buffer.from('Asset Tag,Name,Model,Manufacturer,Serial,Location,Purchase Date,Purchase Cost,Status,Notes\n');
      let chunk = '';
      for (let i = 1; i <= N; i++) {
        chunk += `QM-${String(i).padStart(7, '0')},Laptop ${i},"Latitude 5440, 14""",Dell,SN${i * 7919},London/Floor ${i % 9},${(i % 12) + 1}/${(i % 28) + 1}/23,${(i % 5000) + 0.99},in use,"note, ${i}"\n`;
        if (i % 1000 === 0) {
          yield Buffer.from(chunk);
          chunk = '';
        }
      }
    }
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    const started = performance.now();
    const sheet = await readSpreadsheet(Readable.from(generate()));
    for await (const row of sheet.batches) {
      count += row.length;
      if (count % 20_000 < row.length) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `200,000-row CSV: ${Math.round(N / seconds).toLocaleString('en-GB')} rows/s, heap growth at most ${(peak / 1e6).toFixed(1)} MB`,
    );
    expect(count).toBe(N);
    // Held rows would take well over 100 MB; what is retained is the sample and one chunk's rows.
    expect(peak).toBeLessThan(gc ? 40e6 : 250e6);
    // Not a timing assertion: a loaded machine only needs more time.
  }, 120_000);
});

/** The garbage collector, when V8 lets it be exposed at run time (it does on Node 20). */
function exposeGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose_gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
