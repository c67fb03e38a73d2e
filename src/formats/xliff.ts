import { EmptyDocumentError, InvalidInputError, UnsupportedFormatError } from '../domain/errors';
import { checkTokens, codeKinds, codeList, type CodeKind, type CodeWriter, matchStandalone, type InlineCode, type InlineToken, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { type Status, statuses } from '../domain/segment';
import type { SourceSegment } from '../domain/segmentation';
import { type DecodedText, decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import { exportTokens } from './_lib/export-text';
import { characterReferences, encodeExport, xmlEncoding } from './_lib/encode';
import { attributeOf, childrenNamed, escapeXml, escapeXmlAttribute, isLocatedElement, type LocatedElement, locateXml, textContent, type XmlElement } from './_lib/xml';
import type { Format, SourceDocument, TargetDocument, TargetSegment } from './format';

/**
 * XLIFF 1.2 and 2.0, the exchange formats of CAT tools. Import reads either version leniently
 * (translate-toolkit writes 1.1 with its own habits): every unit's source, target, state and
 * notes, inline codes as codes; Trados's `seg-source` gives one segment per `<mrk mtype="seg">`,
 * a 2.0 unit one segment per `<segment>`. Units marked `translate="no"` (or in such a group) and
 * units with no letters or digits (empty, code-only) are not offered for translation.
 *
 * Export of a document imported from XLIFF writes into the client's own file, as DOCX does: an
 * untouched export is the file byte for byte; a translated one changes only the `<target>`s whose
 * text or status changed (created after their `<source>`, or `<seg-source>`, when missing), their
 * `state`/`approved`/`subState`, and our ids on them (`vv:` attributes with their namespace
 * declaration, so the file can come back as an update without conflicts). Headers, skeletons,
 * groups, notes, `alt-trans`, extension attributes, whitespace and declared languages stay as the
 * client's tool wrote them. Any other document is written as a new XLIFF file, valid against the
 * OASIS XLIFF 1.2 transitional and 2.0 core schemas.
 *
 * States, both ways (README, "XLIFF states"):
 *
 * | ours       | XLIFF 1.2 written                         | XLIFF 2.0 written |
 * |------------|-------------------------------------------|-------------------|
 * | new        | no target                                 | initial, no target|
 * | draft      | `state="new"`                             | initial           |
 * | translated | `state="translated"`                      | translated        |
 * | approved   | `state="signed-off"`, `approved="yes"`    | final             |
 * | rejected   | `state="needs-translation"`               | initial, `subState="vv:rejected"` |
 *
 * Read: 1.2 `needs-translation` and `new` → draft; `needs-review-*`, `needs-adaptation`,
 * `needs-l10n` and `translated` → translated; `signed-off`, `final` or `approved="yes"` → approved;
 * no state → translated. 2.0 `initial` → draft; `translated` → translated; `reviewed` and `final` →
 * approved. An empty target is `new` whatever its state. Our own status (`vv:status`, 2.0
 * `subState="vv:…"`) wins when the file's state is still the one we wrote with it.
 */

/** The namespace of our own attributes (`vv:segment`, `vv:version`, `vv:status`). */
const visavisNamespace = 'urn:visavis:xliff';

/** A unit of an XLIFF file as read, before it becomes a segment. */
export interface XliffUnit {
  /** The unit's id, unique in the document (with the segment's, `unit/segment`, when a unit has several; with the file's number when ids repeat across files). */
  key: string;
  source: string;
  codes: InlineCode[];
  target: string;
  status: Status;
  notes: string[];
  /** Our segment id and version when the file was exported by vis-à-vis. */
  segmentId?: number | undefined;
  version?: number | undefined;
}

export interface XliffFile {
  version: '1.2' | '2.0';
  /** The document it was exported from, when vis-à-vis wrote it. */
  documentId?: number | undefined;
  sourceLanguage: string;
  targetLanguage: string;
  units: XliffUnit[];
}

const accepted = ['xliff (.xlf, .xliff)'];

/** An XLIFF file parsed once: its elements, where each one is in the text, and the text's encoding. */
interface ParsedXliff {
  decoded: DecodedText;
  root: XmlElement;
  version: '1.2' | '2.0';
  /** The element's place in `decoded.text`. */
  locate(element: XmlElement): LocatedElement;
}

/** Where a unit's translation goes in the file, and what the file has there now. */
type Place =
  | { kind: 'unit12'; unit: XmlElement; after: XmlElement; target: XmlElement | undefined }
  | { kind: 'mrk'; unit: XmlElement; segSource: XmlElement; mid: string; target: XmlElement | undefined; targetMrk: XmlElement | undefined }
  | { kind: 'segment'; unit: XmlElement; segment: XmlElement; source: XmlElement; target: XmlElement | undefined; alone: boolean };

/** The element (or its tags only, for a code that encloses text) a code was read from. */
interface CodeOrigin {
  element: XmlElement;
  tagOnly: boolean;
}
type CodeOrigins = Map<string, { open?: CodeOrigin; close?: CodeOrigin }>;

/** A unit as read, with where its translation goes and the whitespace around its text. */
interface PlacedUnit {
  unit: XliffUnit;
  place: Place;
  origins: CodeOrigins;
  /** The whitespace before and after the text: the target's in the file, else the source's (import trims it). */
  lead: string;
  trail: string;
}

const localName = (name: string) => name.replace(/^[^:]*:/u, '');

function parseXliff(bytes: Uint8Array): ParsedXliff {
  const decoded = decodeText(bytes, accepted);
  refuseBeyond(decoded.text, /<(?:[\w-]+:)?(?:trans-)?unit[\s/>]/gu, unitLimits.xliffUnits, 'xliff.units', `This XLIFF file has more than ${unitLimits.xliffUnits.toLocaleString('en')} units; split it into smaller files.`);
  const located = locateXml(decoded.text, 'XLIFF file');
  const places = new Map<XmlElement, LocatedElement>();
  const convert = (node: LocatedElement): XmlElement => {
    const element: XmlElement = { name: localName(node.name), attributes: node.attributes, children: [] };
    places.set(element, node);
    for (const child of node.children) {
      const last = element.children.at(-1);
      if (isLocatedElement(child)) element.children.push(convert(child));
      else if (typeof last === 'string') element.children[element.children.length - 1] = last + child.text;
      else element.children.push(child.text);
    }
    return element;
  };
  const first = located.children.find(isLocatedElement);
  if (!first) throw new InvalidInputError('This XLIFF file has no root element.');
  const root = convert(first);
  if (root.name !== 'xliff') throw new UnsupportedFormatError(`This is not an XLIFF file: its root element is <${root.name}>.`, accepted);
  const version = attributeOf(root, 'version') ?? '';
  if (!version.startsWith('2') && version !== '' && !version.startsWith('1')) throw new UnsupportedFormatError(`XLIFF ${version} is not supported: XLIFF 1.2 and 2.0 are.`, accepted);
  return { decoded, root, version: version.startsWith('2') ? '2.0' : '1.2', locate: (element) => places.get(element)! };
}

/**
 * Reads an XLIFF file, 1.x or 2.x. Throws `UnsupportedFormatError` for a file that is not XLIFF,
 * `InvalidInputError` for malformed XML.
 */
export function readXliff(bytes: Uint8Array): XliffFile {
  const parsed = parseXliff(bytes);
  const { root } = parsed;
  const files = childrenNamed(root, 'file');
  const documentId = Number(attributeOf(root, 'document')) || undefined;
  const units = readUnits(parsed).map((placed) => placed.unit);
  if (parsed.version === '2.0') {
    return { version: '2.0', documentId, sourceLanguage: attributeOf(root, 'srcLang') ?? 'fr', targetLanguage: attributeOf(root, 'trgLang') ?? 'en', units };
  }
  const first = files[0];
  return {
    version: '1.2',
    documentId,
    sourceLanguage: (first && attributeOf(first, 'source-language')) ?? 'fr',
    targetLanguage: (first && attributeOf(first, 'target-language')) ?? 'en',
    units,
  };
}

/**
 * The units to translate of every `<file>`, in document order, each with a key unique in the
 * document: the unit's id, with the file's number after it (`1@3`) when ids repeat across files.
 */
function readUnits(parsed: ParsedXliff): PlacedUnit[] {
  const perFile = childrenNamed(parsed.root, 'file').map((file) => (parsed.version === '2.0' ? readFile20(file) : readFile12(file)));
  const counts = new Map<string, number>();
  for (const units of perFile) for (const placed of units) counts.set(placed.unit.key, (counts.get(placed.unit.key) ?? 0) + 1);
  const used = new Set<string>();
  return perFile.flatMap((units, fileIndex) =>
    units.map((placed) => {
      let key = counts.get(placed.unit.key)! > 1 && perFile.length > 1 ? `${placed.unit.key}@${fileIndex + 1}` : placed.unit.key;
      // Ids repeated inside one file too: the n-th gets `#n`.
      for (let n = 2; used.has(key); n++) key = `${placed.unit.key}@${fileIndex + 1}#${n}`;
      used.add(key);
      return { ...placed, unit: { ...placed.unit, key } };
    }),
  );
}

/** The elements named `name` under `element`, with whether a `translate="no"` on the way (a group) excludes them. */
function unitsOf(element: XmlElement, name: string, translatable = true): Array<{ unit: XmlElement; translatable: boolean }> {
  const found: Array<{ unit: XmlElement; translatable: boolean }> = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const here = translatable && attributeOf(child, 'translate') !== 'no';
    if (child.name === name) found.push({ unit: child, translatable: here });
    else found.push(...unitsOf(child, name, here));
  }
  return found;
}

const hasText = (tokens: readonly InlineToken[]) => /[\p{L}\p{N}]/u.test(textOfTokens(tokens));

function readFile12(file: XmlElement): PlacedUnit[] {
  const placed: PlacedUnit[] = [];
  for (const { unit, translatable } of unitsOf(file, 'trans-unit')) {
    // translate-toolkit's PO header, and units marked not to translate, are not text.
    if (!translatable || attributeOf(unit, 'restype') === 'x-gettext-domain-header') continue;
    const source = childrenNamed(unit, 'source')[0];
    if (!source) continue;
    const target = childrenNamed(unit, 'target')[0];
    const id = attributeOf(unit, 'id') ?? String(placed.length + 1);
    const notes = childrenNamed(unit, 'note').map(textContent).filter((note) => note.trim() !== '');
    const approved = attributeOf(unit, 'approved') === 'yes';
    const state = target ? attributeOf(target, 'state') : undefined;
    const status = (read: { target: string }, element: XmlElement[]) =>
      ourStatus(
        element,
        read.target,
        () => (approved ? 'approved' : status12(state)),
        (own) => exportStatus12[own] === state && approved === (own === 'approved'),
      );
    const segSource = childrenNamed(unit, 'seg-source')[0];
    const marks = segSource ? segmentMarks(segSource) : [];
    if (segSource && marks.length > 0) {
      // Trados: one segment per <mrk mtype="seg">, its target the target's <mrk> with the same mid.
      const targetMarks = new Map((target ? segmentMarks(target) : []).map((mrk) => [attributeOf(mrk, 'mid') ?? '', mrk]));
      let first = true;
      for (const mrk of marks) {
        const mid = attributeOf(mrk, 'mid') ?? '';
        const targetMrk = targetMarks.get(mid);
        const read = readContent(mrk, targetMrk, inline12);
        if (!hasText(read.sourceTokens)) continue;
        placed.push({
          unit: { key: marks.length > 1 ? `${id}/${mid}` : id, ...read.content, status: status(read.content, [...(targetMrk ? [targetMrk] : []), ...(target ? [target] : []), unit]), notes: first ? notes : [], ...ourIds(target ? [target, unit] : [unit]) },
          place: { kind: 'mrk', unit, segSource, mid, target, targetMrk },
          origins: read.origins,
          ...read.space,
        });
        first = false;
      }
      continue;
    }
    const read = readContent(source, target, inline12);
    if (!hasText(read.sourceTokens)) continue;
    placed.push({
      unit: { key: id, ...read.content, status: status(read.content, target ? [target, unit] : [unit]), notes, ...ourIds(target ? [target, unit] : [unit]) },
      place: { kind: 'unit12', unit, after: segSource ?? source, target },
      origins: read.origins,
      ...read.space,
    });
  }
  return placed;
}

/** Trados's segments: the `<mrk mtype="seg">` elements inside a `<seg-source>` or `<target>`, wherever they are nested. */
function segmentMarks(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'mrk' && attributeOf(child, 'mtype') === 'seg') found.push(child);
    else found.push(...segmentMarks(child));
  }
  return found;
}

