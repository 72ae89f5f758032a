import { createReadStream } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv } from '../../../../test/helpers/harness.js';
import { queryRows } from '../../../platform/db/database.js';
import type { ActionContext } from '../../../platform/context.js';
import { readSpreadsheet } from '../reading/read-spreadsheet.js';
import { autoMap } from '../mapping/column-mapping.js';
import { runAssetImport, type RunSummary } from './run-asset-import.js';
import { imports } from '../../../platform/db/schema-all.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../../shared/fixtures'),
  'snipe-it',
);

let env: TestEnv;
let ctx: ActionContext;
let userId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const user = await makeUser(env.services, { role: 'admin' });
  userId = user.id;
  ctx = {
    actor: {
      type: 'user',
      userId,
      tokenId: null,
      label: user.email,
      grants: [{ role: 'admin', locationId: null }],
      readOnly: false,
    },
    source: 'import',
    requestId: null,
  };
});
afterAll(() => env?.close());

async function run(
  file: string,
  options: { dryRun?: boolean; skipBadRows?: boolean } = {},
): Promise<RunSummary & { importId: string }> {
  const filePath = path.isAbsolute(file) ? file : path.join(SNIPE, file);
  const sheet = await readSpreadsheet(createReadStream(filePath));
  const mapping = autoMap('assets', sheet.headers, { preset: 'snipe-it' });
  const [row] = await env.db
    .insert(imports)
    .values({ importType: 'assets', fileName: file, fileBytes: 1, mapping, createdBy: userId })
    .returning();
  const summary = await runAssetImport(
    env.services,
    ctx,
    {
      importId: row!.id,
      filePath,
      fileName: path.basename(file),
      mapping,
      dryRun: options.dryRun ?? false,
      skipBadRows: options.skipBadRows ?? false,
    },
    async () => {},
  );
  return { ...summary, importId: row!.id };
}

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(env.db, query))[0]!.n);

