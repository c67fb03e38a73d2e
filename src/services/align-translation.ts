import { type AlignmentLink, checkLinks, reconcile, type ReviewLink } from '../domain/align';
import { ConflictError, InvalidInputError, NotFoundError, PayloadTooLargeError } from '../domain/errors';
import { adoptCodes, plainText } from '../domain/inline';
import type { Segment, Status } from '../domain/segment';
import { formatForUpload } from '../formats/registry';
import { isConfirmed } from '../domain/change';
import type { AlignmentReviewRecord, DocumentRecord, Store } from '../store/store';
import type { AlignSide } from './align-files';
import { activeSegments, type Actor, inChunks, mayEditTranslations, type ServiceContext, timestamp } from './context';
import { machineTranslate } from './machine-translation';
import { lookup, rememberPair } from './memory';
import type { FindingView } from './qa';
import { type ImportDocumentInput, type ImportedDocument, importDocument } from './import-document';
import { isRefused, segmentChanges } from './segment-change';
import { batchesOf } from './pretranslate';
import { MachineTranslationError } from '../providers/mt/machine-translator';
import { inPages } from '../providers/parsing/parser';

/** Segments written per transaction: a save waits for one slice at most, never for the whole document. */
const writeSlice = 250;

/** Links below this confidence are not filled: they are listed for the translator to place. */
export const minimumLinkScore = 0.5;

/** Beyond this many terms, the glossary is not used as anchors (each term is looked for in every paragraph). */
const maxGlossaryAnchors = 5_000;

export interface TranslationAlignment {
  /** Links found between the document's segments and the English paragraphs. */
  links: number;
  /** Segments whose target the English filled (draft, origin `alignment`). */
  filled: number[];
  /** Segments that already had a different translation: kept, listed with the English found for them. */
  conflicts: Array<{ segmentId: number; position: number; current: string; incoming: string }>;
  /** French segments left without English, and English paragraphs no segment took (nothing is lost silently). */
  unaligned: { french: number[]; english: string[] };
  /** Links not filled because they are unsure (score, French and English positions). */
  uncertain: Array<{ segmentIds: number[]; english: string; score: number }>;
  /** What helped the alignment beyond anchors. */
  assist: AssistReport;
}

/**
 * The paragraphs of an English version (any monolingual format), as plain words, read on the
 * parser's threads; and which of them the format marks as headings (the aligner's heading class).
 */
async function englishParagraphs(context: ServiceContext, english: AlignSide, actor: Actor): Promise<{ paragraphs: string[]; headings: boolean[] }> {
  if (english.bytes.byteLength > context.maxUploadBytes) throw new PayloadTooLargeError(context.maxUploadBytes);
  const format = formatForUpload({ format: english.format, filename: english.filename }, english.bytes);
  if (format.bilingual) throw new InvalidInputError(`${format.name} already pairs French and English: send the English version alone, or take the file back through /targets.`);
  const read = await context.parser.document(english.bytes, format.id, { account: actor.name });
  return { paragraphs: read.segments.map((segment) => plainText(segment.source, segment.codes ?? [])), headings: read.segments.map((segment) => segment.kind === 'heading') };
}

/** How an alignment may be helped beyond anchors: `mt` asks the machine translation engine for the French the memory does not know. */
export interface AlignAssist {
  mt?: boolean | undefined;
}

/** What helped: how many French paragraphs had an English rendering from the memory and from the engine, and why the engine did not help if it did not. */
export interface AssistReport {
  memory: number;
  mt: number;
  mtError?: string;
}

/** Beyond this many segments, only exact memory matches gloss the French (a fuzzy lookup each would take seconds). */
const maxFuzzyGlosses = 2_000;

/**
 * English renderings of the French paragraphs, to align by: the project's memory (its best match
 * of 75 % or more, exact only for long documents), then, when asked, the machine translation engine
 * for the rest (through the MT cache: paid once). An engine that fails leaves the alignment to the
 * anchors, and says why.
 */