function readFile20(file: XmlElement): PlacedUnit[] {
  const placed: PlacedUnit[] = [];
  for (const { unit, translatable } of unitsOf(file, 'unit')) {
    if (!translatable) continue;
    const originalData = new Map(unitsOf(unit, 'data').map(({ unit: data }) => [attributeOf(data, 'id') ?? '', textContent(data)]));
    const notes = unitsOf(unit, 'note').map(({ unit: note }) => textContent(note)).filter((note) => note.trim() !== '');
    const segments = childrenNamed(unit, 'segment');
    const unitId = attributeOf(unit, 'id') ?? String(placed.length + 1);
    let first = true;
    segments.forEach((segment, i) => {
      const source = childrenNamed(segment, 'source')[0];
      if (!source || attributeOf(segment, 'translate') === 'no') return;
      const target = childrenNamed(segment, 'target')[0];
      const read = readContent(source, target, (element, context) => inline20(element, context, originalData));
      if (!hasText(read.sourceTokens)) return;
      const alone = segments.length === 1;
      placed.push({
        unit: {
          key: alone ? unitId : `${unitId}/${attributeOf(segment, 'id') ?? i + 1}`,
          ...read.content,
          status: ourStatus(
            // Our status: subState `vv:…` on the segment; written on the unit (files exported before), or on the segment (older still).
            alone ? [segment, unit] : [segment],
            read.content.target,
            () => status20(attributeOf(segment, 'state')),
            (own) => exportStatus20[own] === (attributeOf(segment, 'state') ?? 'initial'),
          ),
          notes: first ? notes : [],
          ...ourIds(alone ? [unit] : [segment]),
        },
        place: { kind: 'segment', unit, segment, source, target, alone },
        origins: read.origins,
        ...read.space,
      });
      first = false;
    });
  }
  return placed;
}

