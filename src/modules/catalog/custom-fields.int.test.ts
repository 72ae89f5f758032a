import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import { auditActions, customFieldsOf, insertTestAsset, insertTestModel } from './test-fixtures.js';
import { assertUniqueCustomValues, loadFieldDefinitions, resolveCustomFields } from './custom-field-values.js';

let env: TestEnv;
let manager: TestUser;
beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, user = manager) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });

let counter = 0;
async function category(fields: Json[] = []): Promise<{ id: string; fields: Json[]; modelId: string }> {
  counter += 1;
  const res = await call('POST', '/categories', { name: `Category ${counter}`, kind: 'hardware', fields });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json();
  const modelId = await insertTestModel(env.db, { categoryId: body.id });
  return { id: body.id, fields: body.fields, modelId };
}

describe('custom field definitions', () => {
  it('adds a field after the others and refuses a key already used, archived or not', async () => {
    const c = await category([{ key: 'colour', label: 'Colour', type: 'text' }]);
    const added = await call('POST', `/categories/${c.id}/fields`, {
      key: 'asset_owner',
      label: 'Owner',
      type: 'email',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      field: { key: 'asset_owner', type: 'email', position: 1, version: 1 },
      report: { incompatible: [], total: 0 },
    });
    const dup = await call('POST', `/categories/${c.id}/fields`, { key: 'colour', label: 'Color', type: 'text' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'custom_field_key_taken', errors: [{ pointer: '/body/key' }] });

    await call('DELETE', `/categories/${c.id}/fields/${c.fields[0]!.id}`);
    const archivedDup = await call('POST', `/categories/${c.id}/fields`, {
      key: 'colour',
      label: 'Color',
      type: 'text',
    });
    expect(archivedDup.statusCode).toBe(409);
    expect(archivedDup.json().detail).toContain('archived');

    const missing = await call('POST', `/categories/00000000-0000-4000-8000-000000000000/fields`, {
      key: 'x',
      label: 'X',
      type: 'text',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('names the fields of a bad definition', async () => {
    const c = await category();
    const res = await call('POST', `/categories/${c.id}/fields`, { key: '9lives', label: '', type: 'colour' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: Json) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/key', '/body/label', '/body/type']),
    );
    const options = await call('POST', `/categories/${c.id}/fields`, {
      key: 'size',
      label: 'Size',
      type: 'text',
      options: ['S', 'M'],
    });
    expect(options.json().errors).toEqual([{ pointer: '/body/options', message: 'Only select fields have options.' }]);
    const twice = await call('POST', `/categories/${c.id}/fields`, {
      key: 'size',
      label: 'Size',
      type: 'select',
      options: ['S', 'M', 's'],
    });
    expect(twice.json().errors).toEqual([{ pointer: '/body/options/2', message: '"s" is listed twice.' }]);
    const uniqueFlag = await call('POST', `/categories/${c.id}/fields`, {
      key: 'flag',
      label: 'Flag',
      type: 'boolean',
      unique: true,
    });
    expect(uniqueFlag.json().errors[0].pointer).toBe('/body/unique');
  });

  it('reports a new required field as missing from existing assets, changing nothing', async () => {
    const c = await category();
    const a = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { other: 1 } });
    const res = await call('POST', `/categories/${c.id}/fields`, {
      key: 'cost_centre',
      label: 'Cost centre',
      type: 'text',
      required: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().report).toEqual({
      total: 1,
      incompatible: [
        { assetId: a.id, tag: a.tag, value: null, message: 'Cost centre (cost_centre) is required but has no value.' },
      ],
    });
    expect(await customFieldsOf(env.db, a.id)).toEqual({ other: 1 });
  });

  it('changes a definition, reporting existing values that no longer fit without dropping them', async () => {
    const c = await category([{ key: 'ram', label: 'RAM', type: 'text' }]);
    const field = c.fields[0]!;
    const fits = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { ram: 16 } });
    const text = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { ram: '32' } });
    const bad = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { ram: 'lots' } });
    const none = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: {} });

    const res = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 1, type: 'number' });
    expect(res.statusCode, res.body).toBe(200);
    const { field: changed, report } = res.json();
    expect(changed).toMatchObject({ type: 'number', version: 2 });
    expect(report.total).toBe(2);
    const byAsset = Object.fromEntries(report.incompatible.map((i: Json) => [i.assetId, i]));
    expect(byAsset[bad.id]).toMatchObject({
      tag: bad.tag,
      value: 'lots',
      message: 'RAM (ram) must be a number, not "lots".',
    });
    expect(byAsset[text.id].message).toContain('becomes 32');
    expect(byAsset[fits.id]).toBeUndefined();
    expect(await customFieldsOf(env.db, bad.id)).toEqual({ ram: 'lots' });
    expect(await customFieldsOf(env.db, text.id)).toEqual({ ram: '32' });

    const required = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 2, required: true });
    expect(required.json().report.total).toBe(3);
    expect(required.json().report.incompatible.map((i: Json) => i.assetId)).toContain(none.id);

    const labelOnly = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, {
      version: 3,
      label: 'Memory (GB)',
      helpText: 'As installed',
    });
    expect(labelOnly.json()).toMatchObject({
      field: { label: 'Memory (GB)', helpText: 'As installed', version: 4 },
      report: { total: 0, incompatible: [] },
    });
    expect(await auditActions(env.db, field.id)).toEqual([
      'custom_field.created',
      'custom_field.updated',
      'custom_field.updated',
      'custom_field.updated',
    ]);
  });

  it('reports values outside new options and switches options off with the type', async () => {
    const c = await category([{ key: 'vendor', label: 'Vendor', type: 'select', options: ['Dell', 'HP', 'Lenovo'] }]);
    const field = c.fields[0]!;
    const hp = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { vendor: 'HP' } });
    await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { vendor: 'Dell' } });
    const res = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, {
      version: 1,
      options: ['Dell', 'Lenovo'],
    });
    expect(res.json().report).toEqual({
      total: 1,
      incompatible: [
        { assetId: hp.id, tag: hp.tag, value: 'HP', message: 'Vendor (vendor) must be one of: Dell, Lenovo.' },
      ],
    });
    const emptied = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 2, options: [] });
    expect(emptied.statusCode).toBe(400);
    expect(emptied.json().errors[0].pointer).toBe('/body/options');
    const toText = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 2, type: 'text' });
    expect(toText.json()).toMatchObject({ field: { type: 'text', options: null }, report: { total: 0 } });
    const optionsOnText = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, {
      version: 3,
      options: ['A'],
    });
    expect(optionsOnText.statusCode).toBe(400);
  });

  it('refuses to make a field unique while assets share a value, listing them', async () => {
    const c = await category([{ key: 'mac', label: 'MAC', type: 'mac' }]);
    const field = c.fields[0]!;
    const shared = { mac: 'aa:bb:cc:dd:ee:ff' };
    const a = await insertTestAsset(env.db, {
      modelId: c.modelId,
      categoryId: c.id,
      customFields: shared,
      tag: 'DUP-1',
    });
    await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: shared, tag: 'DUP-2' });
    await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { mac: '00:11:22:33:44:55' } });
    const res = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 1, unique: true });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'custom_field_duplicates' });
    expect(res.json().detail).toContain('MAC (mac) cannot be unique');
    expect(res.json().errors).toEqual([
      { pointer: '/body/unique', message: '"aa:bb:cc:dd:ee:ff" is held by 2 assets (DUP-1, DUP-2)' },
    ]);
    await env.db.execute(sql`update assets set custom_fields = '{"mac":"aa:bb:cc:dd:ee:01"}' where id = ${a.id}`);
    const ok = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 1, unique: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().field.unique).toBe(true);
  });

  it('refuses a stale version and a changed key', async () => {
    const c = await category([{ key: 'room', label: 'Room', type: 'text' }]);
    const field = c.fields[0]!;
    await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 1, label: 'Room number' });
    const stale = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 1, label: 'Room no.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const key = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 2, key: 'room_no' });
    expect(key.statusCode).toBe(400);
    expect(key.json().errors[0].pointer).toBe('/body/key');
    const sameKey = await call('PATCH', `/categories/${c.id}/fields/${field.id}`, { version: 2, key: 'room' });
    expect(sameKey.statusCode).toBe(200);
    const elsewhere = await category();
    const wrongCategory = await call('PATCH', `/categories/${elsewhere.id}/fields/${field.id}`, { version: 2 });
    expect(wrongCategory.statusCode).toBe(404);
  });

  it('archives a field: values stay in the assets and are reported; it can be restored', async () => {
    const c = await category([
      { key: 'po', label: 'PO number', type: 'text', required: true },
      { key: 'floor', label: 'Floor', type: 'number' },
    ]);
    const po = c.fields[0]!;
    const a = await insertTestAsset(env.db, {
      modelId: c.modelId,
      categoryId: c.id,
      customFields: { po: 'PO-1', floor: 2 },
    });
    await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: { floor: 3 } });
    const res = await call('DELETE', `/categories/${c.id}/fields/${po.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().field.archivedAt).not.toBeNull();
    expect(res.json().report).toMatchObject({ total: 1, incompatible: [{ assetId: a.id, value: 'PO-1' }] });
    expect(res.json().report.incompatible[0].message).toContain('Kept in the asset');
    expect(await customFieldsOf(env.db, a.id)).toEqual({ po: 'PO-1', floor: 2 });
    expect((await loadFieldDefinitions(env.db, c.id)).map((d) => d.key)).toEqual(['floor']);

    const again = await call('DELETE', `/categories/${c.id}/fields/${po.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json().field.version).toBe(res.json().field.version);

    const detail = (await call('GET', `/categories/${c.id}`)).json();
    expect(detail.fields.map((f: Json) => [f.key, f.archivedAt === null])).toEqual([
      ['floor', true],
      ['po', false],
    ]);

    const restored = await call('PATCH', `/categories/${c.id}/fields/${po.id}`, {
      version: res.json().field.version,
      archived: false,
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().field.archivedAt).toBeNull();
    // Restored and required: the asset that never had it is reported.
    expect(restored.json().report.total).toBe(1);
    expect(await auditActions(env.db, po.id)).toEqual([
      'custom_field.created',
      'custom_field.archived',
      'custom_field.restored',
    ]);
  });
});

