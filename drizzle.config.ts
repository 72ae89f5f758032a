import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/platform/db/schema.ts',
    './src/platform/db/registry-schema.ts',
    './src/platform/db/stock-schema.ts',
    './src/platform/db/imports-schema.ts',
    './src/platform/db/finance-schema.ts',
  ],
  out: './src/platform/db/migrations',
});
