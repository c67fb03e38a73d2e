import { NotFoundError } from '../domain/errors';
import {
  type AlignmentReviewRecord,
  type ArchiveCounts,
  archiveEntries,
  type ArchiveEntryWriter,
  archiveWriter,
  type CommentRecord,
  type DocumentRecord,
  type MemoryRecord,
  type QaIgnoreRecord,
  type RevisionRecord,
  type SegmentRecord,
  originalName,
} from '../formats/project-archive';
import type { ArchiveDocument } from '../store/store';
import { audit } from './audit';
import { type Actor, pagesOf, pageSize, type ServiceContext, timestamp } from './context';

export interface ExportedProject {
  bytes: Uint8Array<ArrayBuffer>;
  /** `<project name>.visavis.zip` */
  filename: string;
  counts: ArchiveCounts;
}

/**
 * Writes a project as an archive (formats/project-archive.ts): the project and its settings,
 * members by username, glossary, documents with their original files, segments (archived ones
 * too), revisions, comments, QA ignores, alignments under review and the memory.
 *
 * Everything is read a page at a time, each entry compressed as its pages come (on worker
 * threads), so the event loop answers other requests throughout. Nobody has to stop working:
 * each row is copied as it is when its page is read, and the archive stays self-consistent —
 * a revision, comment or memory link to a segment added after the segments were read is left
 * out (for an exact snapshot, export while nobody edits).
 *
 * @example
 * const { bytes, filename } = await exportProject(context, 2, { name: 'camille' });
 */
