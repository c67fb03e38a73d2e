import { EmptyDocumentError } from '../../domain/errors';
import { InvalidInputError } from '../../domain/errors';
import { type InlineCode, type InlineToken, plainText, serializeMarkup, textOfTokens } from '../../domain/inline';
import { assemble, hasTranslatableText, type SegmentCut, type SourceSegment } from '../../domain/segmentation';
import { type LinkedText, withLinkedSegments } from './linked-texts';
import { titleFrom } from './skeleton';
import { escapeXml, escapeXmlAttribute, isLocatedElement, type LocatedElement, locateXml } from './xml';

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
  // A picture's alt text inside a paragraph: segments of their own, after it (_lib/linked-texts.ts).
  return { segments: withLinkedSegments(segments, pictureTexts), trailer: segmented.trailer, suggestedTitle };
}

/** A picture's text for readers, where it is in the code's markup. */
interface PictureText extends LinkedText {
  element: LocatedElement;
  /** The attribute holding it (Word's `descr`, `title`), or none: the element's content (ODF's `svg:title`, `svg:desc`). */
  attribute?: string | undefined;
}

const localName = (name: string) => name.replace(/^[^:]*:/u, '');

/** The elements of a code's markup with their parents' names, outermost first, in document order. */
function elementsOf(element: LocatedElement): Array<{ element: LocatedElement; parent: string }> {
  return element.children.filter(isLocatedElement).flatMap((child) => [{ element: child, parent: element.name }, ...elementsOf(child)]);
}

/**
 * The alt text of a picture in a paragraph, read from its code's markup (the same reading on
 * import and on export): a Word drawing's `wp:docPr` `descr` (its alt text) and `title`; an
 * OpenDocument frame's `svg:title` and `svg:desc`. Values without words have none.
 *
 * @example
 * pictureTexts({ id: '1', type: 'standalone', kind: 'image', open: '<w:r><w:drawing>…<wp:docPr id="1" name="Image 1" descr="Le port"/>…', droppable: false });
 * // → [{ text: 'Le port', attribute: 'descr', … }]
 */
export function pictureTexts(code: InlineCode): PictureText[] {
  if (code.kind !== 'image') return [];
  let root: LocatedElement;
  try {
    root = locateXml(code.open, 'picture');
  } catch (error) {
    // A code whose markup is not XML on its own (none a format writes) holds no picture to read.
    if (error instanceof InvalidInputError) return [];
    throw error;
  }
  const found: PictureText[] = [];
  const add = (element: LocatedElement, raw: string, what: string, attribute?: string): void => {
    const text = raw.replace(/\s+/gu, ' ').trim();
    if (hasTranslatableText(text)) found.push({ text, note: `The ${what} of a picture in the paragraph above: the export writes its English there.`, element, attribute });
  };
  for (const { element, parent } of elementsOf(root)) {
    if (element.name === 'wp:docPr') {
      if (element.attributes.descr !== undefined) add(element, element.attributes.descr, 'alt text', 'descr');
      if (element.attributes.title !== undefined) add(element, element.attributes.title, 'title', 'title');
    } else if ((element.name === 'svg:title' || element.name === 'svg:desc') && parent.startsWith('draw:')) {
      add(element, element.children.map((child) => (isLocatedElement(child) ? '' : child.text)).join(''), element.name === 'svg:title' ? 'title' : 'description');
    }
  }
  return found;
}

/**
 * A picture's code with the English of its alt text written in: into the attribute (escaped for
 * one; Word's copy of it on `pic:cNvPr`, when it says the same, too), or as the element's content.
 */
export function pictureInEnglish(code: InlineCode, english: ReadonlyArray<string | undefined>): InlineCode {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const texts = pictureTexts(code);
  const markup = code.open;
  const root = texts.length > 0 ? locateXml(markup, 'picture') : undefined;
  const setAttribute = (element: LocatedElement, name: string, text: string): void => {
    const tag = markup.slice(element.start, element.openEnd);
    const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag);
    if (!value) return;
    const start = element.start + value.index + value[0].length - (value[1] ?? value[2] ?? '').length - 1;
    edits.push({ start, end: start + (value[1] ?? value[2] ?? '').length, text: escapeXmlAttribute(text).replace(/'/gu, '&apos;') });
  };
  texts.forEach((place, k) => {
    const text = english[k];
    if (text === undefined) return;
    if (place.attribute === undefined) {
      edits.push({ start: place.element.openEnd, end: place.element.closeStart, text: escapeXml(text) });
      return;
    }
    setAttribute(place.element, place.attribute, text);
    // Word keeps the alt text on the picture itself too (`pic:cNvPr descr`): the same English there.
    const french = place.element.attributes[place.attribute];
    for (const { element: copy } of root ? elementsOf(root) : []) if (localName(copy.name) === 'cNvPr' && copy.attributes[place.attribute] === french) setAttribute(copy, place.attribute, text);
  });
  let open = markup;
  for (const edit of edits.sort((a, b) => b.start - a.start)) open = open.slice(0, edit.start) + edit.text + open.slice(edit.end);
  return { ...code, open };
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