describe('custom field values on asset writes (helpers for the assets module)', () => {
  it('validates, normalises and merges, refusing unknown keys and taken unique values', async () => {
    const c = await category([
      { key: 'ram_gb', label: 'RAM (GB)', type: 'number', required: true },
      { key: 'mac', label: 'MAC address', type: 'mac', unique: true },
      { key: 'vendor', label: 'Vendor', type: 'select', options: ['Dell', 'Lenovo'] },
    ]);
    const created = await inTransaction(env.db, (tx) =>
      resolveCustomFields(tx, {
        categoryId: c.id,
        assetId: null,
        input: { ram_gb: '16', mac: 'AABBCCDDEEFF', vendor: '' },
      }),
    );
    expect(created).toEqual({ ram_gb: 16, mac: 'aa:bb:cc:dd:ee:ff' });
    const holder = await insertTestAsset(env.db, { modelId: c.modelId, categoryId: c.id, customFields: created });

    const err = await resolveCustomFields(env.db, {
      categoryId: c.id,
      assetId: null,
      input: { ram_gb: 8, mac: 'aa-bb-cc-dd-ee-ff' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      status: 409,
      code: 'custom_field_not_unique',
      errors: [
        {
          pointer: '/body/customFields/mac',
          message: `MAC address (mac) must be unique: "aa:bb:cc:dd:ee:ff" is already used by asset ${holder.tag}.`,
        },
      ],
    });
    // The asset itself may keep its own value.
    await expect(assertUniqueCustomValues(env.db, c.id, holder.id, created)).resolves.toBeUndefined();
    // Unique per category: another category may hold the same value.
    const other = await category([{ key: 'mac', label: 'MAC', type: 'mac', unique: true }]);
    await expect(
      assertUniqueCustomValues(env.db, other.id, null, { mac: 'aa:bb:cc:dd:ee:ff' }),
    ).resolves.toBeUndefined();

    const invalid = await resolveCustomFields(env.db, {
      categoryId: c.id,
      assetId: null,
      input: { vendor: 'HP', colour: 'red' },
      pointerPrefix: '/rows/3/customFields',
    }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((invalid as AppError).errors!.map((e) => e.pointer)).toEqual([
      '/rows/3/customFields/vendor',
      '/rows/3/customFields/colour',
      '/rows/3/customFields/ram_gb',
    ]);

    const edited = await resolveCustomFields(env.db, {
      categoryId: c.id,
      assetId: holder.id,
      input: { vendor: 'lenovo', mac: null },
      existing: { ...created, archived_key: 'kept' },
    });
    expect(edited).toEqual({ ram_gb: 16, vendor: 'Lenovo', archived_key: 'kept' });
    const unchanged = await resolveCustomFields(env.db, {
      categoryId: c.id,
      assetId: holder.id,
      input: undefined,
      existing: created,
    });
    expect(unchanged).toEqual(created);
  });
});
