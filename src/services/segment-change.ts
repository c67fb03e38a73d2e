import { type ChangeDecision, decideChange, decideImported, decideSourceChange, isConfirmed, proposeChange, type StandingOverride, standingOverride } from '../domain/change';
import { checkPair, pairOf } from '../domain/qa';
import { NotFoundError, VersionConflictError, VisavisError } from '../domain/errors';
import { can } from '../domain/permissions';
import { checkReason } from '../domain/reason';
import type { InlineCode } from '../domain/inline';
import type { RevisionOrigin, Segment, Status } from '../domain/segment';
import type { NewRevision, SegmentPlace, Store } from '../store/store';
import type { Actor, ServiceContext } from './context';
import { rememberSegment } from './memory';
import { documentQaContext, type FindingView, type ProjectQa, segmentFindings } from './qa';

/**
 * THE way a segment's target or status changes (ARCHITECTURE.md: one change path). Every writer —
 * the editor's save, confirm, approve and reject, restore, find & replace and its undo, alignment,
 * bilingual files taken back, pre-translation, source updates — asks domain/change.ts for the
 * decision and lets this module apply it: the same limits (inline codes, target length), the QA
 * gate, the revision with its origin and author, the repetitions, the memory, and the live event
 * once the transaction has committed.
 */

export interface SegmentChangeRequest {
  segmentId: number;
  /** The new target (stored form); absent: unchanged. */
  target?: string | undefined;
  /** The status asked for; absent: what an edit leads to. */
  status?: Status | undefined;
  origin: RevisionOrigin;
  /** The version the writer read: a segment changed since is a VersionConflictError, nothing written. */
  version?: number | undefined;
  /** The target the writer read (a batch reads before its transaction): another one is a conflict too. */
  expectTarget?: string | undefined;
  /** Confirm over QA errors: why (at least three visible letters or digits). */
  qaOverride?: string | undefined;
  /** Why, when rejecting in the editor. */
  reason?: string | undefined;
  /** The replace-all the change is part of. */
  batch?: string | undefined;
}

export interface SegmentChangeOutcome {
  /** The segment as stored after the change (as it was, when nothing was written). */
  segment: Segment;
  before: Segment;
  written: boolean;
  /** The repetitions the confirmation filled. */
  propagated: Segment[];
  /** Asked to confirm, but stored as a draft for these QA findings; null when not held. */
  heldForQa: FindingView[] | null;
  /**
   * The change confirmed the segment over QA errors: with this reason (given now), or — an
   * approval of the same text — on the one already on record. Null otherwise.
   */
  qaOverride: StandingOverride | null;
}

/** A change a batch could not make, and why (the typed error's code and message). */
export interface RefusedChange {
  segmentId: number;
  code: string;
  message: string;
}

export type SegmentChangeContext = Pick<ServiceContext, 'now' | 'live'> & Partial<Pick<ServiceContext, 'recentSegments'>>;

/**
 * A set of changes made by one actor, in one transaction or several: `apply` each (inside the
 * caller's transaction), then `publish` once they have committed. A batch reads each project's QA
 * context once. (A class: a save makes one, and it is the hot path.)
 *
 * @example
 * const changes = segmentChanges(context, actor);
 * await context.store.transaction((store) => changes.apply(store, { segmentId: 7, target: 'Hello', origin: 'human' }));
 * changes.publish();
 */
export class SegmentChanges {
  private readonly now: string;
  private readonly mayReview: boolean;
  private projectQa: Map<number, Promise<ProjectQa>> | undefined;
  private readonly changed = new Map<number, Segment>();

  constructor(
    private readonly context: SegmentChangeContext,
    private readonly actor: Actor,
  ) {
    this.now = context.now().toISOString();
    this.mayReview = !actor.role || can(actor.role, 'segment.review');
  }

