import type { StandingOverride } from '../domain/change';
import { InvalidTransitionError } from '../domain/errors';
import { maxReasonLength } from '../domain/reason';
import type { RevisionOrigin, Segment, Status } from '../domain/segment';
import { type Actor, mayEditTranslations, type ServiceContext } from './context';
import type { FindingView } from './qa';
import { segmentChanges } from './segment-change';

/** Comments are short notes, not documents. */
export const maxCommentLength = maxReasonLength;

export interface EditSegmentInput {
  segmentId: number;
  target?: string | undefined;
  status?: Status | undefined;
  /** The version the editor last saw: a stale one is refused with VersionConflictError. */
  version: number;
  origin?: RevisionOrigin;
  /** Why: required when rejecting, where it starts a comment thread on the segment. */
  comment?: string | undefined;
  /** Confirm or approve over QA errors: why (recorded in the revision, shown to reviewers). */
  qaOverride?: { reason: string } | undefined;
}

export interface EditedSegment {
  segment: Segment;
  /** The repetitions that received this translation (origin `propagation`). */
  propagated: Segment[];
  /** Asked to confirm, but the quality checks found errors and no reason was given: saved as a draft. */
  heldForQa: boolean;
  /** The findings that held it (errors and warnings); empty when not held. */
  findings: FindingView[];
  /** Confirmed over QA errors by this change: the reason given now, or (an approval) the one on record; null otherwise. */
  qaOverride: StandingOverride | null;
}

export type EditContext = Pick<ServiceContext, 'store' | 'now' | 'live'> & Partial<Pick<ServiceContext, 'segmentWriter' | 'bulkWrite' | 'recentSegments'>>;

/**
 * The editor's save: changes a segment's target and/or status through the one change path
 * (segment-change.ts) in one transaction; a stale version or a change the rules refuse writes
 * nothing. A confirmation the quality checks find errors in is saved as a draft (`heldForQa`)
 * unless a reason is given. Rejecting needs a comment, which starts a thread on the segment.
 *
 * On SQLite the server saves on the writer thread (its own connection), but inline while an
 * import writes: its chunks and the saves then take SQLite's one write lock in turn, fairly, where
 * the thread's connection would wait in SQLite's busy handler, whose growing sleeps (1, 2, 5, 10…
 * ms) left it behind chunk after chunk (measured: save p99 154 ms during twenty 1 MB imports,
 * against 33 ms inline).
 *
 * @example
 * await editSegment(context, { segmentId: 7, target: 'Hello', status: 'translated', version: 1 }, actor);
 */
export async function editSegment(context: EditContext, input: EditSegmentInput, actor: Actor): Promise<EditedSegment> {
  mayEditTranslations(actor);
  const comment = input.comment?.trim() ?? '';
  if (comment.length > maxCommentLength) throw new InvalidTransitionError(`A comment has at most ${maxCommentLength} characters.`);

  const writer = context.segmentWriter;
  const bulk = context.bulkWrite;
  if (writer && !writer.failed && (!bulk || bulk.activeCount + bulk.pendingCount === 0)) {
    const written = await writer.edit(input, actor, context.now().toISOString());
    for (const event of written.events) context.live.publish(event.documentId, event.type, event.data);
    return written.value;
  }

  const changes = segmentChanges(context, actor);
  const request = {
    segmentId: input.segmentId,
    target: input.target,
    status: input.status,
    origin: input.origin ?? 'human',
    version: input.version,
    qaOverride: input.qaOverride?.reason,
    reason: comment,
  } as const;
  // On PostgreSQL a save without a comment needs no transaction of its own: the change path
  // writes a draft in one statement and opens a transaction for more (a confirmation). The read
  // before the write is safe outside one: the write happens only at the version read.
  const withComment = async (store: EditContext['store']) => {
    const changed = await changes.apply(store, request);
    if (comment !== '') {
      await store.comments.create({ segmentId: changed.segment.id, documentId: changed.segment.documentId, parentId: null, author: actor.name, body: comment, createdAt: context.now().toISOString() });
    }
    return changed;
  };
  const direct = context.store.changesInOneStatement && comment === '';
  const outcome = direct ? await changes.apply(context.store, request) : await context.store.transaction(withComment);
  // Held for the next save of this segment only once committed (a rolled-back row must never be).
  if (outcome.written) context.recentSegments?.remember(outcome.segment);
  changes.publish();
  if (comment !== '') context.live.publish(outcome.segment.documentId, 'comment', { segmentId: outcome.segment.id });
  return { segment: outcome.segment, propagated: outcome.propagated, heldForQa: outcome.heldForQa !== null, findings: outcome.heldForQa ?? [], qaOverride: outcome.qaOverride };
}
