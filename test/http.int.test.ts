/** The API's manners: problem details, request ids, security headers, limits, the contract. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from './helpers/harness.js';
import { buildApp } from '../src/platform/http/app.js';

let env: TestEnv;
let admin: TestUser;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
});
afterAll(() => env.close());

describe('HTTP behaviour', () => {
  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.auth, 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'malformed_json', status: 400, requestId: res.headers['x-request-id'] });
  });

  it('points at the query parameter that is wrong', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/users?limit=lots', headers: admin.auth });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/query/limit');
  });

  it('reads "false" in a query string as false', async () => {
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.auth,
      payload: { name: 'gone' },
    });
    await env.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${created.json().token.id}`, headers: admin.auth });
    const list = await env.app.inject({
      method: 'GET',
      url: '/api/v1/tokens?includeRevoked=false',
      headers: admin.auth,
    });
    expect(list.json().items.map((t: { name: string }) => t.name)).not.toContain('gone');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', name: 'x'.repeat(2_000_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: admin.auth });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });

  it('keeps a caller-supplied request id and sets security headers', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers['x-request-id']).toBe('trace-42');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    // Model pictures link to vendors' sites over https.
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data: blob: https:");
  });

  it('hides internals of unexpected errors behind a request id', async () => {
    const app = await buildApp(env.services, { logger: false, serveWeb: false });
    app.get('/api/v1/boom', { config: { access: 'public' } }, async () => {
      throw new Error('secret internal detail');
    });
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret internal detail');
    expect(res.json()).toMatchObject({ code: 'internal_error', requestId: res.headers['x-request-id'] });
    await app.close();
  });

  it('closes a route that declares no access rule', async () => {
    const app = await buildApp(env.services, { logger: false, serveWeb: false });
    app.get('/api/v1/forgotten', async () => ({ secret: true }));
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/v1/forgotten', headers: admin.auth });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('access_undeclared');
    await app.close();
  });

  it('serves the web app, its client-side routes, and still answers unknown API paths with a problem', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Quartermaster</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ ...env.services, config: { ...env.services.config, webDir } }, { logger: false });
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('Quartermaster');
    const deepLink = await app.inject({ method: 'GET', url: '/users/123?tab=roles' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.headers['content-type']).toContain('text/html');
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('not_found');
    await app.close();
    fs.rmSync(webDir, { recursive: true });
  });

  it('serves the OpenAPI 3.1 document and the interactive docs', async () => {
    const spec = await env.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toBe('3.1.0');
    expect(Object.keys(spec.json().paths)).toContain('/api/v1/users');
    const docs = await env.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('slows down password guessing with 429 after repeated failures', async () => {
    const target = await makeUser(env.services);
    let last = 0;
    for (let i = 0; i < 11; i++) {
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: target.email, password: `wrong-${i}` },
      });
      last = res.statusCode;
      if (res.statusCode === 429) {
        expect(res.headers['retry-after']).toBeDefined();
        break;
      }
    }
    expect(last).toBe(429);
    const right = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: target.email, password: target.password },
    });
    expect(right.statusCode).toBe(429);
  });
});
