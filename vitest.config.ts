import { defineConfig } from 'vitest/config';

/**
 * Unit tests run once; integration tests (*.int.test.ts) run on the embedded database and, when
 * TEST_DATABASE_URL is set, again on that PostgreSQL server; end-to-end tests drive the built app
 * in Debian's chromium.
 */
const backends = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'test/e2e/**', 'node_modules/**'],
        },
      },
      ...backends.map((backend, i) => ({
        test: {
          name: backend,
          sequence: { groupOrder: 1 + i },
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          env: { QM_TEST_BACKEND: backend },
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PGlite runs on the main thread and takes ~100 MB per database: two workers on two cores.
          maxWorkers: 2,
        },
      })),
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 10 },
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
