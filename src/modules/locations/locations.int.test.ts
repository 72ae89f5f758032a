import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';

let env: TestEnv;
let admin: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  viewer = await makeUser(env.services, { role: 'viewer' });
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const api = async (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  headers: Record<string, string> = admin.auth,
) => {
  const res = await env.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() as Json };
};

let seq = 0;
const uniq = (prefix: string) => `${prefix}${++seq}`;

async function create(body: Json, headers = admin.auth): Promise<Json> {
  const res = await api('POST', '/locations', body, headers);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A site with a building, two floors, and rooms on the first floor. */
async function smallTree(code = uniq('S')) {
  const site = await create({ kind: 'site', code, name: `Site ${code}`, address: '1 Main Street' });
  const building = await create({ parentId: site.id, kind: 'building', code: `${code}-B1`, name: 'Main building' });
  const floor1 = await create({ parentId: building.id, kind: 'floor', code: `${code}-F1`, name: 'Floor 1' });
  const floor2 = await create({ parentId: building.id, kind: 'floor', code: `${code}-F2`, name: 'Floor 2' });
  const roomB = await create({ parentId: floor1.id, kind: 'room', code: `${code}-R2`, name: 'Room B' });
  const roomA = await create({ parentId: floor1.id, kind: 'room', code: `${code}-R1`, name: 'room a' });
  const stock = await create({ parentId: floor1.id, kind: 'stockroom', code: `${code}-STOCK`, name: 'Stockroom' });
  return { site, building, floor1, floor2, roomA, roomB, stock };
}

async function pathOf(id: string): Promise<{ path: string; depth: number; parent_id: string | null }> {
  const [row] = await queryRows<{ path: string; depth: number; parent_id: string | null }>(
    env.db,
    sql`select path, depth, parent_id from locations where id = ${id}`,
  );
  return row!;
}

let modelId: string | undefined;
async function addAssets(locationId: string, count: number, status = 'in_stock', extra: Json = {}) {
  if (!modelId) {
    const [category] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into categories (name, kind) values ('Laptops', 'hardware') returning id`,
    );
    const [model] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into models (category_id, name, tracking) values (${category!.id}, 'Latitude 7450', 'individual') returning id`,
    );
    modelId = model!.id;
  }
  await env.db.execute(sql`insert into assets (tag, model_id, category_id, status, location_id, assigned_location_id)
    select ${uniq('T')} || '-' || g, ${modelId}, m.category_id, ${status}, ${locationId}, ${extra.assignedLocationId ?? null}
    from models m, generate_series(1, ${count}) g where m.id = ${modelId}`);
}

async function addPeople(locationId: string, count: number, status = 'active') {
  await env.db.execute(sql`insert into people (name, location_id, status, end_date)
    select 'Person ' || g, ${locationId}, ${status}, case when ${status} = 'left' then date '2024-01-01' end
    from generate_series(1, ${count}) g`);
}

