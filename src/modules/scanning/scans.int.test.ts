import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel, makePerson } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let tech: TestUser;
let stockroom: LocationRow;
let modelId: string;

beforeAll(async () => {
  env = await createTestEnv();
  tech = await makeUser(env.services, { role: 'technician' });
  const site = await makeLocation(env.db, { code: 'SCN' });
  stockroom = await makeLocation(env.db, { parent: site, code: 'SCN-STOCK' });
  await makeLocation(env.db, { parent: stockroom, kind: 'other', code: 'SCN-A' });
  await makeLocation(env.db, { parent: stockroom, kind: 'other', code: 'SCN-B' });
  modelId = (await makeModel(env.db)).id;
});
afterAll(() => env.close());

async function newAssets(n: number) {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/assets/receive',
    headers: tech.auth,
    payload: { modelId, locationId: stockroom.id, items: Array.from({ length: n }, () => ({})) },
  });
  return res.json().items as { id: string; tag: string }[];
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const send = (scans: object[]) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/scans',
    headers: tech.auth,
    payload: { deviceId: 'station-1', scans },
  });

async function locationOf(id: string) {
  const res = await env.app.inject({ method: 'GET', url: `/api/v1/assets/${id}`, headers: tech.auth });
  return res.json().location?.code;
}

describe('scans from a station', () => {
  it('moves what was scanned after a location, once, even when the batch is sent twice', async () => {
    const assets = await newAssets(3);
    const batch = assets.map((a, i) => ({
      clientId: randomUUID(),
      scannedAt: minutesAgo(10 - i),
      action: 'move',
      target: 'SCN-A',
      code: a.tag,
    }));
    const first = await send(batch);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(first.json().results[0].message).toContain('moved at SCN-A');
    const again = await send(batch);
    expect(
      again.json().results.every((r: { replayed: boolean; outcome: string }) => r.replayed && r.outcome === 'applied'),
    ).toBe(true);
    const events = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where asset_id = ${assets[0]!.id} and action = 'move'`,
    );
    expect(events[0]!.n).toBe(1);
    expect(await locationOf(assets[2]!.id)).toBe('SCN-A');
  });

  it('applies scans in the order they were taken, not the order they arrive', async () => {
    const [asset] = await newAssets(1);
    const res = await send([
      { clientId: randomUUID(), scannedAt: minutesAgo(5), action: 'move', target: 'SCN-B', code: asset!.tag },
      { clientId: randomUUID(), scannedAt: minutesAgo(8), action: 'move', target: 'SCN-A', code: asset!.tag },
    ]);
    expect(res.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
    expect(await locationOf(asset!.id)).toBe('SCN-B');
  });

  it('applies a group set-based, each event at its own scan time, and answers a refusal inside a group alone', async () => {
    const assets = await newAssets(4);
    // The third is sent to repair by an earlier scan of the same batch: checking it out is refused.
    const person = await makePerson(env.db, { name: 'Group Gina', employeeNumber: 'E55555' });
    expect(person).toBeTruthy();
    const out = assets.map((a, i) => ({
      clientId: randomUUID(),
      scannedAt: minutesAgo(20 - i),
      action: 'check_out',
      target: 'E55555',
      code: a.tag,
    }));
    const repair = {
      clientId: randomUUID(),
      scannedAt: minutesAgo(30),
      action: 'send_to_repair',
      code: assets[2]!.tag,
    };
    const res = await send([...out, repair]);
    const outcomes = res.json().results.map((r: { outcome: string }) => r.outcome);
    expect(outcomes).toEqual(['applied', 'applied', 'conflict', 'applied', 'applied']);
    expect(res.json().results[2].message).toMatch(new RegExp(`${assets[2]!.tag}.*in repair`));
    const events = await queryRows<{ asset_id: string; occurred_at: Date; data: { scanClientId: string } }>(
      env.db,
      sql`select asset_id, occurred_at, data from asset_events where action = 'check_out' and asset_id in (${sql.join(
        assets.map((a) => sql`${a.id}`),
        sql`, `,
      )})`,
    );
    expect(events).toHaveLength(3);
    for (const e of events) {
      const scan = out.find((x) => x.clientId === e.data.scanClientId)!;
      expect(new Date(e.occurred_at).toISOString()).toBe(scan.scannedAt);
    }
  });

  it('reports a conflict when the asset changed after the scan was taken', async () => {
    const [asset] = await newAssets(1);
    const offlineScanAt = minutesAgo(30);
    const someone = await makePerson(env.db, { name: 'Online Olga' });
    await env.app.inject({
      method: 'POST',
      url: `/api/v1/assets/${asset!.id}/actions/check_out`,
      headers: tech.auth,
      payload: { assignee: { type: 'person', id: someone.id } },
    });
    const other = await makePerson(env.db, { name: 'Offline Otto', employeeNumber: 'E77777' });
    expect(other).toBeTruthy();
    const res = await send([
      { clientId: randomUUID(), scannedAt: offlineScanAt, action: 'check_out', target: 'E77777', code: asset!.tag },
    ]);
    const [result] = res.json().results;
    expect(result.outcome).toBe('conflict');
    expect(result.message).toContain('Online Olga');
    const now = await env.app.inject({ method: 'GET', url: `/api/v1/assets/${asset!.id}`, headers: tech.auth });
    expect(now.json().assignee.label).toBe('Online Olga');
  });

  it('rejects what it cannot apply, with the reason, and keeps the answer', async () => {
    const [asset] = await newAssets(1);
    const unknown = {
      clientId: randomUUID(),
      scannedAt: minutesAgo(1),
      action: 'move',
      target: 'SCN-A',
      code: 'NOPE-1',
    };
    const noTarget = { clientId: randomUUID(), scannedAt: minutesAgo(1), action: 'move', code: asset!.tag };
    const wrongTarget = {
      clientId: randomUUID(),
      scannedAt: minutesAgo(1),
      action: 'check_out',
      target: 'SCN-A',
      code: asset!.tag,
    };
    const notInUse = {
      clientId: randomUUID(),
      scannedAt: minutesAgo(1),
      action: 'check_in',
      target: 'SCN-A',
      code: asset!.tag,
    };
    const res = await send([unknown, noTarget, wrongTarget, notInUse]);
    const results = res.json().results;
    expect(results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'conflict',
    ]);
    expect(results[0].message).toContain('NOPE-1');
    expect(results[1].message).toContain('Scan the location');
    expect(results[2].message).toContain('not a person');
    expect(results[3].message).toContain('cannot be checked in');
    const again = await send([unknown]);
    expect(again.json().results[0]).toMatchObject({ outcome: 'rejected', replayed: true });
  });

  it('records scans in the history with source "scan"', async () => {
    const [asset] = await newAssets(1);
    await send([
      { clientId: randomUUID(), scannedAt: minutesAgo(2), action: 'move', target: 'SCN-B', code: asset!.tag },
    ]);
    const events = await env.app.inject({
      method: 'GET',
      url: `/api/v1/assets/${asset!.id}/events`,
      headers: tech.auth,
    });
    expect(events.json().items[0]).toMatchObject({ action: 'move', source: 'scan' });
  });
});

describe('batch files from handheld scanners', () => {
  it('moves the assets listed after a location code, answers per line, and applies nothing twice', async () => {
    const assets = await newAssets(3);
    const content = [
      '2026-11-20 09:00:00,SCN-B',
      `2026-11-20 09:00:05,${assets[0]!.tag}`,
      `2026-11-20 09:00:07,${assets[1]!.tag}`,
      'not a time at all,,,',
      `2026-11-20 09:00:09,${assets[2]!.tag.toLowerCase()}`,
      '2026-11-20 09:00:11,UNKNOWN-CODE',
    ].join('\r\n');
    const first = await env.app.inject({
      method: 'POST',
      url: '/api/v1/scans/batch-file',
      headers: tech.auth,
      payload: { content, utcOffset: '+00:00' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.lines.map((l: { line: number; outcome: string }) => [l.line, l.outcome])).toEqual([
      [1, 'location'],
      [2, 'applied'],
      [3, 'applied'],
      [4, expect.stringMatching(/unreadable|rejected/)],
      [5, 'applied'],
      [6, 'rejected'],
    ]);
    expect(body.applied).toBe(3);
    for (const a of assets) expect(await locationOf(a.id)).toBe('SCN-B');
    const again = await env.app.inject({
      method: 'POST',
      url: '/api/v1/scans/batch-file',
      headers: tech.auth,
      payload: { content, utcOffset: '+00:00' },
    });
    expect(again.json().lines[1].result).toMatchObject({ outcome: 'applied', replayed: true });
    const events = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where asset_id = ${assets[0]!.id} and action = 'move'`,
    );
    expect(events[0]!.n).toBe(1);
  });
});
