import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv } from '../../../../../test/helpers/harness.js';
import { queryRows } from '../../../../platform/db/database.js';
import { adminContext, runFile } from '../../../../../test/helpers/record-imports.js';

let env: TestEnv;
let ctx: ReturnType<typeof adminContext>;

beforeAll(async () => {
  env = await createTestEnv();
  const user = await makeUser(env.services, { role: 'admin' });
  ctx = adminContext(user.id, user.email);
});
afterAll(() => env?.close());

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(env.db, query))[0]!.n);
const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(env.db, query))[0]!;

describe('importing Snipe-IT locations, users and models', () => {
  it('locations-sample.csv: a dry run says 19 would be created and writes nothing', async () => {
    const summary = await runFile(env, ctx, 'locations', 'locations-sample.csv', { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, committed: false, rows: 19, rowsWithErrors: 0, errors: 0 });
    expect(summary.records).toEqual({ created: 19, updated: 0, unchanged: 0, skipped: 0 });
    expect(await count(sql`select count(*)::int as n from locations where name = 'Airdrie'`)).toBe(0);
  });

  it('locations-sample.csv: 19 sites coded from their names, addresses joined, each audited with the import id; again, nothing new', async () => {
    const before = await count(sql`select count(*)::int as n from locations`);
    const summary = await runFile(env, ctx, 'locations', 'locations-sample.csv');
    expect(summary).toMatchObject({ committed: true, refused: null, errors: 0 });
    expect(summary.records).toEqual({ created: 19, updated: 0, unchanged: 0, skipped: 0 });
    // The managers are not people of the registry: left empty, with a warning each.
    expect(summary.counts.unknown_manager).toBe(16);
    expect(await count(sql`select count(*)::int as n from locations`)).toBe(before + 19);
    const airdrie = await queryRows<{ code: string; kind: string; address: string }>(
      env.db,
      sql`select code, kind, address from locations where name = 'Airdrie' order by code`,
    );
    expect(airdrie).toEqual([
      { code: 'AIRDRIE', kind: 'site', address: '14 Summer Ridge Court\n306 Buhler Parkway\nT4B Poniatowa\nAB\nCA' },
      { code: 'AIRDRIE-2', kind: 'site', address: '8 Lien Drive\nReims\nAB\nCA' },
    ]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where action = 'location.created' and changes->>'importId' = ${summary.importId}`,
      ),
    ).toBe(19);

    const again = await runFile(env, ctx, 'locations', 'locations-sample.csv');
    expect(again.records).toEqual({ created: 0, updated: 0, unchanged: 19, skipped: 0 });
    expect(await count(sql`select count(*)::int as n from locations`)).toBe(before + 19);
  });

  it('users-sample.csv: 100 people with their fields, self-managers left empty with a warning; again, nothing new', async () => {
    const before = await count(sql`select count(*)::int as n from people`);
    const summary = await runFile(env, ctx, 'people', 'users-sample.csv');
    expect(summary).toMatchObject({ committed: true, rows: 100, rowsWithErrors: 0, errors: 0 });
    expect(summary.records).toEqual({ created: 100, updated: 0, unchanged: 0, skipped: 0 });
    expect(summary.counts.unknown_manager).toBe(11);
    // Snipe-IT's Username column has no place here: said once for the file.
    expect(summary.counts.column_not_stored).toBe(1);
    expect(summary.fileProblems.find((p) => p.code === 'column_not_stored')?.message).toBe(
      'Column D (Username) is not imported: people have no user name here (sign-in accounts are separate).',
    );
    expect(await count(sql`select count(*)::int as n from people`)).toBe(before + 100);
    const reagen = await one<{
      name: string;
      job_title: string;
      remote: boolean;
      start_date: string;
      location: string;
    }>(
      sql`select p.name, p.job_title, p.remote, p.start_date::text, l.name as location
          from people p join locations l on l.id = p.location_id where p.email = 'rtenant0@istockphoto.com'`,
    );
    expect(reagen).toEqual({
      name: 'Reagen Tenant',
      job_title: 'Nurse Practicioner',
      remote: true,
      start_date: '2022-03-18',
      location: "Braun, Ullrich and O'Hara",
    });

    const again = await runFile(env, ctx, 'people', 'users-sample.csv');
    expect(again.records).toEqual({ created: 0, updated: 0, unchanged: 100, skipped: 0 });
    expect(again.references.locations).toBe(0);
    expect(await count(sql`select count(*)::int as n from people`)).toBe(before + 100);
  });

  it('models-sample.csv: 20 models with 13 manufacturers and 3 categories created; again, nothing new', async () => {
    const dry = await runFile(env, ctx, 'models', 'models-sample.csv', { dryRun: true });
    expect(dry.records.created).toBe(20);
    expect(dry.references).toMatchObject({ manufacturers: 13, categories: 3 });
    expect(dry.examples.categories).toEqual(['Laptops', 'Desktops', 'Mobile Phones']);

    const summary = await runFile(env, ctx, 'models', 'models-sample.csv');
    expect(summary).toMatchObject({ committed: true, rows: 20, errors: 0 });
    expect(summary.records.created).toBe(20);
    const model = await one<{
      model_number: string;
      expected_life_months: number;
      min_stock: number;
      manufacturer: string;
    }>(
      sql`select m.model_number, m.expected_life_months, m.min_stock, f.name as manufacturer
          from models m join manufacturers f on f.id = m.manufacturer_id where m.name = 'Test Model 2'`,
    );
    expect(model).toEqual({
      model_number: '9351IS25A51',
      expected_life_months: 36,
      min_stock: 50,
      manufacturer: 'Botsford, Boyle and Herzog',
    });
    const again = await runFile(env, ctx, 'models', 'models-sample.csv');
    expect(again.records).toEqual({ created: 0, updated: 0, unchanged: 20, skipped: 0 });
    expect(again.references).toMatchObject({ manufacturers: 0, categories: 0 });
  });
});