async function glosses(context: ServiceContext, store: Store, document: DocumentRecord, segments: readonly Segment[], assist: AlignAssist): Promise<{ gloss: (string | undefined)[]; report: AssistReport }> {
  const gloss: (string | undefined)[] = segments.map(() => undefined);
  const report: AssistReport = { memory: 0, mt: 0 };
  const fuzzy = segments.length <= maxFuzzyGlosses;
  const memorySize = await store.memory.count(document.projectId);
  for (const [i, segment] of (memorySize === 0 ? [] : segments).entries()) {
    const match = fuzzy
      ? (await lookup(store, document.projectId, segment, { minScore: 75, limit: 1 }))[0]?.target
      : (await store.memory.exact(document.projectId, segment.source))[0]?.target;
    if (match === undefined) continue;
    gloss[i] = plainText(match, segment.codes);
    report.memory++;
  }
  if (!assist.mt) return { gloss, report };
  if (!context.mt.configured) throw new InvalidInputError(context.mt.reason ?? 'No machine translation is configured: the alignment cannot be helped by it.');
  const project = await store.projects.get(document.projectId);
  const missing = segments.map((segment, i) => ({ i, source: plainText(segment.source, segment.codes) })).filter((item) => gloss[item.i] === undefined && item.source.trim() !== '');
  try {
    for (const batch of batchesOf(missing)) {
      const texts = await machineTranslate(context, batch.map((item) => ({ source: item.source })), project!.settings);
      batch.forEach((item, k) => {
        gloss[item.i] = texts[k];
        report.mt++;
      });
    }
  } catch (error) {
    if (!(error instanceof MachineTranslationError)) throw error;
    report.mtError = error.message;
  }
  return { gloss, report };
}

/**
 * The document, its segments, and the aligner's links between them and the English (the project's
 * glossary as anchors, glosses as clues). The document is read a page at a time and aligned on the
 * pool's threads: the aligner's work grows faster than the document, and its time is bounded there.
 */
async function align(
  context: ServiceContext,
  documentId: number,
  { paragraphs, headings }: { paragraphs: readonly string[]; headings: readonly boolean[] },
  assist: AlignAssist,
  actor: Actor,
): Promise<{ document: DocumentRecord; segments: Segment[]; links: AlignmentLink[]; assist: AssistReport }> {
  const store = context.store;
  const document = await store.documents.get(documentId);
  if (!document) throw new NotFoundError('document', documentId);
  const segments = await activeSegments(store, documentId);
  const french = segments.map((segment) => plainText(segment.source, segment.codes));
  const terms = await store.glossary.list(document.projectId);
  const { gloss, report } = await glosses(context, store, document, segments, assist);
  const links = await context.parser.align(
    {
      kind: 'align',
      french: inPages(french),
      english: inPages(paragraphs),
      gloss: inPages(gloss),
      frenchHeadings: segments.map((segment) => segment.kind === 'heading'),
      englishHeadings: [...headings],
      terms: terms.length <= maxGlossaryAnchors ? terms.map((term) => ({ source: term.source, target: term.target })) : [],
    },
    { account: actor.name },
  );
  return { document, segments, links, assist: report };
}

const reviewLinks = (links: readonly AlignmentLink[], segments: readonly Segment[]): ReviewLink[] =>
  links.map((link) => ({ segments: link.fr.map((i) => segments[i]!.id), english: link.en, score: link.score }));

/**
 * Aligns an English version (any monolingual format) onto a document's segments and fills their
 * targets: a link of one or more English paragraphs to one segment gives it their text, as a
 * draft with origin `alignment` (a revision each, undone by restoring), for the translator to
 * confirm. Targets already typed are never overwritten (listed as conflicts); unsure links and
 * links of several segments to one English paragraph are listed, not filled. The alignment is
 * kept for review (alignment view): accepting it there confirms what it filled. The drafts are
 * written a slice at a time (each a transaction), so that saves never wait behind a whole document.
 */
