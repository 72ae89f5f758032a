/**
 * The built product in a real browser: `qm serve` from dist/ on a fresh embedded database, driven by
 * Debian's chromium through playwright-core. One flow an administrator would follow on day one,
 * with an accessibility check (axe-core) and screenshots at desktop and phone size on the way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn('chromium not found at /usr/bin/chromium: skipping browser tests (apt-get install chromium)');
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' };
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`qm serve exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`qm serve did not become healthy within 120 s:\n${output()}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => server.kill('SIGKILL'), 5000);
    server.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core in the page; returns the serious and critical violations, described. The server's
 * Content-Security-Policy (rightly) refuses an injected <script> tag (addScriptTag), so axe's source
 * is evaluated through the DevTools protocol instead, which CSP does not govern.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe.skipIf(!hasChromium)('the web app, end to end', () => {
  let server: ChildProcess;
  let serverOutput = '';
  let dataDir: string;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const unexpectedConsoleErrors: string[] = [];
  let gracePassword = '';

  /** Screenshots of the current page at desktop and phone size, then back to desktop. */
  async function screenshots(name: string) {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(250); // let the layout settle after the resize (navbar transitions)
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(DESKTOP);
  }

  async function expectAccessible(what: string) {
    expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
  }

  async function navigate(label: string, heading: string) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-e2e-'));
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    server = spawn(process.execPath, ['dist/cli/qm.js', 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        QM_DATA_DIR: dataDir,
        QM_ADMIN_EMAIL: ADMIN.email,
        QM_ADMIN_PASSWORD: ADMIN.password,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    await waitForHealth(baseUrl, server, () => serverOutput);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/Paris' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => unexpectedConsoleErrors.push(error.message));
    page.on('console', (message) => {
      // 401s are expected: GET /me before signing in (how the app learns nobody is), and the wrong password.
      if (message.type() === 'error' && !/401/.test(message.text())) unexpectedConsoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
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
    expect(links).toEqual(['Home', 'Users', 'API tokens', 'Audit log', 'Jobs']);
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
    expect(links).toEqual(['Home', 'API tokens', 'Jobs']);

    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    expect(unexpectedConsoleErrors).toEqual([]);
  });
});
