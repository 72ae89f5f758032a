/**
 * Mojibake: UTF-8 text that some tool once read as Windows-1252 (or Latin-1) and saved again, so
 * that "é" became "Ã©" and "’" became "â€™". The bytes of such a sequence, taken back through
 * Windows-1252, are valid UTF-8: that is the test, and it also gives the likely original.
 */
import { isUtf8 } from 'node:buffer';
import { cp1252Byte } from './text-decoders.js';

export interface MojibakeSpan {
  start: number;
  /** Exclusive. */
  end: number;
  /** What the characters most likely were. */
  original: string;
}

/** The mojibake sequences in a text, left to right. */
export function findMojibake(text: string): MojibakeSpan[] {
  const spans: MojibakeSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const lead = cp1252Byte(text.charCodeAt(i));
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (i + length > text.length) continue;
    const bytes = [lead];
    for (let k = 1; k < length; k++) {
      const b = cp1252Byte(text.charCodeAt(i + k));
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    if (bytes.length !== length) continue;
    const buffer = Buffer.from(bytes);
    if (!isUtf8(buffer)) continue;
    spans.push({ start: i, end: i + length, original: buffer.toString('utf8') });
    i += length - 1;
  }
  return spans;
}

/** The text with every mojibake sequence put back, or undefined when there is none. */
export function repairMojibake(text: string): string | undefined {
  const spans = findMojibake(text);
  if (spans.length === 0) return undefined;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.original;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Quick test: only values with two adjacent non-ASCII characters can hold mojibake. */
export function mayHoldMojibake(text: string): boolean {
  return /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/.test(
    text,
  );
}
