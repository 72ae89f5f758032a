import { describe, expect, it } from 'vitest';
import { GS } from './gs1.js';
import { parseBatchFile, type BatchFile } from './parse-scan.js';

const codes = (file: BatchFile) => file.lines.map((l) => l.code);

/** Every line that is not blank is a scan, an error or the header: none is dropped silently. */
function expectAllAccounted(text: string, file: BatchFile) {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nonBlank = body
    .split(/\r\n|\r|\n/)
    .map((row, i) => ({ row, line: i + 1 }))
    .filter((r) => r.row.trim() !== '')
    .map((r) => r.line);
  const seen = [...file.lines.map((l) => l.line), ...file.errors.map((e) => e.line)];
  if (file.headerLine !== undefined) seen.push(file.headerLine);
  expect(seen.sort((a, b) => a - b)).toEqual(nonBlank);
}

describe('batch files: lines and line ends', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`reads ${name} line ends, with or without a final one`, () => {
      for (const text of [['QM-1', 'QM-2', 'QM-3'].join(eol), ['QM-1', 'QM-2', 'QM-3', ''].join(eol)]) {
        const file = parseBatchFile(text);
        expect(file.lines).toEqual([
          { line: 1, code: 'QM-1' },
          { line: 2, code: 'QM-2' },
          { line: 3, code: 'QM-3' },
        ]);
        expect(file.errors).toEqual([]);
      }
    });
  }

  it('reads mixed line ends, counting lines as an editor does', () => {
    const file = parseBatchFile('A\r\nB\nC\rD');
    expect(file.lines.map((l) => [l.line, l.code])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
      [4, 'D'],
    ]);
  });

  it('ignores a byte order mark and blank lines, keeping line numbers', () => {
    const text = '\uFEFFQM-1\r\n\r\n   \r\n\tQM-2\r\n\r\n';
    const file = parseBatchFile(text);
    expect(file.lines).toEqual([
      { line: 1, code: 'QM-1' },
      { line: 4, code: 'QM-2' },
    ]);
    expectAllAccounted(text, file);
  });

  it('an empty file has no lines and no errors', () => {
    expect(parseBatchFile('')).toEqual({ lines: [], errors: [] });
    expect(parseBatchFile('\uFEFF\r\n\n')).toEqual({ lines: [], errors: [] });
  });

  it('keeps inner spaces of serials and GS1 codes with their separators', () => {
    const gs1 = `01095060001343521710LOT1${GS}21S,1`;
    const file = parseBatchFile(`SN 123 456\n2024-05-06 07:08:09,${gs1}`);
    expect(codes(file)).toEqual(['SN 123 456', gs1]);
  });
});

