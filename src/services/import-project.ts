import { analysisBands, type AnalysisWeights, defaultAnalysisWeights } from '../domain/analysis';
import { AlreadyExistsError, InvalidArchiveError, InvalidInputError, PayloadTooLargeError } from '../domain/errors';
import { checkIds, type QaSettings } from '../domain/qa';
import { roles, type Role } from '../domain/permissions';
import { unitLimits } from '../formats/_lib/limits';
import { formatIds } from '../formats/registry';
import { type ArchiveCounts, type ArchiveContents, maxArchiveBytes, type ProjectRecord, readArchive, type RecordEntry, type RecordOf } from '../formats/project-archive';
import type { ArchiveGlossaryTerm, NewArchiveSegment, NewRevision, ProjectSettings, Store } from '../store/store';
import { audit } from './audit';
import { type Actor, inChunks, type Principal, type ServiceContext, timestamp, uniqueWrite } from './context';
import { unitOf } from './memory';
import { maxProjectNameLength } from './projects';

export interface ProjectImportInput {
  bytes: Uint8Array;
  /** The new project's name; the archive's by default (with a number added when it is taken). */
  name?: string | undefined;
}

export interface ImportedProject {
  project: { id: number; name: string };
  /** What the archive brought, as its manifest counts it. */
  counts: ArchiveCounts;
  members: {
    /** Members matched to accounts of this instance by username, with their role. */
    added: Array<{ username: string; role: Role }>;
    /** Usernames of the archive with no account here: not members, and no account was created. */
    unknown: string[];
  };
  /** Glossary entries left out: their French term repeats another's in another case (one entry per term here). */
  skippedTerms: string[];
}

/**
 * Memory units written per transaction. Each one's index terms and aligned sentences are computed
 * first (a fifth of a millisecond to a millisecond a unit), then written with them (about as long):
 * 40 keep each step within about 20 ms of the event loop.
 */
const memoryChunk = 40;
/** Segments written per transaction: about 10 ms of SQLite work, as a document import's chunks (import-document.ts). */
const segmentChunk = 250;
/** Documents written per transaction, and the most bytes of original files among them (beyond, one alone). */
const documentChunk = 10;
const originalBytesChunk = 2 * 1024 * 1024;

/**
 * Imports a project archive (formats/project-archive.ts) as a new project, with new ids for
 * everything and every reference followed: documents, segments, revisions, comments and their
 * threads, QA ignores, alignments under review, memory and glossary. Members are matched to this
 * instance's accounts by username (case and Unicode normalisation aside, as sign-in does);
 * unknown usernames are reported, never created. The importer, if any, becomes an owner.
 *
 * The archive is checked whole before anything is written (zip, names, manifest, version,
 * checksums); each record is validated as it is written, with every reference it makes. The
 * rows go in short transactions (a page of records each, as a document import does, so that
 * saves get the SQLite writer between them) into a project that stays invisible, with its
 * documents, until the last transaction adds the members and shows it. Any failure deletes what
 * was written; a crash leaves an invisible project that the sweep deletes.
 *
 * @example
 * await importProject(context, { bytes }, camille, { name: 'camille' }); // → { project: { id, name }, members: { added, unknown }, … }
 */
