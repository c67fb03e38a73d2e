import { defaultParseThreads } from '../../config';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { type ErrorData, errorFromData, InvalidInputError, ServerBusyError } from '../../domain/errors';
import type { UploadResults, UploadTask } from '../../formats/uploads';
import type { UploadParser } from './parser';

/** What the worker answers: the result, or a typed failure as data. */
export type WorkerReply = { ok: true; value: UploadResults[UploadTask['kind']] } | { ok: false; error: ErrorData };

export interface WorkerParserOptions {
  /** The built worker (dist/parse-worker.js). */
  workerFile: URL | string;
  /** Threads that read uploads at once; default: the machine's cores but one (at least one). */
  threads?: number | undefined;
  /** Uploads that may wait for a thread; one more is refused with ServerBusyError (503). Default 64. */
  maxQueue?: number | undefined;
  /** How long a search may run before its thread is stopped; default 5 s. */
  findTimeoutMs?: number | undefined;
}


export const defaultParseQueue = 64;

/**
 * Reads uploads on a pool of worker threads (piscina) with a bounded queue. The threads run at a
 * lower priority (nice +10 where the platform allows it), so that on a machine short of cores the
 * event loop, which answers every editor, still comes first.
 *
 * @example
 * const parser = workerParser({ workerFile: new URL('./parse-worker.js', import.meta.url) });
 * await parser.document(bytes, 'md');
 */
export function workerParser(options: WorkerParserOptions): UploadParser {
  const threads = options.threads ?? defaultParseThreads();
  const maxQueue = options.maxQueue ?? defaultParseQueue;
  const filename = typeof options.workerFile === 'string' ? options.workerFile : fileURLToPath(options.workerFile);
  const pool = new Piscina({ filename, minThreads: 1, maxThreads: threads, idleTimeout: 60_000, niceIncrement: 10 });
  let pending = 0;
  /** A moving average of how long a task takes, for Retry-After. */
  let averageMs = 100;

  async function run<K extends UploadTask['kind']>(task: UploadTask & { kind: K }, signal?: AbortSignal): Promise<UploadResults[K]> {
    if (pending >= threads + maxQueue) {
      throw new ServerBusyError(Math.min(60, Math.max(1, Math.ceil((pending * averageMs) / threads / 1000))));
    }
    pending++;
    const started = performance.now();
    try {
      // Uploaded bytes go as a copy, moved (not cloned) to the thread. `new Uint8Array(view)` always
      // copies; a Buffer's slice() would not, and moving its memory would empty the caller's bytes.
      const own = 'bytes' in task ? { ...task, bytes: new Uint8Array(task.bytes) } : task;
      const reply = (await pool.run(own, { transferList: 'bytes' in own ? [own.bytes.buffer] : [], ...(signal ? { signal } : {}) })) as WorkerReply;
      if (!reply.ok) throw errorFromData(reply.error);
      return reply.value as UploadResults[K];
    } finally {
      pending--;
      averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
    }
  }

  return {
    document: (bytes, format) => run({ kind: 'document', bytes, format }),
    memory: (bytes) => run({ kind: 'memory', bytes }),
    glossary: (bytes) => run({ kind: 'glossary', bytes }),
    alignSources: (before, after) => run({ kind: 'source-alignment', before, after }),
    // Piscina ends the thread of a task whose signal fires: a runaway expression stops there.
    find: async (segments, query, findOptions) => {
      const limit = options.findTimeoutMs ?? 5_000;
      try {
        return await run({ kind: 'find', segments, query, ...findOptions }, AbortSignal.timeout(limit));
      } catch (error) {
        if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort/iu.test(error.message))) {
          throw new InvalidInputError(`The search took more than ${limit / 1000} s and was stopped: simplify the regular expression.`);
        }
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
