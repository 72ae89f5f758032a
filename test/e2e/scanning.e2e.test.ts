/**
 * The scanning station in a real browser: keystrokes as fast as a wedge scanner types them (and as
 * slow as a person), receiving three units by scanning the carton's GTIN, the stockroom and the
 * serials, moving them, then going offline, scanning twenty moves into the IndexedDB queue and
 * seeing all twenty applied when the connection returns. Photographed at desktop and phone size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ROOT,
  expectAccessible,
  hasChromium,
  openBrowser,
  screenshots,
  seriousViolations,
  signedInApi,
  startServer,
  type RunningServer,
} from './harness.js';
import { writeBarcodeVideo } from './fake-camera.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-scanning-password' };
const GTIN = '4006381333931';
const SERIALS = ['SCAN-SN-0001', 'SCAN-SN-0002', 'SCAN-SN-0003'];
/** A quantity-tracked model: USB-C cables, found by GTIN or model number. */
const CABLE_GTIN = '5901234123457';
const CABLE_NUMBER = 'CBL-USBC-1M';

describe.skipIf(!hasChromium)('the scanning station, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let unexpectedErrors: string[] = [];
  let csrf = '';
  let stockroomId = '';
  let modelId = '';
  let received: { id: string; tag: string }[] = [];

  async function call<T>(method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
    const res = await page.request.fetch(`${server.baseUrl}/api/v1${url}`, {
      method,
      headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
      ...(data ? { data: JSON.stringify(data) } : {}),
    });
    expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  /** A keyboard-wedge scanner: the whole code and Enter in a few milliseconds per key. */
  async function wedge(code: string) {
    await page.keyboard.type(code, { delay: 4 });
    await page.keyboard.press('Enter');
  }

  function feedback() {
    return page.getByRole('status').filter({ hasText: /\((scanner|typed|camera)\)/ });
  }

  async function setMode(label: string) {
    await page.getByRole('combobox', { name: 'Mode' }).selectOption({ label });
    await page.getByRole('textbox', { name: /^Scan/ }).click();
  }

  async function signIn(user: { email: string; password: string }) {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(user.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    csrf = (await call<{ csrfToken: string }>('GET', '/me')).csrfToken;
  }

  async function openSignOut() {
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
  }

  beforeAll(async () => {
    server = await startServer(ADMIN);
    const session = await openBrowser();
    browser = session.browser;
    context = session.context;
    page = session.page;
    unexpectedErrors = session.unexpectedErrors;
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    csrf = (await call<{ csrfToken: string }>('GET', '/me')).csrfToken;

    const site = await call<{ id: string }>('POST', '/locations', { kind: 'site', code: 'SCN', name: 'Scan site' });
    const stock = await call<{ id: string }>('POST', '/locations', {
      parentId: site.id,
      kind: 'stockroom',
      code: 'SCN-STOCK',
      name: 'Scan stockroom',
    });
    stockroomId = stock.id;
    await call('POST', '/locations', { parentId: stock.id, kind: 'other', code: 'SCN-SHELF', name: 'Shelf B2' });
    const category = await call<{ id: string }>('POST', '/categories', { name: 'Scanners', kind: 'hardware' });
    const model = await call<{ id: string }>('POST', '/models', {
      categoryId: category.id,
      name: 'Zebra DS2208',
      gtins: [GTIN],
    });
    modelId = model.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the barcode reader’s WebAssembly itself, never from a CDN', async () => {
    const wasm = fs.readdirSync(path.join(ROOT, 'web/dist/static')).find((f) => f.endsWith('.wasm'));
    expect(wasm).toBeDefined();
    const res = await page.request.get(`${server.baseUrl}/static/${wasm}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/wasm');
    const js = fs
      .readdirSync(path.join(ROOT, 'web/dist/static'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'web/dist/static', f), 'utf8'))
      .join('\n');
    expect(js).toContain(wasm!);
  });

  it('receives three units by scanning the GTIN, the stockroom and the serials', async () => {
    await page.goto(`${server.baseUrl}/station?mode=receive`);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await page.getByRole('textbox', { name: /^Scan/ }).click();

    await wedge(GTIN);
    await feedback().filter({ hasText: 'Zebra DS2208' }).waitFor();
    await expect(feedback().textContent()).resolves.toContain('(scanner)');
    await wedge('SCN-STOCK');
    await feedback().filter({ hasText: 'Scan stockroom' }).waitFor();
    for (const serial of SERIALS) await wedge(serial);
    await page.getByRole('list', { name: 'Serials to receive' }).getByText(SERIALS[2]!).waitFor();
    // A person typing slowly is told apart from the scanner.
    await page.keyboard.type('SCAN-SN-0001', { delay: 90 });
    await page.keyboard.press('Enter');
    await feedback().filter({ hasText: 'Already in this delivery' }).waitFor();
    await expect(feedback().textContent()).resolves.toContain('(typed)');

    await page.getByRole('button', { name: 'Receive 3 units' }).click();
    await page.getByRole('status').filter({ hasText: '3 units received' }).waitFor();
    await page.getByRole('button', { name: 'Print labels for this delivery' }).waitFor();
    received = (
      await call<{ items: { id: string; tag: string; serial: string }[] }>(
        'GET',
        `/assets?modelId=${modelId}&limit=10&sort=tag`,
      )
    ).items;
    expect(received.map((a) => (a as { serial?: string }).serial).sort()).toEqual(SERIALS);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Print labels for this delivery' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await page.mouse.move(5, 5);
    await screenshots(page, 'station-receive');
    expect(await seriousViolations(page), 'axe on the station (receive)').toEqual([]);
  });

  it('moves them: the shelf first, then each tag; commit applies the batch', async () => {
    await setMode('Move / put away');
    await wedge('SCN-SHELF');
    await page.getByTestId('station-target').filter({ hasText: 'Shelf B2' }).waitFor();
    for (const a of received) await wedge(a.tag);
    await feedback().filter({ hasText: 'will move to' }).waitFor();
    // Undo drops the last scan.
    await page.getByRole('button', { name: 'Undo last scan' }).click();
    await page.getByRole('button', { name: 'Commit 2 scans' }).waitFor();
    await wedge(received[2]!.tag);
    await page.getByRole('button', { name: 'Commit 3 scans' }).click();
    await page.getByTestId('answered-summary').filter({ hasText: '3 scans applied' }).waitFor();
    const moved = await call<{ items: { location: { name: string } | null }[] }>(
      'GET',
      `/assets?modelId=${modelId}&limit=10`,
    );
    expect(moved.items.map((a) => a.location?.name)).toEqual(['Shelf B2', 'Shelf B2', 'Shelf B2']);
    await page.getByRole('button', { name: 'Clear answered' }).click();
  });

  it('keeps working offline: twenty moves queue in IndexedDB and are all applied when back online', async () => {
    const more = await call<{ items: { id: string; tag: string }[] }>('POST', '/assets/receive', {
      modelId,
      locationId: stockroomId,
      items: Array.from({ length: 20 }, (_, i) => ({ serial: `SCAN-BULK-${i}` })),
    });
    // The shelf was seen online; the tags are not known offline and are checked when sent.
    await setMode('Move / put away');
    await wedge('SCN-SHELF');
    await page.getByTestId('station-target').filter({ hasText: 'Shelf B2' }).waitFor();

    await context.setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    for (const a of more.items) await wedge(a.tag);
    await page.getByRole('button', { name: 'Commit 20 scans' }).click();
    await page.getByTestId('pending').filter({ hasText: '20 waiting to sync' }).waitFor();
    await screenshots(page, 'station-offline-queue');

    await context.setOffline(false);
    await page.getByTestId('pending').filter({ hasText: '0 waiting to sync' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('answered-summary').filter({ hasText: '20 scans applied' }).waitFor();
    const list = await call<{ items: { location: { name: string } | null }[] }>(
      'GET',
      `/assets?locationId=${stockroomId}&modelId=${modelId}&limit=100`,
    );
    expect(list.items.filter((a) => a.location?.name === 'Shelf B2')).toHaveLength(23);
    await screenshots(page, 'station-synced');
  });

  it('imports a handheld scanner’s batch file, line by line', async () => {
    await page.goto(`${server.baseUrl}/station?mode=move`);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'scanner.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`SCN-STOCK\n${received[1]!.tag}\nNOT-A-THING\n`),
    });
    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.getByRole('status').filter({ hasText: '1 scan applied, 1 line needs a look' }).waitFor();
    await page
      .getByRole('table', { name: 'Lines of the file' })
      .getByRole('cell', { name: 'NOT-A-THING', exact: true })
      .waitFor();
  });

  it('prints labels for everything at a location from its page', async () => {
    await page.goto(`${server.baseUrl}/locations/${stockroomId}`);
    await page.getByRole('button', { name: 'Print labels' }).click();
    const dialog = page.getByRole('dialog', { name: 'Labels for everything at Scan stockroom' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Print labels for everything at Scan stockroom' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await dialog
      .getByRole('status')
      .filter({ hasText: /\d+ labels in / })
      .waitFor();
    await page.mouse.move(5, 5);
    expect(await seriousViolations(page), 'axe on the label dialog').toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('keeps an uncommitted batch across a reload', async () => {
    await page.goto(`${server.baseUrl}/station?mode=send_to_repair`);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await page.getByRole('textbox', { name: /^Scan/ }).click();
    await wedge(received[0]!.tag);
    await feedback().filter({ hasText: 'will be sent to repair' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Commit 1 scan' }).waitFor();
    await page.getByRole('button', { name: 'Commit 1 scan' }).click();
    await page
      .getByRole('list', { name: 'Sent and waiting' })
      .locator('li[data-state=applied]')
      .filter({ hasText: `${received[0]!.tag} sent to repair` })
      .waitFor();
  });

  it('keeps each account’s offline queue apart: scans queued by one user are never sent under another', async () => {
    const other = { email: 'tech@example.com', password: 'e2e-technician-password' };
    await call('POST', '/users', {
      email: other.email,
      name: 'Tess Technician',
      password: other.password,
      grants: [{ role: 'technician', locationId: null }],
    });
    const pair = (
      await call<{ items: { id: string; tag: string }[] }>('POST', '/assets/receive', {
        modelId,
        locationId: stockroomId,
        items: [{ serial: 'SCAN-OWNER-1' }, { serial: 'SCAN-OWNER-2' }],
      })
    ).items;
    const where = async () =>
      (await Promise.all(pair.map((a) => call<{ location: { name: string } | null }>('GET', `/assets/${a.id}`)))).map(
        (a) => a.location?.name,
      );

    await page.goto(`${server.baseUrl}/station?mode=move`);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await context.setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: /^Scan/ }).click();
    await wedge('SCN-SHELF');
    await page
      .getByTestId('station-target')
      .filter({ hasText: /SCN-SHELF|Shelf B2/ })
      .waitFor();
    for (const a of pair) await wedge(a.tag);
    await page.getByRole('button', { name: 'Commit 2 scans' }).click();
    await page.getByTestId('pending').filter({ hasText: '2 waiting to sync' }).waitFor();

    // The server stays out of reach for scans (a flaky link) while A signs out, so the queue is kept.
    await page.route('**/api/v1/scans', (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.getByText('Offline', { exact: true }).waitFor({ state: 'detached' });
    await page.getByTestId('pending').filter({ hasText: '2 waiting to sync' }).waitFor();
    // Signing out says the scans stay in this browser.
    await openSignOut();
    await page
      .getByRole('dialog', { name: 'Scans not sent yet' })
      .getByText(/2 scans of yours/)
      .waitFor();
    await page.getByRole('button', { name: 'Sign out and keep them' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.unroute('**/api/v1/scans');
    const sentScans: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/scans') && r.method() === 'POST') sentScans.push(r.url());
    });

    await signIn(other);
    await page.goto(`${server.baseUrl}/station?mode=move`);
    await page
      .getByTestId('other-account-scans')
      .filter({ hasText: /2 scans taken by .+ wait for .+ to sign in again/ })
      .waitFor();
    await page.getByTestId('pending').filter({ hasText: '0 waiting to sync' }).waitFor();
    await screenshots(page, 'station-other-account');
    await page.getByRole('button', { name: 'Send now' }).waitFor({ state: 'detached' });
    expect(await where()).toEqual(['Scan stockroom', 'Scan stockroom']);
    expect(sentScans).toEqual([]);
    await openSignOut();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    await signIn(ADMIN);
    await page.goto(`${server.baseUrl}/station?mode=move`);
    const sent = page.getByRole('list', { name: 'Sent and waiting' });
    for (const a of pair) {
      await sent.locator('li[data-state=applied]').filter({ hasText: a.tag }).waitFor({ timeout: 20_000 });
    }
    await page.getByTestId('pending').filter({ hasText: '0 waiting to sync' }).waitFor();
    await expect(page.getByTestId('other-account-scans').count()).resolves.toBe(0);
    expect(await where()).toEqual(['Shelf B2', 'Shelf B2']);
    expect(unexpectedErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
  });

  it('opens offline after one online visit (service worker) and still queues scans', async () => {
    await page.goto(`${server.baseUrl}/station?mode=send_to_repair`);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const shell = await caches.open(keys.find((k) => k.startsWith('qm-shell-'))!);
      return (await shell.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/');
    expect(cached.some((p) => p.endsWith('.wasm'))).toBe(true);
    expect(cached.some((p) => p.startsWith('/api/'))).toBe(false);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: /^Scan/ }).click();
    await wedge(received[1]!.tag);
    await feedback().filter({ hasText: 'Offline: will be sent to repair when sent' }).waitFor();
    await page.getByRole('button', { name: 'Commit 1 scan' }).click();
    await page.getByTestId('pending').filter({ hasText: '1 waiting to sync' }).waitFor();
    await screenshots(page, 'station-opened-offline');

    await context.setOffline(false);
    await page
      .getByRole('list', { name: 'Sent and waiting' })
      .locator('li[data-state=applied]')
      .filter({ hasText: received[1]!.tag })
      .filter({ hasText: 'sent to repair' })
      .waitFor({ timeout: 30_000 });
    expect(unexpectedErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
  });
  describe('stock of quantity-tracked models', () => {
    let cableId = '';
    let shelfId = '';

    async function onHand(locationId: string) {
      const page = await call<{ items: { location: { id: string }; onHand: number }[] }>(
        'GET',
        `/stock?modelId=${cableId}&locationId=${locationId}`,
      );
      return page.items.find((i) => i.location.id === locationId)?.onHand ?? 0;
    }

    function lines() {
      return page.getByRole('list', { name: 'Stock lines in this batch' });
    }

    beforeAll(async () => {
      const admin = await signedInApi(server.baseUrl, ADMIN);
      const category = await admin.post('/api/v1/categories', { name: 'Cables', kind: 'consumable' });
      cableId = (
        await admin.post('/api/v1/models', {
          categoryId: category.id,
          name: 'USB-C cable 1 m',
          modelNumber: CABLE_NUMBER,
          tracking: 'quantity',
          gtins: [CABLE_GTIN],
        })
      ).id;
      await admin.post('/api/v1/people', { name: 'Ada Lovelace', employeeNumber: 'E20001', email: 'ada@example.com' });
      shelfId = (await call<{ match: { id: string } }>('GET', '/lookup?code=SCN-SHELF')).match.id;
      await admin.dispose();
    });

    it('receives: the stockroom, a typed quantity, the GTIN; scanning it again adds one', async () => {
      await page.goto(`${server.baseUrl}/station?mode=stock_receive`);
      await page.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
      await page.getByRole('textbox', { name: /^Scan/ }).click();
      await wedge('SCN-STOCK');
      await page.getByTestId('stock-from').filter({ hasText: 'Scan stockroom' }).waitFor();
      await page.getByRole('textbox', { name: 'Quantity per scan' }).fill('10');
      await page.getByRole('textbox', { name: /^Scan/ }).click();
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 10 on hand').waitFor();
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 11 on hand').waitFor();
      await expect(lines().locator('li').count()).resolves.toBe(1);
      await expect(page.getByRole('textbox', { name: 'Quantity of USB-C cable 1 m' }).inputValue()).resolves.toBe('11');
      await page.mouse.move(5, 5);
      await screenshots(page, 'station-stock-receive');
      await expectAccessible(page, 'the station (stock receive)');
      await page.getByRole('button', { name: 'Commit 1 line' }).click();
      await page
        .getByRole('list', { name: 'Sent and waiting' })
        .locator('li[data-state=applied]')
        .filter({ hasText: 'Received 11 × USB-C cable 1 m at SCN-STOCK: 11 on hand.' })
        .waitFor();
      expect(await onHand(stockroomId)).toBe(11);
      // The next line starts from what is on hand now.
      await page.getByRole('textbox', { name: /^Scan/ }).click();
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 21 on hand').waitFor();
      await page.getByRole('button', { name: 'Undo last line' }).click();
      await page.getByText('No lines yet.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Clear answered' }).click();
    });

    it('issues to a person scanned by employee number; refuses at once what it cannot take', async () => {
      await setMode('Stock: issue');
      await wedge('SCN-STOCK');
      await wedge('E20001');
      await page.getByTestId('stock-to').filter({ hasText: 'Ada Lovelace' }).waitFor();
      // Not quantity-tracked, and unknown: refused at once, nothing added.
      await wedge(GTIN);
      await feedback().filter({ hasText: 'tracked individually' }).waitFor();
      await wedge('NOPE-123');
      await feedback().filter({ hasText: 'Not recognised' }).waitFor();
      await expect(page.getByText('No lines yet.').count()).resolves.toBe(1);
      // By model number this time.
      await wedge(CABLE_NUMBER);
      await lines().getByText('→ 10 on hand').waitFor();
      const quantity = page.getByRole('textbox', { name: 'Quantity of USB-C cable 1 m' });
      await quantity.fill('12');
      await lines().getByText('Only 11 of USB-C cable 1 m on hand at SCN-STOCK: cannot issue 12.').waitFor();
      await expect(page.getByRole('button', { name: 'Commit 1 line' }).isDisabled()).resolves.toBe(true);
      await page.mouse.move(5, 5);
      await screenshots(page, 'station-stock-refused');
      await quantity.fill('3');
      await lines().getByText('→ 8 on hand').waitFor();
      await page.getByRole('button', { name: 'Commit 1 line' }).click();
      await page
        .getByRole('list', { name: 'Sent and waiting' })
        .locator('li[data-state=applied]')
        .filter({ hasText: 'Issued 3 × USB-C cable 1 m from SCN-STOCK to Ada Lovelace (E20001): 8 left.' })
        .waitFor();
      expect(await onHand(stockroomId)).toBe(8);
      await page.getByRole('button', { name: 'Clear answered' }).click();
    });

    it('transfers to a shelf offline: queued with its client id, applied once when back online', async () => {
      await setMode('Stock: transfer');
      await wedge('SCN-STOCK');
      await wedge('SCN-SHELF');
      await page.getByTestId('stock-to').filter({ hasText: 'Shelf B2' }).waitFor();
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 7 on hand').waitFor();
      await context.setOffline(true);
      await page.getByText('Offline', { exact: true }).waitFor();
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 6 on hand').waitFor();
      await lines().getByText('→ 2 there').waitFor();
      await page.getByRole('button', { name: 'Commit 1 line' }).click();
      await page.getByTestId('pending').filter({ hasText: '1 waiting to sync' }).waitFor();
      await screenshots(page, 'station-stock-offline');
      await context.setOffline(false);
      await page
        .getByRole('list', { name: 'Sent and waiting' })
        .locator('li[data-state=applied]')
        .filter({ hasText: 'Transferred 2 × USB-C cable 1 m from SCN-STOCK to SCN-SHELF: 6 left, 2 there.' })
        .waitFor({ timeout: 30_000 });
      await page.getByTestId('pending').filter({ hasText: '0 waiting to sync' }).waitFor();
      expect([await onHand(stockroomId), await onHand(shelfId)]).toEqual([6, 2]);
      await page.getByRole('button', { name: 'Clear answered' }).click();
    });

    it('counts the shelf: what was counted becomes on hand', async () => {
      await setMode('Stock: count');
      await wedge('SCN-SHELF');
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 1 on hand').waitFor();
      await page.getByRole('button', { name: 'Commit 1 line' }).click();
      await page
        .getByRole('list', { name: 'Sent and waiting' })
        .locator('li[data-state=applied]')
        .filter({ hasText: 'Counted 1 × USB-C cable 1 m at SCN-SHELF: 1 fewer than on hand, adjusted to 1.' })
        .waitFor();
      expect(await onHand(shelfId)).toBe(1);
      await page.getByRole('button', { name: 'Clear answered' }).click();
    });

    it('signing out offline warns, keeps the queue for that user, and ends the session once online', async () => {
      await setMode('Stock: receive');
      await wedge('SCN-STOCK');
      await wedge(CABLE_GTIN);
      await lines().getByText('→ 7 on hand').waitFor();
      await context.setOffline(true);
      await page.getByText('Offline', { exact: true }).waitFor();
      await wedge(CABLE_GTIN);
      await page.getByRole('button', { name: 'Commit 1 line' }).click();
      await page.getByTestId('pending').filter({ hasText: '1 waiting to sync' }).waitFor();
      const sent: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/scans') && r.method() === 'POST') sent.push(r.url());
      });

      await openSignOut();
      const dialog = page.getByRole('dialog', { name: 'Scans not sent yet' });
      await dialog.getByText(/1 scan of yours/).waitFor();
      await dialog.getByTestId('offline-sign-out').waitFor();
      await screenshots(page, 'station-sign-out-offline');
      await page.getByRole('button', { name: 'Sign out and keep them' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();

      // Back online: the session is ended on the server (the cookie alone signs nobody in), nothing is sent.
      await context.setOffline(false);
      await expect
        .poll(async () => (await page.request.get(`${server.baseUrl}/api/v1/me`)).status(), { timeout: 15_000 })
        .toBe(401);
      await page.waitForTimeout(500);
      expect(sent).toEqual([]);
      expect((await page.request.get(`${server.baseUrl}/api/v1/stock?modelId=${cableId}`)).status()).toBe(401);

      await signIn(ADMIN);
      expect(await onHand(stockroomId)).toBe(6);
      await page.goto(`${server.baseUrl}/station?mode=stock_receive`);
      await page
        .getByRole('list', { name: 'Sent and waiting' })
        .locator('li[data-state=applied]')
        .filter({ hasText: 'Received 2 × USB-C cable 1 m at SCN-STOCK: 8 on hand.' })
        .waitFor({ timeout: 20_000 });
      expect(await onHand(stockroomId)).toBe(8);
      expect(unexpectedErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|401/.test(e))).toEqual([]);
    });
  });

  it('reads a Code 128 label through a camera (a fake one fed from a video) and shows the asset', async () => {
    const video = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qm-camera-')), 'label.y4m');
    writeBarcodeVideo(video, 'code128', received[0]!.tag);
    const camera = await openBrowser({
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const p = camera.page;
      // Every .wasm the page loads (the barcode reader's), and from where.
      const wasm: string[] = [];
      p.on('response', (r) => {
        if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(new URL(r.url()).origin);
      });
      await p.goto(`${server.baseUrl}/login`);
      await p.getByRole('textbox', { name: 'E-mail', exact: true }).fill(ADMIN.email);
      await p.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
      await p.goto(`${server.baseUrl}/station?mode=lookup`);
      await p.getByRole('heading', { level: 1, name: 'Scanning station' }).waitFor();
      await p.getByRole('button', { name: 'Camera' }).click();
      await p
        .getByRole('status')
        .filter({ hasText: '(camera)' })
        .filter({ hasText: received[0]!.tag })
        .waitFor({ timeout: 30_000 });
      await expect(p.getByRole('status').filter({ hasText: '(camera)' }).textContent()).resolves.toContain(
        'Zebra DS2208',
      );
      expect(wasm.length).toBeGreaterThan(0);
      expect(wasm.every((o) => o === server.baseUrl)).toBe(true);
      await p.mouse.move(5, 5);
      await screenshots(p, 'station-camera');
      expect(camera.unexpectedErrors).toEqual([]);
    } finally {
      await camera.browser.close();
      fs.rmSync(path.dirname(video), { recursive: true, force: true });
    }
  });
});
