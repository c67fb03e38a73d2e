import { type ServerType, serve } from '@hono/node-server';
import pino from 'pino';
import { version } from '../package.json';
import type { Config } from './config';
import { createApp } from './http/app';
import { createServices } from './services';
import { machineTranslatorFor } from './providers/mt';
import { openStore } from './store/open';

export interface RunningServer {
  url: string;
  /** While no account exists: the one-time link that creates the site administrator. */
  setupUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * Wiring only: config → store → services → app → serve. On first start with an empty database,
 * a demo document is created so the editor has something to show.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config.databasePath);
  const services = createServices({ store, maxUploadBytes: config.maxUploadBytes, machineTranslator: machineTranslatorFor(config) });
  const demoId = await services.documents.ensureDemo({ name: null });
  if (demoId !== undefined) logger.info({ documentId: demoId }, 'created the demo document');
  const resumed = await services.jobs.resumeInterrupted();
  if (resumed) logger.info({ jobs: resumed }, 'resumed interrupted pre-translation jobs');

  const app = createApp({ store, services, logger, publicDir: config.publicDir, version, trustProxy: config.trustProxy });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  const secret = await services.accounts.setup.secret();
  return {
    url,
    setupUrl: secret ? `${url}/#/setup?secret=${secret}` : undefined,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
