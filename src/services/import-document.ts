import { InvalidInputError, PayloadTooLargeError } from '../domain/errors';
import { countWords } from '../domain/words';
import type { SourceDocument } from '../formats/format';
import { formatFor } from '../formats/registry';
import type { NewRevision } from '../store/store';
import { type Actor, type ServiceContext, timestamp } from './context';
import { resolveProject } from './projects';

export interface ImportDocumentInput {
  bytes: Uint8Array;
  /** The uploaded file's name: gives the format (by extension) and a default title. */
  filename?: string | undefined;
  /** An explicit format id (`txt`, `md`); wins over the file name. */
  format?: string | undefined;
  title?: string | undefined;
  /** The project to import into; the default project when absent. */
  projectId?: number | undefined;
}

export interface ImportedDocument {
  id: number;
  projectId: number;
  title: string;
  segmentCount: number;
}

export const maxTitleLength = 200;

/**
 * Reads a French document, segments it and stores it with its segments in one transaction:
 * a failure at any point leaves nothing behind.
 *
 * @example
 * await importDocument(context, { bytes, filename: 'article.txt' }, actor); // → { id, title, segmentCount }
 */
export async function importDocument(
  context: ServiceContext,
  input: ImportDocumentInput,
  actor: Actor,
): Promise<ImportedDocument> {
  if (input.bytes.byteLength > context.maxUploadBytes) throw new PayloadTooLargeError(context.maxUploadBytes);
  const format = formatFor({ format: input.format, filename: input.filename });
  const source = format.import(input.bytes);
  const title = chooseTitle(input, source);
  const now = timestamp(context);

  return context.store.transaction(async (store) => {
    const project = await resolveProject(store, input.projectId);
    const document = await store.documents.create(
      { projectId: project.id, title, format: source.format, encoding: source.encoding, bom: source.bom, trailer: source.trailer },
      now,
    );
    const ids = await store.segments.insertMany(
      document.id,
      source.segments.map((segment) => ({
        kind: segment.kind,
        source: segment.source,
        prefix: segment.before,
        joins: segment.joins,
        wordCount: countWords(segment.source),
      })),
      now,
    );
    await store.segments.linkRepetitions(document.id);
    const created: NewRevision[] = ids.map((segmentId) => ({
      segmentId,
      documentId: document.id,
      origin: 'import',
      author: actor.name,
      createdAt: now,
      previousTarget: null,
      newTarget: '',
      previousStatus: null,
      newStatus: 'new',
      version: 1,
    }));
    await store.revisions.append(created);
    return { id: document.id, projectId: project.id, title: document.title, segmentCount: ids.length };
  });
}

function chooseTitle(input: ImportDocumentInput, source: SourceDocument): string {
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title === '') throw new InvalidInputError('The title is empty.');
    if (title.length > maxTitleLength) throw new InvalidInputError(`The title is longer than ${maxTitleLength} characters.`);
    return title;
  }
  const fromName = input.filename
    ?.split(/[/\\]/u)
    .pop()
    ?.replace(/\.[^.]+$/u, '')
    .trim();
  return (fromName || source.suggestedTitle || 'Untitled document').slice(0, maxTitleLength);
}
