/**
 * The OpenAPI document without a database: route registration never touches the services, so the
 * document can be generated (and checked for being current) anywhere.
 */
import pino from 'pino';
import { loadConfig } from '../config.js';
import type { Services } from '../services.js';
import { buildApp } from './app.js';

export async function buildOpenApiDocument(): Promise<unknown> {
  const unused = new Proxy(
    {},
    {
      get: () => {
        throw new Error('not available while generating the API document');
      },
    },
  );
  const services = {
    config: loadConfig({}, { webDir: '/nonexistent' }),
    database: { kind: 'pglite' },
    db: unused,
    audit: unused,
    auditKey: '',
    jobs: unused,
    logger: pino({ level: 'silent' }),
  } as unknown as Services;
  const app = await buildApp(services, { logger: false, serveWeb: false });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
