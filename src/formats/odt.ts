import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { UnsupportedFormatError } from '../domain/errors';
import { codeList, type CodeKind, type CodeWriter, type InlineToken, renderTokens, textOfTokens } from '../domain/inline';
import type { SegmentKind } from '../domain/segment';
import { hasTranslatableText, type SegmentCut } from '../domain/segmentation';
import { exportTokens, exportWords } from './_lib/export-text';
import { safePackage } from './_lib/opc-package';
import { writeLinked } from './_lib/linked-texts';
import { pictureInEnglish, pictureTexts, type ReadContent, segmentParts, skeletonParts } from './_lib/package-parts';
import { unzipWithin } from './_lib/zip-limits';
import { mergeSkeleton } from './_lib/skeleton';
import { escapeXml, escapeXmlAttribute, isLocatedElement, type LocatedElement, type LocatedText, locateXml } from './_lib/xml';
import type { Format, TargetDocument, TargetSegment } from './format';

/**
 * LibreOffice Writer documents (ODT, OpenDocument text). The body (tables, lists, sections, text
 * frames), the headers and footers of the page styles and the notes are read: one segment per
 * paragraph or heading, spans as codes around the words, links as codes whose target stays, line
 * breaks, tabs, fields, images, bookmarks and note citations as protected codes; a note's or a
 * text box's paragraphs are segments of their own, right after the paragraph they sit in, and so
 * are an image frame's `svg:title` and `svg:desc` (written back into the frame). Runs of
 * spaces (`text:s`) read as spaces, and are written back as ODF wants them. Comments and tracked
 * deletions are left as they are.
 *
 * Export writes the English into the original package: an untouched export is the uploaded file
 * itself; a translated one rewrites `content.xml` and `styles.xml` only (the English in place, the
 * document's language English), keeps every other entry byte for byte, and writes `mimetype`
 * first and uncompressed, as ODF requires. Layout hints LibreOffice recomputes
 * (`text:soft-page-break`) are not kept inside a translated paragraph.
 */

/** The media type an ODT package names in its `mimetype` entry. */
export const odtMediaType = 'application/vnd.oasis.opendocument.text';

/** The parts translated, in reading order: the body, then the page styles' headers and footers. */
const translatedParts = ['content.xml', 'styles.xml'] as const;

/**
 * An ODT package's limits, checked on the zip's directory before anything is inflated: what it
 * inflates to in all (images included), what the XML entries read inflate to (content.xml and
 * styles.xml are parsed), and the ratio of any large entry (zip bombs). As a Word document's
 * (formats/docx.ts).
 */
export const odtLimits = { inflatedBytes: 512 * 1024 * 1024, textBytes: 64 * 1024 * 1024, ratio: 200 } as const;

/**
 * Marks in the skeleton, which XML 1.0 cannot contain (not even as character references): besides
 * the part marks (U+0001, `_lib/package-parts.ts`), a note or text box was taken out of its paragraph (U+0002), and its
 * XML, set after that paragraph, begins (U+0003) and ends (U+0004).
 */
const islandMark = (id: number) => `\u0002${id}\u0002`;
const islandStart = (id: number) => `\u0003${id}\u0003`;
const islandEnd = (id: number) => `\u0004${id}\u0004`;
// eslint-disable-next-line no-control-regex -- the island marks are control characters because XML cannot contain them.
const islandBlocks = /\u0003(\d+)\u0003|\u0004(\d+)\u0004/gu;
// eslint-disable-next-line no-control-regex -- as above.
const islandMarks = /\u0002(\d+)\u0002/gu;
/** Characters XML 1.0 cannot hold: never written into a part, whatever a target contains. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused.
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/** Reads the zip within the limits above; only the wanted entries are inflated. */
function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  return unzipWithin(bytes, wanted, odtLimits, { id: 'odt', what: 'OpenDocument text', file: 'an OpenDocument text (.odt)' });
}

