/**
 * The typed API client, generated from openapi.json, used by the web app and the `qm` CLI alike:
 * they see the API exactly as any integrator does.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema.js';

export type { paths, components } from './api-schema.js';
export type ApiClient = ReturnType<typeof createClient<paths>>;

export interface ClientOptions {
  baseUrl: string;
  /** An API token for "Authorization: Bearer" (CLI, integrations). */
  token?: string | undefined;
  /** The session's CSRF token, sent on writes (web app). */
  csrfToken?: () => string | null;
  fetch?: typeof fetch;
}

export interface ApiProblem {
  status: number;
  code: string;
  detail: string;
  requestId?: string;
  errors?: { pointer: string; message: string }[];
}

export function createApiClient(options: ClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      if (options.token) request.headers.set('authorization', `Bearer ${options.token}`);
      const csrf = options.csrfToken?.();
      if (csrf && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) request.headers.set('x-csrf-token', csrf);
      return request;
    },
  };
  client.use(auth);
  return client;
}
