import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import {
  makeCategory,
  makeLocation,
  makeManufacturer,
  makeModel,
  makePerson,
  makeSupplier,
} from '../../../test/helpers/factories.js';
import { departments, modelGtins } from '../../platform/db/schema-all.js';
import { eq } from 'drizzle-orm';
import { users } from '../../platform/db/schema-all.js';
import type { ImportTypeKey } from '../imports/mapping/import-types.js';
import type { ActionContext } from '../../platform/context.js';
import { imports } from '../../platform/db/schema-all.js';
import { readSpreadsheet } from '../imports/reading/read-spreadsheet.js';
import { autoMap } from '../imports/mapping/column-mapping.js';
import { runRecordImport } from '../imports/commit/run-record-import.js';

let env: TestEnv;
let manager: TestUser;
let dataDir: string;

beforeAll(async () => {
  env = await createTestEnv();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-round-trip-int-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
  const db = env.db;

  const site = await makeLocation(db, { code: 'RT-OSL', name: 'Oslo' });
  const floor = await makeLocation(db, { parent: site, kind: 'floor', code: 'RT-OSL-1', name: 'First floor' });
  const stockroom = await makeLocation(db, { parent: floor, code: 'RT-OSL-STOCK', name: 'Stockroom' });

  const laptops = await makeCategory(db, { name: 'RT Laptops' });
  const lenovo = await makeManufacturer(db, { name: 'RT Lenovo' });
  const t14 = await makeModel(db, {
    name: 'RT ThinkPad T14',
    categoryId: laptops.id,
    manufacturerId: lenovo.id,
    modelNumber: '21HD',
    minStock: 2,
  });
  await db.insert(modelGtins).values({ modelId: t14.id, gtin: '00195892012344' });
  const cables = await makeModel(db, {
    name: 'RT USB-C cable',
    categoryId: (await makeCategory(db, { name: 'RT Cables', kind: 'accessory' })).id,
    manufacturerId: null,
    tracking: 'quantity',
    defaultUnitCost: '9.90',
  });

  await makeSupplier(db, { name: 'RT Komplett', email: 'sales@komplett.example', phone: '+47 22 00 00 00' });
  const [it] = await db.insert(departments).values({ name: 'RT IT', code: 'RTIT' }).returning();
  const boss = await makePerson(db, {
    name: 'RT Kari Nordmann',
    email: 'kari@rt.example',
    employeeNumber: 'E-1',
    departmentId: it!.id,
    locationId: site.id,
  });
  await makePerson(db, {
    name: 'RT Ola Hansen',
    email: 'ola@rt.example',
    employeeNumber: 'E-2',
    jobTitle: 'Technician',
    departmentId: it!.id,
    locationId: floor.id,
    managerId: boss.id,
    remote: true,
    startDate: '2024-02-01',
  });

  const receive = await env.app.inject({
    method: 'POST',
    url: '/api/v1/stock/movements',
    headers: manager.auth,
    payload: { kind: 'receive', modelId: cables.id, locationId: stockroom.id, quantity: 12 },
  });
  expect(receive.statusCode, receive.body).toBe(201);
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Imports the file straight through the record importer (what the import job runs), as the
 * importer's own tests do, with the columns mapped automatically and no preset.
 */
async function importBack(type: ImportTypeKey, body: string) {
  const file = path.join(dataDir, `${type}-${Date.now()}.csv`);
  fs.writeFileSync(file, body);
  const [user] = await env.db.select().from(users).where(eq(users.email, manager.email));
  const ctx: ActionContext = {
    actor: {
      type: 'user',
      userId: user!.id,
      tokenId: null,
      label: manager.email,
      grants: [{ role: 'admin', locationId: null }],
      readOnly: false,
    },
    source: 'import',
    requestId: null,
  };
  const sheet = await readSpreadsheet(fs.createReadStream(file));
  const mapping = autoMap(type, sheet.headers, {});
  const [row] = await env.db
    .insert(imports)
    .values({ importType: type, fileName: path.basename(file), fileBytes: 1, mapping, createdBy: user!.id })
    .returning();
  return runRecordImport(
    env.services,
    ctx,
    { importId: row!.id, filePath: file, fileName: path.basename(file), mapping, dryRun: false, skipBadRows: false },
    async () => {},
  );
}

describe.each([
  { list: 'locations', type: 'locations', query: '' },
  { list: 'models', type: 'models', query: '?q=rt%20' },
  { list: 'people', type: 'people', query: '?q=rt%20' },
  { list: 'suppliers', type: 'suppliers', query: '?q=rt%20' },
] as const)('exporting $list and importing the file back', ({ list, type, query }) => {
  it('maps every column by itself and changes nothing', async () => {
    const csv = await env.app.inject({
      method: 'GET',
      url: `/api/v1/exports/${list}.csv${query}`,
      headers: manager.auth,
    });
    expect(csv.statusCode).toBe(200);
    const run = await importBack(type, csv.body);
    expect(run, JSON.stringify(run)).toMatchObject({ committed: true, rowsWithErrors: 0 });
    expect(run.records).toMatchObject({ created: 0, updated: 0 });
  });
});
