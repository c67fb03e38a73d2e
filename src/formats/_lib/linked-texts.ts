import type { InlineCode } from '../../domain/inline';
import type { SourceSegment } from '../../domain/segmentation';
import type { TargetSegment } from '../format';
import { untouched } from './skeleton';

/*
 * Texts for readers that live inside a paragraph's inline code — an image's alt text or title, a
 * link's title — are translated as segments of their own (issue 27), placed right after their
 * paragraph's segment. Such a segment has no place in the skeleton: nothing before it and nothing
 * of the file as its text (`before` and `original` both empty), so the round-trip law and an
 * untouched export hold as they are. Its link to the paragraph is its place: the paragraph's codes,
 * read in order by the format's `LinkedTextsOf`, give the same texts in the same order on import
 * and on export, and the export writes each one's English back into its code.
 */

/** A text inside an inline code that is translated as a segment of its own. */
export interface LinkedText {
  /** The text as the translator sees it (markup read, white space collapsed). */
  text: string;
  /** What it is, for the translator: the note its segment carries (a comment on import). */
  note: string;
}

/** A format's reading of a code's linked texts: the same function on import and on export, so both see the same texts in the same order. */
export type LinkedTextsOf = (code: InlineCode) => readonly LinkedText[];

/**
 * Whether a segment lives inside its paragraph's code rather than in the skeleton.
 *
 * @example
 * isLinked({ before: '', original: '' }); // → true
 */
export function isLinked(segment: { before: string; original?: string | undefined }): boolean {
  return segment.before === '' && segment.original === '';
}

/**
 * The segments with each paragraph's linked texts after it, code by code, each a `meta` segment
 * carrying its note (which the import keeps as a comment).
 *
 * @example
 * withLinkedSegments(segments, altTexts); // [paragraph 'Texte <ph id="1"/> suite', 'Une photo du port', …]
 */
export function withLinkedSegments(segments: readonly SourceSegment[], textsOf: LinkedTextsOf): SourceSegment[] {
  const out: SourceSegment[] = [];
  for (const segment of segments) {
    out.push(segment);
    for (const code of segment.codes ?? []) {
      for (const linked of textsOf(code)) {
        out.push({ kind: 'meta', source: linked.text, codes: [], joins: [], before: '', original: '', translation: { target: '', status: 'new', notes: [linked.note] } });
      }
    }
  }
  return out;
}

/** How a format writes a paragraph's codes and text. */
export interface LinkedWriteOptions {
  textsOf: LinkedTextsOf;
  /** The code with the English of its linked texts written in (`english[k]` for `textsOf(code)[k]`; undefined: the French stays). */
  writeCode: (code: InlineCode, english: ReadonlyArray<string | undefined>) => InlineCode;
  /** The format's own writing of a translated segment (its codes' markup back around the words). */
  write: (segment: TargetSegment) => string;
}

/**
 * What to write for each segment of a document whose paragraphs may hold linked texts: a linked
 * segment writes nothing where it stands, its English goes into its paragraph's code, whatever
 * order things were translated in; a paragraph is written as `write` does, or exactly as in the
 * file when untouched and none of its linked texts is translated. A linked segment is matched to
 * its paragraph's text by its source, so a document imported before linked texts (none follow
 * its paragraphs) is written as before.
 *
 * @example
 * writeLinked(document.segments, { textsOf, writeCode, write }).map((segment) => segment.text);
 */
export function writeLinked(segments: readonly TargetSegment[], options: LinkedWriteOptions): TargetSegment[] {
  const english = new Map<number, Map<string, Array<string | undefined>>>();
  const linked = new Set<number>();
  segments.forEach((segment, i) => {
    if (isLinkedTarget(segment)) return;
    let next = i + 1;
    const byCode = new Map<string, Array<string | undefined>>();
    for (const code of segment.codes) {
      const texts = options.textsOf(code);
      if (texts.length === 0) continue;
      const written = texts.map((text) => {
        const candidate = segments[next];
        if (!candidate || !isLinkedTarget(candidate) || candidate.source.text !== text.text) return undefined;
        linked.add(next++);
        return candidate.text !== '' && candidate.text !== candidate.source.text ? candidate.text : undefined;
      });
      if (written.some((text) => text !== undefined)) byCode.set(code.id, written);
    }
    if (byCode.size > 0) english.set(i, byCode);
  });
  return segments.map((segment, i) => {
    // A linked segment nothing claims (its paragraph's code gone) writes nothing either: its place is nowhere.
    if (linked.has(i) || isLinkedTarget(segment)) return { ...segment, text: '' };
    const byCode = english.get(i);
    if (!byCode) return { ...segment, text: untouched(segment) ?? options.write(segment) };
    const codes = segment.codes.map((code) => {
      const written = byCode.get(code.id);
      return written ? options.writeCode(code, written) : code;
    });
    const file = untouched(segment);
    if (file !== undefined) return { ...segment, text: rewriteCodes(file, segment.codes, codes) ?? options.write({ ...segment, text: segment.source.text, codes }) };
    return { ...segment, text: options.write({ ...segment, codes }) };
  });
}

const isLinkedTarget = (segment: TargetSegment): boolean => isLinked({ before: segment.before, original: segment.source.original });

/**
 * An untouched paragraph as in the file with some of its codes' markup changed, when every code's
 * markup is found in it as written, in order (HTML, Markdown); undefined when not (a DOCX code is
 * a run written anew), and the paragraph is then written from its source like a translation.
 */
function rewriteCodes(file: string, was: readonly InlineCode[], now: readonly InlineCode[]): string | undefined {
  let out = '';
  let cursor = 0;
  const replace = (from: string, to: string): boolean => {
    const at = file.indexOf(from, cursor);
    if (from === '' || at < 0) return false;
    out += file.slice(cursor, at) + to;
    cursor = at + from.length;
    return true;
  };
  for (const [k, code] of was.entries()) {
    const changed = now[k]!;
    if (!replace(code.open, changed.open)) return undefined;
    // A changed closing (a Markdown image's title) follows its opening with only words between.
    if (code.close !== changed.close && !replace(code.close ?? '', changed.close ?? '')) return undefined;
  }
  return out + file.slice(cursor);
}