export async function importProject(context: ServiceContext, input: ProjectImportInput, importer: Principal | undefined, actor: Actor): Promise<ImportedProject> {
  const limit = maxArchiveBytes(context.maxUploadBytes);
  if (input.bytes.byteLength > limit) throw new PayloadTooLargeError(limit, 'archive');
  const requested = input.name === undefined ? undefined : projectName(input.name);
  const archive = await readArchive(input.bytes);
  const members = await everyRecord(archive, 'members');

  return context.bulkWrite(async () => {
    const now = timestamp(context);
    const project = await uniqueWrite(context, async (store) => {
      const name = await freeName(store, requested ?? projectName(archive.project.name), requested !== undefined);
      return { id: await store.archives.createProject({ name, settings: settingsOf(archive.project) }, now), name };
    });
    const written = new Written();
    try {
      const skippedTerms = await writeGlossary(context, archive, project.id);
      await writeDocuments(context, archive, project.id, written, now);
      await writeSegments(context, archive, project.id, written);
      await writeHistory(context, archive, project.id, written);
      await writeMemory(context, archive, project.id, written);
      const result = await context.store.transaction(async (store) => {
        const matched = await addMembers(store, project.id, members, importer, now);
        await store.archives.finishImport(project.id);
        await audit(store, now, {
          event: 'project.imported',
          actor,
          subject: project.name,
          projectId: project.id,
          detail: { archive: { app: archive.manifest.app, createdAt: archive.manifest.createdAt, project: archive.manifest.project.name }, counts: archive.manifest.counts, unknownMembers: matched.unknown },
        });
        return matched;
      });
      return { project, counts: archive.manifest.counts, members: result, skippedTerms };
    } catch (error) {
      // The import's own error is the one to report; should the clean-up fail too (the database
      // gone), the project stays invisible and the sweep deletes it.
      await removeProject(context, project.id, written).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Deletes projects whose import a crash interrupted (invisible, with part of their rows); returns
 * how many. An import under way elsewhere is spared: each chunk notes its time.
 */
export function sweepAbandonedProjectImports(context: ServiceContext, before: string): Promise<number> {
  return context.store.transaction((store) => store.archives.deleteAbandonedImports(before));
}

/** New ids of what was written, by the archive's refs. */
class Written {
  documents = new Map<number, number>();
  /** Segment ref → its new id and its document's ref. */
  segments = new Map<number, { id: number; document: number }>();
  memoryUnits: number[] = [];
}

const invalid = (message: string) => new InvalidArchiveError('invalid_archive', message);

async function everyRecord<E extends RecordEntry>(archive: ArchiveContents, entry: E): Promise<Array<RecordOf<E>>> {
  const all: Array<RecordOf<E>> = [];
  for await (const page of archive.records(entry)) all.push(...page);
  return all;
}

function projectName(name: string): string {
  const clean = name.replace(/\s+/gu, ' ').trim();
  if (clean === '') throw new InvalidInputError('The project name is empty.');
  if (clean.length > maxProjectNameLength) throw new InvalidInputError(`The project name is longer than ${maxProjectNameLength} characters.`);
  return clean;
}

/** The name, or (unless it was asked for) the name with the first free number: « Newsroom (2) ». */
async function freeName(store: Store, name: string, asked: boolean): Promise<string> {
  if (!(await store.projects.findByName(name))) return name;
  if (asked) throw new AlreadyExistsError('project', name);
  for (let n = 2; n < 1000; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, maxProjectNameLength - suffix.length).trimEnd()}${suffix}`;
    if (!(await store.projects.findByName(candidate))) return candidate;
  }
  throw new AlreadyExistsError('project', name);
}

/** The archive's settings, with the quality checks this vis-à-vis knows (a newer one may have more). */
function settingsOf(project: ProjectRecord): ProjectSettings {
  const qa: QaSettings = {};
  for (const id of checkIds) {
    const value = project.settings.qa[id];
    if (value !== undefined) qa[id] = value;
  }
  const stored = project.settings.analysisWeights;
  // A table missing a band (a newer vis-à-vis may band otherwise) takes the default grid for it.
  const analysisWeights = stored && Object.fromEntries(analysisBands.map((band) => [band, stored[band] ?? defaultAnalysisWeights[band]]));
  return { targetLang: project.settings.targetLang, formality: project.settings.formality, qa, ...(analysisWeights ? { analysisWeights: analysisWeights as AnalysisWeights } : {}) };
}

/** Notes progress in the transaction that wrote a chunk, so that the sweep leaves the import alone. */
function progress(context: ServiceContext, store: Store, projectId: number): Promise<void> {
  return store.archives.importProgress(projectId, timestamp(context));
}

async function writeGlossary(context: ServiceContext, archive: ArchiveContents, projectId: number): Promise<string[]> {
  // One entry per French term regardless of case, here as everywhere: SQLite's lower() folds ASCII
  // only, so an archive made there may hold « État » and « état », which PostgreSQL refuses.
  const seen = new Set<string>();
  const skipped: string[] = [];
  const terms: ArchiveGlossaryTerm[] = [];
  for (const term of await everyRecord(archive, 'glossary')) {
    const key = term.source.toLowerCase();
    if (seen.has(key)) skipped.push(term.source);
    else {
      seen.add(key);
      terms.push(term);
    }
  }
  await inChunks(terms, 500, (chunk) =>
    context.store.transaction(async (store) => {
      await store.archives.insertGlossary(projectId, chunk);
      await progress(context, store, projectId);
    }),
  );
  return skipped;
}

async function writeDocuments(context: ServiceContext, archive: ArchiveContents, projectId: number, written: Written, now: string): Promise<void> {
  const documents = await everyRecord(archive, 'documents');
  const known = new Set(formatIds);
  const refs = new Set<number>();
  const withOriginal = new Set<number>();
  for (const document of documents) {
    if (refs.has(document.ref)) throw invalid(`documents.ndjson: document ${document.ref} appears twice.`);
    refs.add(document.ref);
    if (!known.has(document.format)) throw invalid(`documents.ndjson: document ${document.ref} is in format "${document.format}", which this vis-à-vis does not know.`);
    if (document.original) {
      if (!archive.originals.has(document.ref)) throw invalid(`The archive lacks the original file of document ${document.ref}.`);
      withOriginal.add(document.ref);
    }
  }
  for (const ref of archive.originals.keys()) {
    if (!withOriginal.has(ref)) throw invalid(`The archive holds an original file for document ${ref}, which it does not list.`);
  }
  // A few documents per transaction, and one alone when it carries a large original (a 20 MB package is tens of ms to write).
  const batches: Array<typeof documents> = [];
  let bytes = Infinity;
  for (const document of documents) {
    const size = document.original ? archive.originals.get(document.ref)!.byteLength : 0;
    if (bytes + size > originalBytesChunk || batches.at(-1)!.length >= documentChunk) {
      batches.push([]);
      bytes = 0;
    }
    batches.at(-1)!.push(document);
    bytes += size;
  }
  await inChunks(batches, 1, ([chunk]) =>
    context.store.transaction(async (store) => {
      for (const { ref, original, ...document } of chunk!) {
        written.documents.set(ref, await store.archives.insertDocument(projectId, { ...document, package: original ? archive.originals.get(ref) : undefined }, now));
      }
      await progress(context, store, projectId);
    }),
  );
}

async function writeSegments(context: ServiceContext, archive: ArchiveContents, projectId: number, written: Written): Promise<void> {
  /** Per document: its live positions, its segment count, and how many archived segments it has. */
  const places = new Map<number, { live: Set<number>; count: number; archived: number }>();
  const repetitions: Array<{ ref: number; of: number }> = [];
  for await (const page of archive.records('segments')) {
    const rows: NewArchiveSegment[] = page.map((segment) => {
      const documentId = written.documents.get(segment.document);
      if (documentId === undefined) throw invalid(`segments.ndjson: segment ${segment.ref} belongs to document ${segment.document}, which the archive does not list.`);
      if (written.segments.has(segment.ref)) throw invalid(`segments.ndjson: segment ${segment.ref} appears twice.`);
      let place = places.get(segment.document);
      if (!place) places.set(segment.document, (place = { live: new Set(), count: 0, archived: 0 }));
      if (++place.count > unitLimits.segments) throw invalid(`Document ${segment.document} has more than ${unitLimits.segments.toLocaleString('en')} segments.`);
      let position = segment.position;
      if (segment.archivedAt === null) {
        if (position < 0 || place.live.has(position)) throw invalid(`segments.ndjson: segment ${segment.ref} has position ${position}, ${position < 0 ? 'outside its document' : 'which another segment of its document has'}.`);
        place.live.add(position);
      } else {
        // Archived segments are placed anew once they have their ids (below); meanwhile below the live ones.
        position = -1 - place.archived++;
      }
      if (segment.repetitionOf !== null) repetitions.push({ ref: segment.ref, of: segment.repetitionOf });
      written.segments.set(segment.ref, { id: 0, document: segment.document });
      const { ref: _ref, document: _document, repetitionOf: _repetitionOf, ...columns } = segment;
      return { ...columns, documentId, position };
    });
    await inChunks(rows, segmentChunk, (chunk, offset) =>
      context.store.transaction(async (store) => {
        const ids = await store.archives.insertSegments(chunk);
        ids.forEach((id, i) => {
          const segment = page[offset + i]!;
          written.segments.set(segment.ref, { id, document: segment.document });
        });
        await progress(context, store, projectId);
      }),
    );
  }
  const links = repetitions.map(({ ref, of }) => {
    const segment = written.segments.get(ref)!;
    const first = written.segments.get(of);
    if (!first || first.document !== segment.document) throw invalid(`segments.ndjson: segment ${ref} repeats segment ${of}, which is not in its document.`);
    return { id: segment.id, repetitionOf: first.id };
  });
  await inChunks(links, 2000, (chunk) => context.store.transaction((store) => store.archives.linkRepetitions(chunk)));
  await inChunks([...places].filter(([, place]) => place.archived > 0), 20, (chunk) =>
    context.store.transaction(async (store) => {
      for (const [ref] of chunk) await store.archives.placeArchivedSegments(written.documents.get(ref)!);
    }),
  );
}

/** The new id of a segment the archive names (and its document's), or the archive is refused. */
function segmentOf(written: Written, where: string, ref: number): { id: number; documentId: number; document: number } {
  const segment = written.segments.get(ref);
  if (!segment) throw invalid(`${where}: segment ${ref} is not in the archive.`);
  return { id: segment.id, document: segment.document, documentId: written.documents.get(segment.document)! };
}

/** Revisions, comments (with their threads), QA ignores and alignments under review. */
async function writeHistory(context: ServiceContext, archive: ArchiveContents, projectId: number, written: Written): Promise<void> {
  for await (const page of archive.records('revisions')) {
    const revisions: NewRevision[] = page.map(({ segment: ref, ...revision }) => {
      const segment = segmentOf(written, 'revisions.ndjson', ref);
      return { ...revision, segmentId: segment.id, documentId: segment.documentId };
    });
    await context.store.transaction(async (store) => {
      await store.revisions.append(revisions);
      await progress(context, store, projectId);
    });
  }

  /** Comment ref → its new id, its segment's ref, and whether it starts a thread. */
  const comments = new Map<number, { id: number; segment: number; thread: boolean }>();
  const replies: Array<{ id: number; parentId: number }> = [];
  for await (const page of archive.records('comments')) {
    const rows = page.map((comment) => {
      if (comments.has(comment.ref)) throw invalid(`comments.ndjson: comment ${comment.ref} appears twice.`);
      if (comment.parent !== null) {
        const parent = comments.get(comment.parent);
        if (!parent || !parent.thread || parent.segment !== comment.segment) throw invalid(`comments.ndjson: comment ${comment.ref} replies to ${comment.parent}, which is not an earlier thread on its segment.`);
      }
      const segment = segmentOf(written, 'comments.ndjson', comment.segment);
      comments.set(comment.ref, { id: 0, segment: comment.segment, thread: comment.parent === null });
      const { author, body, createdAt, resolvedAt, resolvedBy } = comment;
      return { segmentId: segment.id, documentId: segment.documentId, author, body, createdAt, resolvedAt, resolvedBy };
    });
    await context.store.transaction(async (store) => {
      const ids = await store.archives.insertComments(rows);
      page.forEach((comment, i) => {
        comments.get(comment.ref)!.id = ids[i]!;
        if (comment.parent !== null) replies.push({ id: ids[i]!, parentId: comments.get(comment.parent)!.id });
      });
      await progress(context, store, projectId);
    });
  }
  await inChunks(replies, 2000, (chunk) => context.store.transaction((store) => store.archives.linkReplies(chunk)));

  for await (const page of archive.records('qaIgnores')) {
    const ignores = page.map(({ segment: ref, ...ignore }) => ({ ...ignore, segmentId: segmentOf(written, 'qa-ignores.ndjson', ref).id }));
    await context.store.transaction(async (store) => {
      for (const ignore of ignores) await store.qaIgnores.put(ignore);
      await progress(context, store, projectId);
    });
  }

  const reviewed = new Set<number>();
  for await (const page of archive.records('alignmentReviews')) {
    const reviews = page.map((review) => {
      const documentId = written.documents.get(review.document);
      if (documentId === undefined || reviewed.has(review.document)) throw invalid(`alignment-reviews.ndjson: document ${review.document} is not in the archive, or has two alignments under review.`);
      reviewed.add(review.document);
      const own = (ref: number) => {
        const segment = segmentOf(written, 'alignment-reviews.ndjson', ref);
        if (segment.document !== review.document) throw invalid(`alignment-reviews.ndjson: segment ${ref} is not in document ${review.document}.`);
        return segment.id;
      };
      return {
        documentId,
        version: review.version,
        english: review.english,
        links: review.links.map((link) => ({ segments: link.segments.map(own), english: link.english, score: link.score })),
        filled: Object.fromEntries(review.filled.map((item) => [own(item.segment), item.text])),
        filename: review.filename,
        createdBy: review.createdBy,
        createdAt: review.createdAt,
        updatedAt: review.updatedAt,
      };
    });
    await context.store.transaction(async (store) => {
      for (const review of reviews) await store.archives.insertAlignmentReview(review);
      await progress(context, store, projectId);
    });
  }
}

async function writeMemory(context: ServiceContext, archive: ArchiveContents, projectId: number, written: Written): Promise<void> {
  if (archive.manifest.counts.memory > unitLimits.tmxUnits) throw invalid(`The memory holds more than ${unitLimits.tmxUnits.toLocaleString('en')} units.`);
  const remembered = new Set<number>();
  for await (const page of archive.records('memory')) {
    // Index terms, folded text and aligned sentences are computed here, as for any unit: a slice at a time.
    await inChunks(page, memoryChunk, async (chunk) => {
      const units = chunk.map((unit) => {
        let segmentId: number | null = null;
        if (unit.segment !== null) {
          if (remembered.has(unit.segment)) throw invalid(`memory.ndjson: two units come from segment ${unit.segment}.`);
          remembered.add(unit.segment);
          segmentId = segmentOf(written, 'memory.ndjson', unit.segment).id;
        }
        return unitOf(projectId, unit.source, unit.target, unit.quality, {
          codes: unit.codes,
          author: unit.author,
          previousHash: unit.previousHash,
          nextHash: unit.nextHash,
          segmentId,
          createdAt: unit.createdAt,
          updatedAt: unit.updatedAt,
        });
      });
      await new Promise((resolve) => setImmediate(resolve));
      await context.store.transaction(async (store) => {
        written.memoryUnits.push(...(await store.memory.putMany(units, timestamp(context))));
        await progress(context, store, projectId);
      });
    });
  }
}

/**
 * Adds the archive's members that have an account here (matched as sign-in matches names), each
 * account once with its highest role; the importer becomes an owner. Returns who was added and
 * the usernames without an account.
 */
async function addMembers(
  store: Store,
  projectId: number,
  members: ReadonlyArray<RecordOf<'members'>>,
  importer: Principal | undefined,
  now: string,
): Promise<ImportedProject['members']> {
  const chosen = new Map<number, { username: string; role: Role }>();
  const unknown: string[] = [];
  const choose = (userId: number, username: string, role: Role) => {
    const current = chosen.get(userId);
    if (!current || roles.indexOf(role) > roles.indexOf(current.role)) chosen.set(userId, { username, role });
  };
  for (const member of members) {
    const user = await store.accounts.findUser(member.username);
    if (user) choose(user.id, user.username, member.role);
    else if (!unknown.includes(member.username)) unknown.push(member.username);
  }
  if (importer) choose(importer.id, importer.username, 'owner');
  for (const [userId, member] of chosen) await store.projects.addMember(projectId, userId, member.role, now);
  return { added: [...chosen.values()], unknown };
}

/** Deletes what an import wrote: the documents one at a time, the memory in chunks, then the project. */
async function removeProject(context: ServiceContext, projectId: number, written: Written): Promise<void> {
  const documents = await context.store.archives.documentIds(projectId);
  await inChunks(documents, 1, ([id]) => context.store.transaction(async (store) => void (await store.documents.delete(id!))));
  await inChunks(written.memoryUnits, 500, (chunk) => context.store.transaction((store) => store.memory.deleteUnits(chunk)));
  await context.store.transaction((store) => store.archives.deleteProject(projectId));
}