export async function alignTranslation(context: ServiceContext, documentId: number, english: AlignSide, actor: Actor, assist: AlignAssist = {}): Promise<TranslationAlignment> {
  mayEditTranslations(actor);
  const version = await englishParagraphs(context, english, actor);
  const { paragraphs } = version;
  const now = timestamp(context);

  // Aligned before writing (the engine may be asked: no write lock held meanwhile); the writes
  // check each segment's version, so a segment changed since is left alone.
  const aligned = await align(context, documentId, version, assist, actor);
  const { segments, links } = aligned;
  const result: TranslationAlignment = { links: links.length, filled: [], conflicts: [], unaligned: { french: [], english: [] }, uncertain: [], assist: aligned.assist };
  const drafts: Array<{ segment: Segment; incoming: string }> = [];
  for (const link of links) {
    const text = link.en.map((j) => paragraphs[j]!).join(' ');
    if (link.fr.length === 0) result.unaligned.english.push(text);
    else if (link.en.length === 0) result.unaligned.french.push(...link.fr.map((i) => segments[i]!.id));
    else if (link.fr.length > 1 || link.score < minimumLinkScore) result.uncertain.push({ segmentIds: link.fr.map((i) => segments[i]!.id), english: text, score: link.score });
    else {
      const segment = segments[link.fr[0]!]!;
      const incoming = adoptCodes(text, [], segment.codes);
      if (segment.target === '') drafts.push({ segment, incoming });
      else if (segment.target !== incoming) result.conflicts.push({ segmentId: segment.id, position: segment.position, current: segment.target, incoming });
    }
  }

  const written = segmentChanges(context, actor);
  const filled: Record<number, string> = {};
  try {
    await inChunks(drafts, writeSlice, (slice) =>
      context.bulkWrite(() =>
        context.store.transaction(async (store) => {
          if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
          for (const { segment, incoming } of slice) {
            // A draft for the translator to confirm; only into a segment still as it was aligned.
            const outcome = await written.attempt(store, { segmentId: segment.id, target: incoming, status: 'draft', origin: 'alignment', version: segment.version, expectTarget: '' });
            if (isRefused(outcome)) continue;
            result.filled.push(outcome.segment.id);
            filled[outcome.segment.id] = incoming;
          }
        }),
      ),
    );
    await context.store.transaction(async (store) => {
      if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
      await store.alignments.put({ documentId, english: paragraphs, links: reviewLinks(links, segments), filled, filename: english.filename ?? null, createdBy: actor.name }, now);
    });
  } finally {
    written.publish({ documentId, reason: 'alignment' });
  }
  return result;
}

/**
 * Imports a French document and, with `translation`, aligns that English version onto it, filling
 * the targets it can (drafts). A request the engine cannot help is refused before anything is
 * stored: an import half done is worse than none.
 */
export async function importWithTranslation(
  context: ServiceContext,
  input: ImportDocumentInput & { translation?: AlignSide | undefined; assist?: AlignAssist | undefined },
  actor: Actor,
): Promise<ImportedDocument & { alignment?: TranslationAlignment }> {
  if (input.translation && input.assist?.mt && !context.mt.configured) throw new InvalidInputError(context.mt.reason ?? 'No machine translation is configured.');
  const imported = await importDocument(context, input, actor);
  if (!input.translation) return imported;
  return { ...imported, alignment: await alignTranslation(context, imported.id, input.translation, actor, input.assist) };
}

/** An alignment under review, as the alignment view shows it. */
export interface AlignmentReview {
  documentId: number;
  version: number;
  filename: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** The document's segments in order: words only, with their current translation. */
  french: Array<{ id: number; position: number; text: string; target: string; status: Status }>;
  english: string[];
  links: ReviewLink[];
  /** Links below this confidence are marked unsure. */
  threshold: number;
  /** When the alignment was just made: what helped it beyond anchors. */
  assist?: AssistReport;
}