/**
 * Whether the zip's first entry is a `mimetype` naming an OpenDocument text, read from its local
 * header (ODF stores it first and uncompressed, so it needs no inflating).
 */
function namesOdtFirst(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const latin1 = new TextDecoder('latin1');
  if (latin1.decode(bytes.subarray(30, 30 + nameLength)) !== 'mimetype' || method !== 0) return false;
  const start = 30 + nameLength + extraLength;
  return size === odtMediaType.length && latin1.decode(bytes.subarray(start, start + size)) === odtMediaType;
}

/** The package's media type, from its `mimetype` entry; refuses a package without one. */
function checkMediaType(files: Unzipped): void {
  const entry = files.mimetype;
  if (entry === undefined) throw new UnsupportedFormatError('This zip is not an OpenDocument text (.odt): it has no mimetype entry.');
  const type = strFromU8(entry).trim();
  if (type === odtMediaType) return;
  const kind = /spreadsheet/u.test(type) ? 'a spreadsheet (.ods)' : /presentation/u.test(type) ? 'a presentation (.odp)' : /opendocument/u.test(type) ? `another OpenDocument file (${type})` : `"${type.slice(0, 80)}"`;
  throw new UnsupportedFormatError(`This is not an OpenDocument text (.odt): its mimetype says ${kind}.`);
}

export const odtFormat: Format = {
  id: 'odt',
  name: 'LibreOffice Writer (ODT)',
  extensions: ['odt'],
  mediaTypes: [odtMediaType],
  detect(bytes) {
    if (namesOdtFirst(bytes)) return true;
    // A package zipped by another tool may compress its mimetype or put it later: read that entry alone.
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
    try {
      const entry = unzipSync(bytes, { filter: (file) => file.name === 'mimetype' && file.originalSize < 256 }).mimetype;
      return entry !== undefined && strFromU8(entry).trim() === odtMediaType;
    } catch {
      // Not a zip after all: not an ODT, which is all detect says.
      return false;
    }
  },
  import(bytes) {
    const files = unzip(bytes, (name) => name === 'mimetype' || name === 'META-INF/manifest.xml' || (translatedParts as readonly string[]).includes(name));
    checkMediaType(files);
    const manifest = files['META-INF/manifest.xml'];
    if (manifest !== undefined && /encryption-data/u.test(strFromU8(manifest))) {
      throw new UnsupportedFormatError('This OpenDocument text is password-protected; save it without a password and upload it again.');
    }
    if (files['content.xml'] === undefined) throw new UnsupportedFormatError('This zip is not an OpenDocument text (.odt): it has no content.xml.');
    const roots = new Map<string, { xml: string; root: LocatedElement }>();
    for (const name of translatedParts) {
      const data = files[name];
      if (data === undefined) continue;
      const xml = strFromU8(data);
      roots.set(name, { xml, root: locateXml(xml, `OpenDocument part ${name}`) });
    }
    const common = roots.get('styles.xml')?.root;
    const islands = { next: 1 };
    const { segments, trailer, suggestedTitle } = segmentParts([...roots].map(([name, { xml, root }]) => ({ name, ...readPart(xml, root, stylesOf(common, root), islands) })));
    return { format: 'odt', encoding: 'utf-8', bom: false, segments, trailer, suggestedTitle, package: bytes };
  },
  export(document) {
    if (document.sourceFormat !== 'odt' || !document.package) return odtLayout(document);
    const translated = document.segments.some((segment) => segment.text !== '' && segment.text !== segment.source.text);
    const files = unzip(document.package, () => true);
    // An untouched export is the uploaded file itself, when it holds nothing a careless unzip tool
    // could be tricked by (see below).
    if (!translated && isClean(files)) return new Uint8Array(document.package);
    // A picture's alt text is written into its paragraph's code (_lib/linked-texts.ts).
    const segments = writeLinked(document.segments, { textsOf: pictureTexts, writeCode: pictureInEnglish, write: writeParagraph });
    const skeleton = mergeSkeleton({ segments, trailer: document.trailer });
    const parts = new Map([...skeletonParts(skeleton)].map(([name, text]) => [name, restoreIslands(text)]));
    const out: Record<string, Uint8Array> = {};
    const written = new Set<string>();
    for (const [name, data] of Object.entries(files)) {
      // An ODF package has no OPC content types; one would make `safePackage` judge entries by it.
      if (name === '[Content_Types].xml') continue;
      const xml = parts.get(name);
      if (xml === undefined) {
        out[name] = data;
        continue;
      }
      out[name] = strToU8(translated ? toEnglish(xml, document.targetLang) : xml);
      written.add(name);
    }
    // Entries with unsafe names (`../../x`) and DOCTYPEs in XML parts are left out, as for DOCX.
    return zipPackage(safePackage(out, written));
  },
};

