/**
 * Decoders for the encodings spreadsheets arrive in. Node's TextDecoder does UTF-8, UTF-16 and Mac
 * Roman (through ICU), but its windows-1252 decodes bytes 0x80-0x9F as C1 control characters
 * (Latin-1) since Node 20.18.3 (nodejs/node#56542, #60888): "don’t" comes out with U+0092. Windows-
 * 1252 is therefore decoded here from the WHATWG table.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac Roman',
};

/** Windows-1252 bytes 0x80-0x9F (WHATWG index); 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_C1 = /[\u0080-\u009f]/g;
const replaceC1 = (c: string) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

/** Bytes Windows-1252 leaves unassigned: text containing them was not written in Windows-1252. */
export const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export interface ChunkDecoder {
  /** Decodes a chunk; with `stream`, an incomplete character at the end waits for the next chunk. */
  decode(bytes: Uint8Array, stream: boolean): string;
}

export function createDecoder(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'windows-1252') {
    return {
      decode: (bytes) =>
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(CP1252_C1, replaceC1),
    };
  }
  // The BOM is removed by the decoder (ignoreBOM: false), which is what a reader wants.
  const decoder = new TextDecoder(encoding);
  return { decode: (bytes, stream) => decoder.decode(bytes, { stream }) };
}

/** Decodes a whole sample (no streaming state kept). */
export function decodeAll(encoding: TextEncodingName, bytes: Uint8Array): string {
  return createDecoder(encoding).decode(bytes, true);
}

const CP1252_BYTE_OF = new Map<number, number>(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

/** The Windows-1252 (or Latin-1) byte that shows as this character, if any. */
export function cp1252Byte(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  if (code >= 0x80 && code <= 0x9f) return code; // unassigned bytes survive a Latin-1 round trip
  return CP1252_BYTE_OF.get(code);
}
