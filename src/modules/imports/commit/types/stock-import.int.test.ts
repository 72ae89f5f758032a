import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestEnv, makeUser, type TestEnv } from '../../../../../test/helpers/harness.js';
import { queryRows } from '../../../../platform/db/database.js';
import { adminContext, runFile } from '../../../../../test/helpers/record-imports.js';

let env: TestEnv;
let ctx: ReturnType<typeof adminContext>;
const dir = mkdtempSync(path.join(tmpdir(), 'qm-stock-import-'));

beforeAll(async () => {
  env = await createTestEnv();
  const user = await makeUser(env.services, { role: 'admin' });
  ctx = adminContext(user.id, user.email);
});
afterAll(() => env?.close());

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(env.db, query))[0]!.n);
const stockOf = (model: string) =>
  queryRows<{ location: string; on_hand: number }>(
    env.db,
    sql`select l.name as location, b.on_hand from stock_balances b join models m on m.id = b.model_id
        join locations l on l.id = b.location_id where m.name = ${model} order by l.name`,
  );
const movementsOf = (model: string) =>
  queryRows<{ kind: string; quantity: number; source: string }>(
    env.db,
    sql`select s.kind, s.quantity, s.source from stock_movements s join models m on m.id = s.model_id
        where m.name = ${model} order by s.id`,
  );

describe('importing quantity-tracked stock', () => {
  it('accessories-sample.csv: the row whose model number Excel mangled stops the import; skipped, the two others are received', async () => {
    const refused = await runFile(env, ctx, 'stock', 'accessories-sample.csv');
    expect(refused).toMatchObject({ committed: false, rowsWithErrors: 1 });
    expect(await count(sql`select count(*)::int as n from stock_movements`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from models where name = 'Dragline'`)).toBe(0);

    const summary = await runFile(env, ctx, 'stock', 'accessories-sample.csv', { skipBadRows: true });
    expect(summary).toMatchObject({ committed: true, rowsWithErrors: 1 });
    expect(summary.records).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1 });
    expect(summary.stock).toEqual({ movements: 2, units: 75 });
    expect(await stockOf('Dragline')).toEqual([{ location: 'Artashat', on_hand: 61 }]);
    expect(await movementsOf('Dragline')).toEqual([{ kind: 'receive', quantity: 61, source: 'import' }]);
    const [model] = await queryRows<{ tracking: string; kind: string; default_unit_cost: string }>(
      env.db,
      sql`select m.tracking, c.kind, m.default_unit_cost from models m join categories c on c.id = m.category_id where m.name = 'Dragline'`,
    );
    expect(model).toEqual({ tracking: 'quantity', kind: 'accessory', default_unit_cost: '73.96' });
    const [policy] = await queryRows<{ min_quantity: number }>(
      env.db,
      sql`select p.min_quantity from stock_policies p join models m on m.id = p.model_id where m.name = 'Dragline'`,
    );
    expect(policy).toEqual({ min_quantity: 59 });
  });

  it('consumables-sample.csv and components-sample.csv: received as consumables and components; again, nothing moves', async () => {
    const consumables = await runFile(env, ctx, 'stock', 'consumables-sample.csv');
    expect(consumables).toMatchObject({ committed: true, errors: 0 });
    expect(consumables.records.created).toBe(3);
    expect(consumables.stock).toEqual({ movements: 3, units: 201 });
    expect(await stockOf('Trencher')).toEqual([{ location: 'Pampas', on_hand: 54 }]);
    const components = await runFile(env, ctx, 'stock', 'components-sample.csv');
    expect(components.stock).toEqual({ movements: 1, units: 10 });
    expect(await stockOf('RTX 4080')).toEqual([{ location: 'Austin', on_hand: 10 }]);
    const [gpu] = await queryRows<{ kind: string }>(
      env.db,
      sql`select c.kind from models m join categories c on c.id = m.category_id where m.name = 'RTX 4080'`,
    );
    expect(gpu).toEqual({ kind: 'component' });

    const movements = await count(sql`select count(*)::int as n from stock_movements`);
    const again = await runFile(env, ctx, 'stock', 'consumables-sample.csv');
    expect(again.records).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 0 });
    expect(again.stock).toEqual({ movements: 0, units: 0 });
    expect(await count(sql`select count(*)::int as n from stock_movements`)).toBe(movements);
  });

  it('a new quantity for stock on hand is an adjustment by the difference, with the reason', async () => {
    const file = path.join(dir, 'stock-count.csv');
    writeFileSync(
      file,
      'Name,Category,Manufacturer,Quantity,Location\nTrencher,Sitework & Site Utilities,"Davis, Koelpin and Lockman",50,Pampas\n',
    );
    const summary = await runFile(env, ctx, 'stock', file, { preset: false });
    expect(summary.records).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    expect(await stockOf('Trencher')).toEqual([{ location: 'Pampas', on_hand: 50 }]);
    const moves = await movementsOf('Trencher');
    expect(moves.at(-1)).toEqual({ kind: 'adjust', quantity: -4, source: 'import' });
  });

  it('refuses a model tracked individually, and a row without a location, writing nothing', async () => {
    await runFile(env, ctx, 'models', 'models-sample.csv');
    const file = path.join(dir, 'stock-bad.csv');
    writeFileSync(
      file,
      'Name,Category,Manufacturer,Quantity,Location\nTest Model 3,Laptops,Pollich LLC,5,Pampas\nCable,Cables,,10,\n',
    );
    const movements = await count(sql`select count(*)::int as n from stock_movements`);
    const summary = await runFile(env, ctx, 'stock', file, { preset: false });
    expect(summary.committed).toBe(false);
    const problems = await queryRows<{ row_number: number; code: string }>(
      env.db,
      sql`select row_number, code from import_problems where import_id = ${summary.importId} order by row_number`,
    );
    expect(problems).toEqual([
      { row_number: 2, code: 'tracked_individually' },
      { row_number: 3, code: 'missing_location' },
    ]);
    expect(await count(sql`select count(*)::int as n from stock_movements`)).toBe(movements);
  });
});
