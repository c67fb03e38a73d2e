import english from '../../locales/en/ui.json';
import { NotFoundError } from '../domain/errors';
import { plainText } from '../domain/inline';
import { checkDocument, checkPair, type Finding, type Pair, type QaContext, type QaSettings } from '../domain/qa';
import type { Segment, Status } from '../domain/segment';
import type { Store } from '../store/store';
import type { ServiceContext } from './context';

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

/** A segment as the checks read it: words (codes out) and, with codes, its markup. */
export function pairOf(segment: Pick<Segment, 'source' | 'target' | 'codes'>): Pair {
  if (segment.codes.length === 0) return { source: segment.source, target: segment.target };
  return { source: plainText(segment.source, segment.codes), target: plainText(segment.target, segment.codes), sourceMarkup: segment.source, targetMarkup: segment.target, codes: segment.codes };
}

/** The project's English, glossary and QA settings: what the checks need. */
export async function qaContextOf(store: Store, projectId: number): Promise<{ context: QaContext; settings: QaSettings }> {
  const project = await store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const terms = await store.glossary.list(projectId);
  return { context: { targetLang: project.settings.targetLang, glossary: terms.map((term) => ({ source: term.source, target: term.target })) }, settings: project.settings.qa };
}

/** The findings of one segment's translation (the checks of a whole document aside). */
export async function segmentFindings(store: Store, segment: Pick<Segment, 'documentId' | 'source' | 'target' | 'codes'>): Promise<FindingView[]> {
  const document = await store.documents.get(segment.documentId);
  if (!document) throw new NotFoundError('document', segment.documentId);
  const { context, settings } = await qaContextOf(store, document.projectId);
  return checkPair(pairOf(segment), context, settings).map(view);
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
  const items: SegmentFindings[] = [];
  let errors = 0;
  let warnings = 0;
  segments.forEach((segment, i) => {
    if (segment.target === '' && (segment.status === 'new' || segment.status === 'draft')) return;
    const list = findings[i]!;
    if (list.length === 0) return;
    for (const finding of list) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
    items.push({ segmentId: segment.id, position: segment.position, status: segment.status, findings: list.map(view) });
  });
  return { errors, warnings, items };
}