function ourIds(elements: readonly XmlElement[]): Pick<XliffUnit, 'segmentId' | 'version'> {
  for (const element of elements) {
    const segmentId = Number(attributeOf(element, 'segment'));
    const version = Number(attributeOf(element, 'version'));
    if (Number.isInteger(segmentId) && segmentId > 0) return { segmentId, version: Number.isInteger(version) && version > 0 ? version : undefined };
  }
  return { segmentId: undefined, version: undefined };
}

/** Our status as an element carries it: `vv:status`, or a 2.0 `subState="vv:…"`. */
function ownStatusOf(element: XmlElement): string | undefined {
  const subState = attributeOf(element, 'subState');
  if (subState?.startsWith('vv:')) return subState.slice(3);
  return attributeOf(element, 'status');
}

/**
 * The status of a unit: ours (`vv:status`) when the file still says what we wrote for it (it keeps
 * apart what XLIFF does not, rejected from draft), else what the file's state says: another tool
 * changed it.
 */
function ourStatus(elements: readonly XmlElement[], target: string, theirs: () => Status, written: (status: Status) => boolean): Status {
  if (target.trim() === '') return 'new';
  for (const element of elements) {
    const own = ownStatusOf(element);
    if (own === undefined) continue;
    if ((statuses as readonly string[]).includes(own) && own !== 'new' && written(own as Status)) return own as Status;
    break;
  }
  return theirs();
}

function status12(state: string | undefined): Status {
  if (state === undefined) return 'translated';
  if (state === 'new' || state === 'needs-translation') return 'draft';
  if (state === 'signed-off' || state === 'final') return 'approved';
  return 'translated';
}

function status20(state: string | undefined): Status {
  if (state === 'initial') return 'draft';
  if (state === 'reviewed' || state === 'final') return 'approved';
  return 'translated';
}

/** How one version's inline elements read: the codes and tokens they give, by their own ids. */
interface InlineContext {
  tokens: InlineToken[];
  /**
   * The file's code ids → ours; a source adds, a target only looks up. `repeatable`: an element
   * that is a whole code by itself (not half of a pair), whose id a file may use twice in one
   * source (Passolo writes two `<x id="1"/>`): the n-th of them is a code of its own, matched with
   * the n-th in the target.
   */
  codeFor(key: string, make: () => Omit<InlineCode, 'id'>, repeatable?: boolean): string | undefined;
  /** Gives a paired code the closing markup its end element carries (`<ept>`, `<ec>`). */
  closeWith(id: string, close: string): void;
  visitChildren(element: XmlElement): void;
}
type InlineReader = (element: XmlElement, context: InlineContext) => void;