/** Whether a package holds only entries `safePackage` keeps as they are. */
function isClean(files: Unzipped): boolean {
  if (files['[Content_Types].xml'] !== undefined) return false;
  const safe = safePackage(files);
  const names = Object.keys(files);
  return names.length === Object.keys(safe).length && names.every((name) => safe[name] === files[name]);
}

/** A zip of the entries in their order, `mimetype` first and stored, as ODF 1.3 (part 2, 3.3) requires. */
function zipPackage(files: Readonly<Record<string, Uint8Array>>): Uint8Array<ArrayBuffer> {
  const ordered: Zippable = {};
  if (files.mimetype !== undefined) ordered.mimetype = [files.mimetype, { level: 0 }];
  for (const [name, data] of Object.entries(files)) if (name !== 'mimetype') ordered[name] = data;
  return zipSync(ordered, { level: 6 }) as Uint8Array<ArrayBuffer>;
}


/** What a style says that matters here: its parent, and for a text style the formatting its code is drawn as. */
interface StyleFacts {
  parent: string | undefined;
  kind: CodeKind | undefined;
}

const childElements = (element: LocatedElement) => element.children.filter(isLocatedElement);
const childNamed = (element: LocatedElement | undefined, name: string) => element?.children.find((child): child is LocatedElement => isLocatedElement(child) && child.name === name);

/** The styles a part's paragraphs and spans may name: the common ones (styles.xml) and the part's automatic ones. */
function stylesOf(common: LocatedElement | undefined, part: LocatedElement): Map<string, StyleFacts> {
  const styles = new Map<string, StyleFacts>();
  const read = (root: LocatedElement | undefined, container: string): void => {
    const list = childNamed(childNamed(root, 'office:document-styles') ?? childNamed(root, 'office:document-content'), container);
    for (const style of list ? childElements(list) : []) {
      const name = style.attributes['style:name'];
      if (style.name !== 'style:style' || name === undefined) continue;
      styles.set(name, { parent: style.attributes['style:parent-style-name'], kind: formattingKind(childNamed(style, 'style:text-properties')?.attributes ?? {}) });
    }
  };
  read(common, 'office:styles');
  read(part, 'office:automatic-styles');
  return styles;
}

/** The code kind a span in these text properties is drawn as; undefined when they say nothing drawable. */
function formattingKind(properties: Readonly<Record<string, string>>): CodeKind | undefined {
  const position = properties['style:text-position'] ?? '';
  if (/^(super|[1-9])/u.test(position)) return 'superscript';
  if (/^(sub|-)/u.test(position)) return 'subscript';
  if (/^(bold|[6-9]00)$/u.test(properties['fo:font-weight'] ?? '')) return 'bold';
  if (/^(italic|oblique)$/u.test(properties['fo:font-style'] ?? '')) return 'italic';
  const underline = properties['style:text-underline-style'];
  if (underline !== undefined && underline !== 'none') return 'underline';
  const strike = properties['style:text-line-through-style'];
  if (strike !== undefined && strike !== 'none') return 'strike';
  return undefined;
}

