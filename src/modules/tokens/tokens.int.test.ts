import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';

let env: TestEnv;
let admin: TestUser;
let tech: TestUser;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  tech = await makeUser(env.services, { role: 'technician' });
});
afterAll(() => env.close());

const create = (headers: Record<string, string>, payload: object, extra: Record<string, string> = {}) =>
  env.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...headers, ...extra }, payload });

describe('API tokens', () => {
  it('returns the secret once and stores only its hash', async () => {
    const res = await create(tech.auth, { name: 'laptop script', access: 'read_write' });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(/^qm_[\w-]{43}$/);
    expect(token).toMatchObject({
      name: 'laptop script',
      access: 'read_write',
      state: 'active',
      prefix: secret.slice(0, 9),
    });
    const stored = await queryRows<Record<string, string>>(
      env.db,
      sql`select * from api_tokens where id = ${token.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain(secret);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(me.json()).toMatchObject({ via: 'token', tokenId: token.id });
    const list = await env.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: tech.auth });
    expect(JSON.stringify(list.json())).not.toContain(secret);
  });

  it('stops working once revoked or expired', async () => {
    const { token, secret } = (await create(tech.auth, { name: 'short-lived' })).json();
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: tech.auth })).statusCode,
    ).toBe(200);
    const after = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toContain('revoked');

    const soon = (
      await create(tech.auth, { name: 'expiring', expiresAt: new Date(Date.now() + 60_000).toISOString() })
    ).json();
    await env.db.execute(
      sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${soon.token.id}`,
    );
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${soon.secret}` } }))
        .statusCode,
    ).toBe(401);
    const past = await create(tech.auth, { name: 'past', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/expiresAt' }] });
  });

  it('lets an administrator issue a token for an integration user, and nobody else', async () => {
    const integration = await makeUser(env.services, { role: 'asset_manager' });
    const issued = await create(admin.auth, { name: 'HR sync', access: 'read_write', userId: integration.id });
    expect(issued.statusCode).toBe(201);
    expect(issued.json().token.userId).toBe(integration.id);
    const refused = await create(tech.auth, { name: 'sneaky', userId: integration.id });
    expect(refused.statusCode).toBe(403);
    const others = await env.app.inject({
      method: 'GET',
      url: `/api/v1/tokens?userId=${integration.id}`,
      headers: tech.auth,
    });
    expect(others.statusCode).toBe(403);
    const revokeOthers = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${issued.json().token.id}`,
      headers: tech.auth,
    });
    expect(revokeOthers.statusCode).toBe(404);
  });

  it('replays a retried create with the same Idempotency-Key instead of making a second token', async () => {
    const key = { 'idempotency-key': 'retry-123' };
    const first = await create(tech.auth, { name: 'once' }, key);
    const second = await create(tech.auth, { name: 'once' }, key);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().token.id).toBe(first.json().token.id);
    const reused = await create(tech.auth, { name: 'different' }, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    const list = (await env.app.inject({ method: 'GET', url: '/api/v1/tokens?limit=200', headers: tech.auth })).json();
    expect(list.items.filter((t: { name: string }) => t.name === 'once')).toHaveLength(1);
  });

  it('rejects a malformed Authorization header clearly', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Token abc' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('Bearer');
  });
});
