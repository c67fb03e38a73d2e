import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { InvalidInputError, NotFoundError, ConflictError } from '../domain/errors';
import { plainText } from '../domain/inline';
import type { RevisionOrigin, Segment } from '../domain/segment';
import { MachineTranslationError } from '../providers/mt/machine-translator';
import type { JobRecord, JobState } from '../store/store';
import { activeSegments, type Actor, type ServiceContext, timestamp } from './context';
import type { LiveHub } from './live';
import { machineTranslate } from './machine-translation';
import { engineGlossary } from './glossary';
import { lookup } from './memory';
import { isRefused, segmentChanges } from './segment-change';

export interface PretranslateOptions {
  /** Use memory matches at or above `minScore` first. */
  memory: boolean;
  minScore: number;
  /** Then machine translation for the rest. */
  mt: boolean;
}

/** DeepL's limits for one request: 50 texts and 128 KiB; we stay a little under the size. */
export const deeplLimits = { texts: 50, bytes: 120 * 1024 } as const;
/** Context sent with a batch: the paragraphs just before and after it, this long at most. */
const contextChars = 1500;

export interface RunnerOptions {
  /** First wait after a 429 or a 5xx; it doubles each time. */
  retryDelayMs?: number;
  /** Tries of one batch on 429 before the job fails; on 5xx and network errors. */
  maxRateLimitedTries?: number;
  maxUnavailableTries?: number;
  /**
   * How long a runner's claim on a job holds without news from it (default 60 s). Another server
   * instance (or the server, for a job the CLI started) takes over a job whose claim has lapsed.
   */
  leaseMs?: number;
}

type JobListener = (job: JobRecord) => void;

/** The job was cancelled elsewhere, or another runner took it over: this one stops, writing nothing more. */
class LostJobError extends Error {}

