import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding, plausibility } from './detect-encoding.js';
import { SpreadsheetError } from './problems.js';
import { decodeAll, type TextEncodingName } from './text-decoders.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../../shared/fixtures'),
  'snipe-it',
);

/** A single-byte encoder built from the decoder, for test data. */
function encode(text: string, encoding: 'windows-1252' | 'macintosh'): Uint8Array {
  const bytes = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = decodeAll(encoding, Uint8Array.of(b));
    if (!bytes.has(c)) bytes.set(c, b);
  }
  return Uint8Array.from([...text].map((c) => bytes.get(c) ?? 0x3f));
}

describe('text decoders', () => {
  it('decode Windows-1252 punctuation from the WHATWG table (Node 20 decodes it as Latin-1)', () => {
    expect(decodeAll('windows-1252', Uint8Array.of(0x92, 0x93, 0x94, 0x96, 0x80))).toBe('’“”–€');
  });

  it('decode Mac Roman letters', () => {
    expect(decodeAll('macintosh', Uint8Array.of(0x8e, 0x8f, 0x9a, 0x87))).toBe('éèöá');
  });
});

describe('encoding detection', () => {
  it('trusts a byte-order mark', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      confidence: 1,
    });
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0))).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0, 0x61))).toMatchObject({ encoding: 'utf-16be', bom: true });
  });

  it('finds UTF-16 without a byte-order mark from the NUL beside each ASCII character', () => {
    const le = Buffer.from('Asset Tag,Serial\nQM-1,ABC\n', 'utf16le');
    expect(detectEncoding(le).encoding).toBe('utf-16le');
    const be = Buffer.from(le).swap16();
    expect(detectEncoding(be).encoding).toBe('utf-16be');
  });

  it('refuses UTF-32 with a message naming it', () => {
    expect(() => detectEncoding(Uint8Array.of(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toThrow(/UTF-32/);
  });

  it('refuses binary content, naming the NUL byte', () => {
    const bytes = Buffer.concat([Buffer.from('Asset Tag,Serial\n'), Buffer.from([0, 1, 2, 3, 0, 0, 0x89, 0x50])]);
    const error = catchError(() => detectEncoding(bytes));
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect(error.code).toBe('binary_file');
    expect(error.message).toMatch(/NUL bytes \(the first at byte 18\)/);
  });

  it('reads valid UTF-8, and says when the sample was ASCII only', () => {
    expect(detectEncoding(Buffer.from('name\nRené Müller\n'))).toMatchObject({ encoding: 'utf-8', asciiOnly: false });
    expect(detectEncoding(Buffer.from('name\nRene\n'))).toMatchObject({ encoding: 'utf-8', asciiOnly: true });
  });

  it('does not take a UTF-8 character cut by the end of the sample for an error', () => {
    const bytes = Buffer.from('name\nRené');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  const samples = [
    'name,city\nRené Müller,Zürich\nFrançois Dupont,Besançon\n',
    'note\n“Don’t touch” – the laptop’s screen is cracked…\n',
    'Name,Ort\nJürgen Größe,Köln\nÅsa Ødegård,Tromsø\n',
    'Nombre,Ciudad\nJosé Peña,Logroño\n¿Qué?,São Paulo\n',
    'item,cost\nMonitor,€ 199\nCable,12 €\n',
    'a\ncafé\n',
    'a\ndon’t\n',
  ];
  for (const encoding of ['windows-1252', 'macintosh'] as const) {
    it(`tells ${encoding} from its look-alike by which reading is plausible text`, () => {
      for (const text of samples) {
        const report = detectEncoding(encode(text, encoding), { complete: true });
        expect(report.encoding, text).toBe(encoding);
        expect(report.notes[0]).toMatch(/^The file is not UTF-8 .*; read as (Windows-1252|Mac Roman) \(/);
      }
    });
  }

  it('names the byte that decided: "é appears as 0x8E" for Mac Roman', () => {
    const report = detectEncoding(encode('name\nCafé Crème, Résumé\n', 'macintosh'), { complete: true });
    expect(report.notes[0]).toContain('read as Mac Roman (é appears as 0x8E, which Windows-1252 would show as Ž)');
  });

  it('scores ordinary text above a wrong reading', () => {
    expect(plausibility('Café Crème')).toBeGreaterThan(plausibility('CafŽ CrŹme'));
    expect(plausibility('don’t')).toBeGreaterThan(plausibility('donít'));
  });

  it('reads the Snipe-IT BAD file as Mac Roman and says it is not UTF-8', () => {
    const bytes = readFileSync(path.join(SNIPE, 'assets-sample-BAD.csv'));
    const report = detectEncoding(bytes);
    expect(report.encoding satisfies TextEncodingName).toBe('macintosh');
    expect(report.confidence).toBeGreaterThan(0.8);
    expect(report.notes[0]).toBe(
      'The file is not UTF-8 (byte 0x89 on line 12 is not valid UTF-8); read as Mac Roman (Ä appears as 0x80, which Windows-1252 would show as €).',
    );
  });
});

function catchError(fn: () => unknown): SpreadsheetError {
  try {
    fn();
  } catch (error) {
    return error as SpreadsheetError;
  }
  throw new Error('expected an error');
}