/** A style's name and its ancestors' (`P1` → `Heading_20_1` → `Standard`), nearest first. */
function styleChain(name: string | undefined, styles: ReadonlyMap<string, StyleFacts>): string[] {
  const chain: string[] = [];
  for (let current = name; current !== undefined && !chain.includes(current) && chain.length < 20; current = styles.get(current)?.parent) chain.push(current);
  return chain;
}

function spanKind(name: string | undefined, styles: ReadonlyMap<string, StyleFacts>): CodeKind {
  for (const style of styleChain(name, styles)) {
    const kind = styles.get(style)?.kind;
    if (kind) return kind;
    if (/^(Emphasis|Citation)$/u.test(style)) return 'italic';
    if (/^Strong_20_Emphasis$/u.test(style)) return 'bold';
  }
  return 'span';
}

/** What the elements around a paragraph say: whether it is translated, and the kind its place gives it. */
interface Place {
  translate: boolean;
  kind: SegmentKind | undefined;
}

/** The place inside an element, from the place around it. */
function placeInside(element: LocatedElement, around: Place): Place {
  const name = element.name;
  if (name === 'office:body') return { translate: true, kind: undefined };
  if (/^style:(header|footer)(-left|-first)?$/u.test(name)) return { translate: true, kind: 'meta' };
  // Comments, tracked deletions, and the templates of indexes (their visible body is translated).
  if (name === 'office:annotation' || name === 'text:tracked-changes' || /^text:.*-source$/u.test(name)) return { translate: false, kind: undefined };
  if (name === 'table:table-cell' || name === 'table:covered-table-cell') return { ...around, kind: 'table-cell' };
  if (name === 'text:list-item' || name === 'text:list-header') return { ...around, kind: 'list-item' };
  if (name === 'text:note-body' || name === 'draw:text-box') return { ...around, kind: undefined };
  return around;
}

function paragraphKind(p: LocatedElement, place: Place, styles: ReadonlyMap<string, StyleFacts>): SegmentKind {
  if (p.name === 'text:h') return 'heading';
  const chain = styleChain(p.attributes['text:style-name'], styles);
  if (chain.some((style) => /^(Heading|Title|Subtitle)/u.test(style))) return 'heading';
  if (chain.some((style) => /^(Caption|Illustration|Figure|Drawing|Table|Text)$/u.test(style))) return 'caption';
  if (chain.some((style) => /^Quotations$|Quote/u.test(style))) return 'quote';
  return place.kind ?? 'paragraph';
}

const isParagraph = (element: LocatedElement) => element.name === 'text:p' || element.name === 'text:h';

/** Elements inside a paragraph whose content is read as its text (their tags become codes around it). */
const transparent = new Set(['text:span', 'text:a', 'text:meta']);

function holdsParagraphs(element: LocatedElement): boolean {
  return element.children.some((child) => isLocatedElement(child) && (isParagraph(child) || holdsParagraphs(child)));
}

/**
 * A note or a text box inside a paragraph: its paragraphs are segments of their own, so it is taken
 * out of the paragraph (a code marks its place) and its XML set after the paragraph.
 */
const isIsland = (element: LocatedElement) => (element.name === 'text:note' || element.name.startsWith('draw:')) && holdsParagraphs(element);

/**
 * Reads a part: its text for the skeleton (the XML with notes and text boxes set after their
 * paragraphs, see `restoreIslands`), the paragraphs to translate in it and what each reads as.
 */
