import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, signIn, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';

let env: TestEnv;
let admin: TestUser;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
});
afterAll(() => env.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = admin.auth) =>
  env.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('managing users', () => {
  it('creates a user with a temporary password that must be changed before anything else', async () => {
    const res = await post('/api/v1/users', {
      email: 'new.hire@example.com',
      name: 'New Hire',
      grants: [{ role: 'viewer', locationId: null }],
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      email: 'new.hire@example.com',
      mustChangePassword: true,
      grants: [{ role: 'viewer', locationId: null }],
    });
    expect(user.passwordHash).toBeUndefined();
    expect(temporaryPassword).toMatch(/^[\w-]{23}$/);

    const headers = await signIn(env.app, 'new.hire@example.com', temporaryPassword);
    const blocked = await env.app.inject({ method: 'GET', url: '/api/v1/tokens', headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await post(
      '/api/v1/auth/password',
      { currentPassword: temporaryPassword, newPassword: 'a much better password' },
      headers,
    );
    expect(changed.statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/tokens', headers })).statusCode).toBe(200);
  });

  it('refuses a second user with the same e-mail, whatever its case', async () => {
    await post('/api/v1/users', { email: 'dup@example.com', name: 'A', password: 'long enough password' });
    const res = await post('/api/v1/users', { email: 'DUP@example.com', name: 'B', password: 'long enough password' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', errors: [{ pointer: '/body/email' }] });
  });

  it('names the field of bad input', async () => {
    const res = await post('/api/v1/users', { email: 'not-an-email', name: '' });
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/email', '/body/name']));
    const short = await post('/api/v1/users', { email: 'short@example.com', name: 'S', password: 'short' });
    expect(short.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/password' }] });
  });

  it('refuses a stale edit with 409 instead of overwriting', async () => {
    const { user } = (
      await post('/api/v1/users', { email: 'edit@example.com', name: 'Before', password: 'long enough password' })
    ).json();
    const first = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.auth,
      payload: { version: user.version, name: 'First' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(user.version + 1);
    const stale = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.auth,
      payload: { version: user.version, name: 'Second' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const now = await env.app.inject({ method: 'GET', url: `/api/v1/users/${user.id}`, headers: admin.auth });
    expect(now.json().name).toBe('First');
  });

  it('deactivating a user ends their sessions and stops their tokens', async () => {
    const victim = await makeUser(env.services, { role: 'technician' });
    const session = await signIn(env.app, victim.email, victim.password);
    const current = (
      await env.app.inject({ method: 'GET', url: `/api/v1/users/${victim.id}`, headers: admin.auth })
    ).json();
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${victim.id}`,
      headers: admin.auth,
      payload: { version: current.version, status: 'deactivated' },
    });
    expect(res.statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(401);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: victim.auth })).statusCode).toBe(401);
    const login = await post('/api/v1/auth/login', { email: victim.email, password: victim.password }, {});
    expect(login.statusCode).toBe(401);
  });

  it('will not remove the last active administrator', async () => {
    const solo = await createTestEnv();
    try {
      const only = await makeUser(solo.services, { role: 'admin' });
      const me = (await solo.app.inject({ method: 'GET', url: '/api/v1/me', headers: only.auth })).json();
      const res = await solo.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${only.id}/grants`,
        headers: only.auth,
        payload: { version: me.user.version, grants: [] },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('last_admin');
      const deactivate = await solo.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${only.id}`,
        headers: only.auth,
        payload: { version: me.user.version, status: 'deactivated' },
      });
      expect(deactivate.json().code).toBe('last_admin');
    } finally {
      await solo.close();
    }
  });

  it('grants a role for one location subtree only when the location exists', async () => {
    const target = await makeUser(env.services);
    const me = (await env.app.inject({ method: 'GET', url: `/api/v1/users/${target.id}`, headers: admin.auth })).json();
    const res = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${target.id}/grants`,
      headers: admin.auth,
      payload: {
        version: me.version,
        grants: [{ role: 'technician', locationId: '00000000-0000-4000-8000-000000000000' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/grants/0/locationId');
  });

  it('resets a password: old sessions end and the new one must be changed', async () => {
    const target = await makeUser(env.services);
    const session = await signIn(env.app, target.email, target.password);
    const res = await post(`/api/v1/users/${target.id}/reset-password`, {});
    expect(res.statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(401);
    const again = await signIn(env.app, target.email, res.json().temporaryPassword);
    const me = (await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: again })).json();
    expect(me.user.mustChangePassword).toBe(true);
  });

  it('pages through users with a cursor and refuses a forged cursor', async () => {
    for (let i = 0; i < 5; i++)
      await post('/api/v1/users', {
        email: `page${i}@example.com`,
        name: `Page ${i}`,
        password: 'long enough password',
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/users?q=page&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await env.app.inject({ method: 'GET', url, headers: admin.auth })).json();
      seen.push(...page.items.map((u: { email: string }) => u.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'page0@example.com',
      'page1@example.com',
      'page2@example.com',
      'page3@example.com',
      'page4@example.com',
    ]);
    const bad = await env.app.inject({ method: 'GET', url: '/api/v1/users?cursor=garbage', headers: admin.auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('invalid_cursor');
    const tooMany = await env.app.inject({ method: 'GET', url: '/api/v1/users?limit=5000', headers: admin.auth });
    expect(tooMany.statusCode).toBe(400);
  });

  it('records every change in the audit log with who did it', async () => {
    const res = await post('/api/v1/users', {
      email: 'audited@example.com',
      name: 'Audited',
      password: 'long enough password',
    });
    const id = res.json().user.id;
    const log = (
      await env.app.inject({ method: 'GET', url: `/api/v1/audit?entityType=user&entityId=${id}`, headers: admin.auth })
    ).json();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ action: 'user.created', actorId: admin.id, source: 'api' });
    expect(JSON.stringify(log.items[0].changes)).not.toContain('argon2');
  });

  it('applies new roles to a token at once, though its owner was just seen with the old ones', async () => {
    const target = await makeUser(env.services, { role: 'viewer' });
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: target.auth })).json().permissions[
        'inventory.write'
      ],
    ).toEqual({ kind: 'none' });
    const current = (
      await env.app.inject({ method: 'GET', url: `/api/v1/users/${target.id}`, headers: admin.auth })
    ).json();
    await env.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${target.id}/grants`,
      headers: admin.auth,
      payload: { version: current.version, grants: [{ role: 'technician', locationId: null }] },
    });
    const me = (await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: target.auth })).json();
    expect(me.permissions['inventory.write']).toEqual({ kind: 'all' });
  });
});
