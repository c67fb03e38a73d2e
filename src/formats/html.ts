import { type AnyNode, type Element, isComment, isTag, isText, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { EmptyDocumentError, InvalidInputError } from '../domain/errors';
import { codeList, type CodeKind, escapeText, type CodeWriter, type InlineCode, type InlineToken, plainText, renderTokens, serializeMarkup, textOfTokens } from '../domain/inline';
import type { SegmentKind } from '../domain/segment';
import { assemble, hasTranslatableText, type SegmentCut, type SourceSegment } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { characterReferences, encodeExport } from './_lib/encode';
import { exportTokens, exportWords } from './_lib/export-text';
import { type LinkedText, withLinkedSegments, writeLinked } from './_lib/linked-texts';
import { mergeSkeleton, titleFrom, utf8Bytes } from './_lib/skeleton';
import type { Format, TargetDocument, TargetSegment } from './format';

type Node = AnyNode;

/** Inline elements whose content is translatable: paired codes around their words. */
const pairedKinds: Readonly<Record<string, CodeKind>> = {
  a: 'link',
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  dfn: 'italic',
  var: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  sup: 'superscript',
  sub: 'subscript',
  span: 'span',
  abbr: 'span',
  acronym: 'span',
  mark: 'span',
  small: 'span',
  big: 'span',
  q: 'span',
  time: 'span',
  data: 'span',
  bdi: 'span',
  bdo: 'span',
  font: 'span',
  label: 'span',
  tt: 'span',
};

/** Inline elements kept whole as one protected code: their content is not prose to translate. */
const protectedKinds: Readonly<Record<string, CodeKind>> = {
  br: 'break',
  wbr: 'break',
  img: 'image',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  input: 'other',
  button: 'other',
  select: 'other',
  textarea: 'other',
  svg: 'other',
  math: 'other',
  script: 'other',
  style: 'other',
  object: 'other',
  iframe: 'other',
  video: 'other',
  audio: 'other',
  canvas: 'other',
  embed: 'other',
  noscript: 'other',
  template: 'other',
};

/** Elements whose content is never translated where they stand as blocks. */
const untranslatable = new Set(['script', 'style', 'template', 'noscript', 'pre', 'code', 'svg', 'math', 'textarea', 'iframe', 'object']);

/** Attributes translated wherever they are not inside a code. */
const translatableAttributes = new Set(['alt', 'title', 'aria-label', 'placeholder']);

/** `<meta>` whose `content` is text for readers. */
const translatableMeta = new Set(['description', 'keywords', 'og:title', 'og:description', 'twitter:title', 'twitter:description']);

const blockKinds: Readonly<Record<string, SegmentKind>> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
  td: 'table-cell',
  th: 'table-cell',
  figcaption: 'caption',
  caption: 'caption',
  title: 'meta',
};

/** Deeper nesting than this is refused rather than walked (a hostile file, not an article). */
const maxDepth = 500;

const isElement = (node: Node): node is Element => isTag(node);
const attribute = (element: Element, name: string): string | undefined => element.attribs[name];
const tagName = (element: Element): string => element.name;
/** Where a node is in the text: htmlparser2's indices, the end made exclusive. */
const range = (node: Node): { start: number; end: number } | undefined =>
  node.startIndex === null || node.endIndex === null ? undefined : { start: node.startIndex, end: node.endIndex + 1 };

/** Reads HTML as browsers' tolerant parsers do (htmlparser2), with where every node is. */
const parseHtml = (html: string) => parseDocument(html, { withStartIndices: true, withEndIndices: true, recognizeSelfClosing: false });

/** An attribute of a start tag, where its value is in the text. */
interface AttributeAt {
  name: string;
  /** The whole attribute, `name="value"`. */
  start: number;
  end: number;
  /** The value, inside its quotes. */
  valueStart: number;
  valueEnd: number;
  quote: '"' | "'" | '';
}

