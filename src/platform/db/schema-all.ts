/** Every table, for modules that use both the platform's and the registry's. */
export * from './schema.js';
export * from './registry-schema.js';
