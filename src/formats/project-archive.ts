import { createHash } from 'node:crypto';
import { AsyncZipDeflate, unzip, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { z } from 'zod';
import { version as appVersion } from '../../package.json';
import { FormatLimitError, InvalidArchiveError } from '../domain/errors';
import { codeKinds } from '../domain/inline';
import { roles } from '../domain/permissions';
import { revisionOrigins, segmentKinds, statuses } from '../domain/segment';

/**
 * The project archive: one zip that moves a project between instances, and between SQLite and
 * PostgreSQL. `manifest.json` says what it is (`format`, `version`), which vis-à-vis made it and
 * when, how many records each entry holds, and each entry's SHA-256 and size; `project.json` is
 * JSON; the tables (members included) are NDJSON, one record per line, in the order they were
 * written; each document's original file (a DOCX package) is an entry of its own, stored as it is.
 *
 * Records name each other by `ref`, the id they had where the archive was made; those ids mean
 * nothing elsewhere: an import gives every row a new id and follows the refs. Derived columns
 * (hashes, search text, index terms, a memory unit's sentences) are not carried: the import
 * computes them as a save does. Members are carried by username, authors as the text they are.
 *
 * `version` is the format's major version: an archive of a newer one is refused (422
 * `archive_version`); a change an older reader can ignore keeps the version.
 */

export const archiveFormat = 'visavis-project';
export const archiveVersion = 1;

/**
 * What an archive may hold, checked on the zip's directory before anything is inflated: what it
 * inflates to in all (as much as a Word package may: formats/docx.ts), the ratio of any large entry
 * (zip bombs), and how many documents (each may bring its original file).
 */
export const archiveLimits = { inflatedBytes: 512 * 1024 * 1024, ratio: 200, documents: 10_000 } as const;

/** The largest archive an upload may be, for an upload limit of `maxUploadBytes`: an archive carries many documents and their history. */
export function maxArchiveBytes(maxUploadBytes: number): number {
  return Math.min(archiveLimits.inflatedBytes, 10 * maxUploadBytes);
}

/** The entries with a fixed name, and the count of the manifest that numbers each one's records. */
export const archiveEntries = {
  project: { name: 'project.json' },
  members: { name: 'members.ndjson', count: 'members' },
  glossary: { name: 'glossary.ndjson', count: 'glossary' },
  documents: { name: 'documents.ndjson', count: 'documents' },
  segments: { name: 'segments.ndjson', count: 'segments' },
  revisions: { name: 'revisions.ndjson', count: 'revisions' },
  comments: { name: 'comments.ndjson', count: 'comments' },
  qaIgnores: { name: 'qa-ignores.ndjson', count: 'qaIgnores' },
  alignmentReviews: { name: 'alignment-reviews.ndjson', count: 'alignmentReviews' },
  memory: { name: 'memory.ndjson', count: 'memory' },
} as const;
export type RecordEntry = Exclude<keyof typeof archiveEntries, 'project'>;

export const manifestName = 'manifest.json';

/** The entry of a document's original file. */
export const originalName = (documentRef: number) => `originals/${documentRef}`;
const originalPattern = /^originals\/([1-9][0-9]{0,15})$/u;

// ── The records ──────────────────────────────────────────────────────────────────────────────────

// PostgreSQL's text cannot hold U+0000, and no text of ours has one.
const text = z.string().refine((value) => !value.includes('\u0000'), 'contains a NUL character');
const time = z.iso.datetime();
const ref = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const InlineCode = z
  .object({
    id: text,
    type: z.enum(['paired', 'standalone']),
    kind: z.enum(codeKinds),
    open: text,
    close: text.optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    droppable: z.boolean(),
  })
  .strict();

export const ProjectRecord = z
  .object({
    name: text.min(1).max(100),
    createdAt: time,
    settings: z
      .object({
        targetLang: z.enum(['en-US', 'en-GB']),
        formality: z.enum(['default', 'more', 'less']),
        // Checks by id: a newer vis-à-vis may know checks this one does not (the import keeps the known ones).
        qa: z.record(z.string(), z.enum(['off', 'warning', 'error'])),
        // The analysis weighting table (domain/analysis); absent from archives made before it existed.
        analysisWeights: z.record(z.string(), z.number().int().min(0).max(100)).optional(),
      })
      .strict(),
  })
  .strict();

export const MemberRecord = z.object({ username: text.min(1).max(200), role: z.enum(roles), addedAt: time }).strict();

export const GlossaryRecord = z.object({ source: text, target: text, forbidden: text, notes: text, createdAt: time, updatedAt: time }).strict();

export const DocumentRecord = z
  .object({
    ref,
    title: text.min(1).max(200),
    format: text,
    encoding: text,
    bom: z.boolean(),
    trailer: text,
    inlineCodes: z.boolean(),
    createdAt: time,
    updatedAt: time,
    /** Whether its original file is in the archive (`originals/<ref>`). */
    original: z.boolean(),
  })
  .strict();

export const SegmentRecord = z
  .object({
    ref,
    document: ref,
    /** Its place in the document; for an archived segment (archivedAt set), a place outside it, renumbered on import. */
    position: z.number().int(),
    kind: z.enum(segmentKinds),
    source: text,
    codes: z.array(InlineCode),
    original: text.nullable(),
    key: text.nullable(),
    prefix: text,
    joins: z.array(z.object({ at: z.number().int().nonnegative(), original: text, replacement: text }).strict()),
    target: text,
    status: z.enum(statuses),
    version: z.number().int().positive(),
    repetitionOf: ref.nullable(),
    wordCount: count,
    createdAt: time,
    updatedAt: time,
    previousSource: text.nullable(),
    sourceChanged: z.boolean(),
    archivedAt: time.nullable(),
  })
  .strict();

export const RevisionRecord = z
  .object({
    segment: ref,
    origin: z.enum(revisionOrigins),
    author: text.nullable(),
    createdAt: time,
    previousTarget: text.nullable(),
    newTarget: text,
    previousStatus: z.enum(statuses).nullable(),
    newStatus: z.enum(statuses),
    version: z.number().int().positive(),
    qaOverride: z.object({ reason: text, checks: z.array(text) }).strict().nullable(),
    batch: text.nullable(),
  })
  .strict();

export const CommentRecord = z
  .object({
    ref,
    segment: ref,
    /** The thread's first comment, for a reply (written before it). */
    parent: ref.nullable(),
    author: text.nullable(),
    body: text,
    createdAt: time,
    resolvedAt: time.nullable(),
    resolvedBy: text.nullable(),
  })
  .strict();

export const QaIgnoreRecord = z
  .object({ segment: ref, check: text, key: text, targetHash: text, reason: text, author: text.nullable(), createdAt: time })
  .strict();

export const AlignmentReviewRecord = z
  .object({
    document: ref,
    version: z.number().int().positive(),
    english: z.array(text),
    links: z.array(z.object({ segments: z.array(ref), english: z.array(count), score: z.number().min(0).max(1).nullable() }).strict()),
    /** The segments a first alignment filled, with the text it wrote. */
    filled: z.array(z.object({ segment: ref, text }).strict()),
    filename: text.nullable(),
    createdBy: text.nullable(),
    createdAt: time,
    updatedAt: time,
  })
  .strict();

export const MemoryRecord = z
  .object({
    source: text,
    target: text,
    codes: z.array(InlineCode),
    quality: z.enum(['approved', 'translated']),
    author: text.nullable(),
    previousHash: text.nullable(),
    nextHash: text.nullable(),
    /** The segment it comes from, when that segment is in the archive. */
    segment: ref.nullable(),
    createdAt: time,
    updatedAt: time,
  })
  .strict();

export type ProjectRecord = z.infer<typeof ProjectRecord>;
export type MemberRecord = z.infer<typeof MemberRecord>;
export type GlossaryRecord = z.infer<typeof GlossaryRecord>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type SegmentRecord = z.infer<typeof SegmentRecord>;
export type RevisionRecord = z.infer<typeof RevisionRecord>;
export type CommentRecord = z.infer<typeof CommentRecord>;
export type QaIgnoreRecord = z.infer<typeof QaIgnoreRecord>;
export type AlignmentReviewRecord = z.infer<typeof AlignmentReviewRecord>;
export type MemoryRecord = z.infer<typeof MemoryRecord>;

/** The schema of each record entry. */
const recordSchemas = {
  members: MemberRecord,
  glossary: GlossaryRecord,
  documents: DocumentRecord,
  segments: SegmentRecord,
  revisions: RevisionRecord,
  comments: CommentRecord,
  qaIgnores: QaIgnoreRecord,
  alignmentReviews: AlignmentReviewRecord,
  memory: MemoryRecord,
} as const;
export type RecordOf<E extends RecordEntry> = z.infer<(typeof recordSchemas)[E]>;

const countKeys = ['members', 'glossary', 'documents', 'segments', 'revisions', 'comments', 'qaIgnores', 'alignmentReviews', 'memory', 'originals'] as const;
export type ArchiveCounts = Record<(typeof countKeys)[number], number>;

const Manifest = z
  .object({
    format: z.literal(archiveFormat),
    version: z.literal(archiveVersion),
    app: z.object({ name: text, version: text }).strict(),
    createdAt: time,
    project: z.object({ name: text }).strict(),
    counts: z.object(Object.fromEntries(countKeys.map((key) => [key, count])) as Record<(typeof countKeys)[number], typeof count>).strict(),
    entries: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/u), bytes: count }).strict()),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

