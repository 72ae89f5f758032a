/**
 * Live scans from several stations at the same moment are applied together, but each keeps its own
 * caller, scope and answer; the same scan sent by two requests at once is applied once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { makeLocation, makeModel } from '../../../test/helpers/factories.js';
import { queryRows } from '../../platform/db/database.js';
import type { LocationRow } from '../locations/locations-repository.js';

let env: TestEnv;
let londonTech: TestUser;
let parisTech: TestUser;
let london: LocationRow;
let paris: LocationRow;

beforeAll(async () => {
  env = await createTestEnv();
  london = await makeLocation(env.db, { code: 'LIV-LON' });
  paris = await makeLocation(env.db, { code: 'LIV-PAR' });
  await makeLocation(env.db, { parent: london, kind: 'stockroom', code: 'LIV-LON-A' });
  await makeLocation(env.db, { parent: paris, kind: 'stockroom', code: 'LIV-PAR-A' });
  londonTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: london.id }] });
  parisTech = await makeUser(env.services, { grants: [{ role: 'technician', locationId: paris.id }] });
});
afterAll(() => env.close());

async function receiveAt(location: LocationRow, n: number) {
  const admin = await makeUser(env.services, { role: 'admin' });
  const model = await makeModel(env.db);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/assets/receive',
    headers: admin.auth,
    payload: { modelId: model.id, locationId: location.id, items: Array.from({ length: n }, () => ({})) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().items as { id: string; tag: string }[];
}

const scan = (user: TestUser, device: string, s: { code: string; target: string; clientId?: string }) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/scans',
    headers: user.auth,
    payload: {
      deviceId: device,
      scans: [
        {
          clientId: s.clientId ?? randomUUID(),
          scannedAt: new Date().toISOString(),
          action: 'move',
          target: s.target,
          code: s.code,
        },
      ],
    },
  });

describe('live scans from several stations at once', () => {
  it('applies each with its own caller and scope, and answers each station alone', async () => {
    const inLondon = await receiveAt(london, 12);
    const inParis = await receiveAt(paris, 12);
    for (const user of [londonTech, parisTech])
      await env.app.inject({ method: 'GET', url: '/api/v1/assets?limit=1', headers: user.auth });

    const requests = [
      ...inLondon.map((a) => scan(londonTech, 'lon-1', { code: a.tag, target: 'LIV-LON-A' })),
      ...inParis.map((a) => scan(parisTech, 'par-1', { code: a.tag, target: 'LIV-PAR-A' })),
      // Out of scope: the Paris technician cannot see a London asset, nor move into London.
      scan(parisTech, 'par-1', { code: inLondon[0]!.tag, target: 'LIV-PAR-A' }),
      scan(parisTech, 'par-1', { code: inParis[0]!.tag, target: 'LIV-LON-A' }),
    ];
    const answers = (await Promise.all(requests)).map((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json().results[0] as { outcome: string; message: string; assetId: string | null };
    });
    expect(answers.slice(0, 24).every((a) => a.outcome === 'applied')).toBe(true);
    expect(answers[0]!.message).toContain(`${inLondon[0]!.tag} moved at LIV-LON-A`);
    expect(answers[24]!.outcome).toBe('rejected');
    expect(answers[25]!.outcome).toBe('rejected');

    const events = await queryRows<{ actor: string; device: string; n: number }>(
      env.db,
      sql`select actor_label as actor, data->>'deviceId' as device, count(*)::int as n from asset_events
          where action = 'move' and asset_id in ${[...inLondon, ...inParis].map((a) => a.id)}
          group by 1, 2 order by 2`,
    );
    expect(events).toEqual([
      { actor: expect.stringContaining(londonTech.email), device: 'lon-1', n: 12 },
      { actor: expect.stringContaining(parisTech.email), device: 'par-1', n: 12 },
    ]);
    const rows = await queryRows<{ outcome: string; n: number; users: number }>(
      env.db,
      sql`select outcome, count(*)::int as n, count(distinct user_id)::int as users from scans
          where device_id in ('lon-1', 'par-1') group by 1 order by 1`,
    );
    expect(rows).toEqual([
      { outcome: 'applied', n: 24, users: 2 },
      { outcome: 'rejected', n: 2, users: 1 },
    ]);
    // The moves shared transactions.
    const commits = await queryRows<{ n: number }>(
      env.db,
      sql`select count(distinct xmin::text)::int as n from scans where device_id in ('lon-1', 'par-1') and outcome = 'applied'`,
    );
    expect(commits[0]!.n).toBeLessThan(24);
  });

  it('applies a scan sent by two requests at the same moment once, and answers both', async () => {
    const [asset] = await receiveAt(london, 1);
    const clientId = randomUUID();
    const both = await Promise.all([
      scan(londonTech, 'lon-2', { code: asset!.tag, target: 'LIV-LON-A', clientId }),
      scan(londonTech, 'lon-2', { code: asset!.tag, target: 'LIV-LON-A', clientId }),
    ]);
    const results = both.map((r) => r.json().results[0] as { outcome: string; replayed: boolean });
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    expect(results.filter((r) => r.replayed)).toHaveLength(1);
    const events = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where asset_id = ${asset!.id} and action = 'move'`,
    );
    expect(events[0]!.n).toBe(1);
  });
});