interface ReadContent {
  sourceTokens: InlineToken[];
  content: { source: string; codes: InlineCode[]; target: string };
  /** The source element each code was read from, to write it into a target as the file has it. */
  origins: CodeOrigins;
  space: { lead: string; trail: string };
}

/**
 * A source and its target as tokens with codes numbered 1, 2… in source order; the target's codes
 * are those of the source with the same id in the file (others are left out, their text kept).
 */
function readContent(source: XmlElement, target: XmlElement | undefined, reader: InlineReader): ReadContent {
  const list = codeList();
  const codes = list.codes;
  const origins: CodeOrigins = new Map();
  const read = (element: XmlElement, adding: boolean): InlineToken[] => {
    // The source adds codes; the target only places those of the source.
    const occurrences = new Map<string, number>();
    const context: InlineContext = {
      tokens: [],
      codeFor: (key, make, repeatable) => {
        const n = repeatable ? (occurrences.get(key) ?? 0) + 1 : 1;
        if (repeatable) occurrences.set(key, n);
        return list.keyed(n === 1 ? key : `${key}#${n}`, adding ? make : undefined);
      },
      closeWith(id, close) {
        if (adding) list.closeWith(id, close);
      },
      visitChildren(parent) {
        for (const child of parent.children) {
          if (typeof child === 'string') {
            context.tokens.push({ type: 'text', text: child });
            continue;
          }
          const before = context.tokens.length;
          reader(child, context);
          if (adding) noteOrigin(child, context.tokens.slice(before), origins);
        }
      },
    };
    context.visitChildren(element);
    return merge(context.tokens);
  };
  // A pair whose other half is not in this source (a lone <bx>) is a standalone code.
  const settled = settleLonePairs(read(source, true), codes);
  codes.splice(0, codes.length, ...settled.codes);
  const sourceTokens = settled.tokens;
  let targetTokens = target ? matchStandalone(read(target, false), codes) : [];
  try {
    checkTokens(targetTokens, codes);
  } catch {
    // A target whose codes do not fit (doubled, crossed): its words, codes left to place again.
    targetTokens = [{ type: 'text', text: textOfTokens(targetTokens) }];
  }
  const form = (tokens: InlineToken[]) => (codes.length > 0 ? serializeMarkup(tokens) : textOfTokens(tokens));
  const sourceText = form(sourceTokens);
  const targetText = form(targetTokens);
  const around = /[\p{L}\p{N}]/u.test(textOfTokens(targetTokens)) ? textOfTokens(targetTokens) : textOfTokens(sourceTokens);
  return {
    sourceTokens,
    content: { source: sourceText.trim(), codes, target: targetText.trim() },
    origins,
    space: { lead: /^\s*/u.exec(around)![0], trail: /\s*$/u.exec(around)![0] },
  };
}

/**
 * Remembers which element gave a code: an element that encloses its text (`<g>`, `<pc>`) by its
 * tags, one that is the code (`<x/>`, `<bpt>…</bpt>`, `<ph/>`) whole. Inner elements are noted
 * first and kept (an `<mrk>` around a code is not the code).
 */
function noteOrigin(element: XmlElement, tokens: readonly InlineToken[], origins: CodeOrigins): void {
  const marks = tokens.filter((token) => token.type !== 'text');
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last) return;
  const entry = (id: string) => origins.get(id) ?? origins.set(id, {}).get(id)!;
  if (first.type === 'open' && last.type === 'close' && first.id === last.id && marks.length >= 2) {
    const pair = entry(first.id);
    pair.open ??= { element, tagOnly: true };
    pair.close ??= { element, tagOnly: true };
    return;
  }
  if (marks.length !== 1) return;
  const code = entry(first.id);
  if (first.type === 'close') code.close ??= { element, tagOnly: false };
  else code.open ??= { element, tagOnly: false };
}

function merge(tokens: InlineToken[]): InlineToken[] {
  const out: InlineToken[] = [];
  for (const token of tokens) {
    const last = out.at(-1);
    if (token.type === 'text' && last?.type === 'text') last.text += token.text;
    else if (token.type !== 'text' || token.text !== '') out.push({ ...token });
  }
  return out;
}

const kinds12: Readonly<Record<string, CodeKind>> = {
  bold: 'bold',
  italic: 'italic',
  underlined: 'underline',
  link: 'link',
  'x-html-a': 'link',
  'x-html-b': 'bold',
  'x-html-strong': 'bold',
  'x-html-i': 'italic',
  'x-html-em': 'italic',
  lb: 'break',
  'x-html-br': 'break',
  image: 'image',
  'x-html-img': 'image',
  superscript: 'superscript',
  subscript: 'subscript',
};

/** XLIFF 1.2 inline elements: `g`, `x`, `bx`/`ex`, `bpt`/`ept`, `ph`, `it`, `mrk`. */
/** A kind written by our export (`x-vv-strike`, `vv:strike`), read back as itself. */
function ownKind(value: string, prefix: string): CodeKind | undefined {
  const kind = value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
  return kind !== undefined && (codeKinds as readonly string[]).includes(kind) ? (kind as CodeKind) : undefined;
}