// ── Writing ──────────────────────────────────────────────────────────────────────────────────────

/** One entry being written: text (a page of records at a time) or bytes, then `end`. */
export interface ArchiveEntryWriter {
  /** Appends records, one JSON line each. */
  records(rows: readonly unknown[]): void;
  bytes(chunk: Uint8Array): void;
  end(): void;
}

export interface ArchiveWriter {
  /** Starts an entry; `stored` writes it uncompressed (a DOCX package is compressed already). */
  entry(name: string, options?: { stored?: boolean }): ArchiveEntryWriter;
  /** Adds the manifest (counts as given, every entry's checksum) and gives the zip. */
  finish(manifest: { createdAt: string; project: { name: string }; counts: ArchiveCounts }): Promise<Uint8Array<ArrayBuffer>>;
  /** Stops the compression threads (the export failed). */
  abort(): void;
}

/**
 * A project archive written as it is read: each entry is compressed as its pages come (fflate's
 * streaming zip, deflating large entries on worker threads), with its checksum and size counted on
 * the way, so that only the compressed archive is ever held whole.
 *
 * @example
 * const writer = archiveWriter();
 * const members = writer.entry('members.ndjson'); members.records([{ username: 'camille', role: 'owner', addedAt }]); members.end();
 * const zip = await writer.finish({ createdAt, project: { name }, counts });
 */
