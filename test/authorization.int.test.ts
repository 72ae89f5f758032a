/**
 * Walks every registered API route with every role, with no credentials and with a read-only token,
 * and checks the answer against what the route declares. A new route without a declaration fails
 * here, and would be closed (403) in production anyway.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, can, type Grant, type Role } from '../src/domain/permissions.js';
import { describeAccess, type Access } from '../src/platform/http/access.js';
import { insertLocation } from '../src/modules/locations/locations-repository.js';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from './helpers/harness.js';

let env: TestEnv;
const users = new Map<string, TestUser>();
let readOnly: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  for (const role of ROLES) users.set(role, await makeUser(env.services, { role }));
  const site = await insertLocation(env.db, { parent: null, kind: 'site', code: 'AUTHZ-SITE', name: 'Site' });
  users.set('technician@site', await makeUser(env.services, { grants: [{ role: 'technician', locationId: site.id }] }));
  readOnly = await makeUser(env.services, { role: 'admin', tokenAccess: 'read_only' });
});
afterAll(() => env.close());

function apiRoutes() {
  return env.app.routeAccess.filter((r) => r.url.startsWith('/api/v1/'));
}

function concrete(url: string) {
  return url.replace(/:[A-Za-z]+/g, randomUUID());
}

function allowed(access: Access | undefined, grants: Grant[]): boolean {
  if (access === undefined) return false;
  if (access === 'public' || access === 'authenticated') return true;
  if ('permission' in access) return can(grants, access.permission);
  return true;
}

describe('authorisation of every route', () => {
  it('has an access declaration on every API route', () => {
    const undeclared = apiRoutes().filter((r) => r.access === undefined);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThan(15);
  });

  it('refuses every non-public route without credentials (401)', async () => {
    for (const route of apiRoutes()) {
      const res = await env.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      if (route.access === 'public') expect(res.statusCode, `${route.method} ${route.url}`).not.toBe(401);
      else expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('answers each role as the route declares', async () => {
    const grantsOf = (key: string): Grant[] =>
      key === 'technician@site'
        ? [{ role: 'technician', locationId: 'scoped' }]
        : [{ role: key as Role, locationId: null }];
    for (const [key, user] of users) {
      for (const route of apiRoutes()) {
        if (route.url === '/api/v1/auth/logout') continue; // would end nothing for a token, but skip the noise
        const res = await env.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: user.auth,
          payload: route.method === 'GET' ? undefined : {},
        });
        const label = `${key} ${route.method} ${route.url} (${describeAccess(route.access)}) -> ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (allowed(route.access, grantsOf(key))) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it('refuses every write made with a read-only token', async () => {
    for (const route of apiRoutes()) {
      if (route.method === 'GET' || route.access === 'public') continue;
      const res = await env.app.inject({
        method: route.method as 'POST',
        url: concrete(route.url),
        headers: readOnly.auth,
        payload: {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(res.json().code).toBe('read_only_token');
    }
  });

  it('lets a read-only token read', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/users', headers: readOnly.auth });
    expect(res.statusCode).toBe(200);
  });
});
