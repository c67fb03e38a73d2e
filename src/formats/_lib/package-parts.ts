import { EmptyDocumentError } from '../../domain/errors';
import { type InlineCode, type InlineToken, plainText, serializeMarkup, textOfTokens } from '../../domain/inline';
import { assemble, type SegmentCut, type SourceSegment } from '../../domain/segmentation';
import { titleFrom } from './skeleton';

/**
 * The skeleton of a zipped document (DOCX, ODT): its translated XML parts one after the other,
 * each introduced by `U+0001 name U+0001`. U+0001 cannot occur in XML 1.0, even as a character
 * reference (and, unlike U+0000, PostgreSQL text can hold it), so a mark never collides with text.
 */
const partMark = (name: string) => `\u0001${name}\u0001`;
// eslint-disable-next-line no-control-regex -- U+0001 is the part mark precisely because XML cannot contain it.
const partMarks = /\u0001([^\u0001]+)\u0001/gu;

/** What a paragraph reads as: its tokens and codes. */
export interface ReadContent {
  tokens: InlineToken[];
  codes: InlineCode[];
}

/** One part as a format read it: its text in the skeleton, where its segments are, what each reads as. */
export interface ReadPart {
  name: string;
  text: string;
  cuts: SegmentCut[];
  contents: ReadContent[];
}

/**
 * The segments of a zipped document from its parts, in the order given: one skeleton for the
 * whole package (so source updates, untouched exports and the round-trip law work as for text),
 * each segment's source its content's markup. Throws `EmptyDocumentError` when no part has text.
 *
 * @example
 * segmentParts([{ name: 'word/document.xml', text: xml, cuts, contents }]).segments.length; // → 12
 */
export function segmentParts(parts: Iterable<ReadPart>): { segments: SourceSegment[]; trailer: string; suggestedTitle: string | undefined } {
  let text = '';
  const cuts: SegmentCut[] = [];
  const contents: ReadContent[] = [];
  for (const part of parts) {
    text += partMark(part.name);
    const offset = text.length;
    for (const cut of part.cuts) cuts.push({ kind: cut.kind, lines: cut.lines.map((line) => ({ start: line.start + offset, end: line.end + offset })) });
    contents.push(...part.contents);
    text += part.text;
  }
  const segmented = assemble(text, cuts);
  if (segmented.segments.length === 0) throw new EmptyDocumentError();
  const segments = segmented.segments.map((segment, i): SourceSegment => {
    const content = contents[i]!;
    const source = content.codes.length > 0 ? serializeMarkup(content.tokens) : textOfTokens(content.tokens);
    return { ...segment, source, codes: content.codes, joins: [], original: segment.source };
  });
  const suggestedTitle = titleFrom(segments.map((segment) => ({ kind: segment.kind, source: plainText(segment.source, segment.codes ?? []) })));
  return { segments, trailer: segmented.trailer, suggestedTitle };
}

/**
 * A written skeleton cut back into its parts' texts, by name.
 *
 * @example
 * skeletonParts('\u0001word/document.xml\u0001<w:document>…').get('word/document.xml'); // → '<w:document>…'
 */
export function skeletonParts(skeleton: string): Map<string, string> {
  const parts = new Map<string, string>();
  const marks = [...skeleton.matchAll(partMarks)];
  marks.forEach((mark, i) => {
    const start = mark.index + mark[0].length;
    parts.set(mark[1]!, skeleton.slice(start, marks[i + 1]?.index ?? skeleton.length));
  });
  return parts;
}