export function archiveWriter(): ArchiveWriter {
  const chunks: Uint8Array[] = [];
  const entries: Manifest['entries'] = {};
  let total = 0;
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // A rejection nobody awaits yet (the export fails before `finish`) must not take the process down.
  done.catch(() => undefined);
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      settle!.reject(error);
      return;
    }
    chunks.push(chunk);
    if (final) settle!.resolve();
  });
  const encoder = new TextEncoder();
  return {
    entry(name, options = {}) {
      if (entries[name] || name === manifestName) throw new Error(`Entry ${name} written twice.`);
      // A compression thread costs a few to tens of milliseconds of the event loop to start: an
      // entry gets one once it outgrows `inlineBytes`; a smaller one is deflated here, at its end,
      // in a few milliseconds. (The zip's order of entries follows, which no reader minds.)
      let file: ZipPassThrough | AsyncZipDeflate | undefined;
      if (options.stored) zip.add((file = new ZipPassThrough(name)));
      let held: Uint8Array[] = [];
      let heldBytes = 0;
      const hash = createHash('sha256');
      let size = 0;
      const push = (chunk: Uint8Array) => {
        if (failure) throw failure;
        total += chunk.byteLength;
        if (total > archiveLimits.inflatedBytes) {
          throw new FormatLimitError('archive.inflated', archiveLimits.inflatedBytes, `This project is larger than an archive may hold (${archiveLimits.inflatedBytes / 1024 / 1024} MB of data before compression).`, true);
        }
        size += chunk.byteLength;
        hash.update(chunk);
        if (chunk.byteLength === 0) return;
        if (file) {
          file.push(chunk, false);
          return;
        }
        held.push(chunk);
        heldBytes += chunk.byteLength;
        if (heldBytes > inlineBytes) {
          zip.add((file = new AsyncZipDeflate(name, { level: 6 })));
          for (const part of held) file.push(part, false);
          held = [];
        }
      };
      return {
        records(rows) {
          if (rows.length > 0) push(encoder.encode(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`));
        },
        bytes: push,
        end() {
          if (file) file.push(new Uint8Array(0), true);
          else {
            const small = new ZipDeflate(name, { level: 6 });
            zip.add(small);
            small.push(concat(held), true);
          }
          entries[name] = { sha256: hash.digest('hex'), bytes: size };
        },
      };
    },
    async finish(manifest) {
      const full: Manifest = { format: archiveFormat, version: archiveVersion, app: { name: 'vis-à-vis', version: appVersion }, ...manifest, entries };
      const file = new ZipPassThrough(manifestName);
      zip.add(file);
      file.push(encoder.encode(`${JSON.stringify(full, null, 2)}\n`), true);
      zip.end();
      await done;
      return concat(chunks);
    },
    abort() {
      zip.terminate();
    },
  };
}

/** An entry smaller than this is deflated on the event loop, at its end (a few milliseconds); a larger one on a thread. */
const inlineBytes = 256 * 1024;

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

/** An archive whose directory, manifest and checksums were found sound: its entries, read on demand. */
export interface ArchiveContents {
  manifest: Manifest;
  project: ProjectRecord;
  /** The records of an entry, validated one by one, a page at a time; the count is checked against the manifest's at the end. */
  records<E extends RecordEntry>(entry: E): AsyncIterable<Array<RecordOf<E>>>;
  /** The original files in the archive, by document ref. */
  originals: ReadonlyMap<number, Uint8Array>;
}

/** Records per page, and the most bytes of them decoded at once. */
const pageRecords = 500;
const pageBytes = 1024 * 1024;
/** Bytes hashed between two turns of the event loop. */
const hashSlice = 4 * 1024 * 1024;

const invalid = (message: string) => new InvalidArchiveError('invalid_archive', message);
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens a project archive and checks it before anything is written: a zip (its directory read
 * first: no entry inflated past the limits, no name outside the archive's own — `../`, absolute
 * paths, backslashes and unknown entries are refused), a manifest of this format in a version this
 * vis-à-vis reads, every entry listed there present with its size and SHA-256, and nothing else.
 * Entries are inflated off the event loop (fflate's `unzip` inflates large ones on worker threads)
 * and hashed in slices.
 *
 * @example
 * const archive = await readArchive(bytes);
 * for await (const page of archive.records('segments')) …
 */
export async function readArchive(bytes: Uint8Array): Promise<ArchiveContents> {
  const files = await inflate(bytes);
  const manifestBytes = files.get(manifestName);
  if (!manifestBytes) throw invalid(`The archive has no ${manifestName}: it is not a vis-à-vis project archive.`);
  const manifest = parseManifest(manifestBytes);

  for (const name of files.keys()) {
    if (name !== manifestName && !manifest.entries[name]) throw invalid(`The archive holds ${name}, which its manifest does not list.`);
  }
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const data = files.get(name);
    if (!data) throw invalid(`The archive lacks ${name}, which its manifest lists.`);
    if (data.byteLength !== expected.bytes) throw invalid(`${name} has ${data.byteLength} bytes; the manifest says ${expected.bytes}: the archive is damaged.`);
    if ((await sha256(data)) !== expected.sha256) throw invalid(`${name} does not match its checksum in the manifest: the archive is damaged.`);
  }
  for (const entry of Object.values(archiveEntries)) {
    if (!files.has(entry.name)) throw invalid(`The archive lacks ${entry.name}.`);
  }
  const originals = new Map<number, Uint8Array>();
  for (const [name, data] of files) {
    const match = originalPattern.exec(name);
    if (match) originals.set(Number(match[1]), data);
  }
  if (originals.size !== manifest.counts.originals) throw invalid(`The archive has ${originals.size} original files; the manifest says ${manifest.counts.originals}.`);
  if (manifest.counts.documents > archiveLimits.documents) {
    throw new FormatLimitError('archive.documents', archiveLimits.documents, `An archive holds at most ${archiveLimits.documents.toLocaleString('en')} documents.`);
  }

  const project = parseJson(archiveEntries.project.name, files.get(archiveEntries.project.name)!);
  const parsedProject = ProjectRecord.safeParse(project);
  if (!parsedProject.success) throw invalid(`${archiveEntries.project.name}: ${describe(parsedProject.error)}`);

  return {
    manifest,
    project: parsedProject.data,
    originals,
    records<E extends RecordEntry>(entry: E): AsyncIterable<Array<RecordOf<E>>> {
      const { name, count: countKey } = archiveEntries[entry];
      const data = files.get(name)!;
      // One schema per entry: the lookup's union type is narrowed by hand.
      const schema = recordSchemas[entry] as unknown as z.ZodType<RecordOf<E>>;
      const expected = manifest.counts[countKey];
      return {
        async *[Symbol.asyncIterator]() {
          let seen = 0;
          for await (const page of lines(name, data)) {
            const records: Array<RecordOf<E>> = [];
            for (const { line, number } of page) {
              const parsed = schema.safeParse(parseJson(`${name}, line ${number}`, line));
              if (!parsed.success) throw invalid(`${name}, line ${number}: ${describe(parsed.error)}`);
              records.push(parsed.data);
            }
            seen += records.length;
            if (seen > expected) throw invalid(`${name} has more records than the manifest's ${expected}.`);
            yield records;
          }
          if (seen !== expected) throw invalid(`${name} has ${seen} records; the manifest says ${expected}.`);
        },
      };
    },
  };
}

