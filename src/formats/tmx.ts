import { EmptyDocumentError, InvalidInputError, UnsupportedFormatError } from '../domain/errors';
import { checkTokens, codeList, escapeText, type InlineCode, type InlineToken, matchStandalone, plainText, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { exportTokens } from './_lib/export-text';
import type { SourceSegment } from '../domain/segmentation';
import { type DecodedText, decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import { characterReferences, encodeExport, xmlEncoding } from './_lib/encode';
import type { Format, TargetDocument } from './format';
import { attributeOf, childrenNamed, descendantsNamed, escapeXml, escapeXmlAttribute, isLocatedElement, type LocatedElement, locateXml, readXml, textContent, type XmlElement } from './_lib/xml';

/** A translation pair as TMX carries it. */
export interface TmxUnit {
  /** Plain text, or inline markup when `codes` is not empty. */
  source: string;
  target: string;
  /** The inline codes of the pair (from `<bpt>`/`<ept>`, `<ph>`, `<it>`). */
  codes: InlineCode[];
  /** `<prop type="x-quality">` (ours), when present. */
  quality?: string | undefined;
  author?: string | undefined;
}

export interface TmxDocument {
  sourceLang: string;
  targetLang: string;
  units: TmxUnit[];
}

/** What a memory import accepts, named by its refusals (not the document formats). */
const tmxAccepted = ['tmx (.tmx)'];

// Any regional variant, however written: `fr`, `fr-CA`, `FR-ca`, `fr_BE`.
const isFrench = (lang: string) => /^fr(?:[-_]|$)/iu.test(lang);
const isEnglish = (lang: string) => /^en(?:[-_]|$)/iu.test(lang);
const hasWords = (text: string, codes: readonly InlineCode[]) => /[\p{L}\p{N}]/u.test(plainText(text, codes));
const langOf = (tuv: XmlElement) => attributeOf(tuv, 'lang') ?? '';

/** A TMX file as read: its text, the <header>, and every <tu> in document order. */
interface TmxFile {
  decoded: DecodedText;
  header: XmlElement | undefined;
  tus: XmlElement[];
}

/** One <tu> as the workbench sees it: its key, its French and English <seg> (if any), the language variant of its English. */
interface TmxEntry {
  /** The unit's `tuid` when the file gives each one its own, else its position (`#3`). */
  key: string;
  tu: XmlElement;
  french: XmlElement | undefined;
  english: XmlElement | undefined;
  englishLang: string | undefined;
}

function readTmxFile(bytes: Uint8Array): TmxFile {
  const decoded = decodeText(bytes, tmxAccepted);
  refuseBeyond(decoded.text, /<tu[\s/>]/gu, unitLimits.tmxUnits, 'tmx.units', `This TMX file has more than ${unitLimits.tmxUnits.toLocaleString('en')} translation units; split it into smaller files.`);
  let root: XmlElement;
  try {
    root = readXml(decoded.text, 'TMX file');
  } catch (error) {
    if (error instanceof InvalidInputError && /well-formed|no root/u.test(error.message)) throw new UnsupportedFormatError(`This is not a valid TMX file: ${error.message}`, tmxAccepted);
    throw error;
  }
  if (root.name !== 'tmx') throw new UnsupportedFormatError('This is not a TMX file: it has no <tmx> element.', tmxAccepted);
  const body = childrenNamed(root, 'body')[0];
  const tus = body ? descendantsNamed(body, 'tu') : [];
  refuseWithoutFrench(tus);
  return { decoded, header: childrenNamed(root, 'header')[0], tus };
}

/** A memory in other languages is refused by name, rather than read as empty. */
function refuseWithoutFrench(tus: readonly XmlElement[]): void {
  const languages = new Map<string, string>();
  for (const tu of tus) {
    for (const tuv of childrenNamed(tu, 'tuv')) {
      const lang = langOf(tuv);
      if (isFrench(lang)) return;
      if (lang !== '' && !languages.has(lang.toLowerCase())) languages.set(lang.toLowerCase(), lang);
    }
  }
  if (languages.size === 0) return;
  const named = [...languages.values()].sort((a, b) => a.localeCompare(b, 'en'));
  throw new InvalidInputError(`This TMX has no French text: its ${named.length === 1 ? 'language is' : 'languages are'} ${named.join(', ')}.`);
}

function entriesOf(tus: readonly XmlElement[]): TmxEntry[] {
  const tuids = tus.map((tu) => attributeOf(tu, 'tuid'));
  const counts = new Map<string, number>();
  for (const tuid of tuids) if (tuid !== undefined && tuid !== '') counts.set(tuid, (counts.get(tuid) ?? 0) + 1);
  return tus.map((tu, i) => {
    const variants = childrenNamed(tu, 'tuv');
    const french = variants.find((tuv) => isFrench(langOf(tuv)));
    const english = variants.find((tuv) => isEnglish(langOf(tuv)));
    const tuid = tuids[i];
    return {
      key: tuid !== undefined && counts.get(tuid) === 1 ? tuid : `#${i + 1}`,
      tu,
      french: french && childrenNamed(french, 'seg')[0],
      english: english && childrenNamed(english, 'seg')[0],
      englishLang: english && langOf(english),
    };
  });
}

const emptySeg: XmlElement = { name: 'seg', attributes: {}, children: [] };

/** The French–English pair of an entry with French words in it (the target empty when it has no English). */
function pairOf(entry: TmxEntry, origins?: CodeOrigins): { source: string; target: string; codes: InlineCode[] } | undefined {
  if (!entry.french) return undefined;
  const pair = readPair(entry.french, entry.english ?? emptySeg, origins);
  return hasWords(pair.source, pair.codes) ? pair : undefined;
}

/**
 * Reads a TMX 1.4 memory: every <tu> with a French and an English <tuv> becomes a pair (other
 * languages are skipped; any regional variant of French or English counts). Inline markup inside
 * <seg> (`<bpt>`/`<ept>`, `<ph>`, `<it>`) becomes codes, their content the markup they stand for;
 * `<hi>` is read through. Entity declarations are refused, and so is a file with no French at all
 * (its languages named).
 */
export function parseTmx(bytes: Uint8Array): TmxDocument {
  const { header, tus } = readTmxFile(bytes);
  const units: TmxUnit[] = [];
  let targetLang: string | undefined;
  for (const entry of entriesOf(tus)) {
    targetLang ??= entry.englishLang;
    if (!entry.english) continue;
    const pair = pairOf(entry);
    if (!pair || !hasWords(pair.target, pair.codes)) continue;
    const quality = childrenNamed(entry.tu, 'prop').find((prop) => attributeOf(prop, 'type') === 'x-quality');
    units.push({ ...pair, quality: quality ? textContent(quality) : undefined, author: attributeOf(entry.tu, 'creationid') });
  }
  return { sourceLang: (header && attributeOf(header, 'srclang')) ?? 'fr-FR', targetLang: targetLang ?? 'en-US', units };
}

/** A French and an English <seg> as texts with codes: the English places the French codes with the same `i` or `x`. */
/** The French inline elements each code was read from, by code id: an English written into the file repeats their attributes. */
type CodeOrigins = Map<string, { open?: XmlElement; close?: XmlElement; standalone?: XmlElement }>;

function readPair(source: XmlElement, target: XmlElement, origins?: CodeOrigins): { source: string; target: string; codes: InlineCode[] } {
  const list = codeList();
  const codes = list.codes;
  const read = (seg: XmlElement, adding: boolean): InlineToken[] => {
    const tokens: InlineToken[] = [];
    let order = 0;
    // The source adds codes; the target only places those of the source.
    const codeFor = (key: string, make: () => Omit<InlineCode, 'id'>): string | undefined => list.keyed(key, adding ? make : undefined);
    const visit = (element: XmlElement): void => {
      for (const child of element.children) {
        if (typeof child === 'string') {
          tokens.push({ type: 'text', text: child });
          continue;
        }
        const markup = textContent(child);
        const pairKey = attributeOf(child, 'i') ?? attributeOf(child, 'x') ?? `#${order}`;
        if (child.name === 'bpt') {
          const id = codeFor(`pair:${pairKey}`, () => ({ type: 'paired', kind: 'span', open: markup, close: '', droppable: true }));
          if (id) tokens.push({ type: 'open', id });
          if (id && adding) origins?.set(id, { ...origins.get(id), open: child });
        } else if (child.name === 'ept') {
          const id = codeFor(`pair:${pairKey}`, () => ({ type: 'paired', kind: 'span', open: '', close: markup, droppable: true }));
          if (id && adding) list.closeWith(id, markup);
          if (id && adding) origins?.set(id, { ...origins.get(id), close: child });
          if (id) tokens.push({ type: 'close', id });
        } else if (child.name === 'ph' || child.name === 'it' || child.name === 'ut') {
          order++;
          const key = attributeOf(child, 'x') ?? `#${order}`;
          const id = codeFor(`${child.name}:${key}`, () => ({ type: 'standalone', kind: 'other', open: markup, droppable: false }));
          if (id) tokens.push({ type: 'standalone', id });
          if (id && adding) origins?.set(id, { standalone: child });
        } else {
          visit(child);
        }
      }
    };
    visit(seg);
    return tokens;
  };
  const form = (tokens: InlineToken[]): string => {
    // Pairs whose other half is missing stand alone; a target that does not fit gives its words.
    const text = textOfTokens(tokens);
    if (codes.length === 0) return text.trim();
    try {
      checkTokens(tokens, codes);
      return serializeMarkup(tokens).trim();
    } catch {
      return escapeText(text).trim();
    }
  };
  // A lone <bpt> or <ept> (its other half in another segment) is a standalone code.
  const settled = settleLonePairs(read(source, true), codes);
  codes.splice(0, codes.length, ...settled.codes);
  const sourceText = form(settled.tokens);
  return { source: sourceText, target: form(matchStandalone(read(target, false), codes)), codes };
}

/** A text with codes as TMX <seg> content: codes as <bpt>/<ept> and <ph> holding their markup. */
function segContent(text: string, codes: readonly InlineCode[], origins?: CodeOrigins): string {
  // The French element's own name and attributes (`i`, `x`, `type`, `pos`) when the code came from one.
  const like = (element: XmlElement | undefined, markup: string) =>
    element && `<${element.name}${Object.entries(element.attributes).map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join('')}>${escapeXml(markup)}</${element.name}>`;
  return renderTokens(
    exportTokens(text, codes),
    codes,
    {
      text: escapeXml,
      open: (code) => like(origins?.get(code.id)?.open, code.open) ?? `<bpt i="${code.id}">${escapeXml(code.open)}</bpt>`,
      close: (code) => like(origins?.get(code.id)?.close, code.close ?? '') ?? `<ept i="${code.id}">${escapeXml(code.close ?? '')}</ept>`,
      standalone: (code) => {
        const origin = origins?.get(code.id);
        // A lone <bpt> or <ept> (its other half in another unit) goes back as what it was.
        return like(origin?.standalone ?? origin?.open ?? origin?.close, code.open) ?? `<ph x="${code.id}">${escapeXml(code.open)}</ph>`;
      },
    },
    { restoreMissing: false },
  );
}

/** Writes a TMX 1.4b memory (French source, the project's English), one <tu> per pair, codes as TMX inline elements. */
export function buildTmx(document: Omit<TmxDocument, 'units'> & { units: ReadonlyArray<Omit<TmxUnit, 'codes'> & { codes?: InlineCode[] }>; creationDate?: string }): string {
  const attribute = escapeXmlAttribute;
  const units = document.units.map((unit) => {
    const codes = unit.codes ?? [];
    const props = unit.quality ? `\n      <prop type="x-quality">${escapeXml(unit.quality)}</prop>` : '';
    return `    <tu${unit.author ? ` creationid="${attribute(unit.author)}"` : ''}>${props}
      <tuv xml:lang="${attribute(document.sourceLang)}"><seg>${segContent(unit.source, codes)}</seg></tuv>
      <tuv xml:lang="${attribute(document.targetLang)}"><seg>${segContent(unit.target, codes)}</seg></tuv>
    </tu>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="vis-à-vis" creationtoolversion="0.1" segtype="paragraph" o-tmf="visavis" adminlang="en-US" srclang="${attribute(document.sourceLang)}" datatype="plaintext"${document.creationDate ? ` creationdate="${attribute(document.creationDate)}"` : ''}/>
  <body>
${units.join('\n')}
  </body>
</tmx>
`;
}

/**
 * TMX as a document format (bilingual): each <tu> with French words a segment, starting with its
 * English when it has one (approved when the file says so), its <note>s as comments. The file is
 * kept and the English written into it: an untouched export is the file itself, byte for byte; a
 * translated one changes only the English <seg> of each translated unit (an English <tuv> is added
 * after the French one where the unit had none, in the file's own English variant). Everything
 * else stays: tuids, creation and change attributes, <prop>s and <note>s, declared variants
 * (fr-CA/en-GB), other languages, the XML declaration, DOCTYPE, comments and whitespace. A
 * document from another format, exported as TMX, is written anew as pairs with their codes.
 * Memories use `parseTmx` and `buildTmx` directly.
 */
export const tmxFormat: Format = {
  id: 'tmx',
  name: 'TMX',
  extensions: ['tmx'],
  mediaTypes: ['application/x-tmx+xml'],
  bilingual: true,
  detect: (bytes) => /<tmx\b/u.test(new TextDecoder().decode(bytes.subarray(0, 1024))),
  import(bytes) {
    const { decoded, tus } = readTmxFile(bytes);
    const segments: SourceSegment[] = [];
    for (const entry of entriesOf(tus)) {
      const pair = pairOf(entry);
      if (!pair) continue;
      const quality = childrenNamed(entry.tu, 'prop').find((prop) => attributeOf(prop, 'type') === 'x-quality');
      const notes = childrenNamed(entry.tu, 'note').map((note) => textContent(note).trim()).filter((note) => note !== '');
      segments.push({
        kind: 'paragraph',
        source: pair.source,
        codes: pair.codes,
        before: '',
        joins: [],
        key: entry.key,
        translation: pair.target !== '' || notes.length > 0 ? { target: pair.target, status: pair.target === '' ? 'new' : quality && textContent(quality) === 'approved' ? 'approved' : 'translated', notes } : undefined,
      });
    }
    if (segments.length === 0) throw new EmptyDocumentError();
    return { format: 'tmx', encoding: decoded.encoding, bom: decoded.bom, segments, trailer: '', suggestedTitle: undefined, package: bytes };
  },
  export(document) {
    if (document.sourceFormat === 'tmx' && document.package) return writeIntoTmx(document.package, document);
    const units = document.segments
      .filter((segment) => segment.target !== '')
      .map((segment) => ({ source: segment.source.text, target: segment.target, codes: segment.codes, quality: segment.status === 'approved' ? 'approved' : 'translated' }));
    return new TextEncoder().encode(buildTmx({ sourceLang: 'fr-FR', targetLang: document.targetLang, units }));
  },
};

/** Located elements by local name (the file's prefixes, if any, do not matter). */
const localName = (element: LocatedElement) => element.name.replace(/^[^:]*:/u, '');
const locatedChildren = (element: LocatedElement, name: string) => element.children.filter((child): child is LocatedElement => isLocatedElement(child) && localName(child) === name);
function locatedDescendants(element: LocatedElement, name: string): LocatedElement[] {
  const found: LocatedElement[] = [];
  for (const child of element.children) {
    if (!isLocatedElement(child)) continue;
    if (localName(child) === name) found.push(child);
    else found.push(...locatedDescendants(child, name));
  }
  return found;
}
const locatedLang = (tuv: LocatedElement) => Object.entries(tuv.attributes).find(([name]) => name.replace(/^[^:]*:/u, '') === 'lang');

/**
 * Writes the translated segments into the TMX they were imported from: only the English <seg>s
 * of units whose translation differs from the file's change (a <tuv> is added where a unit has
 * no English); nothing else is touched, and the DOCTYPE is kept as written, never loaded.
 */
function writeIntoTmx(original: Uint8Array, document: TargetDocument): Uint8Array<ArrayBuffer> {
  const { decoded, tus } = readTmxFile(original);
  const xml = decoded.text;
  const entries = entriesOf(tus);
  const tmx = locateXml(xml, 'TMX file').children.find(isLocatedElement);
  const body = tmx && locatedChildren(tmx, 'body')[0];
  const located = body ? locatedDescendants(body, 'tu') : [];
  if (located.length !== entries.length) throw new Error(`TMX export: ${located.length} located units for ${entries.length} read ones.`);
  const byKey = new Map(document.segments.map((segment) => [segment.key, segment]));
  // The file's own English variant; the project's (en-US by default) only when the file has none.
  const englishLang = entries.find((entry) => entry.englishLang)?.englishLang ?? document.targetLang;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  entries.forEach((entry, i) => {
    const segment = byKey.get(entry.key);
    const origins: CodeOrigins = new Map();
    const pair = pairOf(entry, origins);
    // An empty target leaves the unit as the file has it (the French is never written as English).
    if (!segment || !pair || segment.target === '' || (entry.english && segment.target === pair.target)) return;
    const content = characterReferences(segContent(segment.target, segment.codes, origins), xmlEncoding(xml, decoded.encoding));
    const tu = located[i]!;
    const variants = locatedChildren(tu, 'tuv');
    const french = variants.find((tuv) => isFrench(locatedLang(tuv)?.[1] ?? ''));
    const english = variants.find((tuv) => isEnglish(locatedLang(tuv)?.[1] ?? ''));
    const selfClosing = (element: LocatedElement) => xml.slice(element.start, element.openEnd).endsWith('/>');
    const seg = english && locatedChildren(english, 'seg')[0];
    if (seg && !selfClosing(seg)) {
      edits.push({ start: seg.openEnd, end: seg.closeStart, text: content });
    } else if (seg) {
      edits.push({ start: seg.start, end: seg.end, text: `${xml.slice(seg.start, seg.openEnd).replace(/\s*\/>$/u, '>')}${content}</seg>` });
    } else if (english && selfClosing(english)) {
      edits.push({ start: english.start, end: english.end, text: `${xml.slice(english.start, english.openEnd).replace(/\s*\/>$/u, '>')}<seg>${content}</seg></tuv>` });
    } else if (english) {
      edits.push({ start: english.closeStart, end: english.closeStart, text: `<seg>${content}</seg>` });
    } else if (french) {
      // The new <tuv> goes after the French one, indented as the French one is, its language named with the same attribute.
      const index = tu.children.indexOf(french);
      const previous = tu.children[index - 1];
      const indent = previous && !isLocatedElement(previous) && /^\s+$/u.test(previous.text) ? previous.text : '';
      const attribute = locatedLang(french)?.[0] ?? 'xml:lang';
      edits.push({ start: french.end, end: french.end, text: `${indent}<tuv ${attribute}="${escapeXmlAttribute(englishLang)}"><seg>${content}</seg></tuv>` });
    }
  });
  if (edits.length === 0) {
    // The client's file as it came; the caller learns its encoding (a UTF-16 file is served as one).
    document.onEncoding?.({ encoding: decoded.encoding, bom: decoded.bom });
    return new Uint8Array(original);
  }
  let out = xml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return encodeExport(out, { encoding: xmlEncoding(xml, decoded.encoding), bom: decoded.bom, onEncoding: document.onEncoding });
}
