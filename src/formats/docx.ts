import { strFromU8, strToU8, zipSync, type Unzipped } from 'fflate';
import { UnsupportedFormatError } from '../domain/errors';
import { codeList, type CodeKind, type CodeWriter, type InlineCode, type InlineToken, renderTokens, textOfTokens } from '../domain/inline';
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
 * Word documents (DOCX). The body, tables, text boxes, headers, footers, footnotes and endnotes
 * are read: one segment per paragraph (a paragraph around a text box is cut around it), its runs'
 * formatting as codes around the words (the formatting most of its text has is the paragraph's
 * own), hyperlinks as codes whose target stays, fields (page numbers, dates, references), tabs,
 * breaks, images, note references, bookmarks and comment anchors as protected codes. A picture's
 * alt text (`wp:docPr` `descr`, and its `title`) is a segment of its own: after its paragraph's
 * when the paragraph has words (written back into the picture's code, _lib/linked-texts.ts), cut
 * in the attribute where it is when the picture stands alone. Comments are left as they are. A text box Word stores twice (`mc:AlternateContent`: a DrawingML
 * `mc:Choice`, a VML `mc:Fallback` for older readers) is read once, from the choice, when the
 * fallback's paragraphs say the same in the same order (as Word writes them); the export then
 * writes the choice's English into the fallback's paragraphs too. Copies that differ are both
 * read, each written with its own English. Export writes the English into the original package:
 * every other part (styles, numbering, images, section layout) and everything around the
 * paragraphs' runs stays byte for byte, and once something is translated the document's language
 * becomes English. Only what a Word document is made of leaves: entries with unsafe names or no
 * content type, and DOCTYPEs, are left out (see `_lib/opc-package.ts`).
 */

/** The parts translated, in reading order: headers first, then the body, notes, footers. */
const partOrder = [/^word\/header\d*\.xml$/u, /^word\/document\.xml$/u, /^word\/footnotes\.xml$/u, /^word\/endnotes\.xml$/u, /^word\/footer\d*\.xml$/u];


/**
 * A Word package's limits, checked on the zip's directory before anything is inflated: what it
 * inflates to in all (images included), what its text parts inflate to (they are parsed: 48
 * headers of 10 MB each took 61 s and 2.7 GB), how many text parts it has, and the ratio of any
 * large entry (zip bombs).
 */
export const docxLimits = { inflatedBytes: 512 * 1024 * 1024, textBytes: 64 * 1024 * 1024, textParts: 500, ratio: 200 } as const;

/** Reads the zip within the limits above; only the wanted entries are inflated. */
function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  return unzipWithin(bytes, wanted, docxLimits, { id: 'docx', what: 'Word document', file: 'a Word document (.docx)' });
}

const isTranslatedPart = (name: string) => partOrder.some((pattern) => pattern.test(name));

