import { isConfirmed } from '../domain/change';
import { distance } from 'fastest-levenshtein';
import { type DiffOp, wordDiff } from '../domain/diff';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { type InlineCode, toBraces } from '../domain/inline';
import type { Status } from '../domain/segment';
import { type DocumentStatistics, emptyStatistics, type Revision } from '../store/store';
import type { ServiceContext } from './context';
import { documentFindings, type FindingView, view } from './qa';
import { type Thread, threadsOf } from './review';

export interface ReviewItem {
  segmentId: number;
  position: number;
  /** As stored: plain, or inline markup with `codes`. */
  source: string;
  codes: InlineCode[];
  sourceChanged: boolean;
  previousSource: string | null;
  status: Status;
  target: string;
  /** What the target is compared with: its text at `since`, or as last approved. */
  baseline: { text: string; at: string | null; kind: 'since' | 'approved' | 'none' };
  ops: DiffOp[];
  authors: string[];
  comments: Thread[];
  /** The quality checks' findings on the translation as it is now. */
  qa: FindingView[];
  /** Confirmations or approvals over QA errors among the changes: who, when, why. */
  qaOverrides: Array<{ author: string | null; at: string; reason: string; checks: string[] }>;
}

export interface ReviewReport {
  document: { id: number; title: string };
  since: string | null;
  generatedAt: string;
  items: ReviewItem[];
}

/**
 * Every segment changed since `since` (an ISO date or time), or, without it, since its last
 * approval (segments never approved are listed when they have a translation), with the diff from
 * then to now, who changed it, and its comments.
 */
export async function reviewReport(context: ServiceContext, documentId: number, since?: string): Promise<ReviewReport> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  let from: string | undefined;
  if (since !== undefined) {
    const time = Date.parse(since);
    if (Number.isNaN(time)) throw new InvalidInputError(`"${since}" is not a date: use an ISO date or time such as 2026-11-24 or 2026-11-24T09:00:00Z.`);
    from = new Date(time).toISOString();
  }
  // The findings as the document's QA list gives them: ignored ones out, the project's other documents compared.
  const [{ segments, findings }, revisions, comments] = await Promise.all([
    documentFindings(context.store, documentId),
    context.store.revisions.listForDocument(documentId),
    context.store.comments.listForDocument(documentId),
  ]);
  const findingsOf = new Map(segments.map((segment, i) => [segment.id, findings[i]!.map(view)]));
  const bySegment = groupBy(revisions, (revision) => revision.segmentId);
  const threads = groupBy(comments, (comment) => comment.segmentId);

  const items: ReviewItem[] = [];
  for (const segment of segments) {
    const history = bySegment.get(segment.id) ?? []; // oldest first
    let baseline: ReviewItem['baseline'];
    let changes: Revision[];
    if (from !== undefined) {
      changes = history.filter((revision) => revision.createdAt > from);
      if (changes.length === 0) continue;
      const last = history.filter((revision) => revision.createdAt <= from).at(-1);
      baseline = { text: last?.newTarget ?? '', at: from, kind: 'since' };
    } else {
      const approvedAt = history.findLastIndex((revision) => revision.newStatus === 'approved');
      if (approvedAt >= 0) {
        const approval = history[approvedAt]!;
        changes = history.slice(approvedAt + 1);
        if (changes.length === 0) continue;
        baseline = { text: approval.newTarget, at: approval.createdAt, kind: 'approved' };
      } else {
        if (segment.target === '') continue;
        changes = history.filter((revision) => revision.origin !== 'import');
        baseline = { text: '', at: null, kind: 'none' };
      }
    }
    items.push({
      segmentId: segment.id,
      position: segment.position,
      source: segment.source,
      codes: segment.codes,
      sourceChanged: segment.sourceChanged,
      previousSource: segment.previousSource,
      status: segment.status,
      target: segment.target,
      baseline,
      ops: wordDiff(toBraces(baseline.text, segment.codes), toBraces(segment.target, segment.codes)),
      authors: [...new Set(changes.map((revision) => revision.author).filter((author): author is string => author !== null))],
      comments: threadsOf(threads.get(segment.id) ?? []),
      qa: findingsOf.get(segment.id) ?? [],
      qaOverrides: changes.flatMap((revision) => (revision.qaOverride ? [{ author: revision.author, at: revision.createdAt, reason: revision.qaOverride.reason, checks: revision.qaOverride.checks }] : [])),
    });
  }
  return { document: { id: document.id, title: document.title }, since: from ?? null, generatedAt: context.now().toISOString(), items };
}

