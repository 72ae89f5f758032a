import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SpreadsheetError } from './problems.js';
import { readCsv } from './read-csv.js';
import type { RawRow } from './raw-row.js';

async function rowsOf(text: string | Buffer, options = {}): Promise<RawRow[]> {
  const csv = await readCsv(Readable.from([typeof text === 'string' ? Buffer.from(text) : text]), options);
  const rows: RawRow[] = [];
  for await (const row of csv.records) rows.push(row);
  return rows;
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

describe('CSV reader', () => {
  it('reads LF, CRLF, CR-only and mixed line endings alike', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const rows = await rowsOf(['tag,name', 'QM-1,One', 'QM-2,Two'].join(eol) + eol);
      expect(rows.map((r) => r.cells)).toEqual([
        ['tag', 'name'],
        ['QM-1', 'One'],
        ['QM-2', 'Two'],
      ]);
    }
    const mixed = await rowsOf('tag,name\nQM-1,One\r\nQM-2,Two\rQM-3,Three');
    expect(mixed.map((r) => r.cells[0])).toEqual(['tag', 'QM-1', 'QM-2', 'QM-3']);
  });

  it('numbers rows by the line they start on, line breaks inside quotes and blank lines counted', async () => {
    const rows = await rowsOf('tag,notes\nQM-1,"two\nlines"\n\nQM-2,"three\r\nlines\rhere"\nQM-3,x\n');
    expect(rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [1, 'tag'],
      [2, 'QM-1'],
      [5, 'QM-2'],
      [8, 'QM-3'],
    ]);
    expect(rows[2]!.cells[1]).toBe('three\r\nlines\rhere');
  });

  it('keeps quoted delimiters, doubled quotes and stray inch marks', async () => {
    const rows = await rowsOf('model,name\n"Macbook Pro 13""","Kunde, Doyle and Kozey"\nMacbook Pro 13",x\n');
    expect(rows[1]!.cells).toEqual(['Macbook Pro 13"', 'Kunde, Doyle and Kozey']);
    expect(rows[2]!.cells).toEqual(['Macbook Pro 13"', 'x']);
  });

  it('drops the byte-order mark and detects semicolons', async () => {
    const rows = await rowsOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('tag;cost\nQM-1;12,50\n')]));
    expect(rows[0]!.cells).toEqual(['tag', 'cost']);
    expect(rows[1]!.cells).toEqual(['QM-1', '12,50']);
  });

  it('reads UTF-16 with its byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('tag,name\nQM-1,Zoë\n', 'utf16le')]);
    expect((await rowsOf(bytes))[1]!.cells).toEqual(['QM-1', 'Zoë']);
  });

  it('decodes characters split across chunks', async () => {
    const bytes = Buffer.from('tag,name\nQM-1,Zoë Ødegård\n');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const csv = await readCsv(Readable.from(chunks), { limits: { sampleBytes: 4 } });
    const rows: RawRow[] = [];
    for await (const row of csv.records) rows.push(row);
    expect(rows[1]!.cells[1]).toBe('Zoë Ødegård');
  });

  it('re-examines the encoding when non-ASCII bytes come after an ASCII sample', async () => {
    const head = 'tag,name\n' + 'QM-0,plain\n'.repeat(200);
    const tail = Buffer.from([...Buffer.from('QM-9,'), 0x8e, ...Buffer.from('tienne Caf'), 0x8e, 0x0a]);
    const csv = await readCsv(Readable.from([Buffer.from(head), tail]), { limits: { sampleBytes: 1024 } });
    const rows: RawRow[] = [];
    for await (const row of csv.records) rows.push(row);
    expect(rows.at(-1)!.cells[1]).toBe('étienne Café');
    expect(csv.encoding.encoding).toBe('macintosh');
    expect(csv.problems.map((p) => p.message).join(' ')).toMatch(
      /The first 2,214 bytes were plain ASCII\. The file is not UTF-8 \(byte 0x8E at byte 2,215/,
    );
  });

  it('refuses an empty file', async () => {
    expect((await failure(rowsOf(''))).code).toBe('empty_file');
  });

  it('refuses more than 1,000 columns, naming the row', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const error = await failure(rowsOf(`${header}\n1,2\n`));
    expect(error.code).toBe('too_many_columns');
    expect(error.message).toMatch(/^Row 1 has 10,000 columns; at most 1,000/);
  });

  it('refuses a cell over 32,767 characters, naming row and column', async () => {
    const error = await failure(rowsOf(`tag,notes\nQM-1,ok\nQM-2,${'x'.repeat(1024 * 1024)}\n`));
    expect(error.code).toBe('cell_too_large');
    expect(error.problem).toMatchObject({ row: 3, column: { letter: 'B' } });
    expect(error.message).toMatch(/row 3, column B holds 1,048,576 characters; a cell can hold at most 32,767/);
  });

  it('says where a quote that never closes starts', async () => {
    const error = await failure(rowsOf('tag,notes\nQM-1,ok\nQM-2,"open\nQM-3,x\n'));
    expect(error.code).toBe('unclosed_quote');
    expect(error.message).toMatch(/starts in row 3/);
  });

  it('refuses binary content that arrives after a text start', async () => {
    const text = Buffer.from('tag,name\n' + 'QM-0,plain\n'.repeat(200));
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]);
    const error = await failure(rowsOf(Buffer.concat([text, binary]), { limits: { sampleBytes: 512 } }));
    expect(error.code).toBe('binary_file');
  });
});