/**
 * The attributes of the start tag beginning at `at`, with their places: the tokenizer's rules for
 * a start tag (whitespace-separated names, `=`, a quoted or unquoted value), character by character.
 */
function attributesAt(text: string, at: number): AttributeAt[] {
  const found: AttributeAt[] = [];
  let i = at + 1;
  const space = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
  while (i < text.length && !space(text[i]) && text[i] !== '>' && text[i] !== '/') i++; // the tag name
  while (i < text.length) {
    while (space(text[i]) || text[i] === '/') i++;
    if (i >= text.length || text[i] === '>') break;
    const start = i;
    while (i < text.length && !space(text[i]) && text[i] !== '=' && text[i] !== '>' && !(text[i] === '/' && text[i + 1] === '>')) i++;
    const name = text.slice(start, i).toLowerCase();
    let j = i;
    while (space(text[j])) j++;
    if (text[j] !== '=') {
      found.push({ name, start, end: i, valueStart: i, valueEnd: i, quote: '' });
      continue;
    }
    j++;
    while (space(text[j])) j++;
    const quote = text[j] === '"' || text[j] === "'" ? (text[j] as '"' | "'") : '';
    if (quote) {
      const close = text.indexOf(quote, j + 1);
      const valueEnd = close === -1 ? text.length : close;
      found.push({ name, start, end: Math.min(text.length, valueEnd + 1), valueStart: j + 1, valueEnd, quote });
      i = valueEnd + 1;
    } else {
      let k = j;
      while (k < text.length && !space(text[k]) && text[k] !== '>') k++;
      found.push({ name, start, end: k, valueStart: j, valueEnd: k, quote: '' });
      i = k;
    }
  }
  return found;
}

const isProtected = (element: Element): boolean => attribute(element, 'translate')?.toLowerCase() === 'no';

/**
 * HTML (a web article): one segment per block's run of inline content (paragraphs, headings, list
 * items, table cells, captions, the title), inline elements as codes (`<b>` a paired code, `<br>`
 * or `<code>` a protected one), and the translatable attributes (`alt`, `title`, `aria-label`,
 * `placeholder`, `<meta name="description">`) of elements outside a run as segments of their own.
 * Those of an inline element inside a run (an `<img>`'s alt text, a link's title) are segments of
 * their own too, right after the run's, and their English is written into the element's tag
 * (_lib/linked-texts.ts).
 * `<script>`, `<style>`, `<pre>`, `<code>` and anything marked `translate="no"` stay as they are;
 * entities, comments and whitespace survive in the skeleton. Read with parse5, as browsers do.
 */
export const htmlFormat: Format = {
  id: 'html',
  name: 'HTML',
  extensions: ['html', 'htm', 'xhtml'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  detect(bytes) {
    const head = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
    return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:body|p|div|h[1-6])[\s>]/u.test(head);
  },
  import(bytes) {
    const decoded = decodeText(bytes);
    const { cuts, segments: read } = readHtml(decoded.text);
    const segmented = assemble(decoded.text, cuts);
    if (segmented.segments.length === 0) throw new EmptyDocumentError();
    // An image's alt text or a link's title inside a paragraph: segments of their own, after it.
    const segments = withLinkedSegments(
      segmented.segments.map((segment, i) => withContent(segment, read[i]!)),
      codeAttributes,
    );
    const title = segments.find((segment) => segment.kind === 'meta' && segment.before.toLowerCase().endsWith('<title>'));
    const suggestedTitle = title ? plainText(title.source, title.codes ?? []).trim().slice(0, 120) : titleFrom(segments.map((segment) => ({ kind: segment.kind, source: plainText(segment.source, segment.codes ?? []) })));
    return { format: 'html', ...decoded, segments, trailer: segmented.trailer, suggestedTitle };
  },
  export(document) {
    if (document.sourceFormat !== 'html') return utf8Bytes(htmlLayout(document));
    const translated = document.segments.some((segment) => segment.text !== '' && segment.text !== segment.source.text);
    // The page stays in its encoding; English it cannot hold is written as character references:
    // what the file's encoding cannot hold, and what its declared charset cannot (a page declaring
    // ISO-8859-1, read as its superset Windows-1252, gets `&#8220;` for a curly quote, not 0x93).
    const skeleton = (): string => mergeSkeleton({ segments: document.segments.map((segment) => ({ ...segment, text: '' })), trailer: document.trailer });
    const encodings = translated && document.encoding !== undefined ? [document.encoding, ...declaredCharsets(skeleton())] : [];
    const segments = writeLinked(document.segments, {
      textsOf: codeAttributes,
      writeCode: (code, english) => attributesInEnglish(code, english, encodings),
      write: (segment) => writeSegment(segment, encodings),
    });
    return encodeExport(fixDeclarations(mergeSkeleton({ segments, trailer: document.trailer }), { translated, utf8: document.encoding === undefined }), document);
  },
};

