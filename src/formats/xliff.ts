import { EmptyDocumentError, UnsupportedFormatError } from '../domain/errors';
import { checkTokens, type CodeKind, codeKinds, codeList, type CodeWriter, matchStandalone, type InlineCode, type InlineToken, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { type Status, statuses } from '../domain/segment';
import type { SourceSegment } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import { exportTokens } from './_lib/export-text';
import { attributeOf, childrenNamed, descendantsNamed, escapeXml, escapeXmlAttribute, readXml, textContent, type XmlElement } from './_lib/xml';
import type { Format, SourceDocument, TargetDocument, TargetSegment } from './format';

/**
 * XLIFF 1.2 and 2.0, the exchange formats of CAT tools. Import reads either version leniently
 * (translate-toolkit writes 1.1 with its own habits): every unit's source, target, state and
 * notes, inline codes as codes. Export writes the document as XLIFF with each segment's status,
 * so another tool can continue the work, and our ids and versions (`vv:` attributes), so the file
 * can come back as an update of the same document (services/import-targets.ts).
 *
 * States, both ways (README, "XLIFF states"):
 *
 * | ours       | XLIFF 1.2 written                         | XLIFF 2.0 written |
 * |------------|-------------------------------------------|-------------------|
 * | new        | no target                                 | initial, no target|
 * | draft      | `state="new"`                             | initial           |
 * | translated | `state="translated"`                      | translated        |
 * | approved   | `state="signed-off"`, `approved="yes"`    | final             |
 * | rejected   | `state="needs-translation"`               | initial           |
 *
 * Read: 1.2 `needs-translation` and `new` → draft; `needs-review-*`, `needs-adaptation`,
 * `needs-l10n` and `translated` → translated; `signed-off`, `final` or `approved="yes"` → approved;
 * no state → translated. 2.0 `initial` → draft; `translated` → translated; `reviewed` and `final` →
 * approved. An empty target is `new` whatever its state. Our own `vv:status` wins when present.
 */

/** The namespace of our own attributes (`vv:segment`, `vv:version`, `vv:status`). */
const visavisNamespace = 'urn:visavis:xliff';

/** A unit of an XLIFF file as read, before it becomes a segment. */
export interface XliffUnit {
  /** The unit's id (with the segment's, in 2.0: `unit/segment`). */
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

/**
 * Reads an XLIFF file, 1.x or 2.x. Throws `UnsupportedFormatError` for a file that is not XLIFF,
 * `InvalidInputError` for malformed XML.
 */
export function readXliff(bytes: Uint8Array): XliffFile {
  const { text } = decodeText(bytes, accepted);
  refuseBeyond(text, /<(?:[\w-]+:)?(?:trans-)?unit[\s/>]/gu, unitLimits.xliffUnits, 'xliff.units', `This XLIFF file has more than ${unitLimits.xliffUnits.toLocaleString('en')} units; split it into smaller files.`);
  const root = readXml(text, 'XLIFF file');
  if (root.name !== 'xliff') throw new UnsupportedFormatError(`This is not an XLIFF file: its root element is <${root.name}>.`, accepted);
  const version = attributeOf(root, 'version') ?? '';
  const documentId = Number(attributeOf(root, 'document')) || undefined;
  if (version.startsWith('2')) return { version: '2.0', documentId, ...readVersion2(root) };
  if (version === '' || version.startsWith('1')) return { version: '1.2', documentId, ...readVersion1(root) };
  throw new UnsupportedFormatError(`XLIFF ${version} is not supported: XLIFF 1.2 and 2.0 are.`, accepted);
}

function readVersion1(root: XmlElement): Omit<XliffFile, 'version' | 'documentId'> {
  const files = childrenNamed(root, 'file');
  const first = files[0];
  const units: XliffUnit[] = [];
  for (const file of files) {
    for (const unit of descendantsNamed(file, 'trans-unit')) {
      // translate-toolkit's PO header, and units marked not to translate, are not text.
      if (attributeOf(unit, 'restype') === 'x-gettext-domain-header' || attributeOf(unit, 'translate') === 'no') continue;
      const source = childrenNamed(unit, 'source')[0];
      if (!source) continue;
      const target = childrenNamed(unit, 'target')[0];
      const read = readContent(source, target, inline12);
      if (!/[\p{L}\p{N}]/u.test(textOfTokens(read.sourceTokens))) continue;
      const state = target ? attributeOf(target, 'state') : undefined;
      const approved = attributeOf(unit, 'approved') === 'yes';
      units.push({
        key: attributeOf(unit, 'id') ?? String(units.length + 1),
        ...read.content,
        status: ourStatus(
          unit,
          read.content.target,
          () => (approved ? 'approved' : status12(state)),
          (status) => exportStatus12[status] === state && approved === (status === 'approved'),
        ),
        notes: childrenNamed(unit, 'note').map(textContent).filter((note) => note.trim() !== ''),
        ...ourIds(unit),
      });
    }
  }
  return {
    sourceLanguage: (first && attributeOf(first, 'source-language')) ?? 'fr',
    targetLanguage: (first && attributeOf(first, 'target-language')) ?? 'en',
    units,
  };
}

function readVersion2(root: XmlElement): Omit<XliffFile, 'version' | 'documentId'> {
  const units: XliffUnit[] = [];
  for (const file of childrenNamed(root, 'file')) {
    for (const unit of descendantsNamed(file, 'unit')) {
      if (attributeOf(unit, 'translate') === 'no') continue;
      const originalData = new Map(descendantsNamed(unit, 'data').map((data) => [attributeOf(data, 'id') ?? '', textContent(data)]));
      const notes = descendantsNamed(unit, 'note').map(textContent).filter((note) => note.trim() !== '');
      const segments = childrenNamed(unit, 'segment');
      segments.forEach((segment, i) => {
        const source = childrenNamed(segment, 'source')[0];
        if (!source) return;
        const target = childrenNamed(segment, 'target')[0];
        const read = readContent(source, target, (element, context) => inline20(element, context, originalData));
        if (!/[\p{L}\p{N}]/u.test(textOfTokens(read.sourceTokens))) return;
        const unitId = attributeOf(unit, 'id') ?? String(units.length + 1);
        units.push({
          key: segments.length > 1 ? `${unitId}/${attributeOf(segment, 'id') ?? i + 1}` : unitId,
          ...read.content,
          status: ourStatus(
            // Written on the unit since it is not allowed on <segment>; files exported before, on the segment.
            attributeOf(segment, 'status') === undefined && segments.length === 1 ? unit : segment,
            read.content.target,
            () => status20(attributeOf(segment, 'state')),
            (status) => exportStatus20[status] === attributeOf(segment, 'state'),
          ),
          notes: i === 0 ? notes : [],
          ...ourIds(segments.length > 1 ? segment : unit),
        });
      });
    }
  }
  return { sourceLanguage: attributeOf(root, 'srcLang') ?? 'fr', targetLanguage: attributeOf(root, 'trgLang') ?? 'en', units };
}

function ourIds(element: XmlElement): Pick<XliffUnit, 'segmentId' | 'version'> {
  const segmentId = Number(attributeOf(element, 'segment'));
  const version = Number(attributeOf(element, 'version'));
  return { segmentId: Number.isInteger(segmentId) && segmentId > 0 ? segmentId : undefined, version: Number.isInteger(version) && version > 0 ? version : undefined };
}

/**
 * The status of a unit: ours (`vv:status`) when the file still says what we wrote for it (it keeps
 * apart what XLIFF does not, rejected from draft), else what the file's state says: another tool
 * changed it.
 */
function ourStatus(element: XmlElement, target: string, theirs: () => Status, written: (status: Status) => boolean): Status {
  if (target.trim() === '') return 'new';
  const own = attributeOf(element, 'status');
  if (own !== undefined && (statuses as readonly string[]).includes(own) && own !== 'new' && written(own as Status)) return own as Status;
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

/**
 * A source and its target as tokens with codes numbered 1, 2… in source order; the target's codes
 * are those of the source with the same id in the file (others are left out, their text kept).
 */
function readContent(source: XmlElement, target: XmlElement | undefined, reader: InlineReader): { sourceTokens: InlineToken[]; content: { source: string; codes: InlineCode[]; target: string } } {
  const list = codeList();
  const codes = list.codes;
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
          if (typeof child === 'string') context.tokens.push({ type: 'text', text: child });
          else reader(child, context);
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
  return { sourceTokens, content: { source: form(sourceTokens).trim(), codes, target: form(targetTokens).trim() } };
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

/** The units of a file as segments, each starting with its translation. */
/**
 * The document an XLIFF file gives, of the version the file is, whatever its name says: a 2.0
 * file named `.xlf` (the usual extension of both) goes back as 2.0.
 */
function toDocument(file: XliffFile): SourceDocument {
  const format = file.version === '2.0' ? 'xliff2' : 'xliff';
  if (file.units.length === 0) throw new EmptyDocumentError();
  const segments: SourceSegment[] = file.units.map((unit) => ({
    kind: 'paragraph',
    source: unit.source,
    codes: unit.codes,
    before: '',
    joins: [],
    key: unit.key,
    translation: { target: unit.target, status: unit.status, notes: unit.notes, segmentId: unit.segmentId, version: unit.version },
  }));
  return { format, encoding: 'utf-8', bom: false, segments, trailer: '', suggestedTitle: undefined };
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
      <segment state="${exportStatus20[segment.status]}">
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

const encoder = new TextEncoder();
const looksLikeXliff = (bytes: Uint8Array, version: RegExp): boolean => {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  return /<xliff\b/u.test(head) && version.test(head);
};

/** XLIFF 1.2: reads 1.x and 2.x alike; writes 1.2. */
export const xliff12Format: Format = {
  id: 'xliff',
  name: 'XLIFF 1.2',
  extensions: ['xlf', 'xliff'],
  mediaTypes: ['application/x-xliff+xml', 'application/xliff+xml'],
  bilingual: true,
  detect: (bytes) => looksLikeXliff(bytes, /version=["']1/u),
  import: (bytes) => toDocument(readXliff(bytes)),
  export: (document) => encoder.encode(writeVersion1(document)),
};

/** XLIFF 2.0: reads 1.x and 2.x alike; writes 2.0. */
export const xliff20Format: Format = {
  id: 'xliff2',
  name: 'XLIFF 2.0',
  extensions: ['xlf2'],
  mediaTypes: ['application/xliff+xml; version=2.0'],
  bilingual: true,
  detect: (bytes) => looksLikeXliff(bytes, /version=["']2/u),
  import: (bytes) => toDocument(readXliff(bytes)),
  export: (document) => encoder.encode(writeVersion2(document)),
};
