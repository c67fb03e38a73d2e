import { NotFoundError, UntranslatedSegmentsError } from '../domain/errors';
import { formatFor } from '../formats/registry';
import type { ServiceContext } from './context';

/** What to write for a segment that has no translation yet. */
export const untranslatedPolicies = ['source', 'empty', 'fail'] as const;
export type UntranslatedPolicy = (typeof untranslatedPolicies)[number];

export interface ExportDocumentInput {
  documentId: number;
  /** A format id; defaults to the format the document was imported from. */
  format?: string | undefined;
  untranslated?: UntranslatedPolicy | undefined;
}

export interface ExportedDocument {
  filename: string;
  mediaType: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Segments with no target, written as the source or left empty. */
  untranslated: number;
}

/**
 * Writes the English version of a document: every segment's target in the source's layout.
 * A segment counts as untranslated when its target is empty (drafts are exported as typed).
 *
 * @example
 * const { filename, bytes } = await exportDocument(context, { documentId: 3, format: 'md' });
 * // filename → 'Chine-Russie.en.md'
 */
export async function exportDocument(context: ServiceContext, input: ExportDocumentInput): Promise<ExportedDocument> {
  const document = await context.store.documents.get(input.documentId);
  if (!document) throw new NotFoundError('document', input.documentId);
  const format = formatFor({ format: input.format ?? document.format });
  const policy = input.untranslated ?? 'source';

  const [skeleton, comments, project, sourcePackage] = await Promise.all([
    context.store.segments.skeleton(document.id),
    format.bilingual ? context.store.comments.listForDocument(document.id) : Promise.resolve([]),
    context.store.projects.get(document.projectId),
    // The original file only matters to a format writing into it: its own.
    format.id === document.format ? context.store.documents.sourcePackage(document.id) : Promise.resolve(undefined),
  ]);
  const notes = new Map<number, string[]>();
  for (const comment of comments) notes.set(comment.segmentId, [...(notes.get(comment.segmentId) ?? []), comment.author ? `${comment.author}: ${comment.body}` : comment.body]);
  const untranslated = skeleton.filter((segment) => segment.target.trim() === '').length;
  if (policy === 'fail' && untranslated > 0) throw new UntranslatedSegmentsError(untranslated);

  const bytes = format.export({
    documentId: document.id,
    title: document.title,
    targetLang: project?.settings.targetLang ?? 'en-US',
    sourceFormat: document.format,
    inlineCodes: document.inlineCodes,
    package: sourcePackage,
    trailer: document.trailer,
    segments: skeleton.map((segment) => ({
      kind: segment.kind,
      before: segment.prefix,
      text: segment.target.trim() !== '' ? segment.target : policy === 'source' ? segment.source : '',
      codes: segment.codes,
      source: { text: segment.source, joins: segment.joins, original: segment.original ?? undefined },
      id: segment.id,
      version: segment.version,
      target: segment.target,
      status: segment.status,
      key: segment.key ?? undefined,
      notes: notes.get(segment.id) ?? [],
    })),
  });
  return {
    filename: `${fileStem(document.title)}.en.${format.extensions[0] ?? format.id}`,
    mediaType: `${format.mediaTypes[0] ?? 'application/octet-stream'}; charset=utf-8`,
    bytes,
    untranslated,
  };
}

/** A title made safe as a file name on every system: no path separators, reserved or control characters. */
function fileStem(title: string): string {
  const stem = title
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '')
    .slice(0, 120)
    .trim();
  return stem || 'document';
}
