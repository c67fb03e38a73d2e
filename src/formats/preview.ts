import type { Nodes as MdNodes, Parents as MdParents } from 'mdast';
import { type AnyNode, type Element, isTag, isText, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { InlineCode } from '../domain/inline';
import { exportTokens } from './_lib/export-text';
import { parseMarkdown } from './_lib/markdown';
import { type ExportRow, type ExportTask, exportWork } from './document-work';

/**
 * The live preview of a document's English (issue 27): one standalone HTML page, every segment's
 * words wrapped in `<span data-vv-segment="id">` so that the editor can scroll to it and patch it,
 * untranslated ones in French (`class="vv-untranslated" lang="fr"`). HTML and Markdown documents
 * keep their own layout: they are exported as they would be downloaded, then read again and
 * written out with every script, event handler, frame, object and outside resource left out
 * (images become a box with their alt text). The page is served with a CSP `sandbox` that runs no
 * script and loads nothing, but it is meant to be harmless without it too. Other formats are drawn
 * from their segments: headings, lists, quotations, table cells, captions, subtitles with their
 * timings, the inline codes as the formatting they stand for.
 */
export interface PreviewTask {
  kind: 'preview';
  document: Omit<ExportTask['document'], 'encoding' | 'bom'>;
  segments: ExportRow[];
}

/** A node of the page as written: elements and text only (comments, processing instructions and doctypes are dropped). */
type PageNode = { type: 'element'; name: string; attributes: Array<[string, string]>; children: PageNode[] } | { type: 'text'; text: string };

const element = (name: string, attributes: Array<[string, string]>, ...children: PageNode[]): PageNode => ({ type: 'element', name, attributes, children });
const text = (value: string): PageNode => ({ type: 'text', text: value });

/**
 * Where a segment's words start and end in an exported layout: characters of Unicode's private
 * use area no text of ours holds (they are taken out of the segments first), so the exporter
 * escapes and places them as any other character, and they are found again in its output
 * whatever markup it wrote around them. A start is followed by the segment's id in digits
 * U+E010–U+E019 (digits themselves could be read as a Markdown list's number).
 */
const startTranslated = '\uE000';
const startUntranslated = '\uE001';
const end = '\uE003';
const markers = /[\uE000-\uE01F]/gu;
const markerRun = /([\uE000\uE001])([\uE010-\uE019]+)|\uE003/gu;

const idMark = (id: number): string => [...String(id)].map((digit) => String.fromCharCode(0xe010 + Number(digit))).join('');
const idOf = (mark: string): string => [...mark].map((char) => String(char.charCodeAt(0) - 0xe010)).join('');

/**
 * The preview page of a document.
 *
 * @example
 * previewWork({ kind: 'preview', document, segments });
 * // → '<!DOCTYPE html><html lang="en">…<span data-vv-segment="12">Xi Jinping wants…</span>…'
 */
export function previewWork(task: Omit<PreviewTask, 'kind'>): string {
  const format = task.document.sourceFormat;
  if (format === 'html' || format === 'md') {
    const marked = task.segments.map(markedRow);
    const { bytes } = exportWork({ format, document: task.document, untranslated: 'source', segments: marked, notes: [] });
    const exported = new TextDecoder().decode(bytes);
    return format === 'html' ? pageOfHtml(exported, task.document.title) : page(task.document.title, [], chunked(markdownNodes(exported)));
  }
  return page(task.document.title, [], chunked(segmentNodes(task.segments, format)));
}

/** Blocks a chunk of the page holds. */
const chunkSize = 100;

/**
 * The page's top-level blocks in chunks that the browser lays out only when they come into view
 * (`content-visibility: auto`). Chunks, not blocks: the browser checks each such element against
 * the view whenever the editor's page scrolls, and 5,000 of them cost a frame on every Alt+↓.
 */
function chunked(blocks: PageNode[]): PageNode[] {
  if (blocks.length <= chunkSize) return blocks;
  const chunks: PageNode[] = [];
  for (let at = 0; at < blocks.length; at += chunkSize) chunks.push(element('div', [['class', 'vv-chunk']], ...blocks.slice(at, at + chunkSize)));
  return chunks;
}

/** A row whose text to write is its English (or French) between the markers of its segment. */
function markedRow(row: ExportRow): ExportRow {
  const translated = row.target.trim() !== '';
  const words = (translated ? row.target : row.source).replace(markers, '');
  if (words.trim() === '') return row;
  return { ...row, target: `${translated ? startTranslated : startUntranslated}${idMark(row.id)}${words}${end}` };
}

/** Attributes of a segment's wrapper. */
function wrapperAttributes(id: number | string, translated: boolean): Array<[string, string]> {
  return translated ? [['data-vv-segment', String(id)]] : [['data-vv-segment', String(id)], ['class', 'vv-untranslated'], ['lang', 'fr']];
}

// ---------------------------------------------------------------- the page

/** The preview's own look: the document's words readable, untranslated and placeholder boxes told apart. */
const pageStyle = `
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fff; margin: 1rem 1.25rem 40vh; max-width: 46rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
.vv-untranslated { background: #fff3cd; color: #4a3b00; }
.vv-active { outline: 2px solid #1558b0; outline-offset: 2px; background: #e8f0fe; }
.vv-image, .vv-media { display: inline-block; padding: 0.2rem 0.5rem; border: 1px dashed #666; color: #333; font: 0.85em system-ui, sans-serif; background: #f4f4f4; }
.vv-link { color: #1558b0; text-decoration: underline; }
.vv-cue { margin: 0 0 0.8rem; }
.vv-timing { display: block; font: 0.8em ui-monospace, monospace; color: #555; }
.vv-table { border-collapse: collapse; margin: 0.5rem 0; }
.vv-table td { border: 1px solid #999; padding: 0.2rem 0.5rem; vertical-align: top; }
.vv-meta, .vv-caption { color: #444; font-size: 0.9em; }
.vv-caption { font-style: italic; }
.vv-tab { white-space: pre; }
/* A 5,000-paragraph page is laid out only where it is seen, a chunk of blocks at a time: a segment patched in place costs the editor no frame. */
.vv-chunk { content-visibility: auto; contain-intrinsic-size: auto 150rem; }
`;

/** A whole page: our head (charset, title, our style, the document's own styles) and the body. */
function page(title: string, styles: string[], body: PageNode[], bodyAttributes: Array<[string, string]> = []): string {
  const out: string[] = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>', escapeHtml(title), '</title>\n<style>', pageStyle, '</style>\n'];
  for (const style of styles) out.push('<style>', style, '</style>\n');
  out.push('</head>\n<body', ...bodyAttributes.map(([name, value]) => ` ${name}="${escapeAttributeValue(value)}"`), '>\n');
  new Writer(out).nodes(body, 1);
  out.push('\n</body>\n</html>\n');
  return out.join('');
}

const escapeHtml = (value: string): string => value.replace(/[&<>]/gu, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
const escapeAttributeValue = (value: string): string => value.replace(markers, '').replace(/[&"<>]/gu, (char) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[char]!);

const voidElements = new Set(['area', 'br', 'col', 'hr', 'input', 'wbr']);
/** Elements whose content is not markup: markers in them are dropped, not turned into wrappers. */
const rawTextElements = new Set(['textarea', 'title', 'style']);

interface OpenWrapper {
  id: string;
  translated: boolean;
  /** The depth of the text its start was in. */
  depth: number;
  /** Its end came deeper than its start (inside a bold run): it closes when that run's ancestor at its depth does. */
  closing: boolean;
  /**
   * Its start's parent closed before its end came (the exporter wrote the segment across
   * elements): the rest of its words are wrapped piece by piece, each wrapper with the same id.
   */
  broken: boolean;
}

/**
 * Writes nodes as HTML, turning the markers in text into wrappers. A wrapper opens where a start
 * is and closes at its end when both are in the same parent (the usual case: the markers are
 * outside the segment's codes); the other cases are written as still-valid nesting (see OpenWrapper).
 */
class Writer {
  private open: OpenWrapper | undefined;
  constructor(private readonly out: string[]) {}

  nodes(nodes: readonly PageNode[], depth: number): void {
    for (const node of nodes) {
      if (node.type === 'text') this.text(node.text, depth);
      else this.element(node, depth);
    }
  }

  private element(node: Extract<PageNode, { type: 'element' }>, depth: number): void {
    this.out.push(`<${node.name}`);
    for (const [name, value] of node.attributes) this.out.push(` ${name}="${escapeAttributeValue(value)}"`);
    this.out.push('>');
    if (voidElements.has(node.name)) return;
    if (rawTextElements.has(node.name)) {
      const content = node.children.map((child) => (child.type === 'text' ? child.text : '')).join('').replace(markers, '');
      this.out.push(node.name === 'style' ? content.replace(/<\/style/giu, '<\\/style') : escapeHtml(content));
    } else this.nodes(node.children, depth + 1);
    const open = this.open;
    // A wrapper opened inside this element, not ended yet: it cannot outlive it.
    if (open && !open.broken && open.depth > depth) {
      this.out.push('</span>');
      if (open.closing) this.open = undefined;
      else open.broken = true;
    }
    this.out.push(`</${node.name}>`);
    if (open && this.open === open && open.closing && open.depth === depth) {
      this.out.push('</span>');
      this.open = undefined;
    }
  }

  private text(value: string, depth: number): void {
    let at = 0;
    for (const match of value.matchAll(markerRun)) {
      this.words(value.slice(at, match.index), depth);
      at = match.index + match[0].length;
      if (match[1] !== undefined) this.start(idOf(match[2]!), match[1] === startTranslated, depth);
      else this.end(depth);
    }
    this.words(value.slice(at), depth);
  }

  private words(value: string, _depth: number): void {
    if (value === '') return;
    const open = this.open;
    if (open?.broken) this.out.push(`<span${wrapperAttributes(open.id, open.translated).map(([name, attribute]) => ` ${name}="${escapeAttributeValue(attribute)}"`).join('')}>${escapeHtml(value)}</span>`);
    else this.out.push(escapeHtml(value));
  }

  private start(id: string, translated: boolean, depth: number): void {
    if (this.open) this.end(depth);
    this.open = undefined;
    this.out.push(`<span${wrapperAttributes(id, translated).map(([name, value]) => ` ${name}="${escapeAttributeValue(value)}"`).join('')}>`);
    this.open = { id, translated, depth, closing: false, broken: false };
  }

  private end(depth: number): void {
    const open = this.open;
    if (!open) return;
    if (open.broken) this.open = undefined;
    else if (depth === open.depth) {
      this.out.push('</span>');
      this.open = undefined;
    } else open.closing = true;
  }
}

// ---------------------------------------------------------------- HTML documents

/** Elements left out with everything in them: they run, load or embed something, or say nothing to a reader. */
const droppedElements = new Set([
  'script', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'base', 'link', 'meta',
  'portal', 'svg', 'canvas', 'source', 'track', 'head', 'title', 'style',
]);
/** Attributes that name something to load or go to, or change what the page does. */
const droppedAttributes = new Set([
  'href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'poster', 'background', 'cite', 'data', 'codebase', 'longdesc', 'usemap',
  'xlink:href', 'ping', 'manifest', 'lowsrc', 'dynsrc', 'imagesrcset', 'http-equiv', 'target', 'formtarget', 'download', 'autofocus', 'is',
]);

/** The exported page read again and written without anything that runs or loads. */
function pageOfHtml(html: string, title: string): string {
  const document = parseDocument(html);
  const styles: string[] = [];
  let bodyAttributes: Array<[string, string]> = [];
  const body: PageNode[] = [];
  const collect = (nodes: readonly AnyNode[], depth: number): void => {
    for (const node of nodes) {
      if (!isTag(node)) {
        const cleaned = htmlNode(node, depth);
        if (cleaned) body.push(cleaned);
        continue;
      }
      const name = node.name.toLowerCase();
      if (name === 'html') collect(node.children, depth + 1);
      else if (name === 'head') {
        for (const child of node.children) if (isTag(child) && child.name.toLowerCase() === 'style') styles.push(safeCss(child.children.map((part) => (isText(part) ? part.data : '')).join('')));
      } else if (name === 'body') {
        bodyAttributes = safeAttributes(node);
        collect(node.children, depth + 1);
      } else {
        const cleaned = htmlNode(node, depth);
        if (cleaned) body.push(cleaned);
      }
    }
  };
  collect(document.children, 0);
  return page(title, styles, chunked(body), bodyAttributes);
}

/** The limit of nesting written; htmlparser2's tree of a hostile page can be deeper than any page is. */
const maxDepth = 256;

function htmlNode(node: AnyNode, depth: number): PageNode | undefined {
  if (isText(node)) return text(node.data);
  if (!isTag(node) || depth > maxDepth) return undefined;
  const name = node.name.toLowerCase();
  if (name === 'style') {
    // A style inside the body stays where it is, without what it would load.
    return element('style', [], text(safeCss(node.children.map((part) => (isText(part) ? part.data : '')).join(''))));
  }
  if (droppedElements.has(name) || name.includes(':')) return undefined;
  const children = (): PageNode[] => htmlChildren(node, depth);
  if (name === 'img' || (name === 'input' && node.attribs.type?.toLowerCase() === 'image')) {
    const alt = node.attribs.alt ?? '';
    return element('span', [['class', 'vv-image'], ['role', 'img'], ['aria-label', alt.replace(markers, '') || 'image']], text(alt || 'image'));
  }
  if (name === 'video' || name === 'audio' || name === 'picture') return element('span', [['class', 'vv-media']], ...children());
  if (name === 'a') return element('a', [...safeAttributes(node).filter(([attribute]) => attribute !== 'class'), ['class', `vv-link ${node.attribs.class ?? ''}`.trim()]], ...children());
  return element(name, safeAttributes(node), ...children());
}

function htmlChildren(node: ParentNode, depth: number): PageNode[] {
  return node.children.map((child) => htmlNode(child, depth + 1)).filter((child): child is PageNode => child !== undefined);
}

/** An element's attributes without handlers, addresses, our own `data-vv-` ones, or styles that would load something. */
function safeAttributes(node: Element): Array<[string, string]> {
  return Object.entries(node.attribs).filter(([rawName, value]) => {
    const name = rawName.toLowerCase();
    if (!/^[a-z][a-z0-9_.:-]*$/u.test(name)) return false;
    if (name.startsWith('on') || name.startsWith('data-vv') || droppedAttributes.has(name)) return false;
    if (name === 'style' && /url\s*\(|expression\s*\(|@import|image-set|behavior|binding/iu.test(value)) return false;
    return true;
  });
}

/** A style sheet without what it would load (the CSP blocks it too). */
function safeCss(css: string): string {
  return css.replace(/@import[^;]*;?/giu, '').replace(/url\s*\([^)]*\)/giu, 'none').replace(/expression\s*\(/giu, '(');
}

// ---------------------------------------------------------------- Markdown documents

/** The exported Markdown drawn as HTML: blocks, emphasis, links (their text), images (a box with their alt text), tables. */
function markdownNodes(markdown: string): PageNode[] {
  return mdChildren(parseMarkdown(markdown), 0);
}

function mdChildren(parent: MdParents, depth: number): PageNode[] {
  return parent.children.flatMap((child) => mdNode(child, depth + 1));
}

function mdNode(node: MdNodes, depth: number): PageNode[] {
  if (depth > maxDepth) return [];
  const inside = (): PageNode[] => ('children' in node ? mdChildren(node, depth) : []);
  switch (node.type) {
    case 'text':
      return [text(node.value)];
    case 'heading':
      return [element(`h${node.depth}`, [], ...inside())];
    case 'paragraph':
      return [element('p', [], ...inside())];
    case 'blockquote':
      return [element('blockquote', [], ...inside())];
    case 'list':
      return [element(node.ordered ? 'ol' : 'ul', node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? [['start', String(node.start)]] : [], ...inside())];
    case 'listItem': {
      const box = node.checked === true ? '☑ ' : node.checked === false ? '☐ ' : '';
      // A tight list's items hold their words, not paragraphs.
      const children = node.spread ? inside() : inside().flatMap((child) => (child.type === 'element' && child.name === 'p' ? child.children : [child]));
      return [element('li', [], ...(box ? [text(box)] : []), ...children)];
    }
    case 'thematicBreak':
      return [element('hr', [])];
    case 'break':
      return [element('br', [])];
    case 'emphasis':
      return [element('em', [], ...inside())];
    case 'strong':
      return [element('strong', [], ...inside())];
    case 'delete':
      return [element('del', [], ...inside())];
    case 'inlineCode':
      return [element('code', [], text(node.value))];
    case 'code':
      return [element('pre', [], element('code', [], text(node.value)))];
    case 'link':
    case 'linkReference':
      return [element('a', [['class', 'vv-link']], ...inside())];
    case 'image':
    case 'imageReference':
      return [element('span', [['class', 'vv-image'], ['role', 'img'], ['aria-label', (node.alt ?? '').replace(markers, '') || 'image']], text(node.alt || 'image'))];
    case 'table': {
      const [head, ...rows] = node.children;
      const row = (cells: PageNode[]) => element('tr', [], ...cells);
      return [
        element(
          'table',
          [['class', 'vv-table']],
          ...(head ? [element('thead', [], row(head.children.map((cell) => element('th', [], ...mdChildren(cell, depth + 2)))))] : []),
          element('tbody', [], ...rows.map((tableRow) => row(tableRow.children.map((cell) => element('td', [], ...mdChildren(cell, depth + 2)))))),
        ),
      ];
    }
    case 'footnoteReference':
      return [element('sup', [], text(`[${node.label ?? node.identifier}]`))];
    case 'footnoteDefinition':
      return [element('div', [['class', 'vv-meta']], element('sup', [], text(`[${node.label ?? node.identifier}]`)), ...inside())];
    case 'html': {
      // A block of HTML in the Markdown: drawn as a page's would be; a tag in a paragraph is left out, its words kept.
      if (depth > 1) return [];
      return htmlChildren(parseDocument(node.value), depth);
    }
    default:
      // Front matter, definitions: nothing a reader sees.
      return [];
  }
}

// ---------------------------------------------------------------- other formats, from their segments

/** What each inline code kind looks like in the preview. */
const pairedElements: Partial<Record<InlineCode['kind'], [string, Array<[string, string]>]>> = {
  bold: ['strong', []],
  italic: ['em', []],
  underline: ['u', []],
  strike: ['s', []],
  superscript: ['sup', []],
  subscript: ['sub', []],
  code: ['code', []],
  link: ['span', [['class', 'vv-link']]],
  image: ['span', [['class', 'vv-image']]],
  footnote: ['sup', []],
};

/** A segment's words with its codes drawn as formatting (bold, italic, a link's text, a line break). */
function inlineNodes(words: string, codes: readonly InlineCode[]): PageNode[] {
  const root: PageNode[] = [];
  const stack: PageNode[][] = [root];
  const top = (): PageNode[] => stack[stack.length - 1]!;
  const byId = new Map(codes.map((code) => [code.id, code]));
  for (const token of exportTokens(words, codes)) {
    if (token.type === 'text') {
      // Wrappers here are elements, not markers: a marker in the words would fake one.
      top().push(text(token.text.replace(markers, '')));
      continue;
    }
    const code = byId.get(token.id);
    if (token.type === 'open') {
      const [name, attributes] = (code && pairedElements[code.kind]) ?? ['span', []];
      const opened = element(name, attributes);
      top().push(opened);
      stack.push((opened as Extract<PageNode, { type: 'element' }>).children);
    } else if (token.type === 'close') {
      if (stack.length > 1) stack.pop();
    } else if (code?.kind === 'break') top().push(element('br', []));
    else if (code?.kind === 'tab') top().push(element('span', [['class', 'vv-tab']], text('\t')));
    else if (code?.kind === 'image') top().push(element('span', [['class', 'vv-image'], ['role', 'img'], ['aria-label', 'image']], text('image')));
    else if (code?.kind === 'footnote') top().push(element('sup', [], text('*')));
  }
  return root;
}

const subtitleTiming = /(?:\d+:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{2}[,.]\d{3}/u;

/** The page of a document drawn from its segments (Word, OpenDocument, plain text, PO, XLIFF, subtitles…). */
function segmentNodes(rows: readonly ExportRow[], format: string): PageNode[] {
  const body: PageNode[] = [];
  const subtitles = format === 'srt' || format === 'vtt';
  let list: PageNode[] | undefined;
  let table: PageNode[] | undefined;
  let headings = 0;
  for (const row of rows) {
    const translated = row.target.trim() !== '';
    const words = translated ? row.target : row.source;
    if (words.trim() === '') continue;
    const wrapped = element('span', wrapperAttributes(row.id, translated), ...inlineNodes(words, row.codes));
    if (row.kind !== 'list-item') list = undefined;
    if (row.kind !== 'table-cell') table = undefined;
    if (subtitles) {
      const timing = subtitleTiming.exec(row.prefix)?.[0];
      body.push(element('div', [['class', 'vv-cue']], ...(timing ? [element('span', [['class', 'vv-timing']], text(timing))] : []), element('p', [], wrapped)));
      continue;
    }
    switch (row.kind) {
      case 'heading':
        body.push(element(headings++ === 0 ? 'h1' : 'h2', [], wrapped));
        break;
      case 'list-item':
        if (!list) {
          const opened = element('ul', []);
          body.push(opened);
          list = (opened as Extract<PageNode, { type: 'element' }>).children;
        }
        list.push(element('li', [], wrapped));
        break;
      case 'table-cell':
        // Which row a cell is in is the format's skeleton's: the cells are drawn one under the other, boxed.
        if (!table) {
          const cells = element('tbody', []);
          body.push(element('table', [['class', 'vv-table']], cells));
          table = (cells as Extract<PageNode, { type: 'element' }>).children;
        }
        table.push(element('tr', [], element('td', [], wrapped)));
        break;
      case 'quote':
        body.push(element('blockquote', [], element('p', [], wrapped)));
        break;
      case 'caption':
        body.push(element('p', [['class', 'vv-caption']], wrapped));
        break;
      case 'meta':
      case 'hashtag':
        body.push(element('p', [['class', 'vv-meta']], wrapped));
        break;
      default:
        body.push(element('p', [], wrapped));
    }
  }
  return body;
}