function reviewView(review: AlignmentReviewRecord, segments: readonly Segment[]): AlignmentReview {
  return {
    documentId: review.documentId,
    version: review.version,
    filename: review.filename,
    createdBy: review.createdBy,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    french: segments.map((segment) => ({
      id: segment.id,
      position: segment.position,
      text: plainText(segment.source, segment.codes),
      target: plainText(segment.target, segment.codes),
      status: segment.status,
    })),
    english: review.english,
    // The document may have changed since (a source update): removed segments out, new ones unaligned.
    links: reconcile(
      review.links,
      segments.map((segment) => segment.id),
    ),
    threshold: minimumLinkScore,
  };
}

async function documentSegments(store: Store, documentId: number): Promise<Segment[]> {
  if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
  return activeSegments(store, documentId);
}

/** Aligns an English version with the document for review, filling nothing yet; replaces a review under way. */
export async function startAlignmentReview(context: ServiceContext, documentId: number, english: AlignSide, actor: Actor, assist: AlignAssist = {}): Promise<AlignmentReview> {
  mayEditTranslations(actor);
  const version = await englishParagraphs(context, english, actor);
  const { paragraphs } = version;
  if (paragraphs.length === 0) throw new InvalidInputError('The English version has no paragraph to align.');
  const now = timestamp(context);
  const { segments, links, assist: report } = await align(context, documentId, version, assist, actor);
  const review = await context.store.transaction(async (store) => {
    // Deleted while it was being aligned: nothing to keep.
    if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
    return store.alignments.put({ documentId, english: paragraphs, links: reviewLinks(links, segments), filled: {}, filename: english.filename ?? null, createdBy: actor.name }, now);
  });
  return { ...reviewView(review, segments), assist: report };
}

/** The document's alignment under review; NotFound when there is none. */
export async function getAlignmentReview(context: ServiceContext, documentId: number): Promise<AlignmentReview> {
  const segments = await documentSegments(context.store, documentId);
  const review = await context.store.alignments.get(documentId);
  if (!review) throw new NotFoundError('alignment under review for document', documentId);
  return reviewView(review, segments);
}

/** Saves the translator's corrected links; 409 when someone saved since `version`. */
export async function saveAlignmentReview(context: ServiceContext, documentId: number, input: { version: number; links: ReviewLink[] }, actor: Actor): Promise<AlignmentReview> {
  mayEditTranslations(actor);
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const segments = await documentSegments(store, documentId);
    const review = await store.alignments.get(documentId);
    if (!review) throw new NotFoundError('alignment under review for document', documentId);
    const links = checkLinks(
      input.links,
      segments.map((segment) => segment.id),
      review.english.length,
    );
    const saved = await store.alignments.saveLinks(documentId, input.version, links, now);
    if (!saved) throw new ConflictError('alignment_changed', `The alignment changed since version ${input.version} (now ${review.version}): reload it.`);
    return reviewView(saved, segments);
  });
}

export interface AcceptedAlignment {
  /** Segments whose target the English filled, confirmed (`translated`, origin `alignment`) unless held for QA. */
  filled: number[];
  /** Of those filled, the ones the quality checks found errors in: stored as drafts, with the findings. */
  heldForQa: Array<{ segmentId: number; findings: FindingView[] }>;
  /** Segments already confirmed with this very English: left as they were. */
  unchanged: number[];
  /** Segments someone translated otherwise since: kept, listed with the English the link gave them. */
  conflicts: Array<{ segmentId: number; position: number; current: string; incoming: string }>;
  /** Links of several French segments to one English text: that pair went into the memory, the targets are the translator's to fill. */
  shared: Array<{ segmentIds: number[]; english: string }>;
  /** What stayed without a counterpart (nothing is lost silently). */
  unaligned: { french: number[]; english: string[] };
}

/**
 * Accepts an alignment under review (the links sent, or those saved): each link of one segment to
 * English fills the segment's target with it as `translated` (origin `alignment`, a revision each,
 * undone by restoring), and the pair enters the project's memory with its sentences. A target
 * someone typed is never overwritten (listed in conflicts); a draft the first alignment wrote is.
 * The review is taken (closed) first, in one transaction: of two accepts at once, the second finds
 * it gone and fills nothing. The targets are then written a slice at a time, each checking its
 * segment's version.
 */
