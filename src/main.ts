import { type ServerType, serve } from '@hono/node-server';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import { version } from '../package.json';
import type { Config } from './config';
import { createApp } from './http/app';
import { createMetrics, metricsApp, metricsPath } from './http/metrics';
import { createServices, type LiveRelay, type RelayMessage, shrinkRelayMessage } from './services';
import { machineTranslatorFor } from './providers/mt';
import { workerParser } from './providers/parsing/worker-pool';
import { threadSegmentWriter } from './workers/segment-writer';
import { describeStore, isPostgresUrl, openStore } from './store/open';
import { backupSqlite, restoreSqlite } from './store/sqlite-backup';
import { InvalidInputError } from './domain/errors';
import { postgresBroadcast } from './store/postgres-broadcast';
import type { Store } from './store/store';

export interface RunningServer {
  url: string;
  /** While no account exists: the one-time link that creates the site administrator. */
  setupUrl: string | undefined;
  /** With VISAVIS_METRICS_ADDRESS: where the metrics are served without a token. */
  metricsUrl: string | undefined;
  close(): Promise<void>;
}

/** How to name a database location in messages: the password of a URL hidden. */
export { describeStore };

/**
 * On close, how long requests under way may take to finish before their connections are cut:
 * under the 30 s most process managers wait after SIGTERM before they kill.
 */
const shutdownGraceMs = 10_000;

/** How often a server looks for jobs nobody runs (left by a stopped instance or CLI) and for imports a crash interrupted. */
const jobSweepMs = 30_000;

/**
 * How often open streams are checked against access changes nobody announced (the CLI, another
 * process, changing the SQLite file): with the 5 s the access cache may keep, such a change ends
 * the streams it concerns within 15 s.
 */
const streamCheckMs = 10_000;

/**
 * The store a location names and, on PostgreSQL, the relay that carries live events between the
 * processes using it (server instances, the CLI); `close` releases both.
 */
