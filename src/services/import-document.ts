import { InvalidInputError, PayloadTooLargeError } from '../domain/errors';
import type { ReadDocument, ReadSegment } from '../formats/uploads';
import { formatFor } from '../formats/registry';
import type { NewSegment } from '../store/store';
import { type Actor, inChunks, type ServiceContext, timestamp } from './context';
import { creationRevision } from './edit-segment';
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

/** Segments written per transaction: about 10 ms of SQLite work, so a save never waits longer behind an import. */
export const importChunk = 250;

/**
 * Reads a French document (decoding and segmentation on the parser's threads), then stores it
 * with its segments: in chunks of `importChunk` segments, one short transaction each, with the
 * document invisible until the last one; one import writes at a time (`bulkWrite`). On SQLite a
 * whole large document in one transaction would hold the only writer, and every save behind it,
 * for as long as it takes. A failure at any point deletes what was written: nothing is left behind.
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
  const source = await context.parser.document(input.bytes, format.id);
  const title = chooseTitle(input, source);
  const now = timestamp(context);

  return context.bulkWrite(async () => {
    const { project, document } = await context.store.transaction(async (store) => {
      const project = await resolveProject(store, input.projectId);
      const document = await store.documents.create(
        { projectId: project.id, title, format: source.format, encoding: source.encoding, bom: source.bom, trailer: source.trailer },
        now,
        { importing: true },
      );
      return { project, document };
    });
    try {
      await inChunks(source.segments, importChunk, (chunk, offset) =>
        context.store.transaction(async (store) => {
          const ids = await store.segments.insertMany(document.id, chunk.map((segment, i) => segmentToStore(segment, offset + i)), now);
          await store.revisions.append(ids.map((segmentId) => creationRevision(segmentId, document.id, 'import', actor, now)));
          await store.documents.importProgress(document.id, timestamp(context));
        }),
      );
      await context.store.transaction(async (store) => {
        await store.segments.linkRepetitions(document.id);
        await store.documents.finishImport(document.id);
      });
    } catch (error) {
      // Should the delete fail too (the database gone), the sweep deletes the invisible document later.
      await context.store.documents.delete(document.id).catch(() => false);
      throw error;
    }
    return { id: document.id, projectId: project.id, title: document.title, segmentCount: source.segments.length };
  });
}

/** A segment as read from an upload, as the store takes it at `position`. */
export function segmentToStore(segment: ReadSegment, position: number): NewSegment & { position: number } {
  return {
    position,
    kind: segment.kind,
    source: segment.source,
    codes: segment.codes ?? [],
    original: segment.original,
    prefix: segment.before,
    joins: segment.joins,
    wordCount: segment.wordCount,
    searchText: segment.searchText,
  };
}

function chooseTitle(input: ImportDocumentInput, source: ReadDocument): string {
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

/** How long an import may make no progress before the sweep takes it for abandoned (a crash mid-import). */
export const abandonedImportMs = 10 * 60_000;

/**
 * Deletes what imports interrupted by a crash left behind (invisible documents with part of
 * their segments). Another instance's import in progress is spared: each chunk notes its time.
 */
export function sweepAbandonedImports(context: ServiceContext): Promise<number> {
  return context.store.documents.deleteAbandonedImports(new Date(context.now().getTime() - abandonedImportMs).toISOString());
}
