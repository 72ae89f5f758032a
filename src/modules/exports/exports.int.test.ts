import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import type { ImportView } from '../imports/import-presenter.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../shared/fixtures'),
  'snipe-it',
);

let env: TestEnv;
let manager: TestUser;
let dataDir: string;

beforeAll(async () => {
  env = await createTestEnv({ jobs: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-exports-int-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function importFile(body: Buffer | string, fileName: string, contentType = 'text/csv'): Promise<ImportView> {
  const res = await env.app.inject({
    method: 'POST',
    url: `/api/v1/imports?type=assets&fileName=${fileName}`,
    headers: { ...manager.auth, 'content-type': contentType },
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await env.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${id}/run`,
    headers: manager.auth,
    payload: { dryRun: false },
  });
  for (let i = 0; i < 300; i++) {
    const view = (await env.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: manager.auth })).json();
    if (!['checking', 'committing'].includes(view.state)) return view as ImportView;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

describe('exporting assets', () => {
  it('exports the filtered list as CSV and XLSX, and the export imports back with nothing to change', async () => {
    const first = await importFile(fs.readFileSync(path.join(SNIPE, 'assets-sample.csv')), 'assets-sample.csv');
    expect(first.lastRun).toMatchObject({ committed: true, assets: { created: 22 } });

    const csv = await env.app.inject({ method: 'GET', url: '/api/v1/exports/assets.csv', headers: manager.auth });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]!.startsWith('Asset tag,Serial number,Asset name,Model,Manufacturer')).toBe(true);

    const inUse = await env.app.inject({
      method: 'GET',
      url: '/api/v1/exports/assets.csv?status=in_use',
      headers: manager.auth,
    });
    expect(inUse.body.trim().split('\r\n')).toHaveLength(18);

    const again = await importFile(csv.body, 'export.csv');
    expect(again.lastRun).toMatchObject({ committed: true, rowsWithErrors: 0 });
    expect(again.lastRun!.assets).toMatchObject({ created: 0, updated: 0, unchanged: 22 });

    const xlsx = await env.app.inject({ method: 'GET', url: '/api/v1/exports/assets.xlsx', headers: manager.auth });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Assets')!.rowCount).toBe(23);
    const fromXlsx = await importFile(xlsx.rawPayload, 'export.xlsx', 'application/octet-stream');
    expect(fromXlsx.lastRun).toMatchObject({ committed: true, rowsWithErrors: 0 });
    expect(fromXlsx.lastRun!.assets).toMatchObject({ created: 0, updated: 0, unchanged: 22 });
  });
});