/** What a segment reads as, beside where it is cut. */
interface ReadContent {
  tokens: InlineToken[];
  codes: InlineCode[];
}

function readHtml(text: string): { cuts: SegmentCut[]; segments: ReadContent[] } {
  const found: Array<{ cut: SegmentCut; content: ReadContent }> = [];
  const document = parseHtml(text);

  const attributeSegments = (element: Element): void => {
    const at = range(element);
    if (!at) return;
    const name = (attribute(element, 'name') ?? attribute(element, 'property'))?.toLowerCase();
    for (const place of attributesAt(text, at.start)) {
      const value = attribute(element, place.name);
      const wanted = translatableAttributes.has(place.name) || (tagName(element) === 'meta' && place.name === 'content' && name !== undefined && translatableMeta.has(name));
      if (!wanted || value === undefined || !hasTranslatableText(value) || place.valueEnd <= place.valueStart) continue;
      found.push({ cut: { kind: 'meta', lines: [{ start: place.valueStart, end: place.valueEnd }] }, content: { tokens: [{ type: 'text', text: value }], codes: [] } });
    }
  };

  const attributesWithin = (node: Node, depth: number): void => {
    if (!isElement(node) || depth > maxDepth) return;
    attributeSegments(node);
    if (isProtected(node) || untranslatable.has(tagName(node))) return;
    for (const child of node.children) attributesWithin(child, depth + 1);
  };

  const addRun = (run: Node[], kind: SegmentKind, depth: number): void => {
    const content = runContent(text, run, depth);
    if (!hasTranslatableText(textOfTokens(content.tokens))) {
      for (const node of run) attributesWithin(node, depth);
      return;
    }
    const first = range(run[0]!)!;
    const last = range(run[run.length - 1]!)!;
    const raw = text.slice(first.start, last.end);
    const start = first.start + (/^[ \t\n\r\f]*/u.exec(raw)?.[0].length ?? 0);
    const end = last.end - (/[ \t\n\r\f]*$/u.exec(raw)?.[0].length ?? 0);
    found.push({ cut: { kind, lines: [{ start, end }] }, content });
  };

  const walk = (parent: ParentNode, kind: SegmentKind, depth: number): void => {
    if (depth > maxDepth) throw new InvalidInputError(`The HTML is nested more than ${maxDepth} levels deep; no article is.`);
    let run: Node[] = [];
    const flush = (): void => {
      const located = run.filter((node) => range(node));
      if (located.length > 0) addRun(located, kind, depth);
      run = [];
    };
    for (const child of parent.children) {
      if (!isElement(child)) {
        if (isText(child) || isComment(child)) run.push(child);
        continue;
      }
      const name = tagName(child);
      // An inline element wrapping blocks (a link around a whole card) is a container, not a code.
      if ((pairedKinds[name] !== undefined && !wrapsBlocks(child, depth)) || protectedKinds[name] !== undefined) {
        run.push(child);
        continue;
      }
      flush();
      attributeSegments(child);
      if (isProtected(child) || untranslatable.has(name)) continue;
      walk(child, blockKinds[name] ?? (kind === 'meta' ? 'paragraph' : kind), depth + 1);
    }
    flush();
  };
  walk(document, 'paragraph', 0);

  found.sort((a, b) => a.cut.lines[0]!.start - b.cut.lines[0]!.start);
  return { cuts: found.map((entry) => entry.cut), segments: found.map((entry) => entry.content) };
}

