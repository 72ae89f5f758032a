/**
 * The bytes of an uploaded file as a stream: a Node Readable (a file, an upload) or any async
 * iterable of byte chunks. The readers look at the first bytes (format, encoding, delimiter) and
 * then go on from where they are, without reading the file twice or holding it in memory.
 */
import type { Readable } from 'node:stream';

export type ByteSource = Readable | AsyncIterable<Uint8Array | string>;

export interface PeekedSource {
  /** The first bytes (at least `size` unless the file is shorter). */
  head: Buffer;
  /** True when `head` is the whole file. */
  complete: boolean;
  /** Every byte of the file, `head` first: iterate once. */
  chunks: AsyncIterable<Buffer>;
  /** Stops reading the source (on an error or an early stop). */
  close(): void;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export async function peekHead(source: ByteSource, size: number): Promise<PeekedSource> {
  const iterator = (source as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let complete = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    const buffer = toBuffer(next.value);
    if (buffer.length === 0) continue;
    parts.push(buffer);
    length += buffer.length;
  }
  const head = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    const destroy = (source as { destroy?: (error?: Error) => void }).destroy;
    if (typeof destroy === 'function') destroy.call(source);
    else void iterator.return?.();
  };
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      if (complete) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const buffer = toBuffer(next.value);
        if (buffer.length > 0) yield buffer;
      }
    } finally {
      close();
    }
  }
  return { head, complete, chunks: chunks(), close };
}