/** Splits texts into requests within DeepL's limits (form-encoded size, as deepl-node sends them). */
export function batchesOf<T extends { source: string }>(items: readonly T[], limits: { texts: number; bytes: number } = deeplLimits): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  // The batch's context (two neighbours) and DeepL's other parameters come once per request.
  const reserve = 2 * 3 * contextChars + 512;
  let bytes = reserve;
  for (const item of items) {
    const size = encodeURIComponent(item.source).length + 6;
    if (current.length > 0 && (current.length >= limits.texts || bytes + size > limits.bytes)) {
      out.push(current);
      current = [];
      bytes = reserve;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Pre-translation as background jobs kept in the store: memory matches first, DeepL for the rest,
 * only into segments that are still empty (checked again, by version, at the moment of writing:
 * nothing a person typed is ever overwritten). A job can be cancelled, pauses when the DeepL
 * quota is used up, resumes (after a restart too), and never pays twice for a text (MT cache).
 */
export function pretranslationRunner(context: ServiceContext, live: LiveHub, options: RunnerOptions = {}) {
  const retryDelayMs = options.retryDelayMs ?? 2000;
  const maxRateLimitedTries = options.maxRateLimitedTries ?? 6;
  const maxUnavailableTries = options.maxUnavailableTries ?? 3;
  const leaseMs = options.leaseMs ?? 60_000;
  /** This process, as the runner of the jobs it claims. */
  const runner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const cancelled = new Set<number>();
  const running = new Map<number, Promise<void>>();

  const leaseUntil = () => new Date(context.now().getTime() + leaseMs).toISOString();
  type JobChange = Partial<Pick<JobRecord, 'state' | 'done' | 'total' | 'message'>>;
  /** A change from anyone (the API, the CLI), made only while the job is in one of `states`. */
  const change = async (id: number, changed: JobChange, states: readonly JobState[]) => {
    const job = await context.store.jobs.update(id, changed, timestamp(context), { states });
    if (job) live.publishJob(job);
    return job;
  };
  /** Writes as the runner holding the job, renewing its claim; undefined when the job was lost. */
  const asRunner = (id: number, changed: JobChange) =>
    context.store.jobs.update(id, changed, timestamp(context), { states: ['running'], runner, leaseUntil: leaseUntil() });
  /** A change by the runner holding the job, told to its followers; throws when the job was lost. */
  const update = async (id: number, changed: JobChange) => {
    const job = await asRunner(id, changed);
    if (!job) throw new LostJobError();
    live.publishJob(job);
    return job;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Writes a suggestion into a segment, as a draft, if it is still empty and unchanged; the segment when written. */
  async function fill(segment: Segment, text: string, origin: RevisionOrigin, author: string | null): Promise<Segment | undefined> {
    if (!text.trim()) return undefined;
    const written = segmentChanges(context, { name: author });
    const outcome = await context.store.transaction((store) =>
      written.attempt(store, { segmentId: segment.id, target: text, status: 'draft', origin, version: segment.version, expectTarget: '' }),
    );
    written.publish();
    return isRefused(outcome) || !outcome.written ? undefined : outcome.segment;
  }

  async function run(jobId: number): Promise<void> {
    const job = await context.store.jobs.claim(jobId, runner, timestamp(context), leaseUntil());
    if (!job) return; // not runnable, or another runner holds it
    live.publishJob(job);
    // Renews the claim while a long DeepL call or a back-off says nothing.
    const heartbeat = setInterval(() => {
      asRunner(jobId, {}).catch(() => undefined);
    }, leaseMs / 3);
    heartbeat.unref();
    try {
      await work(job);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function work(claimed: JobRecord): Promise<void> {
    const jobId = claimed.id;
    let job = claimed;
    const settings = job.options as unknown as PretranslateOptions;
    const document = await context.store.documents.get(job.documentId);
    const project = document && (await context.store.projects.get(document.projectId));
    if (!document || !project) {
      await update(jobId, { state: 'failed', message: 'The document no longer exists.' });
      return;
    }
    const all = await activeSegments(context.store, document.id);
    const empty = all.filter((segment) => segment.target === '');
    job = await update(jobId, { total: job.done + empty.length, message: null });
    let done = job.done;
    const total = job.total;
    const author = job.createdBy;
    const stop = async (state: JobState, message: string | null) => {
      await update(jobId, { state, done, message });
    };

    // 1. Memory matches.
    let rest = empty;
    if (settings.memory) {
      rest = [];
      let slice = performance.now();
      let reported = slice;
      for (const segment of empty) {
        if (cancelled.has(jobId)) return stop('cancelled', 'Cancelled.');
        // The store answers synchronously (SQLite): without a pause, 20,000 lookups run back to back
        // as promise callbacks and hold every request for seconds. Every 8 ms, the event loop gets a
        // turn; when others had work waiting (the turn took time), they get as long again before the
        // next slice: a background job takes at most about half of a busy server.
        if (performance.now() - slice > 8) {
          const turn = performance.now();
          await new Promise((resolve) => setImmediate(resolve));
          const others = performance.now() - turn;
          if (others > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(50, others)));
          slice = performance.now();
        }
        const [best] = await lookup(context.store, project.id, segment, {
          previous: all[segment.position - 1]?.source,
          next: all[segment.position + 1]?.source,
          minScore: settings.minScore,
          limit: 1,
          excludeSegmentId: segment.id,
        });
        if (best && (await fill(segment, best.target, 'tm', author))) {
          done++;
          // Progress is written four times a second, not once per segment (20,000 updates of the job's row).
          if (performance.now() - reported > 250) {
            reported = performance.now();
            await update(jobId, { done });
          }
        } else {
          rest.push(segment);
        }
      }
    }

    // 2. Machine translation, in batches within DeepL's limits, neighbours as context.
    if (settings.mt && rest.length) {
      if (!context.mt.configured) return stop('done', `${context.mt.reason ?? 'No machine translation is configured.'} Only memory matches were used.`);
      for (const batch of batchesOf(rest)) {
        if (cancelled.has(jobId)) return stop('cancelled', 'Cancelled.');
        const first = batch[0]!;
        const last = batch[batch.length - 1]!;
        const words = (segment: Segment | undefined) => segment && plainText(segment.source, segment.codes);
        const around = [words(all[first.position - 1])?.slice(-contextChars), words(all[last.position + 1])?.slice(0, contextChars)].filter(Boolean).join('\n\n');
        let texts: string[] | undefined;
        for (let attempt = 1; texts === undefined; attempt++) {
          try {
            const glossaryId = await engineGlossary(context, project.id);
            texts = await machineTranslate(context, batch.map((segment) => ({ source: segment.source, codes: segment.codes, context: around })), project.settings, glossaryId);
          } catch (error) {
            if (!(error instanceof MachineTranslationError)) throw error;
            if (error.failure === 'quota_exceeded') return stop('paused', `${error.message} The job is paused: resume it when the quota allows.`);
            const limit = error.failure === 'rate_limited' ? maxRateLimitedTries : error.failure === 'unavailable' ? maxUnavailableTries : 1;
            if (attempt >= limit) return stop('failed', `${error.message} Gave up after ${attempt} tries; ${done} of ${total} segments are filled.`);
            await update(jobId, { message: `${error.message} Retrying…` });
            await sleep(retryDelayMs * 2 ** (attempt - 1));
            if (cancelled.has(jobId)) return stop('cancelled', 'Cancelled.');
          }
        }
        for (let i = 0; i < batch.length; i++) if (await fill(batch[i]!, texts[i] ?? '', 'mt', author)) done++;
        await update(jobId, { done, message: null });
      }
    }
    await update(jobId, { state: 'done', done, total: done + (await activeSegments(context.store, document.id)).filter((segment) => segment.target === '').length, message: null });
  }

  /** One unfinished job per document. */
  async function refuseSecondJob(documentId: number): Promise<void> {
    const active = await context.store.jobs.activeFor(documentId);
    if (active) throw new ConflictError('job_running', `Pre-translation job ${active.id} is already ${active.state} for this document.`);
  }

  function schedule(jobId: number): Promise<void> {
    const existing = running.get(jobId);
    if (existing) return existing;
    const task = run(jobId)
      .catch(async (error: unknown) => {
        if (error instanceof LostJobError) return;
        await update(jobId, { state: 'failed', message: `Pre-translation failed: ${error instanceof Error ? error.message : String(error)}` }).catch(() => undefined);
      })
      .finally(() => {
        running.delete(jobId);
        cancelled.delete(jobId);
      });
    running.set(jobId, task);
    return task;
  }

  return {
    async start(documentId: number, settings: PretranslateOptions, actor: Actor): Promise<JobRecord> {
      if (!settings.memory && !settings.mt) throw new InvalidInputError('Choose memory, machine translation or both.');
      if (settings.minScore < 50 || settings.minScore > 100) throw new InvalidInputError('minScore is between 50 and 100.');
      const document = await context.store.documents.get(documentId);
      if (!document) throw new NotFoundError('document', documentId);
      await refuseSecondJob(documentId);
      const job = await context.store.jobs
        .create({ kind: 'pretranslate', documentId, options: { ...settings }, createdBy: actor.name }, timestamp(context))
        // Another instance started one at the same moment: the database's unique index said no.
        .catch(async (error: unknown) => {
          await refuseSecondJob(documentId);
          throw error;
        });
      void schedule(job.id);
      return job;
    },
    async get(jobId: number): Promise<JobRecord> {
      const job = await context.store.jobs.get(jobId);
      if (!job) throw new NotFoundError('job', jobId);
      return job;
    },
    async cancel(jobId: number): Promise<JobRecord> {
      const job = await this.get(jobId);
      if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') return job;
      const local = running.get(jobId);
      if (local) {
        cancelled.add(jobId);
        await local;
        return this.get(jobId);
      }
      // Queued, paused, or running in another process: its runner stops at its next write.
      return (await change(jobId, { state: 'cancelled', message: 'Cancelled.' }, ['queued', 'running', 'paused'])) ?? this.get(jobId);
    },
    async resume(jobId: number): Promise<JobRecord> {
      const job = await this.get(jobId);
      if (job.state !== 'paused' && job.state !== 'failed') throw new ConflictError('job_not_paused', `Job ${jobId} is ${job.state}: only a paused or failed job resumes.`);
      const resumed = await change(jobId, { state: 'queued', message: null }, ['paused', 'failed']).catch(async (error: unknown) => {
        await refuseSecondJob(job.documentId); // a newer job for the document is under way
        throw error;
      });
      if (!resumed) return this.get(jobId);
      void schedule(jobId);
      return resumed;
    },
    /**
     * Takes over the jobs nobody runs: left queued or running by a server that stopped, or by
     * another instance whose claim has lapsed. The server calls it on start and then regularly.
     */
    async resumeInterrupted(): Promise<number> {
      const jobs = (await context.store.jobs.claimable(timestamp(context))).filter((job) => !running.has(job.id));
      for (const job of jobs) void schedule(job.id);
      return jobs.length;
    },
    /** Listens to a job's progress, wherever it runs; returns how to stop listening. */
    listen: (jobId: number, listener: JobListener): (() => void) => live.listenJob(jobId, listener),
    /** Resolves when the job stops running in this process (tests wait for it). */
    settled: (jobId: number): Promise<void> => running.get(jobId) ?? Promise.resolve(),
    /**
     * The job once it has stopped (done, failed, cancelled or paused), wherever it runs: here, or
     * in another process that claimed it first (the store is read every `pollMs` meanwhile).
     */
    async stopped(jobId: number, pollMs = 1000): Promise<JobRecord> {
      for (;;) {
        await running.get(jobId);
        const job = await this.get(jobId);
        if (job.state !== 'queued' && job.state !== 'running') return job;
        if (!running.has(jobId)) await sleep(pollMs);
      }
    },
  };
}

export type PretranslationRunner = ReturnType<typeof pretranslationRunner>;
