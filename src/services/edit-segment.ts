import { ForbiddenError, InvalidTransitionError, NotFoundError, QaErrorsError, VersionConflictError } from '../domain/errors';
import { checkTarget } from '../domain/inline';
import { can } from '../domain/permissions';
import { confirmedStatuses, resolveChange, type RevisionOrigin, type Segment, type Status } from '../domain/segment';
import type { NewRevision, QaOverride, Store } from '../store/store';
import { type Actor, mayEditTranslations, type ServiceContext, timestamp } from './context';
import { rememberSegment } from './memory';
import { segmentFindings } from './qa';

/** Comments are short notes, not documents. */
export const maxCommentLength = 10_000;

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
}

/**
 * Changes a segment's target and/or status through the transition table, records a revision,
 * and when the change confirms a translation, fills the other still-untranslated repetitions.
 * All in one transaction; a stale version or an invalid transition writes nothing. Only a
 * reviewer or owner may approve or reject (the actor's role, when it has one).
 *
 * @example
 * await editSegment(context, { segmentId: 7, target: 'Hello', status: 'translated', version: 1 }, actor);
 */
export async function editSegment(context: Pick<ServiceContext, 'store' | 'now'>, input: EditSegmentInput, actor: Actor): Promise<EditedSegment> {
  mayEditTranslations(actor);
  if ((input.status === 'approved' || input.status === 'rejected') && actor.role && !can(actor.role, 'segment.review')) {
    throw new ForbiddenError(`Only a reviewer or the project's owner can ${input.status === 'approved' ? 'approve' : 'reject'} a segment.`);
  }
  const comment = input.comment?.trim() ?? '';
  if (input.status === 'rejected' && comment === '') {
    throw new InvalidTransitionError('Say why: rejecting a segment needs a comment for the translator.');
  }
  if (comment.length > maxCommentLength) throw new InvalidTransitionError(`A comment has at most ${maxCommentLength} characters.`);
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const current = await store.segments.get(input.segmentId);
    if (!current) throw new NotFoundError('segment', input.segmentId);
    if (current.version !== input.version) throw new VersionConflictError(input.version, current);
    // A target of a segment with codes is inline markup whose codes must fit the source's.
    if (input.target !== undefined) checkTarget(input.target, current.codes);

    const next = resolveChange(current, { target: input.target, status: input.status });
    if (comment !== '') {
      await store.comments.create({ segmentId: current.id, documentId: current.documentId, parentId: null, author: actor.name, body: comment, createdAt: now });
    }
    if (next.target === current.target && next.status === current.status) return { segment: current, propagated: [] };
    const qaOverride = await qaGate(store, current, next, input.qaOverride);

    const segment = await store.segments.update(current, next, now);
    if (!segment) throw new VersionConflictError(input.version, await mustGet(store, input.segmentId));

    const revisions: NewRevision[] = [{ ...revision(current, segment, input.origin ?? 'human', actor, now), ...(qaOverride ? { qaOverride } : {}) }];
    let propagated: Segment[] = [];
    if (confirmedStatuses.includes(segment.status)) {
      propagated = await store.segments.fillRepetitions(segment, segment.target, 'translated', now);
      for (const filled of propagated) {
        revisions.push(revision({ ...filled, target: '', status: 'new' }, filled, 'propagation', actor, now));
      }
    }
    await store.revisions.append(revisions);
    if (segment.status !== current.status || segment.target !== current.target) await rememberSegment(store, segment, actor.name, now);
    return { segment, propagated };
  });
}

/** The revision recording a change of a segment from `before` to `after`. */
export function revision(before: Segment, after: Segment, origin: RevisionOrigin, actor: Actor, now: string): NewRevision {
  return {
    segmentId: after.id,
    documentId: after.documentId,
    origin,
    author: actor.name,
    createdAt: now,
    previousTarget: before.target,
    newTarget: after.target,
    previousStatus: before.status,
    newStatus: after.status,
    version: after.version,
  };
}

/** The first revision of a segment that was just created (by an import or a source update): empty and `new`. */
export function creationRevision(segmentId: number, documentId: number, origin: RevisionOrigin, actor: Actor, now: string): NewRevision {
  return { segmentId, documentId, origin, author: actor.name, createdAt: now, previousTarget: null, newTarget: '', previousStatus: null, newStatus: 'new', version: 1 };
}

async function mustGet(store: Store, id: number): Promise<Segment> {
  const segment = await store.segments.get(id);
  if (!segment) throw new NotFoundError('segment', id);
  return segment;
}

/**
 * Confirming (`translated`) or approving a translation runs the quality checks: errors refuse it
 * (QaErrorsError, 422 with the findings) unless the request gives a reason to override them,
 * which the revision records. Warnings never block; drafts are not checked here.
 */
async function qaGate(store: Store, current: Segment, next: { target: string; status: Status }, override: EditSegmentInput['qaOverride']): Promise<QaOverride | null> {
  const confirming = (next.status === 'translated' || next.status === 'approved') && (next.status !== current.status || next.target !== current.target);
  if (!confirming) return null;
  const findings = await segmentFindings(store, { id: current.id, documentId: current.documentId, source: current.source, target: next.target, codes: current.codes });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return null;
  const reason = override?.reason.trim() ?? '';
  if (reason === '') {
    throw new QaErrorsError(
      `The quality checks found ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: ${errors.map((error) => error.message).join(' ')} Fix the translation, or confirm it anyway with a reason (qaOverride).`,
      findings,
    );
  }
  if (reason.length > maxCommentLength) throw new InvalidTransitionError(`A reason has at most ${maxCommentLength} characters.`);
  return { reason, checks: [...new Set(errors.map((error) => error.check))] };
}
