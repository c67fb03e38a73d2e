import { ForbiddenError, InvalidInputError, TargetTooLongError } from './errors';
import { checkTarget } from './inline';
import { checkReason } from './reason';
import { confirmedStatuses, resolveChange, type RevisionOrigin, type Segment, type Status } from './segment';

/**
 * THE decision about a change to a segment's target or status, whoever asks for it: the editor's
 * save, confirm, approve and reject, a restore, find & replace and its undo, an alignment, a
 * bilingual file taken back, pre-translation. services/segment-change.ts applies what is decided
 * here, and no other code sets a status.
 */

/** Whether a status counts as confirmed work: in progress bars, exports, the memory and QA's gate. */
export function isConfirmed(status: Status): boolean {
  return confirmedStatuses.includes(status);
}

/**
 * The longest target a segment may hold: ten thousand characters, or five times its source (in
 * the stored form, codes included) for a long one. English runs about as long as French; five
 * times is room for any translation and none for a replace-all that multiplies the text.
 */
export function maxTargetLength(source: string): number {
  return Math.max(10_000, 5 * source.length);
}

/** Who changes a segment, for the decision: whether their role lets them approve and reject. */
export interface ChangeActor {
  mayReview: boolean;
}

export interface ChangeRequest {
  /** The new target in the stored form (inline markup for a segment with codes); absent: unchanged. */
  target?: string | undefined;
  /** The status asked for; absent: what an edit leads to (segment.ts, statusAfterEdit). */
  status?: Status | undefined;
  origin: RevisionOrigin;
  /** Why, when a reviewer in the editor rejects the segment (the comment the translator reads). */
  reason?: string | undefined;
}

/** A change checked against the segment and the workflow, before the quality checks. */
export interface ProposedChange {
  target: string;
  status: Status;
  /** Target or status would differ from what is stored. */
  changed: boolean;
  /** The change would leave the segment confirmed with a new text or status: the QA gate applies. */
  gated: boolean;
}

/**
 * Checks a change against the segment: who may approve or reject, the target's inline codes and
 * length, then the transition table. Throws the typed error a caller can act on
 * (ForbiddenError, InvalidInlineCodesError, TargetTooLongError, InvalidTransitionError).
 *
 * Approving and rejecting are a reviewer's: a translator asking for it in the editor is refused,
 * while a bilingual file a translator takes back that says `approved` confirms what it carries
 * (`translated`), and a restore may give back the status a replace took away.
 *
 * @example
 * proposeChange(segment, { target: 'Hello', status: 'translated', origin: 'human' }, { mayReview: false });
 * // → { target: 'Hello', status: 'translated', changed: true, gated: true }
 */
export function proposeChange(current: Segment, request: ChangeRequest, actor: ChangeActor): ProposedChange {
  let status = request.status;
  if ((status === 'approved' || status === 'rejected') && !actor.mayReview && request.origin !== 'restore') {
    if (status === 'approved' && (request.origin === 'import' || request.origin === 'review-import')) status = 'translated';
    else throw new ForbiddenError(`Only a reviewer or the project's owner can ${status === 'approved' ? 'approve' : 'reject'} a segment.`);
  }
  if (status === 'rejected' && request.origin === 'human') checkReason(request.reason ?? '', 'Rejecting a segment needs a comment for the translator: it');
  if (request.target !== undefined) {
    // No database stores it (PostgreSQL's text refuses it) and no exchange format can carry it.
    if (request.target.includes('\u0000')) throw new InvalidInputError('A translation cannot contain the NUL character (U+0000).');
    checkTarget(request.target, current.codes);
    const limit = maxTargetLength(current.source);
    if (request.target.length > limit) throw new TargetTooLongError(limit, request.target.length);
  }
  const next = resolveChange(current, { target: request.target, status });
  const changed = next.target !== current.target || next.status !== current.status;
  return { ...next, changed, gated: changed && isConfirmed(next.status) };
}

/** The status a change the QA gate holds back takes instead of a confirmed one. */
export const heldStatus: Status = 'draft';

/** What the QA gate needs to know: the error checks found on the proposed target, and the reason to confirm anyway. */
export interface QaVerdict {
  /** The checks that found errors (severity `error`, ignored findings out). */
  errorChecks: readonly string[];
  /** A reason to confirm over them (already checked with checkReason). */
  override?: string | undefined;
  /**
   * The override the segment's current confirmation was made with (standingOverride): a reviewer
   * approving that very text over the same errors needs no reason of their own.
   */
  standing?: StandingOverride | null | undefined;
}

/** A confirmation made over QA errors that still holds: who, when, why, over which checks. */
export interface StandingOverride {
  reason: string;
  checks: string[];
  author: string | null;
  at: string;
}

/** What standingOverride reads of a revision. */
export interface RevisionOfOverride {
  newTarget: string;
  newStatus: Status;
  author: string | null;
  createdAt: string;
  qaOverride?: { reason: string; checks: string[] } | null | undefined;
}