/** Whether an inline element holds block elements (a `<div>` inside an `<a>`). */
function wrapsBlocks(element: Element, depth: number): boolean {
  if (depth > maxDepth) return false;
  return element.children.some(
    (child) => isElement(child) && protectedKinds[tagName(child)] === undefined && (pairedKinds[tagName(child)] === undefined || wrapsBlocks(child, depth + 1)),
  );
}

/** A run of inline nodes as tokens and codes, whitespace collapsed as a browser shows it. */
function runContent(text: string, run: readonly Node[], depth: number): ReadContent {
  const { codes, add: addCode } = codeList();
  const tokens: InlineToken[] = [];
  const addText = (value: string): void => {
    const collapsed = value.replace(/[ \t\n\r\f]+/gu, ' ');
    const last = tokens.at(-1);
    if (last?.type === 'text') last.text += collapsed;
    else if (collapsed !== '') tokens.push({ type: 'text', text: collapsed });
  };
  const visit = (node: Node, level: number): void => {
    if (level > maxDepth) throw new InvalidInputError(`The HTML is nested more than ${maxDepth} levels deep; no article is.`);
    if (isText(node)) {
      addText(node.data);
      return;
    }
    const at = range(node);
    if (!at) return;
    const whole = text.slice(at.start, at.end);
    if (isComment(node)) {
      tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind: 'other', open: whole, droppable: false }) });
      return;
    }
    if (!isElement(node)) return;
    const name = tagName(node);
    const kind = pairedKinds[name];
    const first = node.children[0] && range(node.children[0]);
    const last = node.children.at(-1) && range(node.children.at(-1)!);
    if (kind === undefined || isProtected(node) || !first || !last) {
      const protectedKind = protectedKinds[name] ?? kind ?? 'other';
      const droppable = protectedKind === 'break' || (kind !== undefined && node.children.length === 0);
      tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind: protectedKind, open: whole, droppable }) });
      return;
    }
    const id = addCode({ type: 'paired', kind, open: text.slice(at.start, first.start), close: text.slice(last.end, at.end), droppable: true });
    tokens.push({ type: 'open', id });
    for (const child of node.children) visit(child, level + 1);
    tokens.push({ type: 'close', id });
  };
  for (const node of run) visit(node, depth);
  // The run's edges are cut at its first and last non-blank character: no blank text at either end.
  const head = tokens[0];
  if (head?.type === 'text') head.text = head.text.trimStart();
  const tail = tokens.at(-1);
  if (tail?.type === 'text') tail.text = tail.text.trimEnd();
  return { tokens: tokens.filter((token) => token.type !== 'text' || token.text !== ''), codes };
}

/** A cut segment with its content read: plain text, or markup with codes; the file's text kept when it differs. */
function withContent(segment: SourceSegment, content: ReadContent): SourceSegment {
  const raw = segment.source;
  const source = content.codes.length > 0 ? serializeMarkup(content.tokens) : textOfTokens(content.tokens);
  return { ...segment, source, codes: content.codes, joins: [], ...(source === raw ? {} : { original: raw }) };
}

/**
 * Writes a segment's English: markup back around the words, text escaped for where it stands,
 * characters the page's `encodings` cannot hold as character references.
 */