function readPart(xml: string, root: LocatedElement, styles: ReadonlyMap<string, StyleFacts>, islands: { next: number }): { text: string; cuts: SegmentCut[]; contents: ReadContent[] } {
  let out = '';
  const cuts: SegmentCut[] = [];
  const contents: ReadContent[] = [];
  const copy = (from: number, to: number): void => {
    out += xml.slice(from, to);
  };

  const element = (node: LocatedElement, place: Place): void => {
    if (place.translate && isParagraph(node)) {
      paragraph(node, place);
      return;
    }
    const inside = placeInside(node, place);
    copy(node.start, node.openEnd);
    let cursor = node.openEnd;
    for (const child of childElements(node)) {
      copy(cursor, child.start);
      element(child, inside);
      cursor = child.end;
    }
    copy(cursor, node.end);
  };

  /** Copies an inline element's content, each island in it replaced by its mark. */
  const inline = (node: LocatedElement, found: Map<LocatedElement, number>): void => {
    let cursor = node.openEnd;
    for (const child of childElements(node)) {
      if (isIsland(child)) {
        copy(cursor, child.start);
        const id = islands.next++;
        out += islandMark(id);
        found.set(child, id);
        cursor = child.end;
      } else if (transparent.has(child.name) && child.openEnd !== child.end) {
        copy(cursor, child.openEnd);
        inline(child, found);
        cursor = child.closeStart;
      }
    }
    copy(cursor, node.closeStart);
  };

  const paragraph = (p: LocatedElement, place: Place): void => {
    copy(p.start, p.openEnd);
    const start = out.length;
    const found = new Map<LocatedElement, number>();
    inline(p, found);
    const content = readContent(p, xml, styles, found);
    if (hasTranslatableText(textOfTokens(content.tokens))) {
      cuts.push({ kind: paragraphKind(p, place, styles), lines: [{ start, end: out.length }] });
      contents.push(content);
    }
    copy(p.closeStart, p.end);
    for (const [island, id] of found) {
      out += islandStart(id);
      element(island, { translate: true, kind: undefined });
      out += islandEnd(id);
    }
  };

  element(root, { translate: false, kind: undefined });
  return { text: out, cuts, contents };
}

/** The XML of a skeleton part with every note and text box back in its paragraph: the inverse of `readPart`'s moves. */
function restoreIslands(text: string): string {
  const blocks = new Map<string, string>();
  const open: Array<{ id: string; text: string }> = [{ id: '', text: '' }];
  let last = 0;
  for (const match of text.matchAll(islandBlocks)) {
    open.at(-1)!.text += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      open.push({ id: match[1], text: '' });
      continue;
    }
    const block = open.pop()!;
    if (block.id !== match[2] || open.length === 0) throw new Error(`The skeleton of an OpenDocument part is damaged near note or text box ${match[2]}.`);
    blocks.set(block.id, block.text);
  }
  if (open.length !== 1) throw new Error('The skeleton of an OpenDocument part is damaged: a note or text box never ends.');
  const expand = (part: string): string =>
    part.replace(islandMarks, (_, id: string) => {
      const block = blocks.get(id);
      if (block === undefined) throw new Error(`The skeleton of an OpenDocument part is damaged: note or text box ${id} is missing.`);
      blocks.delete(id);
      return expand(block);
    });
  const xml = expand(open[0]!.text + text.slice(last));
  if (blocks.size > 0) throw new Error('The skeleton of an OpenDocument part is damaged: a note or text box lost its place.');
  return xml;
}

/** More spaces than this in one `text:s` are kept as a code rather than read as text. */
const maxSpaces = 1000;

const rawOf = (node: LocatedElement, xml: string) => xml.slice(node.start, node.end);

/**
 * A paragraph's content as tokens, white space read as ODF says (part 3, 6.1.2): runs of spaces,
 * tabs and newlines in the XML are one space, none at the start of the paragraph or after another
 * space, across span boundaries; `text:s` is as many spaces as it counts.
 */
