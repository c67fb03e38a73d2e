import { EmptyDocumentError, InvalidInputError, UnsupportedFormatError } from '../domain/errors';
import { checkTokens, codeList, escapeText, type InlineCode, type InlineToken, matchStandalone, plainText, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { exportTokens } from './_lib/export-text';
import type { SourceSegment } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import type { Format } from './format';
import { attributeOf, childrenNamed, descendantsNamed, escapeXml, escapeXmlAttribute, readXml, textContent, type XmlElement } from './_lib/xml';

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

const isFrench = (lang: string) => /^fr\b/iu.test(lang);
const isEnglish = (lang: string) => /^en\b/iu.test(lang);

/**
 * Reads a TMX 1.4 memory: every <tu> with a French and an English <tuv> becomes a pair (other
 * languages are skipped). Inline markup inside <seg> (`<bpt>`/`<ept>`, `<ph>`, `<it>`) becomes
 * codes, their content the markup they stand for; `<hi>` is read through. Entity declarations
 * are refused.
 */
export function parseTmx(bytes: Uint8Array): TmxDocument {
  const { text: xml } = decodeText(bytes, tmxAccepted);
  refuseBeyond(xml, /<tu[\s/>]/gu, unitLimits.tmxUnits, 'tmx.units', `This TMX file has more than ${unitLimits.tmxUnits.toLocaleString('en')} translation units; split it into smaller files.`);
  let root: XmlElement;
  try {
    root = readXml(xml, 'TMX file');
  } catch (error) {
    if (error instanceof InvalidInputError && /well-formed|no root/u.test(error.message)) throw new UnsupportedFormatError(`This is not a valid TMX file: ${error.message}`, tmxAccepted);
    throw error;
  }
  if (root.name !== 'tmx') throw new UnsupportedFormatError('This is not a TMX file: it has no <tmx> element.', tmxAccepted);
  const header = childrenNamed(root, 'header')[0];
  const body = childrenNamed(root, 'body')[0];
  const units: TmxUnit[] = [];
  let targetLang = 'en-US';
  for (const tu of body ? descendantsNamed(body, 'tu') : []) {
    const variants = childrenNamed(tu, 'tuv');
    const lang = (tuv: XmlElement) => attributeOf(tuv, 'lang') ?? '';
    const french = variants.find((tuv) => isFrench(lang(tuv)));
    const english = variants.find((tuv) => isEnglish(lang(tuv)));
    const frenchSeg = french && childrenNamed(french, 'seg')[0];
    const englishSeg = english && childrenNamed(english, 'seg')[0];
    if (!frenchSeg || !englishSeg) continue;
    targetLang = lang(english!);
    const pair = readPair(frenchSeg, englishSeg);
    if (!/[\p{L}\p{N}]/u.test(plainText(pair.source, pair.codes)) || !/[\p{L}\p{N}]/u.test(plainText(pair.target, pair.codes))) continue;
    const quality = childrenNamed(tu, 'prop').find((prop) => attributeOf(prop, 'type') === 'x-quality');
    units.push({ ...pair, quality: quality ? textContent(quality) : undefined, author: attributeOf(tu, 'creationid') });
  }
  return { sourceLang: (header && attributeOf(header, 'srclang')) ?? 'fr-FR', targetLang, units };
}

/** A French and an English <seg> as texts with codes: the English places the French codes with the same `i` or `x`. */
function readPair(source: XmlElement, target: XmlElement): { source: string; target: string; codes: InlineCode[] } {
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
        } else if (child.name === 'ept') {
          const id = codeFor(`pair:${pairKey}`, () => ({ type: 'paired', kind: 'span', open: '', close: markup, droppable: true }));
          if (id && adding) list.closeWith(id, markup);
          if (id) tokens.push({ type: 'close', id });
        } else if (child.name === 'ph' || child.name === 'it' || child.name === 'ut') {
          order++;
          const key = attributeOf(child, 'x') ?? `#${order}`;
          const id = codeFor(`${child.name}:${key}`, () => ({ type: 'standalone', kind: 'other', open: markup, droppable: false }));
          if (id) tokens.push({ type: 'standalone', id });
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
function segContent(text: string, codes: readonly InlineCode[]): string {
  return renderTokens(
    exportTokens(text, codes),
    codes,
    {
      text: escapeXml,
      open: (code) => `<bpt i="${code.id}">${escapeXml(code.open)}</bpt>`,
      close: (code) => `<ept i="${code.id}">${escapeXml(code.close ?? '')}</ept>`,
      standalone: (code) => `<ph x="${code.id}">${escapeXml(code.open)}</ph>`,
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
 * TMX as a document format (bilingual): each French–English pair a segment that starts with its
 * translation (approved when the file says so); exported, a document's translated segments as
 * pairs with their codes. Memories use `parseTmx` and `buildTmx` directly.
 */
export const tmxFormat: Format = {
  id: 'tmx',
  name: 'TMX',
  extensions: ['tmx'],
  mediaTypes: ['application/x-tmx+xml'],
  bilingual: true,
  detect: (bytes) => /<tmx\b/u.test(new TextDecoder().decode(bytes.subarray(0, 1024))),
  import(bytes) {
    const { units } = parseTmx(bytes);
    if (units.length === 0) throw new EmptyDocumentError();
    const segments: SourceSegment[] = units.map((unit) => ({
      kind: 'paragraph',
      source: unit.source,
      codes: unit.codes,
      before: '',
      joins: [],
      translation: { target: unit.target, status: unit.quality === 'approved' ? 'approved' : 'translated', notes: [] },
    }));
    return { format: 'tmx', encoding: 'utf-8', bom: false, segments, trailer: '', suggestedTitle: undefined };
  },
  export(document) {
    const units = document.segments
      .filter((segment) => segment.target !== '')
      .map((segment) => ({ source: segment.source.text, target: segment.target, codes: segment.codes, quality: segment.status === 'approved' ? 'approved' : 'translated' }));
    return new TextEncoder().encode(buildTmx({ sourceLang: 'fr-FR', targetLang: document.targetLang, units }));
  },
};
