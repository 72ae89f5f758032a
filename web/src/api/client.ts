/**
 * The one API client of the web app: the same generated, typed client integrators and the `qm` CLI
 * use. The session cookie travels by itself (same origin); writes also need the CSRF token that
 * sign-in and GET /me hand out, which is kept here in memory only.
 */
import { createApiClient, type ApiProblem } from '../../../src/client/create-client';

let csrfToken: string | null = null;

/** False when the app opened offline (the last known user, no session answer yet). */
export function hasCsrfToken() {
  return csrfToken !== null;
}

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export const api = createApiClient({ baseUrl: window.location.origin, csrfToken: () => csrfToken });

/** An error answer of the API, as application/problem+json. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ApiProblem;

  constructor(problem: ApiProblem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is ApiProblem {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value;
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits a client call and returns its data, or throws an ApiError carrying the problem. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(
      isProblem(error)
        ? { ...error, status: error.status ?? response.status }
        : {
            status: response.status,
            code: 'http_error',
            detail: `The server answered ${response.status} ${response.statusText}.`.replace(/\s+\./, '.'),
          },
    );
  }
  return data as T;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A sentence for the user, whatever went wrong (API problem, network failure, bug). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  if (error instanceof TypeError) return 'Cannot reach the Quartermaster server. Check your connection and try again.';
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/**
 * The problem's field errors keyed by field name: "/body/email" becomes "email", so a form can put
 * each message under its input. Only the fields the form shows are returned; the rest stay in the
 * problem's detail, which the caller shows as well.
 */
export function fieldErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  if (!(error instanceof ApiError)) return out;
  for (const { pointer, message } of error.problem.errors ?? []) {
    const field = pointer.replace(/^\/body\//, '').split('/')[0] as F;
    if (fields.includes(field) && !out[field]) out[field] = message;
  }
  return out;
}
