import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, type TestEnv } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';
import { systemContext } from '../../platform/context.js';
import { seedDemo } from './seed-demo.js';
import { verifyAuditLog } from '../audit/audit-verify.js';
import { sealAuditLog } from '../audit/audit-seal.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('the demo organisation', () => {
  it('loads sites, people, models and 2,000 assets with a year of history, all in the audit log', async () => {
    const result = await seedDemo(env.services, systemContext('cli'), 'demo-password-1');
    expect(result).toMatchObject({ locations: 45, registry: { models: 40, people: 200, assets: 2000 } });
    expect(result.registry.events).toBeGreaterThan(3000);

    const statuses = await queryRows<{ status: string; n: number }>(
      env.db,
      sql`select status, count(*)::int as n from assets group by status`,
    );
    const by = Object.fromEntries(statuses.map((r) => [r.status, r.n]));
    expect(by.in_use).toBeGreaterThan(1000);
    expect(by.in_stock).toBeGreaterThan(200);

    // The maintained counts agree with the assets themselves.
    const mismatch = await queryRows(
      env.db,
      sql`select * from (select model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000') as location_id, status, count(*)::int as n from assets group by 1, 2, 3) a
          full join (select model_id, location_id, status, sum(count)::int as count from asset_counts group by 1, 2, 3) c
            using (model_id, location_id, status) where coalesce(a.n, 0) <> coalesce(c.count, 0)`,
    );
    expect(mismatch).toEqual([]);

    // Every asset in use is held by someone who has not left.
    const orphans = await queryRows(
      env.db,
      sql`select a.tag from assets a left join people p on p.id = a.assigned_person_id where a.status = 'in_use' and (p.id is null or p.status = 'left')`,
    );
    expect(orphans).toEqual([]);

    await sealAuditLog(env.db, env.services.auditKey);
    const report = await verifyAuditLog(env.db, env.services.auditKey);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(2300);
  });

  it('refuses to load twice', async () => {
    await expect(seedDemo(env.services, systemContext('cli'))).rejects.toThrow(/already/);
  });
});
