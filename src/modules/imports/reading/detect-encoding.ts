/**
 * Which text encoding a CSV file is in, from its first bytes (a sample of up to 1 MB):
 *
 * 1. A byte-order mark decides: UTF-8, UTF-16 LE or BE (UTF-32 is refused: nothing exports it).
 * 2. UTF-16 without a mark shows as NUL bytes at every other position (ASCII letters are "A\0").
 * 3. Other NUL bytes, or many control bytes, mean the file is not text at all: refused.
 * 4. Bytes that are valid UTF-8 are read as UTF-8. A sample of ASCII alone is reported as such:
 *    every encoding here reads ASCII the same, and the streaming decoder re-examines the first
 *    non-ASCII bytes when they come (see decode-stream.ts).
 * 5. Otherwise the file is in a single-byte encoding: Windows-1252 (Excel on Windows) or Mac Roman
 *    (Excel on older Macs). Both readings are decoded and scored on how plausible the text looks:
 *    - a byte Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) is a control character
 *      in that reading: strong evidence for Mac Roman, where they are Å, ç, è, ê and ù;
 *    - accented letters common in European languages (é, ü, ç, ñ, ø...) score, more inside a word;
 *    - an upper-case accented letter after a lower-case one ("cafŽ", "rÈsumÈ") is penalised: it is
 *      how Mac Roman é (0x8E) reads in Windows-1252, and Windows-1252 é (0xE9) in Mac Roman;
 *    - typographic punctuation in its usual place scores (’ inside "don’t", “ before a word, € by
 *      a number): Windows-1252 puts it at 0x91-0x97, where Mac Roman has ë, í, ì, î, ï, ñ, ó;
 *    - symbols inside words (√, ∂, ‡, ‰, ˆ, ¸) are penalised.
 *    The higher score wins; the margin gives the confidence, and the report names a byte that
 *    decided it: "read as Mac Roman (é appears as 0x8E; Windows-1252 would show Ž)".
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { findMojibake, mayHoldMojibake } from './mojibake.js';
import { SpreadsheetError, countText } from './problems.js';
import { CP1252_UNASSIGNED, ENCODING_NAMES, decodeAll, type TextEncodingName } from './text-decoders.js';

export interface EncodingReport {
  encoding: TextEncodingName;
  /** 0 to 1: 1 for a byte-order mark, about 0.9 for plain ASCII, lower for a close single-byte call. */
  confidence: number;
  /** The file starts with a byte-order mark. */
  bom: boolean;
  /** The sample held ASCII only: the decoder looks again at the first non-ASCII bytes. */
  asciiOnly: boolean;
  /** What was found, for people: "The file is not UTF-8; read as Mac Roman (é appears as 0x8E)". */
  notes: string[];
}

export interface DetectOptions {
  /** The sample is the whole file (so a sequence cut at its end is an error, not a cut). */
  complete?: boolean;
  /**
   * Where the sample starts in the file, when it is not the start: places are then given as byte
   * positions ("at byte 1,048,577") rather than lines.
   */
  byteOffset?: number;
}

const SINGLE_BYTE: readonly TextEncodingName[] = ['windows-1252', 'macintosh'];

export function detectEncoding(sample: Uint8Array, options: DetectOptions = {}): EncodingReport {
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const bom = detectBom(bytes);
  if (bom) return bom;

  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) return utf16;

  refuseBinary(bytes, options.byteOffset ?? 0);

  const checked = options.complete ? bytes : withoutCutSequence(bytes);
  if (isUtf8(checked)) {
    if (isAscii(checked)) {
      return {
        encoding: 'utf-8',
        confidence: 0.9,
        bom: false,
        asciiOnly: true,
        notes: [
          checked.length === 0
            ? 'The file is empty.'
            : `Only plain ASCII characters in the first ${sizeText(checked.length)}: read as UTF-8.`,
        ],
      };
    }
    return {
      encoding: 'utf-8',
      confidence: 0.99,
      bom: false,
      asciiOnly: false,
      notes: ['The file is UTF-8 (without a byte-order mark).'],
    };
  }
  return detectSingleByte(checked, options.byteOffset);
}

