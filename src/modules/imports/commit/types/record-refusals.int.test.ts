import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv } from '../../../../../test/helpers/harness.js';
import { queryRows } from '../../../../platform/db/database.js';
import type { ImportTypeKey } from '../../mapping/import-types.js';
import { adminContext, runFile } from '../../../../../test/helpers/record-imports.js';

let env: TestEnv;
let ctx: ReturnType<typeof adminContext>;
const dir = mkdtempSync(path.join(tmpdir(), 'qm-record-import-'));

beforeAll(async () => {
  env = await createTestEnv();
  const user = await makeUser(env.services, { role: 'admin' });
  ctx = adminContext(user.id, user.email);
});
afterAll(() => env?.close());

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(env.db, query))[0]!.n);
let files = 0;
function run(type: ImportTypeKey, csv: string, options: { dryRun?: boolean; skipBadRows?: boolean } = {}) {
  const file = path.join(dir, `${type}-${++files}.csv`);
  writeFileSync(file, csv);
  return runFile(env, ctx, type, file, { ...options, preset: false });
}
const problemsOf = (importId: string) =>
  queryRows<{ row_number: number | null; code: string; column_letter: string | null; severity: string }>(
    env.db,
    sql`select row_number, code, column_letter, severity from import_problems where import_id = ${importId} order by row_number, id`,
  );

describe('imports of people, locations and suppliers refuse bad rows', () => {
  it('people: a bad e-mail, a missing name and a repeated employee number write nothing, each reported at its row and column', async () => {
    const before = await count(sql`select count(*)::int as n from people`);
    const summary = await run(
      'people',
      'Name,Email,Employee Number,Start date,End date\n' +
        'Ada Lovelace,ada@example.com,E1,2024-01-01,2024-06-30\n' +
        'Bad Mail,not-an-email,E2,,\n' +
        ',,E3,,\n' +
        'Again,again@example.com,E1,,\n' +
        'Late Starter,late@example.com,E5,2024-05-01,2024-01-01\n',
    );
    expect(summary).toMatchObject({ committed: false, rowsWithErrors: 4 });
    expect(summary.refused).toMatch(/4 of 5 rows have errors: nothing was imported/);
    expect(await count(sql`select count(*)::int as n from people`)).toBe(before);
    const problems = await problemsOf(summary.importId);
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.row_number, p.code, p.column_letter])).toEqual([
      [3, 'invalid_email', 'B'],
      [4, 'missing_name', 'A'],
      [5, 'duplicate_employee_number', 'C'],
      [6, 'end_before_start', 'E'],
    ]);

    const skipped = await run(
      'people',
      'Name,Email,Employee Number\nAda Lovelace,ada@example.com,E1\nBad Mail,not-an-email,E2\n',
      { skipBadRows: true },
    );
    expect(skipped).toMatchObject({ committed: true, rowsWithErrors: 1 });
    expect(skipped.records).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(await count(sql`select count(*)::int as n from people`)).toBe(before + 1);
  });

  it('people: upserts by employee number, sets managers named in the same file, creates departments', async () => {
    const summary = await run(
      'people',
      'Name,Email,Employee Number,Department,Manager\n' +
        'Grace Hopper,grace@example.com,E10,Engineering,\n' +
        'Alan Turing,alan@example.com,E11,Engineering,grace@example.com\n',
    );
    expect(summary).toMatchObject({ committed: true, errors: 0 });
    expect(summary.references.departments).toBe(1);
    const [alan] = await queryRows<{ manager: string; department: string }>(
      env.db,
      sql`select m.name as manager, d.name as department from people p
          join people m on m.id = p.manager_id join departments d on d.id = p.department_id where p.employee_number = 'E11'`,
    );
    expect(alan).toEqual({ manager: 'Grace Hopper', department: 'Engineering' });
    const update = await run('people', 'Name,Employee Number,Job title\nAlan M. Turing,E11,Mathematician\n');
    expect(update.records).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    const [after] = await queryRows<{ name: string; job_title: string; email: string }>(
      env.db,
      sql`select name, job_title, email from people where employee_number = 'E11'`,
    );
    expect(after).toEqual({ name: 'Alan M. Turing', job_title: 'Mathematician', email: 'alan@example.com' });
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where action = 'person.updated' and changes->>'importId' = ${update.importId}`,
      ),
    ).toBe(1);
  });

  it('people: an e-mail of one person and the employee number of another is a conflict', async () => {
    const summary = await run('people', 'Name,Email,Employee Number\nMixed,grace@example.com,E11\n');
    expect(summary.committed).toBe(false);
    expect((await problemsOf(summary.importId)).map((p) => p.code)).toContain('conflicting_person');
  });

  it('locations: an unknown parent, a repeated code and a bad kind are refused; parents in the same file are placed first', async () => {
    const before = await count(sql`select count(*)::int as n from locations`);
    const bad = await run(
      'locations',
      'Code,Name,Parent,Kind\nHQ,Headquarters,,site\nR1,Room 1,NOWHERE,room\nHQ,Again,,site\nX1,Odd,HQ,castle\n',
    );
    expect(bad.committed).toBe(false);
    expect(await count(sql`select count(*)::int as n from locations`)).toBe(before);
    expect((await problemsOf(bad.importId)).map((p) => [p.row_number, p.code])).toEqual([
      [3, 'unknown_parent'],
      [4, 'duplicate_code'],
      [5, 'invalid_value'],
    ]);

    const good = await run(
      'locations',
      'Code,Name,Parent,Kind\nR2,Room 2,B1,room\nB1,Building 1,HQ2,building\nHQ2,Head office,,site\n',
    );
    expect(good).toMatchObject({ committed: true, errors: 0 });
    expect(good.records.created).toBe(3);
    const [room] = await queryRows<{ depth: number; parent: string }>(
      env.db,
      sql`select l.depth, p.code as parent from locations l join locations p on p.id = l.parent_id where l.code = 'R2'`,
    );
    expect(room).toEqual({ depth: 2, parent: 'B1' });
    const site = await run('locations', 'Code,Name,Parent,Kind\nR3,Room 3,,room\n');
    expect((await problemsOf(site.importId)).map((p) => p.code)).toEqual(['invalid_placement']);
  });

  it('suppliers: created, then updated by name whatever the case; a bad web address is refused', async () => {
    const first = await run('suppliers', 'Name,Phone,Website,Lead time\nAcme,555-0100,https://acme.example,5\n');
    expect(first.records).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 });
    const again = await run('suppliers', 'Name,Phone\nACME,555-0199\n');
    expect(again.records).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    const [acme] = await queryRows<{ phone: string; website: string; default_lead_time_days: number }>(
      env.db,
      sql`select phone, website, default_lead_time_days from suppliers where name = 'Acme'`,
    );
    expect(acme).toEqual({ phone: '555-0199', website: 'https://acme.example', default_lead_time_days: 5 });
    const bad = await run('suppliers', 'Name,Website\nBeta,not a site\n');
    expect(bad.committed).toBe(false);
    expect((await problemsOf(bad.importId)).map((p) => [p.code, p.column_letter])).toEqual([['invalid_value', 'B']]);
  });
});
