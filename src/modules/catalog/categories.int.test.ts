import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { auditActions, insertTestModel } from './test-fixtures.js';

let env: TestEnv;
let manager: TestUser;
let viewer: TestUser;
let technician: TestUser;
beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  viewer = await makeUser(env.services, { role: 'viewer' });
  technician = await makeUser(env.services, { role: 'technician' });
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, user = manager) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });

async function createCategory(body: Json): Promise<Json> {
  const res = await call('POST', '/categories', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('categories', () => {
  it('creates a category with its custom fields and shows them with counts', async () => {
    const created = await createCategory({
      name: 'Laptops',
      kind: 'hardware',
      notes: '  Portable computers ',
      fields: [
        { key: 'ram_gb', label: 'RAM (GB)', type: 'number', required: true },
        { key: 'warranty_provider', label: 'Warranty provider', type: 'select', options: ['Dell', 'Lenovo'] },
        { key: 'mac', label: 'MAC address', type: 'mac', unique: true, helpText: 'Wired NIC' },
      ],
    });
    expect(created).toMatchObject({
      name: 'Laptops',
      kind: 'hardware',
      notes: 'Portable computers',
      version: 1,
      archivedAt: null,
      counts: { models: 0, assets: 0 },
    });
    expect(created.fields.map((f: Json) => [f.key, f.position])).toEqual([
      ['ram_gb', 0],
      ['warranty_provider', 1],
      ['mac', 2],
    ]);
    expect(created.fields[1]).toMatchObject({ type: 'select', options: ['Dell', 'Lenovo'], required: false });
    expect(created.fields[2]).toMatchObject({ unique: true, helpText: 'Wired NIC', options: null });

    await insertTestModel(env.db, { categoryId: created.id });
    const got = await call('GET', `/categories/${created.id}`, undefined, viewer);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ id: created.id, counts: { models: 1, assets: 0 } });
    expect(await auditActions(env.db, created.id)).toEqual(['category.created']);
    expect(await auditActions(env.db, created.fields[0].id)).toEqual(['custom_field.created']);
  });

  it('refuses a second category with the same name, whatever its case', async () => {
    await createCategory({ name: 'Monitors', kind: 'hardware' });
    const res = await call('POST', '/categories', { name: ' MONITORS ', kind: 'accessory' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'category_name_taken', errors: [{ pointer: '/body/name' }] });
  });

  it('names the fields of bad input', async () => {
    const res = await call('POST', '/categories', { name: '', kind: 'furniture' });
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: Json) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/name', '/body/kind']));

    const badKey = await call('POST', '/categories', {
      name: 'Bad fields',
      kind: 'hardware',
      fields: [{ key: 'Serial Number', label: 'Serial', type: 'text' }],
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().errors[0]).toMatchObject({ pointer: '/body/fields/0/key' });
    expect(badKey.json().errors[0].message).toContain('snake_case');

    const noOptions = await call('POST', '/categories', {
      name: 'Bad fields',
      kind: 'hardware',
      fields: [
        { key: 'ok', label: 'OK', type: 'text' },
        { key: 'vendor', label: 'Vendor', type: 'select' },
      ],
    });
    expect(noOptions.statusCode).toBe(400);
    expect(noOptions.json().errors).toEqual([
      { pointer: '/body/fields/1/options', message: 'A select field needs at least one option.' },
    ]);

    const twice = await call('POST', '/categories', {
      name: 'Bad fields',
      kind: 'hardware',
      fields: [
        { key: 'a', label: 'A', type: 'text' },
        { key: 'a', label: 'A again', type: 'text' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].pointer).toBe('/body/fields/1/key');
    // Nothing was half-created.
    const list = await call('GET', '/categories?q=bad%20fields&includeArchived=true');
    expect(list.json().items).toEqual([]);
  });

  it('edits with the version read and refuses a stale one', async () => {
    const category = await createCategory({ name: 'Docks', kind: 'accessory' });
    const edited = await call('PATCH', `/categories/${category.id}`, { version: 1, name: 'USB-C docks', notes: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'USB-C docks', version: 2, notes: null });
    const stale = await call('PATCH', `/categories/${category.id}`, { version: 1, kind: 'component' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    expect(stale.json().detail).toContain('version 2');
    const taken = await call('PATCH', `/categories/${category.id}`, { version: 2, name: 'laptops' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].pointer).toBe('/body/name');
    expect(await auditActions(env.db, category.id)).toEqual(['category.created', 'category.updated']);
  });

  it('refuses to archive a category that active models use, naming how many', async () => {
    const category = await createCategory({ name: 'Phones', kind: 'hardware' });
    await insertTestModel(env.db, { categoryId: category.id });
    await insertTestModel(env.db, { categoryId: category.id });
    await insertTestModel(env.db, { categoryId: category.id, archived: true });
    const refused = await call('DELETE', `/categories/${category.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'category_in_use' });
    expect(refused.json().detail).toContain('2 active models use the category Phones');
    const viaPatch = await call('PATCH', `/categories/${category.id}`, { version: 1, archived: true });
    expect(viaPatch.statusCode).toBe(409);

    await env.db.execute(sql`update models set archived_at = now() where category_id = ${category.id}`);
    const archived = await call('DELETE', `/categories/${category.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const again = await call('DELETE', `/categories/${category.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(archived.json().version);

    const hidden = await call('GET', '/categories?q=phones');
    expect(hidden.json().items).toEqual([]);
    const shown = await call('GET', '/categories?q=phones&includeArchived=true');
    expect(shown.json().items.map((c: Json) => c.name)).toEqual(['Phones']);
    const restored = await call('PATCH', `/categories/${category.id}`, {
      version: archived.json().version,
      archived: false,
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().archivedAt).toBeNull();
    expect(await auditActions(env.db, category.id)).toEqual([
      'category.created',
      'category.archived',
      'category.restored',
    ]);
  });

  it('answers 404 for an unknown category', async () => {
    const res = await call('GET', '/categories/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    const bad = await call('GET', '/categories/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/params/id');
  });

  it('lists by kind and name, a page at a time, each category once', async () => {
    for (const name of ['Cable A', 'cable B', 'Cable C', 'Cable D', 'Cable E']) {
      await createCategory({ name, kind: 'consumable' });
    }
    for (const sort of ['name', '-name', 'createdAt', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/categories?kind=consumable&q=cable&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await call('GET', url, undefined, viewer)).json();
        seen.push(...page.items.map((c: Json) => c.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      if (sort === 'name') expect(seen).toEqual(['Cable A', 'cable B', 'Cable C', 'Cable D', 'Cable E']);
      if (sort === '-name') expect(seen[0]).toBe('Cable E');
    }
    const other = await call('GET', '/categories?kind=software&q=cable');
    expect(other.json().items).toEqual([]);
    const badCursor = await call('GET', '/categories?cursor=nonsense');
    expect(badCursor.statusCode).toBe(400);
  });

  it('lets every role read and only managers write', async () => {
    expect((await call('GET', '/categories', undefined, technician)).statusCode).toBe(200);
    const refused = await call('POST', '/categories', { name: 'Nope', kind: 'hardware' }, technician);
    expect(refused.statusCode).toBe(403);
    const refusedViewer = await call('POST', '/categories', { name: 'Nope', kind: 'hardware' }, viewer);
    expect(refusedViewer.statusCode).toBe(403);
  });
});
