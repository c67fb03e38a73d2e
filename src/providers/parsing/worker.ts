/**
 * The worker (built to dist/parse-worker.js): runs one task on a pool thread. A task's large
 * arrays may come after it, a page at a time, on the port it carries (worker-pool.ts). Typed
 * failures (an unsupported format, a format's limit) come back as data, since an error crossing
 * threads loses its class; worker-pool.ts turns them back into the same errors.
 */
import type { MessagePort } from 'node:worker_threads';
import { errorToData } from '../../domain/errors';
import { runWork, type WorkTask } from '../../formats/work';
import type { WorkerReply } from './worker-pool';

/** Receives the pages sent on `port` into the task's arrays, until the end mark. */
function receivePages(task: WorkTask, port: MessagePort): Promise<void> {
  const fields = task as unknown as Record<string, unknown[]>;
  return new Promise((resolve) => {
    port.on('message', (message: { field: string; items: unknown[] } | { end: true }) => {
      if ('end' in message) {
        port.close();
        resolve();
        return;
      }
      const list = fields[message.field]!;
      for (const item of message.items) list.push(item);
    });
  });
}

export default async function runTask(message: { task: WorkTask; port?: MessagePort }): Promise<WorkerReply> {
  try {
    if (message.port) await receivePages(message.task, message.port);
    return { ok: true, value: runWork(message.task) };
  } catch (error) {
    return { ok: false, error: errorToData(error) };
  }
}