  /** Applies one change inside the caller's transaction; throws the typed error of a change the rules refuse. */
  async apply(store: Store, request: SegmentChangeRequest): Promise<SegmentChangeOutcome> {
    const { actor, now } = this;
    const override = request.qaOverride === undefined ? undefined : checkReason(request.qaOverride, 'A reason to confirm over QA errors');
    const recent = this.context.recentSegments;
    const held = request.version === undefined ? undefined : recent?.at(request.segmentId, request.version);
    const current = held ?? (await store.segments.get(request.segmentId));
    if (!current) throw new NotFoundError('segment', request.segmentId);
    if ((request.version !== undefined && current.version !== request.version) || (request.expectTarget !== undefined && current.target !== request.expectTarget)) {
      recent?.forget(current.id);
      throw new VersionConflictError(request.version ?? current.version - 1, current);
    }
    const proposal = proposeChange(current, request, { mayReview: this.mayReview });
    let findings: FindingView[] = [];
    if (proposal.gated) {
      findings = await segmentFindings(store, { ...current, target: proposal.target }, await this.qaOf(store, current.documentId));
    }
    const errorChecks = findings.filter((finding) => finding.severity === 'error').map((finding) => finding.check);
    // The same text confirmed before over errors (a reviewer approving it): the override on record.
    const standing =
      errorChecks.length > 0 && proposal.target === current.target && isConfirmed(current.status) ? standingOverride(current, await store.revisions.listForSegment(current.id)) : null;
    const decision = decideChange(current, proposal, { errorChecks, override, standing });
    const heldForQa = decision.heldForQa ? findings : null;
    const qaOverride = decision.qaOverride ? { ...decision.qaOverride, author: actor.name, at: now } : errorChecks.length > 0 && !decision.heldForQa && isConfirmed(decision.status) ? standing : null;
    if (!decision.write) return { segment: current, before: current, written: false, propagated: [], heldForQa, qaOverride: null };

    if (!decision.repetitions && decision.memory === 'keep') {
      // The segment and its revision only (a draft, most saves): one statement on PostgreSQL,
      // which needs no transaction around it (Store.changesInOneStatement).
      const after: Segment = { ...current, target: decision.target, status: decision.status, version: current.version + 1 };
      const segment = await store.segments.updateRecorded(current, decision, now, this.recorded(current, after, request, decision));
      if (!segment) {
        recent?.forget(current.id);
        throw new VersionConflictError(current.version, (await store.segments.get(current.id)) ?? current);
      }
      this.changed.set(segment.id, segment);
      return { segment, before: current, written: true, propagated: [], heldForQa, qaOverride };
    }
    // Joins the caller's transaction, if any (an editor's save on PostgreSQL comes without one).
    return store.transaction(async (tx) => {
      const segment = await tx.segments.update(current, decision, now);
      if (!segment) {
        recent?.forget(current.id);
        throw new VersionConflictError(current.version, (await tx.segments.get(current.id)) ?? current);
      }
      const revisions: NewRevision[] = [this.recorded(current, segment, request, decision)];
      let propagated: Segment[] = [];
      if (decision.repetitions) {
        propagated = await tx.segments.fillRepetitions(segment, { target: segment.target, ...decision.repetitions }, now);
        for (const filled of propagated) {
          const copied = revision({ ...filled, target: '', status: 'new' }, filled, 'propagation', actor, now);
          // The same source and target: the same findings, and so the same override.
          if (decision.qaOverride) copied.qaOverride = decision.qaOverride;
          revisions.push(copied);
        }
      }
      await tx.revisions.append(revisions);
      if (decision.memory === 'remember') await rememberSegment(tx, segment, actor.name, now);
      // A rejected (or emptied) translation is no longer one to offer.
      if (decision.memory === 'forget') await tx.memory.removeForSegment(segment.id);
      this.changed.set(segment.id, segment);
      for (const filled of propagated) this.changed.set(filled.id, filled);
      return { segment, before: current, written: true, propagated, heldForQa, qaOverride };
    });
  }

  /** The revision of a change: who, how, and the override it was confirmed with. */
  private recorded(before: Segment, after: Segment, request: SegmentChangeRequest, decision: ChangeDecision): NewRevision {
    const recorded = revision(before, after, request.origin, this.actor, this.now);
    if (decision.qaOverride) recorded.qaOverride = decision.qaOverride;
    if (request.batch) recorded.batch = request.batch;
    return recorded;
  }

  /** As `apply`, but a change the rules refuse (a typed error: conflict, codes, length, transition) is returned, not thrown: a batch goes on. */
  async attempt(store: Store, request: SegmentChangeRequest): Promise<SegmentChangeOutcome | RefusedChange> {
    try {
      return await this.apply(store, request);
    } catch (error) {
      if (!(error instanceof VisavisError)) throw error;
      return { segmentId: request.segmentId, code: error.code, message: error.message };
    }
  }

  /**
   * A source update's change under a segment: its place and source, and — when the French
   * changed — the target kept (fitted to the new codes) but no longer confirmed (domain/change.ts).
   */
  async relocate(store: Store, before: Segment, place: SegmentPlace, sourceChange?: { fittedTarget: string }): Promise<Segment> {
    const change = sourceChange && { changedFrom: before.source, ...decideSourceChange(sourceChange.fittedTarget) };
    const after = await store.segments.relocate(before, place, change, this.now);
    if (change) {
      await store.revisions.append([revision(before, after, 'source-update', this.actor, this.now)]);
      this.changed.set(after.id, after);
    }
    return after;
  }

  /**
   * Tells the document's live editors, once the changes have committed: each segment written, or
   * for a batch (`reset`) one "read the document again" with its reason — when something was
   * written, or `always` (a source update moves segments even when no text changed).
   */
  publish(reset?: { documentId: number; reason: string; always?: boolean }): void {
    if (reset) {
      if (reset.always || this.changed.size > 0) this.context.live.publish(reset.documentId, 'reset', { reason: reset.reason });
    } else {
      for (const segment of this.changed.values()) this.context.live.publish(segment.documentId, 'segment', { segment, author: this.actor.name });
    }
    this.changed.clear();
  }

  /** The QA context of a document's project, read once per set of changes. */
  private qaOf(store: Store, documentId: number): Promise<ProjectQa> {
    this.projectQa ??= new Map();
    let qa = this.projectQa.get(documentId);
    if (!qa) {
      qa = documentQaContext(store, documentId);
      this.projectQa.set(documentId, qa);
    }
    return qa;
  }
}

/** The changes one actor makes (see SegmentChanges). */
export function segmentChanges(context: SegmentChangeContext, actor: Actor): SegmentChanges {
  return new SegmentChanges(context, actor);
}

/** A refusal, as `attempt` returns it. */
export function isRefused(outcome: SegmentChangeOutcome | RefusedChange): outcome is RefusedChange {
  return 'code' in outcome;
}

/**
 * The status of a translation a bilingual file brings into a new document (domain/change.ts,
 * decideImported): the project's quality checks run on the confirmed ones.
 */
export function importedTranslation(
  segment: { source: string; codes: readonly InlineCode[]; target: string; status: Status },
  qa: ProjectQa,
  actor: Actor,
): { status: Status; heldForQa: boolean } {
  const errors = isConfirmed(segment.status) ? checkPair(pairOf(segment), qa.context, qa.settings).filter((finding) => finding.severity === 'error') : [];
  return decideImported(segment.status, errors.map((finding) => finding.check), { mayReview: !actor.role || can(actor.role, 'segment.review') });
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
