/**
 * Exports in a real browser: the export links of a filtered, sorted list download what the page
 * shows, every row of it, as CSV and as XLSX. Data is created through the API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  hasChromium,
  openBrowser,
  screenshots,
  signedInApi,
  startServer,
  type RunningServer,
} from './harness.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-exports-password' };

describe.skipIf(!hasChromium)('exports, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof signedInApi>>;
  let unexpectedErrors: string[] = [];
  let oslo = '';
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-e2e-exports-'));

  beforeAll(async () => {
    server = await startServer(ADMIN);
    api = await signedInApi(server.baseUrl, ADMIN);
    const post = api.post;
    oslo = (await post('/api/v1/locations', { kind: 'site', code: 'OSL', name: 'Oslo' })).id;
    const berlin = (await post('/api/v1/locations', { kind: 'site', code: 'BER', name: 'Berlin' })).id;
    const category = await post('/api/v1/categories', { name: 'Laptops', kind: 'hardware' });
    const model = await post('/api/v1/models', { categoryId: category.id, name: 'ThinkPad T14' });
    for (const [tag, locationId] of [
      ['OSL-001', oslo],
      ['OSL-002', oslo],
      ['OSL-003', oslo],
      ['BER-001', berlin],
      ['BER-002', berlin],
    ]) {
      await post('/api/v1/assets', { modelId: model.id, tag, locationId, purchaseCost: '1099.00' });
    }
    for (const [name, email, locationId] of [
      ['Ingrid Hansen', 'ingrid@example.com', oslo],
      ['Ola Nordmann', 'ola@example.com', oslo],
      ['Hans Müller', 'hans@example.com', berlin],
    ]) {
      await post('/api/v1/people', { name, email, locationId });
    }

    const session = await openBrowser();
    browser = session.browser;
    page = session.page;
    unexpectedErrors = session.unexpectedErrors;
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  });

  afterAll(async () => {
    await api?.dispose();
    await browser?.close();
    await server?.stop();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  async function download(name: string): Promise<{ file: string; suggested: string }> {
    const [event] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Export as ${name}` }).click(),
    ]);
    const file = path.join(downloads, event.suggestedFilename());
    await event.saveAs(file);
    return { file, suggested: event.suggestedFilename() };
  }

  it('downloads the filtered, sorted asset list as CSV from the Assets page', async () => {
    await page.goto(`${server.baseUrl}/assets?locationId=${oslo}&sort=-tag`);
    await page.getByRole('heading', { level: 1, name: 'Assets' }).waitFor();
    await page.getByRole('link', { name: 'OSL-003' }).waitFor();
    const { file, suggested } = await download('CSV');
    expect(suggested).toMatch(/^assets-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs
      .readFileSync(file, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Asset tag,Serial number,Asset name,Model,/);
    // What the page shows: Oslo's assets only, in the page's order (tag, Z to A).
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['OSL-003', 'OSL-002', 'OSL-001']);
    await expectAccessible(page, 'the Assets page with its export links');
    await screenshots(page, 'exports-assets');
  });

  it('downloads the people a search finds as XLSX from the People page', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'People', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill('ns');
    await page.waitForURL(/[?&]q=ns/);
    await page.getByRole('link', { name: 'Ingrid Hansen' }).waitFor();
    const { file, suggested } = await download('XLSX');
    expect(suggested).toMatch(/^people-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('People')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Full name', 'E-mail', 'Employee number']);
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    // "ns" finds Ingrid Hansen and Hans Müller, not Ola Nordmann; sorted by name as on the page.
    expect(names).toEqual(['Hans Müller', 'Ingrid Hansen']);
    await expectAccessible(page, 'the People page with its export links');
    await screenshots(page, 'exports-people');
    expect(unexpectedErrors).toEqual([]);
  });
});
