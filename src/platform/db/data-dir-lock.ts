/**
 * PGlite has no lock across processes: a second process can open the same folder, write, and lose
 * the write silently. We hold an exclusive lock file for as long as the database is open and refuse
 * to start while a live process holds it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Quartermaster process ` +
        `(pid ${owner.pid} on ${owner.hostname}, "${owner.command}", since ${owner.startedAt}). ` +
        `Stop that process, talk to it over HTTP (qm --url), or use another QM_DATA_DIR.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

export interface DataDirLock {
  release(): void;
}

export function acquireDataDirLock(dataDir: string, command = process.argv.slice(1).join(' ')): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'quartermaster.lock');
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const owner = readOwner(file);
        if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(file);
      const sameHost = owner?.hostname === os.hostname();
      if (owner && (!sameHost || isAlive(owner.pid)) && owner.pid !== process.pid) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // A stale lock (its process is gone, or the file is unreadable): remove it and try again.
      // Renaming first means only one of two racing processes gets to remove it.
      const stale = `${file}.stale-${process.pid}`;
      try {
        fs.renameSync(file, stale);
        fs.rmSync(stale, { force: true });
      } catch {
        /* another process took it first; loop and look again */
      }
    }
  }
  const owner = readOwner(file);
  throw owner ? new DataDirLockedError(dataDir, owner) : new Error(`Could not lock the data folder ${dataDir}`);
}