export interface AuthorStatistics {
  author: string;
  /** Segments whose current target this author wrote last, with their words, by status. */
  byStatus: DocumentStatistics['byStatus'];
  segments: number;
  words: number;
  /** Post-editing effort on the machine or memory suggestions this author finished (percent, 0–100), or null. */
  postEditing: number | null;
}

export interface DocumentStats {
  statistics: DocumentStatistics;
  /** Segments whose confirmed translation was then changed (by review). */
  changedByReview: number;
  /** Edit distance between machine/memory suggestions and the final targets, as a percentage of their length; null without suggestions. */
  postEditing: number | null;
  authors: AuthorStatistics[];
}

/** Per document and per translator: words by status, segments changed in review, post-editing effort. */
export async function documentStats(context: ServiceContext, documentId: number): Promise<DocumentStats> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const [segments, revisions, statistics] = await Promise.all([
    context.store.segments.active(documentId),
    context.store.revisions.listForDocument(documentId),
    context.store.documents.statistics([documentId]),
  ]);
  const bySegment = groupBy(revisions, (revision) => revision.segmentId);
  const authors = new Map<string, AuthorStatistics & { edited: number; length: number }>();
  let changedByReview = 0;
  let edited = 0;
  let length = 0;
  for (const segment of segments) {
    const history = bySegment.get(segment.id) ?? [];
    const reviewed = history.some(
      (revision) =>
        revision.previousStatus !== null &&
        isConfirmed(revision.previousStatus) &&
        revision.previousTarget !== revision.newTarget &&
        (revision.origin === 'human' || revision.origin === 'restore'),
    );
    if (reviewed) changedByReview++;
    const suggestion = history.findLast((revision) => revision.origin === 'mt' || revision.origin === 'tm');
    let effort: { edited: number; length: number } | undefined;
    if (suggestion && segment.target !== '') {
      effort = { edited: distance(suggestion.newTarget, segment.target), length: Math.max(suggestion.newTarget.length, segment.target.length) };
      edited += effort.edited;
      length += effort.length;
    }
    // The translator of a segment: whoever last changed its target (propagated repetitions count for them too).
    const lastHuman = history.findLast((revision) => revision.previousTarget !== revision.newTarget && revision.origin !== 'import' && revision.origin !== 'source-update')?.author;
    if (!lastHuman || segment.target === '') continue;
    let entry = authors.get(lastHuman);
    if (!entry) {
      entry = { author: lastHuman, byStatus: emptyStatistics().byStatus, segments: 0, words: 0, postEditing: null, edited: 0, length: 0 };
      authors.set(lastHuman, entry);
    }
    entry.segments++;
    entry.words += segment.wordCount;
    entry.byStatus[segment.status].segments++;
    entry.byStatus[segment.status].words += segment.wordCount;
    if (effort) {
      entry.edited += effort.edited;
      entry.length += effort.length;
    }
  }
  const percent = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
  return {
    statistics: statistics.get(documentId) ?? emptyStatistics(),
    changedByReview,
    postEditing: percent(edited, length),
    authors: [...authors.values()]
      .map(({ edited: e, length: l, ...entry }) => ({ ...entry, postEditing: percent(e, l) }))
      .sort((a, b) => b.words - a.words),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