function orderedParts(names: readonly string[]): string[] {
  return partOrder.flatMap((pattern) => names.filter((name) => pattern.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
}

export const docxFormat: Format = {
  id: 'docx',
  name: 'Word (DOCX)',
  extensions: ['docx'],
  mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  detect(bytes) {
    // A zip whose first entry names the package's content types or a Word part.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    return bytes[0] === 0x50 && bytes[1] === 0x4b && /\[Content_Types\]\.xml|word\//u.test(head);
  },
  import(bytes) {
    const files = unzip(bytes, isTranslatedPart);
    const names = orderedParts(Object.keys(files));
    if (!names.includes('word/document.xml')) throw new UnsupportedFormatError('This zip is not a Word document: it has no word/document.xml.');
    const { segments, trailer, suggestedTitle } = segmentParts(
      names.map((name) => {
        const xml = strFromU8(files[name]!);
        return { name, text: xml, ...readPart(xml, name) };
      }),
    );
    return { format: 'docx', encoding: 'utf-8', bom: false, segments, trailer, suggestedTitle, package: bytes };
  },
  export(document) {
    if (document.sourceFormat !== 'docx' || !document.package) return docxLayout(document);
    const translated = document.segments.some((segment) => segment.text !== '' && segment.text !== segment.source.text);
    // A picture's alt text is written into its paragraph's code (_lib/linked-texts.ts).
    const segments = writeLinked(document.segments, {
      textsOf: pictureTexts,
      writeCode: pictureInEnglish,
      write: (segment) => (inAttribute(segment) ? escapeXmlAttribute(segment.text).replace(/'/gu, '&apos;') : writeParagraph(segment)),
    });
    const skeleton = mergeSkeleton({ segments, trailer: document.trailer });
    const parts = skeletonParts(skeleton);
    const files = unzip(document.package, () => true);
    const out: Record<string, Uint8Array> = {};
    const written = new Set<string>();
    for (const [name, data] of Object.entries(files)) {
      let xml = parts.get(name);
      if (xml === undefined && translated && (name === 'word/styles.xml' || name === 'word/settings.xml')) xml = strFromU8(data);
      if (xml === undefined) {
        out[name] = data;
        continue;
      }
      out[name] = strToU8(translated ? toEnglish(writeFallbacks(strFromU8(data), xml), document.targetLang) : xml);
      written.add(name);
    }
    // The client's package as uploaded may hold entries no Word document needs (`../../x`, a
    // DOCTYPE naming an external DTD): they are left out here rather than sent on.
    const safe = safePackage(out, written);
    // Nothing translated and nothing left out: the client's file as it came, byte for byte.
    const same = !translated && Object.keys(safe).length === Object.keys(files).length && Object.entries(safe).every(([name, data]) => sameBytes(data, files[name]));
    if (same) return new Uint8Array(document.package);
    return zipSync(safe, { level: 6 }) as Uint8Array<ArrayBuffer>;
  },
};


/** A piece of a paragraph: text in a run's formatting, a code, or a hyperlink around pieces. */
type Piece =
  | { type: 'text'; text: string; rPr: string }
  | { type: 'code'; kind: CodeKind; xml: string; droppable: boolean }
  | { type: 'link'; open: string; close: string; pieces: Piece[] };

const local = (name: string) => name.replace(/^[^:]*:/u, '');

function readPart(xml: string, part: string): { cuts: SegmentCut[]; contents: ReadContent[] } {
  const root = locateXml(xml, 'Word document part');
  const cuts: SegmentCut[] = [];
  const contents: ReadContent[] = [];

  const visit = (element: LocatedElement, inCell: boolean): void => {
    for (const child of element.children) {
      if (!isLocatedElement(child)) continue;
      if (child.name === 'w:p') paragraph(child, inCell);
      else {
        // A text box stored twice: its paragraphs are read once, from the copy Word shows; the
        // export writes the same English into the other (`writeFallbacks`).
        const copies = local(child.name) === 'AlternateContent' ? alternateCopies(child) : undefined;
        if (matchingCopies(copies)) visit(copies.choice, inCell);
        else visit(child, inCell || child.name === 'w:tc');
      }
    }
  };

  const pictureAttributes = (element: LocatedElement): void => {
    if (element.name === 'wp:docPr') {
      for (const name of ['descr', 'title']) {
        const value = attributeValue(xml, element, name);
        const text = value?.text.replace(/\s+/gu, ' ').trim() ?? '';
        if (!value || !hasTranslatableText(text)) continue;
        cuts.push({ kind: 'meta', lines: [{ start: value.start, end: value.end }] });
        contents.push({ tokens: [{ type: 'text', text }], codes: [] });
      }
      return;
    }
    for (const child of element.children) if (isLocatedElement(child)) pictureAttributes(child);
  };

  const paragraph = (p: LocatedElement, inCell: boolean): void => {
    const kind = paragraphKind(p, inCell, part);
    let group: Array<LocatedElement | LocatedText> = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const pieces = readPieces(group, xml);
      const content = toContent(pieces);
      if (hasTranslatableText(textOfTokens(content.tokens))) {
        cuts.push({ kind, lines: [{ start: group[0]!.start, end: group[group.length - 1]!.end }] });
        contents.push(content);
      } else {
        // A picture alone in its paragraph: no paragraph segment to follow, so its alt text is
        // cut where it is, in the attribute (as HTML cuts an image's alt text outside a paragraph).
        for (const node of group) if (isLocatedElement(node)) pictureAttributes(node);
      }
      group = [];
    };
    for (const child of p.children) {
      if (!isLocatedElement(child)) continue;
      if (child.name === 'w:pPr') continue;
      // A run holding a text box: the paragraphs inside are segments of their own, cut around.
      if (containsTextBox(child)) {
        flush();
        visit(child, inCell);
        continue;
      }
      group.push(child);
    }
    flush();
  };
  visit(root, false);
  return { cuts, contents };
}

/** An attribute's value of an element's start tag, where it is in the text (inside its quotes) and as read. */
function attributeValue(xml: string, element: LocatedElement, name: string): { start: number; end: number; text: string } | undefined {
  const text = element.attributes[name];
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(xml.slice(element.start, element.openEnd));
  if (text === undefined || !found) return undefined;
  const raw = found[1] ?? found[2] ?? '';
  const end = element.start + found.index + found[0].length - 1;
  return { start: end - raw.length, end, text };
}

/** A segment cut inside a picture's attribute (a lone picture's alt text): its English is an attribute's value. */
const inAttribute = (segment: TargetSegment): boolean => /\s(?:descr|title)\s*=\s*["']$/u.test(segment.before);

function containsTextBox(element: LocatedElement): boolean {
  return element.children.some((child) => isLocatedElement(child) && (child.name === 'w:txbxContent' || containsTextBox(child)));
}

function paragraphKind(p: LocatedElement, inCell: boolean, part: string): SegmentKind {
  const properties = p.children.find((child): child is LocatedElement => isLocatedElement(child) && child.name === 'w:pPr');
  const style = properties?.children.find((child): child is LocatedElement => isLocatedElement(child) && child.name === 'w:pStyle')?.attributes['w:val'] ?? '';
  if (/^(heading|titre|title)/iu.test(style)) return 'heading';
  if (/caption|l[ée]gende/iu.test(style)) return 'caption';
  if (/quote|citation/iu.test(style)) return 'quote';
  if (inCell) return 'table-cell';
  if (properties?.children.some((child) => isLocatedElement(child) && child.name === 'w:numPr')) return 'list-item';
  if (/header|footer/u.test(part)) return 'meta';
  return 'paragraph';
}

/** The raw run properties of a run (`<w:rPr>…</w:rPr>`), or ''. */
function runProperties(run: LocatedElement, xml: string): string {
  const rPr = run.children.find((child): child is LocatedElement => isLocatedElement(child) && child.name === 'w:rPr');
  return rPr ? xml.slice(rPr.start, rPr.end) : '';
}

/**
 * A field being read (between its `begin` and its `end`). A HYPERLINK field (LibreOffice writes
 * links to anchors this way) becomes a link around its result, whose text is translatable: `link`
 * holds the field's code up to its `separate` mark, and the result's pieces as they are read.
 */
interface OpenField {
  start: number;
  depth: number;
  instruction: string;
  /** Where the pieces before the field go (the link, once closed, goes there too). */
  into: Piece[];
  link?: { type: 'link'; open: string; close: string; pieces: Piece[] } | undefined;
}

/** The pieces of a paragraph's content, in order. */
function readPieces(nodes: ReadonlyArray<LocatedElement | LocatedText>, xml: string): Piece[] {
  const pieces: Piece[] = [];
  let field: OpenField | undefined;
  const raw = (node: { start: number; end: number }) => xml.slice(node.start, node.end);
  const code = (kind: CodeKind, text: string, droppable = false) => pieces.push({ type: 'code', kind, xml: text, droppable });
  const onlyChild = (r: LocatedElement, child: LocatedElement) => r.children.every((other) => !isLocatedElement(other) || other === child || other.name === 'w:rPr');

  const run = (r: LocatedElement, into: Piece[]): void => {
    const rPr = runProperties(r, xml);
    for (const child of r.children) {
      if (!isLocatedElement(child)) continue;
      const name = child.name;
      if (name === 'w:fldChar') {
        const type = child.attributes['w:fldCharType'];
        if (type === 'begin') {
          if (field) {
            field.depth++;
            // A field inside a link's result: the whole field is one code after all.
            field.link = undefined;
          } else field = { start: r.start, depth: 1, instruction: '', into };
        } else if (type === 'separate' && field?.depth === 1 && /^\s*HYPERLINK\b/iu.test(field.instruction) && onlyChild(r, child)) {
          field.link = { type: 'link', open: xml.slice(field.start, r.end), close: '', pieces: [] };
        } else if (type === 'end' && field && --field.depth === 0) {
          const { link } = field;
          if (link && onlyChild(r, child)) {
            link.close = raw(r);
            field.into.push(link);
          } else code('field', xml.slice(field.start, r.end));
          field = undefined;
          return;
        }
        continue;
      }
      if (name === 'w:instrText' && field?.depth === 1 && !field.link) field.instruction += child.children.map((text) => (isLocatedElement(text) ? '' : text.text)).join('');
      if (field && !field.link) continue;
      if (name === 'w:rPr' || name === 'w:lastRenderedPageBreak') continue;
      if (name === 'w:t') pieces.push({ type: 'text', text: child.children.map((text) => (isLocatedElement(text) ? '' : text.text)).join(''), rPr });
      else if (name === 'w:noBreakHyphen') pieces.push({ type: 'text', text: '\u2011', rPr });
      else if (name === 'w:softHyphen') pieces.push({ type: 'text', text: '\u00ad', rPr });
      else if (name === 'w:tab' || name === 'w:ptab') code('tab', `<w:r>${rPr}${raw(child)}</w:r>`);
      else if (name === 'w:br' || name === 'w:cr') code('break', `<w:r>${rPr}${raw(child)}</w:r>`, child.attributes['w:type'] !== 'page');
      else if (name === 'w:footnoteReference' || name === 'w:endnoteReference' || name === 'w:footnoteRef' || name === 'w:endnoteRef') code('footnote', `<w:r>${rPr}${raw(child)}</w:r>`);
      else if (name === 'w:drawing' || name === 'w:pict' || name === 'w:object' || local(name) === 'AlternateContent') code('image', `<w:r>${rPr}${raw(child)}</w:r>`);
      else code('other', `<w:r>${rPr}${raw(child)}</w:r>`);
    }
  };

  const visit = (node: LocatedElement | LocatedText, into: Piece[]): void => {
    if (!isLocatedElement(node)) return;
    // Inside a HYPERLINK field's result, pieces belong to the link.
    const target = field?.link ? field.link.pieces : into;
    const name = node.name;
    if (field && !field.link && name !== 'w:r') return;
    if (name === 'w:r') {
      const before = pieces.length;
      run(node, target);
      // Pieces of a run inside a hyperlink belong to the link (asked after the run: the run that
      // ends a HYPERLINK field has put the whole link where the field began).
      const destination = field?.link ? field.link.pieces : into;
      if (destination !== pieces) destination.push(...pieces.splice(before));
      return;
    }
    if (name === 'w:hyperlink') {
      const link: Piece = { type: 'link', open: xml.slice(node.start, node.openEnd), close: xml.slice(node.closeStart, node.end), pieces: [] };
      for (const child of node.children) visit(child, link.pieces);
      target.push(link);
      return;
    }
    if (name === 'w:proofErr') return;
    if (name === 'w:ins' || name === 'w:smartTag' || name === 'w:customXml' || name === 'w:moveTo') {
      for (const child of node.children) visit(child, target);
      return;
    }
    if (name === 'w:fldSimple') {
      // A simple HYPERLINK field is a link: its result runs are the translatable display text.
      if (/^\s*HYPERLINK\b/u.test(node.attributes['w:instr'] ?? '') && node.closeStart > node.openEnd) {
        const link: Piece = { type: 'link', open: xml.slice(node.start, node.openEnd), close: xml.slice(node.closeStart, node.end), pieces: [] };
        for (const child of node.children) visit(child, link.pieces);
        target.push(link);
        return;
      }
      target.push({ type: 'code', kind: 'field', xml: raw(node), droppable: false });
      return;
    }
    const droppable = name === 'w:del' || name === 'w:moveFrom';
    target.push({ type: 'code', kind: 'other', xml: raw(node), droppable });
  };
  for (const node of nodes) visit(node, pieces);
  // A field never closed in this paragraph (a table of contents going on): the rest is the field.
  // (A link's result read so far is in its own list: the field's code covers it.)
  if (field) code('field', xml.slice(field.start, nodes[nodes.length - 1]!.end));
  return pieces;
}

/** The formatting most of the paragraph's text has: the paragraph's own, written without a code. */
function baseFormatting(pieces: readonly Piece[]): string {
  const counts = new Map<string, number>();
  const count = (list: readonly Piece[]): void => {
    for (const piece of list) {
      if (piece.type === 'text') counts.set(piece.rPr, (counts.get(piece.rPr) ?? 0) + piece.text.length);
      else if (piece.type === 'link') count(piece.pieces);
    }
  };
  count(pieces);
  let best = '';
  let most = -1;
  for (const [rPr, length] of counts) {
    if (length > most) {
      best = rPr;
      most = length;
    }
  }
  return best;
}

function formattingKind(rPr: string): CodeKind {
  if (/<w:vertAlign w:val="superscript"/u.test(rPr)) return 'superscript';
  if (/<w:vertAlign w:val="subscript"/u.test(rPr)) return 'subscript';
  if (/<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/u.test(rPr)) return 'bold';
  if (/<w:i(?:\s+w:val="(?:1|true|on)")?\s*\/>/u.test(rPr)) return 'italic';
  if (/<w:u\s+w:val="(?!none)/u.test(rPr)) return 'underline';
  if (/<w:strike(?:\s+w:val="(?:1|true|on)")?\s*\/>/u.test(rPr)) return 'strike';
  return 'span';
}

/** Pieces as tokens: text in another formatting than the paragraph's inside a code holding that formatting. */
function toContent(pieces: readonly Piece[]): ReadContent {
  const base = baseFormatting(pieces);
  const { codes, add: add } = codeList();
  const tokens: InlineToken[] = [];
  const walk = (list: readonly Piece[]): void => {
    let open: { id: string; rPr: string } | undefined;
    const closeFormatting = (): void => {
      if (open) tokens.push({ type: 'close', id: open.id });
      open = undefined;
    };
    for (const piece of list) {
      if (piece.type === 'text') {
        if (piece.rPr !== base && open?.rPr !== piece.rPr) {
          closeFormatting();
          const id = add({ type: 'paired', kind: formattingKind(piece.rPr), open: piece.rPr, close: '', droppable: true, data: { rPr: piece.rPr } });
          tokens.push({ type: 'open', id });
          open = { id, rPr: piece.rPr };
        } else if (piece.rPr === base) {
          closeFormatting();
        }
        const last = tokens.at(-1);
        if (last?.type === 'text') last.text += piece.text;
        else tokens.push({ type: 'text', text: piece.text });
        continue;
      }
      closeFormatting();
      if (piece.type === 'code') {
        tokens.push({ type: 'standalone', id: add({ type: 'standalone', kind: piece.kind, open: piece.xml, droppable: piece.droppable }) });
      } else {
        const id = add({ type: 'paired', kind: 'link', open: piece.open, close: piece.close, droppable: true });
        tokens.push({ type: 'open', id });
        walk(piece.pieces);
        tokens.push({ type: 'close', id });
      }
    }
    closeFormatting();
  };
  walk(pieces);
  return { tokens: tokens.filter((token) => token.type !== 'text' || token.text !== ''), codes };
}

/** A run of text in the given formatting; spaces kept. */
function textRun(text: string, rPr: string): string {
  if (text === '') return '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/**
 * A translated paragraph's runs: text in the paragraph's own formatting, or in that of the
 * formatting code it was placed in; hyperlinks, fields and other codes as they were.
 */
function writeParagraph(segment: TargetSegment): string {
  // The paragraph's own formatting, found in its runs as imported, as the import found it.
  const wrapped = `<w:p>${segment.source.original ?? ''}</w:p>`;
  const paragraph = locateXml(wrapped, 'paragraph').children.find(isLocatedElement);
  const base = paragraph ? baseFormatting(readPieces(paragraph.children, wrapped)) : '';
  const formatting: string[] = [];
  const rPrOf = (code: InlineCode) => (typeof code.data?.rPr === 'string' ? code.data.rPr : undefined);
  const writer: CodeWriter = {
    text: (text) => textRun(text, formatting.at(-1) ?? base),
    open(code) {
      const rPr = rPrOf(code);
      if (rPr === undefined) return code.open;
      formatting.push(rPr);
      return '';
    },
    close(code) {
      if (rPrOf(code) === undefined) return code.close ?? '';
      formatting.pop();
      return '';
    },
    standalone: (code) => code.open,
  };
  return renderTokens(exportTokens(segment.text, segment.codes), segment.codes, writer);
}


/**
 * A drawing stored twice (`mc:AlternateContent`, markup compatibility): Word shows the first
 * `mc:Choice` (DrawingML, a text box as `wps:txbx`) and writes a `mc:Fallback` for readers that
 * do not know it (VML, `v:textbox`; mammoth reads this one), each with its own copy of the text
 * box's paragraphs. Word writes one choice; further ones would be left as they are.
 */
interface AlternateCopies {
  choice: LocatedElement;
  fallback: LocatedElement;
  /** The text boxes' paragraphs of each copy, in reading order (a table's too, not one inside another). */
  choiceParagraphs: LocatedElement[];
  fallbackParagraphs: LocatedElement[];
}

function alternateCopies(alternate: LocatedElement): AlternateCopies | undefined {
  const children = alternate.children.filter(isLocatedElement);
  const choice = children.find((child) => local(child.name) === 'Choice');
  const fallback = children.find((child) => local(child.name) === 'Fallback');
  if (!choice || !fallback) return undefined;
  return { choice, fallback, choiceParagraphs: textBoxParagraphs(choice, false), fallbackParagraphs: textBoxParagraphs(fallback, false) };
}

function textBoxParagraphs(element: LocatedElement, inTextBox: boolean): LocatedElement[] {
  return element.children.filter(isLocatedElement).flatMap((child) => (inTextBox && child.name === 'w:p' ? [child] : textBoxParagraphs(child, inTextBox || child.name === 'w:txbxContent')));
}

/** The words of a paragraph as written in the file (its `w:t`s), to tell whether two copies say the same. */
function writtenText(element: LocatedElement): string {
  return element.children.map((child) => (!isLocatedElement(child) ? '' : child.name === 'w:t' ? child.children.map((text) => (isLocatedElement(text) ? '' : text.text)).join('') : writtenText(child))).join('');
}

/**
 * Whether the fallback is a copy of the choice's text boxes, as Word writes it: as many paragraphs,
 * saying the same, in the same order. Only then is the fallback left out of the segments (and
 * written from the choice on export); copies that differ are both read, so nothing stays French.
 */
function matchingCopies(copies: AlternateCopies | undefined): copies is AlternateCopies {
  if (!copies || copies.choiceParagraphs.length === 0 || copies.choiceParagraphs.length !== copies.fallbackParagraphs.length) return false;
  return copies.choiceParagraphs.every((paragraph, i) => writtenText(paragraph) === writtenText(copies.fallbackParagraphs[i]!));
}

/** The `mc:AlternateContent` elements holding a text box, outermost only, in document order. */
function textBoxAlternates(element: LocatedElement): LocatedElement[] {
  return element.children.filter(isLocatedElement).flatMap((child) => (local(child.name) === 'AlternateContent' && containsTextBox(child) ? [child] : textBoxAlternates(child)));
}

/** Where a paragraph's content begins: after its properties. */
const contentStart = (paragraph: LocatedElement): number => paragraph.children.find((child): child is LocatedElement => isLocatedElement(child) && child.name === 'w:pPr')?.end ?? paragraph.openEnd;

/**
 * A translated part with the English of each text box's choice written into its fallback too:
 * each fallback paragraph whose choice paragraph changed keeps its own start tag and properties
 * and takes the choice paragraph's runs. `original` is the part as uploaded, `merged` the part
 * with the English written in: their text-box alternates are the same ones, in the same order,
 * since a text box is never inside a segment (its paragraph is cut around it). Copies that did
 * not match on import (both were segments) are left as written.
 */
function writeFallbacks(original: string, merged: string): string {
  if (!merged.includes('AlternateContent')) return merged;
  const before = textBoxAlternates(locateXml(original, 'Word document part'));
  const after = textBoxAlternates(locateXml(merged, 'Word document part'));
  if (before.length !== after.length) return merged;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  before.forEach((alternate, i) => {
    const was = alternateCopies(alternate);
    const now = alternateCopies(after[i]!);
    if (!matchingCopies(was) || !now || now.choiceParagraphs.length !== was.choiceParagraphs.length || now.fallbackParagraphs.length !== was.fallbackParagraphs.length) return;
    now.choiceParagraphs.forEach((choice, j) => {
      const fallback = now.fallbackParagraphs[j]!;
      const unchanged = merged.slice(choice.start, choice.end) === original.slice(was.choiceParagraphs[j]!.start, was.choiceParagraphs[j]!.end);
      // A paragraph without content (`<w:p/>`) has no text either: nothing to write.
      if (unchanged || fallback.openEnd === fallback.end) return;
      const runs = merged.slice(contentStart(choice), choice.closeStart);
      edits.push({ start: contentStart(fallback), end: fallback.closeStart, text: runs });
    });
  });
  let out = merged;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A part declaring English where it declared French (`w:lang`, the theme's languages). */
function toEnglish(xml: string, targetLang: string): string {
  return xml.replace(/<w:(lang|themeFontLang)\b[^>]*>/gu, (tag) => tag.replace(/(\bw:val=")fr(?:-[A-Za-z]+)?"/u, `$1${targetLang}"`));
}


const packageFiles = {
  contentTypes:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  rels: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  documentRels:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  styles: (lang: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style></w:styles>',
};

/**
 * A Word document for a document that was not one: a paragraph per segment, headings, quotations
 * and list items in Word's own styles, English declared.
 */
function docxLayout(document: TargetDocument): Uint8Array<ArrayBuffer> {
  let headings = 0;
  const paragraphs = document.segments
    .filter((segment) => segment.text.trim() !== '')
    .map((segment) => {
      const style = segment.kind === 'heading' ? (headings++ === 0 ? 'Heading1' : 'Heading2') : segment.kind === 'quote' ? 'Quote' : segment.kind === 'list-item' ? 'ListBullet' : undefined;
      const lines = exportWords(segment).split('\n');
      const runs = lines.map((line, i) => `${i > 0 ? '<w:r><w:br/></w:r>' : ''}${textRun(`${segment.kind === 'list-item' && i === 0 ? '• ' : ''}${line}`, '')}`).join('');
      return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`;
    });
  const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(packageFiles.contentTypes),
      '_rels/.rels': strToU8(packageFiles.rels),
      'word/_rels/document.xml.rels': strToU8(packageFiles.documentRels),
      'word/document.xml': strToU8(body),
      'word/styles.xml': strToU8(packageFiles.styles(document.targetLang)),
    },
    { level: 6 },
  ) as Uint8Array<ArrayBuffer>;
}

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}
