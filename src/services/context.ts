import { ForbiddenError, VisavisError } from '../domain/errors';
import { can, type Role } from '../domain/permissions';
import type { MachineTranslator } from '../providers/mt/machine-translator';
import type { UploadParser } from '../providers/parsing/parser';
import type { Segment } from '../domain/segment';
import type { Store } from '../store/store';
import type { LiveEvents } from './live';
import type { RecentSegments } from './recent-segments';
import type { SegmentWriter } from './segment-writer';
import type { PasswordCost } from './passwords';

/**
 * Who is acting: recorded as the author of revisions and in the audit log.
 * `role` is the actor's role in the project concerned, set by the HTTP authorization layer; it is
 * absent only for trusted local callers (the CLI and the server console, which hold the database
 * file anyway).
 */
export interface Actor {
  name: string | null;
  role?: Role | undefined;
  /** The client's address, for the audit log. */
  address?: string | null | undefined;
}

/** A signed-in user, as the use cases that list "what I may see" need them. */
export interface Principal {
  id: number;
  username: string;
  isAdmin: boolean;
}

/** What every use case receives: the store and a clock (injectable so tests control time). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  /** Uploads larger than this are refused (PayloadTooLargeError). */
  maxUploadBytes: number;
  /** scrypt cost for new password hashes (tests lower it; verification reads it from each hash). */
  passwordCost: PasswordCost;
  /** The machine-translation engine (DeepL), or the stand-in that says none is configured. */
  mt: MachineTranslator;
  /** Reads uploads (decoding, segmentation, parsing): on worker threads in the server, inline elsewhere. */
  parser: UploadParser;
  /**
   * Runs the large writes of imports one at a time. SQLite has one writer: twenty imports queued
   * at once would each hold it in turn while saves wait behind all of them; one at a time, a save
   * waits for one import's transaction at most.
   */
  bulkWrite: (<T>(work: () => Promise<T>) => Promise<T>) & { readonly activeCount: number; readonly pendingCount: number };
  /** Where use cases tell the documents' live editors what changed (the hub; in the writer thread, a collector). */
  live: LiveEvents;
  /** Runs the editor's saves off the event loop (SQLite: a thread with its own connection); inline when absent. */
  segmentWriter?: SegmentWriter | undefined;
  /** The segments last written, by version, so a save need not read them again (PostgreSQL; see recent-segments.ts). */
  recentSegments?: RecentSegments | undefined;
}

/** The timestamp format stored everywhere: ISO-8601 in UTC. */
export function timestamp(context: Pick<ServiceContext, 'now'>): string {
  return context.now().toISOString();
}

/**
 * Runs a transaction that looks for a duplicate before it writes (a taken name, an existing
 * member). Should another request write the same thing between the look and the write (several
 * instances on PostgreSQL), the database's unique index refuses the write; the transaction then
 * runs once more, and its look answers with the domain's error (AlreadyExistsError, 409) instead
 * of a database error (500). Domain errors are not retried.
 */
export async function uniqueWrite<T>(context: ServiceContext, work: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await context.store.transaction(work);
  } catch (error) {
    if (error instanceof VisavisError) throw error;
    return context.store.transaction(work);
  }
}

/**
 * Writes `items` a slice at a time (`write` runs one transaction per slice), letting the event
 * loop read the requests waiting before each slice: better-sqlite3 answers synchronously, so
 * without the pause the slices would run back to back as promise callbacks and a large import
 * would hold every editor up for its whole length.
 */
export async function inChunks<T>(items: readonly T[], size: number, write: (chunk: T[], offset: number) => Promise<void>): Promise<void> {
  for (let offset = 0; offset < items.length; offset += size) {
    await new Promise((resolve) => setImmediate(resolve));
    await write(items.slice(offset, offset + size), offset);
  }
}

/** Rows a page of a whole-document read holds (a few milliseconds to read, and to send to a thread). */
export const pageSize = 500;

/**
 * A long list read a page at a time, by key (`read(after)` gives the rows after that key, in key
 * order), letting the event loop answer other requests between pages: reading and cloning a
 * 20,000-segment document at once holds it for a tenth of a second or more.
 *
 * @example
 * pagesOf((after) => store.segments.active(id, { after, limit: pageSize }), (segment) => segment.position);
 */
export function pagesOf<T>(read: (after: number) => Promise<T[]>, key: (row: T) => number, start = -1): { pages: AsyncIterable<T[]> } {
  return {
    pages: {
      async *[Symbol.asyncIterator]() {
        let after = start;
        for (;;) {
          await new Promise((resolve) => setImmediate(resolve));
          const rows = await read(after);
          if (rows.length > 0) yield rows;
          if (rows.length < pageSize) return;
          after = key(rows[rows.length - 1]!);
        }
      },
    },
  };
}

/** Every row of a paged read, gathered: the event loop answers other requests between pages. */
export async function allPages<T>(paged: { pages: AsyncIterable<T[]> }): Promise<T[]> {
  const rows: T[] = [];
  for await (const page of paged.pages) for (const row of page) rows.push(row);
  return rows;
}

/** A document's segments in order, read a page at a time (one read of 20,000 holds the event loop for a third of a second). */
export function activeSegments(store: Store, documentId: number): Promise<Segment[]> {
  return allPages(pagesOf((after) => store.segments.active(documentId, { after, limit: pageSize }), (segment) => segment.position));
}

/** Refuses an actor whose role in the project does not let them edit translations (no role: the CLI, a site administrator). */
export function mayEditTranslations(actor: Actor): void {
  if (actor.role && !can(actor.role, 'segment.edit')) throw new ForbiddenError('Your role in this project does not allow editing translations.');
}
