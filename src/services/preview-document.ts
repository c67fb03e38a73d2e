import { NotFoundError } from '../domain/errors';
import { type Actor, pageSize, pagesOf, type ServiceContext } from './context';
import { workDocument } from './export-document';

/**
 * The live preview of a document's English (issue 27) as one standalone HTML page: its own layout
 * for HTML and Markdown, paragraphs with their formatting for the other formats, every segment's
 * words in a `data-vv-segment` wrapper, untranslated ones in French. The segments are read a page
 * at a time and the page written on a worker thread (formats/preview.ts), as an export is: opening
 * the preview of a 20,000-segment document holds no one's editor.
 *
 * @example
 * const html = await previewDocument(context, 3);
 * // html → '<!DOCTYPE html>…<span data-vv-segment="41">Xi Jinping wants…</span>…'
 */
export async function previewDocument(context: ServiceContext, documentId: number, actor: Actor = { name: null }): Promise<string> {
  const document = await context.store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const project = await context.store.projects.get(document.projectId);
  return context.parser.preview(
    {
      kind: 'preview',
      document: workDocument(document, project),
      segments: pagesOf((after) => context.store.segments.skeleton(document.id, { after, limit: pageSize }), (segment) => segment.position),
    },
    { account: actor.name },
  );
}