function detectBom(bytes: Buffer): EncodingReport | undefined {
  const b = bytes;
  if (
    (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) ||
    (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
  ) {
    throw new SpreadsheetError({
      code: 'unsupported_encoding',
      message: 'The file is in UTF-32, which is not supported: save it as UTF-8 (CSV UTF-8 in Excel) or as XLSX.',
    });
  }
  const found = (encoding: TextEncodingName): EncodingReport => ({
    encoding,
    confidence: 1,
    bom: true,
    asciiOnly: false,
    notes: [`The file is ${ENCODING_NAMES[encoding]} (it starts with a byte-order mark).`],
  });
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return found('utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return found('utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return found('utf-16be');
  return undefined;
}

/** Text in UTF-16 without a byte-order mark: ASCII characters leave a NUL at every other byte. */
function detectUtf16WithoutBom(bytes: Buffer): EncodingReport | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const pairs = n / 2;
  const pick = (): TextEncodingName | undefined => {
    if (nulOdd / pairs > 0.3 && nulEven / pairs < 0.05) return 'utf-16le';
    if (nulEven / pairs > 0.3 && nulOdd / pairs < 0.05) return 'utf-16be';
    return undefined;
  };
  const encoding = pick();
  if (!encoding) return undefined;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
  } catch {
    return undefined;
  }
  return {
    encoding,
    confidence: 0.9,
    bom: false,
    asciiOnly: false,
    notes: [
      `The file is ${ENCODING_NAMES[encoding]} without a byte-order mark (a NUL byte beside every ASCII character).`,
    ],
  };
}

function refuseBinary(bytes: Buffer, offset: number): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SpreadsheetError({
      code: 'binary_file',
      message: `This is not a text (CSV) file: it contains NUL bytes (the first at byte ${countText(nul + 1 + offset)}), which text never has. If it is a spreadsheet, save it as CSV or XLSX.`,
    });
  }
  let controls = 0;
  for (const b of bytes) {
    // Tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark are text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) controls++;
  }
  if (controls > 3 && controls / bytes.length > 0.005) {
    throw new SpreadsheetError({
      code: 'binary_file',
      message: `This is not a text (CSV) file: ${countText(controls)} of ${countText(bytes.length)} bytes${offset ? ` after byte ${countText(offset)}` : ''} are control codes that text does not contain. If it is a spreadsheet, save it as CSV or XLSX.`,
    });
  }
}

/** Drops a UTF-8 sequence cut by the end of the sample (its remaining bytes are in the next chunk). */
function withoutCutSequence(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
    return bytes;
  }
  return bytes;
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return -1;
}

/** 1-based line of a byte offset (CR, LF and CRLF each end a line). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function detectSingleByte(checked: Buffer, byteOffset: number | undefined): EncodingReport {
  const scores = SINGLE_BYTE.map((encoding) => ({ encoding, score: plausibility(decodeAll(encoding, checked)) }));
  scores.sort((a, b) => b.score - a.score);
  const [best, other] = scores as [(typeof scores)[0], (typeof scores)[0]];
  const margin = best.score - other.score;
  let confidence = 0.5 + 0.45 * (1 - Math.exp(-margin / 12));
  const invalid = firstInvalidUtf8(checked);
  const place =
    byteOffset === undefined
      ? `on line ${countText(lineOf(checked, invalid))}`
      : `at byte ${countText(byteOffset + invalid + 1)}`;
  const where = invalid >= 0 ? ` (byte 0x${hex(checked[invalid]!)} ${place} is not valid UTF-8)` : '';
  const notes = [
    `The file is not UTF-8${where}; read as ${ENCODING_NAMES[best.encoding]} (${evidence(checked, best.encoding, other.encoding)}).`,
  ];
  if (best.score <= 0) {
    confidence = Math.min(confidence, 0.35);
    notes.push(
      'Neither Windows-1252 nor Mac Roman gives ordinary text: the file may be in another encoding (Cyrillic, Greek, Asian). Save it as UTF-8 (CSV UTF-8 in Excel) and import that.',
    );
  } else if (confidence < 0.6) {
    notes.push(
      `Windows-1252 and Mac Roman read this file almost equally well: check the accented letters in the preview, or save the file as UTF-8.`,
    );
  }
  return { encoding: best.encoding, confidence: round2(confidence), bom: false, asciiOnly: false, notes };
}

/**
 * "é appears as 0x8E, which Windows-1252 would show as Ž": the most frequent byte the two readings
 * disagree on, preferring letters, and leaving out mojibake (which is damage, not the encoding).
 */