/** The zip's entries, inflated within the limits, or the reason it is refused. */
function inflate(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  // A zip starts with a local file header (or, empty, with the end of its directory).
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || !((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) {
    return Promise.reject(invalid('This file is not a zip archive; a vis-à-vis project archive is one (visavis project export).'));
  }
  let refusal: Error | undefined;
  const seen = new Set<string>();
  let total = 0;
  return new Promise((resolve, reject) => {
    try {
      unzip(
        bytes,
        {
          filter(file) {
            if (refusal) return false;
            const problem = nameProblem(file.name, seen);
            seen.add(file.name);
            total += file.originalSize;
            if (problem) refusal = invalid(problem);
            else if (total > archiveLimits.inflatedBytes || (file.originalSize > 10 * 1024 * 1024 && file.originalSize > file.size * archiveLimits.ratio)) {
              refusal = new FormatLimitError('archive.inflated', archiveLimits.inflatedBytes, `This archive inflates to more than an archive may hold (${archiveLimits.inflatedBytes / 1024 / 1024} MB), or far more than its size (a zip bomb?); it is refused.`, true);
            }
            // A folder entry (`originals/`, as some zip tools add) holds nothing.
            return !refusal && !file.name.endsWith('/');
          },
        },
        (error, files) => {
          if (refusal) reject(refusal);
          else if (error) reject(invalid(`The archive is damaged: ${error.message}.`));
          else resolve(new Map(Object.entries(files)));
        },
      );
    } catch (error) {
      reject(invalid(`The archive is damaged: ${error instanceof Error ? error.message : String(error)}.`));
    }
  });
}

/** Why an entry name is refused: outside the archive (zip slip), twice, or not one of the archive's. */
function nameProblem(name: string, seen: ReadonlySet<string>): string | undefined {
  // Control characters or bytes that are not UTF-8 (read as U+FFFD): not a name anyone wrote — a
  // damaged directory, as a cut-short zip read from a false end gives.
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for.
  if (/[\u0000-\u001f\u007f-\u009f\ufffd]/u.test(name)) return 'The archive is damaged: an entry has an unreadable name.';
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  if (name.startsWith('/') || name.includes('\\') || /(^|\/)\.\.?(\/|$)/u.test(name) || /^[a-z]:/iu.test(name)) {
    return `The archive holds an entry named ${shown}, outside the archive's own folder: it is refused.`;
  }
  if (seen.has(name)) return `The archive holds ${shown} twice.`;
  const known = name === manifestName || name === 'originals/' || originalPattern.test(name) || Object.values(archiveEntries).some((entry) => entry.name === name);
  if (!known) return `The archive holds ${shown}, which is not part of a vis-à-vis project archive.`;
  return undefined;
}

function parseManifest(bytes: Uint8Array): Manifest {
  const raw = parseJson(manifestName, bytes);
  // The version first, on its own: a newer manifest may have another shape.
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== archiveFormat) throw invalid(`${manifestName} does not say format "${archiveFormat}": this is not a vis-à-vis project archive.`);
  const { version } = head.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw invalid(`${manifestName} has no valid format version.`);
  if (version > archiveVersion) {
    throw new InvalidArchiveError(
      'archive_version',
      `This archive was made by a newer vis-à-vis (archive format version ${version}); this one reads version ${archiveVersion} (vis-à-vis ${appVersion}). Upgrade this server to import it.`,
    );
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw invalid(`${manifestName}: ${describe(parsed.error)}`);
  return parsed.data;
}

function parseJson(where: string, data: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof data === 'string' ? data : decoder.decode(data));
  } catch (error) {
    throw invalid(`${where} is not valid JSON${error instanceof TypeError ? ' (not UTF-8)' : ''}.`);
  }
}

