import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { RouterRoute } from 'hono/types';
import pino, { type Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { saveOutcomes, type Services } from '../services';
import { jobStates } from '../store/store';
import type { AppEnv } from './env';
import { errorHandler } from './errors';
import { problem } from './problem';

/** Where scrapers read, on the main port (with the token) and on the metrics address. */
export const metricsPath = '/metrics';

/**
 * Request times, in seconds: an editor's save or a health check takes milliseconds, an import or
 * an export may take seconds (a task may run 60 s before it is stopped).
 */
const requestBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Worker tasks, in seconds: a search is stopped at 5 s, anything else at 60 s. */
const taskBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Route labels of requests no registered route answered: `unmatched` (404s, whatever their path,
 * so no label grows with what clients send) and `static` (the UI's assets, served by file).
 */
const unmatched = 'unmatched';
const staticFiles = 'static';
/** Methods of requests no route matched: Node's parser knows a fixed list, but only these are told apart. */
const plainMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export interface Metrics {
  /** The registry of this app alone (tests build many apps; the default global one would clash). */
  readonly registry: Registry;
  /** Counts each request by method, route template and status, and observes its time. */
  readonly countRequests: MiddlewareHandler<AppEnv>;
  /** The Prometheus text exposition of everything, read now. */
  scrape(): Promise<{ body: string; contentType: string }>;
}

export interface MetricsOptions {
  /** Where a reading that failed (the jobs' counts, with the database down) is reported. */
  logger?: Logger | undefined;
}

/**
 * The server's metrics, on a registry of their own: requests by route template and status with
 * their times; the editor's saves by outcome; open event streams; jobs by state; the worker
 * threads' lanes (tasks waiting, threads busy) and task times by kind; PostgreSQL's connection
 * pool; and the process (memory, CPU, garbage collection, event-loop delay), from prom-client's
 * default metrics. What can be counted as it happens is; the rest is read when scraped.
 *
 * @example
 * const metrics = createMetrics(services);
 * app.use('*', metrics.countRequests);
 * const { body } = await metrics.scrape();
 */
export function createMetrics(services: Services, options: MetricsOptions = {}): Metrics {
  const logger = options.logger ?? pino({ level: 'silent' });
  const { monitoring } = services;
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const requestSeconds = new Histogram({
    name: 'visavis_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (until the response starts: an event stream counts its opening), by method and route template.',
    labelNames: ['method', 'route'] as const,
    buckets: requestBuckets,
    registers,
  });

  /**
   * A route's series, made once. A request adds one to a plain number (handed to the counter when
   * scraped) and one observation to its histogram child: no label object or string is built for
   * it. The counter through prom-client would hash its labels on every request.
   */
  class RouteSeries {
    readonly observe: (seconds: number) => void;
    readonly byStatus = new Map<number, number>();
    constructor(
      readonly method: string,
      readonly route: string,
    ) {
      this.observe = requestSeconds.labels(method, route).observe;
    }
    count(status: number): void {
      this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    }
  }
  const byRoute = new Map<RouterRoute, RouteSeries>();
  const fallbacks = { [staticFiles]: new Map<string, RouteSeries>(), [unmatched]: new Map<string, RouteSeries>() };
  const seriesOf = (endpoint: RouterRoute | undefined, method: string, status: number): RouteSeries => {
    if (endpoint) {
      let series = byRoute.get(endpoint);
      if (!series) byRoute.set(endpoint, (series = new RouteSeries(endpoint.method, endpoint.path)));
      return series;
    }
    // Without a route, what answered was the static files (an asset found) or nothing (404, 405…).
    const route = status < 400 ? staticFiles : unmatched;
    const known = plainMethods.has(method) ? method : 'OTHER';
    let series = fallbacks[route].get(known);
    if (!series) fallbacks[route].set(known, (series = new RouteSeries(known, route)));
    return series;
  };

  new Counter({
    name: 'visavis_http_requests_total',
    help: 'HTTP requests answered, by method, route template (unmatched: no route; static: an asset) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
    collect() {
      this.reset();
      for (const series of [...byRoute.values(), ...fallbacks[staticFiles].values(), ...fallbacks[unmatched].values()]) {
        for (const [status, count] of series.byStatus) this.inc({ method: series.method, route: series.route, status: String(status) }, count);
      }
    },
  });

  const countRequests: MiddlewareHandler<AppEnv> = async function countRequests(c, next) {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // The route that answers (middleware and catch-alls match every method: `ALL`), as the
      // authorization reads it.
      let endpoint: RouterRoute | undefined;
      for (const route of matchedRoutes(c)) {
        if (route.method !== 'ALL') {
          endpoint = route;
          break;
        }
      }
      // Scrapes are not the workbench's traffic: counting them would only measure the scraper.
      if (endpoint?.path !== metricsPath) {
        const status = failed ? 500 : c.res.status;
        const series = seriesOf(endpoint, c.req.method, status);
        series.observe((performance.now() - started) / 1000);
        series.count(status);
      }
    }
  };

  new Counter({
    name: 'visavis_segment_saves_total',
    help: "Editor's saves of a segment, by outcome: saved, held_for_qa (stored as a draft for QA errors), conflict (someone saved first), refused (by the rules), failed.",
    labelNames: ['outcome'] as const,
    registers,
    collect() {
      this.reset();
      for (const outcome of saveOutcomes) this.inc({ outcome }, monitoring.saves[outcome]);
    },
  });
  new Gauge({
    name: 'visavis_live_streams',
    help: "Event streams open on this instance (documents' live events and jobs' progress).",
    registers,
    collect() {
      this.set(monitoring.openStreams());
    },
  });
  new Gauge({
    name: 'visavis_jobs',
    help: 'Background jobs (pre-translation) in the database, by state.',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      try {
        const counts = await monitoring.jobsByState();
        for (const state of jobStates) this.set({ state }, counts[state] ?? 0);
      } catch (error) {
        // The rest of the scrape (the process, the requests failing) matters most while the
        // database is down: these series go missing instead of failing it all.
        this.reset();
        logger.warn({ err: error }, 'metrics: could not count the jobs');
      }
    },
  });

  const lanes = [
    ['visavis_worker_threads', 'Worker threads each lane may run (VISAVIS_PARSE_THREADS).', 'threads'],
    ['visavis_worker_busy_threads', 'Worker threads holding a task, by lane.', 'busy'],
    ['visavis_worker_queue_length', 'Tasks waiting for a worker thread, by lane (at VISAVIS_PARSE_QUEUE more are refused with 503).', 'queued'],
  ] as const;
  for (const [name, help, field] of lanes) {
    new Gauge({
      name,
      help,
      labelNames: ['lane'] as const,
      registers,
      collect() {
        for (const load of monitoring.workerLanes()) this.set({ lane: load.lane }, load[field]);
      },
    });
  }
  const taskSeconds = new Histogram({
    name: 'visavis_worker_task_duration_seconds',
    help: 'Time a task held a worker thread (stopped ones too), by kind: document, memory, glossary, find, export, qa, review-report, preview, align, source-alignment.',
    labelNames: ['kind'] as const,
    buckets: taskBuckets,
    registers,
  });
  monitoring.onWorkerTask((kind, seconds) => taskSeconds.observe({ kind }, seconds));

  if (monitoring.databaseConnections()) {
    const pool = [
      ['visavis_db_pool_connections', 'PostgreSQL connections this process holds open, in use or idle (at most VISAVIS_DB_POOL).', 'total'],
      ['visavis_db_pool_idle_connections', 'PostgreSQL connections open and idle.', 'idle'],
      ['visavis_db_pool_waiting_requests', 'Queries waiting for a PostgreSQL connection (all of them in use).', 'waiting'],
    ] as const;
    for (const [name, help, field] of pool) {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(monitoring.databaseConnections()?.[field] ?? 0);
        },
      });
    }
  }

  return {
    registry,
    countRequests,
    scrape: async () => ({ body: await registry.metrics(), contentType: registry.contentType }),
  };
}