describe('importing Snipe-IT assets', () => {
  it('a dry run of assets-sample.csv reports 22 new assets and what would be created, and writes nothing', async () => {
    const before = await count(sql`select count(*)::int as n from assets`);
    const summary = await run('assets-sample.csv', { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, committed: false, rows: 22, rowsWithErrors: 0, errors: 0 });
    expect(summary.assets).toMatchObject({ created: 22, updated: 0, checkedOut: 17 });
    expect(summary.references.models).toBeGreaterThan(0);
    expect(summary.references.locations).toBeGreaterThan(0);
    expect(summary.references.people).toBe(9);
    expect(await count(sql`select count(*)::int as n from assets`)).toBe(before);
    expect(await count(sql`select count(*)::int as n from pg_tables where tablename like 'import_stage_%'`)).toBe(0);
  });

  it('commits assets-sample.csv: 22 assets, 9 checked out to people and 8 to locations, 56,926.75 in all, with history', async () => {
    const summary = await run('assets-sample.csv');
    expect(summary).toMatchObject({ committed: true, refused: null });
    expect(summary.assets).toMatchObject({ created: 22, updated: 0, checkedOut: 17 });
    const [totals] = await queryRows<{ total: string; people: number; places: number; events: number }>(
      env.db,
      sql`select sum(a.purchase_cost)::text as total,
        count(*) filter (where a.assigned_person_id is not null)::int as people,
        count(*) filter (where a.assigned_location_id is not null)::int as places,
        (select count(*)::int from asset_events e where e.source = 'import' and e.data ->> 'importId' = ${summary.importId}) as events
      from assets a where a.id in (select asset_id from asset_events where data ->> 'importId' = ${summary.importId})`,
    );
    expect(totals).toEqual({ total: '56926.75', people: 9, places: 8, events: 22 });
    const statuses = await queryRows<{ status: string; n: number }>(
      env.db,
      sql`select status, count(*)::int as n from assets where id in (select asset_id from asset_events where data ->> 'importId' = ${summary.importId}) group by 1 order by 1`,
    );
    expect(statuses).toEqual([
      { status: 'in_stock', n: 5 },
      { status: 'in_use', n: 17 },
    ]);
    const audit = await count(
      sql`select count(*)::int as n from audit_log where entity_type = 'import' and entity_id = ${summary.importId} and action = 'import.committed'`,
    );
    expect(audit).toBe(1);
  });

  it('importing assets-sample.csv again creates and changes nothing', async () => {
    const assets = await count(sql`select count(*)::int as n from assets`);
    const events = await count(sql`select count(*)::int as n from asset_events`);
    const summary = await run('assets-sample.csv');
    expect(summary).toMatchObject({ committed: true, rowsWithErrors: 0 });
    expect(summary.assets).toMatchObject({ created: 0, updated: 0, unchanged: 22, checkedOut: 0 });
    expect(Object.values(summary.references).every((n) => n === 0)).toBe(true);
    expect(await count(sql`select count(*)::int as n from assets`)).toBe(assets);
    expect(await count(sql`select count(*)::int as n from asset_events`)).toBe(events);
  });

  it('assets-sample-BAD.csv gives a precise report and writes nothing', async () => {
    const assets = await count(sql`select count(*)::int as n from assets`);
    const summary = await run('assets-sample-BAD.csv');
    expect(summary.committed).toBe(false);
    expect(summary.refused).toMatch(/nothing was imported|to fix first/);
    expect(summary.errors).toBeGreaterThan(0);
    const problems = await queryRows<{ row_number: number | null; code: string; message: string }>(
      env.db,
      sql`select row_number, code, message from import_problems where import_id = ${summary.importId} order by row_number nulls first, id`,
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from assets`)).toBe(assets);
  });

  it('refuses a tag used twice in the file (naming both rows), a taken serial and a check-out of a retired asset; skipping bad rows imports the rest', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qm-import-')), 'assets.csv');
    writeFileSync(
      file,
      [
        'Asset Tag,Model,Category,Manufacturer,Location,Serial,Status,Checked Out To: Email',
        'DUP-1,Laptop X1,Laptops,Acme,Depot North,SER-1,in stock,',
        'dup-1,Laptop X1,Laptops,Acme,Depot North,SER-2,in stock,',
        'RET-1,Laptop X1,Laptops,Acme,Depot North,SER-3,retired,someone@example.com',
        'OK-1,Laptop X1,Laptops,Acme,Depot North,SER-1,in stock,',
        'OK-2,Laptop X1,Laptops,Acme,Depot North,SER-5,in stock,',
      ].join('\n'),
    );
    const dry = await run(file, { dryRun: true });
    const problems = await queryRows<{ row_number: number; code: string; message: string }>(
      env.db,
      sql`select row_number, code, message from import_problems where import_id = ${dry.importId} and row_number is not null order by row_number, id`,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        row_number: 3,
        code: 'duplicate_tag',
        message: expect.stringContaining('also in row 2'),
      }),
      expect.objectContaining({
        row_number: 4,
        code: 'invalid_transition',
        message: 'Row 4: RET-1 is retired and cannot be checked out.',
      }),
      expect.objectContaining({
        row_number: 5,
        code: 'duplicate_serial',
        message: expect.stringContaining('also in row 2'),
      }),
    ]);
    expect(dry.assets).toMatchObject({ created: 2, skipped: 3 });

    const all = await run(file);
    expect(all).toMatchObject({ committed: false, rowsWithErrors: 3 });
    expect(await count(sql`select count(*)::int as n from assets where tag in ('DUP-1', 'OK-2')`)).toBe(0);

    const skipping = await run(file, { skipBadRows: true });
    expect(skipping).toMatchObject({ committed: true, rowsWithErrors: 3 });
    expect(skipping.assets).toMatchObject({ created: 2, skipped: 3 });
    expect(skipping.references).toMatchObject({ manufacturers: 1, categories: 1, models: 1, locations: 1, people: 0 });
    const made = await queryRows<{ tag: string; code: string }>(
      env.db,
      sql`select a.tag, l.code from assets a join locations l on l.id = a.location_id where a.tag in ('DUP-1', 'OK-2') order by a.tag`,
    );
    expect(made).toEqual([
      { tag: 'DUP-1', code: 'DEPOT-NORTH' },
      { tag: 'OK-2', code: 'DEPOT-NORTH' },
    ]);
  });

  it('keeps the stock counts right: asset_counts sums to the assets', async () => {
    const [row] = await queryRows<{ counted: number; assets: number }>(
      env.db,
      sql`select (select coalesce(sum(count), 0)::int from asset_counts) as counted, (select count(*)::int from assets) as assets`,
    );
    expect(row!.counted).toBe(row!.assets);
  });
});