describe('creating locations', () => {
  it('creates a site at the top and locations inside it, with breadcrumbs and an audit entry', async () => {
    const { site, building, floor1 } = await smallTree('LON');
    expect(site).toMatchObject({ kind: 'site', code: 'LON', depth: 0, parentId: null, address: '1 Main Street' });
    expect(site.ancestors).toEqual([]);
    expect(floor1).toMatchObject({ depth: 2, parentId: building.id, childCount: 0, hasChildren: false });
    expect(floor1.ancestors).toEqual([
      { id: site.id, code: 'LON', name: 'Site LON' },
      { id: building.id, code: 'LON-B1', name: 'Main building' },
    ]);
    expect(await pathOf(floor1.id)).toMatchObject({ path: `/${site.id}/${building.id}/${floor1.id}/`, depth: 2 });
    const log = await api('GET', `/audit?entityType=location&entityId=${floor1.id}`);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ action: 'location.created', actorId: admin.id });
    expect(log.body.items[0].changes.after).toMatchObject({ code: 'LON-F1', parentId: building.id, kind: 'floor' });
  });

  it('keeps sites at the top and everything else inside a location', async () => {
    const site = await create({ kind: 'site', code: uniq('TOP'), name: 'Top' });
    const nested = await api('POST', '/locations', {
      parentId: site.id,
      kind: 'site',
      code: uniq('X'),
      name: 'Nested',
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].pointer).toBe('/body/parentId');
    const orphan = await api('POST', '/locations', { kind: 'room', code: uniq('X'), name: 'Orphan room' });
    expect(orphan.status).toBe(400);
    expect(orphan.body.errors[0].pointer).toBe('/body/parentId');
    // A stockroom may sit directly under a site.
    const stock = await api('POST', '/locations', { parentId: site.id, kind: 'stockroom', code: uniq('X'), name: 'S' });
    expect(stock.status).toBe(201);
  });

  it('refuses a second location with the same code, whatever its case', async () => {
    await create({ kind: 'site', code: 'DUP-Code', name: 'First' });
    const res = await api('POST', '/locations', { kind: 'site', code: '  dup-CODE ', name: 'Second' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'code_taken', errors: [{ pointer: '/body/code' }] });
  });

  it('names the field of bad input', async () => {
    const spaced = await api('POST', '/locations', { kind: 'site', code: 'HAS SPACE', name: 'x' });
    expect(spaced.status).toBe(400);
    expect(spaced.body.errors[0].pointer).toBe('/body/code');
    const long = await api('POST', '/locations', { kind: 'site', code: 'x'.repeat(65), name: 'x' });
    expect(long.body.errors[0].pointer).toBe('/body/code');
    const empty = await api('POST', '/locations', { kind: 'moon', code: '   ', name: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: Json) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/kind', '/body/code', '/body/name']),
    );
    const badParent = await api('POST', '/locations', { parentId: 'nope', kind: 'room', code: uniq('X'), name: 'x' });
    expect(badParent.body.errors[0].pointer).toBe('/body/parentId');
    const unknownParent = await api('POST', '/locations', {
      parentId: crypto.randomUUID(),
      kind: 'room',
      code: uniq('X'),
      name: 'x',
    });
    expect(unknownParent.status).toBe(400);
    expect(unknownParent.body.errors[0].pointer).toBe('/body/parentId');
    const unknownManager = await api('POST', '/locations', {
      kind: 'site',
      code: uniq('X'),
      name: 'x',
      managerPersonId: crypto.randomUUID(),
    });
    expect(unknownManager.status).toBe(400);
    expect(unknownManager.body.errors[0].pointer).toBe('/body/managerPersonId');
  });

  it('trims the code and records a manager who is a person', async () => {
    const [person] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into people (name) values ('Mia Manager') returning id`,
    );
    const site = await create({ kind: 'site', code: '  TRIM-ME  ', name: ' Trimmed ', managerPersonId: person!.id });
    expect(site).toMatchObject({ code: 'TRIM-ME', name: 'Trimmed', manager: { id: person!.id, name: 'Mia Manager' } });
  });

  it('is refused to roles that cannot manage the inventory', async () => {
    const res = await api('POST', '/locations', { kind: 'site', code: uniq('V'), name: 'x' }, viewer.auth);
    expect(res.status).toBe(403);
  });
});

describe('browsing the tree', () => {
  it('lists one level at a time, by name, with the number of children', async () => {
    const t = await smallTree();
    const level = await api('GET', `/locations?parentId=${t.floor1.id}`);
    expect(level.status).toBe(200);
    expect(level.body.items.map((l: Json) => l.name)).toEqual(['room a', 'Room B', 'Stockroom']);
    const building = await api('GET', `/locations?parentId=${t.building.id}`);
    expect(building.body.items.map((l: Json) => [l.code, l.childCount, l.hasChildren])).toEqual([
      [t.floor1.code, 3, true],
      [t.floor2.code, 0, false],
    ]);
    const roots = await api('GET', '/locations?parentId=root&limit=200');
    expect(roots.body.items.every((l: Json) => l.kind === 'site' && l.parentId === null)).toBe(true);
    expect(roots.body.items.map((l: Json) => l.id)).toContain(t.site.id);
    const byDefault = await api('GET', '/locations?limit=200');
    expect(byDefault.body.items.map((l: Json) => l.id)).toEqual(roots.body.items.map((l: Json) => l.id));
  });

  it('pages through children with a cursor', async () => {
    const t = await smallTree();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Json } = await api(
        'GET',
        `/locations?parentId=${t.floor1.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((l: Json) => l.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['room a', 'Room B', 'Stockroom']);
  });

  it('pages through names beyond ASCII without losing or repeating one', async () => {
    const t = await smallTree();
    const names = ['Émile', 'émile', 'Zoë', 'ábaco', 'Abc', 'Ωmega', 'zebra'];
    for (const name of names) await create({ parentId: t.floor2.id, kind: 'room', code: uniq('U'), name });
    const all = await api('GET', `/locations?parentId=${t.floor2.id}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Json } = await api(
        'GET',
        `/locations?parentId=${t.floor2.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((l: Json) => l.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((l: Json) => l.name));
    expect([...seen].sort()).toEqual([...names].sort());
  });

  it('answers 404 for an unknown parent and 400 for a malformed one', async () => {
    expect((await api('GET', `/locations?parentId=${crypto.randomUUID()}`)).status).toBe(404);
    const bad = await api('GET', '/locations?parentId=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toMatch(/^\/query(string)?\/parentId$/);
  });
});

describe('searching locations', () => {
  let t: Awaited<ReturnType<typeof smallTree>>;
  beforeAll(async () => {
    t = await smallTree('SRCH');
    await create({ kind: 'site', code: 'ZZ-SRCH-R1-OTHER', name: 'Elsewhere' });
  });

  it('puts the exact code first, then codes and names starting with the text, each with its breadcrumb', async () => {
    const res = await api('GET', '/locations/search?q=srch-r1');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      id: t.roomA.id,
      code: 'SRCH-R1',
      ancestors: [
        { id: t.site.id, code: 'SRCH' },
        { id: t.building.id, code: 'SRCH-B1' },
        { id: t.floor1.id, code: 'SRCH-F1' },
      ],
    });
    expect(res.body.items.map((h: Json) => h.code)).toContain('ZZ-SRCH-R1-OTHER');
  });

  it('finds by part of a name or code, and by the first one or two characters', async () => {
    const middle = await api('GET', '/locations/search?q=ockro');
    expect(middle.body.items.map((h: Json) => h.code)).toContain('SRCH-STOCK');
    const short = await api('GET', '/locations/search?q=sr');
    expect(short.body.items.map((h: Json) => h.code)).toEqual(
      expect.arrayContaining(['SRCH', 'SRCH-B1', 'SRCH-F1', 'SRCH-R1']),
    );
    expect(short.body.items[0].code).toBe('SRCH');
    const none = await api('GET', '/locations/search?q=%25%25%25');
    expect(none.body.items).toEqual([]);
  });

  it('filters by kind and subtree, and limits to 20 by default', async () => {
    const rooms = await api('GET', `/locations/search?q=srch&kind=room`);
    expect(rooms.body.items.map((h: Json) => h.code).sort()).toEqual(['SRCH-R1', 'SRCH-R2']);
    const under = await api('GET', `/locations/search?q=srch&under=${t.floor1.id}`);
    expect(under.body.items.map((h: Json) => h.code).sort()).toEqual(['SRCH-F1', 'SRCH-R1', 'SRCH-R2', 'SRCH-STOCK']);
    const site = await create({ kind: 'site', code: uniq('MANY'), name: 'Many' });
    for (let i = 0; i < 25; i++) await create({ parentId: site.id, kind: 'room', code: `MANYROOM-${i}`, name: 'x' });
    expect((await api('GET', '/locations/search?q=manyroom')).body.items).toHaveLength(20);
    expect((await api('GET', '/locations/search?q=manyroom&limit=100')).body.items).toHaveLength(25);
  });

  it('needs a query', async () => {
    const res = await api('GET', '/locations/search?q=');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toMatch(/^\/query(string)?\/q$/);
  });
});

