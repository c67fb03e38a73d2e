import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Heading, Nodes, Paragraph, Parents, PhrasingContent, TableCell } from 'mdast';
import { codeList, type CodeKind, type CodeWriter, type InlineCode, type InlineToken, serializeMarkup, textOfTokens } from '../../domain/inline';
import { hasTranslatableText, restoreLines, type SourceSegment, type TextRange } from '../../domain/segmentation';
import type { LinkedText } from './linked-texts';

/**
 * A Markdown segment's inline markup as codes. `segment` was cut from `raw` along `lines` (its
 * source is the lines' raw content joined by French rules); `block` is the heading, paragraph or
 * table cell it came from. Emphasis, strong, strikethrough and links become paired codes around
 * their words (a link's URL is in the code, its text is translatable), and images (their alt text
 * and title are segments of their own: `markdownImageTexts`), inline code, footnote references,
 * inline HTML and hard line breaks standalone codes. (A block with no words but images is no
 * segment: its images' alt texts and titles are cut where they are, `imageCuts`.) Text is read (escapes and character references decoded); when the source so
 * read no longer spells the file, `original` keeps it for the round trip.
 *
 * @example
 * // 'Le **maire** a dit' → source 'Le <pc id="1">maire</pc> a dit', codes [{ id: '1', kind: 'bold', open: '**', close: '**' }]
 */
export function markdownCodes(raw: string, segment: SourceSegment, lines: readonly TextRange[], block: Parents): SourceSegment {
  const joins = segment.joins;
  const joined = (start: number, end: number): string => {
    let out = '';
    lines.forEach((line, k) => {
      const from = Math.max(start, line.start);
      const to = Math.min(end, line.end);
      if (from < to) out += raw.slice(from, to);
      const next = lines[k + 1];
      if (next && start <= line.end && end >= next.start) out += joins[k]!.replacement;
    });
    return out;
  };
  // Where the next line's content starts, after a hard break ending at `offset` (its markers are the break's).
  const nextLineStart = (offset: number): number => lines.find((line) => line.start >= offset)?.start ?? offset;

  const { codes, add: addCode } = codeList();
  const tokens: InlineToken[] = [];
  const text = (start: number, end: number): void => {
    const value = decodeMarkdownText(joined(start, end));
    if (value !== '') tokens.push({ type: 'text', text: value });
  };
  const standalone = (kind: CodeKind, open: string, droppable: boolean): void => {
    tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind, open, droppable }) });
  };

  const visit = (node: PhrasingContent): void => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    switch (node.type) {
      case 'text':
        text(start, end);
        return;
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        const kind = node.type === 'strong' ? 'bold' : node.type === 'emphasis' ? 'italic' : node.type === 'delete' ? 'strike' : 'link';
        if (first === undefined || last === undefined) {
          standalone(kind, raw.slice(start, end), kind !== 'link');
          return;
        }
        const open = raw.slice(start, first);
        const close = raw.slice(last, end);
        // A bare URL (GFM autolink literal) is its own text: nothing to protect around it.
        if (open === '' && close === '') {
          for (const child of node.children) visit(child);
          return;
        }
        const id = addCode({ type: 'paired', kind, open, close, droppable: true });
        tokens.push({ type: 'open', id });
        for (const child of node.children) visit(child);
        tokens.push({ type: 'close', id });
        return;
      }
      case 'image':
      case 'imageReference':
        // Its alt text and title are segments of their own (`markdownImageTexts`).
        standalone('image', raw.slice(start, end), false);
        return;
      case 'inlineCode':
        standalone('code', raw.slice(start, end), false);
        return;
      case 'break':
        // The break, with the next line's indentation and quote markers, so it stays in its block.
        standalone('break', raw.slice(start, nextLineStart(end)), true);
        return;
      case 'footnoteReference':
        standalone('footnote', raw.slice(start, end), false);
        return;
      case 'html':
        standalone('html', raw.slice(start, end), false);
        return;
      default:
        standalone('other', raw.slice(start, end), false);
    }
  };
  for (const child of block.children as PhrasingContent[]) visit(child);

  const file = restoreLines(segment.source, joins);
  if (codes.length === 0) {
    const plain = textOfTokens(tokens);
    return plain === segment.source ? { ...segment, codes: [] } : { ...segment, source: plain, codes: [], joins: [], original: file };
  }
  return { ...segment, source: serializeMarkup(tokens), codes, joins: [], original: file };
}

