/**
 * PGlite has no lock across processes: a second process on the same data folder could write and
 * lose its writes silently. A second Quartermaster process is refused with a message that names the
 * holder, and the first keeps working.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend } from './helpers/harness.js';

const root = path.resolve(import.meta.dirname, '..');
const qm = path.join(root, 'bin/qm.js');
let dataDir: string;
let server: ChildProcess;
let port: number;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, () => {
      const p = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(p));
    });
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not come up at ${url}`);
}

const env = (extra: Record<string, string>) => ({ ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...extra });

describe.skipIf(backend !== 'pglite')('the data folder lock', () => {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-lock-'));
    port = await freePort();
    server = spawn(process.execPath, [qm, 'serve'], {
      env: env({ PORT: String(port), QM_DATA_DIR: dataDir, QM_ADMIN_PASSWORD: 'lock-test-password' }),
      stdio: 'ignore',
    });
    await waitForHealth(`http://127.0.0.1:${port}/api/v1/health`);
  }, 90_000);

  afterAll(async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process with a message naming the holder, and the first keeps working', async () => {
    const second = spawnSync(process.execPath, [qm, 'migrate'], {
      env: env({ QM_DATA_DIR: dataDir }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`pid ${server.pid}`);
    expect(second.stderr).toContain('in use by another Quartermaster process');

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'lock-test-password' }),
    });
    expect(login.status).toBe(200);
  }, 90_000);

  it('takes over a lock left behind by a process that died', async () => {
    const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-stale-'));
    fs.writeFileSync(
      path.join(stale, 'quartermaster.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, hostname: os.hostname(), command: 'qm serve', startedAt: '2020-01-01' }),
    );
    const run = spawnSync(process.execPath, [qm, 'migrate'], {
      env: env({ QM_DATA_DIR: stale }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(stale, 'quartermaster.lock'))).toBe(false);
    fs.rmSync(stale, { recursive: true, force: true });
  }, 90_000);
});