export async function exportProject(context: ServiceContext, projectId: number, actor: Actor): Promise<ExportedProject> {
  const { store } = context;
  const project = await store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const counts: ArchiveCounts = { members: 0, glossary: 0, documents: 0, segments: 0, revisions: 0, comments: 0, qaIgnores: 0, alignmentReviews: 0, memory: 0, originals: 0 };
  const writer = archiveWriter();
  try {
    const projectEntry = writer.entry(archiveEntries.project.name);
    projectEntry.bytes(new TextEncoder().encode(`${JSON.stringify({ name: project.name, createdAt: project.createdAt, settings: project.settings }, null, 2)}\n`));
    projectEntry.end();

    const members = (await store.projects.members(projectId)).map((member) => ({ username: member.username, role: member.role, addedAt: member.addedAt }));
    writeAll(writer.entry(archiveEntries.members.name), members);
    counts.members = members.length;

    const glossary = await store.archives.glossary(projectId);
    writeAll(writer.entry(archiveEntries.glossary.name), glossary);
    counts.glossary = glossary.length;

    const documents = await store.archives.documents(projectId);
    /** Segment id → its document's id, for every segment written: what the other entries may point at. */
    const written = new Map<number, number>();
    const segments = writer.entry(archiveEntries.segments.name);
    for (const document of documents) {
      for await (const page of pagesOf((after) => store.archives.segments(document.id, { after, limit: pageSize }), (segment) => segment.id).pages) {
        const records: SegmentRecord[] = page.map((segment) => {
          written.set(segment.id, document.id);
          // A repetition points at an earlier segment of the document, already written (or gone meanwhile).
          const repetitionOf = segment.repetitionOf !== null && written.get(segment.repetitionOf) === document.id ? segment.repetitionOf : null;
          const { id, documentId, ...rest } = segment;
          return { ref: id, document: documentId, ...rest, repetitionOf };
        });
        segments.records(records);
        counts.segments += records.length;
      }
    }
    segments.end();

    const documentRecords: DocumentRecord[] = [];
    for (const document of documents) {
      const original = document.hasPackage ? await store.documents.sourcePackage(document.id) : undefined;
      if (original) {
        const entry = writer.entry(originalName(document.id), { stored: true });
        entry.bytes(original);
        entry.end();
        counts.originals++;
      }
      documentRecords.push(documentRecord(document, original !== undefined));
    }
    writeAll(writer.entry(archiveEntries.documents.name), documentRecords);
    counts.documents = documentRecords.length;

    const revisions = writer.entry(archiveEntries.revisions.name);
    for (const document of documents) {
      for await (const page of pagesOf((after) => store.revisions.listForDocument(document.id, undefined, { after, limit: pageSize }), (revision) => revision.id).pages) {
        const records: RevisionRecord[] = page
          .filter((revision) => written.has(revision.segmentId))
          .map((revision) => ({
            segment: revision.segmentId,
            origin: revision.origin,
            author: revision.author,
            createdAt: revision.createdAt,
            previousTarget: revision.previousTarget,
            newTarget: revision.newTarget,
            previousStatus: revision.previousStatus,
            newStatus: revision.newStatus,
            version: revision.version,
            qaOverride: revision.qaOverride ?? null,
            batch: revision.batch ?? null,
          }));
        revisions.records(records);
        counts.revisions += records.length;
      }
    }
    revisions.end();

    const comments = writer.entry(archiveEntries.comments.name);
    const threads = new Set<number>();
    for (const document of documents) {
      for await (const page of pagesOf((after) => store.comments.listForDocument(document.id, { after, limit: pageSize }), (comment) => comment.id).pages) {
        const records: CommentRecord[] = [];
        for (const comment of page) {
          if (!written.has(comment.segmentId) || (comment.parentId !== null && !threads.has(comment.parentId))) continue;
          if (comment.parentId === null) threads.add(comment.id);
          const { id, segmentId, parentId, author, body, createdAt, resolvedAt, resolvedBy } = comment;
          records.push({ ref: id, segment: segmentId, parent: parentId, author, body, createdAt, resolvedAt, resolvedBy });
        }
        comments.records(records);
        counts.comments += records.length;
      }
    }
    comments.end();

    const ignores = writer.entry(archiveEntries.qaIgnores.name);
    const reviews = writer.entry(archiveEntries.alignmentReviews.name);
    for (const document of documents) {
      await new Promise((resolve) => setImmediate(resolve));
      const records: QaIgnoreRecord[] = (await store.qaIgnores.forDocument(document.id))
        .filter((ignore) => written.has(ignore.segmentId))
        .map(({ segmentId, ...ignore }) => ({ segment: segmentId, ...ignore }));
      ignores.records(records);
      counts.qaIgnores += records.length;
      const review = await store.alignments.get(document.id);
      if (review) {
        const mine = (id: number) => written.get(id) === document.id;
        const record: AlignmentReviewRecord = {
          document: document.id,
          version: review.version,
          english: review.english,
          links: review.links.map((link) => ({ segments: link.segments.filter(mine), english: link.english, score: link.score })),
          filled: Object.entries(review.filled)
            .map(([segment, text]) => ({ segment: Number(segment), text }))
            .filter((item) => mine(item.segment)),
          filename: review.filename,
          createdBy: review.createdBy,
          createdAt: review.createdAt,
          updatedAt: review.updatedAt,
        };
        reviews.records([record]);
        counts.alignmentReviews++;
      }
    }
    ignores.end();
    reviews.end();

    const memory = writer.entry(archiveEntries.memory.name);
    for await (const page of pagesOf((after) => store.memory.all(projectId, { after, limit: pageSize }), (unit) => unit.id).pages) {
      const records: MemoryRecord[] = page.map((unit) => ({
        source: unit.source,
        target: unit.target,
        codes: unit.codes,
        quality: unit.quality,
        author: unit.author,
        previousHash: unit.previousHash,
        nextHash: unit.nextHash,
        segment: unit.segmentId !== null && written.has(unit.segmentId) ? unit.segmentId : null,
        createdAt: unit.createdAt,
        updatedAt: unit.updatedAt,
      }));
      memory.records(records);
      counts.memory += records.length;
    }
    memory.end();

    const now = timestamp(context);
    const bytes = await writer.finish({ createdAt: now, project: { name: project.name }, counts });
    await audit(store, now, { event: 'project.exported', actor, subject: project.name, projectId, detail: { ...counts, bytes: bytes.byteLength } });
    return { bytes, filename: `${project.name}.visavis.zip`, counts };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** Writes every record of a short list (members, glossary, documents) and ends the entry. */
function writeAll(entry: ArchiveEntryWriter, records: readonly unknown[]): void {
  for (let offset = 0; offset < records.length; offset += pageSize) entry.records(records.slice(offset, offset + pageSize));
  entry.end();
}

function documentRecord(document: ArchiveDocument, original: boolean): DocumentRecord {
  const { id, title, format, encoding, bom, trailer, inlineCodes, createdAt, updatedAt } = document;
  return { ref: id, title, format, encoding, bom, trailer, inlineCodes, createdAt, updatedAt, original };
}
