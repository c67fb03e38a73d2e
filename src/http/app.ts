import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../domain/errors';
import pino, { type Logger } from 'pino';
import { createServices, type ServiceOptions, type Services } from '../services';
import type { AppEnv } from './env';
import { errorHandler, validationHook } from './errors';
import { authorize } from './authorization';
import { authenticate, csrfProtection } from './middleware/authenticate';
import { securityHeaders } from './middleware/security-headers';
import { requestLogger } from './middleware/request-logger';
import { connection } from './middleware/connection';
import type { TrustProxy } from '../config';
import { problem } from './problem';
import { createMetrics, type Metrics, metricsRoutes } from './metrics';
import { accountRoutes } from './routes/account';
import { analysisRoutes } from './routes/analysis';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { commentRoutes } from './routes/comments';
import { alignmentRoutes } from './routes/alignment';
import { qaRoutes } from './routes/qa';
import { replaceRoutes } from './routes/replace';
import { documentRoutes } from './routes/documents';
import { glossaryRoutes } from './routes/glossary';
import { formatRoutes } from './routes/formats';
import { healthRoutes } from './routes/health';
import { jobRoutes } from './routes/jobs';
import { liveRoutes } from './routes/live';
import { memoryRoutes } from './routes/memory';
import { mtRoutes } from './routes/mt';
import { projectRoutes } from './routes/projects';
import { projectArchiveRoutes } from './routes/project-archives';
import { segmentRoutes } from './routes/segments';
import { apiDocsRoutes, staticRoutes } from './static';

/** The largest request body outside document uploads. */
export const jsonBodyLimitBytes = 1024 * 1024;

export interface AppOptions extends ServiceOptions {
  /** Services already made on `store` (main.ts shares them with the console); made here otherwise. */
  services?: Services;
  logger?: Logger;
  /** The folder with index.html and the built assets. */
  publicDir: string;
  /**
   * Which reverse proxies say who the client is (X-Forwarded-For / -Proto); default none.
   * `true` is one proxy.
   */
  trustProxy?: TrustProxy | boolean;
  version?: string;
  /** The folder the readiness check writes a probe to (the SQLite file's); none on PostgreSQL. */
  dataDirectory?: string | undefined;
  /**
   * Prometheus metrics (http/metrics.ts); none when absent. Requests are counted, and with `token`
   * the metrics are served at /metrics to a bearer of it. `collector`: metrics made beforehand
   * (main.ts also serves them on an address of their own); made here otherwise.
   */
  metrics?: { token?: string | undefined; collector?: Metrics | undefined } | undefined;
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
  const services = options.services ?? createServices(options);
  const version = options.version ?? '0.0.0';

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(logger));
  const metrics = options.metrics && (options.metrics.collector ?? createMetrics(services, { logger }));
  if (metrics) app.use('*', metrics.countRequests);
  app.use('*', requestLogger({ logger }));
  const trustProxy = options.trustProxy ?? false;
  app.use('*', connection({ trustProxy: typeof trustProxy === 'boolean' ? (trustProxy ? { kind: 'hops', hops: 1 } : { kind: 'none' }) : trustProxy }));
  app.use('*', securityHeaders());
  app.use('*', async function provideContext(c, next) {
    c.set('services', services);
    c.set('logger', logger);
    await next();
  });

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // JSON bodies are small, but for a segment's target: any segment that can be imported can be
  // translated, so a save may carry as much as an upload (twice, for JSON escaping and markup).
  // Uploads have their own limit.
  const segmentBodyLimitBytes = Math.max(jsonBodyLimitBytes, 2 * services.maxUploadBytes + 64 * 1024);
  const jsonLimits = new Map(
    [jsonBodyLimitBytes, segmentBodyLimitBytes].map((maxSize) => [
      maxSize,
      bodyLimit({
        maxSize,
        onError: () => {
          throw new PayloadTooLargeError(maxSize, 'request body');
        },
      }),
    ]),
  );
  api.use('*', async function limitBody(c, next) {
    if (c.req.method === 'POST' && /^\/api\/(documents(\/\d+\/(source|targets|translation))?|projects\/\d+\/(memory|glossary)\/import|projects\/import)$/u.test(c.req.path)) return next(); // uploads: their own limit
    // With a Content-Length (which Node's parser holds the body to), the header says it all;
    // touching the body stream instead would make @hono/node-server build a full Request on
    // every save (a quarter of the save throughput, measured). Chunked bodies are counted.
    // GET and HEAD carry no body: asking for one would build that Request too (measured: GETs
    // went 1.7× faster without it).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const limit = c.req.method === 'PATCH' && /^\/api\/segments\/\d+$/u.test(c.req.path) ? segmentBodyLimitBytes : jsonBodyLimitBytes;
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > limit) throw new PayloadTooLargeError(limit, 'request body');
      return next();
    }
    return jsonLimits.get(limit)!(c, next);
  });
  api.use('*', csrfProtection());
  api.use('*', authenticate());
  api.use('*', authorize());
  api.route('/', healthRoutes(version, { store: options.store, dataDirectory: options.dataDirectory }));
  api.route('/', formatRoutes());
  api.route('/', authRoutes());
  api.route('/', accountRoutes());
  api.route('/', adminRoutes());
  api.route('/', projectRoutes());
  api.route('/', projectArchiveRoutes(services.maxUploadBytes));
  api.route('/', documentRoutes(services.maxUploadBytes));
  api.route('/', alignmentRoutes(services.maxUploadBytes));
  api.route('/', qaRoutes());
  api.route('/', analysisRoutes());
  api.route('/', replaceRoutes());
  api.route('/', segmentRoutes());
  api.route('/', commentRoutes());
  api.route('/', liveRoutes());
  api.route('/', mtRoutes());
  api.route('/', jobRoutes());
  api.route('/', glossaryRoutes(services.maxUploadBytes));
  api.route('/', memoryRoutes(services.maxUploadBytes));
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
  if (metrics && options.metrics?.token) app.route('/', metricsRoutes(metrics, { token: options.metrics.token }));
  app.route('/', staticRoutes(options.publicDir));
  app.notFound((c) => problem(c, 404, 'not_found', `Nothing at ${c.req.path}.`));
  return app;
}

export type App = ReturnType<typeof createApp>;
