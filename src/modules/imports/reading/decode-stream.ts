/**
 * Decodes a byte stream to text chunk by chunk, in the encoding detected from its first bytes.
 *
 * When those first bytes were plain ASCII the encoding was not really known yet: the first chunk
 * with other bytes is examined like the sample was (UTF-8, or which single-byte encoding), and the
 * rest of the file is read that way. Everything before was ASCII, which all of them read alike.
 */
import { isAscii } from 'node:buffer';
import { detectEncoding, type EncodingReport } from './detect-encoding.js';
import { countText } from './problems.js';
import { createDecoder, type ChunkDecoder } from './text-decoders.js';

const LOOK_AHEAD = 64 * 1024;

export interface DecodeEvents {
  /** The encoding was decided later than the sample (the report has been updated). */
  onLateDecision?(note: string): void;
  /** Text with U+FFFD appeared: bytes that were not valid in the encoding were replaced. */
  onReplacement?(): void;
}

export async function* decodeStream(
  chunks: AsyncIterable<Buffer>,
  report: EncodingReport,
  events: DecodeEvents = {},
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined = report.asciiOnly ? undefined : createDecoder(report.encoding);
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let sawReplacement = false;
  const emit = (text: string) => {
    if (!sawReplacement && text.includes('\uFFFD')) {
      sawReplacement = true;
      events.onReplacement?.();
    }
    return text;
  };

  const decide = (bytes: Buffer, complete: boolean): ChunkDecoder => {
    const found = detectEncoding(bytes, { complete, byteOffset: offset });
    if (found.encoding !== 'utf-8') {
      const note = `The first ${countText(offset)} bytes were plain ASCII. ${found.notes[0] ?? ''}`;
      report.encoding = found.encoding;
      report.confidence = found.confidence;
      report.notes.push(note);
      events.onLateDecision?.(note);
    } else {
      report.notes.push(`The first non-ASCII characters, after byte ${countText(offset)}, are UTF-8.`);
      report.confidence = 0.99;
    }
    report.asciiOnly = false;
    return createDecoder(found.encoding);
  };

  for await (const chunk of chunks) {
    if (decoder) {
      yield emit(decoder.decode(chunk, true));
      continue;
    }
    if (pendingLength === 0 && isAscii(chunk)) {
      offset += chunk.length;
      yield chunk.toString('latin1');
      continue;
    }
    if (pendingLength === 0) {
      const first = chunk.findIndex((b) => b >= 0x80);
      if (first > 0) {
        offset += first;
        yield chunk.toString('latin1', 0, first);
      }
      pending = [chunk.subarray(first)];
      pendingLength = chunk.length - first;
    } else {
      pending.push(chunk);
      pendingLength += chunk.length;
    }
    if (pendingLength < LOOK_AHEAD) continue;
    const bytes = Buffer.concat(pending, pendingLength);
    decoder = decide(bytes, false);
    pending = [];
    pendingLength = 0;
    yield emit(decoder.decode(bytes, true));
  }
  if (!decoder && pendingLength > 0) {
    const bytes = Buffer.concat(pending, pendingLength);
    decoder = decide(bytes, true);
    yield emit(decoder.decode(bytes, true));
  }
  if (decoder) {
    const rest = decoder.decode(new Uint8Array(0), false);
    if (rest) yield emit(rest);
  }
}