function inline12(element: XmlElement, context: InlineContext): void {
  const id = attributeOf(element, 'id') ?? '';
  const ctype = attributeOf(element, 'ctype') ?? '';
  const known = kinds12[ctype] ?? ownKind(ctype, 'x-vv-');
  const native = textContent(element);
  switch (element.name) {
    case 'g': {
      const code = context.codeFor(`g:${id}`, () => ({ type: 'paired', kind: known ?? 'span', open: `<g id="${id}">`, close: '</g>', droppable: true }), true);
      if (code) context.tokens.push({ type: 'open', id: code });
      context.visitChildren(element);
      if (code) context.tokens.push({ type: 'close', id: code });
      return;
    }
    case 'x':
    case 'ph':
    case 'it': {
      const kind = known ?? 'other';
      const code = context.codeFor(`${element.name}:${id}`, () => ({ type: 'standalone', kind, open: element.name === 'x' ? `<x id="${id}"/>` : native, droppable: kind === 'break' }), true);
      if (code) context.tokens.push({ type: 'standalone', id: code });
      return;
    }
    case 'bx':
    case 'bpt': {
      const pair = attributeOf(element, 'rid') ?? id;
      const code = context.codeFor(`pair:${pair}`, () => ({ type: 'paired', kind: known ?? 'span', open: element.name === 'bx' ? `<bx id="${id}"/>` : native, close: '', droppable: true }));
      if (code) context.tokens.push({ type: 'open', id: code });
      return;
    }
    case 'ex':
    case 'ept': {
      const pair = attributeOf(element, 'rid') ?? id;
      const code = context.codeFor(`pair:${pair}`, () => ({ type: 'paired', kind: 'span', open: '', close: native, droppable: true }));
      if (code) {
        context.closeWith(code, element.name === 'ex' ? `<ex id="${id}"/>` : native);
        context.tokens.push({ type: 'close', id: code });
      }
      return;
    }
    default:
      // mrk (annotations) and anything unknown: their text counts, the element does not.
      context.visitChildren(element);
  }
}

const kinds20: Readonly<Record<string, CodeKind>> = {
  'xlf:b': 'bold',
  'xlf:i': 'italic',
  'xlf:u': 'underline',
  'xlf:lb': 'break',
  'xlf:pb': 'break',
};

/** XLIFF 2.0 inline elements: `pc`, `ph`, `sc`/`ec`, `cp`, `mrk`/`sm`/`em`; the original data they refer to as their markup. */
function inline20(element: XmlElement, context: InlineContext, originalData: ReadonlyMap<string, string>): void {
  const id = attributeOf(element, 'id') ?? '';
  const kindOf = (paired: boolean): CodeKind => {
    const subType = attributeOf(element, 'subType') ?? '';
    const type = attributeOf(element, 'type') ?? '';
    return kinds20[subType] ?? ownKind(subType, 'vv:') ?? (type === 'link' ? 'link' : type === 'image' ? 'image' : paired ? 'span' : 'other');
  };
  const data = (name: string): string | undefined => {
    const ref = attributeOf(element, name);
    return ref === undefined ? undefined : originalData.get(ref);
  };
  switch (element.name) {
    case 'pc': {
      const code = context.codeFor(`c:${id}`, () => ({ type: 'paired', kind: kindOf(true), open: data('dataRefStart') ?? `<pc id="${id}">`, close: data('dataRefEnd') ?? '</pc>', droppable: true }), true);
      if (code) context.tokens.push({ type: 'open', id: code });
      context.visitChildren(element);
      if (code) context.tokens.push({ type: 'close', id: code });
      return;
    }
    case 'ph': {
      const kind = kindOf(false);
      const code = context.codeFor(`c:${id}`, () => ({ type: 'standalone', kind, open: data('dataRef') ?? `<ph id="${id}"/>`, droppable: kind === 'break' }), true);
      if (code) context.tokens.push({ type: 'standalone', id: code });
      return;
    }
    case 'sc': {
      const code = context.codeFor(`c:${id}`, () => ({ type: 'paired', kind: kindOf(true), open: data('dataRef') ?? `<sc id="${id}"/>`, close: '', droppable: true }));
      if (code) context.tokens.push({ type: 'open', id: code });
      return;
    }
    case 'ec': {
      const start = attributeOf(element, 'startRef') ?? id;
      const code = context.codeFor(`c:${start}`, () => ({ type: 'paired', kind: 'span', open: '', close: data('dataRef') ?? '', droppable: true }));
      if (code) {
        context.closeWith(code, data('dataRef') ?? `<ec startRef="${start}"/>`);
        context.tokens.push({ type: 'close', id: code });
      }
      return;
    }
    case 'cp': {
      const hex = Number.parseInt(attributeOf(element, 'hex') ?? '', 16);
      if (Number.isInteger(hex) && hex > 0 && hex <= 0x10ffff) context.tokens.push({ type: 'text', text: String.fromCodePoint(hex) });
      return;
    }
    case 'sm':
    case 'em':
      return;
    default:
      context.visitChildren(element);
  }
}

/**
 * The document an XLIFF file gives, of the version the file is, whatever its name says: a 2.0
 * file named `.xlf` (the usual extension of both) goes back as 2.0. The file is kept to write
 * the English into.
 */
function importXliff(bytes: Uint8Array): SourceDocument {
  const parsed = parseXliff(bytes);
  const units = readUnits(parsed).map((placed) => placed.unit);
  if (units.length === 0) throw new EmptyDocumentError();
  const segments: SourceSegment[] = units.map((unit) => ({
    kind: 'paragraph',
    source: unit.source,
    codes: unit.codes,
    before: '',
    joins: [],
    key: unit.key,
    translation: { target: unit.target, status: unit.status, notes: unit.notes, segmentId: unit.segmentId, version: unit.version },
  }));
  const format = parsed.version === '2.0' ? 'xliff2' : 'xliff';
  return { format, encoding: parsed.decoded.encoding, bom: parsed.decoded.bom, segments, trailer: '', suggestedTitle: undefined, package: bytes };
}

const exportStatus12: Readonly<Record<Status, string>> = {
  new: 'needs-translation',
  draft: 'new',
  translated: 'translated',
  approved: 'signed-off',
  rejected: 'needs-translation',
};

const exportStatus20: Readonly<Record<Status, string>> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  approved: 'final',
  rejected: 'initial',
};

