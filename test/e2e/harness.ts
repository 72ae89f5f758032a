/**
 * What the browser tests share: `qm serve` from dist/ on a fresh embedded database, Debian's
 * chromium through playwright-core, axe-core in the page, and screenshots at desktop and phone size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from 'vitest';
import { chromium, request, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

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

export interface RunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `qm serve` by its own binary (so the PID we stop is the server) on a fresh data folder. */
export async function startServer(admin: { email: string; password: string }): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-e2e-'));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  let output = '';
  const server = spawn(process.execPath, ['dist/cli/qm.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      QM_DATA_DIR: dataDir,
      QM_ADMIN_EMAIL: admin.email,
      QM_ADMIN_PASSWORD: admin.password,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(baseUrl, server, () => output);
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors nobody expected. */
  unexpectedErrors: string[];
}

/** `args`: more Chromium switches, e.g. a fake camera fed from a file. */
export async function openBrowser(options: { args?: string[] } = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({
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
      ...(options.args ?? []),
    ],
  });
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const unexpectedErrors: string[] = [];
  page.on('pageerror', (error) => unexpectedErrors.push(error.message));
  page.on('console', (message) => {
    // 401s are expected: GET /me before signing in (how the app learns nobody is), and the wrong password.
    if (message.type() === 'error' && !/401/.test(message.text())) unexpectedErrors.push(message.text());
  });
  return { browser, context, page, unexpectedErrors };
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
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Fails on axe's serious findings, checked away from anything hoverable and past colour transitions. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.mouse.move(1360, 895);
  await page.waitForTimeout(300);
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
}

/** The API signed in as `admin` (cookie and CSRF token), for setting up data; each call must succeed. */
export async function signedInApi(baseUrl: string, admin: { email: string; password: string }) {
  const api = await request.newContext({ baseURL: baseUrl });
  const login = await api.post('/api/v1/auth/login', { data: admin });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  return {
    async post<T = { id: string }>(url: string, data: object): Promise<T> {
      const res = await api.post(url, { data, headers: { 'x-csrf-token': csrf } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return (await res.json()) as T;
    },
    async patch<T = { id: string }>(url: string, data: object): Promise<T> {
      const res = await api.patch(url, { data, headers: { 'x-csrf-token': csrf } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return (await res.json()) as T;
    },
    async get<T = unknown>(url: string): Promise<T> {
      const res = await api.get(url);
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as T;
    },
    dispose: () => api.dispose(),
  };
}

/** Screenshots of the current page at desktop and phone size, then back to desktop. */
export async function screenshots(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(250); // let the layout settle after the resize (navbar transitions)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
}
