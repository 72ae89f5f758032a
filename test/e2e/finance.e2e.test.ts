/**
 * Financials in a real browser, on a fresh installation: laptops and servers bought over the last
 * years (through the API), an asset's Financial tab with its book values in the financial and tax
 * books, the schedule table and chart; then the Finance page's replacement budget chart and table.
 * Then finance's own settings: a profile edited on the Books page (the API's field errors beside
 * the fields, the refusal to change a profile in use without saying when, a stale edit), and a cost
 * recorded on the Financial tab changing the total cost of ownership.
 * Each page is checked with axe-core and photographed at desktop and phone size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  hasChromium,
  openBrowser,
  screenshots,
  expectAccessible,
  signedInApi,
  startServer,
  type RunningServer,
} from './harness.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-finance-password' };

describe.skipIf(!hasChromium)('financials, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof signedInApi>>;
  let unexpectedErrors: string[] = [];
  let laptopTag = '';
  let laptopId = '';

  beforeAll(async () => {
    server = await startServer(ADMIN);
    api = await signedInApi(server.baseUrl, ADMIN);
    const post = api.post;
    const site = await post('/api/v1/locations', { kind: 'site', code: 'LYS', name: 'Lyon' });
    const stockroom = await post('/api/v1/locations', {
      kind: 'stockroom',
      code: 'LYS-STOCK',
      name: 'Lyon stockroom',
      parentId: site.id,
    });
    const laptops = await post('/api/v1/categories', { name: 'Laptops', kind: 'hardware' });
    const servers = await post('/api/v1/categories', { name: 'Servers', kind: 'hardware' });
    const laptop = await post('/api/v1/models', {
      categoryId: laptops.id,
      name: 'Latitude 7450',
      tracking: 'individual',
      expectedLifeMonths: 36,
      defaultUnitCost: '1450.00',
      currency: 'EUR',
    });
    const server1 = await post('/api/v1/models', {
      categoryId: servers.id,
      name: 'PowerEdge R760',
      tracking: 'individual',
      expectedLifeMonths: 60,
      defaultUnitCost: '12000.00',
      currency: 'EUR',
    });
    const year = new Date().getUTCFullYear();
    const buys: [string, string, string, number][] = [
      [laptop.id, '1399.00', `${year - 2}-03-14`, 1],
      [laptop.id, '1420.00', `${year - 2}-09-02`, 3],
      [laptop.id, '1450.00', `${year - 1}-05-20`, 2],
      [server1.id, '11800.00', `${year - 4}-02-01`, 1],
      [server1.id, '12500.00', `${year - 3}-11-15`, 1],
    ];
    for (const [modelId, purchaseCost, purchaseDate, n] of buys) {
      const received = await post<{ items: { id: string; tag: string }[] }>('/api/v1/assets/receive', {
        modelId,
        locationId: stockroom.id,
        purchaseCost,
        purchaseDate,
        currency: 'EUR',
        items: Array.from({ length: n }, () => ({})),
      });
      if (!laptopId) {
        laptopId = received.items[0]!.id;
        laptopTag = received.items[0]!.tag;
      }
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
  });

  it("shows an asset's book values per book, its schedule and chart on the Financial tab", async () => {
    await page.goto(`${server.baseUrl}/assets/${laptopId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(laptopTag) }).waitFor();
    await page.getByRole('tab', { name: 'Financial' }).click();
    await page.getByRole('heading', { name: 'Cost and life' }).waitFor();
    await page.getByRole('heading', { name: /^Financial/ }).waitFor();
    await page.getByRole('heading', { name: /^Tax/ }).waitFor();
    await expect(page.getByText(/Straight line, 36 months, full first month/).count()).resolves.toBe(1);
    await expect(page.getByText(/MACRS GDS, 5-year, half-year/).count()).resolves.toBe(1);
    const schedule = page.getByRole('table', { name: 'Schedule in the Financial book' });
    await schedule.waitFor();
    // Straight line over 36 months from March: four fiscal (calendar) years, the first and last part years.
    await expect(schedule.getByRole('row').count()).resolves.toBe(1 + 4);
    await expect(page.locator('.recharts-surface').count()).resolves.toBeGreaterThan(0);
    await page.locator('label', { hasText: 'By month' }).click();
    await expect(schedule.getByRole('row').count()).resolves.toBe(1 + 36);
    await page.locator('label', { hasText: 'By fiscal year' }).click();
    await expectAccessible(page, 'the Financial tab');
    await screenshots(page, 'finance-asset-tab');
  });

  it('shows the replacement budget per quarter as a chart and a table, with exports', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Finance', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
    await page.getByRole('heading', { name: 'Replacement budget per quarter' }).waitFor();
    await expect(page.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /Replacement budget per quarter, cost centre and category/ });
    await expect(table.getByRole('row', { name: /Laptops/ }).count()).resolves.toBeGreaterThan(0);
    const csv = await page.getByRole('link', { name: 'CSV' }).first().getAttribute('href');
    const file = await page.request.get(`${server.baseUrl}${csv}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('Quarter,Cost centre,Category,Assets,Replacement cost');
    await expectAccessible(page, 'the replacement budget');
    await screenshots(page, 'finance-replacement-budget');

    await page.getByRole('tab', { name: 'Book values' }).click();
    await page.getByRole('table', { name: 'Book value register' }).waitFor();
    await expect(page.getByText('Assets held').count()).resolves.toBe(1);
    await expectAccessible(page, 'the book value register');
    await screenshots(page, 'finance-book-values');

    await page.getByRole('tab', { name: 'Forecast' }).click();
    await page.getByRole('table', { name: 'Depreciation forecast' }).waitFor();
    await screenshots(page, 'finance-forecast');
    expect(unexpectedErrors).toEqual([]);
  });

  it('edits a depreciation profile on the Books page, with the API’s errors and the in-use rule', async () => {
    await page.goto(`${server.baseUrl}/finance`);
    await page.getByRole('link', { name: 'Books and depreciation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Books and depreciation' }).waitFor();
    const profiles = page.getByRole('table', { name: 'Profiles in Financial' });
    await profiles.getByRole('row', { name: /Straight line, 3 years/ }).waitFor();
    await page.getByRole('button', { name: 'Edit Straight line, 3 years' }).click();
    const form = page.getByRole('form', { name: 'Edit profile' });
    await form.waitFor();
    // The engine's rule comes back from the API and shows under the life field.
    await form.getByRole('textbox', { name: 'Useful life (months)' }).fill('0');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.getByText(/life/i).filter({ hasNotText: 'Useful life' }).first().waitFor();
    // A valid change of a profile assets follow, without saying when: refused, and said so.
    await form.getByRole('textbox', { name: 'Useful life (months)' }).fill('48');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.getByRole('alert').filter({ hasText: 'This profile is in use' }).waitFor();
    await screenshots(page, 'finance-profile-in-use');
    await form.getByRole('radio', { name: 'From the month of' }).check();
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.waitFor({ state: 'detached' });
    await profiles.getByRole('row', { name: /Straight line, 48 months.*from \d{4}-\d{2}-01/ }).waitFor();
    await expectAccessible(page, 'the Books page');
    await screenshots(page, 'finance-books');

    // Someone else saves the profile while the form is open: the save says so.
    await page.getByRole('button', { name: 'Edit Straight line, 3 years' }).click();
    const stale = page.getByRole('form', { name: 'Edit profile' });
    await stale.waitFor();
    const books = await api.get<{ items: { id: string; code: string }[] }>('/api/v1/depreciation-books');
    const financial = books.items.find((b) => b.code === 'financial')!;
    const list = await api.get<{ items: { id: string; name: string; version: number }[] }>(
      `/api/v1/depreciation-books/${financial.id}/profiles`,
    );
    const profile = list.items.find((p) => p.name === 'Straight line, 3 years')!;
    await api.patch(`/api/v1/depreciation-profiles/${profile.id}`, { version: profile.version, name: 'SL (3 years)' });
    await stale.getByRole('textbox', { name: 'Name' }).fill('Straight line, renamed');
    await stale.getByRole('button', { name: 'Save profile' }).click();
    await stale.getByText('Someone else changed this profile').waitFor();
    await stale.getByRole('button', { name: 'Reload' }).click();
    await profiles.getByRole('row', { name: /SL \(3 years\)/ }).waitFor();
    // The refusals above are answers the page expects (400, 409), logged by the browser all the same.
    expect(unexpectedErrors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
  });

  it('records a repair on the Financial tab and the total cost of ownership follows', async () => {
    await page.goto(`${server.baseUrl}/assets/${laptopId}?tab=financial`);
    await page.getByRole('heading', { name: 'Total cost of ownership' }).waitFor();
    const total = page.getByTestId('tco-total');
    await expect(total.textContent()).resolves.toMatch(/1,399\.00/);
    await page.getByRole('button', { name: 'Record a cost' }).click();
    const form = page.getByRole('form', { name: 'Record a cost' });
    await form.getByRole('textbox', { name: 'Amount' }).fill('0');
    await form.getByRole('button', { name: 'Record cost' }).click();
    await form.getByText('The amount must be more than zero.').waitFor();
    await form.getByRole('textbox', { name: 'Amount' }).fill('250.50');
    await form.getByRole('textbox', { name: 'Note' }).fill('Keyboard replaced');
    await form.getByRole('button', { name: 'Record cost' }).click();
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Recorded costs' })
      .getByRole('row', { name: /Keyboard replaced/ })
      .waitFor();
    await expect(total.textContent()).resolves.toMatch(/1,649\.50/);
    await expectAccessible(page, 'the Financial tab with costs');
    await screenshots(page, 'finance-asset-tco');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Cost recorded').first().waitFor();
    expect(unexpectedErrors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
  });
});
