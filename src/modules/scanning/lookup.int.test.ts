import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { modelGtins } from '../../platform/db/schema-all.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let tech: TestUser;
let stockroom: LocationRow;
let asset: { id: string; tag: string };
let modelId: string;
const GS = String.fromCharCode(29);

beforeAll(async () => {
  env = await createTestEnv();
  tech = await makeUser(env.services, { role: 'technician' });
  const site = await makeLocation(env.db, { code: 'LON' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'LON-STOCK', name: 'London stockroom' });
  const model = await makeModel(env.db, { name: 'Latitude 7450' });
  modelId = model.id;
  await env.db.insert(modelGtins).values({ gtin: '09506000134352', modelId: model.id });
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/assets',
    headers: tech.auth,
    payload: { modelId: model.id, locationId: stockroom.id, serial: 'ABC123XYZ' },
  });
  asset = res.json();
  await makePerson(env.db, { name: 'Grace Hopper', employeeNumber: 'E00042', email: 'grace@example.com' });
});
afterAll(() => env.close());

const lookup = async (code: string, headers = tech.auth) => {
  const res = await env.app.inject({ method: 'GET', url: `/api/v1/lookup?code=${encodeURIComponent(code)}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('looking up a scanned code', () => {
  it('finds an asset by its tag, whatever the case, with a one-line description', async () => {
    const r = await lookup(asset.tag.toLowerCase());
    expect(r).toMatchObject({ readAs: 'text', match: { type: 'asset', id: asset.id } });
    expect(r.message).toContain('Latitude 7450 (in stock at LON-STOCK)');
  });

  it('finds an asset by serial, a location by code, a person by employee number or e-mail', async () => {
    expect((await lookup('abc123xyz')).match).toMatchObject({ type: 'asset', id: asset.id });
    expect((await lookup('LON-STOCK')).match).toMatchObject({ type: 'location', code: 'LON-STOCK' });
    expect((await lookup('E00042')).match).toMatchObject({ type: 'person', name: 'Grace Hopper' });
    expect((await lookup('Grace@Example.com')).match).toMatchObject({ type: 'person', name: 'Grace Hopper' });
  });

  it('finds the model from a GTIN, and the model and serial from a GS1 code with or without separators', async () => {
    expect((await lookup('9506000134352')).match).toMatchObject({ type: 'model', id: modelId });
    const withSeparator = await lookup(`]C10109506000134352${GS}21ABC123XYZ`);
    expect(withSeparator).toMatchObject({
      readAs: 'gs1',
      match: { type: 'asset', id: asset.id },
      gs1: { serial: 'ABC123XYZ' },
    });
    expect(withSeparator.others[0]).toMatchObject({ type: 'model', id: modelId });
    const newUnit = await lookup('(01)09506000134352(21)NEW-UNIT-1');
    expect(newUnit).toMatchObject({
      match: { type: 'model', id: modelId },
      gs1: { gtin: '09506000134352', serial: 'NEW-UNIT-1' },
    });
  });

  it('understands our own links', async () => {
    const r = await lookup(`http://localhost:80/assets/${asset.id}`);
    expect(r).toMatchObject({ readAs: 'url', match: { type: 'asset', id: asset.id } });
  });

  it('says clearly what it cannot place, never guessing', async () => {
    const none = await lookup('NOPE-404');
    expect(none.match).toBeNull();
    expect(none.message).toMatch(/^Nothing matches "NOPE-404"/);
    const badGtin = await lookup(`]C10109506000134353${GS}21X`);
    expect(badGtin.match).toBeNull();
    expect(badGtin.message).toMatch(/check digit/i);
    const foreign = await lookup('https://example.org/whatever');
    expect(foreign.readAs).toBe('unknown');
  });

  it('does not reveal what lies outside a scoped user’s sites', async () => {
    const elsewhere = await makeLocation(env.db, { code: 'NYC' });
    const nycTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: elsewhere.id }] });
    const r = await lookup(asset.tag, nycTech.auth);
    expect(r.match).toBeNull();
    expect((await lookup('LON-STOCK', nycTech.auth)).match).toBeNull();
  });
});

describe('GS1 asset labels', () => {
  it('reads our own GIAI (AI 8004) back to the asset once a GS1 company prefix is set', async () => {
    const admin = await makeUser(env.services, { role: 'admin' });
    const set = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/labels/settings',
      headers: admin.auth,
      payload: { gs1CompanyPrefix: '9506000' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const r = await lookup(`]C18004${'9506000'}${asset.tag}`);
    expect(r.match).toMatchObject({ type: 'asset', id: asset.id });
  });
});