const escapes = /\\([!-/:-@[-`{-~])|&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/gu;

/** Markdown text as read: backslash escapes and character references decoded (`\*` → `*`, `&amp;` → `&`). */
export function decodeMarkdownText(text: string): string {
  return text.replace(escapes, (whole, escaped: string | undefined, reference: string | undefined) => {
    if (escaped !== undefined) return escaped;
    const name = reference!;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? whole : decoded;
  });
}

/**
 * Text typed by a translator, escaped so that Markdown reads it as text: no emphasis, link, code,
 * HTML or table cell made of it, and at the start of a block no heading, list or quotation marker.
 * A line break typed in a segment is a space: a segment cannot add blocks.
 *
 * @example
 * escapeMarkdownText('5 * 3 = [quinze]', true); // → '5 \\* 3 = \\[quinze\\]'
 */
export function escapeMarkdownText(text: string, atBlockStart: boolean): string {
  let out = text
    .replace(/\r\n|\r|\n/gu, ' ')
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/&(?=#?[A-Za-z\d]+;)/gu, '&amp;');
  if (atBlockStart) out = out.replace(/^(\s*)(#{1,6}|[-+])(?=\s|$)/u, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
  return out;
}

/** Writes a Markdown segment's target: the codes' markup back around the words, text escaped. */
export function markdownWriter(): CodeWriter {
  let atStart = true;
  return {
    text(value) {
      const out = escapeMarkdownText(value, atStart);
      if (value !== '') atStart = false;
      return out;
    },
    open(code) {
      atStart = false;
      return code.open;
    },
    close: (code) => code.close ?? '',
    standalone(code) {
      atStart = false;
      return code.open;
    },
  };
}

/** Where an image's alt text and title are in its markup (`![alt](src "title")`), read as CommonMark does. */
interface ImageParts {
  alt: TextRange;
  title?: TextRange | undefined;
}

/**
 * The alt text and title of an image's markup, or undefined when it is not one: the label up to
 * its matching `]` (escapes skipped, brackets nested), then, for an inline image, the destination
 * (`<…>` or up to white space, parentheses balanced) and the title in `"…"`, `'…'` or `(…)`.
 */
function imageParts(markup: string): ImageParts | undefined {
  if (!markup.startsWith('![')) return undefined;
  const closing = (from: number, close: string, nests?: string): number => {
    let depth = 0;
    for (let i = from; i < markup.length; i++) {
      const character = markup[i];
      if (character === '\\') i++;
      else if (nests !== undefined && character === nests) depth++;
      else if (character === close && depth-- === 0) return i;
    }
    return -1;
  };
  const labelEnd = closing(2, ']', '[');
  if (labelEnd < 0) return undefined;
  const alt = { start: 2, end: labelEnd };
  if (markup[labelEnd + 1] !== '(') return { alt };
  const space = (at: number): number => {
    while (at < markup.length && /[ \t\r\n]/u.test(markup[at]!)) at++;
    return at;
  };
  let at = space(labelEnd + 2);
  if (markup[at] === '<') at = closing(at + 1, '>') + 1;
  else {
    let depth = 0;
    for (; at < markup.length && !/[ \t\r\n]/u.test(markup[at]!); at++) {
      if (markup[at] === '\\') at++;
      else if (markup[at] === '(') depth++;
      else if (markup[at] === ')' && depth-- === 0) break;
    }
  }
  if (at <= 0) return { alt };
  at = space(at);
  const open = markup[at];
  if (open !== '"' && open !== "'" && open !== '(') return { alt };
  const end = closing(at + 1, open === '(' ? ')' : open);
  return end < 0 ? { alt } : { alt, title: { start: at + 1, end } };
}

/** Markup text as the translator reads it: escapes and references decoded, white space (a line's quote markers) one space. */
const readImageText = (raw: string): string => decodeMarkdownText(raw.replace(/[ \t]*(?:\r\n|\n|\r)[ \t>]*/gu, ' ')).replace(/\s+/gu, ' ').trim();

/** A linked text of an image code: where it is (in the code's opening, or its closing for a paired code) and how to write it. */
interface ImageText extends LinkedText {
  in: 'open' | 'close';
  range: TextRange;
  title: boolean;
}

/**
 * The texts of an image code translated as segments of their own (_lib/linked-texts.ts): a
 * standalone image's alt text and title, a paired image's title (its alt text is its block's).
 * The same reading on import and on export.
 *
 * @example
 * markdownImageTexts({ id: '1', type: 'standalone', kind: 'image', open: '![Le port](port.jpg "Au matin")', droppable: false });
 * // → alt 'Le port', title 'Au matin'
 */
export function markdownImageTexts(code: InlineCode): ImageText[] {
  if (code.kind !== 'image') return [];
  const paired = code.type === 'paired';
  // A paired image is `![` + alt + its closing: read with a stand-in alt, the title found in the closing.
  const markup = paired ? `![x${code.close ?? ''}` : code.open;
  const parts = imageParts(markup);
  if (!parts) return [];
  const found: ImageText[] = [];
  const text = (range: TextRange, title: boolean): void => {
    const value = readImageText(markup.slice(range.start, range.end));
    if (!hasTranslatableText(value)) return;
    const shift = paired ? 3 : 0;
    found.push({ text: value, note: `The ${title ? 'title (tooltip)' : 'alt text'} of an image in the paragraph above: the export writes its English there.`, in: paired ? 'close' : 'open', range: { start: range.start - shift, end: range.end - shift }, title });
  };
  if (!paired) text(parts.alt, false);
  if (parts.title) text(parts.title, true);
  return found;
}

/**
 * An image code with the English of its alt text and title written in: the alt text escaped as
 * Markdown text (no `]` can close the label), the title with its quotes, parentheses and
 * backslashes escaped; a line break typed is a space.
 */
export function imageInEnglish(code: InlineCode, english: ReadonlyArray<string | undefined>): InlineCode {
  let open = code.open;
  let close = code.close;
  const texts = markdownImageTexts(code);
  for (let k = texts.length - 1; k >= 0; k--) {
    const text = english[k];
    const place = texts[k]!;
    if (text === undefined) continue;
    const written = place.title ? escapeImageTitle(text) : escapeMarkdownText(text, false);
    if (place.in === 'open') open = open.slice(0, place.range.start) + written + open.slice(place.range.end);
    else close = (close ?? '').slice(0, place.range.start) + written + (close ?? '').slice(place.range.end);
  }
  return { ...code, open, close };
}

/**
 * Text typed by a translator as an image's title, whatever its quotes: quotes, parentheses and
 * backslashes escaped (and `|`, which would end a table cell), a line break a space.
 *
 * @example
 * escapeImageTitle('Le "port" (été)'); // → 'Le \\"port\\" \\(été\\)'
 */
export function escapeImageTitle(text: string): string {
  return text
    .replace(/\r\n|\r|\n/gu, ' ')
    .replace(/[\\"'()|]/gu, '\\$&')
    .replace(/&(?=#?[A-Za-z\d]+;)/gu, '&amp;');
}

/** Whether inline content has words of its own, outside images (text, or text inside emphasis or a link). */
export function hasWords(node: PhrasingContent): boolean {
  if (node.type === 'text') return hasTranslatableText(node.value);
  if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete' || node.type === 'link' || node.type === 'linkReference') return node.children.some(hasWords);
  return false;
}

/** An image's alt text or title cut where it is in the file. */
export interface ImageCut extends TextRange {
  text: string;
}

/**
 * The alt texts and titles of the images of a block with no words of its own (`![Le port](port.jpg
 * "Au matin")` alone in its paragraph, or inside a link): there is no paragraph segment for them
 * to follow, so each is a segment cut where it is, as HTML cuts an image's alt text outside a
 * paragraph. Values without words are not.
 */
export function imageCuts(raw: string, content: readonly PhrasingContent[]): ImageCut[] {
  const cuts: ImageCut[] = [];
  const visit = (node: PhrasingContent): void => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const parts = start === undefined || end === undefined ? undefined : imageParts(raw.slice(start, end));
      for (const range of parts ? [parts.alt, parts.title] : []) {
        const text = range ? readImageText(raw.slice(start! + range.start, start! + range.end)) : '';
        if (range && hasTranslatableText(text)) cuts.push({ start: start! + range.start, end: start! + range.end, text });
      }
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of content) visit(node);
  return cuts;
}

/**
 * A translated image cut (`imageCuts`) as Markdown, or undefined for any other segment: told by
 * what stands before it in the file, `![` before an alt text, the destination and an opening
 * quote or parenthesis before a title.
 */
export function writeImageCut(segment: { before: string; text: string }): string | undefined {
  if (segment.before.endsWith('![')) return escapeMarkdownText(segment.text, false);
  if (/\]\((?:<[^<>\r\n]*>|[^\s<>]*)[ \t]*(?:\r\n|\n|\r)?[ \t>]*["'(]$/u.test(segment.before)) return escapeImageTitle(segment.text);
  return undefined;
}

/** The node types whose children are inline (phrasing) content. */
export function isInlineParent(node: Nodes): node is Heading | Paragraph | TableCell {
  return node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell';
}
