/**
 * The asset registry in a real browser, on a fresh installation: build a location tree, create a
 * category with a custom field, a manufacturer, a model and a person, receive three assets by
 * "scanning" their serials, check one out to the person, and find it on the person's page, in the
 * asset's timeline and in the stock levels. Every new page is checked with axe-core and
 * photographed at desktop and phone size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, openBrowser, screenshots, expectAccessible, startServer, type RunningServer } from './harness.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-registry-password' };
const SERIALS = ['E2E-SN-0001', 'E2E-SN-0002', 'E2E-SN-0003'];

describe.skipIf(!hasChromium)('the asset registry, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let unexpectedErrors: string[] = [];
  let tags: string[] = [];

  async function navigate(label: string, heading: string | RegExp) {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: label, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  /** Types into a search-as-you-type picker and picks the option named `option`. */
  async function pick(
    label: string,
    text: string,
    option: string | RegExp,
    scope: Page | ReturnType<Page['getByRole']> = page,
  ) {
    const input = scope.getByRole('textbox', { name: label, exact: true });
    await input.click();
    await input.fill(text);
    await page.getByRole('option', { name: option }).first().click();
  }

  /** Toasts fade out on their own; axe would otherwise judge them half transparent. */
  async function dismissToasts() {
    for (const close of await page.getByRole('button', { name: 'Close notification' }).all()) {
      await close.click().catch(() => undefined);
    }
    await page
      .getByRole('alert')
      .filter({ has: page.getByRole('button', { name: 'Close notification' }) })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.mouse.move(5, 5);
  }

  beforeAll(async () => {
    server = await startServer(ADMIN);
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
    await browser?.close();
    await server?.stop();
  });

  it('starts empty and says what to do next', async () => {
    await navigate('Assets', 'Assets');
    await page.getByText('No assets yet').waitFor();
    await expect(page.getByText('npx qm seed --demo').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'the empty asset list');
  });

  it('builds a location tree: a site with a stockroom inside', async () => {
    await navigate('Locations', 'Locations');
    await page.getByText('No locations yet').waitFor();
    await page.getByRole('button', { name: 'New site' }).click();
    let dialog = page.getByRole('dialog', { name: 'New location' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Lyon');
    await dialog.getByRole('textbox', { name: 'Code', exact: true }).fill('LYS');
    await dialog.getByRole('textbox', { name: 'Address', exact: true }).fill('12 rue de la République\n69002 Lyon');
    await dialog.getByRole('button', { name: 'Create location' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lyon' }).waitFor();
    await expectAccessible(page, 'a site');

    await page.getByRole('button', { name: 'Add inside' }).first().click();
    dialog = page.getByRole('dialog', { name: 'New location' });
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Stockroom' }).click();
    // The parent is the site we came from.
    await expect(dialog.getByRole('textbox', { name: 'Inside', exact: true }).inputValue()).resolves.toBe('Lyon (LYS)');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Lyon stockroom');
    await dialog.getByRole('textbox', { name: 'Code', exact: true }).fill('LYS-STOCK');
    await dialog.getByRole('button', { name: 'Create location' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lyon stockroom' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).textContent()).resolves.toContain('Lyon');

    // The tree opens level by level.
    await navigate('Locations', 'Locations');
    await page.getByRole('button', { name: 'Open Lyon' }).click();
    await page.getByRole('list', { name: 'Lyon' }).getByRole('link', { name: 'Lyon stockroom' }).waitFor();
    await dismissToasts();
    await expectAccessible(page, 'the location tree');
    await screenshots(page, 'registry-location-tree');

    // Search by code finds it with its breadcrumb.
    await page.getByRole('textbox', { name: 'Search', exact: true }).fill('lys-st');
    await page.waitForURL(/[?&]q=lys-st/);
    await page
      .getByRole('list', { name: 'Matching locations' })
      .getByRole('link', { name: 'Lyon stockroom' })
      .waitFor();
  });

  it('creates a category with a custom field, and a manufacturer', async () => {
    await navigate('Catalogue', 'Models');
    const catalogue = page.getByRole('navigation', { name: 'Catalogue' });
    await catalogue.getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    await page.getByRole('button', { name: 'New category' }).click();
    let dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Laptops');
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laptops' }).waitFor();

    await page.getByRole('button', { name: 'Add field' }).click();
    dialog = page.getByRole('dialog', { name: 'New custom field' });
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('RAM (GB)');
    await expect(dialog.getByRole('textbox', { name: 'Key', exact: true }).inputValue()).resolves.toBe('ram_gb');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Number' }).click();
    await dialog.getByRole('switch', { name: 'Required' }).check();
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('table', { name: 'Custom fields' }).getByText('ram_gb').waitFor();
    await dismissToasts();
    await expectAccessible(page, 'a category with its custom fields');

    await navigate('Catalogue', 'Models');
    await page.getByRole('navigation', { name: 'Catalogue' }).getByRole('link', { name: 'Manufacturers' }).click();
    await page.getByRole('button', { name: 'New manufacturer' }).click();
    dialog = page.getByRole('dialog', { name: 'New manufacturer' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Dell');
    await dialog.getByRole('textbox', { name: 'Website', exact: true }).fill('https://www.dell.com');
    await dialog.getByRole('button', { name: 'Create manufacturer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dell' }).waitFor();
    await dismissToasts();
    await expectAccessible(page, 'a manufacturer');
  });

  it('creates a model with its GTIN, cost and minimum stock', async () => {
    await navigate('Catalogue', 'Models');
    await page.getByRole('link', { name: 'New model' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New model' }).waitFor();
    await pick('Category', 'Lap', 'Laptops');
    await pick('Manufacturer', 'De', 'Dell');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Latitude 7450');
    await page.getByRole('textbox', { name: 'Model number', exact: true }).fill('LAT7450-I7');
    const gtins = page.getByRole('combobox', { name: 'GTINs (EAN / UPC barcodes)' });
    await gtins.fill('5401234567898');
    await gtins.press('Enter');
    await page.getByRole('textbox', { name: 'Default unit cost', exact: true }).fill('1299.00');
    await page.getByRole('textbox', { name: 'Currency', exact: true }).fill('EUR');
    await page.getByRole('textbox', { name: 'Expected life (months)', exact: true }).fill('48');
    await page.getByRole('textbox', { name: 'Minimum stock', exact: true }).fill('5');
    await expectAccessible(page, 'the model form');
    await screenshots(page, 'registry-model-form');

    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByRole('heading', { level: 1, name: 'Latitude 7450' }).waitFor();
    await page.getByText('€1,299.00').waitFor();
    await page.getByText('4 years').waitFor();
    await dismissToasts();
    await expectAccessible(page, 'a model');
  });

  it('adds the person who will receive a laptop', async () => {
    await navigate('People', 'People');
    await page.getByRole('button', { name: 'New person' }).click();
    const dialog = page.getByRole('dialog', { name: 'New person' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada Lovelace');
    await dialog.getByRole('textbox', { name: 'E-mail', exact: true }).fill('ada@example.com');
    await dialog.getByRole('textbox', { name: 'Employee number', exact: true }).fill('E-1815');
    await dialog.getByRole('textbox', { name: 'Job title', exact: true }).fill('Analyst');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: /Ada Lovelace/ }).waitFor();
    await page.getByText('Ada Lovelace holds nothing').waitFor();
  });

  it('receives three laptops by scanning the stockroom and their serials', async () => {
    await navigate('Receive', 'Receive a delivery');
    await pick('Model', 'Latitude', 'Latitude 7450');
    // A scanned stockroom barcode: the code, then Enter.
    const stockroom = page.getByRole('textbox', { name: 'Stockroom', exact: true });
    await stockroom.click();
    await stockroom.fill('LYS-STOCK');
    await stockroom.press('Enter');
    await expect.poll(() => stockroom.inputValue()).toBe('Lyon stockroom (LYS-STOCK)');
    // The category's required field, the same for the whole delivery.
    await page.getByRole('textbox', { name: 'RAM (GB)', exact: true }).fill('16');
    await expect(page.getByRole('textbox', { name: 'Cost per unit', exact: true }).inputValue()).resolves.toBe(
      '1299.00',
    );

    const serial = page.getByRole('textbox', { name: 'Serial number', exact: true });
    for (const s of SERIALS) {
      await serial.fill(s);
      await serial.press('Enter');
    }
    // A serial scanned twice is refused, and the list keeps one.
    await serial.fill(SERIALS[0]!);
    await serial.press('Enter');
    await page.getByText(`${SERIALS[0]} is already in the list.`).waitFor();
    const units = page.getByRole('list', { name: 'Units to receive' }).getByRole('listitem');
    await expect(units.count()).resolves.toBe(3);
    await expectAccessible(page, 'the receive page');
    await screenshots(page, 'registry-receive');

    await page.getByRole('button', { name: 'Receive 3 units' }).click();
    await page.getByText('3 units received', { exact: true }).waitFor();
    tags = await page.getByRole('list', { name: 'Created tags' }).getByRole('link').allTextContents();
    expect(tags).toHaveLength(3);
    await dismissToasts();
    await expectAccessible(page, 'the received delivery');
  });

  it('lists the assets, sorts them and keeps the view in the URL', async () => {
    await navigate('Assets', 'Assets');
    const table = page.getByRole('table', { name: 'Assets' });
    for (const tag of tags) await table.getByRole('link', { name: tag }).waitFor();
    // The total of what the filters match, not only what is on screen.
    await page.getByText('3 assets · 3 shown').waitFor();
    await page.getByRole('button', { name: /^Sort by Tag/ }).click();
    await page.waitForURL(/[?&]sort=-tag/);
    await expect.poll(() => table.getByRole('link').first().textContent()).toBe([...tags].sort().at(-1));
    await page.getByRole('button', { name: 'Columns' }).click();
    // The view's columns live in the URL; the checkbox follows it.
    await page.getByRole('checkbox', { name: 'Purchased' }).click();
    await page.waitForURL(/[?&]cols=/);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Purchased' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await table.getByRole('columnheader', { name: /Purchased/ }).waitFor();
    // The search box narrows the list through the URL (three characters: a substring, not a fuzzy match).
    await page.getByRole('textbox', { name: 'Search', exact: true }).fill('002');
    await page.waitForURL(/[?&]q=002/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByText('1 asset · 1 shown').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    await expectAccessible(page, 'the asset list');
    await screenshots(page, 'registry-asset-list');
  });

  it('checks one out to the person and shows it in the timeline', async () => {
    const tag = [...tags].sort()[0]!;
    await page.getByRole('table', { name: 'Assets' }).getByRole('link', { name: tag }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(tag) }).waitFor();
    await page.getByRole('button', { name: 'Check out' }).click();
    const dialog = page.getByRole('dialog', { name: `Check out ${tag}` });
    await pick('Person', 'Ada', 'Ada Lovelace', dialog);
    await dialog.getByRole('textbox', { name: 'Request reference', exact: true }).fill('REQ-42');
    await dialog.getByRole('button', { name: 'Check out to Ada Lovelace' }).click();
    await page.getByText(`${tag} checked out to Ada Lovelace.`).waitFor();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${tag}.*In use`, 'i') }).waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.waitForURL(/[?&]tab=history/);
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText('Checked out').waitFor();
    await history.getByText('Received').waitFor();
    await history.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await history.getByText('Request REQ-42').waitFor();
    await history.getByRole('link', { name: 'Lyon stockroom' }).first().waitFor();
    await dismissToasts();
    await expectAccessible(page, 'the asset page with its timeline');
    await screenshots(page, 'registry-asset-timeline');

    await page.getByRole('tab', { name: 'Purchase' }).click();
    await page.getByText('€1,299.00').waitFor();
    await page.getByRole('tab', { name: 'Fields' }).click();
    await page.getByText('RAM (GB)').waitFor();
  });

  it('shows the refusal the server gives, in its own words', async () => {
    await navigate('Assets', 'Assets');
    await page.getByRole('checkbox', { name: 'Select all listed' }).check();
    const bar = page.getByRole('region', { name: 'Selected assets' });
    await bar.getByText('3 assets selected').waitFor();
    await bar.getByRole('button', { name: 'Retire' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retire 3 assets' });
    await dialog.getByRole('button', { name: 'Retire 3 assets' }).click();
    await dialog.getByText(/is in use; check it in before retiring it/).waitFor();
    // The browser logs the refused request; that one was expected.
    unexpectedErrors.splice(0, unexpectedErrors.length, ...unexpectedErrors.filter((e) => !/status of 409/.test(e)));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await bar.getByRole('button', { name: 'Clear selection' }).click();
  });

  it('shows what the person holds on their page', async () => {
    const tag = [...tags].sort()[0]!;
    await navigate('People', 'People');
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: /Ada Lovelace/ }).waitFor();
    await page.getByRole('table', { name: 'Held by Ada Lovelace' }).getByRole('link', { name: tag }).waitFor();
    await page.getByText('1 asset checked out to Ada Lovelace.').waitFor();
    await expectAccessible(page, 'the person page');
    await screenshots(page, 'registry-person');
  });

  it('counts the stock over the site: two in stock, one in use, below the minimum of five', async () => {
    await navigate('Stock levels', 'Stock levels');
    await pick('Location (and below)', 'Lyon', /^Lyon \(LYS\)/);
    await page.waitForURL(/[?&]locationId=/);
    const row = page.getByRole('table', { name: 'Stock levels' }).getByRole('row').filter({ hasText: 'Latitude 7450' });
    await row.getByText('Below minimum').waitFor();
    // Model, category, in stock, in use, in repair, in transit, on order, minimum, flag.
    await expect
      .poll(async () => (await row.getByRole('cell').allTextContents()).slice(0, 8))
      .toEqual(['Latitude 7450', 'Laptops', '2', '1', '0', '0', '0', '5']);
    await expectAccessible(page, 'the stock levels');
    await screenshots(page, 'registry-stock-levels');
  });

  it('reports the stored values a changed field definition no longer fits', async () => {
    await navigate('Catalogue', 'Models');
    await page.getByRole('navigation', { name: 'Catalogue' }).getByRole('link', { name: 'Categories' }).click();
    await page.getByRole('link', { name: 'Laptops' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laptops' }).waitFor();
    await page.getByRole('button', { name: 'Edit RAM (GB)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit field RAM (GB)' });
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Date' }).click();
    await dialog.getByRole('button', { name: 'Save field' }).click();
    const report = page.getByRole('dialog', { name: 'Existing values of RAM (GB)' });
    await report.getByText('3 assets have a value that no longer fits').waitFor();
    await expect(
      report.getByRole('table', { name: 'Values that no longer fit' }).getByRole('row').count(),
    ).resolves.toBe(4);
    await expectAccessible(page, 'the report of values that no longer fit');
    await report.getByRole('button', { name: 'Close' }).first().click();
    // Back to a number: the values fit again, and nothing is reported.
    await page.getByRole('button', { name: 'Edit RAM (GB)' }).click();
    await page.getByRole('dialog', { name: 'Edit field RAM (GB)' }).getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Number' }).click();
    await page.getByRole('dialog', { name: 'Edit field RAM (GB)' }).getByRole('button', { name: 'Save field' }).click();
    await page.getByText('Field RAM (GB) saved.').last().waitFor();
    await expect(page.getByRole('dialog', { name: 'Existing values of RAM (GB)' }).count()).resolves.toBe(0);
  });

  it('grants a role for one location subtree from the user page', async () => {
    await navigate('Users', 'Users');
    await page.getByRole('button', { name: 'Invite user' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite a user' });
    await invite.getByRole('textbox', { name: 'E-mail', exact: true }).fill('lyon.tech@example.com');
    await invite.getByRole('textbox', { name: 'Name', exact: true }).fill('Lyon Technician');
    await invite.getByRole('textbox', { name: 'Password', exact: true }).fill('lyon-tech-password');
    await invite.getByRole('button', { name: 'Invite user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lyon Technician' }).waitFor();
    await pick('At', 'lys', /^Lyon \(LYS\)/);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('list', { name: 'Roles for a location' }).getByRole('link', { name: 'Lyon (LYS)' }).waitFor();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await page.getByText('Roles of lyon.tech@example.com saved.').waitFor();
    await dismissToasts();
    await expectAccessible(page, 'the role editor with a location');
  });

  it('goes anywhere from the header box: a tag, a location code, a GTIN', async () => {
    const box = page.getByRole('textbox', { name: /Find a tag/ });
    const tag = [...tags].sort()[1]!;
    await box.fill(tag.toLowerCase());
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(tag) }).waitFor();

    await box.fill('lys-stock');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lyon stockroom' }).waitFor();
    // The stockroom shows what is there.
    await page.getByRole('table', { name: 'Assets at Lyon stockroom' }).getByRole('link', { name: tag }).waitFor();

    await box.fill('5401234567898');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Latitude 7450' }).waitFor();

    await box.fill('Lovelace');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Results for “Lovelace”' }).waitFor();
    await page.getByRole('list', { name: 'Matching people' }).getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await expectAccessible(page, 'the search results');
    expect(unexpectedErrors).toEqual([]);
  });
});
