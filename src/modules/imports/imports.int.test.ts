import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestEnv, makeUser, type TestEnv, type TestUser } from '../../../test/helpers/harness.js';
import { queryRows } from '../../platform/db/database.js';
import type { ImportView } from './import-presenter.js';

const SNIPE = path.resolve(
  process.env.QM_FIXTURES ?? path.resolve(import.meta.dirname, '../../../../shared/fixtures'),
  'snipe-it',
);

let env: TestEnv;
let manager: TestUser;
let viewer: TestUser;
let dataDir: string;

beforeAll(async () => {
  env = await createTestEnv({ jobs: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-imports-int-'));
  env.services.config.dataDir = dataDir;
  manager = await makeUser(env.services, { role: 'asset_manager' });
  viewer = await makeUser(env.services, { role: 'viewer' });
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function upload(body: Buffer | string, fileName: string, headers = manager.auth) {
  return env.app.inject({
    method: 'POST',
    url: `/api/v1/imports?type=assets&fileName=${encodeURIComponent(fileName)}`,
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: body,
  });
}

async function settle(id: string): Promise<ImportView> {
  for (let i = 0; i < 300; i++) {
    const view = (await env.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: manager.auth })).json();
    if (!['checking', 'committing'].includes(view.state)) return view as ImportView;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

describe('imports over the API', () => {
  it('uploads the Snipe-IT sample, maps it with the Snipe-IT preset, dry-runs, commits, and reports', async () => {
    const res = await upload(fs.readFileSync(path.join(SNIPE, 'assets-sample.csv')), 'assets-sample.csv');
    expect(res.statusCode).toBe(201);
    const created = res.json() as ImportView;
    expect(created).toMatchObject({ state: 'uploaded', importType: 'assets', format: 'csv' });
    expect(created.mapping?.preset).toBe('snipe-it');
    expect(created.preview.headers.map((h) => h.header)).toContain('Asset Tag');

    const dry = await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${created.id}/run`,
      headers: manager.auth,
      payload: { dryRun: true },
    });
    expect(dry.statusCode).toBe(202);
    const checked = await settle(created.id);
    expect(checked).toMatchObject({ state: 'checked', lastRun: { dryRun: true, rows: 22, rowsWithErrors: 0 } });
    expect(checked.lastRun!.assets.created).toBe(22);
    expect(checked.job?.status).toBe('completed');

    await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${created.id}/run`,
      headers: manager.auth,
      payload: { dryRun: false },
    });
    const committed = await settle(created.id);
    expect(committed).toMatchObject({ state: 'committed', lastRun: { committed: true, assets: { created: 22 } } });
    const [row] = await queryRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from asset_events where source = 'import' and data ->> 'importId' = ${created.id}`,
    );
    expect(row!.n).toBe(22);

    const again = await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${created.id}/run`,
      headers: manager.auth,
      payload: { dryRun: false },
    });
    expect(again.statusCode).toBe(409);
  });

  it('reports the problems of a bad file per row and column, as JSON and CSV, and writes nothing', async () => {
    const before = await queryRows<{ n: number }>(env.db, sql`select count(*)::int as n from assets`);
    const res = await upload(fs.readFileSync(path.join(SNIPE, 'assets-sample-BAD.csv')), 'assets-sample-BAD.csv');
    const id = (res.json() as ImportView).id;
    await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${id}/run`,
      headers: manager.auth,
      payload: { dryRun: false },
    });
    const view = await settle(id);
    expect(view.state).toBe('checked');
    expect(view.lastRun).toMatchObject({ committed: false, rows: 200 });
    expect(view.lastRun!.refused).toMatch(/nothing was imported/);
    const page = (
      await env.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/problems?limit=5`, headers: manager.auth })
    ).json();
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeTruthy();
    const csv = await env.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${id}/problems.csv`,
      headers: manager.auth,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]!.replace(/^\ufeff/, '')).toBe('Row,Column,Header,Field,Severity,Code,Message');
    expect(lines.some((l) => l.includes('scientific_notation'))).toBe(true);
    const after = await queryRows<{ n: number }>(env.db, sql`select count(*)::int as n from assets`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses unreadable files with a clear message and keeps nothing', async () => {
    const cases: [Buffer | string, string, RegExp][] = [
      ['', 'empty.csv', /empty/i],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]), 'truncated.xlsx', /.+/],
      [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]), 'binary.csv', /.+/],
    ];
    const stored = () =>
      fs.existsSync(path.join(dataDir, 'imports')) ? fs.readdirSync(path.join(dataDir, 'imports')).length : 0;
    const files = stored();
    for (const [body, name, message] of cases) {
      const res = await upload(body, name);
      expect(res.statusCode, name).toBe(422);
      expect(res.json().detail ?? res.json().title, name).toMatch(message);
    }
    expect(stored()).toBe(files);
  });

  it('says clearly that licences are not importable yet', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/imports?type=licences&fileName=licenses.csv',
      headers: { ...manager.auth, 'content-type': 'text/csv' },
      payload: fs.readFileSync(path.join(SNIPE, 'licenses-sample.csv')),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/not importable yet/);
  });

  it('imports people over the API: the type on upload, a dry run, then the commit as a job', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/imports?type=people&fileName=people.csv',
      headers: { ...manager.auth, 'content-type': 'text/csv' },
      payload: 'Name,Email,Employee number,Department\nAda Lovelace,ada@example.com,API-P1,Engineering\n',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as ImportView).id;
    for (const dryRun of [true, false]) {
      const run = await env.app.inject({
        method: 'POST',
        url: `/api/v1/imports/${id}/run`,
        headers: manager.auth,
        payload: { dryRun },
      });
      expect(run.statusCode, run.body).toBe(202);
      const view = await settle(id);
      expect(view.lastError).toBeNull();
      expect(view.state).toBe(dryRun ? 'checked' : 'committed');
      expect(view.lastRun?.records).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 });
      expect(view.lastRun?.references.departments).toBe(1);
    }
  });

  it('lets only people who may change inventory import, and shows imports to their owner', async () => {
    const refused = await upload('Asset Tag,Model\nA-1,X\n', 'a.csv', viewer.auth);
    expect(refused.statusCode).toBe(403);
    const mine = await upload('Asset Tag,Model,Category,Location\nA-1,X,Laptops,HQ\n', 'a.csv');
    const id = mine.json().id;
    const other = await env.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: viewer.auth });
    expect(other.statusCode).toBe(404);
  });

  it('adjusts the mapping, saves it for reuse, and applies it to the next file', async () => {
    const res = await upload('Tag number,Model,Category,Location\nM-1,X,Laptops,HQ\n', 'm.csv');
    const view = res.json() as ImportView;
    const mapping = {
      ...view.mapping!,
      columns: view.mapping!.columns.map((c) =>
        c.header === 'Tag number' ? { ...c, target: 'tag', source: 'manual' } : c,
      ),
    };
    const put = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/imports/${view.id}/mapping`,
      headers: manager.auth,
      payload: { mapping, saveAs: 'Our laptops' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().mapping.columns[0].target).toBe('tag');
    const saved = (
      await env.app.inject({ method: 'GET', url: '/api/v1/imports/mappings', headers: manager.auth })
    ).json();
    const entry = saved.items.find((m: { name: string }) => m.name === 'Our laptops');
    expect(entry).toBeTruthy();
    const next = await env.app.inject({
      method: 'POST',
      url: `/api/v1/imports?type=assets&fileName=n.csv&mappingId=${entry.id}`,
      headers: { ...manager.auth, 'content-type': 'text/csv' },
      payload: 'Location,Tag number,Model,Category\nHQ,N-1,X,Laptops\n',
    });
    expect(next.json().mapping.columns.find((c: { header: string }) => c.header === 'Tag number').target).toBe('tag');
  });

  it('gives a template per category that maps itself: the built-in fields, the custom fields, drop-downs and instructions', async () => {
    const category = await env.app.inject({
      method: 'POST',
      url: '/api/v1/categories',
      headers: manager.auth,
      payload: { name: 'Template laptops', kind: 'hardware' },
    });
    expect(category.statusCode).toBe(201);
    const categoryId = category.json().id;
    const field = await env.app.inject({
      method: 'POST',
      url: `/api/v1/categories/${categoryId}/fields`,
      headers: manager.auth,
      payload: { key: 'ram_gb', label: 'RAM (GB)', type: 'number' },
    });
    expect(field.statusCode, field.body).toBe(201);

    const xlsx = await env.app.inject({
      method: 'GET',
      url: `/api/v1/imports/templates/assets.xlsx?categoryId=${categoryId}`,
      headers: manager.auth,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/import-template-template-laptops\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Assets', 'Lists', 'Examples', 'Instructions']);
    const headers = (workbook.getWorksheet('Assets')!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Asset tag');
    expect(headers).toContain('RAM (GB)');
    const status = workbook.getWorksheet('Assets')!.getCell('G2').dataValidation;
    expect(status?.type).toBe('list');
    expect(workbook.getWorksheet('Instructions')!.rowCount).toBeGreaterThan(headers.length);

    // Uploaded back, every column maps by itself.
    const uploaded = await env.app.inject({
      method: 'POST',
      url: '/api/v1/imports?type=assets&fileName=template.xlsx',
      headers: { ...manager.auth, 'content-type': 'application/octet-stream' },
      payload: xlsx.rawPayload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const mapping = (uploaded.json() as ImportView).mapping!;
    expect(mapping.columns.filter((c) => c.target === null)).toEqual([]);
    expect(mapping.columns.find((c) => c.header === 'RAM (GB)')?.target).toBe('custom:ram_gb');

    const csv = await env.app.inject({
      method: 'GET',
      url: '/api/v1/imports/templates/assets.csv',
      headers: manager.auth,
    });
    expect(csv.body.replace(/^\ufeff/, '').split(',')[0]).toBe('Asset tag');
  });
});
