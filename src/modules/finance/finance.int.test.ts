import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel } from '../../../test/helpers/factories.js';
import { queryRows, sql } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let admin: TestUser;
let manager: TestUser;
let viewer: TestUser;
let stockroom: LocationRow;
let financial: Json;
let tax: Json;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  manager = await makeUser(env.services, { role: 'asset_manager' });
  viewer = await makeUser(env.services, { role: 'viewer' });
  const site = await makeLocation(env.db, { code: 'FIN' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'FIN-STOCK' });
  const books = (await call('GET', '/depreciation-books')).json().items as Json[];
  financial = books.find((b) => b.code === 'financial')!;
  tax = books.find((b) => b.code === 'tax')!;
});
afterAll(() => env.close());

function call(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, user = admin) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as object });
}

async function ok(method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, status = 200): Promise<Json> {
  const res = await call(method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

async function receive(cost: string, purchaseDate: string, modelOverrides = {}) {
  const model = await makeModel(env.db, modelOverrides);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/assets/receive',
    headers: manager.auth,
    payload: { modelId: model.id, locationId: stockroom.id, purchaseCost: cost, purchaseDate, items: [{}] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { model, asset: res.json().items[0] as Json };
}

const auditActions = async (id: string) =>
  (
    await queryRows<{ action: string }>(env.db, sql`select action from audit_log where entity_id = ${id} order by id`)
  ).map((r) => r.action);

describe('books and profiles', () => {
  it('starts with a default financial book on straight line and a tax book on MACRS', async () => {
    expect(financial).toMatchObject({ isDefault: true, name: 'Financial' });
    expect(tax).toMatchObject({ isDefault: false });
    const profiles = (await call('GET', `/depreciation-books/${tax.id}/profiles`)).json().items;
    expect(profiles).toMatchObject([{ method: 'macrs_gds', macrsClass: 5, macrsConvention: 'half_year' }]);
    expect((await call('GET', '/finance/settings', undefined, viewer)).json()).toEqual({ fiscalYearStartMonth: 1 });
  });

  it('refuses a profile the engine cannot use, naming each field', async () => {
    const res = await call('POST', `/depreciation-books/${financial.id}/profiles`, {
      name: 'Broken',
      method: 'straight_line',
      decliningFactor: '2',
    });
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: Json) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/body/lifeMonths', '/body/convention', '/body/decliningFactor']));
    const macrs = await call('POST', `/depreciation-books/${tax.id}/profiles`, {
      name: 'MACRS with salvage',
      method: 'macrs_gds',
      macrsClass: 5,
      macrsConvention: 'half_year',
      salvagePercent: '10',
    });
    expect(macrs.statusCode).toBe(400);
    expect(macrs.json().errors[0].pointer).toBe('/body/salvagePercent');
  });

  it('lets only administrators change books, profiles and the fiscal year', async () => {
    expect((await call('POST', '/depreciation-books', { code: 'x', name: 'X' }, manager)).statusCode).toBe(403);
    expect((await call('PUT', '/finance/settings', { fiscalYearStartMonth: 7 }, viewer)).statusCode).toBe(403);
  });

  it('creates a book and makes it the default, leaving one default', async () => {
    const ifrs = await ok('POST', '/depreciation-books', { code: 'ifrs', name: 'IFRS', isDefault: true }, 201);
    let books = (await call('GET', '/depreciation-books')).json().items as Json[];
    expect(books.filter((b) => b.isDefault).map((b) => b.code)).toEqual(['ifrs']);
    const dup = await call('POST', '/depreciation-books', { code: 'IFRS', name: 'Again' });
    expect(dup.json()).toMatchObject({ code: 'book_code_taken', errors: [{ pointer: '/body/code' }] });
    const current = books.find((b) => b.code === 'financial')!;
    await ok('PATCH', `/depreciation-books/${current.id}`, { version: current.version, isDefault: true });
    const refused = await call('PATCH', `/depreciation-books/${current.id}`, {
      version: current.version + 1,
      archived: true,
    });
    expect(refused.json().code).toBe('default_book');
    const again = (await call('GET', `/depreciation-books`)).json().items.find((b: Json) => b.id === ifrs.id);
    await ok('PATCH', `/depreciation-books/${ifrs.id}`, { version: again.version, archived: true });
    books = (await call('GET', '/depreciation-books')).json().items;
    expect(books.map((b) => b.code)).toEqual(['financial', 'tax']);
    expect(await auditActions(ifrs.id)).toEqual([
      'depreciation_book.created',
      'depreciation_book.updated',
      'depreciation_book.archived',
    ]);
  });
});

describe('an asset in several books', () => {
  it('depreciates by the fallback profiles: straight line 36 months and MACRS 5-year', async () => {
    const { asset } = await receive('3600.00', '2024-01-15');
    const res = await call('GET', `/assets/${asset.id}/financials?date=2024-12-31`, undefined, viewer);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({ cost: '3600.00', purchaseDate: '2024-01-15', ageMonths: 11, expectedLifeMonths: 36 });
    expect(f.expectedEndOfLife).toBe('2027-01-15');
    const [fin, tx] = f.books;
    expect(fin).toMatchObject({ code: 'financial', source: 'book', accumulated: '1200.00', bookValue: '2400.00' });
    expect(fin.periods).toHaveLength(36);
    expect(fin.periods[0]).toMatchObject({ start: '2024-01-01', expense: '100.00', bookValue: '3500.00' });
    expect(fin.fiscalYears.map((y: Json) => y.expense)).toEqual(['1200.00', '1200.00', '1200.00']);
    // MACRS 5-year half-year: 20% in the first tax year.
    expect(tx).toMatchObject({ code: 'tax', accumulated: '720.00', bookValue: '2880.00' });
    expect(tx.fiscalYears.map((y: Json) => y.expense)).toEqual([
      '720.00',
      '1152.00',
      '691.20',
      '414.72',
      '414.72',
      '207.36',
    ]);
  });

  it('uses the model default over the category default, and the asset override over both', async () => {
    const { asset, model } = await receive('1000.00', '2024-01-01');
    const five = await ok(
      'POST',
      `/depreciation-books/${financial.id}/profiles`,
      { name: 'Straight line, 5 years', method: 'straight_line', lifeMonths: 60, convention: 'full_month' },
      201,
    );
    const ddb = await ok(
      'POST',
      `/depreciation-books/${financial.id}/profiles`,
      {
        name: 'Double declining, 4 years, 10% salvage',
        method: 'declining_balance',
        decliningFactor: '2',
        lifeMonths: 48,
        convention: 'full_month',
        salvagePercent: '10',
        switchToStraightLine: true,
      },
      201,
    );
    await ok('PUT', `/depreciation-books/${financial.id}/defaults`, {
      categoryId: model.categoryId,
      profileId: five.id,
    });
    let fin = (await call('GET', `/assets/${asset.id}/financials?date=2024-12-31`)).json().books[0];
    expect(fin).toMatchObject({ source: 'category', accumulated: '200.00' });
    await ok('PUT', `/depreciation-books/${financial.id}/defaults`, { modelId: model.id, profileId: ddb.id });
    fin = (await call('GET', `/assets/${asset.id}/financials?date=2024-12-31`)).json().books[0];
    expect(fin).toMatchObject({ source: 'model', accumulated: '500.00', salvage: '100.00' });
    const seeded = (await call('GET', `/depreciation-books/${financial.id}/profiles`)).json().items as Json[];
    const three = seeded.find((p) => p.name === 'Straight line, 3 years')!;
    const override = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/assets/${asset.id}/depreciation/${financial.id}`,
      headers: manager.auth,
      payload: { profileId: three.id },
    });
    expect(override.statusCode, override.body).toBe(200);
    fin = (await call('GET', `/assets/${asset.id}/financials?date=2024-12-31`)).json().books[0];
    expect(fin).toMatchObject({ source: 'asset', accumulated: '333.33' });
    expect(await auditActions(asset.id)).toContain('asset.depreciation_profile_set');
    const defaults = (await call('GET', `/depreciation-books/${financial.id}/defaults`)).json().items;
    expect(defaults).toHaveLength(2);
  });

  it('refuses a silent change of a profile in use; applies it from a month on, or restated', async () => {
    const { asset, model } = await receive('1200.00', '2024-01-01');
    const p = await ok(
      'POST',
      `/depreciation-books/${financial.id}/profiles`,
      { name: 'SL 24', method: 'straight_line', lifeMonths: 24, convention: 'full_month' },
      201,
    );
    await ok('PUT', `/depreciation-books/${financial.id}/defaults`, { modelId: model.id, profileId: p.id });
    const longer = { method: 'straight_line', lifeMonths: 36, convention: 'full_month' };
    const silent = await call('PATCH', `/depreciation-profiles/${p.id}`, { version: 1, parameters: longer });
    expect(silent.statusCode).toBe(409);
    expect(silent.json()).toMatchObject({ code: 'profile_in_use', errors: [{ pointer: '/body/effective' }] });
    const changed = await ok('PATCH', `/depreciation-profiles/${p.id}`, {
      version: 1,
      parameters: longer,
      effective: '2025-01-01',
    });
    expect(changed.changes).toMatchObject([{ effective: '2025-01-01', lifeMonths: 36 }]);
    const fin = (await call('GET', `/assets/${asset.id}/financials?date=2025-12-31`)).json().books[0];
    // 600 left at the end of 2024, spread over the 24 months left of the new 36-month life.
    expect(fin.fiscalYears.map((y: Json) => y.expense)).toEqual(['600.00', '300.00', '300.00']);
    expect(fin.accumulated).toBe('900.00');
    const restated = await ok('PATCH', `/depreciation-profiles/${p.id}`, {
      version: 2,
      parameters: longer,
      restate: true,
    });
    expect(restated.changes).toEqual([]);
    expect(await auditActions(p.id)).toEqual([
      'depreciation_profile.created',
      'depreciation_profile.changed_prospectively',
      'depreciation_profile.restated',
    ]);
  });

  it('refuses to change MACRS from a month on (a change of tax accounting method)', async () => {
    const macrs = await ok(
      'POST',
      `/depreciation-books/${tax.id}/profiles`,
      { name: 'MACRS 7', method: 'macrs_gds', macrsClass: 7, macrsConvention: 'half_year' },
      201,
    );
    const res = await call('PATCH', `/depreciation-profiles/${macrs.id}`, {
      version: 1,
      parameters: { method: 'straight_line', lifeMonths: 60, convention: 'full_month' },
      effective: '2025-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/body/method' });
  });

  it('writes off the book value in each book when the asset is disposed of with proceeds', async () => {
    const { asset } = await receive('3600.00', '2023-01-10');
    const retire = await env.app.inject({
      method: 'POST',
      url: `/api/v1/assets/${asset.id}/actions/retire`,
      headers: manager.auth,
      payload: {},
    });
    expect(retire.statusCode, retire.body).toBe(200);
    const dispose = await env.app.inject({
      method: 'POST',
      url: `/api/v1/assets/${asset.id}/actions/dispose`,
      headers: manager.auth,
      payload: { reason: 'Sold', proceeds: '50.00' },
    });
    expect(dispose.statusCode, dispose.body).toBe(200);
    const rows = await queryRows<Json>(
      env.db,
      sql`select b.code, d.book_value, d.proceeds, d.gain_loss from asset_disposals d join depreciation_books b on b.id = d.book_id where d.asset_id = ${asset.id} order by b.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['financial', 'tax']);
    for (const r of rows) {
      expect(r.proceeds).toBe('50.00');
      expect((Number(r.gain_loss) * 100).toFixed(0)).toBe(((50 - Number(r.book_value)) * 100).toFixed(0));
    }
    const f = (await call('GET', `/assets/${asset.id}/financials`)).json();
    expect(f.books[0].disposal).toMatchObject({ proceeds: '50.00' });
    const events = (await call('GET', `/assets/${asset.id}/events`)).json().items as Json[];
    expect(events[0]!.data.writeOffs).toHaveLength(2);
  });

  it('refuses proceeds when several assets are disposed of at once, writing nothing', async () => {
    const first = (await receive('1000.00', '2023-01-10')).asset;
    const second = (await receive('1000.00', '2023-01-10')).asset;
    for (const a of [first, second]) {
      const retire = await env.app.inject({
        method: 'POST',
        url: `/api/v1/assets/${a.id}/actions/retire`,
        headers: manager.auth,
        payload: {},
      });
      expect(retire.statusCode, retire.body).toBe(200);
    }
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/assets/actions/dispose',
      headers: manager.auth,
      payload: { assetIds: [first.id, second.id], reason: 'Sold as a lot', proceeds: '80.00' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/body/proceeds' });
    const rows = await queryRows<Json>(
      env.db,
      sql`select count(*)::int as n from asset_disposals where asset_id in (${first.id}, ${second.id})`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('says why an asset without cost has no figures', async () => {
    const model = await makeModel(env.db, { defaultUnitCost: null });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/assets/receive',
      headers: manager.auth,
      payload: { modelId: model.id, locationId: stockroom.id, items: [{}] },
    });
    const f = (await call('GET', `/assets/${res.json().items[0].id}/financials`)).json();
    expect(f.books[0]).toMatchObject({ bookValue: null, problem: expect.stringContaining('no purchase cost') });
  });
});
