import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './data-dir-lock.js';

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive, and frees the folder on release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-lock-unit-'));
    const file = path.join(dir, 'quartermaster.lock');
    fs.writeFileSync(
      file,
      JSON.stringify({ pid: process.ppid, hostname: os.hostname(), command: 'qm serve', startedAt: 'now' }),
    );
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    fs.rmSync(file);
    const lock = acquireDataDirLock(dir);
    expect(fs.existsSync(file)).toBe(true);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});
