import { defaultParseThreads } from '../../config';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import Piscina from 'piscina';
import { type ErrorData, errorFromData, InvalidInputError, ServerBusyError, TaskBudgetError, TooManyTasksError } from '../../domain/errors';
import type { WorkResults, WorkTask } from '../../formats/work';
import { type Lane, type LaneLoad, laneOf, type Paged, splitPaged, type TaskDoneListener, type TaskOptions, type UploadParser } from './parser';

/** What the worker answers: the result, or a typed failure as data. */
export type WorkerReply = { ok: true; value: WorkResults[WorkTask['kind']] } | { ok: false; error: ErrorData };

export interface WorkerParserOptions {
  /** The built worker (dist/parse-worker.js). */
  workerFile: URL | string;
  /** Threads of each lane; default: the machine's cores but one (at least one). */
  threads?: number | undefined;
  /** Tasks that may wait for a thread, per lane; one more is refused with ServerBusyError (503). Default 64. */
  maxQueue?: number | undefined;
  /** Tasks one account may have waiting or running in each lane; one more is refused with TooManyTasksError (429). */
  perAccount?: Partial<Record<Lane, number>> | undefined;
  /** How long a search may run before its thread is stopped; default 5 s. */
  findTimeoutMs?: number | undefined;
  /** How long any other task may run; default 60 s. */
  taskTimeoutMs?: number | undefined;
  /** The heap a thread may use before it is stopped (V8's old generation), in MB; default 512. */
  memoryMb?: number | undefined;
}

export const defaultParseQueue = 64;
/**
 * Tasks one account may have waiting or running, per lane: twenty uploads at once are a
 * translator's folder; more than four searches at once are no one's (eighty were an attack).
 */
export const defaultPerAccount: Readonly<Record<Lane, number>> = { import: 32, document: 16, search: 4 };

interface Waiting {
  task: WorkTask;
  paged: Paged;
  account: string;
  timeoutMs: number;
  resolve: (reply: WorkerReply) => void;
  reject: (error: unknown) => void;
}

/**
 * One lane of work (imports, per-document work, searches): its own threads and its own queue, so
 * that eighty searches never stand between an owner and their import. A task goes to a thread
 * only when one of the lane's threads is free, so its time limit counts its run alone, never its
 * wait; among the waiting, the account with the fewest tasks running goes first (then the oldest).
 */
class LanePool {
  readonly #piscina: Piscina;
  readonly #queue: Waiting[] = [];
  readonly #accepted = new Map<string, number>();
  readonly #running = new Map<string, number>();
  #runningTotal = 0;
  /** A moving average of how long a task takes, for Retry-After. */
  #averageMs = 100;

