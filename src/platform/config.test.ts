import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to port 8080 and ./data with the embedded database', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.databaseUrl).toBeUndefined();
    expect(c.runWorkers).toBe(true);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });

  it('refuses a port that is not a number, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('always runs workers in-process on the embedded database', () => {
    expect(loadConfig({ QM_RUN_WORKERS: 'false' }).runWorkers).toBe(true);
    expect(loadConfig({ QM_RUN_WORKERS: 'false', DATABASE_URL: 'postgres://x/y' }).runWorkers).toBe(false);
  });
});
