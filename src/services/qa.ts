import { InvalidInputError, NotFoundError } from '../domain/errors';
import { type CheckId, checkPair, type Finding, pairOf, type QaContext, type QaSettings, type Severity } from '../domain/qa';
import { type DocumentQa, type FindingView, notIgnored, targetHash, view } from '../formats/document-work';
import { checkReason } from '../domain/reason';
import type { Segment } from '../domain/segment';
import type { Store } from '../store/store';
import { type Actor, mayEditTranslations, pageSize, pagesOf, type ServiceContext, timestamp } from './context';

export { type DocumentQa, type FindingView, messageOf, type SegmentFinding, targetHash, view } from '../formats/document-work';

/** Which findings of a document to list: one check's, one severity's. */
export interface QaFilter {
  check?: CheckId | undefined;
  severity?: Severity | undefined;
}

/** The project's English, glossary and QA settings: what the checks need. */
export async function qaContextOf(store: Store, projectId: number): Promise<{ context: QaContext; settings: QaSettings }> {
  const project = await store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const terms = await store.glossary.list(projectId);
  return { context: { targetLang: project.settings.targetLang, glossary: terms.map((term) => ({ source: term.source, target: term.target, forbidden: term.forbidden })) }, settings: project.settings.qa };
}

/** What the checks need of a project: its English, glossary and QA settings. */
export type ProjectQa = Awaited<ReturnType<typeof qaContextOf>>;

/** The QA context of the project holding a document. */
export async function documentQaContext(store: Store, documentId: number): Promise<ProjectQa> {
  const document = await store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  return qaContextOf(store, document.projectId);
}

/**
 * The findings of one segment's translation (the checks of a whole document aside), without those
 * ignored with a reason on this very target. `project` saves reading the project's QA context
 * again (a batch of changes reads it once).
 */
export async function segmentFindings(store: Store, segment: Pick<Segment, 'id' | 'documentId' | 'source' | 'target' | 'codes'>, project?: ProjectQa): Promise<FindingView[]> {
  const ignores = await store.qaIgnores.forSegment(segment.id);
  return notIgnored(await allFindings(store, segment, project), ignores, segment.target).map(view);
}

/** Every finding of a segment's translation, ignored ones included. */
async function allFindings(store: Store, segment: Pick<Segment, 'documentId' | 'source' | 'target' | 'codes'>, project?: ProjectQa): Promise<Finding[]> {
  const { context, settings } = project ?? (await documentQaContext(store, segment.documentId));
  return checkPair(pairOf(segment), context, settings);
}

/**
 * Ignores a finding of a segment's current translation, with a reason (translators and up): it is
 * no longer listed, counted, nor blocks confirming — until the translation changes.
 */
export async function ignoreFinding(context: ServiceContext, segmentId: number, input: { check: string; key: string; reason: string }, actor: Actor): Promise<FindingView[]> {
  mayEditTranslations(actor);
  const reason = checkReason(input.reason, 'A reason to ignore a finding');
  return context.store.transaction(async (store) => {
    const segment = await store.segments.get(segmentId);
    if (!segment) throw new NotFoundError('segment', segmentId);
    const current = await allFindings(store, segment);
    if (!current.some((finding) => finding.check === input.check && finding.key === input.key)) {
      throw new InvalidInputError(`The translation has no finding ${input.check} (${input.key}) to ignore.`);
    }
    await store.qaIgnores.put({ segmentId, check: input.check, key: input.key, targetHash: targetHash(segment.target), reason, author: actor.name, createdAt: timestamp(context) });
    return segmentFindings(store, segment);
  });
}

/** Takes back an ignore: the finding counts again. */
export async function unignoreFinding(context: ServiceContext, segmentId: number, check: string, key: string, actor: Actor): Promise<void> {
  mayEditTranslations(actor);
  if (!(await context.store.qaIgnores.remove(segmentId, check, key))) throw new NotFoundError(`ignored finding ${check} (${key}) of segment`, segmentId);
}

/**
 * A document's findings as the API lists them, in document order, filtered by check or severity:
 * the segments read a page at a time and checked on a worker thread (formats/document-work.ts).
 */
export async function documentQa(context: ServiceContext, documentId: number, filter: QaFilter = {}, actor: Actor = { name: null }): Promise<DocumentQa> {
  return context.parser.checkDocument({ kind: 'qa', ...(await documentQaTask(context.store, documentId)), filter }, { account: actor.name });
}

/** What a document's QA reads: the project's context, the document's segments (as pages), the project's other confirmed translations, the ignores. */
export async function documentQaTask(store: Store, documentId: number) {
  const document = await store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const [{ context, settings }, ignores] = await Promise.all([qaContextOf(store, document.projectId), store.qaIgnores.forDocument(documentId)]);
  let offset = 0;
  return {
    context,
    settings,
    segments: pagesOf((after) => store.segments.active(documentId, { after, limit: pageSize }), (segment) => segment.position),
    project: pagesOf(
      async () => {
        const page = await store.segments.confirmedInProject(document.projectId, documentId, { offset, limit: pageSize });
        offset += page.length;
        return page;
      },
      () => offset,
    ),
    ignores,
  };
}

/**
 * Checks a pair of texts given by a script or another tool (`POST /api/qa/check`): the project's
 * English, glossary and settings when a project is named, else the English variant asked for
 * (US by default) and every check as designed.
 */
export async function checkTexts(context: ServiceContext, input: { source: string; target: string; variant?: 'en-US' | 'en-GB' | undefined; projectId?: number | undefined }): Promise<FindingView[]> {
  const project = input.projectId === undefined ? undefined : await qaContextOf(context.store, input.projectId);
  const qa: QaContext = project ? { ...project.context, ...(input.variant ? { targetLang: input.variant } : {}) } : { targetLang: input.variant ?? 'en-US', glossary: [] };
  return checkPair({ source: input.source, target: input.target }, qa, project?.settings ?? {}).map(view);
}