/** The lines of an NDJSON entry, a page at a time, decoded page by page; the event loop runs between pages. */
async function* lines(name: string, data: Uint8Array): AsyncGenerator<Array<{ line: string; number: number }>> {
  let start = 0;
  let number = 0;
  while (start < data.byteLength) {
    await new Promise((resolve) => setImmediate(resolve));
    // The end of the page: after `pageRecords` lines, or the line that crosses `pageBytes`.
    let end = start;
    let count = 0;
    while (count < pageRecords && end < data.byteLength && end - start < pageBytes) {
      const newline = data.indexOf(0x0a, end);
      if (newline < 0) throw invalid(`${name} does not end with a line break: it is cut short.`);
      end = newline + 1;
      count++;
    }
    let decoded: string;
    try {
      decoded = decoder.decode(data.subarray(start, end));
    } catch {
      throw invalid(`${name}, after line ${number}: not UTF-8.`);
    }
    const page = decoded.slice(0, -1).split('\n').map((line) => ({ line, number: ++number }));
    const blank = page.find((item) => item.line.trim() === '');
    if (blank) throw invalid(`${name}, line ${blank.number}: an empty line.`);
    yield page;
    start = end;
  }
}

/** A zod error in a sentence: the first issues with where they are. */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** SHA-256 of the bytes, a slice at a time between turns of the event loop (512 MB hashed at once holds it for a second). */
async function sha256(data: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < data.byteLength; at += hashSlice) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    hash.update(data.subarray(at, at + hashSlice));
  }
  return hash.digest('hex');
}
