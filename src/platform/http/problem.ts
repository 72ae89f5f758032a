/**
 * Every error leaves the API as application/problem+json (RFC 9457) with a stable `code`. Bad input
 * is a 4xx that says what and where; anything unexpected is a 500 that carries the request id and
 * nothing of the internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type FieldError } from './errors.js';
import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().describe('Stable machine-readable error code.'),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ pointer: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
) {
  const body: Problem = {
    type: `https://quartermaster.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json').send(body);
}

function zodIssuesToErrors(error: ZodError, prefix: string): FieldError[] {
  return error.issues.map((issue) => ({
    pointer: `${prefix}${issue.path.map((p) => `/${String(p)}`).join('')}`,
    message: issue.message,
  }));
}

/**
 * `spaFallback` answers GET requests outside /api that match no route (the web app's own routes,
 * such as /users): Fastify has one not-found handler per instance, so it is given here.
 */
export function installErrorHandling(app: FastifyInstance, spaFallback?: (reply: FastifyReply) => FastifyReply) {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof AppError) {
      for (const [k, v] of Object.entries(error.headers ?? {})) reply.header(k, v);
      return send(reply, request, error.status, error.code, error.message, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Pointers name the part of the request as the rest of the API does: /body, /query, /params.
      const part = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
      const errors = error.validation.map((v) => ({
        pointer: `/${part}${v.instancePath}`,
        message: v.message ?? 'Invalid value.',
      }));
      const first = errors[0];
      return send(
        reply,
        request,
        400,
        'validation_failed',
        first ? `Invalid ${first.pointer.slice(1).replace(/\//g, '.')}: ${first.message}` : 'The request is not valid.',
        errors,
      );
    }
    if (error instanceof ZodError) {
      const errors = zodIssuesToErrors(error, '/body');
      return send(reply, request, 400, 'validation_failed', errors[0]?.message ?? 'The request is not valid.', errors);
    }
    const fe = error as FastifyError;
    const status = fe.statusCode;
    if (status && status >= 400 && status < 500) {
      const code =
        fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'malformed_json'
          : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'payload_too_large'
            : fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? 'unsupported_media_type'
              : 'bad_request';
      const detail =
        code === 'malformed_json'
          ? `The request body is not valid JSON: ${fe.message}`
          : code === 'payload_too_large'
            ? 'The request body is too large.'
            : fe.message;
      return send(reply, request, status, code, detail);
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(
      reply,
      request,
      500,
      'internal_error',
      `Something went wrong on our side. Quote request id ${request.id} when you report it.`,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) return spaFallback(reply);
    return send(reply, request, 404, 'not_found', `No endpoint ${request.method} ${request.url.split('?')[0]}.`);
  });
}
