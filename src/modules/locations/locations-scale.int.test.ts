/**
 * The tree at the size the issue names: 20,230 locations five levels deep, built set-based. Checks
 * that browsing, search, scope and moves give the right answers at that size (timings are the
 * benchmark's business: bench/locations.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';
import { BENCH_SHAPE, buildLargeTree, treeSize } from './large-tree.js';

let env: TestEnv;
let admin: TestUser;
let siteIds: string[];

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  const tree = await buildLargeTree(env.db, BENCH_SHAPE);
  expect(tree.total).toBe(treeSize(BENCH_SHAPE.fanOut));
  expect(tree.total).toBe(20_230);
  siteIds = tree.siteIds;
}, 120_000);
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const get = async (url: string, headers: Record<string, string> = admin.auth): Promise<Json> => {
  const res = await env.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Json;
};

async function byCode(code: string): Promise<{ id: string; path: string }> {
  const [row] = await queryRows<{ id: string; path: string }>(
    env.db,
    sql`select id, path from locations where code = ${code}`,
  );
  return row!;
}

const sortedByName = (names: string[]) =>
  names.every((n, i) => i === 0 || names[i - 1]!.toLowerCase() <= n.toLowerCase());

async function treeIsConsistent(): Promise<void> {
  const [bad] = await queryRows<{ n: number }>(
    env.db,
    sql`select count(*)::int as n from locations c left join locations p on p.id = c.parent_id
        where (c.parent_id is null and (c.path <> '/' || c.id || '/' or c.depth <> 0))
           or (c.parent_id is not null and (p.id is null or c.path <> p.path || c.id || '/' or c.depth <> p.depth + 1))`,
  );
  expect(bad!.n).toBe(0);
}

describe('a tree of 20,000 locations', () => {
  it('browses one level at a time with correct child counts', async () => {
    const roots = await get('/locations?parentId=root');
    expect(roots.items.map((l: Json) => l.id).sort()).toEqual([...siteIds].sort());
    expect(roots.items.every((l: Json) => l.childCount === 5 && l.hasChildren)).toBe(true);
    const floor = await byCode('BIG2-B3-F4');
    const rooms = await get(`/locations?parentId=${floor.id}`);
    expect(rooms.items).toHaveLength(10);
    expect(sortedByName(rooms.items.map((l: Json) => l.name))).toBe(true);
    expect(rooms.items.every((l: Json) => l.childCount === 9 && l.parentId === floor.id)).toBe(true);
    expect(rooms.items.filter((l: Json) => l.kind === 'stockroom')).toHaveLength(1);
    const spots = await get(`/locations?parentId=${rooms.items[0].id}`);
    expect(spots.items.every((l: Json) => l.childCount === 0 && l.hasChildren === false)).toBe(true);
  });

  it('finds a deep location by its exact code first, with its whole breadcrumb', async () => {
    const res = await get('/locations/search?q=big3-b2-f5-r7-d4');
    expect(res.items[0]).toMatchObject({ code: 'BIG3-B2-F5-R7-D4', depth: 4 });
    expect(res.items[0].ancestors.map((a: Json) => a.code)).toEqual(['BIG3', 'BIG3-B2', 'BIG3-B2-F5', 'BIG3-B2-F5-R7']);
    const scanned = await get('/locations/by-code/big3-b2-f5-r7-d4');
    expect(scanned.ancestors).toHaveLength(4);
  });

  it('searches substrings across the whole tree, 20 at a time, every hit a real match', async () => {
    const res = await get('/locations/search?q=server');
    expect(res.items).toHaveLength(20);
    for (const hit of res.items) {
      expect(`${hit.name} ${hit.code}`.toLowerCase()).toContain('server');
      expect(hit.ancestors).toHaveLength(hit.depth);
    }
    const [all] = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from locations where lower(name || ' ' || code) like '%server%'`,
    );
    expect(all!.n).toBe(5 * 5 * 8); // one server room per floor
    const codes = await get('/locations/search?q=big4-b1-f2-r&limit=100');
    expect(codes.items).toHaveLength(100);
    expect(codes.items.slice(0, 10).every((h: Json) => h.code.startsWith('BIG4-B1-F2-R'))).toBe(true);
  });

  it('answers one or two characters with codes and names starting with them, shallowest first', async () => {
    const one = await get('/locations/search?q=b');
    expect(one.items).toHaveLength(20);
    expect(one.items.slice(0, 5).map((h: Json) => h.depth)).toEqual([0, 0, 0, 0, 0]);
    expect(one.items.slice(5).every((h: Json) => h.depth === 1)).toBe(true);
    const two = await get('/locations/search?q=lo&limit=50');
    expect(two.items[0]).toMatchObject({ name: 'London BIG1', depth: 0 });
    const depths = two.items.map((h: Json) => h.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    for (const hit of two.items) {
      expect(hit.code.toLowerCase().startsWith('lo') || hit.name.toLowerCase().startsWith('lo')).toBe(true);
    }
    expect(two.items.filter((h: Json) => h.name.startsWith('Lounge'))).toHaveLength(49);
  });

  it('keeps a scoped user inside their site', async () => {
    const site = siteIds[1]!;
    const tech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: site }] });
    const roots = await get('/locations', tech.auth);
    expect(roots.items.map((l: Json) => l.id)).toEqual([site]);
    const res = await get('/locations/search?q=rack%204&limit=100', tech.auth);
    expect(res.items).toHaveLength(100);
    expect(res.items.every((h: Json) => h.ancestors[0].id === site)).toBe(true);
    const people = await get(`/people?locationId=${site}`, tech.auth);
    expect(people.items).toEqual([]);
  });

  it('moves a building with its 808 descendants in one statement, keeping every path consistent', async () => {
    const building = await byCode('BIG1-B2');
    const target = await byCode('BIG5');
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/locations/${building.id}/move`,
      headers: admin.auth,
      payload: { version: 1, parentId: target.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [moved] = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from locations where path like ${`${target.path}${building.id}/%`}`,
    );
    expect(moved!.n).toBe(1 + 8 + 80 + 720);
    await treeIsConsistent();
    const site5 = await get(`/locations/${target.id}`);
    expect(site5.childCount).toBe(6);
    const deep = await get('/locations/search?q=big1-b2-f8-r10-d9');
    expect(deep.items[0].ancestors.map((a: Json) => a.code)).toEqual([
      'BIG5',
      'BIG1-B2',
      'BIG1-B2-F8',
      'BIG1-B2-F8-R10',
    ]);
    const refused = await env.app.inject({
      method: 'POST',
      url: `/api/v1/locations/${building.id}/archive`,
      headers: admin.auth,
      payload: { version: 2 },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('BIG1-B2 holds 8 locations: move or archive them first.');
  });
});