describe('batch files: columns', () => {
  it('"time,code", "time<TAB>code" and "time;code"', () => {
    const file = parseBatchFile('2024-01-02 10:00:00,QM-1\n2024-01-02 10:00:05\tQM-2\n2024-01-02 10:00:09;QM-3');
    expect(file.lines).toEqual([
      { line: 1, code: 'QM-1', scannedAt: '2024-01-02T10:00:00' },
      { line: 2, code: 'QM-2', scannedAt: '2024-01-02T10:00:05' },
      { line: 3, code: 'QM-3', scannedAt: '2024-01-02T10:00:09' },
    ]);
  });

  it('"date,time,code", "code,time" and "code,date,time"', () => {
    const file = parseBatchFile('2024-01-02,10:00:00,QM-1\nQM-2,2024-01-02T10:01:00\nQM-3,2024-01-02,10:02');
    expect(file.lines).toEqual([
      { line: 1, code: 'QM-1', scannedAt: '2024-01-02T10:00:00' },
      { line: 2, code: 'QM-2', scannedAt: '2024-01-02T10:01:00' },
      { line: 3, code: 'QM-3', scannedAt: '2024-01-02T10:02:00' },
    ]);
  });

  it('a code after the time keeps its commas; quoted codes are unquoted', () => {
    const file = parseBatchFile(
      '2024-01-02 10:00:00,A,B\n"2024-01-02 10:00:01","QM ""7"""\n"X,Y"\n2024-01-02 10:00:02,"P,Q"',
    );
    expect(codes(file)).toEqual(['A,B', 'QM "7"', 'X,Y', 'P,Q']);
    expect(file.errors).toEqual([]);
  });

  it('skips a header line and says which', () => {
    const text = 'Timestamp,Barcode\n2024-01-02 10:00:00,QM-1';
    const file = parseBatchFile(text);
    expect(file.headerLine).toBe(1);
    expect(codes(file)).toEqual(['QM-1']);
    expectAllAccounted(text, file);
    expect(parseBatchFile('code\nQM-1').headerLine).toBe(1);
    // Column names further down are not a header: an error, not a silent skip.
    expect(parseBatchFile('QM-1\ntime,code').errors.map((e) => e.line)).toEqual([2]);
  });

  it('a date or time without a code is an error', () => {
    const file = parseBatchFile('2024-01-02 10:00:00\n2024-01-02 10:00:00,\n2024-01-02 10:00:00,   ');
    expect(file.lines).toEqual([]);
    expect(file.errors.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(file.errors[0]!.message).toContain('without a code');
  });

  it('a time without a date is an error', () => {
    expect(parseBatchFile('10:00:00,QM-1').errors).toEqual([
      { line: 1, message: '"10:00:00" is a time without a date: the scan cannot be dated.' },
    ]);
  });

  it('two fields neither of which is a time are an error suggesting quotes', () => {
    const file = parseBatchFile('AB,C');
    expect(file.errors[0]!.message).toContain('quote a code that contains a comma');
  });

  it('an empty quoted code is an error', () => {
    expect(parseBatchFile('""\n2024-01-02 10:00:00,""').errors).toEqual([
      { line: 1, message: 'An empty code.' },
      { line: 2, message: 'A date and time without a code.' },
    ]);
  });

  it('an open quote is an error', () => {
    expect(parseBatchFile('"QM-1,2024-01-02 10:00:00').errors[0]!.message).toContain('not closed');
    expect(parseBatchFile('"QM"X,2024-01-02 10:00:00').errors[0]!.message).toContain('closing quote');
  });
});

describe('batch files: times', () => {
  it('ISO 8601 with a zone becomes UTC; without one stays the device’s local time', () => {
    const file = parseBatchFile(
      [
        '2024-01-02T10:00:00Z,A',
        '2024-01-02T10:00:00+02:00,B',
        '2024-01-02T00:30:00-0130,C',
        '2024-01-02T10:00:00.1234,D',
        '2024-01-02 10:00,E',
        '2024/01/02 10:00:00,F',
        '2024-01-02,G',
      ].join('\n'),
    );
    expect(file.lines.map((l) => l.scannedAt)).toEqual([
      '2024-01-02T10:00:00Z',
      '2024-01-02T08:00:00Z',
      '2024-01-02T02:00:00Z',
      '2024-01-02T10:00:00.123',
      '2024-01-02T10:00:00',
      '2024-01-02T10:00:00',
      '2024-01-02',
    ]);
  });

  it('the device’s UTC offset applies to times without one', () => {
    const file = parseBatchFile('2024-01-01 00:30:00,A\n2024-01-01T00:30:00Z,B', { utcOffset: '+01:00' });
    expect(file.lines.map((l) => l.scannedAt)).toEqual(['2023-12-31T23:30:00Z', '2024-01-01T00:30:00Z']);
    expect(() => parseBatchFile('A', { utcOffset: 'CET' })).toThrow(/not a UTC offset/);
  });

  it('dotted dates are day first; 12-hour clocks are read', () => {
    const file = parseBatchFile('03.04.2024 14:05,A\n12/25/2024 12:00 AM,B\n12/25/2024 1:05:09 p.m.,C');
    expect(file.lines.map((l) => l.scannedAt)).toEqual([
      '2024-04-03T14:05:00',
      '2024-12-25T00:00:00',
      '2024-12-25T13:05:09',
    ]);
  });

  it('refuses a slashed date whose day and month order cannot be told', () => {
    const file = parseBatchFile('03/04/2024 10:00:00,QM-1');
    expect(file.lines).toEqual([]);
    expect(file.errors).toHaveLength(1);
    expect(file.errors[0]!.message).toContain('could be 3 April or 4 March');
    expect(file.errors[0]!.message).toContain('YYYY-MM-DD');
  });

  it('a day and a month that are the same number are not ambiguous', () => {
    expect(parseBatchFile('05/05/2024 10:00,QM-1').lines[0]!.scannedAt).toBe('2024-05-05T10:00:00');
  });

  it('takes the order from a line that shows it (one device, one format)', () => {
    const dayFirst = parseBatchFile('25/03/2024 10:00:00,A\n03/04/2024 10:00:00,B');
    expect(dayFirst.dateOrder).toEqual({ order: 'DMY', source: 'file' });
    expect(dayFirst.lines.map((l) => l.scannedAt)).toEqual(['2024-03-25T10:00:00', '2024-04-03T10:00:00']);
    const monthFirst = parseBatchFile('03/04/2024 10:00:00,A\n03/25/2024 10:00:00,B');
    expect(monthFirst.dateOrder).toEqual({ order: 'MDY', source: 'file' });
    expect(monthFirst.lines.map((l) => l.scannedAt)).toEqual(['2024-03-04T10:00:00', '2024-03-25T10:00:00']);
  });

  it('refuses every slashed date of a file that mixes both orders', () => {
    const text = '25/03/2024 10:00,A\n03/25/2024 10:00,B\n01/02/2024 10:00,C\n2024-01-02 10:00,D';
    const file = parseBatchFile(text);
    expect(codes(file)).toEqual(['D']);
    expect(file.errors.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(file.errors[0]!.message).toContain('mixes day-first (line 1: 25/03/2024 10:00)');
    expectAllAccounted(text, file);
  });

  it('takes the order from the caller, and refuses dates impossible in it', () => {
    const file = parseBatchFile('03/04/2024 10:00,A\n03/25/2024 10:00,B', { dateOrder: 'DMY' });
    expect(file.dateOrder).toEqual({ order: 'DMY', source: 'option' });
    expect(file.lines).toEqual([{ line: 1, code: 'A', scannedAt: '2024-04-03T10:00:00' }]);
    expect(file.errors[0]).toMatchObject({ line: 2 });
    expect(file.errors[0]!.message).toContain('no month 25');
    expect(parseBatchFile('03/04/2024 10:00,A', { dateOrder: 'MDY' }).lines[0]!.scannedAt).toBe('2024-03-04T10:00:00');
  });

  it('refuses dates and times that do not exist', () => {
    const text = [
      '2024-02-30 10:00,A',
      '2023-02-29 10:00,B',
      '2024-13-01 10:00,C',
      '2024-01-02 25:00,D',
      '2024-01-02 10:60,E',
      '31/31/2024 10:00,F',
      '2024-01-02T10:00:00+15:00,G',
      '13/01/2024 13:00 PM,H',
    ].join('\n');
    const file = parseBatchFile(text);
    expect(file.lines).toEqual([]);
    expect(file.errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(file.errors[0]!.message).toContain('February 2024 has no day 30');
    expect(file.errors[2]!.message).toContain('no month 13');
    expectAllAccounted(text, file);
  });

  it('refuses two-digit years', () => {
    expect(parseBatchFile('01/02/24 10:00,A').errors[0]!.message).toContain('two-digit year');
  });

  it('accounts for every line of a messy file', () => {
    const text = [
      '\uFEFFscan time;code',
      '2024-01-02 10:00:00;QM-1',
      '',
      'QM-2',
      '10:00,QM-3',
      '2024-02-30 10:00;QM-4',
      '  ',
      '03/04/2024 10:00;QM-5',
      'AB,CD',
      '"open',
      `${GS}0109506000134352`,
    ].join('\r\n');
    const file = parseBatchFile(text);
    expectAllAccounted(text, file);
    expect(codes(file)).toEqual(['QM-1', 'QM-2', `${GS}0109506000134352`]);
    expect(file.errors.map((e) => e.line)).toEqual([5, 6, 8, 9, 10]);
  });
});