describe('one location', () => {
  it('shows what is located there: assets by status and people', async () => {
    const t = await smallTree();
    await addAssets(t.stock.id, 12);
    await addAssets(t.stock.id, 3, 'in_repair');
    await addPeople(t.stock.id, 2);
    await addPeople(t.stock.id, 1, 'left');
    const res = await api('GET', `/locations/${t.stock.id}`, undefined, viewer.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: t.stock.code,
      inScope: true,
      peopleCount: 2,
      assets: { total: 15, byStatus: { in_stock: 12, in_repair: 3, in_use: 0 } },
    });
    expect(res.body.ancestors.map((a: Json) => a.id)).toEqual([t.site.id, t.building.id, t.floor1.id]);
  });

  it('finds a location by its code whatever the case', async () => {
    const t = await smallTree();
    const res = await api('GET', `/locations/by-code/${t.stock.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(t.stock.id);
    expect((await api('GET', '/locations/by-code/NO-SUCH-CODE')).status).toBe(404);
    expect((await api('GET', `/locations/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('editing locations', () => {
  it('edits fields and refuses a stale version', async () => {
    const t = await smallTree();
    const first = await api('PATCH', `/locations/${t.roomA.id}`, {
      version: t.roomA.version,
      name: 'Room Alpha',
      notes: 'Projector',
      code: `${t.roomA.code}-X`,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'Room Alpha', notes: 'Projector', version: t.roomA.version + 1 });
    const stale = await api('PATCH', `/locations/${t.roomA.id}`, { version: t.roomA.version, name: 'Other' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const log = await api('GET', `/audit?entityType=location&entityId=${t.roomA.id}&action=location.updated`);
    expect(log.body.items[0].changes).toMatchObject({ name: { before: 'room a', after: 'Room Alpha' } });
  });

  it('refuses a code taken by another location, and kinds that break the tree', async () => {
    const t = await smallTree();
    const taken = await api('PATCH', `/locations/${t.roomA.id}`, {
      version: t.roomA.version,
      code: t.roomB.code.toLowerCase(),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].pointer).toBe('/body/code');
    const toSite = await api('PATCH', `/locations/${t.roomA.id}`, { version: t.roomA.version, kind: 'site' });
    expect(toSite.status).toBe(400);
    expect(toSite.body.errors[0].pointer).toBe('/body/kind');
    const fromSite = await api('PATCH', `/locations/${t.site.id}`, { version: t.site.version, kind: 'building' });
    expect(fromSite.status).toBe(400);
    const toStock = await api('PATCH', `/locations/${t.roomA.id}`, { version: t.roomA.version, kind: 'stockroom' });
    expect(toStock.status).toBe(200);
  });
});

describe('moving a subtree', () => {
  it('moves a location with everything below it: paths and depths of every descendant', async () => {
    const a = await smallTree();
    const b = await smallTree();
    const deep = await create({ parentId: a.roomA.id, kind: 'other', code: uniq('CAB'), name: 'Cabinet' });
    const res = await api('POST', `/locations/${a.floor1.id}/move`, {
      version: a.floor1.version,
      parentId: b.building.id,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ parentId: b.building.id, depth: 2, version: a.floor1.version + 1 });
    expect(res.body.ancestors.map((x: Json) => x.id)).toEqual([b.site.id, b.building.id]);
    const base = `/${b.site.id}/${b.building.id}/${a.floor1.id}/`;
    expect(await pathOf(a.floor1.id)).toMatchObject({ path: base, depth: 2, parent_id: b.building.id });
    expect(await pathOf(a.roomA.id)).toMatchObject({ path: `${base}${a.roomA.id}/`, depth: 3 });
    expect(await pathOf(a.stock.id)).toMatchObject({ path: `${base}${a.stock.id}/`, depth: 3 });
    expect(await pathOf(deep.id)).toMatchObject({ path: `${base}${a.roomA.id}/${deep.id}/`, depth: 4 });
    // Nothing left behind, nothing else touched.
    const [left] = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from locations where path like ${`/${a.site.id}/${a.building.id}/${a.floor1.id}/%`}`,
    );
    expect(left!.n).toBe(0);
    expect(await pathOf(a.floor2.id)).toMatchObject({ path: `/${a.site.id}/${a.building.id}/${a.floor2.id}/` });
    expect((await api('GET', `/locations?parentId=${a.building.id}`)).body.items.map((l: Json) => l.id)).toEqual([
      a.floor2.id,
    ]);
    const log = await api('GET', `/audit?entityType=location&entityId=${a.floor1.id}&action=location.moved`);
    expect(log.body.items[0].changes).toMatchObject({
      parentId: { before: a.building.id, after: b.building.id },
      locationsMoved: 5,
    });
  });

  it('counts the assets of a whole subtree, and the counts follow the subtree when it moves', async () => {
    const a = await smallTree();
    const b = await smallTree();
    await addAssets(a.stock.id, 3);
    await addAssets(a.roomA.id, 2, 'in_use');
    await addAssets(a.floor2.id, 1);
    const within = async (id: string) => (await api('GET', `/locations/${id}`)).body.assetsWithin;
    expect(await within(a.site.id)).toMatchObject({ total: 6, byStatus: { in_stock: 4, in_use: 2 } });
    expect(await within(a.floor1.id)).toMatchObject({ total: 5, byStatus: { in_stock: 3, in_use: 2 } });
    expect((await api('GET', `/locations/${a.floor1.id}`)).body.assets).toMatchObject({ total: 0 });
    const res = await api('POST', `/locations/${a.floor1.id}/move`, {
      version: a.floor1.version,
      parentId: b.building.id,
    });
    expect(res.status).toBe(200);
    expect(await within(a.site.id)).toMatchObject({ total: 1, byStatus: { in_stock: 1, in_use: 0 } });
    expect(await within(a.building.id)).toMatchObject({ total: 1 });
    expect(await within(b.site.id)).toMatchObject({ total: 5, byStatus: { in_stock: 3, in_use: 2 } });
    expect(await within(b.building.id)).toMatchObject({ total: 5 });
    expect(await within(a.floor1.id)).toMatchObject({ total: 5 });
    // Every rolled-up count equals the assets in its subtree, counted the slow way.
    const wrong = await queryRows<{ location_id: string }>(
      env.db,
      sql`with expected as (
            select r.id as location_id, a.model_id, a.status, count(*)::int as n
            from locations r join locations l on l.path like r.path || '%' join assets a on a.location_id = l.id
            group by 1, 2, 3),
          actual as (select location_id, model_id, status, sum(count)::int as n from asset_rollup_counts
            where location_id <> 'ffffffff-ffff-ffff-ffff-ffffffffffff' group by 1, 2, 3 having sum(count) <> 0)
          select coalesce(e.location_id, x.location_id) as location_id from expected e
          full join actual x using (location_id, model_id, status) where e.n is distinct from x.n`,
    );
    expect(wrong).toEqual([]);
  });

  it('refuses to move a location under itself or its own descendant', async () => {
    const t = await smallTree();
    const self = await api('POST', `/locations/${t.building.id}/move`, { version: 1, parentId: t.building.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].pointer).toBe('/body/parentId');
    const below = await api('POST', `/locations/${t.building.id}/move`, { version: 1, parentId: t.roomA.id });
    expect(below.status).toBe(400);
    expect(below.body.errors[0].pointer).toBe('/body/parentId');
    expect(await pathOf(t.building.id)).toMatchObject({ path: `/${t.site.id}/${t.building.id}/` });
  });

  it('refuses to move a site, under an archived location, or with a stale version', async () => {
    const a = await smallTree();
    const b = await smallTree();
    const site = await api('POST', `/locations/${a.site.id}/move`, { version: 1, parentId: b.building.id });
    expect(site.status).toBe(400);
    expect(site.body.errors[0].pointer).toBe('/body/parentId');
    const archived = await api('POST', `/locations/${b.floor2.id}/archive`, { version: b.floor2.version });
    expect(archived.status).toBe(200);
    const intoArchived = await api('POST', `/locations/${a.roomA.id}/move`, { version: 1, parentId: b.floor2.id });
    expect(intoArchived.status).toBe(400);
    expect(intoArchived.body.errors[0].pointer).toBe('/body/parentId');
    const stale = await api('POST', `/locations/${a.roomA.id}/move`, { version: 7, parentId: b.floor1.id });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const missing = await api('POST', `/locations/${a.roomA.id}/move`, { version: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].pointer).toBe('/body/parentId');
  });
});

describe('archiving', () => {
  it('refuses to archive a location that holds assets and people, naming what is there', async () => {
    const t = await smallTree();
    await addAssets(t.stock.id, 12);
    await addAssets(t.stock.id, 4, 'disposed');
    await addPeople(t.stock.id, 2);
    const res = await api('POST', `/locations/${t.stock.id}/archive`, { version: t.stock.version });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('location_not_empty');
    expect(res.body.detail).toBe(`${t.stock.code} holds 12 assets and 2 people: move or archive them first.`);
  });

  it('refuses to archive a location with unarchived children, assets assigned to it or roles limited to it', async () => {
    const t = await smallTree();
    const parent = await api('POST', `/locations/${t.floor1.id}/archive`, { version: t.floor1.version });
    expect(parent.body.detail).toContain('3 locations');
    await addAssets(t.roomB.id, 1, 'in_use', { assignedLocationId: t.roomA.id });
    const assigned = await api('POST', `/locations/${t.roomA.id}/archive`, { version: t.roomA.version });
    expect(assigned.status).toBe(409);
    expect(assigned.body.detail).toContain('1 asset assigned to it');
    await makeUser(env.services, { grants: [{ role: 'technician', locationId: t.floor2.id }] });
    const granted = await api('POST', `/locations/${t.floor2.id}/archive`, { version: t.floor2.version });
    expect(granted.status).toBe(409);
    expect(granted.body.detail).toContain('1 user role limited to it');
  });

  it('archives an empty location, hides it from browsing, refuses changes, and brings it back', async () => {
    const t = await smallTree();
    await addPeople(t.roomB.id, 1, 'left');
    const res = await api('POST', `/locations/${t.roomB.id}/archive`, { version: t.roomB.version });
    expect(res.status).toBe(200);
    expect(res.body.archivedAt).not.toBeNull();
    const visible = await api('GET', `/locations?parentId=${t.floor1.id}`);
    expect(visible.body.items.map((l: Json) => l.id)).not.toContain(t.roomB.id);
    const all = await api('GET', `/locations?parentId=${t.floor1.id}&includeArchived=true`);
    expect(all.body.items.map((l: Json) => l.id)).toContain(t.roomB.id);
    expect((await api('GET', `/locations/search?q=${t.roomB.code}`)).body.items).toEqual([]);
    const edit = await api('PATCH', `/locations/${t.roomB.id}`, { version: res.body.version, name: 'x' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('location_archived');
    const under = await api('POST', '/locations', { parentId: t.roomB.id, kind: 'other', code: uniq('X'), name: 'x' });
    expect(under.status).toBe(400);
    const again = await api('POST', `/locations/${t.roomB.id}/archive`, { version: res.body.version });
    expect(again.status).toBe(409);
    const back = await api('POST', `/locations/${t.roomB.id}/unarchive`, { version: res.body.version });
    expect(back.status).toBe(200);
    expect(back.body.archivedAt).toBeNull();
    const actions = (await api('GET', `/audit?entityType=location&entityId=${t.roomB.id}`)).body.items.map(
      (e: Json) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['location.archived', 'location.unarchived']));
  });

  it('will not bring back a location whose parent is archived', async () => {
    const t = await smallTree();
    const room = await api('POST', `/locations/${t.roomA.id}/archive`, { version: t.roomA.version });
    await api('POST', `/locations/${t.roomB.id}/archive`, { version: t.roomB.version });
    await api('POST', `/locations/${t.stock.id}/archive`, { version: t.stock.version });
    const floor = await api('POST', `/locations/${t.floor1.id}/archive`, { version: t.floor1.version });
    expect(floor.status).toBe(200);
    const res = await api('POST', `/locations/${t.roomA.id}/unarchive`, { version: room.body.version });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('parent_archived');
  });
});

describe('location scope', () => {
  let lon: Awaited<ReturnType<typeof smallTree>>;
  let nyc: Awaited<ReturnType<typeof smallTree>>;
  let londonTech: TestUser;
  let londonManager: TestUser;
  let buildingManager: TestUser;
  let otherBuilding: Json;

  beforeAll(async () => {
    lon = await smallTree('SCOPE-LON');
    nyc = await smallTree('SCOPE-NYC');
    otherBuilding = await create({ parentId: lon.site.id, kind: 'building', code: 'SCOPE-LON-B2', name: 'Annex' });
    londonTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: lon.site.id }] });
    londonManager = await makeUser(env.services, { grants: [{ role: 'asset_manager', locationId: lon.site.id }] });
    buildingManager = await makeUser(env.services, {
      grants: [{ role: 'asset_manager', locationId: lon.building.id }],
    });
  });

  it('shows a technician scoped to one site only that site', async () => {
    const roots = await api('GET', '/locations?limit=200', undefined, londonTech.auth);
    expect(roots.body.items.map((l: Json) => l.id)).toEqual([lon.site.id]);
    expect(roots.body.items[0]).toMatchObject({ inScope: true, childCount: 2 });
    expect((await api('GET', `/locations/${nyc.roomA.id}`, undefined, londonTech.auth)).status).toBe(404);
    expect((await api('GET', `/locations?parentId=${nyc.site.id}`, undefined, londonTech.auth)).status).toBe(404);
    expect((await api('GET', `/locations/by-code/${nyc.stock.code}`, undefined, londonTech.auth)).status).toBe(404);
    const search = await api('GET', '/locations/search?q=scope', undefined, londonTech.auth);
    expect(search.body.items.length).toBeGreaterThan(0);
    expect(search.body.items.every((h: Json) => h.code.startsWith('SCOPE-LON'))).toBe(true);
    expect((await api('GET', `/locations/${lon.roomA.id}`, undefined, londonTech.auth)).status).toBe(200);
    const change = await api('PATCH', `/locations/${lon.roomA.id}`, { version: 1, name: 'x' }, londonTech.auth);
    expect(change.status).toBe(403);
  });

  it('lets a scoped manager change only inside their subtree, and not move things out of it', async () => {
    const inside = await api(
      'POST',
      '/locations',
      { parentId: lon.floor2.id, kind: 'room', code: uniq('SL'), name: 'New room' },
      londonManager.auth,
    );
    expect(inside.status).toBe(201);
    const outside = await api(
      'POST',
      '/locations',
      { parentId: nyc.floor2.id, kind: 'room', code: uniq('SN'), name: 'x' },
      londonManager.auth,
    );
    expect(outside.status).toBe(400); // NYC is invisible to them: no such location
    const site = await api('POST', '/locations', { kind: 'site', code: uniq('SS'), name: 'x' }, londonManager.auth);
    expect(site.status).toBe(403);
    const editNyc = await api('PATCH', `/locations/${nyc.roomA.id}`, { version: 1, name: 'x' }, londonManager.auth);
    expect(editNyc.status).toBe(404);
    const moveOut = await api(
      'POST',
      `/locations/${inside.body.id}/move`,
      { version: inside.body.version, parentId: nyc.floor2.id },
      londonManager.auth,
    );
    expect(moveOut.status).toBe(400);
    const moveIn = await api(
      'POST',
      `/locations/${inside.body.id}/move`,
      { version: inside.body.version, parentId: lon.floor1.id },
      londonManager.auth,
    );
    expect(moveIn.status).toBe(200);
    const archive = await api(
      'POST',
      `/locations/${inside.body.id}/archive`,
      { version: moveIn.body.version },
      londonManager.auth,
    );
    expect(archive.status).toBe(200);
  });

  it('shows the locations above a scoped subtree as the way down, and nothing else of them', async () => {
    const roots = await api('GET', '/locations?limit=200', undefined, buildingManager.auth);
    expect(roots.body.items.map((l: Json) => [l.id, l.inScope, l.childCount])).toEqual([[lon.site.id, false, 1]]);
    const children = await api('GET', `/locations?parentId=${lon.site.id}`, undefined, buildingManager.auth);
    expect(children.body.items.map((l: Json) => [l.id, l.inScope])).toEqual([[lon.building.id, true]]);
    const site = await api('GET', `/locations/${lon.site.id}`, undefined, buildingManager.auth);
    expect(site.body).toMatchObject({ inScope: false, assets: null, peopleCount: null, childCount: 1 });
    expect((await api('GET', `/locations/${otherBuilding.id}`, undefined, buildingManager.auth)).status).toBe(404);
    const search = await api('GET', '/locations/search?q=scope-lon', undefined, buildingManager.auth);
    const codes = search.body.items.map((h: Json) => h.code);
    expect(codes).not.toContain('SCOPE-LON');
    expect(codes).not.toContain('SCOPE-LON-B2');
    expect(codes).toContain('SCOPE-LON-R1');
    expect(search.body.items.find((h: Json) => h.code === 'SCOPE-LON-R1').ancestors[0].code).toBe('SCOPE-LON');
    // The site above is visible but not theirs to change.
    const edit = await api('PATCH', `/locations/${lon.site.id}`, { version: 1, name: 'x' }, buildingManager.auth);
    expect(edit.status).toBe(403);
    const moveOut = await api(
      'POST',
      `/locations/${lon.roomA.id}/move`,
      { version: 1, parentId: otherBuilding.id },
      buildingManager.auth,
    );
    expect(moveOut.status).toBe(400);
    const underSite = await api(
      'POST',
      `/locations/${lon.roomA.id}/move`,
      { version: 1, parentId: lon.site.id },
      buildingManager.auth,
    );
    expect(underSite.status).toBe(403);
  });
});