function writeSegment(segment: TargetSegment, encodings: readonly string[]): string {
  // An attribute value's segment starts right after `name="`.
  const quote = /=\s*(["']?)$/u.exec(segment.before)?.[1];
  const inAttribute = quote !== undefined;
  const writer: CodeWriter = {
    text: (value) => characterReferences(inAttribute ? escapeAttribute(value, quote) : escapeText(value), ...encodings),
    open: (code) => code.open,
    close: (code) => code.close ?? '',
    standalone: (code) => code.open,
  };
  return renderTokens(exportTokens(segment.text, segment.codes), segment.codes, writer);
}


/** What each translatable attribute is, for the note its segment carries. */
const attributeNames: Readonly<Record<string, string>> = { alt: 'alt text', title: 'title (tooltip)', 'aria-label': 'label for screen readers', placeholder: 'placeholder' };

/** What an inline element is, for the note its segment carries. */
const elementNames: Readonly<Record<string, string>> = { img: 'an image', a: 'a link', abbr: 'an abbreviation', acronym: 'an abbreviation', input: 'a form field', button: 'a button' };

/**
 * The translatable attributes of an inline code's element (an `<img>`'s `alt`, an `<a>`'s or an
 * `<abbr>`'s `title`, an `aria-label`), read from the code's own markup with where each value is:
 * the same reading on import (their segments) and on export (their English written in). A comment,
 * an element marked `translate="no"` or a value without words has none.
 *
 * @example
 * codeAttributes({ id: '1', type: 'standalone', kind: 'image', open: '<img src="a.png" alt="Une photo">', droppable: false });
 * // → [{ text: 'Une photo', note: 'The alt text of an image in the paragraph above…', place: { name: 'alt', … } }]
 */
function codeAttributes(code: InlineCode): Array<LinkedText & { place: AttributeAt }> {
  // Most codes (`<b>`, `<br>`) name none of these attributes: not parsed at all.
  if (!/^<[A-Za-z]/u.test(code.open) || !/[\s"'](?:alt|title|aria-label|placeholder)\s*=/iu.test(code.open)) return [];
  const element = parseHtml(code.open).children[0];
  if (!element || !isElement(element) || isProtected(element)) return [];
  const seen = new Set<string>();
  const found: Array<LinkedText & { place: AttributeAt }> = [];
  for (const place of attributesAt(code.open, 0)) {
    // A repeated attribute is the first one's (as the parser reads it).
    if (seen.has(place.name)) continue;
    seen.add(place.name);
    const value = attribute(element, place.name);
    if (!translatableAttributes.has(place.name) || value === undefined || place.valueEnd <= place.valueStart) continue;
    const text = value.replace(/[ \t\n\r\f]+/gu, ' ').trim();
    if (!hasTranslatableText(text)) continue;
    const what = elementNames[tagName(element)] ?? `a <${tagName(element)}>`;
    found.push({ text, note: `The ${attributeNames[place.name] ?? place.name} of ${what} in the paragraph above: the export writes its English there.`, place });
  }
  return found;
}

/** An inline code with the English of its attributes written in (escaped for an attribute, characters the page's `encodings` cannot hold as references). */
function attributesInEnglish(code: InlineCode, english: ReadonlyArray<string | undefined>, encodings: readonly string[]): InlineCode {
  let open = code.open;
  const places = codeAttributes(code);
  // From the last attribute back, so the places before stay where they are.
  for (let k = places.length - 1; k >= 0; k--) {
    const text = english[k];
    const place = places[k]!.place;
    if (text === undefined) continue;
    // An unquoted value is quoted: the English has spaces.
    const quote = place.quote === '' ? '"' : place.quote;
    const value = characterReferences(escapeAttribute(text, quote), ...encodings);
    open = place.quote === '' ? `${open.slice(0, place.start)}${open.slice(place.start, place.start + place.name.length)}="${value}"${open.slice(place.end)}` : `${open.slice(0, place.valueStart)}${value}${open.slice(place.valueEnd)}`;
  }
  return { ...code, open };
}

function escapeAttribute(text: string, quote: string): string {
  const escaped = text.replace(/[&<>"']/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
  // An unquoted value cannot hold spaces either.
  return quote === '' ? escaped.replace(/[ \t\n\r\f=`]/gu, (char) => `&#${char.charCodeAt(0)};`) : escaped;
}

/**
 * The exported page's declarations made true: once something is translated, its language is
 * English (`lang="fr"` → `lang="en"`); and when the page is written in UTF-8 whatever it came in
 * (`utf8`: its source's encoding unknown), its encoding is declared UTF-8. A page written in its
 * own encoding keeps its `<meta charset>` as it is. Found with the parser, changed where they are.
 */
function fixDeclarations(html: string, { translated, utf8 }: { translated: boolean; utf8: boolean }): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: Node, depth: number): void => {
    if (depth > maxDepth) return;
    if (!isElement(node)) {
      if ('children' in node) for (const child of (node as ParentNode).children) visit(child, depth + 1);
      return;
    }
    const at = range(node);
    const places = at ? attributesAt(html, at.start) : [];
    const set = (name: string, value: string): void => {
      const place = places.find((candidate) => candidate.name === name);
      if (!place) return;
      edits.push({ start: place.start, end: place.end, text: `${html.slice(place.start, place.start + name.length)}="${value}"` });
    };
    for (const [name, value] of Object.entries(node.attribs)) {
      if (translated && (name === 'lang' || name === 'xml:lang') && /^fr(?:-|$)/iu.test(value)) set(name, 'en');
    }
    if (tagName(node) === 'meta') {
      const charset = attribute(node, 'charset');
      if (utf8 && charset !== undefined && charset.toLowerCase() !== 'utf-8') set('charset', 'utf-8');
      const equiv = attribute(node, 'http-equiv')?.toLowerCase();
      const content = attribute(node, 'content');
      if (utf8 && equiv === 'content-type' && content !== undefined && /charset\s*=\s*(?!utf-8)/iu.test(content)) set('content', content.replace(/charset\s*=\s*[^;\s]+/iu, 'charset=utf-8'));
      if (translated && equiv === 'content-language' && content !== undefined && /^fr(?:-|$)/iu.test(content)) set('content', 'en');
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(parseHtml(html), 0);
  edits.sort((a, b) => b.start - a.start);
  let out = html;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The encodings a page declares (`<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`), found with the parser. */
function declaredCharsets(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node, depth: number): void => {
    if (depth > maxDepth) return;
    if (isElement(node) && tagName(node) === 'meta') {
      const charset = attribute(node, 'charset')?.trim();
      if (charset) found.push(charset.toLowerCase());
      const content = attribute(node, 'http-equiv')?.toLowerCase() === 'content-type' ? attribute(node, 'content') : undefined;
      const declared = content === undefined ? undefined : /charset\s*=\s*["']?([^;\s"']+)/iu.exec(content)?.[1];
      if (declared) found.push(declared.toLowerCase());
    }
    if ('children' in node) for (const child of (node as ParentNode).children) visit(child, depth + 1);
  };
  visit(parseHtml(html), 0);
  return found;
}

/** A page for a document that was not HTML: headings, lists, quotations and paragraphs, text escaped. */
function htmlLayout(document: TargetDocument): string {
  const body: string[] = [];
  let list = false;
  let headings = 0;
  for (const segment of document.segments) {
    if (segment.text.trim() === '') continue;
    const words = escapeText(exportWords(segment)).replace(/\n/gu, '<br>');
    if (segment.kind === 'list-item') {
      if (!list) body.push('<ul>');
      list = true;
      body.push(`  <li>${words}</li>`);
      continue;
    }
    if (list) body.push('</ul>');
    list = false;
    if (segment.kind === 'heading') body.push(headings++ === 0 ? `<h1>${words}</h1>` : `<h2>${words}</h2>`);
    else if (segment.kind === 'quote') body.push(`<blockquote><p>${words}</p></blockquote>`);
    else body.push(`<p>${words}</p>`);
  }
  if (list) body.push('</ul>');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeText(document.title)}</title>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