function evidence(bytes: Buffer, chosen: TextEncodingName, other: TextEncodingName): string {
  const text = decodeAll(chosen, bytes);
  const spans = mayHoldMojibake(text) ? findMojibake(text) : [];
  const counts = new Map<string, number>();
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const span = spans[next];
    if (span && i >= span.start) {
      i = span.end - 1;
      next++;
      continue;
    }
    counts.set(text[i]!, (counts.get(text[i]!) ?? 0) + 1);
  }
  if (counts.size === 0) for (const c of text) if (c.charCodeAt(0) >= 0x80) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    (a, b) => Number(LETTER.test(b[0])) - Number(LETTER.test(a[0])) || b[1] - a[1],
  );
  const char = ranked[0]?.[0];
  const byte = char === undefined ? undefined : byteOf(chosen, char);
  if (char === undefined || byte === undefined) return 'no character decided it';
  const otherReading =
    CP1252_UNASSIGNED.has(byte) && other === 'windows-1252'
      ? 'a byte Windows-1252 does not use'
      : `which ${ENCODING_NAMES[other]} would show as ${charOf(other, byte)}`;
  return `${char} appears as 0x${hex(byte)}, ${otherReading}`;
}

function byteOf(encoding: TextEncodingName, char: string): number | undefined {
  for (let b = 0x80; b <= 0xff; b++) if (charOf(encoding, b) === char) return b;
  return undefined;
}

function charOf(encoding: TextEncodingName, byte: number): string {
  return decodeAll(encoding, Uint8Array.of(byte));
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

/** Accented letters common in European languages (both cases are derived). */
const COMMON_LETTERS = new Set(
  [...'éèêëàâäáãåçñóòôöõøúùûüíìîïÿæœß'].flatMap((c) => [c, c.toUpperCase()]).filter((c) => c.length === 1),
);
/** Letters that are rare in text but common in one reading of the other encoding. */
const RARE_LETTERS = new Set([...'ƒˆ˜ıﬁﬂªºµ']);
/** Symbols that real text has almost never, and wrong readings have often. */
const ODD_SYMBOLS = new Set([...'√∂∑∏π∫Ω≈≠≤≥∆◊‡†‰¸˛ˇ˘˙˚˝¯¨´¤¦¬¿¡⁄∞\uf8ff']);

/** How much a decoded sample looks like ordinary text (see the file comment). */
export function plausibility(text: string): number {
  let score = 0;
  // Mojibake ("Ã©" for "é") is a correct reading of text that was damaged before it was saved.
  const mojibake = mayHoldMojibake(text) ? findMojibake(text) : [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const span = mojibake[next];
    if (span && i >= span.start) {
      score += 4;
      i = span.end - 1;
      next++;
      continue;
    }
    const c = text[i]!;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const prevLetter = LETTER.test(before);
    const nextLetter = LETTER.test(after);
    if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) {
      score -= 10;
    } else if (COMMON_LETTERS.has(c)) {
      const upper = UPPER.test(c);
      if (upper && LOWER.test(before)) score -= 3;
      else score += prevLetter && nextLetter ? 4 : prevLetter || nextLetter ? 3 : upper ? 0 : 1;
    } else if (LETTER.test(c)) {
      if (UPPER.test(c) && LOWER.test(before)) score -= 6;
      else if (RARE_LETTERS.has(c)) score -= 2;
    } else {
      const nearDigit =
        DIGIT.test(before) ||
        DIGIT.test(after) ||
        (before === ' ' && DIGIT.test(text[i - 2] ?? '')) ||
        (after === ' ' && DIGIT.test(text[i + 2] ?? ''));
      score += punctuationScore(c, before, after, prevLetter, nextLetter, nearDigit);
    }
  }
  return score;
}

function punctuationScore(
  c: string,
  prev: string,
  next: string,
  prevLetter: boolean,
  nextLetter: boolean,
  nearDigit: boolean,
): number {
  const inWord = prevLetter && nextLetter;
  const prevDigit = DIGIT.test(prev);
  const nextDigit = DIGIT.test(next);
  switch (c) {
    case '’':
      return inWord ? 6 : prevLetter ? 3 : 0;
    case '‘':
    case '“':
    case '„':
    case '«':
    case '‹':
      return (nextLetter || nextDigit) && !prevLetter ? 6 : -1;
    case '”':
    case '»':
    case '›':
      return (prevLetter || prevDigit || /[.!?,]/.test(prev)) && !nextLetter ? 6 : -1;
    case '–':
    case '—':
      return inWord ? -4 : (prev === ' ' || prevDigit) && (next === ' ' || nextDigit) ? 4 : 0;
    case '…':
      return prevLetter || prev === ' ' ? 3 : 0;
    case '€':
    case '£':
    case '¥':
      return nearDigit ? 4 : inWord ? -4 : 0;
    case '°':
      return prevDigit ? 4 : 0;
    case '©':
    case '®':
    case '™':
      return inWord ? -4 : 2;
    case '•':
    case '·':
      return inWord ? -4 : 2;
    case '\u00a0':
      return 0;
    default:
      if (ODD_SYMBOLS.has(c)) return inWord ? -6 : -3;
      return inWord ? -4 : 0;
  }
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;
}
