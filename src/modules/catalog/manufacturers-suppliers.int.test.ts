import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { auditActions, insertTestModel } from './test-fixtures.js';

let env: TestEnv;
let manager: TestUser;
let viewer: TestUser;
let categoryId: string;
beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  viewer = await makeUser(env.services, { role: 'viewer' });
  const res = await call('POST', '/categories', { name: 'Laptops', kind: 'hardware' });
  categoryId = res.json().id;
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, user = manager) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });
}

async function create(path: string, body: Json): Promise<Json> {
  const res = await call('POST', path, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('manufacturers', () => {
  it('creates one with its support contacts, normalised', async () => {
    const dell = await create('/manufacturers', {
      name: ' Dell ',
      website: 'https://www.dell.com',
      supportUrl: 'https://www.dell.com/support',
      supportEmail: ' Support@Dell.COM ',
      supportPhone: '+1 800 624 9896',
      notes: '',
    });
    expect(dell).toMatchObject({
      name: 'Dell',
      supportEmail: 'support@dell.com',
      notes: null,
      version: 1,
      archivedAt: null,
    });
    const got = await call('GET', `/manufacturers/${dell.id}`, undefined, viewer);
    expect(got.json()).toEqual(dell);
    expect(await auditActions(env.db, dell.id)).toEqual(['manufacturer.created']);
  });

  it('refuses a second manufacturer with the same name, whatever its case', async () => {
    await create('/manufacturers', { name: 'Lenovo' });
    const res = await call('POST', '/manufacturers', { name: 'LENOVO' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'manufacturer_name_taken', errors: [{ pointer: '/body/name' }] });
  });

  it('names the fields of bad input', async () => {
    const res = await call('POST', '/manufacturers', {
      name: '',
      website: 'ftp://dell.com',
      supportEmail: 'nobody',
      supportPhone: 'x'.repeat(51),
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: Json) => e.pointer)
        .sort(),
    ).toEqual(['/body/name', '/body/supportEmail', '/body/supportPhone', '/body/website']);
  });

  it('edits with the version read, refusing a stale one and a taken name', async () => {
    const hp = await create('/manufacturers', { name: 'HP', website: 'https://hp.com' });
    const edited = await call('PATCH', `/manufacturers/${hp.id}`, { version: 1, name: 'HP Inc.', website: null });
    expect(edited.json()).toMatchObject({ name: 'HP Inc.', website: null, version: 2 });
    const stale = await call('PATCH', `/manufacturers/${hp.id}`, { version: 1, notes: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const taken = await call('PATCH', `/manufacturers/${hp.id}`, { version: 2, name: 'dell' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].pointer).toBe('/body/name');
    expect(await auditActions(env.db, hp.id)).toEqual(['manufacturer.created', 'manufacturer.updated']);
  });

  it('refuses to archive a manufacturer that active models name, and hides archived ones', async () => {
    const apple = await create('/manufacturers', { name: 'Apple' });
    await insertTestModel(env.db, { categoryId, manufacturerId: apple.id });
    const refused = await call('DELETE', `/manufacturers/${apple.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'manufacturer_in_use' });
    expect(refused.json().detail).toContain('1 active model names the manufacturer Apple');
    await env.db.execute(sql`update models set archived_at = now() where manufacturer_id = ${apple.id}`);
    const archived = await call('DELETE', `/manufacturers/${apple.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await call('GET', '/manufacturers?q=appl')).json().items).toEqual([]);
    expect((await call('GET', '/manufacturers?q=appl&includeArchived=true')).json().items).toHaveLength(1);
    const restored = await call('PATCH', `/manufacturers/${apple.id}`, { version: 2, archived: false });
    expect(restored.json().archivedAt).toBeNull();
    expect(await auditActions(env.db, apple.id)).toEqual([
      'manufacturer.created',
      'manufacturer.archived',
      'manufacturer.restored',
    ]);
  });

  it('lists a page at a time, each manufacturer once, with wildcards taken literally', async () => {
    for (const name of ['Acme 1', 'Acme 2', 'Acme 3', 'Acme_4', 'Acme%5']) await create('/manufacturers', { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = (
        await call('GET', `/manufacturers?q=acme&limit=2&sort=-name${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((m: Json) => m.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const literal = (await call('GET', `/manufacturers?q=${encodeURIComponent('acme_')}`)).json();
    expect(literal.items.map((m: Json) => m.name)).toEqual(['Acme_4']);
    expect((await call('GET', '/manufacturers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('suppliers', () => {
  it('creates one with contact, account number and lead time', async () => {
    const supplier = await create('/suppliers', {
      name: 'CDW',
      contactName: 'Jo Bloggs',
      email: 'Jo@CDW.example',
      phone: '+44 20 7946 0000',
      website: 'https://www.cdw.example',
      accountNumber: 'ACC-1234',
      defaultLeadTimeDays: 5,
      address: '1 High Street\nLondon',
    });
    expect(supplier).toMatchObject({
      name: 'CDW',
      email: 'jo@cdw.example',
      accountNumber: 'ACC-1234',
      defaultLeadTimeDays: 5,
      address: '1 High Street\nLondon',
      notes: null,
    });
    expect((await call('GET', `/suppliers/${supplier.id}`, undefined, viewer)).json()).toEqual(supplier);
    expect(await auditActions(env.db, supplier.id)).toEqual(['supplier.created']);
  });

  it('refuses a lead time outside 0 to 365 days and other bad input', async () => {
    const res = await call('POST', '/suppliers', { name: 'Slow', defaultLeadTimeDays: 400, email: 'x@' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: Json) => e.pointer)
        .sort(),
    ).toEqual(['/body/defaultLeadTimeDays', '/body/email']);
    expect((await call('POST', '/suppliers', { name: 'Neg', defaultLeadTimeDays: -1 })).statusCode).toBe(400);
    expect((await call('POST', '/suppliers', { name: 'Frac', defaultLeadTimeDays: 1.5 })).statusCode).toBe(400);
    expect((await call('POST', '/suppliers', { name: 'Zero', defaultLeadTimeDays: 0 })).statusCode).toBe(201);
  });

  it('refuses a duplicate name and a stale version', async () => {
    const s = await create('/suppliers', { name: 'Insight' });
    expect((await call('POST', '/suppliers', { name: 'insight' })).json()).toMatchObject({
      status: 409,
      code: 'supplier_name_taken',
      errors: [{ pointer: '/body/name' }],
    });
    const edited = await call('PATCH', `/suppliers/${s.id}`, {
      version: 1,
      defaultLeadTimeDays: 10,
      contactName: 'Al',
    });
    expect(edited.json()).toMatchObject({ defaultLeadTimeDays: 10, contactName: 'Al', version: 2 });
    const cleared = await call('PATCH', `/suppliers/${s.id}`, { version: 2, defaultLeadTimeDays: null });
    expect(cleared.json()).toMatchObject({ defaultLeadTimeDays: null, contactName: 'Al', version: 3 });
    expect((await call('PATCH', `/suppliers/${s.id}`, { version: 2, phone: '1' })).statusCode).toBe(409);
  });

  it('archives and restores a supplier', async () => {
    const s = await create('/suppliers', { name: 'Old Vendor' });
    const archived = await call('DELETE', `/suppliers/${s.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await call('GET', '/suppliers?q=old')).json().items).toEqual([]);
    const listed = (await call('GET', '/suppliers?q=old&includeArchived=1')).json();
    expect(listed.items.map((x: Json) => x.name)).toEqual(['Old Vendor']);
    const restored = await call('PATCH', `/suppliers/${s.id}`, { version: 2, archived: false });
    expect(restored.json().archivedAt).toBeNull();
    expect(await auditActions(env.db, s.id)).toEqual(['supplier.created', 'supplier.archived', 'supplier.restored']);
    expect((await call('POST', '/suppliers', { name: 'Nope' }, viewer)).statusCode).toBe(403);
  });
});
