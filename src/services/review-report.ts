import { isConfirmed } from '../domain/change';
import { distance } from 'fastest-levenshtein';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { type DocumentStatistics, emptyStatistics } from '../store/store';
import { activeSegments, type Actor, allPages, pageSize, pagesOf, type ServiceContext } from './context';
import { documentQaTask } from './qa';
import { groupBy } from '../formats/document-work';

export type { ReviewItem, ReviewReport } from '../formats/document-work';

/**
 * Every segment changed since `since` (an ISO date or time), or, without it, since its last
 * approval (segments never approved are listed when they have a translation), with the diff from
 * then to now, who changed it, its comments and findings: as the JSON or HTML text to send. The
 * document is read a page at a time and the report written on a worker thread
 * (formats/document-work.ts): a 20,000-segment report holds no one's editor.
 */
export async function reviewReport(context: ServiceContext, documentId: number, options: { since?: string | undefined; render?: 'json' | 'html' } = {}, actor: Actor = { name: null }): Promise<string> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  let from: string | null = null;
  if (options.since !== undefined) {
    const time = Date.parse(options.since);
    if (Number.isNaN(time)) throw new InvalidInputError(`"${options.since}" is not a date: use an ISO date or time such as 2026-11-24 or 2026-11-24T09:00:00Z.`);
    from = new Date(time).toISOString();
  }
  // The findings as the document's QA list gives them: ignored ones out, the project's other documents compared.
  const qa = await documentQaTask(context.store, documentId);
  return context.parser.reviewReport(
    {
      kind: 'review-report',
      document: { id: document.id, title: document.title },
      since: from,
      generatedAt: context.now().toISOString(),
      render: options.render ?? 'json',
      ...qa,
      revisions: pagesOf((after) => context.store.revisions.listForDocument(documentId, undefined, { after, limit: pageSize }), (revision) => revision.id, 0),
      comments: pagesOf((after) => context.store.comments.listForDocument(documentId, { after, limit: pageSize }), (comment) => comment.id, 0),
    },
    { account: actor.name },
  );
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
    activeSegments(context.store, documentId),
    allPages(pagesOf((after) => context.store.revisions.listForDocument(documentId, undefined, { after, limit: pageSize }), (revision) => revision.id, 0)),
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