export async function acceptAlignmentReview(
  context: ServiceContext,
  documentId: number,
  input: { version: number; links?: ReviewLink[] | undefined },
  actor: Actor,
): Promise<AcceptedAlignment> {
  mayEditTranslations(actor);
  const now = timestamp(context);
  const taken = await context.store.transaction(async (store) => {
    const document = await store.documents.get(documentId);
    if (!document) throw new NotFoundError('document', documentId);
    const segments = await activeSegments(store, documentId);
    const review = await store.alignments.get(documentId);
    if (!review) throw new NotFoundError('alignment under review for document', documentId);
    if (review.version !== input.version) throw new ConflictError('alignment_changed', `The alignment changed since version ${input.version} (now ${review.version}): reload it.`);
    if (!(await store.alignments.take(documentId, input.version))) throw new NotFoundError('alignment under review for document', documentId);
    const ids = segments.map((segment) => segment.id);
    const links = input.links ? checkLinks(input.links, ids, review.english.length) : reconcile(review.links, ids);
    return { document, segments, review, links };
  });
  const { document, review, links } = taken;
  const byId = new Map(taken.segments.map((segment) => [segment.id, segment]));
  const result: AcceptedAlignment = { filled: [], heldForQa: [], unchanged: [], conflicts: [], shared: [], unaligned: { french: [], english: [] } };
  type Write = { remember: { source: string; english: string } } | { fill: Segment; incoming: string };
  const writes: Write[] = [];
  for (const link of links) {
    const text = link.english.map((j) => review.english[j]!).join(' ');
    if (link.segments.length === 0) result.unaligned.english.push(text);
    else if (link.english.length === 0) result.unaligned.french.push(...link.segments);
    else if (link.segments.length > 1) {
      const source = link.segments.map((id) => plainText(byId.get(id)!.source, byId.get(id)!.codes)).join(' ');
      writes.push({ remember: { source, english: text } });
      result.shared.push({ segmentIds: link.segments, english: text });
    } else {
      const segment = byId.get(link.segments[0]!)!;
      const incoming = adoptCodes(text, [], segment.codes);
      if (segment.target === incoming && isConfirmed(segment.status)) result.unchanged.push(segment.id);
      else if (segment.target !== '' && segment.target !== incoming && segment.target !== review.filled[segment.id]) {
        result.conflicts.push({ segmentId: segment.id, position: segment.position, current: segment.target, incoming });
      } else writes.push({ fill: segment, incoming });
    }
  }

  const written = segmentChanges(context, actor);
  try {
    await inChunks(writes, writeSlice, (slice) =>
      context.bulkWrite(() =>
        context.store.transaction(async (store) => {
          if (!(await store.documents.get(documentId))) throw new NotFoundError('document', documentId);
          for (const write of slice) {
            if ('remember' in write) {
              await rememberPair(store, document.projectId, write.remember.source, write.remember.english, actor.name, now);
              continue;
            }
            const segment = write.fill;
            const outcome = await written.attempt(store, { segmentId: segment.id, target: write.incoming, status: 'translated', origin: 'alignment', version: segment.version });
            if (isRefused(outcome)) {
              result.conflicts.push({ segmentId: segment.id, position: segment.position, current: segment.target, incoming: write.incoming });
              continue;
            }
            result.filled.push(outcome.segment.id);
            if (outcome.heldForQa) result.heldForQa.push({ segmentId: outcome.segment.id, findings: outcome.heldForQa });
          }
        }),
      ),
    );
  } finally {
    written.publish({ documentId, reason: 'alignment' });
  }
  return result;
}

/** Drops the document's alignment under review (what it already filled stays, as drafts). */
export async function discardAlignmentReview(context: ServiceContext, documentId: number, actor: Actor): Promise<void> {
  mayEditTranslations(actor);
  await documentSegments(context.store, documentId);
  await context.store.alignments.delete(documentId);
}