export async function openStorage(location: string, options: { poolSize?: number } = {}): Promise<{ store: Store; relay: LiveRelay | undefined; close: () => Promise<void> }> {
  const store = await openStore(location, options);
  if (!isPostgresUrl(location)) return { store, relay: undefined, close: () => store.close() };
  try {
    const relay = await postgresBroadcast<RelayMessage>({ url: location, shrink: shrinkRelayMessage });
    return {
      store,
      relay,
      close: async () => {
        await relay.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * `visavis backup`: a consistent copy of the embedded SQLite database while the server runs
 * (store/sqlite-backup.ts). PostgreSQL has its own tools, which the README gives.
 */
export function backupDatabase(location: string, file: string, options: Parameters<typeof backupSqlite>[2]): ReturnType<typeof backupSqlite> {
  return backupSqlite(sqliteOnly(location, 'backup'), file, options);
}

/** `visavis restore`: the backup checked, then put in place of the database (never one in use). */
export function restoreDatabase(file: string, location: string, options: Parameters<typeof restoreSqlite>[2]): ReturnType<typeof restoreSqlite> {
  return restoreSqlite(file, sqliteOnly(location, 'restore'), options);
}

function sqliteOnly(location: string, command: 'backup' | 'restore'): string {
  if (isPostgresUrl(location)) {
    throw new InvalidInputError(`visavis ${command} works on the embedded SQLite database; for PostgreSQL use pg_dump and pg_restore (README: PostgreSQL backups).`);
  }
  if (location === ':memory:') throw new InvalidInputError(`An in-memory database cannot be ${command === 'backup' ? 'backed up' : 'restored'}.`);
  return location;
}

/** The folder the SQLite file lives in, which must take writes; none for PostgreSQL or memory. */
function dataDirectoryOf(location: string): string | undefined {
  return isPostgresUrl(location) || location === ':memory:' ? undefined : dirname(resolve(location));
}

/**
 * Wiring only: config → store → services → app → serve. On first start with an empty database,
 * a demo document is created so the editor has something to show.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel });
  const storage = await openStorage(config.databasePath, { poolSize: config.databasePoolSize });
  const store = storage.store;
  const parser = workerParser({ workerFile: config.parseWorkerFile, threads: config.parseThreads, maxQueue: config.parseQueue, memoryMb: config.taskMemoryMb });
  // On SQLite, segment saves run on a thread of their own with a second connection (WAL).
  const segmentWriter =
    isPostgresUrl(config.databasePath) || config.databasePath === ':memory:'
      ? undefined
      : await threadSegmentWriter({ workerFile: config.segmentWriterFile, path: config.databasePath });
  const services = createServices({
    store,
    maxUploadBytes: config.maxUploadBytes,
    machineTranslator: machineTranslatorFor(config),
    liveRelay: storage.relay,
    parser,
    segmentWriter,
  });
  const colliding = await store.accounts.collidingUsernames();
  if (colliding.length > 0) {
    logger.warn(
      { usernames: colliding },
      'these accounts have a username that another, older account also has under Unicode case folding: they sign in by their exact spelling only; rename or delete them (audit log: username.collision)',
    );
  }
  const demoId = await services.documents.ensureDemo({ name: null });
  if (demoId !== undefined) logger.info({ documentId: demoId }, 'created the demo document');
  const resumed = await services.jobs.resumeInterrupted();
  if (resumed) logger.info({ jobs: resumed }, 'resumed interrupted pre-translation jobs');
  const sweepImports = () =>
    services.documents
      .sweepAbandonedImports()
      .then((count) => count && logger.warn({ documents: count }, 'deleted documents whose import was interrupted'))
      .catch((error: unknown) => logger.warn({ err: error }, 'could not look for interrupted imports'));
  await sweepImports();
  const sweeper = setInterval(() => {
    void sweepImports();
    services.jobs
      .resumeInterrupted()
      .then((count) => count && logger.info({ jobs: count }, 'took over pre-translation jobs nobody was running'))
      .catch((error: unknown) => logger.warn({ err: error }, 'could not look for abandoned jobs'));
  }, jobSweepMs);
  sweeper.unref();
  const streamChecks = setInterval(() => {
    services.live.recheckAll().catch((error: unknown) => logger.warn({ err: error }, 'could not check open streams'));
  }, streamCheckMs);
  streamChecks.unref();

  const { token: metricsToken, address: metricsAddress } = config.metrics;
  const metrics = metricsToken || metricsAddress ? createMetrics(services, { logger }) : undefined;
  const app = createApp({
    store,
    services,
    logger,
    publicDir: config.publicDir,
    version,
    trustProxy: config.trustProxy,
    dataDirectory: dataDirectoryOf(config.databasePath),
    metrics: metrics && { token: metricsToken, collector: metrics },
  });
  // Its own listener, without a token: meant for an internal interface only the scraper reaches.
  const metricsServer = metrics && metricsAddress ? await listen(metricsApp(metrics, { logger }).fetch, metricsAddress.host, metricsAddress.port) : undefined;
  const server = await listen(app.fetch, config.host, config.port).catch((error: unknown) => {
    metricsServer?.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  const secret = await services.accounts.setup.secret();
  return {
    url,
    setupUrl: secret ? `${url}/#/setup?secret=${secret}` : undefined,
    metricsUrl: metricsServer && `${urlOf(metricsServer, metricsAddress!.host)}${metricsPath}`,
    close: async () => {
      clearInterval(sweeper);
      clearInterval(streamChecks);
      // No new connections; the event streams end (their clients reconnect elsewhere, or here once
      // restarted); requests under way get a grace period, then every connection still open is cut.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      services.live.endStreams();
      const connections = 'closeAllConnections' in server ? server : undefined;
      // A browser keeps its connections open once their responses ended (the streams just ended
      // among them): each is closed as soon as it has no request under way (close() closed the
      // idle ones of this moment).
      const idle = setInterval(() => connections?.closeIdleConnections(), 50);
      const cut = setTimeout(() => connections?.closeAllConnections(), shutdownGraceMs);
      await closed;
      clearInterval(idle);
      clearTimeout(cut);
      if (metricsServer) {
        const stopped = new Promise<void>((resolve) => metricsServer.close(() => resolve()));
        // A scraper keeps its connection alive between scrapes.
        if ('closeAllConnections' in metricsServer) metricsServer.closeAllConnections();
        await stopped;
      }
      await parser.close();
      await segmentWriter?.close();
      await storage.close();
    },
  };
}

/** Starts an HTTP listener for `fetch` on host:port (port 0: any free one). */
function listen(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<ServerType> {
  return new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch, port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
}

/** The URL of a listener, with the host it was given (brackets around IPv6). */
function urlOf(server: ServerType, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
