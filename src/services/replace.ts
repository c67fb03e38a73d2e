import { randomUUID } from 'node:crypto';
import { AnswerTooLargeError, InvalidInputError, NotFoundError } from '../domain/errors';
import { type FindOptions, type FindSegment, maxAnswerSize } from '../domain/find';
import { inPages, type Pages } from '../providers/parsing/parser';
import { proposeChange } from '../domain/change';
import { InvalidInlineCodesError, TargetTooLongError } from '../domain/errors';
import { plainText } from '../domain/inline';
import type { Segment, Status } from '../domain/segment';
import type { Store } from '../store/store';
import { activeSegments, type Actor, inChunks, mayEditTranslations, pageSize, pagesOf, type ServiceContext } from './context';
import type { FindingView } from './qa';
import { isRefused, segmentChanges } from './segment-change';

/** Where to look: the French, the English, or both. */
export type FindScope = 'source' | 'target' | 'both';

export interface FindInput {
  find: string;
  options?: FindOptions | undefined;
  in?: FindScope | undefined;
}

export interface FoundInDocument {
  /** Matches in all. */
  count: number;
  /** The segments with a match, in document order; offsets count in the words (codes out). */
  items: Array<{ segmentId: number; position: number; source: Array<{ start: number; end: number }>; target: Array<{ start: number; end: number }> }>;
}

/** Every match of a search in a document's segments (the whole document, not a page). */
export async function findInDocument(context: ServiceContext, documentId: number, input: FindInput, actor: Actor = { name: null }): Promise<FoundInDocument> {
  await mustGetDocument(context.store, documentId);
  const byId = new Map<number, Segment>();
  const found = await context.parser.find(readOnceTaken(context.store, documentId, () => true, byId), { find: input.find, ...input.options }, { in: input.in ?? 'both' }, { account: actor.name });
  let count = 0;
  const items = found.map((hit) => {
    count += hit.source.length + hit.target.length;
    return { segmentId: hit.id, position: byId.get(hit.id)!.position, source: hit.source, target: hit.target };
  });
  return { count, items };
}

export interface ReplaceInput {
  find: string;
  replace: string;
  options?: FindOptions | undefined;
  /** Only say what would change. */
  dryRun?: boolean | undefined;
  /** Only in these segments (replacing one); every segment of the document otherwise. */
  segmentIds?: number[] | undefined;
}

export interface ReplaceChange {
  segmentId: number;
  position: number;
  /** The target before and after (as stored: inline markup with codes), and the status it goes to (approved goes back to translated, as typing does). */
  before: string;
  after: string;
  /** Plain words, for a preview. */
  beforeText: string;
  afterText: string;
  matches: number;
  status: Status;
  newStatus: Status;
}

type SkipReason = 'empty' | 'changed' | 'codes' | 'too-long';

/** Why a replacement was not made, from the code of the error that refused it (a conflict otherwise). */
function skipReason(code: string): SkipReason {
  if (code === 'target_too_long') return 'too-long';
  if (code === 'invalid_inline_codes') return 'codes';
  return 'changed';
}

export interface ReplaceResult {
  dryRun: boolean;
  /** Matches replaced (or that would be). */
  count: number;
  changes: ReplaceChange[];
  /**
   * Segments left as they were: the replacement would empty the target, break its codes, make it
   * longer than a segment may hold, or it changed meanwhile.
   */
  skipped: Array<{ segmentId: number; position: number; reason: SkipReason }>;
  /** Changed segments that were confirmed but are now drafts: the quality checks found errors in the new text. */
  heldForQa: Array<{ segmentId: number; position: number; findings: FindingView[] }>;
  /** The batch the changes belong to (for undoing them together); null for a dry run or no change. */
  batch: string | null;
}

/**
 * Replaces in a document's targets (translators and up): every match, or those of the segments
 * named. Each changed segment gets a revision of origin `replace`, all of one batch, which
 * `undoReplace` takes back together. A dry run says what would change and writes nothing. The
 * targets are read again in the write: one typed meanwhile is skipped, never overwritten.
 */
