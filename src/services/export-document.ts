import { NotFoundError, UntranslatedSegmentsError } from '../domain/errors';
import type { WrittenEncoding } from '../formats/format';
import { formatFor } from '../formats/registry';
import { type Actor, pageSize, pagesOf, type ServiceContext } from './context';

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
  /**
   * How a text format wrote the file (in the source's encoding and byte-order mark), with `was`
   * when the English needed characters that encoding cannot hold and the file is in UTF-8 instead
   * (callers say so: the HTTP export's `X-Encoding-Changed` header, the CLI's notice). Absent for
   * formats that do not say (DOCX, XLIFF, TMX).
   */
  encoding?: WrittenEncoding | undefined;
}

/**
 * Writes the English version of a document: every segment's target in the source's layout.
 * A segment counts as untranslated when its target is empty (drafts are exported as typed).
 * The segments are read a page at a time and written on a worker thread (formats/document-work.ts).
 *
 * @example
 * const { filename, bytes } = await exportDocument(context, { documentId: 3, format: 'md' });
 * // filename → 'Chine-Russie.en.md'
 */
/** What every task on a whole document (export, preview) says of it: the fields the formats write with. */
export function workDocument(
  document: { id: number; title: string; format: string; inlineCodes: boolean; trailer: string },
  project: { settings: { targetLang: 'en-US' | 'en-GB' } } | undefined,
) {
  return { id: document.id, title: document.title, targetLang: project?.settings.targetLang ?? 'en-US', sourceFormat: document.format, inlineCodes: document.inlineCodes, trailer: document.trailer };
}

export async function exportDocument(context: ServiceContext, input: ExportDocumentInput, actor: Actor = { name: null }): Promise<ExportedDocument> {
  const document = await context.store.documents.get(input.documentId);
  if (!document) throw new NotFoundError('document', input.documentId);
  const format = formatFor({ format: input.format ?? document.format });
  const policy = input.untranslated ?? 'source';
  const [comments, project, sourcePackage] = await Promise.all([
    format.bilingual ? context.store.comments.listForDocument(document.id) : Promise.resolve([]),
    context.store.projects.get(document.projectId),
    // The original file only matters to a format writing into it: its own.
    format.id === document.format ? context.store.documents.sourcePackage(document.id) : Promise.resolve(undefined),
  ]);
  const { bytes, untranslated, encoding } = await context.parser.exportDocument(
    {
      kind: 'export',
      format: format.id,
      document: {
        ...workDocument(document, project),
        package: sourcePackage,
        encoding: document.encoding,
        bom: document.bom,
      },
      untranslated: policy === 'empty' ? 'empty' : 'source',
      segments: pagesOf((after) => context.store.segments.skeleton(document.id, { after, limit: pageSize }), (segment) => segment.position),
      notes: comments.map((comment) => ({ segmentId: comment.segmentId, text: comment.author ? `${comment.author}: ${comment.body}` : comment.body })),
    },
    { account: actor.name },
  );
  // Counted as it is written (a target of spaces is untranslated too): the bytes are dropped.
  if (policy === 'fail' && untranslated > 0) throw new UntranslatedSegmentsError(untranslated);
  return {
    filename: `${fileStem(document.title)}.en.${format.extensions[0] ?? format.id}`,
    mediaType: `${format.mediaTypes[0] ?? 'application/octet-stream'}; charset=${encoding?.encoding ?? 'utf-8'}`,
    bytes,
    untranslated,
    ...(encoding ? { encoding } : {}),
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