/** A segment's text in the file's inline markup. */
function inlineXml(text: string, codes: readonly InlineCode[], version: '1.2' | '2.0'): string {
  // 1.2: the codes' markup travels inside <bpt>/<ept>/<ph>, as Okapi and translate-toolkit read it.
  // 2.0: <pc>/<ph> referring to the unit's original data.
  // XLIFF 1.2 lists ctype values per element: formatting ones for paired codes, lb/pb/image for
  // standalone ones; anything else is an `x-` value.
  const ctype = (code: InlineCode) => (code.type === 'paired' ? pairedCtypes12[code.kind] : standaloneCtypes12[code.kind]) ?? `x-vv-${code.kind}`;
  const type = (code: InlineCode) => (code.kind === 'link' ? 'link' : code.kind === 'image' ? 'image' : 'fmt');
  const subType = (code: InlineCode) => subTypes20[code.kind] ?? `vv:${code.kind}`;
  const writer: CodeWriter =
    version === '1.2'
      ? {
          text: escapeXml,
          open: (code) => `<bpt id="${code.id}" ctype="${ctype(code)}">${escapeXml(code.open)}</bpt>`,
          close: (code) => `<ept id="${code.id}">${escapeXml(code.close ?? '')}</ept>`,
          standalone: (code) => `<ph id="${code.id}" ctype="${ctype(code)}">${escapeXml(code.open)}</ph>`,
        }
      : {
          text: escapeXml,
          open: (code) => `<pc id="${code.id}" dataRefStart="d${code.id}o" dataRefEnd="d${code.id}c" type="${type(code)}" subType="${subType(code)}">`,
          close: () => '</pc>',
          standalone: (code) => `<ph id="${code.id}" dataRef="d${code.id}" type="${type(code)}" subType="${subType(code)}"/>`,
        };
  return renderTokens(exportTokens(text, codes), codes, writer, { restoreMissing: false });
}

const pairedCtypes12: Partial<Record<CodeKind, string>> = { bold: 'bold', italic: 'italic', underline: 'underlined', link: 'link' };
const standaloneCtypes12: Partial<Record<CodeKind, string>> = { break: 'lb', image: 'image' };
const subTypes20: Partial<Record<CodeKind, string>> = { bold: 'xlf:b', italic: 'xlf:i', underline: 'xlf:u', break: 'xlf:lb' };

function unitKey(segment: TargetSegment): string {
  return escapeXmlAttribute(segment.key ?? String(segment.id));
}

/**
 * XLIFF 2.0 ids are NMTOKENs, unique in their file: a key that is not one (`u3/1` for the second
 * segment of a unit, keys with spaces) has its other characters written `_` (`u3_1`), the same on
 * every export of the document; one already used gets our segment id after it.
 */
function unitKey20(segment: TargetSegment, used: Set<string>): string {
  let key = (segment.key ?? String(segment.id)).replace(/[^\p{L}\p{N}\p{M}._:-]/gu, '_');
  if (key === '' || used.has(key)) key = `${key || 'u'}_${segment.id}`;
  used.add(key);
  return escapeXmlAttribute(key);
}

