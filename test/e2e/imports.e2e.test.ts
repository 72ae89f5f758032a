/**
 * Importing a spreadsheet in a real browser: download the template, upload a CSV, fix the mapping of a column the app
 * could not recognise, run a dry run that reports a duplicate serial by row and column, import
 * the good rows with the bad one skipped, see the progress and the result survive a reload, and
 * find the assets in the list. Photographed at desktop and phone size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  hasChromium,
  openBrowser,
  screenshots,
  seriousViolations,
  startServer,
  type RunningServer,
} from './harness.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-imports-password' };
const CSV = [
  'Tag number,Model,Category,Manufacturer,Location,Serial,Purchase date,Purchase cost',
  'E2E-001,Latitude 5440,Laptops,Dell,Main office,SN-E2E-1,2024-03-01,1299.00',
  'E2E-002,Latitude 5440,Laptops,Dell,Main office,SN-E2E-2,2024-03-01,1299.00',
  'E2E-003,Latitude 5440,Laptops,Dell,Main office,SN-E2E-1,2024-03-04,1299.00',
].join('\r\n');

describe.skipIf(!hasChromium)('importing a spreadsheet, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let unexpectedErrors: string[] = [];
  let file = '';

  beforeAll(async () => {
    server = await startServer(ADMIN);
    const session = await openBrowser();
    browser = session.browser;
    page = session.page;
    unexpectedErrors = session.unexpectedErrors;
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qm-e2e-import-')), 'laptops.csv');
    fs.writeFileSync(file, CSV);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads, maps, dry-runs, imports the good rows and shows the assets', async () => {
    await page
      .getByRole('link', { name: /^Import/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await screenshots(page, 'imports-upload');

    // The template downloads as a workbook.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Template (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('import-template-assets.xlsx');
    const saved = path.join(path.dirname(file), 'template.xlsx');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('heading', { level: 1, name: 'laptops.csv' }).waitFor();
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();

    // "Tag number" is not a name the app knows: map it by hand.
    const tagSelect = page.locator('input[aria-label="Field for column A (Tag number)"]');
    await tagSelect.click();
    await tagSelect.fill('Asset tag');
    await page.getByRole('option', { name: 'Asset tag', exact: true }).click();
    expect(await tagSelect.inputValue()).toBe('Asset tag');
    await screenshots(page, 'imports-mapping');

    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dry run' }).waitFor({ timeout: 30_000 });
    const problems = page.getByRole('table', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toContain('the serial "SN-E2E-1" is also in row 2');
    expect(await problems.textContent()).toContain('F (Serial)');
    const summary = page
      .getByRole('region', { name: 'Summary of the last run' })
      .or(page.getByLabel('Summary of the last run'));
    expect(await summary.first().textContent()).toMatch(/2assets to be created/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'imports-dry-run');

    await page.getByRole('checkbox', { name: /Skip rows with errors/ }).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'See the assets' }).waitFor({ timeout: 30_000 });
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'See the assets' }).waitFor();
    expect(await page.getByLabel('Summary of the last run').textContent()).toMatch(/2assets created/);
    await screenshots(page, 'imports-done');

    await page.getByRole('link', { name: 'See the assets' }).click();
    await page.getByText('E2E-001').first().waitFor();
    await page.getByText('E2E-002').first().waitFor();
    expect(await page.getByText('E2E-003').count()).toBe(0);
    expect(unexpectedErrors).toEqual([]);
  });

  it('imports people: the type chosen on upload, the dry run says who would be created, the import creates them', async () => {
    const people = path.join(path.dirname(file), 'people.csv');
    fs.writeFileSync(
      people,
      'Name,Email,Employee number,Department\r\nAda Lovelace,ada@example.com,E2E-P1,Engineering\r\nAlan Turing,alan@example.com,E2E-P2,Engineering\r\n',
    );
    await page.goto(`${server.baseUrl}/imports`);
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByLabel('The rows are', { exact: true }).first().click();
    await page.getByRole('option', { name: 'People', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(people);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('heading', { level: 1, name: 'people.csv' }).waitFor();
    await page.getByRole('button', { name: 'Dry run' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dry run' }).waitFor({ timeout: 30_000 });
    const summary = page.getByLabel('Summary of the last run');
    expect(await summary.textContent()).toMatch(/2people to be created/);
    expect(await summary.textContent()).toMatch(/Would also create: 1 departments/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'See the people' }).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Summary of the last run').textContent()).toMatch(/2people created/);
    await screenshots(page, 'imports-people-done');
    await page.getByRole('link', { name: 'See the people' }).click();
    await page.getByText('Ada Lovelace').first().waitFor();
    expect(unexpectedErrors).toEqual([]);
  });
});
