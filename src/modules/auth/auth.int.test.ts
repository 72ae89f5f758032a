import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, signIn, type TestEnv } from '../../../test/helpers/harness.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('signing in', () => {
  it('sets an httpOnly SameSite session cookie and tells the web app who the user is', async () => {
    const user = await makeUser(env.services, { role: 'technician' });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'qm_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `qm_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.email).toBe(user.email);
    expect(body.permissions['inventory.write']).toEqual({ kind: 'all' });
    expect(body.permissions['users.manage']).toEqual({ kind: 'none' });
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const user = await makeUser(env.services);
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'nope-nope-nope' },
    });
    const unknown = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.com', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await makeUser(env.services);
    const headers = await signIn(env.app, user.email, user.password);
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: headers.cookie },
      payload: { name: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const ok = await env.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'x' } });
    expect(ok.statusCode).toBe(201);
  });

  it('ends the session on sign-out', async () => {
    const user = await makeUser(env.services);
    const headers = await signIn(env.app, user.email, user.password);
    expect((await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });
});
