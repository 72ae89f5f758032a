/**
 * The two ways a spreadsheet arrives at `POST /imports`: the file itself as the body, or a
 * multipart/form-data form (what a browser's file input sends) with the file in a part named
 * `file` and the options as fields. Both stream through the same size limit to the same use case;
 * neither is ever held in memory.
 */
import { Transform, type Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError, invalidInput } from '../../platform/http/errors.js';

class FromTake extends Error {
  constructor(readonly original: unknown) {
    super('from take');
  }
}

/** The form field holding the file. */
export const FILE_FIELD = 'file';

function tooLarge(maxBytes: number): AppError {
  const size =
    maxBytes >= 1024 ** 3
      ? `${Math.round((maxBytes / 1024 ** 3) * 10) / 10} GB`
      : maxBytes >= 1024 ** 2
        ? `${Math.round((maxBytes / 1024 ** 2) * 10) / 10} MB`
        : `${maxBytes} bytes`;
  return new AppError('file_too_large', 413, `The file is larger than ${size}, the most this server accepts.`);
}

/** The stream, refused with 413 `file_too_large` once it passes `maxBytes`. */
export function limitBytes(body: Readable, maxBytes: number): Readable {
  let bytes = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(tooLarge(maxBytes));
      else done(null, chunk);
    },
  });
  body.on('error', (error) => limiter.destroy(error));
  return body.pipe(limiter);
}

/**
 * Reads a multipart upload: the fields (options) that come before the file, then the file part,
 * handed to `take` while it streams. Fields after the file, and other files, are ignored. Refuses
 * a form without a file (400, pointer /body/file) and a file over `maxBytes` (413).
 */
export async function takeMultipartFile<T>(
  request: FastifyRequest,
  maxBytes: number,
  take: (fields: Record<string, string>, file: Readable, fileName: string) => Promise<T>,
): Promise<T> {
  const fields: Record<string, string> = {};
  let taken: { value: T } | undefined;
  try {
    const parts = request.parts({
      // One byte more than allowed, so that the limiter below is what refuses the file.
      limits: { fileSize: maxBytes + 1, files: 1, fields: 20, fieldSize: 10_000, parts: 25 },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (!taken && typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== FILE_FIELD || taken) {
        part.file.resume();
        continue;
      }
      try {
        taken = { value: await take(fields, limitBytes(part.file, maxBytes), part.filename || 'upload.csv') };
      } catch (error) {
        // The use case's own answer (or the size limit), whatever it is, not a form problem.
        throw new FromTake(error);
      }
    }
  } catch (error) {
    if (error instanceof FromTake) throw error.original;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw invalidInput('/body', 'Send one file (in the field "file") and the import options as fields.');
    }
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_PROTO_VIOLATION') {
      throw invalidInput('/body', 'The form could not be read as multipart/form-data.');
    }
    if (error instanceof AppError) throw error;
    // Busboy's own errors (a truncated or malformed form) carry no status: the form is at fault.
    throw invalidInput('/body', `The form could not be read as multipart/form-data: ${(error as Error).message}`);
  }
  if (!taken) throw invalidInput(`/body/${FILE_FIELD}`, `The form has no file: send it in the field "${FILE_FIELD}".`);
  return taken.value;
}