function writeVersion1(document: TargetDocument): string {
  const units = document.segments.map((segment) => {
    const approved = segment.status === 'approved' ? ' approved="yes"' : '';
    const target = segment.target === '' ? '' : `\n        <target state="${exportStatus12[segment.status]}">${inlineXml(segment.target, segment.codes, '1.2')}</target>`;
    const notes = segment.notes.map((note) => `\n        <note>${escapeXml(note)}</note>`).join('');
    return `      <trans-unit id="${unitKey(segment)}" xml:space="preserve"${approved} vv:segment="${segment.id}" vv:version="${segment.version}" vv:status="${segment.status}">\n        <source>${inlineXml(segment.source.text, segment.codes, '1.2')}</source>${target}${notes}\n      </trans-unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:vv="${visavisNamespace}" vv:document="${document.documentId}">
  <file original="${escapeXmlAttribute(document.title)}" source-language="fr-FR" target-language="${escapeXmlAttribute(document.targetLang)}" datatype="plaintext">
    <body>
${units.join('\n')}
    </body>
  </file>
</xliff>
`;
}

function originalData(segment: TargetSegment): string {
  if (segment.codes.length === 0) return '';
  const entries = segment.codes.flatMap((code) =>
    code.type === 'paired'
      ? [`<data id="d${code.id}o">${escapeXml(code.open)}</data>`, `<data id="d${code.id}c">${escapeXml(code.close ?? '')}</data>`]
      : [`<data id="d${code.id}">${escapeXml(code.open)}</data>`],
  );
  return `\n      <originalData>${entries.join('')}</originalData>`;
}

function writeVersion2(document: TargetDocument): string {
  const used = new Set<string>();
  const units = document.segments.map((segment) => {
    const notes = segment.notes.length ? `\n      <notes>${segment.notes.map((note) => `<note>${escapeXml(note)}</note>`).join('')}</notes>` : '';
    const target = segment.target === '' ? '' : `\n        <target>${inlineXml(segment.target, segment.codes, '2.0')}</target>`;
    // Our status on the unit: XLIFF 2.0 allows attributes of other namespaces there, not on <segment>.
    return `    <unit id="${unitKey20(segment, used)}" vv:segment="${segment.id}" vv:version="${segment.version}" vv:status="${segment.status}">${notes}${originalData(segment)}
      <segment state="${exportStatus20[segment.status]}"${segment.status === 'rejected' ? ' subState="vv:rejected"' : ''}>
        <source>${inlineXml(segment.source.text, segment.codes, '2.0')}</source>${target}
      </segment>
    </unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:vv="${visavisNamespace}" vv:document="${document.documentId}" srcLang="fr-FR" trgLang="${escapeXmlAttribute(document.targetLang)}">
  <file id="f1" original="${escapeXmlAttribute(document.title)}">
${units.join('\n')}
  </file>
</xliff>
`;
}


/** An edit of the file's text: `[start, end)` replaced by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A start tag with attributes set (a value) or removed (`null`), the others left as written. */
function withAttributes(tag: string, changes: Readonly<Record<string, string | null>>): string {
  let out = tag;
  for (const [name, value] of Object.entries(changes)) {
    const pattern = new RegExp(`\\s${name.replace(/\./gu, '\\.')}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'u');
    const written = value === null ? '' : ` ${name}="${escapeXmlAttribute(value)}"`;
    if (pattern.test(out)) out = out.replace(pattern, () => written);
    else if (value !== null) out = out.replace(/\s*(\/?>)$/u, (end) => `${written}${end.trimStart()}`);
  }
  return out;
}

/**
 * Writes the English into the client's XLIFF: only the `<target>`s whose text or status differ
 * from the file's change (see the top of this file); an untouched document gives the file back
 * byte for byte, in its encoding.
 */
function writeIntoXliff(original: Uint8Array, document: TargetDocument): Uint8Array<ArrayBuffer> {
  const parsed = parseXliff(original);
  const xml = parsed.decoded.text;
  const encoding = xmlEncoding(xml, parsed.decoded.encoding);
  const located = parsed.locate;
  const ours = attributeOf(parsed.root, 'xmlns:vv') === visavisNamespace;
  const segments = new Map(document.segments.map((segment) => [segment.key, segment]));
  const edits: Edit[] = [];
  const prefixOf = (element: XmlElement) => /^[^:]*:/u.exec(located(element).name)?.[0] ?? '';
  const startTag = (element: XmlElement) => xml.slice(located(element).start, located(element).openEnd);
  const selfClosing = (element: XmlElement) => startTag(element).endsWith('/>');
  /** Our ids on an element: the namespace declared there unless the root declares it. */
  const ourIds = (segment: TargetSegment, status: boolean): Record<string, string> => ({
    ...(ours ? {} : { 'xmlns:vv': visavisNamespace }),
    'vv:segment': String(segment.id),
    'vv:version': String(segment.version),
    ...(status ? { 'vv:status': segment.status } : {}),
  });
  /** The whitespace before an element inside its parent (to indent one written beside it). */
  const indentBefore = (parent: XmlElement, element: XmlElement): string => {
    const children = located(parent).children;
    const previous = children[children.indexOf(located(element)) - 1];
    if (!previous || isLocatedElement(previous)) return '';
    // As written (the parser reads CRLF as LF).
    const written = xml.slice(previous.start, previous.end);
    return /^\s+$/u.test(written) ? /\r?\n?[^\S\r\n]*$/u.exec(written)![0] : '';
  };
  /** Replaces an element's content, its start tag possibly changed. */
  const rewrite = (element: XmlElement, content: string | undefined, tag: string) => {
    const where = located(element);
    if (content !== undefined && selfClosing(element)) {
      edits.push({ start: where.start, end: where.end, text: `${tag.replace(/\s*\/>$/u, '>')}${content}</${located(element).name}>` });
      return;
    }
    if (tag !== startTag(element)) edits.push({ start: where.start, end: where.openEnd, text: tag });
    if (content !== undefined) edits.push({ start: where.openEnd, end: where.closeStart, text: content });
  };
  const contentOf = (segment: TargetSegment, placed: PlacedUnit) => {
    const text = targetXml(segment, placed, xml, located, encoding);
    return `${/^\s/u.test(text) ? '' : placed.lead}${text}${/\s$/u.test(text) ? '' : placed.trail}`;
  };

  const placedUnits = readUnits(parsed);
  const marks = new Map<XmlElement, Array<{ placed: PlacedUnit; segment: TargetSegment | undefined }>>();
  for (const placed of placedUnits) {
    const segment = segments.get(placed.unit.key);
    const { place } = placed;
    if (place.kind === 'mrk') {
      // Trados segments of one unit are written together: they may have to make its <target>.
      marks.set(place.unit, [...(marks.get(place.unit) ?? []), { placed, segment }]);
      continue;
    }
    if (!segment || segment.target === '') continue;
    const textChanged = segment.target !== placed.unit.target;
    const statusChanged = segment.status !== placed.unit.status;
    if (!textChanged && !statusChanged) continue;
    const content = textChanged ? contentOf(segment, placed) : undefined;
    if (place.kind === 'unit12') {
      const attributes = { state: exportStatus12[segment.status], ...ourIds(segment, true) };
      if (place.target) rewrite(place.target, content, withAttributes(startTag(place.target), attributes));
      else {
        const prefix = prefixOf(place.after);
        const tag = withAttributes(`<${prefix}target>`, attributes);
        edits.push({ start: located(place.after).end, end: located(place.after).end, text: `${indentBefore(place.unit, place.after)}${tag}${content ?? ''}</${prefix}target>` });
      }
      const approved = attributeOf(place.unit, 'approved');
      if (statusChanged && (segment.status === 'approved') !== (approved === 'yes')) {
        edits.push({ start: located(place.unit).start, end: located(place.unit).openEnd, text: withAttributes(startTag(place.unit), { approved: segment.status === 'approved' ? 'yes' : 'no' }) });
      }
    } else {
      if (place.target) rewrite(place.target, content, startTag(place.target));
      else {
        const prefix = prefixOf(place.source);
        edits.push({ start: located(place.source).end, end: located(place.source).end, text: `${indentBefore(place.segment, place.source)}<${prefix}target>${content ?? ''}</${prefix}target>` });
      }
      const subState = attributeOf(place.segment, 'subState');
      const state = { state: exportStatus20[segment.status], ...(segment.status === 'rejected' ? { subState: 'vv:rejected' } : subState?.startsWith('vv:') ? { subState: null } : {}) };
      const segmentTag = withAttributes(startTag(place.segment), state);
      if (segmentTag !== startTag(place.segment)) edits.push({ start: located(place.segment).start, end: located(place.segment).openEnd, text: segmentTag });
      // Our ids on the unit, where XLIFF 2.0 takes attributes of other namespaces (not on <segment> or <target>).
      if (place.alone) edits.push({ start: located(place.unit).start, end: located(place.unit).openEnd, text: withAttributes(startTag(place.unit), ourIds(segment, false)) });
    }
  }

  for (const [unit, entries] of marks) {
    const changed = entries.filter(({ placed, segment }) => segment && segment.target !== '' && segment.target !== placed.unit.target);
    if (changed.length === 0) continue;
    const first = entries[0]!.placed.place;
    if (first.kind !== 'mrk') continue;
    if (first.target && !selfClosing(first.target)) {
      for (const { placed, segment } of changed) {
        const place = placed.place;
        if (place.kind !== 'mrk') continue;
        const content = contentOf(segment!, placed);
        if (place.targetMrk) rewrite(place.targetMrk, content, startTag(place.targetMrk));
        else {
          const prefix = prefixOf(first.target);
          edits.push({ start: located(first.target).closeStart, end: located(first.target).closeStart, text: `<${prefix}mrk mtype="seg" mid="${escapeXmlAttribute(place.mid)}">${content}</${prefix}mrk>` });
        }
      }
      continue;
    }
    // No target yet: the <seg-source>'s content, each segment's <mrk> holding its English (empty when untranslated).
    const segSource = located(first.segSource);
    const inner: Edit[] = [];
    for (const { placed, segment } of entries) {
      const place = placed.place;
      if (place.kind !== 'mrk') continue;
      const mrk = segmentMarks(first.segSource).find((candidate) => attributeOf(candidate, 'mid') === place.mid);
      if (!mrk) continue;
      const where = located(mrk);
      const content = segment && segment.target !== '' ? contentOf(segment, placed) : '';
      if (selfClosing(mrk)) inner.push({ start: where.start, end: where.end, text: `${startTag(mrk).replace(/\s*\/>$/u, '>')}${content}</${where.name}>` });
      else inner.push({ start: where.openEnd, end: where.closeStart, text: content });
    }
    let body = xml.slice(segSource.openEnd, segSource.closeStart);
    for (const edit of inner.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start - segSource.openEnd) + edit.text + body.slice(edit.end - segSource.openEnd);
    const prefix = prefixOf(first.segSource);
    const target = `${indentBefore(unit, first.segSource)}<${prefix}target>${body}</${prefix}target>`;
    if (first.target) edits.push({ start: located(first.target).start, end: located(first.target).end, text: target.trimStart() });
    else edits.push({ start: segSource.end, end: segSource.end, text: target });
  }

  if (edits.length === 0) {
    // The client's file as it came; the caller learns its encoding (a UTF-16 file is served as one).
    document.onEncoding?.({ encoding: parsed.decoded.encoding, bom: parsed.decoded.bom });
    return new Uint8Array(original);
  }
  let out = xml;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return encodeExport(out, { encoding, bom: parsed.decoded.bom, onEncoding: document.onEncoding });
}

/** A target's text as XML for the client's file: each code written as the source's element is, the text escaped for the file's encoding. */
function targetXml(segment: TargetSegment, placed: PlacedUnit, xml: string, located: (element: XmlElement) => LocatedElement, encoding: string): string {
  const slice = (origin: CodeOrigin | undefined, part: 'open' | 'close'): string | undefined => {
    if (!origin) return undefined;
    const where = located(origin.element);
    if (!origin.tagOnly) return xml.slice(where.start, where.end);
    return part === 'open' ? xml.slice(where.start, where.openEnd) : xml.slice(where.closeStart, where.end);
  };
  const origin = (code: InlineCode) => placed.origins.get(code.id);
  const writer: CodeWriter = {
    text: (text) => characterReferences(escapeXml(text), encoding),
    open: (code) => slice(origin(code)?.open, 'open') ?? '',
    close: (code) => slice(origin(code)?.close, 'close') ?? '',
    standalone: (code) => slice(origin(code)?.open, 'open') ?? slice(origin(code)?.close, 'close') ?? '',
  };
  return renderTokens(exportTokens(segment.target, segment.codes), segment.codes, writer, { restoreMissing: false });
}

const encoder = new TextEncoder();
const looksLikeXliff = (bytes: Uint8Array, version: RegExp): boolean => {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  return /<xliff\b/u.test(head) && version.test(head);
};

/** XLIFF 1.2: reads 1.x and 2.x alike; writes 1.2. */
export const xliff12Format: Format = {
  id: 'xliff',
  name: 'XLIFF 1.2',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff'],
  mediaTypes: ['application/x-xliff+xml', 'application/xliff+xml'],
  bilingual: true,
  detect: (bytes) => looksLikeXliff(bytes, /version=["']1/u),
  import: importXliff,
  export: (document) => (document.sourceFormat === 'xliff' && document.package ? writeIntoXliff(document.package, document) : encoder.encode(writeVersion1(document))),
};

/** XLIFF 2.0: reads 1.x and 2.x alike; writes 2.0. */
export const xliff20Format: Format = {
  id: 'xliff2',
  name: 'XLIFF 2.0',
  extensions: ['xlf2'],
  mediaTypes: ['application/xliff+xml; version=2.0'],
  bilingual: true,
  detect: (bytes) => looksLikeXliff(bytes, /version=["']2/u),
  import: importXliff,
  export: (document) => (document.sourceFormat === 'xliff2' && document.package ? writeIntoXliff(document.package, document) : encoder.encode(writeVersion2(document))),
};