export async function replaceInDocument(context: ServiceContext, documentId: number, input: ReplaceInput, actor: Actor): Promise<ReplaceResult> {
  mayEditTranslations(actor);
  if (input.replace.length > 10_000) throw new InvalidInputError('A replacement has at most 10,000 characters.');
  const byId = new Map<number, Segment>();
  let pages: Pages<FindSegment>;
  if (input.segmentIds) {
    // Some segments (a replace of one): read now, to say which is missing.
    const wanted = new Set(input.segmentIds);
    const segments = (await documentSegments(context.store, documentId)).filter((segment) => wanted.has(segment.id));
    const missing = input.segmentIds.find((id) => !segments.some((segment) => segment.id === id));
    if (missing !== undefined) throw new NotFoundError('segment of this document', missing);
    const withTargets = segments.filter((segment) => segment.target !== '');
    for (const segment of withTargets) byId.set(segment.id, segment);
    pages = inPages(withTargets.map(findable));
  } else {
    await mustGetDocument(context.store, documentId);
    pages = readOnceTaken(context.store, documentId, (segment) => segment.target !== '', byId);
  }
  const found = await context.parser.find(pages, { find: input.find, ...input.options }, { in: 'target', replace: input.replace }, { account: actor.name });
  const changes: ReplaceChange[] = [];
  const skipped: ReplaceResult['skipped'] = [];
  let count = 0;
  let size = 0;
  let index = 0;
  for (const hit of found) {
    // Tens of thousands of hits are checked a slice at a time, the event loop answering others between slices.
    if (++index % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    const segment = byId.get(hit.id)!;
    if (hit.tooLong) {
      skipped.push({ segmentId: segment.id, position: segment.position, reason: 'too-long' });
      continue;
    }
    const after = hit.after ?? segment.target;
    if (after === segment.target) continue;
    let next: { target: string; status: Status };
    try {
      next = proposeChange(segment, { target: after, origin: 'replace' }, { mayReview: false });
    } catch (error) {
      // A replacement typed as markup into a segment with codes (`<pc …>`), or one that multiplies the text: not this way.
      if (error instanceof InvalidInlineCodesError || error instanceof TargetTooLongError) {
        skipped.push({ segmentId: segment.id, position: segment.position, reason: skipReason(error.code) });
        continue;
      }
      throw error;
    }
    if (next.target === '') {
      skipped.push({ segmentId: segment.id, position: segment.position, reason: 'empty' });
      continue;
    }
    count += hit.target.length;
    size += 2 * (segment.target.length + after.length);
    if (size > maxAnswerSize) throw new AnswerTooLargeError('The replacement changes too much to list at once: narrow the search (a longer text, whole words, or a few segments).');
    changes.push({
      segmentId: segment.id,
      position: segment.position,
      before: segment.target,
      after,
      beforeText: plainText(segment.target, segment.codes),
      afterText: plainText(after, segment.codes),
      matches: hit.target.length,
      status: segment.status,
      newStatus: next.status,
    });
  }
  if (input.dryRun || changes.length === 0) return { dryRun: input.dryRun ?? false, count, changes, skipped, heldForQa: [], batch: null };

  const batch = randomUUID();
  const written = segmentChanges(context, actor);
  const heldForQa: ReplaceResult['heldForQa'] = [];
  // Written a slice at a time (one transaction each), the event loop answering others between slices:
  // a replace over a whole large document would hold every editor for its whole length. The slices
  // share one batch, which undo takes back together.
  const applied: ReplaceChange[] = [];
  await inChunks(changes, 250, (slice) =>
    context.bulkWrite(async () => {
      applied.push(...(await context.store.transaction((store) => applySlice(store, slice))));
    }),
  );
  async function applySlice(store: Store, slice: ReplaceChange[]): Promise<ReplaceChange[]> {
      const done: ReplaceChange[] = [];
      for (const change of slice) {
        // Read again in the write: a target typed meanwhile is skipped, never overwritten.
        const outcome = await written.attempt(store, { segmentId: change.segmentId, target: change.after, origin: 'replace', expectTarget: change.before, batch });
        if (isRefused(outcome)) {
          skipped.push({ segmentId: change.segmentId, position: change.position, reason: skipReason(outcome.code) });
          continue;
        }
        if (outcome.heldForQa) heldForQa.push({ segmentId: change.segmentId, position: change.position, findings: outcome.heldForQa });
        done.push({ ...change, newStatus: outcome.segment.status });
      }
      return done;
  }
  written.publish({ documentId, reason: 'replace' });
  return { dryRun: false, count: applied.reduce((sum, change) => sum + change.matches, 0), changes: applied, skipped, heldForQa, batch: applied.length > 0 ? batch : null };
}

export interface UndoReplaceResult {
  /** Segments given back their text and status from before the replace. */
  restored: Array<{ segmentId: number; position: number }>;
  /** Segments changed since the replace: left as they are. */
  skipped: Array<{ segmentId: number; position: number }>;
}

/**
 * Takes back a replace-all (translators and up): each segment it changed and nobody changed since
 * gets its target and status back (a revision of origin `restore`); the others are left and listed.
 */
export async function undoReplace(context: ServiceContext, documentId: number, batch: string, actor: Actor): Promise<UndoReplaceResult> {
  mayEditTranslations(actor);
  await mustGetDocument(context.store, documentId);
  const written = segmentChanges(context, actor);
  const result = await context.bulkWrite(() =>
    context.store.transaction(async (store) => {
      const revisions = (await store.revisions.listForBatch(documentId, batch)).filter((entry) => entry.origin === 'replace');
      if (revisions.length === 0) throw new NotFoundError('replace batch of this document', batch);
      const restored: UndoReplaceResult['restored'] = [];
      const skipped: UndoReplaceResult['skipped'] = [];
      for (const entry of revisions) {
        // Only a segment nobody changed since the replace (its version is the replace's own).
        const outcome = await written.attempt(store, { segmentId: entry.segmentId, target: entry.previousTarget ?? '', status: entry.previousStatus ?? undefined, origin: 'restore', version: entry.version });
        if (isRefused(outcome)) {
          if (outcome.code === 'not_found') continue;
          const current = await store.segments.get(entry.segmentId);
          skipped.push({ segmentId: entry.segmentId, position: current?.position ?? -1 });
          continue;
        }
        restored.push({ segmentId: outcome.segment.id, position: outcome.segment.position });
      }
      return { restored, skipped };
    }),
  );
  written.publish({ documentId, reason: 'replace' });
  return result;
}

async function mustGetDocument(store: Store, documentId: number): Promise<void> {
  if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
}

/** The document's live segments, read a page at a time; NotFoundError when there is no such document. */
async function documentSegments(store: Store, documentId: number): Promise<Segment[]> {
  await mustGetDocument(store, documentId);
  return activeSegments(store, documentId);
}

/**
 * The document's segments (those `keep` takes) as pages for a thread, read from the store only once
 * a thread takes the task: a search refused for its account's share (429) reads nothing. Each
 * segment sent is kept in `sent`, by id, for the answer.
 */
function readOnceTaken(store: Store, documentId: number, keep: (segment: Segment) => boolean, sent: Map<number, Segment>): Pages<FindSegment> {
  const read = pagesOf((after) => store.segments.active(documentId, { after, limit: pageSize }), (segment) => segment.position);
  return {
    pages: (async function* () {
      for await (const page of read.pages) {
        const kept = page.filter(keep);
        for (const segment of kept) sent.set(segment.id, segment);
        yield kept.map(findable);
      }
    })(),
  };
}

const findable = (segment: Segment): FindSegment => ({ id: segment.id, source: segment.source, target: segment.target, codes: segment.codes });
