import { alignParagraphs, glossaryAnchors } from '../domain/align';
import { ForbiddenError, InvalidInputError, NotFoundError, PayloadTooLargeError } from '../domain/errors';
import { adoptCodes, plainText } from '../domain/inline';
import { can } from '../domain/permissions';
import { formatForUpload } from '../formats/registry';
import type { NewRevision } from '../store/store';
import type { AlignSide } from './align-files';
import { type Actor, type ServiceContext, timestamp } from './context';
import { revision } from './edit-segment';

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
}

/**
 * Aligns an English version (any monolingual format) onto a document's segments and fills their
 * targets: a link of one or more English paragraphs to one segment gives it their text, as a
 * draft with origin `alignment` (a revision each, undone by restoring), for the translator to
 * confirm. Targets already typed are never overwritten (listed as conflicts); unsure links and
 * links of several segments to one English paragraph are listed, not filled. One transaction.
 */
export async function alignTranslation(context: ServiceContext, documentId: number, english: AlignSide, actor: Actor): Promise<TranslationAlignment> {
  if (actor.role && !can(actor.role, 'segment.edit')) throw new ForbiddenError('Your role in this project does not allow editing translations.');
  if (english.bytes.byteLength > context.maxUploadBytes) throw new PayloadTooLargeError(context.maxUploadBytes);
  const format = formatForUpload({ format: english.format, filename: english.filename }, english.bytes);
  if (format.bilingual) throw new InvalidInputError(`${format.name} already pairs French and English: send the English version alone, or take the file back through /targets.`);
  const read = await context.parser.document(english.bytes, format.id);
  const paragraphs = read.segments.map((segment) => plainText(segment.source, segment.codes ?? []));
  const now = timestamp(context);

  return context.store.transaction(async (store) => {
    const document = await store.documents.get(documentId);
    if (!document) throw new NotFoundError('document', documentId);
    const segments = await store.segments.active(documentId);
    const french = segments.map((segment) => plainText(segment.source, segment.codes));
    // The project's glossary anchors too: a term on one side and its English on the other.
    const terms = await store.glossary.list(document.projectId);
    const glossary = terms.length > 0 && terms.length <= maxGlossaryAnchors ? glossaryAnchors(french, paragraphs, terms) : undefined;
    const links = alignParagraphs(french, paragraphs, glossary ? { frenchAnchors: glossary.french, englishAnchors: glossary.english } : {});
    const result: TranslationAlignment = { links: links.length, filled: [], conflicts: [], unaligned: { french: [], english: [] }, uncertain: [] };
    const revisions: NewRevision[] = [];
    for (const link of links) {
      const text = link.en.map((j) => paragraphs[j]!).join(' ');
      if (link.fr.length === 0) {
        result.unaligned.english.push(text);
        continue;
      }
      if (link.en.length === 0) {
        result.unaligned.french.push(...link.fr.map((i) => segments[i]!.id));
        continue;
      }
      if (link.fr.length > 1 || link.score < minimumLinkScore) {
        result.uncertain.push({ segmentIds: link.fr.map((i) => segments[i]!.id), english: text, score: link.score });
        continue;
      }
      const segment = segments[link.fr[0]!]!;
      const incoming = adoptCodes(text, [], segment.codes);
      if (segment.target !== '') {
        if (segment.target !== incoming) result.conflicts.push({ segmentId: segment.id, position: segment.position, current: segment.target, incoming });
        continue;
      }
      const updated = await store.segments.update(segment, { target: incoming, status: 'draft' }, now);
      if (!updated) continue;
      revisions.push(revision(segment, updated, 'alignment', actor, now));
      result.filled.push(updated.id);
    }
    await store.revisions.append(revisions);
    return result;
  });
}
