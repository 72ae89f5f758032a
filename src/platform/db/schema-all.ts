/**
 * Every table of every module. A module with its own tables adds its `*-schema.ts` here and to
 * `drizzle.config.ts` (the migration generator's list).
 */
export * from './schema.js';
export * from './registry-schema.js';
export * from './stock-schema.js';
export * from './imports-schema.js';
export * from './finance-schema.js';
