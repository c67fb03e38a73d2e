import { Worker } from 'node:worker_threads';
import { type ErrorData, errorFromData } from '../domain/errors';
import type { Actor } from '../services/context';
import type { EditSegmentInput } from '../services/edit-segment';
import type { SegmentWriter, WrittenSegment } from '../services/segment-writer';

/** A save sent to the writer thread. */
export interface WriterRequest {
  n: number;
  input: EditSegmentInput;
  actor: Actor;
  now: string;
}

/** Its answer. */
export type WriterReply = { n: number; ok: true; value: WrittenSegment } | { n: number; ok: false; error: ErrorData };

export interface ThreadSegmentWriterOptions {
  /** The built worker (dist/segment-writer.js). */
  workerFile: string;
  /** The SQLite database file (already migrated by the server). */
  path: string;
}

/**
 * Saves on a dedicated thread holding its own SQLite connection (WAL: it writes while the main
 * connection reads): the services' SegmentWriter port, wired here like main.ts. Requests are
 * answered in order; a thread that dies fails what it was doing and the writer reports `failed`,
 * so the services go back to saving inline.
 *
 * @example
 * const writer = await threadSegmentWriter({ workerFile: 'dist/segment-writer.js', path: 'data/visavis.sqlite' });
 */
export async function threadSegmentWriter(options: ThreadSegmentWriterOptions): Promise<SegmentWriter> {
  const worker = new Worker(options.workerFile, { workerData: { path: options.path } });
  // Like the server's sockets, the thread must not keep a process alive on its own.
  worker.unref();
  const pending = new Map<number, { resolve: (value: WrittenSegment) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed = false;
  const fail = (error: Error) => {
    failed = true;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (message: unknown) => (message === 'ready' ? resolve() : reject(new Error(`The segment writer said ${String(message)}`))));
    worker.once('error', reject);
  });
  worker.on('message', (reply: WriterReply) => {
    const waiting = pending.get(reply.n);
    if (!waiting) return;
    pending.delete(reply.n);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(errorFromData(reply.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The segment writer stopped (exit code ${code}).`)));
  return {
    get failed() {
      return failed;
    },
    edit(input, actor, now) {
      if (failed) return Promise.reject(new Error('The segment writer has stopped.'));
      const n = ++next;
      return new Promise<WrittenSegment>((resolve, reject) => {
        pending.set(n, { resolve, reject });
        worker.postMessage({ n, input, actor, now } satisfies WriterRequest);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
      fail(new Error('The segment writer was closed.'));
    },
  };
}
