import { InvalidTransitionError } from './errors';
import type { InlineCode } from './inline/types';

/** What a segment is in its document; the editor and the exporters use it. */
export const segmentKinds = [
  'heading',
  'paragraph',
  'meta',
  'caption',
  'list-item',
  'quote',
  'hashtag',
  'table-cell',
] as const;
export type SegmentKind = (typeof segmentKinds)[number];

/** Review status, in workflow order. */
export const statuses = ['new', 'draft', 'translated', 'approved', 'rejected'] as const;
export type Status = (typeof statuses)[number];

/** Where a change to a segment came from; recorded on every revision. */
export const revisionOrigins = ['import', 'human', 'mt', 'tm', 'propagation', 'restore', 'source-update', 'review-import', 'alignment', 'replace'] as const;
export type RevisionOrigin = (typeof revisionOrigins)[number];

/** A segment as the services and the API see it. */
export interface Segment {
  id: number;
  documentId: number;
  position: number;
  kind: SegmentKind;
  /** The French text; inline markup (domain/inline) when `codes` is not empty, else a plain string. */
  source: string;
  /** The English text, in the same form as the source. */
  target: string;
  /** The source's inline codes; empty for a plain segment. */
  codes: InlineCode[];
  status: Status;
  version: number;
  /** Id of the first segment of the document with the same source, or null for that first one. */
  repetitionOf: number | null;
  wordCount: number;
  updatedAt: string;
  /** A source update changed the source under this target (which was kept, back in draft). */
  sourceChanged: boolean;
  /** The source before that update, to show what changed. */
  previousSource: string | null;
}

/**
 * THE transition table: which statuses a translator or reviewer may set explicitly from each status.
 * Setting the status a segment already has is allowed where listed (it is idempotent).
 * `new` is never in a list: a segment is `new` exactly when its target is empty (see `resolveChange`).
 */
export const transitions: Readonly<Record<Status, readonly Status[]>> = {
  new: ['draft', 'translated'],
  draft: ['draft', 'translated'],
  translated: ['draft', 'translated', 'approved', 'rejected'],
  approved: ['translated', 'approved', 'rejected'],
  rejected: ['draft', 'translated', 'rejected'],
};

/**
 * The status a segment takes when its target is edited without an explicit status.
 * Edits keep a confirmed segment confirmed (`translated`), but an approved one must be
 * approved again, and a rejected one stays rejected until the translator confirms the fix.
 */
export const statusAfterEdit: Readonly<Record<Status, Status>> = {
  new: 'draft',
  draft: 'draft',
  translated: 'translated',
  approved: 'translated',
  rejected: 'rejected',
};

/** Statuses whose segments count as confirmed work in progress bars and exports. */
export const confirmedStatuses: readonly Status[] = ['translated', 'approved'];

export interface SegmentState {
  target: string;
  status: Status;
}

export interface SegmentChange {
  target?: string | undefined;
  status?: Status | undefined;
}

const verbs: Record<Status, string> = {
  new: 'mark as new',
  draft: 'save as draft',
  translated: 'confirm',
  approved: 'approve',
  rejected: 'reject',
};

/**
 * Applies a requested change to a segment's state through the transition table.
 * Throws `InvalidTransitionError` with a reason a translator can act on.
 *
 * @example
 * resolveChange({ target: '', status: 'new' }, { target: 'Hello', status: 'translated' });
 * // → { target: 'Hello', status: 'translated' }
 */
export function resolveChange(current: SegmentState, change: SegmentChange): SegmentState {
  const requested = change.target ?? current.target;
  const empty = requested.trim() === '';
  // A target of only spaces is no translation: store it empty, so "new" and "empty" stay one thing.
  const target = empty ? '' : requested;

  if (change.status === undefined) {
    if (target === current.target) return { target, status: current.status };
    return { target, status: empty ? 'new' : statusAfterEdit[current.status] };
  }

  const to = change.status;
  if (to === 'new') {
    if (!empty) {
      throw new InvalidTransitionError(
        'A segment with a translation cannot be marked as new; clear the target instead.',
      );
    }
    return { target, status: 'new' };
  }
  if (empty) {
    const what = to === 'approved' ? 'an empty segment' : 'an empty target';
    throw new InvalidTransitionError(`Cannot ${verbs[to]} ${what}: type a translation first.`);
  }
  if (!transitions[current.status].includes(to)) {
    throw new InvalidTransitionError(
      `Cannot ${verbs[to]} a segment that is ${current.status}${transitionHint(current.status, to)}.`,
    );
  }
  return { target, status: to };
}

function transitionHint(from: Status, to: Status): string {
  if (to === 'approved') return ': only a translated segment can be approved; confirm it first';
  if (to === 'rejected') return ': only translated or approved segments can be rejected';
  return ` (allowed from ${from}: ${transitions[from].join(', ')})`;
}