/** SHA-256 of a token: compared digest to digest, the comparison takes as long whatever was sent. */
const digestOf = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * `GET /metrics`: the exposition, to a bearer of `token` (VISAVIS_METRICS_TOKEN) when one is given,
 * to anyone who reaches the route otherwise (the metrics address, which should be internal).
 * Sessions and API tokens do not open it: it is the scraper's, not a user's.
 */
export function metricsRoutes(metrics: Metrics, options: { token?: string | undefined } = {}) {
  const app = new Hono<AppEnv>();
  const expected = options.token === undefined ? undefined : digestOf(options.token);
  app.get(metricsPath, async function scrapeMetrics(c) {
    if (expected) {
      const given = /^Bearer +(\S+) *$/iu.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      // Nothing sent never matches, even an (invalid) empty token.
      if (given === '' || !timingSafeEqual(digestOf(given), expected)) {
        c.header('www-authenticate', 'Bearer realm="metrics"');
        return problem(c, 401, 'unauthenticated', 'The metrics need the token set in VISAVIS_METRICS_TOKEN, sent as "Authorization: Bearer <token>".');
      }
    }
    const { body, contentType } = await metrics.scrape();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
  return app;
}

/**
 * The app of the metrics address (VISAVIS_METRICS_ADDRESS): `GET /metrics` without a token, and
 * nothing else.
 */
export function metricsApp(metrics: Metrics, options: MetricsOptions = {}) {
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(options.logger ?? pino({ level: 'silent' })));
  app.route('/', metricsRoutes(metrics));
  app.notFound((c) => problem(c, 404, 'not_found', `Nothing at ${c.req.path}: the metrics are at ${metricsPath}.`));
  return app;
}
