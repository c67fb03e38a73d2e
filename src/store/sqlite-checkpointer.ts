import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointerOptions {
  /** The database file (WAL mode). */
  path: string;
  /** How often to fold the write-ahead log back into the database file. */
  intervalMs?: number;
  /** Called if the worker fails; the caller then lets SQLite checkpoint on its own again. */
  onError: (error: Error) => void;
}

/**
 * Runs SQLite's WAL checkpoints on a worker thread with its own connection. A checkpoint copies
 * pages and fsyncs (milliseconds on a VM disk); run inside a commit on the main thread it stalls
 * every request queued behind it, which is what a p99 measures. PASSIVE checkpoints never block
 * the writer, so the main connection keeps committing while the worker folds the log.
 */
export function startCheckpointer(options: CheckpointerOptions): { stop: () => Promise<void> } {
  const intervalMs = options.intervalMs ?? 250;
  let worker: Worker | undefined;
  let online = false;
  // The worker starts after the first interval, not at open: a short-lived store (a CLI command,
  // a test) writes a few pages that the final checkpoint at close folds anyway, and starting a
  // thread it would stop at once costs it about 50 ms (most of them waiting for the thread to boot).
  const timer = setTimeout(() => {
    worker = spawn(options, intervalMs);
    worker.once('online', () => (online = true));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(timer);
      const running = worker;
      if (!running) return;
      if (!online) {
        // Not booted yet, so it holds no connection. (Had it opened one in between, better-sqlite3
        // closes it at thread exit, and a WAL checkpoint cut short is redone by the next one.)
        await running.terminate();
        return;
      }
      const closed = new Promise<void>((resolve) => {
        running.once('message', () => resolve());
        running.once('exit', () => resolve());
      });
      running.postMessage('stop');
      await closed;
      await running.terminate();
    },
  };
}

function spawn(options: CheckpointerOptions, intervalMs: number): Worker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // An eval'd worker keeps this module free of a second bundle entry; it loads the same driver.
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const SQLite = require(workerData.driver);
    const db = new SQLite(workerData.path);
    db.pragma('busy_timeout = 1000');
    const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
    parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.postMessage('closed'); });
  `;
  const worker = new Worker(source, { eval: true, workerData: { driver, path: options.path, intervalMs } });
  worker.unref();
  worker.on('error', options.onError);
  return worker;
}
