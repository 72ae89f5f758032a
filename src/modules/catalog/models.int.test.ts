import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { gtinCheckDigit } from '../../domain/gtin.js';
import { auditActions, insertTestAsset } from './test-fixtures.js';

let env: TestEnv;
let manager: TestUser;
let viewer: TestUser;
let laptops: Json;
let toner: Json;
let dell: Json;
let lenovo: Json;
beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  viewer = await makeUser(env.services, { role: 'viewer' });
  laptops = await create('/categories', { name: 'Laptops', kind: 'hardware' });
  toner = await create('/categories', { name: 'Toner', kind: 'consumable' });
  dell = await create('/manufacturers', { name: 'Dell' });
  lenovo = await create('/manufacturers', { name: 'Lenovo' });
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, user = manager) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });
}

async function create(path: string, body: Json): Promise<Json> {
  const res = await call('POST', path, body);
  if (res.statusCode !== 201) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A valid EAN-13 from 12 digits. */
let serial = 100000;
function ean(): string {
  serial += 1;
  const body = `590123${serial}`;
  return `${body}${gtinCheckDigit(body)}`;
}

const model = (extra: Json = {}) =>
  create('/models', { categoryId: laptops.id, manufacturerId: dell.id, name: `Model ${++serial}`, ...extra });

describe('models', () => {
  it('creates a model with every field, GTINs stored as GTIN-14', async () => {
    const created = await create('/models', {
      categoryId: laptops.id,
      manufacturerId: dell.id,
      name: 'Latitude 7450',
      modelNumber: 'LAT-7450',
      gtins: ['4006381333931', '036000291452'],
      tracking: 'individual',
      expectedLifeMonths: 48,
      defaultUnitCost: '1299.5',
      currency: 'eur',
      minStock: 5,
      imageUrl: 'https://images.example.com/7450.png',
      notes: 'Standard issue',
    });
    expect(created).toMatchObject({
      categoryId: laptops.id,
      categoryName: 'Laptops',
      manufacturerId: dell.id,
      manufacturerName: 'Dell',
      name: 'Latitude 7450',
      modelNumber: 'LAT-7450',
      gtins: ['00036000291452', '04006381333931'],
      tracking: 'individual',
      expectedLifeMonths: 48,
      defaultUnitCost: '1299.50',
      currency: 'EUR',
      minStock: 5,
      imageUrl: 'https://images.example.com/7450.png',
      version: 1,
      archivedAt: null,
    });
    expect((await call('GET', `/models/${created.id}`, undefined, viewer)).json()).toEqual(created);
    expect(await auditActions(env.db, created.id)).toEqual(['model.created']);
  });

  it('keeps money exact: a decimal string in, the same string out', async () => {
    const m = await model({ defaultUnitCost: '999999999999.99', currency: 'USD' });
    expect(m.defaultUnitCost).toBe('999999999999.99');
    const zero = await model({ defaultUnitCost: '0' });
    expect(zero.defaultUnitCost).toBe('0.00');
  });

  it('tracks consumables by quantity unless told otherwise', async () => {
    const cartridge = await create('/models', { categoryId: toner.id, name: 'HP 26A' });
    expect(cartridge).toMatchObject({ tracking: 'quantity', manufacturerId: null, manufacturerName: null });
    const laptop = await create('/models', { categoryId: laptops.id, name: 'Generic laptop' });
    expect(laptop.tracking).toBe('individual');
  });

  it('names the fields of bad input', async () => {
    const res = await call('POST', '/models', {
      categoryId: laptops.id,
      name: '',
      defaultUnitCost: 12.5,
      currency: 'EURO',
      expectedLifeMonths: 601,
      minStock: -1,
      imageUrl: 'ftp://images.example.com/x.png',
      tracking: 'bulk',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: Json) => e.pointer)
        .sort(),
    ).toEqual([
      '/body/currency',
      '/body/defaultUnitCost',
      '/body/expectedLifeMonths',
      '/body/imageUrl',
      '/body/minStock',
      '/body/name',
      '/body/tracking',
    ]);
    for (const cost of ['12.345', '-5', '1e3', '12,50', '1234567890123.00', '']) {
      const bad = await call('POST', '/models', { categoryId: laptops.id, name: 'Costly', defaultUnitCost: cost });
      expect(bad.statusCode, cost).toBe(400);
      expect(bad.json().errors[0].pointer).toBe('/body/defaultUnitCost');
    }
    expect(
      (await call('POST', '/models', { categoryId: laptops.id, name: 'Zero life', expectedLifeMonths: 0 })).statusCode,
    ).toBe(400);
  });

  it('explains a wrong GTIN check digit and refuses a GTIN listed twice', async () => {
    const res = await call('POST', '/models', {
      categoryId: laptops.id,
      name: 'Scanned',
      gtins: ['96385074', '4006381333932', '123', '0096385074'.padStart(14, '0')],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { pointer: '/body/gtins/1', message: expect.stringContaining('should be 1, not 2') },
      { pointer: '/body/gtins/2', message: expect.stringContaining('8, 12, 13 or 14') },
      { pointer: '/body/gtins/3', message: 'The same GTIN as /body/gtins/0.' },
    ]);
  });

  it('refuses a missing or archived category or manufacturer', async () => {
    const missing = await call('POST', '/models', { categoryId: '00000000-0000-4000-8000-000000000000', name: 'X' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ pointer: '/body/categoryId', message: 'No category has this id.' }]);
    const old = await create('/categories', { name: 'Old kit', kind: 'hardware' });
    await call('DELETE', `/categories/${old.id}`);
    const archived = await call('POST', '/models', { categoryId: old.id, name: 'X' });
    expect(archived.statusCode).toBe(400);
    expect(archived.json().errors[0]).toMatchObject({ pointer: '/body/categoryId' });
    expect(archived.json().errors[0].message).toContain('archived');
    const gone = await create('/manufacturers', { name: 'Gone Inc' });
    await call('DELETE', `/manufacturers/${gone.id}`);
    const archivedMaker = await call('POST', '/models', { categoryId: laptops.id, manufacturerId: gone.id, name: 'X' });
    expect(archivedMaker.json().errors[0]).toMatchObject({ pointer: '/body/manufacturerId' });
  });

  it('keeps names unique per manufacturer, whatever their case', async () => {
    await create('/models', { categoryId: laptops.id, manufacturerId: dell.id, name: 'Precision 5690' });
    const dup = await call('POST', '/models', {
      categoryId: laptops.id,
      manufacturerId: dell.id,
      name: 'PRECISION 5690',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'model_name_taken', errors: [{ pointer: '/body/name' }] });
    expect(dup.json().detail).toContain('by Dell');
    const otherMaker = await call('POST', '/models', {
      categoryId: laptops.id,
      manufacturerId: lenovo.id,
      name: 'Precision 5690',
    });
    expect(otherMaker.statusCode).toBe(201);
    await create('/models', { categoryId: laptops.id, name: 'Unbranded dock' });
    const noMaker = await call('POST', '/models', { categoryId: laptops.id, name: 'unbranded DOCK' });
    expect(noMaker.statusCode).toBe(409);
    const rename = await call('PATCH', `/models/${otherMaker.json().id}`, { version: 1, manufacturerId: dell.id });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().code).toBe('model_name_taken');
  });

  it('gives a GTIN to one model only, naming the entry and the model that has it', async () => {
    const code = ean();
    const first = await model({ name: 'OptiPlex 7020', gtins: [code] });
    const other = ean();
    const res = await call('POST', '/models', {
      categoryId: laptops.id,
      name: 'Copycat',
      gtins: [other, `0${code}`],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'gtin_taken',
      errors: [{ pointer: '/body/gtins/1', message: expect.stringContaining(`OptiPlex 7020 (${first.id})`) }],
    });
    const second = await model({ gtins: [other] });
    const steal = await call('PATCH', `/models/${second.id}`, { version: 1, gtins: [other, code] });
    expect(steal.statusCode).toBe(409);
    expect(steal.json().errors[0].pointer).toBe('/body/gtins/1');
    const keep = await call('PATCH', `/models/${first.id}`, { version: 1, gtins: [code, ean()] });
    expect(keep.statusCode).toBe(200);
    expect(keep.json().gtins).toHaveLength(2);
    const cleared = await call('PATCH', `/models/${first.id}`, { version: 2, gtins: [] });
    expect(cleared.json().gtins).toEqual([]);
    const reuse = await call('PATCH', `/models/${second.id}`, { version: 1, gtins: [code] });
    expect(reuse.json().gtins).toEqual([`0${code}`]);
  });

  it('finds a model by a GTIN of any length, archived ones included', async () => {
    const m = await model({ gtins: ['96385074'] });
    for (const scanned of ['96385074', '000096385074', '0000096385074', '00000096385074']) {
      const res = await call('GET', `/models/by-gtin/${scanned}`, undefined, viewer);
      expect(res.statusCode, scanned).toBe(200);
      expect(res.json().id).toBe(m.id);
    }
    const bad = await call('GET', '/models/by-gtin/96385075');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ pointer: '/params/gtin', message: expect.stringContaining('should be 4') }]);
    const unknown = await call('GET', `/models/by-gtin/${ean()}`);
    expect(unknown.statusCode).toBe(404);
    await call('DELETE', `/models/${m.id}`);
    const archived = await call('GET', '/models/by-gtin/96385074');
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
  });

  it('refuses to change tracking, category or manufacturer once assets exist', async () => {
    const m = await model();
    const before = await call('PATCH', `/models/${m.id}`, { version: 1, tracking: 'quantity' });
    expect(before.statusCode).toBe(200);
    const back = await call('PATCH', `/models/${m.id}`, { version: 2, tracking: 'individual' });
    expect(back.statusCode).toBe(200);
    await insertTestAsset(env.db, { modelId: m.id, categoryId: laptops.id });
    const refused = await call('PATCH', `/models/${m.id}`, { version: 3, tracking: 'quantity' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'model_has_assets', errors: [{ pointer: '/body/tracking' }] });
    expect(refused.json().detail).toContain('1 asset exists');
    const category = await call('PATCH', `/models/${m.id}`, { version: 3, categoryId: toner.id });
    expect(category.json()).toMatchObject({ status: 409, errors: [{ pointer: '/body/categoryId' }] });
    const maker = await call('PATCH', `/models/${m.id}`, { version: 3, manufacturerId: null });
    expect(maker.json()).toMatchObject({ status: 409, errors: [{ pointer: '/body/manufacturerId' }] });
    const same = await call('PATCH', `/models/${m.id}`, { version: 3, tracking: 'individual', minStock: 2 });
    expect(same.statusCode).toBe(200);
  });

  it('edits with the version read and refuses a stale one', async () => {
    const m = await model({ notes: 'first' });
    const edited = await call('PATCH', `/models/${m.id}`, {
      version: 1,
      name: 'Renamed',
      notes: null,
      defaultUnitCost: '10',
    });
    expect(edited.json()).toMatchObject({ name: 'Renamed', notes: null, defaultUnitCost: '10.00', version: 2 });
    const stale = await call('PATCH', `/models/${m.id}`, { version: 1, notes: 'again' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await call('PATCH', `/models/00000000-0000-4000-8000-000000000000`, { version: 1 })).statusCode).toBe(404);
    expect(await auditActions(env.db, m.id)).toEqual(['model.created', 'model.updated']);
  });

  it('archives and restores a model; an archived category blocks the restore', async () => {
    const kit = await create('/categories', { name: 'Temporary kit', kind: 'hardware' });
    const m = await create('/models', { categoryId: kit.id, name: 'Short-lived' });
    const archived = await call('DELETE', `/models/${m.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await call('DELETE', `/models/${m.id}`)).json().version).toBe(2);
    expect((await call('DELETE', `/categories/${kit.id}`)).statusCode).toBe(200);
    const blocked = await call('PATCH', `/models/${m.id}`, { version: 2, archived: false });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().errors[0].pointer).toBe('/body/categoryId');
    await call('PATCH', `/categories/${kit.id}`, { version: 2, archived: false });
    const restored = await call('PATCH', `/models/${m.id}`, { version: 2, archived: false });
    expect(restored.json().archivedAt).toBeNull();
    expect(await auditActions(env.db, m.id)).toEqual(['model.created', 'model.archived', 'model.restored']);
  });

  it('lists with filters, a page at a time', async () => {
    const printers = await create('/categories', { name: 'Printers', kind: 'hardware' });
    const made: string[] = [];
    for (const [name, maker, tracking] of [
      ['LaserJet Pro 4002', dell.id, 'individual'],
      ['LaserJet Pro 4003', dell.id, 'individual'],
      ['LaserJet Enterprise', lenovo.id, 'individual'],
      ['Laserjet Spare drum', lenovo.id, 'quantity'],
    ] as const) {
      made.push((await create('/models', { categoryId: printers.id, manufacturerId: maker, name, tracking })).id);
    }
    await call('DELETE', `/models/${made[0]}`);
    const names = async (query: string) =>
      (await call('GET', `/models?categoryId=${printers.id}&${query}`, undefined, viewer))
        .json()
        .items.map((m: Json) => m.name);
    expect(await names('q=laserjet')).toEqual(['LaserJet Enterprise', 'LaserJet Pro 4003', 'Laserjet Spare drum']);
    expect(await names('q=laserjet&includeArchived=true')).toHaveLength(4);
    expect(await names(`manufacturerId=${lenovo.id}`)).toEqual(['LaserJet Enterprise', 'Laserjet Spare drum']);
    expect(await names('tracking=quantity')).toEqual(['Laserjet Spare drum']);
    expect(await names('q=PRO')).toEqual(['LaserJet Pro 4003']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Json = (
        await call(
          'GET',
          `/models?categoryId=${printers.id}&includeArchived=true&limit=1&sort=-createdAt${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      seen.push(...page.items.map((m: Json) => m.id));
      expect(page.items.every((m: Json) => Array.isArray(m.gtins))).toBe(true);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set(made));
  });

  it('lets every role read and only managers write', async () => {
    expect((await call('POST', '/models', { categoryId: laptops.id, name: 'No' }, viewer)).statusCode).toBe(403);
    expect((await call('GET', '/models', undefined, viewer)).statusCode).toBe(200);
  });
});
