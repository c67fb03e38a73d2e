import { createHash } from 'node:crypto';
import english from '../../locales/en/ui.json';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { type CheckId, checkDocument, checkPair, type Finding, pairOf, type QaContext, type QaSettings, type Severity, type Span } from '../domain/qa';
import { checkReason } from '../domain/reason';
import type { Segment, Status } from '../domain/segment';
import type { QaIgnore, Store } from '../store/store';
import { type Actor, mayEditTranslations, type ServiceContext, timestamp } from './context';

/**
 * A finding as the API gives it: the domain's, with its message in English (`key` and `params`
 * let a client say it in its language), the first span of each text (`source`, `target`) and all
 * of them, and the corrected target as `suggestion`.
 */
export interface FindingView {
  check: CheckId;
  severity: Severity;
  key: string;
  params?: Record<string, string | number>;
  message: string;
  source: Span | null;
  target: Span | null;
  sourceSpans: Span[];
  targetSpans: Span[];
  suggestion: string | null;
}

/** A finding of a document's segment. */
export interface SegmentFinding extends FindingView {
  segmentId: number;
  position: number;
  status: Status;
}

export interface DocumentQa {
  /** The findings listed below, by severity. */
  errors: number;
  warnings: number;
  /** Findings ignored with a reason (on the targets as they are), not counted above nor listed. */
  ignored: number;
  /** Every finding, in document order (a segment's in the checks' order). */
  items: SegmentFinding[];
}

/** Which findings of a document to list: one check's, one severity's. */
export interface QaFilter {
  check?: CheckId | undefined;
  severity?: Severity | undefined;
}

/** The English text of a message key (`qa.<key>` in locales/en), its `{{values}}` filled. */
export function messageOf(key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english.qa);
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(params[name] ?? ''));
}

export function view(finding: Finding): FindingView {
  const sourceSpans = finding.source ?? [];
  const targetSpans = finding.target ?? [];
  return {
    check: finding.check,
    severity: finding.severity,
    key: finding.key,
    ...(finding.params ? { params: finding.params } : {}),
    message: messageOf(finding.key, finding.params),
    source: sourceSpans[0] ?? null,
    target: targetSpans[0] ?? null,
    sourceSpans,
    targetSpans,
    suggestion: finding.fix ?? null,
  };
}

/** The project's English, glossary and QA settings: what the checks need. */
export async function qaContextOf(store: Store, projectId: number): Promise<{ context: QaContext; settings: QaSettings }> {
  const project = await store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const terms = await store.glossary.list(projectId);
  return { context: { targetLang: project.settings.targetLang, glossary: terms.map((term) => ({ source: term.source, target: term.target, forbidden: term.forbidden })) }, settings: project.settings.qa };
}

export const targetHash = (target: string): string => createHash('sha256').update(target).digest('base64url');

/** The findings of a segment's target not ignored on this very text (its hash computed once). */
function notIgnored(findings: readonly Finding[], ignores: readonly QaIgnore[], target: string): Finding[] {
  if (ignores.length === 0) return [...findings];
  const hash = targetHash(target);
  const current = ignores.filter((ignore) => ignore.targetHash === hash);
  return findings.filter((finding) => !current.some((ignore) => ignore.check === finding.check && ignore.key === finding.key));
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
 * The findings of every segment of a document, by segment (ignored ones out): each translated
 * segment checked on its own, and all of them together and against the project's other documents'
 * confirmed translations (the same source translated two ways). Segments not translated yet are
 * not findings (the empty ones of a document in progress); an empty target confirmed is.
 */
export async function documentFindings(store: Store, documentId: number): Promise<{ segments: Segment[]; findings: Finding[][]; ignored: number }> {
  const document = await store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const [{ context: qa, settings }, segments, elsewhere, ignoreList] = await Promise.all([
    qaContextOf(store, document.projectId),
    store.segments.active(documentId),
    store.segments.confirmedInProject(document.projectId, documentId),
    store.qaIgnores.forDocument(documentId),
  ]);
  const project = elsewhere.map((segment) => ({ ...pairOf(segment), document: segment.document, position: segment.position }));
  const all = checkDocument(segments.map(pairOf), { ...qa, project }, settings);
  const ignores = new Map<number, QaIgnore[]>();
  for (const ignore of ignoreList) ignores.set(ignore.segmentId, [...(ignores.get(ignore.segmentId) ?? []), ignore]);
  let ignored = 0;
  const findings = segments.map((segment, i) => {
    if (segment.target === '' && (segment.status === 'new' || segment.status === 'draft')) return [];
    const list = notIgnored(all[i]!, ignores.get(segment.id) ?? [], segment.target);
    ignored += all[i]!.length - list.length;
    return list;
  });
  return { segments, findings, ignored };
}

/** A document's findings as the API lists them, in document order, filtered by check or severity. */
export async function documentQa(context: ServiceContext, documentId: number, filter: QaFilter = {}): Promise<DocumentQa> {
  const { segments, findings, ignored } = await documentFindings(context.store, documentId);
  const items: SegmentFinding[] = [];
  let errors = 0;
  let warnings = 0;
  segments.forEach((segment, i) => {
    for (const finding of findings[i]!) {
      if ((filter.check && finding.check !== filter.check) || (filter.severity && finding.severity !== filter.severity)) continue;
      if (finding.severity === 'error') errors++;
      else warnings++;
      items.push({ segmentId: segment.id, position: segment.position, status: segment.status, ...view(finding) });
    }
  });
  return { errors, warnings, ignored, items };
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