  constructor(
    readonly name: Lane,
    filename: string,
    readonly threads: number,
    readonly maxQueue: number,
    readonly perAccount: number,
    memoryMb: number,
    private readonly taskDone: TaskDoneListener,
  ) {
    this.#piscina = new Piscina({
      filename,
      minThreads: name === 'import' ? 1 : 0,
      maxThreads: threads,
      idleTimeout: 60_000,
      niceIncrement: 10,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, Math.round(memoryMb / 8))) },
    });
  }

  get load(): LaneLoad {
    return { lane: this.name, threads: this.threads, busy: this.#runningTotal, queued: this.#queue.length };
  }

  #retryAfter(count: number): number {
    return Math.min(60, Math.max(1, Math.ceil((count * this.#averageMs) / this.threads / 1000)));
  }

  submit(task: WorkTask, paged: Paged, account: string, timeoutMs: number): Promise<WorkerReply> {
    const accepted = this.#runningTotal + this.#queue.length;
    if (accepted >= this.threads + this.maxQueue) throw new ServerBusyError(this.#retryAfter(accepted), this.name === 'import' ? 'reading other uploads; nothing was imported' : undefined);
    const mine = this.#accepted.get(account) ?? 0;
    if (mine >= this.perAccount) throw new TooManyTasksError(this.#retryAfter(mine), this.perAccount);
    this.#accepted.set(account, mine + 1);
    return new Promise<WorkerReply>((resolve, reject) => {
      this.#queue.push({ task, paged, account, timeoutMs, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#runningTotal < this.threads && this.#queue.length > 0) {
      let next = 0;
      for (let i = 1; i < this.#queue.length; i++) {
        if ((this.#running.get(this.#queue[i]!.account) ?? 0) < (this.#running.get(this.#queue[next]!.account) ?? 0)) next = i;
      }
      const [waiting] = this.#queue.splice(next, 1);
      void this.#start(waiting!);
    }
  }

  async #start(waiting: Waiting): Promise<void> {
    const { account } = waiting;
    this.#runningTotal++;
    this.#running.set(account, (this.#running.get(account) ?? 0) + 1);
    const started = performance.now();
    const channel = waiting.paged.length > 0 ? new MessageChannel() : undefined;
    const stop = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      // Uploaded bytes go as a copy, moved (not cloned) to the thread. `new Uint8Array(view)` always
      // copies; a Buffer's slice() would not, and moving its memory would empty the caller's bytes.
      const task = 'bytes' in waiting.task ? { ...waiting.task, bytes: new Uint8Array(waiting.task.bytes) } : waiting.task;
      const transferList: Array<ArrayBuffer | import('node:worker_threads').MessagePort> = [];
      if ('bytes' in task) transferList.push(task.bytes.buffer as ArrayBuffer);
      if (channel) transferList.push(channel.port2);
      const reply = this.#piscina.run(channel ? { task, port: channel.port2 } : { task }, { transferList, signal: stop.signal }) as Promise<WorkerReply>;
      // Awaited below; a rejection while the pages are still being sent must not go unhandled.
      reply.catch(() => undefined);
      // The clock starts once the thread has the whole task: reading pages from a busy store is not the task's time.
      if (channel) await sendPages(channel.port1, waiting.paged);
      timer = setTimeout(() => stop.abort(new DOMException('The task ran past its time limit.', 'TimeoutError')), waiting.timeoutMs);
      waiting.resolve(await reply);
    } catch (error) {
      // Pages that could not be read: the thread, still waiting for them, is stopped too.
      stop.abort(error);
      waiting.reject(error);
    } finally {
      clearTimeout(timer);
      channel?.port1.close();
      this.#runningTotal--;
      this.#running.set(account, (this.#running.get(account) ?? 1) - 1);
      if (this.#running.get(account) === 0) this.#running.delete(account);
      const left = (this.#accepted.get(account) ?? 1) - 1;
      if (left > 0) this.#accepted.set(account, left);
      else this.#accepted.delete(account);
      const ms = performance.now() - started;
      this.#averageMs = this.#averageMs * 0.8 + ms * 0.2;
      this.#pump();
      this.taskDone(waiting.task.kind, ms / 1000);
    }
  }

  destroy(): Promise<void> {
    for (const waiting of this.#queue.splice(0)) waiting.reject(new ServerBusyError(1));
    return this.#piscina.destroy();
  }
}

/**
 * Sends a task's large arrays a page at a time: each page is one structured clone of a few
 * hundred items (a few milliseconds), read from the store as it goes, so the event loop answers
 * other requests between pages instead of freezing for the whole document.
 */
async function sendPages(port: import('node:worker_threads').MessagePort, paged: Paged): Promise<void> {
  for (const [field, pages] of paged) {
    for await (const items of pages) port.postMessage({ field, items });
  }
  port.postMessage({ end: true });
}

/**
 * Runs uploads and per-document work on pools of worker threads (piscina), one pool per lane,
 * each with a bounded queue, per-account limits, a time limit counted from the moment a thread
 * takes the task, and a memory limit per thread. The threads run at a lower priority (nice +10
 * where the platform allows it), so that on a machine short of cores the event loop, which
 * answers every editor, still comes first.
 *
 * @example
 * const parser = workerParser({ workerFile: new URL('./parse-worker.js', import.meta.url) });
 * await parser.document(bytes, 'md');
 */
export function workerParser(options: WorkerParserOptions): UploadParser {
  const threads = options.threads ?? defaultParseThreads();
  const maxQueue = options.maxQueue ?? defaultParseQueue;
  const perAccount = { ...defaultPerAccount, ...options.perAccount };
  const memoryMb = options.memoryMb ?? 512;
  const taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  const findTimeoutMs = options.findTimeoutMs ?? 5_000;
  const filename = typeof options.workerFile === 'string' ? options.workerFile : fileURLToPath(options.workerFile);
  const taskListeners = new Set<TaskDoneListener>();
  const taskDone: TaskDoneListener = (kind, seconds) => {
    for (const listener of taskListeners) listener(kind, seconds);
  };
  const lanes = new Map<Lane, LanePool>(
    (['import', 'document', 'search'] as const).map((lane) => [lane, new LanePool(lane, filename, threads, maxQueue, perAccount[lane], memoryMb, taskDone)]),
  );

  async function run<R>(task: { readonly kind: WorkTask['kind']; readonly [field: string]: unknown }, taskOptions: TaskOptions = {}): Promise<R> {
    const { plain, paged } = splitPaged(task);
    const limit = task.kind === 'find' ? findTimeoutMs : taskTimeoutMs;
    let reply: WorkerReply;
    try {
      reply = await lanes.get(laneOf(task.kind))!.submit(plain as WorkTask, paged, taskOptions.account ?? '', limit);
    } catch (error) {
      throw budgetError(error, task.kind, limit, memoryMb);
    }
    if (!reply.ok) throw errorFromData(reply.error);
    return reply.value as R;
  }

  return {
    document: (bytes, format, taskOptions) => run({ kind: 'document', bytes, format }, taskOptions),
    memory: (bytes, taskOptions) => run({ kind: 'memory', bytes }, taskOptions),
    glossary: (bytes, taskOptions) => run({ kind: 'glossary', bytes }, taskOptions),
    alignSources: (before, after, taskOptions) => run({ kind: 'source-alignment', before, after }, taskOptions),
    find: (segments, query, findOptions, taskOptions) => run({ kind: 'find', segments, query, in: findOptions.in, replace: findOptions.replace, budget: findOptions.budget }, taskOptions),
    align: (task, taskOptions) => run({ ...task }, taskOptions),
    exportDocument: (task, taskOptions) => run({ ...task }, taskOptions),
    checkDocument: (task, taskOptions) => run({ ...task }, taskOptions),
    reviewReport: (task, taskOptions) => run({ ...task }, taskOptions),
    preview: (task, taskOptions) => run({ ...task }, taskOptions),
    close: async () => {
      await Promise.all([...lanes.values()].map((lane) => lane.destroy()));
    },
    lanes: () => [...lanes.values()].map((lane) => lane.load),
    onTaskDone: (listener) => {
      taskListeners.add(listener);
      return () => taskListeners.delete(listener);
    },
  };
}

/** A thread stopped for its time (the task's signal) or its memory (V8's heap limit), as the error the caller answers with. */
function budgetError(error: unknown, kind: WorkTask['kind'], limitMs: number, memoryMb: number): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || /abort/iu.test(error.message)) {
    if (kind === 'find') return new InvalidInputError(`The search took more than ${limitMs / 1000} s and was stopped: simplify the regular expression.`);
    return new TaskBudgetError(`The work took more than ${limitMs / 1000} s and was stopped; nothing was stored. Split the file or the document, or ask an administrator.`);
  }
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/iu.test(error.message)) {
    return new TaskBudgetError(`The work needed more than the ${memoryMb} MB a task may use and was stopped; nothing was stored. Split the file or the document.`);
  }
  return error;
}
