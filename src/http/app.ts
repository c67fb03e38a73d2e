import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import pino, { type Logger } from 'pino';
import { createServices, type ServiceOptions } from '../services';
import type { AppEnv } from './env';
import { errorHandler, validationHook } from './errors';
import { requestLogger } from './middleware/request-logger';
import { problem } from './problem';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { projectRoutes } from './routes/projects';
import { segmentRoutes } from './routes/segments';
import { apiDocsRoutes, staticRoutes } from './static';

export interface AppOptions extends ServiceOptions {
  logger?: Logger;
  /** The folder with index.html and the built assets. */
  publicDir: string;
  version?: string;
}

/**
 * Builds the HTTP app on the given store: a factory, so tests build one on a temporary database
 * and call `app.request()` with no network and no mocks.
 *
 * @example
 * const app = createApp({ store, publicDir: 'public' });
 * const res = await app.request('/api/health');
 */
export function createApp(options: AppOptions) {
  const logger = options.logger ?? pino({ level: 'silent' });
  const services = createServices(options);
  const version = options.version ?? '0.0.0';

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(logger));
  app.use('*', requestLogger({ logger }));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', async function provideContext(c, next) {
    c.set('services', services);
    c.set('logger', logger);
    // No accounts yet: revisions record no author until sign-in exists.
    c.set('actor', { name: null });
    await next();
  });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route('/', healthRoutes(version));
  api.route('/', projectRoutes());
  api.route('/', documentRoutes(services.maxUploadBytes));
  api.route('/', segmentRoutes());
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/api' }],
    info: {
      title: 'vis-à-vis API',
      version,
      description: 'French → English translation workbench. Errors are application/problem+json with a stable `code`.',
    },
  });
  api.route('/', apiDocsRoutes());
  api.all('/*', (c) => problem(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));

  app.route('/api', api);
  app.route('/', staticRoutes(options.publicDir));
  app.notFound((c) => problem(c, 404, 'not_found', `Nothing at ${c.req.path}.`));
  return app;
}

export type App = ReturnType<typeof createApp>;