function readContent(p: LocatedElement, source: string, styles: ReadonlyMap<string, StyleFacts>, islands: ReadonlyMap<LocatedElement, number>): ReadContent {
  const { codes, add } = codeList();
  const tokens: InlineToken[] = [];
  let ignoreSpace = true;
  const append = (text: string): void => {
    const last = tokens.at(-1);
    if (last?.type === 'text') last.text += text;
    else tokens.push({ type: 'text', text });
  };
  const text = (value: string): void => {
    let collapsed = value.replace(/[ \t\r\n]+/gu, ' ');
    if (ignoreSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    ignoreSpace = collapsed.endsWith(' ');
    append(collapsed);
  };
  const standalone = (kind: CodeKind, open: string, droppable: boolean, data?: Record<string, unknown>): void => {
    tokens.push({ type: 'standalone', id: add({ type: 'standalone', kind, open, droppable, data }) });
  };
  const visit = (nodes: ReadonlyArray<LocatedElement | LocatedText>): void => {
    for (const node of nodes) {
      if (!isLocatedElement(node)) {
        text(node.text);
        continue;
      }
      const island = islands.get(node);
      if (island !== undefined) {
        const note = node.name === 'text:note';
        const citation = note ? childNamed(node, 'text:note-citation') : undefined;
        const shown = `${source.slice(node.start, node.openEnd)}${citation ? rawOf(citation, source) : ''}…</${node.name}>`;
        standalone(note ? 'footnote' : 'other', shown, false, { island });
        ignoreSpace = false;
        continue;
      }
      const name = node.name;
      if (transparent.has(name)) {
        const selfClosing = node.openEnd === node.end;
        const open = selfClosing ? rawOf(node, source) : source.slice(node.start, node.openEnd);
        const close = selfClosing ? '' : source.slice(node.closeStart, node.end);
        const kind = name === 'text:a' ? 'link' : name === 'text:span' ? spanKind(node.attributes['text:style-name'], styles) : 'span';
        const id = add({ type: 'paired', kind, open, close, droppable: true });
        tokens.push({ type: 'open', id });
        visit(node.children);
        tokens.push({ type: 'close', id });
        continue;
      }
      if (name === 'text:soft-page-break') continue;
      if (name === 'text:s') {
        const count = Number.parseInt(node.attributes['text:c'] ?? '1', 10);
        if (Number.isFinite(count) && count >= 1 && count <= maxSpaces) {
          append(' '.repeat(count));
          ignoreSpace = false;
        } else standalone('other', rawOf(node, source), false);
        continue;
      }
      if (name === 'text:tab') standalone('tab', rawOf(node, source), false);
      else if (name === 'text:note') standalone('footnote', rawOf(node, source), false);
      else if (name === 'text:line-break') standalone('break', rawOf(node, source), true);
      else if (name.startsWith('draw:')) standalone('image', rawOf(node, source), false);
      else if (node.children.length > 0 && name !== 'office:annotation') standalone('field', rawOf(node, source), false);
      else {
        // Bookmarks, reference marks, index marks, comment anchors, change marks: they take no room.
        standalone('other', rawOf(node, source), false);
        continue;
      }
      ignoreSpace = false;
    }
  };
  visit(p.children);
  return { tokens: tokens.filter((token) => token.type !== 'text' || token.text !== ''), codes };
}

/**
 * Text as ODF paragraph content that reads back as the same characters: a space where ODF would
 * collapse or drop it (a second one, one at the start or after a code) is `text:s`, a tab
 * `text:tab`, a line break `text:line-break`. `afterText` says whether the text before ended in
 * a character a space may follow; the result says the same of its own end.
 */
function encodeText(text: string, afterText: boolean): { xml: string; afterText: boolean } {
  let xml = '';
  let after = afterText;
  for (const [run] of text.replace(notXml, '').matchAll(/ +|\t|\r\n|\r|\n|[^ \t\r\n]+/gu)) {
    if (run.startsWith(' ')) {
      const protectedSpaces = after ? run.length - 1 : run.length;
      if (after) xml += ' ';
      if (protectedSpaces > 0) xml += protectedSpaces === 1 ? '<text:s/>' : `<text:s text:c="${protectedSpaces}"/>`;
      after = false;
    } else if (run === '\t') {
      xml += '<text:tab/>';
      after = false;
    } else if (run === '\r\n' || run === '\r' || run === '\n') {
      xml += '<text:line-break/>';
      after = false;
    } else {
      xml += escapeXml(run);
      after = true;
    }
  }
  return { xml, afterText: after };
}

/**
 * A translated paragraph's content: the English with its spans and links around it as the
 * translator placed them, every other code as it was, and notes and text boxes marked where they go.
 */
function writeParagraph(segment: TargetSegment): string {
  let afterText = false;
  const writer: CodeWriter = {
    text(text) {
      const encoded = encodeText(text, afterText);
      afterText = encoded.afterText;
      return encoded.xml;
    },
    // A span's or a link's tags do not change how ODF reads the spaces around them.
    open: (code) => code.open,
    close: (code) => code.close ?? '',
    standalone(code) {
      afterText = false;
      const island = code.data?.island;
      return typeof island === 'number' ? islandMark(island) : code.open;
    },
  };
  return renderTokens(exportTokens(segment.text, segment.codes), segment.codes, writer);
}

/**
 * A part declaring English where it declared French: the language and country of text
 * properties (the default style's, and those of styles LibreOffice wrote for French text).
 */
function toEnglish(xml: string, targetLang: string): string {
  const [language = 'en', country] = targetLang.split('-');
  return xml.replace(/<style:text-properties\b[^>]*>/gu, (tag) => {
    if (!/\bfo:language="fr"/u.test(tag)) return tag;
    const english = tag.replace(/\bfo:language="fr"/u, `fo:language="${escapeXmlAttribute(language)}"`);
    if (country === undefined) return english.replace(/\s+fo:country="[^"]*"/u, '');
    return english.replace(/\bfo:country="[^"]*"/u, `fo:country="${escapeXmlAttribute(country.toUpperCase())}"`);
  });
}

const namespaces =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

const layoutFiles = {
  manifest:
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${odtMediaType}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  styles: (targetLang: string) => {
    const [language = 'en', country] = targetLang.split('-');
    const lang = `fo:language="${escapeXmlAttribute(language)}"${country ? ` fo:country="${escapeXmlAttribute(country.toUpperCase())}"` : ''}`;
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${namespaces} office:version="1.3"><office:styles>` +
      `<style:default-style style:family="paragraph"><style:text-properties ${lang}/></style:default-style>` +
      '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
      '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>' +
      '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="html"><style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-style="italic"/></style:style>' +
      '</office:styles></office:document-styles>'
    );
  },
};

/**
 * An ODT for a document that was not one: a paragraph per segment, headings, quotations and list
 * items in LibreOffice's own styles, English declared.
 */
function odtLayout(document: TargetDocument): Uint8Array<ArrayBuffer> {
  let headings = 0;
  let inList = false;
  let body = '';
  for (const segment of document.segments) {
    if (segment.text.trim() === '') continue;
    const content = encodeText(exportWords(segment), false).xml;
    if (segment.kind === 'list-item' !== inList) {
      body += inList ? '</text:list>' : '<text:list>';
      inList = !inList;
    }
    if (segment.kind === 'heading') {
      const level = headings++ === 0 ? 1 : 2;
      body += `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${content}</text:h>`;
    } else if (segment.kind === 'list-item') body += `<text:list-item><text:p text:style-name="Standard">${content}</text:p></text:list-item>`;
    else body += `<text:p text:style-name="${segment.kind === 'quote' ? 'Quotations' : 'Text_20_body'}">${content}</text:p>`;
  }
  if (inList) body += '</text:list>';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${namespaces} office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return zipPackage({
    mimetype: strToU8(odtMediaType),
    'META-INF/manifest.xml': strToU8(layoutFiles.manifest),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(layoutFiles.styles(document.targetLang)),
  });
}
