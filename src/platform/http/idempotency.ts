/**
 * Writes a client may retry (a lost response, a flaky network on a phone) accept an
 * `Idempotency-Key` header: the first response is kept for 24 hours and replayed for the same key,
 * and reusing a key for a different request is refused. Routes opt in with `config.idempotent`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { idempotencyKeys } from '../db/schema.js';
import { AppError } from './errors.js';
import { sha256 } from '../security/secrets.js';
import { canonicalJson } from '../../domain/audit-chain.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: { actorKey: string; key: string } | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** Responses worth replaying: success and input errors that would recur. */
const REPLAYABLE = (status: number) => status < 300 || [400, 404, 422].includes(status);

export const idempotencyPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  const db = opts.db;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const raw = request.headers['idempotency-key'];
    if (!request.routeOptions.config.idempotent || raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0]! : raw;
    if (!KEY_PATTERN.test(key)) {
      throw new AppError(
        'invalid_idempotency_key',
        400,
        'The Idempotency-Key header must be 1 to 200 visible ASCII characters.',
      );
    }
    const actor = request.auth?.actor;
    const actorKey = actor ? (actor.tokenId ?? actor.userId ?? 'system') : `anon:${request.ip}`;
    const requestHash = sha256(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`);
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ actorKey, key, method: request.method, path: request.url, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      request.idempotency = { actorKey, key };
      return;
    }
    const [existing] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key)));
    if (!existing)
      throw new AppError(
        'idempotency_in_progress',
        409,
        'A request with this Idempotency-Key is still being processed; retry shortly.',
      );
    if (existing.requestHash !== requestHash) {
      throw new AppError(
        'idempotency_key_reused',
        422,
        'This Idempotency-Key was already used for a different request; use a new key for a new request.',
      );
    }
    if (existing.statusCode === null) {
      throw new AppError(
        'idempotency_in_progress',
        409,
        'A request with this Idempotency-Key is still being processed; retry shortly.',
      );
    }
    reply.header('idempotent-replayed', 'true');
    reply.status(existing.statusCode);
    if (existing.contentType) reply.type(existing.contentType);
    return reply.send(existing.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.actorKey, pending.actorKey), eq(idempotencyKeys.key, pending.key));
    if (REPLAYABLE(reply.statusCode) && (typeof payload === 'string' || payload === null || payload === undefined)) {
      await db
        .update(idempotencyKeys)
        .set({
          statusCode: reply.statusCode,
          responseBody: (payload as string | null) ?? '',
          contentType: String(reply.getHeader('content-type') ?? ''),
        })
        .where(where);
    } else {
      await db.delete(idempotencyKeys).where(where);
    }
    return payload;
  });
});

export async function deleteExpiredIdempotencyKeys(db: Db, olderThan = new Date(Date.now() - 24 * 3_600_000)) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan));
}

export type { FastifyRequest };
