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
  const worker = new Worker(source, { eval: true, workerData: { driver, path: options.path, intervalMs: options.intervalMs ?? 250 } });
  worker.unref();
  worker.on('error', options.onError);
  return {
    stop: async () => {
      const closed = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await closed;
      await worker.terminate();
    },
  };
}
