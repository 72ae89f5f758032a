/**
 * One error type for the whole application. Use cases throw AppError with a stable machine code;
 * the HTTP layer turns it into application/problem+json (RFC 9457), the CLI into a message and a
 * non-zero exit.
 */

export interface FieldError {
  /** A JSON pointer into the request, e.g. "/body/email". */
  pointer: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(code, 400, message, errors);
export const invalidInput = (pointer: string, message: string) =>
  new AppError('validation_failed', 400, message, [{ pointer, message }]);
export const unauthenticated = (message = 'Sign in or send an API token.') =>
  new AppError('unauthenticated', 401, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('forbidden', 403, message);
export const notFound = (what: string) => new AppError('not_found', 404, `${what} was not found.`);
export const conflict = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(code, 409, message, errors);
export const staleVersion = (what: string, current: number) =>
  new AppError(
    'version_conflict',
    409,
    `${what} was changed by someone else (it is now at version ${current}). Reload it and apply your change again.`,
  );

/** A unique violation from either driver (Drizzle wraps the driver error in `cause`). */
export function uniqueViolation(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const code = e?.cause?.code ?? e?.code;
  if (code !== '23505') return undefined;
  return e?.cause?.constraint ?? e?.constraint ?? 'unique';
}

export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}
