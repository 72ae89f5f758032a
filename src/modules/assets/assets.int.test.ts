import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeField, makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let manager: TestUser;
let site: LocationRow;
let stockroom: LocationRow;
let otherSite: LocationRow;
let otherStockroom: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  manager = await makeUser(env.services, { role: 'asset_manager' });
  site = await makeLocation(env.db, { code: 'LON' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'LON-STOCK' });
  otherSite = await makeLocation(env.db, { code: 'NYC' });
  otherStockroom = await makeLocation(env.db, { parent: otherSite, code: 'NYC-STOCK' });
});
afterAll(() => env.close());

const post = (url: string, payload: object, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'POST', url, payload, headers });
const get = (url: string, headers: Record<string, string> = manager.auth) =>
  env.app.inject({ method: 'GET', url, headers });

async function receive(count: number, overrides: Record<string, unknown> = {}) {
  const model = await makeModel(env.db);
  const res = await post('/api/v1/assets/receive', {
    modelId: model.id,
    locationId: stockroom.id,
    items: Array.from({ length: count }, (_, i) => ({ serial: `SN-${model.id.slice(0, 6)}-${i}` })),
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { model, assets: res.json().items as { id: string; tag: string; version: number; status: string }[] };
}

const act = (id: string, action: string, payload: object = {}, headers = manager.auth) =>
  post(`/api/v1/assets/${id}/actions/${action}`, payload, headers);

describe('receiving assets', () => {
  it('creates them in stock at the stockroom with generated tags, cost from the model, and history', async () => {
    const { assets } = await receive(3);
    expect(assets.map((a) => a.status)).toEqual(['in_stock', 'in_stock', 'in_stock']);
    expect(new Set(assets.map((a) => a.tag)).size).toBe(3);
    for (const a of assets) expect(a.tag).toMatch(/^QM-\d{6}$/);
    const detail = (await get(`/api/v1/assets/${assets[0]!.id}`)).json();
    expect(detail).toMatchObject({ purchaseCost: '1000.00', currency: 'EUR', location: { code: 'LON-STOCK' } });
    const events = (await get(`/api/v1/assets/${assets[0]!.id}/events`)).json();
    expect(events.items).toMatchObject([
      {
        action: 'received',
        statusTo: 'in_stock',
        locationTo: stockroom.id,
        locationToRef: { id: stockroom.id, code: 'LON-STOCK', name: stockroom.name },
        locationFromRef: null,
        source: 'api',
      },
    ]);
  });

  it('refuses a serial already recorded for the same manufacturer, whatever its case or spaces', async () => {
    const { model } = await receive(1);
    const serial = `SN-${model.id.slice(0, 6)}-0`;
    const res = await post('/api/v1/assets/receive', {
      modelId: model.id,
      locationId: stockroom.id,
      items: [{ serial: ` ${serial.toLowerCase()} ` }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'serial_taken', errors: [{ pointer: '/body/items/0/serial' }] });
    const other = await makeModel(env.db);
    const elsewhere = await post('/api/v1/assets/receive', {
      modelId: other.id,
      locationId: stockroom.id,
      items: [{ serial }],
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('creates nothing when one unit of a delivery is bad', async () => {
    const model = await makeModel(env.db);
    const res = await post('/api/v1/assets/receive', {
      modelId: model.id,
      locationId: stockroom.id,
      items: [{ serial: 'A-1' }, { serial: 'A-2' }, { serial: 'a-1' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/items/2/serial');
    const list = (await get(`/api/v1/assets?modelId=${model.id}`)).json();
    expect(list.items).toHaveLength(0);
  });

  it('refuses a model tracked by quantity', async () => {
    const model = await makeModel(env.db, { tracking: 'quantity' });
    const res = await post('/api/v1/assets/receive', { modelId: model.id, locationId: stockroom.id, items: [{}] });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('tracked by quantity');
  });

  it('validates custom fields against the category and names the field', async () => {
    const model = await makeModel(env.db);
    await makeField(env.db, model.categoryId, { key: 'ram_gb', label: 'RAM (GB)', type: 'number', required: true });
    const missing = await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ pointer: '/body/customFields/ram_gb' });
    const bad = await post('/api/v1/assets', {
      modelId: model.id,
      locationId: stockroom.id,
      customFields: { ram_gb: 'lots' },
    });
    expect(bad.json().errors[0].message).toContain('RAM (GB)');
    const ok = await post('/api/v1/assets', {
      modelId: model.id,
      locationId: stockroom.id,
      customFields: { ram_gb: '16' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().customFields).toEqual({ ram_gb: 16 });
  });

  it('takes a hand-entered tag and refuses it twice', async () => {
    const model = await makeModel(env.db);
    expect(
      (await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id, tag: 'HAND-1' })).statusCode,
    ).toBe(201);
    const again = await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id, tag: 'hand-1' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('tag_taken');
  });
});

describe('the lifecycle', () => {
  it('checks an asset out to a person and back in, with one event each', async () => {
    const { assets } = await receive(1);
    const person = await makePerson(env.db, { name: 'Grace Hopper' });
    const out = await act(assets[0]!.id, 'check_out', {
      assignee: { type: 'person', id: person.id },
      requestReference: 'REQ-42',
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({
      status: 'in_use',
      assignee: { type: 'person', label: 'Grace Hopper' },
      requestReference: 'REQ-42',
    });
    const held = (await get(`/api/v1/assets?personId=${person.id}`)).json();
    expect(held.items.map((a: { id: string }) => a.id)).toEqual([assets[0]!.id]);
    const back = await act(assets[0]!.id, 'check_in', { locationId: stockroom.id });
    expect(back.json()).toMatchObject({ status: 'in_stock', assignee: null });
    const events = (await get(`/api/v1/assets/${assets[0]!.id}/events`)).json();
    expect(events.items.map((e: { action: string }) => e.action)).toEqual(['check_in', 'check_out', 'received']);
    expect(events.items[1]).toMatchObject({
      assigneeTo: { type: 'person', id: person.id },
      requestReference: 'REQ-42',
    });
    expect(events.items[0]).toMatchObject({ assigneeFrom: { type: 'person', id: person.id } });
  });

  it('cannot check out a retired asset, and says which one', async () => {
    const { assets } = await receive(1);
    expect((await act(assets[0]!.id, 'retire', { reason: 'old' })).statusCode).toBe(200);
    const person = await makePerson(env.db);
    const res = await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: person.id } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(`${assets[0]!.tag} is retired and cannot be checked out.`);
  });

  it('refuses to check out an asset in use unless it is an explicit transfer', async () => {
    const { assets } = await receive(1);
    const [a, b] = [await makePerson(env.db), await makePerson(env.db, { name: 'Second Holder' })];
    await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: a.id } });
    const refused = await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: b.id } });
    expect(refused.statusCode).toBe(409);
    const transfer = await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: b.id }, transfer: true });
    expect(transfer.json()).toMatchObject({ status: 'in_use', assignee: { label: 'Second Holder' } });
  });

  it('refuses to check out to someone who has left', async () => {
    const { assets } = await receive(1);
    const gone = await makePerson(env.db, { status: 'left', name: 'Gone Person' });
    const res = await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: gone.id } });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('has left');
  });

  it('lets exactly one of two simultaneous check-outs win, with one event', async () => {
    const { assets } = await receive(1);
    const [a, b] = [await makePerson(env.db), await makePerson(env.db)];
    const results = await Promise.all([
      act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: a.id } }),
      act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: b.id } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().detail).toContain(assets[0]!.tag);
    const events = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where asset_id = ${assets[0]!.id} and action = 'check_out'`,
    );
    expect(events[0]!.n).toBe(1);
  });

  it('does a bulk action all or nothing', async () => {
    const { assets } = await receive(3);
    await act(assets[2]!.id, 'retire', {});
    const res = await post('/api/v1/assets/actions/move', {
      assetIds: assets.map((a) => a.id),
      locationId: otherStockroom.id,
    });
    expect(res.statusCode).toBe(200); // retired assets may be moved (to a disposal area)
    const retiredOut = await post('/api/v1/assets/actions/check_out', {
      assetIds: assets.map((a) => a.id),
      assignee: { type: 'location', id: site.id },
    });
    expect(retiredOut.statusCode).toBe(409);
    const first = (await get(`/api/v1/assets/${assets[0]!.id}`)).json();
    expect(first.status).toBe('in_stock');
  });

  it('disposes only of retired assets, with a reason', async () => {
    const { assets } = await receive(1);
    expect((await act(assets[0]!.id, 'dispose', { reason: 'broken' })).json().detail).toContain('must be retired');
    await act(assets[0]!.id, 'retire', {});
    expect((await act(assets[0]!.id, 'dispose', {})).json().errors[0].pointer).toBe('/body/reason');
    const done = await act(assets[0]!.id, 'dispose', { reason: 'Sold', proceeds: '120.00' });
    expect(done.json()).toMatchObject({ status: 'disposed', allowedActions: [] });
  });

  it('refuses a stale edit', async () => {
    const { assets } = await receive(1);
    const id = assets[0]!.id;
    const first = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/assets/${id}`,
      headers: manager.auth,
      payload: { version: assets[0]!.version, notes: 'first' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/assets/${id}`,
      headers: manager.auth,
      payload: { version: assets[0]!.version, notes: 'second' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('writes an audit entry for every asset change', async () => {
    const { assets } = await receive(1);
    const log = (
      await get(
        `/api/v1/audit?entityType=asset&entityId=${assets[0]!.id}`,
        (await makeUser(env.services, { role: 'auditor' })).auth,
      )
    ).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['asset.received']);
  });
});

describe('finding assets and stock levels', () => {
  it('rolls stock levels up the location tree', async () => {
    const { model, assets } = await receive(3);
    const person = await makePerson(env.db);
    await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: person.id } });
    const atSite = (await get(`/api/v1/stock-levels?locationId=${site.id}&modelId=${model.id}`)).json();
    expect(atSite.items).toMatchObject([{ model: { id: model.id }, counts: { in_stock: 2, in_use: 1 } }]);
    const elsewhere = (await get(`/api/v1/stock-levels?locationId=${otherSite.id}&modelId=${model.id}`)).json();
    expect(elsewhere.items).toEqual([]);
  });

  it('flags models below their minimum', async () => {
    const model = await makeModel(env.db, { minStock: 5 });
    const res = (await get(`/api/v1/stock-levels?belowMinimum=true&modelId=${model.id}`)).json();
    expect(res.items).toMatchObject([{ model: { id: model.id }, belowMinimum: true, counts: { in_stock: 0 } }]);
  });

  it('finds an asset by tag, serial or holder name', async () => {
    const { assets } = await receive(1);
    const byTag = (await get(`/api/v1/assets/by-tag/${assets[0]!.tag.toLowerCase()}`)).json();
    expect(byTag.id).toBe(assets[0]!.id);
    const person = await makePerson(env.db, { name: 'Katherine Johnson' });
    await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: person.id } });
    const found = (await get('/api/v1/assets?q=katherine')).json();
    expect(found.items.map((a: { id: string }) => a.id)).toContain(assets[0]!.id);
    const typo = (await get('/api/v1/assets?q=katherin%20jonson')).json();
    expect(typo.items.map((a: { id: string }) => a.id)).toContain(assets[0]!.id);
  });

  it('pages through a search that matches by holder, by model and by text without losing or repeating one', async () => {
    const { assets } = await receive(5);
    const holder = await makePerson(env.db, { name: 'Ottoline Quibbleworth' });
    for (const a of assets.slice(0, 3)) await act(a.id, 'check_out', { assignee: { type: 'person', id: holder.id } });
    await post('/api/v1/assets', {
      modelId: (await makeModel(env.db)).id,
      locationId: stockroom.id,
      notes: 'for quibbleworth',
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { items: { tag: string }[]; nextCursor: string | null } = (
        await get(`/api/v1/assets?q=quibbleworth&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...res.items.map((a: { tag: string }) => a.tag));
      cursor = res.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const descending = (await get('/api/v1/assets?q=quibbleworth&sort=-tag&limit=50')).json();
    expect(descending.items.map((a: { tag: string }) => a.tag)).toEqual([...seen].reverse());
    // Typos are forgiven only when no name contains the text as typed.
    const typo = (await get('/api/v1/assets?q=quibleworth')).json();
    expect(typo.items).toHaveLength(3);
  });

  it('counts what a list shows, from the maintained counts or by counting', async () => {
    const { model, assets } = await receive(4);
    const holder = await makePerson(env.db, { name: 'Counted Holder' });
    await act(assets[0]!.id, 'check_out', { assignee: { type: 'person', id: holder.id } });
    const count = async (query: string, headers = manager.auth) =>
      (await get(`/api/v1/assets/count?${query}`, headers)).json();
    const listed = async (query: string) => (await get(`/api/v1/assets?limit=200&${query}`)).json().items.length;
    for (const query of [
      `modelId=${model.id}`,
      `modelId=${model.id}&status=in_stock`,
      `modelId=${model.id}&locationId=${site.id}&status=in_stock&status=in_use`,
      `modelId=${model.id}&locationId=${otherSite.id}`,
      `personId=${holder.id}`,
      `q=counted%20holder`,
    ]) {
      expect(await count(query), query).toEqual({ count: await listed(query), exact: true });
    }
    const nycTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: otherSite.id }] });
    expect(await count(`modelId=${model.id}`, nycTech.auth)).toEqual({ count: 0, exact: true });
  });

  it('keeps a site technician to their site', async () => {
    const { assets } = await receive(1); // at LON
    const nycTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: otherSite.id }] });
    expect((await get(`/api/v1/assets/${assets[0]!.id}`, nycTech.auth)).statusCode).toBe(404);
    const list = (await get('/api/v1/assets?limit=200', nycTech.auth)).json();
    expect(list.items.map((a: { id: string }) => a.id)).not.toContain(assets[0]!.id);
    const moved = await act(assets[0]!.id, 'move', { locationId: otherStockroom.id }, nycTech.auth);
    expect(moved.statusCode).toBe(403);
    const model = await makeModel(env.db);
    const intoLondon = await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id }, nycTech.auth);
    expect(intoLondon.statusCode).toBe(403);
    // Moved to New York by someone who may, its history shows the New York stockroom by name and
    // keeps the London one unnamed for the New York technician.
    expect((await act(assets[0]!.id, 'move', { locationId: otherStockroom.id })).statusCode).toBe(200);
    const events = (await get(`/api/v1/assets/${assets[0]!.id}/events`, nycTech.auth)).json();
    expect(events.items[0]).toMatchObject({
      action: 'move',
      locationFrom: stockroom.id,
      locationFromRef: null,
      locationToRef: { code: 'NYC-STOCK' },
    });
  });
});

