/**
 * The HTTP application: API under /api/v1 (JSON, validated with Zod, documented as OpenAPI 3.1),
 * interactive docs at /api/docs, and the built web app at /.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from '../services.js';
import { VERSION } from '../version.js';
import { accessPlugin, describeAccess } from './access.js';
import { idempotencyPlugin } from './idempotency.js';
import { installErrorHandling } from './problem.js';
import { authRoutes } from '../../modules/auth/auth-routes.js';
import { usersRoutes } from '../../modules/users/users-routes.js';
import { tokensRoutes } from '../../modules/tokens/tokens-routes.js';
import { auditRoutes } from '../../modules/audit/audit-routes.js';
import { jobsRoutes } from '../../modules/jobs/jobs-routes.js';
import { systemRoutes } from '../../modules/system/system-routes.js';
import { assetsRoutes } from '../../modules/assets/assets-routes.js';
import { scanningRoutes } from '../../modules/scanning/scanning-routes.js';
import { locationsRoutes } from '../../modules/locations/locations-routes.js';
import { peopleRoutes } from '../../modules/people/people-routes.js';
import { categoriesRoutes } from '../../modules/catalog/categories-routes.js';
import { modelsRoutes } from '../../modules/catalog/models-routes.js';
import { manufacturersRoutes } from '../../modules/catalog/manufacturers-routes.js';
import { suppliersRoutes } from '../../modules/catalog/suppliers-routes.js';
import { stockRoutes } from '../../modules/stock/stock-routes.js';
import { financeRoutes } from '../../modules/finance/finance-routes.js';
import { assetCostsRoutes } from '../../modules/finance/asset-costs-routes.js';
import { financeReportsRoutes } from '../../modules/finance/reports-routes.js';
import { planningRoutes } from '../../modules/planning/planning-routes.js';
import { labelsRoutes } from '../../modules/labels/labels-routes.js';
import { importsRoutes } from '../../modules/imports/imports-routes.js';
import { exportsRoutes } from '../../modules/exports/exports-routes.js';

export const API_PREFIX = '/api/v1';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export interface AppOptions {
  /** Log requests (off in tests). */
  logger?: boolean;
  /** Serve the built web app from config.webDir when it exists. */
  serveWeb?: boolean;
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: services.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
          },
    trustProxy: services.config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDir = services.config.webDir;
  const indexHtml = path.join(webDir, 'index.html');
  const serveWeb = options.serveWeb !== false && fs.existsSync(indexHtml);
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html').send(fs.readFileSync(indexHtml));
  // Client-side routes (/users, /audit, ...) get the app; unknown /api paths get a problem.
  installErrorHandling(app, serveWeb ? sendIndex : undefined);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Model images are links to vendors' sites (https only: no mixed content).
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  await app.register(cookie);
  await app.register(accessPlugin, { services });
  await app.register(idempotencyPlugin, { db: services.db });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Quartermaster API',
        version: VERSION,
        description:
          'IT asset and inventory management. Authenticate with the session cookie from /auth/login ' +
          '(and send x-csrf-token on writes) or with "Authorization: Bearer <token>". Errors are ' +
          'application/problem+json with a stable `code`. Lists take `limit`, `cursor` and `sort` and ' +
          'answer `{ items, nextCursor }`.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (qm_...).' },
          session: { type: 'apiKey', in: 'cookie', name: 'qm_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      const schema = out.schema as Record<string, unknown>;
      schema['x-access'] = describeAccess(access);
      if (access === 'public') schema.security = [];
      return out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });

  app.get(`${API_PREFIX}/openapi.json`, { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(
    async (api) => {
      await api.register(systemRoutes, { services });
      await api.register(authRoutes, { services });
      await api.register(usersRoutes, { services });
      await api.register(tokensRoutes, { services });
      await api.register(auditRoutes, { services });
      await api.register(jobsRoutes, { services });
      await api.register(assetsRoutes, { services });
      await api.register(scanningRoutes, { services });
      await api.register(locationsRoutes, { services });
      await api.register(peopleRoutes, { services });
      await api.register(categoriesRoutes, { services });
      await api.register(modelsRoutes, { services });
      await api.register(manufacturersRoutes, { services });
      await api.register(suppliersRoutes, { services });
      await api.register(stockRoutes, { services });
      await api.register(planningRoutes, { services });
      await api.register(labelsRoutes, { services });
      await api.register(financeRoutes, { services });
      await api.register(assetCostsRoutes, { services });
      await api.register(importsRoutes, { services });
      await api.register(exportsRoutes, { services });
      await api.register(financeReportsRoutes, { services });
    },
    { prefix: API_PREFIX },
  );

  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_req, reply) => sendIndex(reply));
  }

  return app;
}
