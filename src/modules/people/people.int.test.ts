import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';
import { insertLocation, type LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let admin: TestUser;
let lon: LocationRow;
let lonRoom: LocationRow;
let nyc: LocationRow;
let archivedRoom: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.services, { role: 'admin' });
  lon = await insertLocation(env.db, { parent: null, kind: 'site', code: 'P-LON', name: 'London' });
  const building = await insertLocation(env.db, { parent: lon, kind: 'building', code: 'P-LON-B', name: 'B' });
  lonRoom = await insertLocation(env.db, { parent: building, kind: 'room', code: 'P-LON-R', name: 'Room' });
  nyc = await insertLocation(env.db, { parent: null, kind: 'site', code: 'P-NYC', name: 'New York' });
  archivedRoom = await insertLocation(env.db, { parent: building, kind: 'room', code: 'P-OLD', name: 'Old' });
  await env.db.execute(sql`update locations set archived_at = now() where id = ${archivedRoom.id}`);
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

async function person(body: Json, headers = admin.auth): Promise<Json> {
  const res = await api('POST', '/people', { name: uniq('Person '), ...body }, headers);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function department(body: Json = {}): Promise<Json> {
  const res = await api('POST', '/departments', { name: uniq('Dept '), ...body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('departments', () => {
  it('creates, lists, edits and audits departments', async () => {
    const manager = await person({ locationId: lonRoom.id });
    const created = await api('POST', '/departments', {
      name: 'Finance',
      code: 'FIN',
      costCentre: 'CC-100',
      managerId: manager.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Finance',
      code: 'FIN',
      costCentre: 'CC-100',
      manager: { id: manager.id, name: manager.name },
      peopleCount: 0,
      version: 1,
    });
    const list = await api('GET', '/departments?q=fin');
    expect(list.body.items.map((d: Json) => d.name)).toContain('Finance');
    const edited = await api('PATCH', `/departments/${created.body.id}`, { version: 1, name: 'Finance & Control' });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await api('PATCH', `/departments/${created.body.id}`, { version: 1, name: 'Other' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const log = await api('GET', `/audit?entityType=department&entityId=${created.body.id}`);
    expect(log.body.items.map((e: Json) => e.action).sort()).toEqual(['department.created', 'department.updated']);
  });

  it('refuses a name or code already used, whatever the case', async () => {
    await department({ name: 'Legal', code: 'LEG' });
    const name = await api('POST', '/departments', { name: 'LEGAL' });
    expect(name.status).toBe(409);
    expect(name.body).toMatchObject({ code: 'name_taken', errors: [{ pointer: '/body/name' }] });
    const code = await api('POST', '/departments', { name: 'Legal two', code: 'leg' });
    expect(code.status).toBe(409);
    expect(code.body.errors[0].pointer).toBe('/body/code');
    const bad = await api('POST', '/departments', { name: '', managerId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/name', '/body/managerId']),
    );
  });

  it('archives a department only once nobody who has not left is in it', async () => {
    const d = await department();
    const member = await person({ departmentId: d.id, locationId: lonRoom.id });
    const refused = await api('POST', `/departments/${d.id}/archive`, { version: d.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('department_not_empty');
    const left = await api('PATCH', `/people/${member.id}`, {
      version: member.version,
      status: 'left',
      endDate: '2025-01-31',
    });
    expect(left.status).toBe(200);
    const archived = await api('POST', `/departments/${d.id}/archive`, { version: d.version });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await api('GET', '/departments?limit=200')).body.items.map((x: Json) => x.id)).not.toContain(d.id);
    expect(
      (await api('GET', '/departments?limit=200&includeArchived=true')).body.items.map((x: Json) => x.id),
    ).toContain(d.id);
    const assign = await api('POST', '/people', { name: 'New', departmentId: d.id });
    expect(assign.status).toBe(400);
    expect(assign.body.errors[0].pointer).toBe('/body/departmentId');
    const back = await api('POST', `/departments/${d.id}/unarchive`, { version: archived.body.version });
    expect(back.status).toBe(200);
  });

  it('leaves departments to roles for the whole organisation', async () => {
    const scoped = await makeUser(env.services, { grants: [{ role: 'asset_manager', locationId: lon.id }] });
    const res = await api('POST', '/departments', { name: uniq('Scoped ') }, scoped.auth);
    expect(res.status).toBe(403);
    const list = await api('GET', '/departments', undefined, scoped.auth);
    expect(list.status).toBe(200);
  });
});

describe('people', () => {
  it('creates a person with every field and shows them with their references', async () => {
    const d = await department({ name: 'Engineering' });
    const boss = await person({ name: 'Bea Boss', locationId: lonRoom.id });
    const user = await makeUser(env.services, { role: 'viewer' });
    const res = await api('POST', '/people', {
      employeeNumber: 'E-1001',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      jobTitle: 'Engineer',
      departmentId: d.id,
      costCentre: 'CC-7',
      managerId: boss.id,
      locationId: lonRoom.id,
      remote: true,
      startDate: '2024-03-01',
      status: 'active',
      notes: 'Prefers a 14" laptop',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      employeeNumber: 'E-1001',
      email: 'ada@example.com',
      department: { id: d.id, name: 'Engineering' },
      manager: { id: boss.id, name: 'Bea Boss' },
      location: { id: lonRoom.id, code: 'P-LON-R' },
      locationAncestors: [{ code: 'P-LON' }, { code: 'P-LON-B' }],
      remote: true,
      startDate: '2024-03-01',
      endDate: null,
      status: 'active',
      user: null,
      assetsHeld: [],
      assetsHeldBefore: [],
    });
    const linked = await api('POST', `/people/${res.body.id}/link-user`, { version: 1, userId: user.id });
    expect(linked.status).toBe(200);
    expect(linked.body.user).toEqual({ id: user.id, email: user.email });
    const log = await api('GET', `/audit?entityType=person&entityId=${res.body.id}`);
    expect(log.body.items.map((e: Json) => e.action).sort()).toEqual(['person.created', 'person.user_linked']);
  });

  it('refuses an employee number or e-mail already used, whatever the case', async () => {
    await person({ employeeNumber: 'EMP-77', email: 'taken@example.com' });
    const number = await api('POST', '/people', { name: 'X', employeeNumber: 'emp-77' });
    expect(number.status).toBe(409);
    expect(number.body).toMatchObject({ code: 'employee_number_taken', errors: [{ pointer: '/body/employeeNumber' }] });
    const email = await api('POST', '/people', { name: 'X', email: 'TAKEN@example.com' });
    expect(email.status).toBe(409);
    expect(email.body).toMatchObject({ code: 'email_taken', errors: [{ pointer: '/body/email' }] });
    // Absent values are not duplicates of each other.
    await person({});
    await person({});
  });

  it('checks dates and status', async () => {
    const backwards = await api('POST', '/people', { name: 'X', startDate: '2024-05-01', endDate: '2024-04-30' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].pointer).toBe('/body/endDate');
    const leftWithoutDate = await api('POST', '/people', { name: 'X', status: 'left' });
    expect(leftWithoutDate.status).toBe(400);
    expect(leftWithoutDate.body.errors[0].pointer).toBe('/body/endDate');
    const leaving = await api('POST', '/people', { name: 'X', status: 'leaving' });
    expect(leaving.status).toBe(201);
    const badDate = await api('POST', '/people', { name: 'X', startDate: '2024-13-45' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].pointer).toBe('/body/startDate');
    const badStatus = await api('POST', '/people', { name: 'X', status: 'retired', email: 'nope' });
    expect(badStatus.body.errors.map((e: Json) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/status', '/body/email']),
    );
  });

  it('needs a manager who is another existing person, without loops', async () => {
    const unknown = await api('POST', '/people', { name: 'X', managerId: crypto.randomUUID() });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].pointer).toBe('/body/managerId');
    const a = await person({});
    const b = await person({ managerId: a.id });
    const c = await person({ managerId: b.id });
    const self = await api('PATCH', `/people/${a.id}`, { version: a.version, managerId: a.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].pointer).toBe('/body/managerId');
    const loop = await api('PATCH', `/people/${a.id}`, { version: a.version, managerId: c.id });
    expect(loop.status).toBe(400);
    expect(loop.body.errors[0].pointer).toBe('/body/managerId');
    const gone = await person({ status: 'left', endDate: '2023-12-31' });
    const leftManager = await api('PATCH', `/people/${c.id}`, { version: c.version, managerId: gone.id });
    expect(leftManager.status).toBe(400);
  });

  it('needs a location that exists and is not archived', async () => {
    const archived = await api('POST', '/people', { name: 'X', locationId: archivedRoom.id });
    expect(archived.status).toBe(400);
    expect(archived.body.errors[0].pointer).toBe('/body/locationId');
    const unknown = await api('POST', '/people', { name: 'X', locationId: crypto.randomUUID() });
    expect(unknown.body.errors[0].pointer).toBe('/body/locationId');
  });

  it('edits a person and refuses a stale version', async () => {
    const p = await person({ jobTitle: 'Intern' });
    const first = await api('PATCH', `/people/${p.id}`, { version: p.version, jobTitle: 'Analyst', remote: true });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ jobTitle: 'Analyst', remote: true, version: p.version + 1, name: p.name });
    const stale = await api('PATCH', `/people/${p.id}`, { version: p.version, jobTitle: 'CEO' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const log = await api('GET', `/audit?entityType=person&entityId=${p.id}&action=person.updated`);
    expect(log.body.items[0].changes).toMatchObject({ jobTitle: { before: 'Intern', after: 'Analyst' } });
  });

  it('links a user to one person at most, and unlinks', async () => {
    const user = await makeUser(env.services, { role: 'viewer' });
    const a = await person({});
    const b = await person({});
    const first = await api('POST', `/people/${a.id}/link-user`, { version: a.version, userId: user.id });
    expect(first.status).toBe(200);
    const second = await api('POST', `/people/${b.id}/link-user`, { version: b.version, userId: user.id });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'user_already_linked', errors: [{ pointer: '/body/userId' }] });
    expect(second.body.detail).toContain(a.name);
    const unknown = await api('POST', `/people/${b.id}/link-user`, { version: b.version, userId: crypto.randomUUID() });
    expect(unknown.status).toBe(400);
    const unlink = await api('POST', `/people/${a.id}/link-user`, { version: first.body.version, userId: null });
    expect(unlink.status).toBe(200);
    expect(unlink.body.user).toBeNull();
  });

  it('shows the assets a person holds now and held before', async () => {
    const p = await person({ locationId: lonRoom.id });
    const [category] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into categories (name, kind) values ('Monitors', 'hardware') returning id`,
    );
    const [model] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into models (category_id, name, tracking) values (${category!.id}, 'U2724D', 'individual') returning id`,
    );
    const [held] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into assets (tag, model_id, category_id, status, assigned_person_id)
          values ('MON-1', ${model!.id}, ${category!.id}, 'in_use', ${p.id}) returning id`,
    );
    const [returned] = await queryRows<{ id: string }>(
      env.db,
      sql`insert into assets (tag, model_id, category_id, status, location_id)
          values ('MON-2', ${model!.id}, ${category!.id}, 'in_stock', ${lonRoom.id}) returning id`,
    );
    const assignee = JSON.stringify({ type: 'person', id: p.id, label: p.name });
    await env.db.execute(sql`insert into asset_events (asset_id, occurred_at, action, actor_label, source, assignee_to)
      values (${held!.id}, '2025-02-01T09:00:00Z', 'check_out', 'test', 'api', ${assignee}::jsonb),
             (${returned!.id}, '2025-01-01T09:00:00Z', 'check_out', 'test', 'api', ${assignee}::jsonb)`);
    await env.db
      .execute(sql`insert into asset_events (asset_id, occurred_at, action, actor_label, source, assignee_from)
      values (${returned!.id}, '2025-01-20T17:00:00Z', 'check_in', 'test', 'api', ${assignee}::jsonb)`);
    const res = await api('GET', `/people/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.assetsHeld).toEqual([
      {
        id: held!.id,
        tag: 'MON-1',
        name: null,
        modelName: 'U2724D',
        status: 'in_use',
        since: '2025-02-01T09:00:00.000Z',
      },
    ]);
    expect(res.body.assetsHeldBefore).toEqual([
      {
        id: returned!.id,
        tag: 'MON-2',
        modelName: 'U2724D',
        from: '2025-01-01T09:00:00.000Z',
        to: '2025-01-20T17:00:00.000Z',
      },
    ]);
  });
});

describe('listing people', () => {
  let dept: Json;
  let boss: Json;
  let names: string[];
  beforeAll(async () => {
    dept = await department({ name: 'Listing dept' });
    boss = await person({ name: 'Zed Listing-Boss', locationId: lon.id, employeeNumber: 'L-900' });
    const rows = [
      { name: 'Lis Anna', employeeNumber: 'L-003', startDate: '2024-01-10', remote: true, email: 'anna@list.example' },
      { name: 'Lis Bert', employeeNumber: 'L-001', startDate: '2023-06-01', status: 'leaving' },
      { name: 'Lis Cleo', employeeNumber: 'L-002', startDate: '2025-02-03', locationId: nyc.id },
      { name: 'lis dora', startDate: null, status: 'left', endDate: '2024-12-31' },
    ];
    for (const r of rows) {
      await person({ departmentId: dept.id, managerId: boss.id, locationId: lonRoom.id, ...r });
    }
    names = rows.map((r) => r.name);
  });

  const listNames = async (query: string, headers = admin.auth) => {
    const res = await api('GET', `/people?departmentId=${dept.id}&${query}`, undefined, headers);
    expect(res.status).toBe(200);
    return res.body.items.map((p: Json) => p.name);
  };

  it('sorts by name, employee number or start date, and pages with a cursor', async () => {
    expect(await listNames('sort=name')).toEqual(names);
    expect(await listNames('sort=-name')).toEqual([...names].reverse());
    expect(await listNames('sort=employeeNumber')).toEqual(['lis dora', 'Lis Bert', 'Lis Cleo', 'Lis Anna']);
    expect(await listNames('sort=startDate')).toEqual(['lis dora', 'Lis Bert', 'Lis Anna', 'Lis Cleo']);
    for (const sort of ['name', '-name', 'employeeNumber', '-employeeNumber', 'startDate', '-startDate']) {
      const all = await listNames(`sort=${sort}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: Json } = await api(
          'GET',
          `/people?departmentId=${dept.id}&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((p: Json) => p.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it('searches by name, e-mail or employee number and filters', async () => {
    expect(await listNames('q=cleo')).toEqual(['Lis Cleo']);
    expect(await listNames('q=ANNA@LIST')).toEqual(['Lis Anna']);
    expect(await listNames('q=l-001')).toEqual(['Lis Bert']);
    expect(await listNames('status=leaving')).toEqual(['Lis Bert']);
    expect(await listNames('remote=true')).toEqual(['Lis Anna']);
    expect(await listNames('remote=false')).toEqual(['Lis Bert', 'Lis Cleo', 'lis dora']);
    expect(await listNames(`locationId=${nyc.id}`)).toEqual(['Lis Cleo']);
    expect(await listNames(`locationId=${lon.id}`)).toEqual(['Lis Anna', 'Lis Bert', 'lis dora']);
    const reports = await api('GET', `/people?managerId=${boss.id}`);
    expect(reports.body.items.map((p: Json) => p.name)).toEqual(names);
    expect(reports.body.items[0]).toMatchObject({
      department: { id: dept.id, name: 'Listing dept' },
      manager: { id: boss.id, name: boss.name },
      location: { id: lonRoom.id, code: 'P-LON-R' },
    });
    const bad = await api('GET', '/people?sort=salary');
    expect(bad.status).toBe(400);
  });

  it('counts what the list shows', async () => {
    for (const query of ['q=lis', 'status=leaving', `locationId=${lon.id}&remote=false`, 'q=nobody-at-all']) {
      const count = await api('GET', `/people/count?departmentId=${dept.id}&${query}`);
      expect(count.body, query).toEqual({ count: (await listNames(query)).length, exact: true });
    }
  });
});

describe('people and location scope', () => {
  let londonTech: TestUser;
  let londonManager: TestUser;
  let atLondon: Json;
  let atNyc: Json;
  let nowhere: Json;
  beforeAll(async () => {
    londonTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: lon.id }] });
    londonManager = await makeUser(env.services, { grants: [{ role: 'asset_manager', locationId: lon.id }] });
    atLondon = await person({ name: 'Scope London', locationId: lonRoom.id });
    atNyc = await person({ name: 'Scope NYC', locationId: nyc.id });
    nowhere = await person({ name: 'Scope Nowhere' });
  });

  it('shows a scoped technician only the people located in their subtree', async () => {
    const list = await api('GET', '/people?q=scope&limit=200', undefined, londonTech.auth);
    expect(list.body.items.map((p: Json) => p.name)).toEqual(['Scope London']);
    expect((await api('GET', '/people/count?q=scope', undefined, londonTech.auth)).body).toEqual({
      count: 1,
      exact: true,
    });
    expect((await api('GET', `/people/${atNyc.id}`, undefined, londonTech.auth)).status).toBe(404);
    expect((await api('GET', `/people/${nowhere.id}`, undefined, londonTech.auth)).status).toBe(404);
    expect((await api('GET', `/people/${atLondon.id}`, undefined, londonTech.auth)).status).toBe(200);
    const edit = await api('PATCH', `/people/${atLondon.id}`, { version: 1, jobTitle: 'x' }, londonTech.auth);
    expect(edit.status).toBe(403);
  });

  it('lets a scoped manager change only people in their subtree, and keep them there', async () => {
    const noLocation = await api('POST', '/people', { name: 'X' }, londonManager.auth);
    expect(noLocation.status).toBe(400);
    expect(noLocation.body.errors[0].pointer).toBe('/body/locationId');
    const elsewhere = await api('POST', '/people', { name: 'X', locationId: nyc.id }, londonManager.auth);
    expect(elsewhere.status).toBe(400);
    const inside = await api('POST', '/people', { name: 'Scoped hire', locationId: lonRoom.id }, londonManager.auth);
    expect(inside.status).toBe(201);
    expect((await api('PATCH', `/people/${atNyc.id}`, { version: 1, jobTitle: 'x' }, londonManager.auth)).status).toBe(
      404,
    );
    const moveOut = await api(
      'PATCH',
      `/people/${inside.body.id}`,
      { version: inside.body.version, locationId: nyc.id },
      londonManager.auth,
    );
    expect(moveOut.status).toBe(400);
    const unlocate = await api(
      'PATCH',
      `/people/${inside.body.id}`,
      { version: inside.body.version, locationId: null },
      londonManager.auth,
    );
    expect(unlocate.status).toBe(400);
    const managerElsewhere = await api(
      'PATCH',
      `/people/${inside.body.id}`,
      { version: inside.body.version, managerId: atNyc.id },
      londonManager.auth,
    );
    expect(managerElsewhere.status).toBe(400);
    expect(managerElsewhere.body.errors[0].pointer).toBe('/body/managerId');
  });

  it('hides a manager outside the scope', async () => {
    const report = await person({ name: 'Scope Report', locationId: lonRoom.id, managerId: atNyc.id });
    const seen = await api('GET', `/people/${report.id}`, undefined, londonTech.auth);
    expect(seen.body).toMatchObject({ managerId: atNyc.id, manager: null });
  });
});