describe('the tag pattern', () => {
  it('lets an administrator change how new tags look, and refuses a pattern without a number', async () => {
    const admin = await makeUser(env.services, { role: 'admin' });
    const bad = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/asset-tag-pattern',
      headers: admin.auth,
      payload: { pattern: 'ACME-' },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/asset-tag-pattern',
      headers: admin.auth,
      payload: { pattern: 'ACME-{0000}' },
    });
    expect(ok.json()).toEqual({ pattern: 'ACME-{0000}', example: 'ACME-0123' });
    const { assets } = await receive(1);
    expect(assets[0]!.tag).toMatch(/^ACME-\d{4,}$/);
    const refused = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/asset-tag-pattern',
      headers: manager.auth,
      payload: { pattern: 'X-{000}' },
    });
    expect(refused.statusCode).toBe(403);
    await env.app.inject({
      method: 'PUT',
      url: '/api/v1/asset-tag-pattern',
      headers: admin.auth,
      payload: { pattern: 'QM-{000000}' },
    });
  });
});

describe('unique custom fields', () => {
  it('refuses the same unique value twice in one delivery, and against existing assets', async () => {
    const model = await makeModel(env.db);
    await makeField(env.db, model.categoryId, { key: 'imei', label: 'IMEI', type: 'text', unique: true });
    const twice = await post('/api/v1/assets/receive', {
      modelId: model.id,
      locationId: stockroom.id,
      items: [{ customFields: { imei: '111' } }, { customFields: { imei: '111' } }],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].pointer).toBe('/body/items/1/customFields/imei');
    expect(
      (await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id, customFields: { imei: '222' } }))
        .statusCode,
    ).toBe(201);
    const again = await post('/api/v1/assets', {
      modelId: model.id,
      locationId: stockroom.id,
      customFields: { imei: '222' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('enforces the new category’s required fields when an edit changes the model’s category', async () => {
    const { assets } = await receive(1);
    const other = await makeModel(env.db);
    await makeField(env.db, other.categoryId, { key: 'size_in', label: 'Size', type: 'number', required: true });
    const res = await env.app.inject({
      method: 'PATCH',
      url: `/api/v1/assets/${assets[0]!.id}`,
      headers: manager.auth,
      payload: { version: assets[0]!.version, modelId: other.id, customFields: {} },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/customFields/size_in');
  });
});

describe('bulk edit', () => {
  it('sets a field on a selection with one event each, and changes nothing when one asset refuses', async () => {
    const { assets } = await receive(3);
    const ids = assets.map((a) => a.id);
    const ok = await post('/api/v1/assets/bulk-edit', {
      assetIds: ids,
      values: { warrantyEnd: '2029-12-31', orderReference: 'PO-77' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items.map((a: { warrantyEnd: string }) => a.warrantyEnd)).toEqual([
      '2029-12-31',
      '2029-12-31',
      '2029-12-31',
    ]);
    const events = (await get(`/api/v1/assets/${ids[0]}/events`)).json();
    expect(events.items[0]).toMatchObject({ action: 'updated' });

    const model = await makeModel(env.db);
    await makeField(env.db, model.categoryId, { key: 'level', label: 'Level', type: 'number' });
    const mixed = await post('/api/v1/assets', { modelId: model.id, locationId: stockroom.id });
    const bad = await post('/api/v1/assets/bulk-edit', {
      assetIds: [ids[0], mixed.json().id],
      values: { notes: 'x', customFields: { level: 'high' } },
    });
    expect(bad.statusCode).toBe(400);
    const untouched = (await get(`/api/v1/assets/${ids[0]}`)).json();
    expect(untouched.notes).toBeNull();
  });
});

describe('who may take assets out of service', () => {
  it('lets a technician move and check out, but not retire or dispose', async () => {
    const { assets } = await receive(1);
    const tech = await makeUser(env.services, { role: 'technician' });
    const refused = await act(assets[0]!.id, 'retire', {}, tech.auth);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('asset managers');
    expect((await act(assets[0]!.id, 'move', { locationId: stockroom.id }, tech.auth)).statusCode).toBe(200);
  });
});
