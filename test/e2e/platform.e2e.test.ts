/**
 * The built product in a real browser: `qm serve` from dist/ on a fresh embedded database, driven by
 * Debian's chromium through playwright-core. One flow an administrator would follow on day one,
 * with an accessibility check (axe-core) and screenshots at desktop and phone size on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  hasChromium,
  openBrowser,
  screenshots as takeScreenshots,
  seriousViolations,
  startServer,
  type RunningServer,
} from './harness.js';

if (!hasChromium) {
  console.warn('chromium not found at /usr/bin/chromium: skipping browser tests (apt-get install chromium)');
}

const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' };

describe.skipIf(!hasChromium)('the web app, end to end', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let unexpectedConsoleErrors: string[] = [];
  let gracePassword = '';

  const screenshots = (name: string) => takeScreenshots(page, name);

  async function expectAccessible(what: string) {
    expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
  }

  async function navigate(label: string, heading: string) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  beforeAll(async () => {
    server = await startServer(ADMIN);
    baseUrl = server.baseUrl;
    const session = await openBrowser();
    browser = session.browser;
    page = session.page;
    unexpectedConsoleErrors = session.unexpectedErrors;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a visitor to the sign-in page, and refuses a wrong password', async () => {
    await page.goto(baseUrl);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible('the sign-in page');
    await screenshots('login');

    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /e-mail or password|incorrect|not correct/i,
    );
  });

  it('signs the administrator in to the shell with their navigation', async () => {
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual([
      'Home',
      'Assets',
      'Receive',
      'Import',
      'Scanning station',
      'Stock levels',
      'Stock on hand',
      'Planning',
      'Finance',
      'Locations',
      'People',
      'Catalogue',
      'Users',
      'API tokens',
      'Audit log',
      'Jobs',
    ]);
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Quartermaster');

    // The colour scheme toggles and survives a reload.
    const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    expect(await scheme()).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(await scheme()).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(await scheme()).toBe('light');
    // Move away so the toggle's tooltip (fading, so half transparent) is gone before the axe check.
    await page.mouse.move(600, 600);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });

    await expectAccessible('the home page');
    await screenshots('home');
  });

  it('creates an API token and shows its secret once', async () => {
    await navigate('API tokens', 'API tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    await dialog.getByLabel('Name').fill('Nightly inventory sync');
    await dialog.getByText('Read-write').click();
    await dialog.getByRole('button', { name: 'Create token' }).click();

    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/^qm_/);
    await expect(page.getByRole('dialog', { name: 'Your new API token' }).textContent()).resolves.toContain(
      'will not be shown again',
    );
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await secret.waitFor({ state: 'detached' });

    const row = page.getByRole('row').filter({ hasText: 'Nightly inventory sync' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Read-write');
    await expectAccessible('the tokens page');
    await screenshots('tokens');
  });

  it('invites a user and shows their temporary password once', async () => {
    await navigate('Users', 'Users');
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel('E-mail').fill('grace@example.com');
    await dialog.getByLabel('Name').fill('Grace Hopper');
    await dialog.getByRole('button', { name: 'Invite user' }).click();

    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    gracePassword = (await secret.textContent())!;
    expect(gracePassword.length).toBeGreaterThanOrEqual(10);
    await page.getByRole('button', { name: 'I have saved it' }).click();

    await page.getByRole('link', { name: 'grace@example.com' }).waitFor();
    // The search box filters through the URL.
    await page.getByLabel('Search').fill('grace');
    await page.waitForURL(/[?&]q=grace/);
    await page.getByRole('link', { name: ADMIN.email }).waitFor({ state: 'detached' });
    await expect(page.getByRole('row').count()).resolves.toBe(2); // the header and Grace
    await page.getByLabel('Search').fill('');
    await page.waitForURL((url) => !url.search.includes('q='));
    await page.getByRole('link', { name: ADMIN.email }).waitFor();
    await expectAccessible('the users page');
    await screenshots('users');
  });

  it('shows what was just done in the audit log, and verifies the chain', async () => {
    await navigate('Audit log', 'Audit log');
    const table = page.getByRole('table');
    await table.getByText('token.created').waitFor();
    await table.getByText('user.created').first().waitFor();
    await table.getByText('auth.signed_in').first().waitFor();

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const intact = page.getByText(/Chain intact: \d+ (entry|entries) verified/);
    await intact.waitFor({ timeout: 30_000 });
    await expectAccessible('the audit log');
    await screenshots('audit');

    // The verification ran as a background job, listed on the Jobs page.
    await navigate('Jobs', 'Jobs');
    const job = page.getByRole('listitem').filter({ hasText: 'Audit log verification' }).first();
    await job.waitFor();
    await expect(job.textContent()).resolves.toContain('Completed');
    await screenshots('jobs');
  });

  it('signs out to the sign-in page', async () => {
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The session is really gone: the app sends us back to sign in.
    await page.goto(`${baseUrl}/users`);
    await page.waitForURL('**/login?next=%2Fusers');
  });

  it('makes an invited user choose a password, then shows only what a viewer may use', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mail').fill('grace@example.com');
    await page.getByRole('textbox', { name: 'Password' }).fill(gracePassword);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByRole('textbox', { name: 'Current password' }).fill(gracePassword);
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
    await page.getByRole('textbox', { name: 'Confirm new password' }).fill('short');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();

    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('grace-new-password');
    await page.getByRole('textbox', { name: 'Confirm new password' }).fill('grace-new-password');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Grace Hopper' }).waitFor();
    const links = await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents();
    // A viewer sees the inventory but cannot receive, and has no administration pages.
    expect(links).toEqual([
      'Home',
      'Assets',
      'Scanning station',
      'Stock levels',
      'Stock on hand',
      'Planning',
      'Finance',
      'Locations',
      'People',
      'Catalogue',
      'API tokens',
      'Jobs',
    ]);

    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    expect(unexpectedConsoleErrors).toEqual([]);
  });
});
