import type { SourceAlignment } from '../../domain/align-sources';
import type { FindQuery, FindSegment, FoundSegment } from '../../domain/find';
import type { ReadDocument, ReadMemory } from '../../formats/uploads';
import type { ExportTask, QaTask, ReviewReportTask } from '../../formats/document-work';
import type { PreviewTask } from '../../formats/preview';
import { type AlignTask, runWork, type WorkResults, type WorkTask } from '../../formats/work';

/** Who asks for a task: per-account limits count by it (the actor's name; nothing for local callers). */
export interface TaskOptions {
  account?: string | null | undefined;
}

/**
 * A large array of a task given as pages (read from the store a page at a time): sent to the thread
 * page by page, so that no single structured clone of a whole document freezes the event loop.
 */
export interface Pages<T> {
  readonly pages: AsyncIterable<T[]>;
}

/** Rows already read, handed to a thread a page at a time (one structured clone of a whole document would hold the event loop). */
export function inPages<T>(rows: readonly T[], size = 500): Pages<T> {
  return {
    pages: {
      async *[Symbol.asyncIterator]() {
        for (let offset = 0; offset < rows.length; offset += size) {
          await new Promise((resolve) => setImmediate(resolve));
          yield rows.slice(offset, offset + size);
        }
      },
    },
  };
}

/** A task whose array fields may be given as pages. */
export type Pageable<T> = { [K in keyof T]: T[K] extends ReadonlyArray<infer E> ? T[K] | Pages<E> : T[K] };

/**
 * Reads uploaded files (decoding, segmentation and parsing, the CPU-heavy part of an import, and
 * the alignment of an updated source) and does the work that grows with a document (find and
 * replace, export, QA, review report, preview).
 * The server runs them on pools of worker threads (worker-pool.ts) so that one request never
 * stalls everyone's editor; the CLI and tests run them inline.
 */
export interface UploadParser {
  /** A French document in a format of the registry (by id). */
  document(bytes: Uint8Array, format: string, options?: TaskOptions): Promise<ReadDocument>;
  /** A TMX memory. */
  memory(bytes: Uint8Array, options?: TaskOptions): Promise<ReadMemory>;
  /** A glossary CSV, as rows. */
  glossary(bytes: Uint8Array, options?: TaskOptions): Promise<string[][]>;
  /** Aligns a document's old segment sources with those of its updated source (domain/align-sources.ts). */
  alignSources(before: string[], after: string[], options?: TaskOptions): Promise<SourceAlignment>;
  /** Aligns a document's paragraphs with an English version (formats/work.ts). */
  align(task: Pageable<AlignTask>, options?: TaskOptions): Promise<WorkResults['align']>;
  /**
   * Finds (and replaces) in segments (domain/find). On the pool, a search that runs past its time
   * limit (a regular expression gone exponential) is stopped: InvalidInputError.
   */
  find(
    segments: FindSegment[] | Pages<FindSegment>,
    query: FindQuery,
    options: { in?: 'source' | 'target' | 'both' | undefined; replace?: string | undefined; budget?: { answerSize: number } | undefined },
    taskOptions?: TaskOptions,
  ): Promise<FoundSegment[]>;
  /** A document's English version in a format (formats/document-work.ts). */
  exportDocument(task: Pageable<ExportTask>, options?: TaskOptions): Promise<WorkResults['export']>;
  /** A document's QA. */
  checkDocument(task: Pageable<QaTask>, options?: TaskOptions): Promise<WorkResults['qa']>;
  /** A document's review report, as JSON or HTML text. */
  reviewReport(task: Pageable<ReviewReportTask>, options?: TaskOptions): Promise<WorkResults['review-report']>;
  /** A document's live preview page, as HTML text (formats/preview.ts). */
  preview(task: Pageable<PreviewTask>, options?: TaskOptions): Promise<WorkResults['preview']>;
  /** Stops the threads, if any (pending tasks fail). */
  close(): Promise<void>;
  /** How each lane of the pool stands, for the metrics; absent when the work runs inline. */
  lanes?(): LaneLoad[];
  /** Calls `listener` as each task leaves its thread (failed ones too), for the metrics; returns how to stop. Absent inline. */
  onTaskDone?(listener: TaskDoneListener): () => void;
}

/** One lane of a pool as it stands: its threads, how many hold a task, and the tasks waiting for one. */
export interface LaneLoad {
  lane: Lane;
  threads: number;
  busy: number;
  queued: number;
}

/** Told a task's kind and how long it held a thread, in seconds. */
export type TaskDoneListener = (kind: WorkTask['kind'], seconds: number) => void;

/** The lanes of the pool: imports never wait behind searches, nor searches behind a document's export. */
export type Lane = 'import' | 'document' | 'search';

export function laneOf(kind: WorkTask['kind']): Lane {
  if (kind === 'find') return 'search';
  if (kind === 'export' || kind === 'qa' || kind === 'review-report' || kind === 'preview' || kind === 'source-alignment' || kind === 'align') return 'document';
  return 'import';
}

const isPages = (value: unknown): value is Pages<unknown> => typeof value === 'object' && value !== null && 'pages' in value && !Array.isArray(value);

/** A task's paged fields, to send apart. */
export type Paged = Array<[string, AsyncIterable<unknown[]>]>;

/** Splits a task into its plain part (paged fields empty) and its pages. */
export function splitPaged<T extends object>(task: T): { plain: T; paged: Paged } {
  const plain: Record<string, unknown> = {};
  const paged: Paged = [];
  for (const [field, value] of Object.entries(task)) {
    if (isPages(value)) {
      plain[field] = [];
      paged.push([field, value.pages]);
    } else plain[field] = value;
  }
  return { plain: plain as T, paged };
}

/** The task with its pages read into arrays (the inline runner, and the worker's side). */
export async function withPages<T extends object>(task: Pageable<T> | T): Promise<T> {
  const { plain, paged } = splitPaged(task as T);
  const out = plain as Record<string, unknown[]>;
  for (const [field, pages] of paged) for await (const items of pages) for (const item of items) out[field]!.push(item);
  return plain;
}

/**
 * Reads on the calling thread: for the CLI (one file, nothing else waiting) and for tests.
 *
 * @example
 * await inlineParser().document(bytes, 'txt');
 */
export function inlineParser(): UploadParser {
  const run = async <R>(task: WorkTask): Promise<R> => runWork(task) as R;
  return {
    document: (bytes, format) => run<ReadDocument>({ kind: 'document', bytes, format }),
    memory: (bytes) => run<ReadMemory>({ kind: 'memory', bytes }),
    glossary: (bytes) => run<string[][]>({ kind: 'glossary', bytes }),
    alignSources: (before, after) => run<SourceAlignment>({ kind: 'source-alignment', before, after }),
    find: async (segments, query, options) => run<FoundSegment[]>({ kind: 'find', segments: (await withPages({ segments })).segments as FindSegment[], query, ...options }),
    align: async (task) => run<WorkResults['align']>(await withPages<AlignTask>(task)),
    exportDocument: async (task) => run<WorkResults['export']>(await withPages<ExportTask>(task)),
    checkDocument: async (task) => run<WorkResults['qa']>(await withPages<QaTask>(task)),
    reviewReport: async (task) => run<WorkResults['review-report']>(await withPages<ReviewReportTask>(task)),
    preview: async (task) => run<WorkResults['preview']>(await withPages<PreviewTask>(task)),
    close: async () => undefined,
  };
}
