import { InvalidInputError, PayloadTooLargeError } from '../domain/errors';
import type { ReadDocument, ReadSegment } from '../formats/uploads';
import { formatForUpload } from '../formats/registry';
import type { NewRevision, NewSegment, Store } from '../store/store';
import { type Actor, inChunks, type ServiceContext, timestamp } from './context';
import { maxCommentLength } from './edit-segment';
import { creationRevision, importedTranslation } from './segment-change';
import { qaContextOf } from './qa';
import { isConfirmed } from '../domain/change';
import { rememberSegment } from './memory';
import { resolveProject } from './projects';
import { sweepAbandonedProjectImports } from './import-project';

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
  /** Segments a bilingual file said were translated, stored as drafts: the quality checks found errors in them. */
  heldForQa: number[];
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
  const format = formatForUpload({ format: input.format, filename: input.filename }, input.bytes);
  const source = await context.parser.document(input.bytes, format.id, { account: actor.name });
  const title = chooseTitle(input, source);
  const now = timestamp(context);

  return context.bulkWrite(async () => {
    const { project, document } = await context.store.transaction(async (store) => {
      const project = await resolveProject(store, input.projectId);
      const document = await store.documents.create(
        { projectId: project.id, title, format: source.format, encoding: source.encoding, bom: source.bom, trailer: source.trailer, package: source.package },
        now,
        { importing: true },
      );
      return { project, document };
    });
    const confirmed: number[] = [];
    const heldForQa: number[] = [];
    const qa = source.segments.some((segment) => segment.translation) ? await qaContextOf(context.store, project.id) : undefined;
    try {
      await inChunks(source.segments, importChunk, (read, offset) =>
        context.store.transaction(async (store) => {
          // A bilingual file's statuses go through the same rules as any change (domain/change.ts).
          const decided = read.map((segment) => {
            const translation = segment.translation;
            if (!translation || translation.target === '' || !qa) return { segment, held: false };
            const { status, heldForQa: held } = importedTranslation({ source: segment.source, codes: segment.codes ?? [], target: translation.target, status: translation.status }, qa, actor);
            return { segment: status === translation.status ? segment : { ...segment, translation: { ...translation, status } }, held };
          });
          const chunk = decided.map((entry) => entry.segment);
          const ids = await store.segments.insertMany(document.id, chunk.map((segment, i) => segmentToStore(segment, offset + i)), now);
          ids.forEach((id, i) => decided[i]!.held && heldForQa.push(id));
          await store.revisions.append(ids.map((segmentId, i) => importRevision(segmentId, document.id, chunk[i]!, actor, now)));
          confirmed.push(...(await keepNotes(store, ids, chunk, document.id, now)));
          await store.documents.importProgress(document.id, timestamp(context));
        }),
      );
      await context.store.transaction(async (store) => {
        await store.segments.linkRepetitions(document.id);
        await store.documents.finishImport(document.id);
      });
      // Confirmed translations a bilingual file brought enter the memory, once the document is visible.
      await inChunks(confirmed, memoryChunk, (chunk) =>
        context.store.transaction(async (store) => {
          for (const id of chunk) {
            const segment = await store.segments.get(id);
            if (segment) await rememberSegment(store, segment, actor.name, now);
          }
        }),
      );
    } catch (error) {
      // Should the delete fail too (the database gone), the sweep deletes the invisible document later.
      await context.store.documents.delete(document.id).catch(() => false);
      throw error;
    }
    return { id: document.id, projectId: project.id, title: document.title, segmentCount: source.segments.length, heldForQa };
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
    key: segment.key,
    ...(segment.translation && segment.translation.target !== '' ? { target: segment.translation.target, status: segment.translation.status } : {}),
    prefix: segment.before,
    joins: segment.joins,
    wordCount: segment.wordCount,
    searchText: segment.searchText,
  };
}

/** The revision a segment starts with: empty, or the translation a bilingual file brought. */
function importRevision(segmentId: number, documentId: number, segment: ReadSegment, actor: Actor, now: string): NewRevision {
  const created = creationRevision(segmentId, documentId, 'import', actor, now);
  const translation = segment.translation;
  return translation && translation.target !== '' ? { ...created, newTarget: translation.target, newStatus: translation.status } : created;
}

/** Memory units written per transaction after a bilingual import. */
const memoryChunk = 100;

/** A bilingual file's notes become comments on their segments; returns the segments it brought confirmed translations for. */
async function keepNotes(store: Store, ids: readonly number[], segments: readonly ReadSegment[], documentId: number, now: string): Promise<number[]> {
  const confirmed: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const translation = segments[i]!.translation;
    if (!translation) continue;
    for (const note of translation.notes) {
      await store.comments.create({ segmentId: ids[i]!, documentId, parentId: null, author: null, body: note.slice(0, maxCommentLength), createdAt: now });
    }
    if (translation.target !== '' && isConfirmed(translation.status)) confirmed.push(ids[i]!);
  }
  return confirmed;
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
 * their segments, invisible projects with part of an archive: services/import-project.ts);
 * returns how many. Another instance's import in progress is spared: each chunk notes its time.
 */
export async function sweepAbandonedImports(context: ServiceContext): Promise<number> {
  const before = new Date(context.now().getTime() - abandonedImportMs).toISOString();
  const projects = await sweepAbandonedProjectImports(context, before);
  return projects + (await context.store.documents.deleteAbandonedImports(before));
}
