import { createHash } from 'node:crypto';
import english from '../../locales/en/ui.json';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { checkDocument, checkPair, type Finding, pairOf, type QaContext, type QaSettings } from '../domain/qa';
import type { Segment, Status } from '../domain/segment';
import type { QaIgnore, Store } from '../store/store';
import { type Actor, mayEditTranslations, type ServiceContext, timestamp } from './context';

/** A finding as the API gives it: the domain's, with its message in English (`key` and `params` let a client say it in its language). */
export interface FindingView extends Finding {
  message: string;
}

export interface SegmentFindings {
  segmentId: number;
  position: number;
  status: Status;
  findings: FindingView[];
}

export interface DocumentQa {
  errors: number;
  warnings: number;
  /** Findings ignored with a reason (on the targets as they are), not counted above nor listed. */
  ignored: number;
  /** Segments with findings, in document order. */
  items: SegmentFindings[];
}

/** The English text of a message key (`qa.<key>` in locales/en), its `{{values}}` filled. */
export function messageOf(key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english.qa);
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(params[name] ?? ''));
}

export const view = (finding: Finding): FindingView => ({ ...finding, message: messageOf(finding.key, finding.params) });

/** The project's English, glossary and QA settings: what the checks need. */
export async function qaContextOf(store: Store, projectId: number): Promise<{ context: QaContext; settings: QaSettings }> {
  const project = await store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const terms = await store.glossary.list(projectId);
  return { context: { targetLang: project.settings.targetLang, glossary: terms.map((term) => ({ source: term.source, target: term.target })) }, settings: project.settings.qa };
}

export const targetHash = (target: string): string => createHash('sha256').update(target).digest('base64url');

/** The findings of a segment's target not ignored on this very text (its hash computed once). */
function notIgnored(findings: readonly Finding[], ignores: readonly QaIgnore[], target: string): Finding[] {
  if (ignores.length === 0) return [...findings];
  const hash = targetHash(target);
  const current = ignores.filter((ignore) => ignore.targetHash === hash);
  return findings.filter((finding) => !current.some((ignore) => ignore.check === finding.check && ignore.key === finding.key));
}

/**
 * The findings of one segment's translation (the checks of a whole document aside), without those
 * ignored with a reason on this very target.
 */
export async function segmentFindings(store: Store, segment: Pick<Segment, 'id' | 'documentId' | 'source' | 'target' | 'codes'>): Promise<FindingView[]> {
  const ignores = await store.qaIgnores.forSegment(segment.id);
  return notIgnored(await allFindings(store, segment), ignores, segment.target).map(view);
}

/** Every finding of a segment's translation, ignored ones included. */
async function allFindings(store: Store, segment: Pick<Segment, 'documentId' | 'source' | 'target' | 'codes'>): Promise<Finding[]> {
  const document = await store.documents.get(segment.documentId);
  if (!document) throw new NotFoundError('document', segment.documentId);
  const { context, settings } = await qaContextOf(store, document.projectId);
  return checkPair(pairOf(segment), context, settings);
}

/**
 * Ignores a finding of a segment's current translation, with a reason (translators and up): it is
 * no longer listed, counted, nor blocks confirming — until the translation changes.
 */
export async function ignoreFinding(context: ServiceContext, segmentId: number, input: { check: string; key: string; reason: string }, actor: Actor): Promise<FindingView[]> {
  mayEditTranslations(actor);
  const reason = input.reason.trim();
  if (reason === '') throw new InvalidInputError('Say why the finding may be ignored: a reason is required.');
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
 * Every finding of a document: its translated segments checked one by one and together (the same
 * source translated two ways). Segments not translated yet are not findings (the empty ones of a
 * document in progress); an empty target confirmed is.
 */
export async function documentQa(context: ServiceContext, documentId: number): Promise<DocumentQa> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const { context: qa, settings } = await qaContextOf(context.store, document.projectId);
  const segments = await context.store.segments.active(documentId);
  const findings = checkDocument(segments.map(pairOf), qa, settings);
  const ignores = new Map<number, QaIgnore[]>();
  for (const ignore of await context.store.qaIgnores.forDocument(documentId)) ignores.set(ignore.segmentId, [...(ignores.get(ignore.segmentId) ?? []), ignore]);
  const items: SegmentFindings[] = [];
  let errors = 0;
  let warnings = 0;
  let ignored = 0;
  segments.forEach((segment, i) => {
    if (segment.target === '' && (segment.status === 'new' || segment.status === 'draft')) return;
    const all = findings[i]!;
    const list = notIgnored(all, ignores.get(segment.id) ?? [], segment.target);
    ignored += all.length - list.length;
    if (list.length === 0) return;
    for (const finding of list) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
    items.push({ segmentId: segment.id, position: segment.position, status: segment.status, findings: list.map(view) });
  });
  return { errors, warnings, ignored, items };
}