/**
 * The QA override the segment's confirmation rests on, from its revisions (newest first): the
 * latest one recorded, as long as every change since kept the same text confirmed (an approval).
 * An edit, a rejection or a draft ends it: confirming again is a new decision, with its own reason.
 *
 * @example
 * standingOverride({ target: 'On Tuesday.', status: 'approved' }, [approval, confirmationOverQa]);
 * // → { reason: 'The French has the wrong day.', checks: ['weekdays'], author: 'sacha', at: '…' }
 */
export function standingOverride(segment: { target: string; status: Status }, revisions: readonly RevisionOfOverride[]): StandingOverride | null {
  if (!isConfirmed(segment.status)) return null;
  for (const revision of revisions) {
    if (revision.newTarget !== segment.target || !isConfirmed(revision.newStatus)) return null;
    if (revision.qaOverride) return { reason: revision.qaOverride.reason, checks: revision.qaOverride.checks, author: revision.author, at: revision.createdAt };
  }
  return null;
}

/** Whether an override on record answers every error found now (a new error needs a new reason). */
function covers(standing: StandingOverride | null | undefined, errorChecks: readonly string[]): boolean {
  return standing !== null && standing !== undefined && errorChecks.every((check) => standing.checks.includes(check));
}

export interface ChangeDecision {
  target: string;
  status: Status;
  /** Something is written: the target or the status differs from what is stored. */
  write: boolean;
  /** Asked to confirm, but QA found errors and no reason was given: stored as a draft instead. */
  heldForQa: boolean;
  /** Confirmed over QA errors: the reason and the checks, kept on the revision. */
  qaOverride: { reason: string; checks: string[] } | null;
  /** The other repetitions of the source still in `fillable` take this target with `status`; null: none. */
  repetitions: { status: Status; fillable: readonly Status[] } | null;
  /** The project memory: keep this pair, forget the segment's, or leave it. */
  memory: 'remember' | 'forget' | 'keep';
  /** The source-changed mark after the change: confirming the target against the new source settles it. */
  sourceChanged: boolean;
}

/**
 * Decides a proposed change once the quality checks have run on its target (only needed when
 * `proposal.gated`): a change that would leave the segment confirmed with QA errors and no reason
 * is stored as a draft — typed text is never refused for a quality reason, it is only not
 * confirmed. Approving a text confirmed over the same errors needs no new reason: the one on
 * record (`qa.standing`) holds, and a reviewer's own, when given, is recorded. A confirmation fills the repetitions still empty, and feeds the memory.
 *
 * @example
 * decideChange(segment, proposal, { errorChecks: ['numbers'] });
 * // → { status: 'draft', heldForQa: true, qaOverride: null, repetitions: null, … }
 */
export function decideChange(current: Segment, proposal: ProposedChange, qa: QaVerdict = { errorChecks: [] }): ChangeDecision {
  let status = proposal.status;
  let heldForQa = false;
  let qaOverride: ChangeDecision['qaOverride'] = null;
  if (proposal.gated && qa.errorChecks.length > 0) {
    // Approving (or confirming again) the very text someone confirmed over these errors: their
    // reason stands, and the change goes through; a reason given is recorded all the same.
    const approvedOverStanding = proposal.target === current.target && isConfirmed(current.status) && covers(qa.standing, qa.errorChecks);
    if (qa.override === undefined && approvedOverStanding) {
      qaOverride = null;
    } else if (qa.override === undefined) {
      heldForQa = true;
      // Not confirmed: new text goes in as a draft; a status change alone (approving a segment
      // confirmed earlier over its errors) is not made, and the segment stays as it was.
      status = proposal.target === current.target && isConfirmed(current.status) ? current.status : heldStatus;
    } else {
      qaOverride = { reason: qa.override, checks: [...new Set(qa.errorChecks)] };
    }
  }
  const write = proposal.target !== current.target || status !== current.status;
  const confirmed = isConfirmed(status);
  return {
    target: proposal.target,
    status,
    write,
    heldForQa,
    qaOverride,
    repetitions: write && confirmed ? { status: 'translated', fillable: ['new'] } : null,
    memory: !write ? 'keep' : status === 'rejected' || proposal.target === '' ? 'forget' : confirmed ? 'remember' : 'keep',
    sourceChanged: current.sourceChanged && !confirmed,
  };
}

/**
 * The status a translation starts with when a bilingual file creates the document (XLIFF, TMX…):
 * the file's, through the same rules as a change — a file a translator imports confirms what it
 * says is approved, and QA errors hold a confirmation back as a draft.
 *
 * @example
 * decideImported('translated', ['numbers'], { mayReview: true }); // → { status: 'draft', heldForQa: true }
 */
export function decideImported(status: Status, errorChecks: readonly string[], actor: ChangeActor): { status: Status; heldForQa: boolean } {
  const asked: Status = status === 'approved' && !actor.mayReview ? 'translated' : status;
  if (isConfirmed(asked) && errorChecks.length > 0) return { status: heldStatus, heldForQa: true };
  return { status: asked, heldForQa: false };
}

/**
 * A source update changed the French under a segment: the target (fitted to the new codes) is
 * kept, but it is no longer confirmed — a draft, or `new` when there was none.
 */
export function decideSourceChange(fittedTarget: string): { target: string; status: Status } {
  return { target: fittedTarget, status: fittedTarget === '' ? 'new' : 'draft' };
}
