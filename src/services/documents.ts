import { isConfirmed, type StandingOverride, standingOverride } from '../domain/change';
import { NotFoundError } from '../domain/errors';
import type { Status } from '../domain/segment';
import { type DocumentRecord, type DocumentStatistics, emptyStatistics, type ListedSegment, type Revision } from '../store/store';
import { audit } from './audit';
import { type Actor, type Principal, type ServiceContext, timestamp } from './context';
import { listProjects } from './projects';
import { documentQa } from './qa';
import { searchKey } from '../domain/search';

/** A document with its progress, as listed and shown. */
export interface DocumentSummary {
  id: number;
  projectId: number;
  title: string;
  format: string;
  encoding: string;
  createdAt: string;
  updatedAt: string;
  statistics: DocumentStatistics;
}

/**
 * Documents, most recently changed first, with segment and word counts by status: those of one
 * project, or of every project the principal belongs to (all of them for local callers).
 */
export async function listDocuments(context: ServiceContext, principal: Principal | undefined, projectId?: number): Promise<DocumentSummary[]> {
  if (projectId !== undefined && !(await context.store.projects.get(projectId))) throw new NotFoundError('project', projectId);
  let documents = await context.store.documents.list(projectId);
  let ids: number[] | undefined;
  if (projectId === undefined && principal && !principal.isAdmin) {
    const visible = new Set((await listProjects(context, principal)).map((project) => project.id));
    documents = documents.filter((document) => visible.has(document.projectId));
    ids = documents.map((document) => document.id);
  } else if (projectId !== undefined) {
    ids = documents.map((document) => document.id);
  }
  const statistics = await context.store.documents.statistics(ids);
  return documents.map((document) => summary(document, statistics.get(document.id)));
}

export async function getDocument(context: ServiceContext, id: number): Promise<DocumentSummary> {
  const document = await context.store.documents.get(id);
  if (!document) throw new NotFoundError('document', id);
  const statistics = await context.store.documents.statistics([id]);
  return summary(document, statistics.get(id));
}

/** Deletes a document with its segments and their history; the audit log keeps its title. */
export async function deleteDocument(context: ServiceContext, id: number, actor: Actor): Promise<void> {
  const now = timestamp(context);
  await context.store.transaction(async (store) => {
    const document = await store.documents.get(id);
    if (!document || !(await store.documents.delete(id))) throw new NotFoundError('document', id);
    await audit(store, now, { event: 'document.deleted', actor, subject: id, projectId: document.projectId, detail: { title: document.title } });
  });
}

export interface SegmentListQuery {
  statuses?: readonly Status[] | undefined;
  /** Text to find in the source or the target; case, accents and apostrophe styles are ignored. */
  q?: string | undefined;
  afterPosition?: number | undefined;
  /** Only segments with QA findings (any, or errors). */
  qa?: 'findings' | 'errors' | undefined;
  offset: number;
  limit: number;
}

/** A segment in the editor's list, with the QA override its confirmation rests on (who, when, why), if any. */
export interface SegmentInList extends ListedSegment {
  qaOverride: StandingOverride | null;
}

/** One page of a document's segments, filtered by status and text. */
export async function listSegments(
  context: ServiceContext,
  documentId: number,
  query: SegmentListQuery,
): Promise<{ total: number; items: SegmentInList[] }> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const search = query.q?.trim() ? searchKey(query.q.trim()) : undefined;
  let ids: number[] | undefined;
  if (query.qa) {
    const qa = await documentQa(context, documentId, query.qa === 'errors' ? { severity: 'error' } : {});
    ids = [...new Set(qa.items.map((item) => item.segmentId))];
  }
  const page = await context.store.segments.page(documentId, { ...query, search, ids });
  // Only confirmed segments can rest on an override: one query for the page's, not one per row.
  const confirmed = page.items.filter((segment) => isConfirmed(segment.status)).map((segment) => segment.id);
  const revisions = await context.store.revisions.sinceLatestOverride(confirmed);
  const bySegment = new Map<number, Revision[]>();
  for (const revision of revisions) bySegment.set(revision.segmentId, [...(bySegment.get(revision.segmentId) ?? []), revision]);
  return {
    total: page.total,
    items: page.items.map((segment) => ({ ...segment, qaOverride: standingOverride(segment, bySegment.get(segment.id) ?? []) })),
  };
}

/** A segment's history, newest first. */
export async function listRevisions(context: ServiceContext, segmentId: number): Promise<Revision[]> {
  const segment = await context.store.segments.get(segmentId);
  if (!segment) throw new NotFoundError('segment', segmentId);
  return context.store.revisions.listForSegment(segmentId);
}

function summary(document: DocumentRecord, statistics: DocumentStatistics | undefined): DocumentSummary {
  return {
    id: document.id,
    projectId: document.projectId,
    title: document.title,
    format: document.format,
    encoding: document.encoding,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    statistics: statistics ?? emptyStatistics(),
  };
}
