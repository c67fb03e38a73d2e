import iconv from 'iconv-lite';
import { EmptyDocumentError, InvalidInputError } from '../domain/errors';
import type { Status } from '../domain/segment';
import type { SourceSegment } from '../domain/segmentation';
import { type DecodedText, decodeText } from './_lib/decode';
import { encodeExport, holds } from './_lib/encode';
import { exportWords } from './_lib/export-text';
import { refuseBeyond, refuseTooManySegments, unitLimits } from './_lib/limits';
import type { Format, TargetDocument, TargetSegment } from './format';

/**
 * gettext PO (and POT) files: `msgid` is the French source, `msgstr` the English target.
 *
 * What becomes a segment: every entry with letters or digits in its msgid. Not segments, but kept
 * in the file as they are: the header (the entry whose msgid is empty and has no msgctxt), other
 * entries with an empty msgid, entries without letters or digits (`"%s : %s"`), and obsolete
 * entries (`#~`).
 *
 * Keys: an entry's key is its msgid, or `msgctxt` + U+0004 + msgid when it has a context (gettext's
 * own way of naming an entry in a compiled catalogue), so two entries with the same msgid in
 * different contexts are distinct segments. A plural entry (`msgid_plural`) is one segment per
 * English form, keyed `…[0]` (its source the French msgid), `…[1]`, `…[2]`… (their source the
 * French msgid_plural). How many forms: the `nplurals` of the header's `Plural-Forms` when it
 * declares one from 1 to 6 (msgfmt refuses a file whose entries have more or fewer `msgstr[n]`
 * than that, even when its language is English), else two, English's own; an entry with more
 * `msgstr[n]` than that count loses the extra ones, one with fewer gains the missing ones (empty
 * when untranslated), once its English is written. The entry's comments are the notes of its
 * first form only, so they are not shown twice.
 *
 * Line breaks at the start or end of a msgid (a help text between blank lines) are the file's
 * layout, not words, as the whitespace around an XLIFF source is: they are not part of a
 * segment's source, nor those of a msgstr of its target. The writer puts the msgid's back around
 * the English (msgfmt --check wants them the same), so a translation reads back exactly as typed.
 *
 * Notes: translator comments (`# `), extracted comments (`#.`) and references (`#:`, as
 * `References: …`), one note per kind. Previous msgids (`#|`) and flags are kept, not shown.
 *
 * Statuses: an empty msgstr is `new`; a msgstr under `#, fuzzy` is `draft`; any other `translated`.
 * On export, a changed entry whose segments are draft or rejected gets the fuzzy flag, one whose
 * segments are all translated or approved loses it; its other flags (`c-format`…) stay.
 *
 * Export into the file it came from (the import keeps the original bytes as the document's
 * `package`): an untouched export is those bytes exactly; a translated one rewrites only the
 * msgstr lines of entries whose English changed (and their `#,` flags line, added or removed when
 * fuzziness changes), everything else byte for byte, in the file's line ends and charset (its
 * header's `Content-Type`). Two changes to the header, and only when needed:
 * - when the English needs characters the file's charset cannot hold (curly quotes in an
 *   ISO-8859-1 file), the whole file is written in UTF-8 and its header's `charset=` says so: a
 *   file half in one encoding and half in another reads as neither;
 * - a template's placeholders (`charset=CHARSET`, `nplurals=INTEGER`, empty `Language:`) are filled
 *   in (UTF-8, English plural forms, the project's English) once translations are written into it,
 *   as msginit does: msgfmt refuses a catalogue with them.
 *
 * A document from another format exported as PO is written anew: a header (UTF-8, the project's
 * English as `Language`, English plural forms: nplurals=2), then one entry per segment, its msgctxt the
 * segment's key (or id) so that entries are unique, its comments as `#.` lines, fuzzy when it is
 * draft or rejected.
 */

/** What refusals of a PO file name as the format expected. */
const poAccepted = ['po (.po, .pot)'];

/** One quoted string of an entry (`msgid`, `msgstr[1]`…), with where its lines are in the text. */
interface PoString {
  value: string;
  /** Offset of its keyword (after the line's indentation), and of the end of its last line (before the line end). */
  start: number;
  end: number;
  /** Its first line, counted from 1. */
  line: number;
}

/** A `#,` line, with its flags. */
interface FlagsLine {
  /** Offsets of the line's content, and of the line after it (its line end included). */
  start: number;
  end: number;
  next: number;
  flags: string[];
}

/** An entry of a PO file as read. */
interface PoEntry {
  /** The line of its msgid (for messages). */
  line: number;
  translatorComments: string[];
  extractedComments: string[];
  references: string[];
  flagLines: FlagsLine[];
  /** Where a new `#, fuzzy` line goes: the first `#|` line, else the first keyword's line. */
  flagsAt: number;
  msgctxt?: PoString | undefined;
  msgid: PoString;
  msgidPlural?: PoString | undefined;
  /** One string for a singular entry; `msgstr[0]`, `msgstr[1]`… for a plural one. */
  msgstr: PoString[];
}

/** A PO file as read: its text, its line end, its entries in order (obsolete ones left out). */
interface PoFile {
  decoded: DecodedText;
  lineEnd: string;
  entries: PoEntry[];
  header: PoEntry | undefined;
  /** How many English forms a plural entry has (`msgstr[0]`…): the header's nplurals, else 2. */
  pluralForms: number;
}

const flagsOf = (entry: PoEntry) => entry.flagLines.flatMap((line) => line.flags);
const isFuzzy = (entry: PoEntry) => flagsOf(entry).includes('fuzzy');
const isHeader = (entry: PoEntry) => entry.msgctxt === undefined && entry.msgid.value === '';
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

function malformed(line: number, what: string): InvalidInputError {
  return new InvalidInputError(`This PO file is malformed at line ${line}: ${what}.`);
}

const simpleEscapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

/** The value of a C string as PO writes it (`"…"`), from `at` (its opening quote) to the end of `text`. */
function readQuoted(text: string, at: number, line: number): string {
  if (text[at] !== '"') throw malformed(line, 'a quoted string was expected');
  let value = '';
  let i = at + 1;
  for (;;) {
    const char = text[i];
    if (char === undefined) throw malformed(line, 'the string is not closed (a " is missing at the end of the line)');
    if (char === '"') break;
    if (char !== '\\') {
      value += char;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined && Object.hasOwn(simpleEscapes, next)) {
      value += simpleEscapes[next];
      i += 2;
    } else if (next !== undefined && /[0-7]/u.test(next)) {
      const digits = /^[0-7]{1,3}/u.exec(text.slice(i + 1))![0];
      value += String.fromCharCode(Number.parseInt(digits, 8));
      i += 1 + digits.length;
    } else if (next === 'x' && /^[0-9a-f]/iu.test(text.slice(i + 2))) {
      const digits = /^[0-9a-f]{1,2}/iu.exec(text.slice(i + 2))![0];
      value += String.fromCharCode(Number.parseInt(digits, 16));
      i += 2 + digits.length;
    } else {
      throw malformed(line, `unknown escape sequence "\\${next ?? ''}"`);
    }
  }
  if (text.slice(i + 1).trim() !== '') throw malformed(line, `unexpected text after the string: ${JSON.stringify(text.slice(i + 1).trim().slice(0, 40))}`);
  return value;
}

/** An entry being read: what it has so far. */
interface OpenEntry {
  translatorComments: string[];
  extractedComments: string[];
  references: string[];
  flagLines: FlagsLine[];
  previousAt?: number | undefined;
  firstKeywordAt?: number | undefined;
  msgctxt?: PoString | undefined;
  msgid?: PoString | undefined;
  msgidPlural?: PoString | undefined;
  msgstr: PoString[];
  plural: boolean;
}

const openEntry = (): OpenEntry => ({ translatorComments: [], extractedComments: [], references: [], flagLines: [], msgstr: [], plural: false });

/**
 * Reads the entries of a PO text, line by line as gettext's grammar has them: comments, then
 * `msgctxt`, `msgid`, `msgid_plural`, `msgstr` or `msgstr[n]`, each followed by continuation
 * strings. Throws `InvalidInputError` naming the first line that does not fit.
 */
function readEntries(text: string): PoEntry[] {
  const entries: PoEntry[] = [];
  let current = openEntry();
  /** The string continuation lines add to. */
  let last: PoString | undefined;
  const keys = new Map<string, number>();

  const finish = (line: number) => {
    if (current.msgid === undefined) {
      if (current.msgctxt) throw malformed(current.msgctxt.line, 'msgctxt without msgid');
      return;
    }
    if (current.msgstr.length === 0) throw malformed(line, `the entry of line ${current.msgid.line} has no msgstr`);
    // No msgctxt and an empty one are different contexts to gettext.
    const key = JSON.stringify([current.msgctxt?.value ?? null, current.msgid.value]);
    const twin = keys.get(key);
    if (twin !== undefined) throw malformed(current.msgid.line, `the same msgid${current.msgctxt ? ' and msgctxt' : ''} as the entry of line ${twin} (duplicate message)`);
    keys.set(key, current.msgid.line);
    entries.push({
      line: current.msgid.line,
      translatorComments: current.translatorComments,
      extractedComments: current.extractedComments,
      references: current.references,
      flagLines: current.flagLines,
      flagsAt: current.previousAt ?? current.firstKeywordAt ?? current.msgid.start,
      msgctxt: current.msgctxt,
      msgid: current.msgid,
      msgidPlural: current.msgidPlural,
      msgstr: current.msgstr,
    });
    current = openEntry();
    last = undefined;
  };
  /** Whether the entry read so far is complete (a new comment or keyword starts the next one). */
  const complete = () => current.msgstr.length > 0;
  /** Comments cannot come between an entry's keywords. */
  const beforeComment = (line: number) => {
    if (complete()) finish(line);
    else if (current.msgctxt || current.msgid) throw malformed(line, 'a comment in the middle of an entry (before its msgstr)');
  };

  let offset = 0;
  let lineNumber = 0;
  while (offset < text.length) {
    lineNumber++;
    const newline = text.indexOf('\n', offset);
    const next = newline === -1 ? text.length : newline + 1;
    const contentEnd = newline === -1 ? text.length : newline > offset && text[newline - 1] === '\r' ? newline - 1 : newline;
    const raw = text.slice(offset, contentEnd);
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const at = offset + indent;
    const lineStart = offset;
    offset = next;

    if (line === '') {
      if (complete()) finish(lineNumber);
      continue;
    }
    if (line.startsWith('#')) {
      // Obsolete entries (`#~`) are kept in the file, never read: the comments before one are its own.
      if (line.startsWith('#~')) {
        if (complete()) finish(lineNumber);
        else if (current.msgctxt || current.msgid) throw malformed(lineNumber, 'an obsolete (#~) line in the middle of an entry');
        current = openEntry();
        last = undefined;
        continue;
      }
      beforeComment(lineNumber);
      const body = line.slice(2).trim();
      switch (line[1]) {
        case ',':
          current.flagLines.push({
            start: at,
            end: at + line.length,
            next,
            flags: body.split(',').map((flag) => flag.trim()).filter((flag) => flag !== ''),
          });
          break;
        case '.':
          current.extractedComments.push(body);
          break;
        case ':':
          if (body !== '') current.references.push(body);
          break;
        case '|':
          current.previousAt ??= lineStart;
          break;
        default:
          // `# text` and a bare `#`: the translator's own comment, its first space not part of it.
          current.translatorComments.push(line.slice(1).replace(/^ /u, ''));
      }
      continue;
    }
    if (line.startsWith('"')) {
      if (!last) throw malformed(lineNumber, 'a string outside of any msgid, msgstr or msgctxt');
      last.value += readQuoted(line, 0, lineNumber);
      last.end = at + line.length;
      continue;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?=[\s"])\s*/u.exec(line);
    if (!keyword) throw malformed(lineNumber, `unexpected ${JSON.stringify(line.slice(0, 40))}; expected a comment, msgctxt, msgid, msgid_plural, msgstr or a quoted string`);
    const string: PoString = { value: readQuoted(line, keyword[0].length, lineNumber), start: at, end: at + line.length, line: lineNumber };
    const name = keyword[1]!;
    if (name === 'msgctxt' || name === 'msgid') {
      if (complete()) finish(lineNumber);
      if (name === 'msgctxt') {
        if (current.msgctxt || current.msgid) throw malformed(lineNumber, 'msgctxt after the entry’s msgctxt or msgid');
        current.msgctxt = string;
      } else {
        if (current.msgid) throw malformed(lineNumber, `a second msgid (the entry of line ${current.msgid.line} has no msgstr)`);
        current.msgid = string;
      }
      current.firstKeywordAt ??= lineStart;
    } else if (name === 'msgid_plural') {
      if (!current.msgid || current.msgidPlural || current.msgstr.length > 0) throw malformed(lineNumber, 'msgid_plural must follow a msgid');
      current.msgidPlural = string;
      current.plural = true;
    } else if (keyword[2] === undefined) {
      if (!current.msgid) throw malformed(lineNumber, 'msgstr without msgid');
      if (current.plural) throw malformed(lineNumber, 'an entry with msgid_plural takes msgstr[0], msgstr[1]…, not msgstr');
      if (current.msgstr.length > 0) throw malformed(lineNumber, 'a second msgstr in one entry');
      current.msgstr.push(string);
    } else {
      if (!current.msgid) throw malformed(lineNumber, `${name} without msgid`);
      if (!current.plural) throw malformed(lineNumber, `${name} in an entry without msgid_plural`);
      if (Number(keyword[2]) !== current.msgstr.length) throw malformed(lineNumber, `${name} where msgstr[${current.msgstr.length}] was expected`);
      current.msgstr.push(string);
    }
    last = string;
  }
  if (current.msgid && !complete()) throw malformed(lineNumber, `the entry of line ${current.msgid.line} has no msgstr`);
  finish(lineNumber);
  return entries;
}

/** A charset that is not one: a template's placeholder. */
const placeholderCharset = (charset: string) => charset.toUpperCase() === 'CHARSET';
const isUtf8 = (charset: string) => /^utf-?8$/iu.test(charset);

/**
 * The charset the header's Content-Type declares, read before decoding: PO's syntax is ASCII, so
 * the bytes read as Windows-1252 show it whatever the charset is.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 65_536));
  return /^[ \t]*(?:msgstr[ \t]+)?"[^"\n]*?Content-Type:[^"\n]*?charset=([^"\s;\\]+)/imu.exec(head)?.[1];
}

/**
 * The text of a PO file: in the charset its header declares, or, when it declares none (or a
 * template's `CHARSET`), UTF-8 or a legacy encoding as any text file (decodeText).
 */
function decodePo(bytes: Uint8Array): DecodedText {
  const charset = declaredCharset(bytes);
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (charset === undefined || placeholderCharset(charset) || isUtf8(charset) || hasBom) {
    const decoded = decodeText(bytes, poAccepted);
    if (charset !== undefined && isUtf8(charset) && decoded.encoding !== 'utf-8' && !hasBom) {
      throw new InvalidInputError(`This PO file says its charset is ${charset}, but it is not valid UTF-8 (it reads as ${decoded.encoding}); save it as UTF-8 or correct its Content-Type header.`);
    }
    return decoded;
  }
  if (!iconv.encodingExists(charset)) throw new InvalidInputError(`This PO file's charset "${charset}" (in its Content-Type header) is not one vis-à-vis can read.`);
  const encoding = charset.toLowerCase();
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding, bom: false };
}

function readPo(bytes: Uint8Array): PoFile {
  const decoded = decodePo(bytes);
  refuseBeyond(decoded.text, /^[ \t]*msgid[ \t"]/gmu, unitLimits.poEntries, 'po.entries', `This PO file has more than ${unitLimits.poEntries.toLocaleString('en')} entries; split it into smaller files.`);
  const entries = readEntries(decoded.text);
  const header = entries.find(isHeader);
  return { decoded, lineEnd: /\r\n/u.test(decoded.text.slice(0, 4096)) ? '\r\n' : '\n', entries, header, pluralForms: pluralFormsOf(header) };
}

/**
 * The number of plural forms the header's `Plural-Forms` declares (`nplurals=1; plural=0;`), when
 * it is one gettext accepts (1 to 6); else English's two (a template's `nplurals=INTEGER`, no header).
 */
function pluralFormsOf(header: PoEntry | undefined): number {
  const declared = /^Plural-Forms:[^\n]*?\bnplurals[ \t]*=[ \t]*(\d+)/mu.exec(header?.msgstr[0]?.value ?? '')?.[1];
  const count = Number(declared);
  return declared !== undefined && count >= 1 && count <= 6 ? count : 2;
}

/** A string split into the line breaks it starts with, its text, and the line breaks it ends with. */
function breaksAround(value: string): { lead: string; text: string; trail: string } {
  let start = 0;
  while (value[start] === '\n') start++;
  let end = value.length;
  while (end > start && value[end - 1] === '\n') end--;
  return { lead: value.slice(0, start), text: value.slice(start, end), trail: value.slice(end) };
}

/** The key of an entry (its msgid, after its msgctxt and U+0004 when it has one), `[n]` after it for plural forms. */
function entryKey(entry: PoEntry): string {
  return entry.msgctxt ? `${entry.msgctxt.value}\u0004${entry.msgid.value}` : entry.msgid.value;
}

/**
 * The segments an entry gives: one, or one per English plural form (`pluralForms` of them), each
 * source and target without the line breaks at its ends.
 */
function formsOf(entry: PoEntry, pluralForms: number): Array<{ key: string; source: string; target: string; index: number }> {
  const key = entryKey(entry);
  const target = (index: number) => breaksAround(entry.msgstr[index]?.value ?? '').text;
  if (!entry.msgidPlural) return [{ key, source: breaksAround(entry.msgid.value).text, target: target(0), index: 0 }];
  return Array.from({ length: pluralForms }, (_, index) => ({
    key: `${key}[${index}]`,
    source: breaksAround(index === 0 ? entry.msgid.value : entry.msgidPlural!.value).text,
    target: target(index),
    index,
  }));
}

/** Entries that are segments: not the header, a msgid with words. */
const translatable = (entry: PoEntry) => !isHeader(entry) && hasWords(entry.msgid.value);

function notesOf(entry: PoEntry): string[] {
  const notes = [entry.translatorComments.join('\n').trim(), entry.extractedComments.join('\n').trim()];
  if (entry.references.length > 0) notes.push(`References: ${entry.references.join(' ')}`);
  return notes.filter((note) => note !== '');
}

function statusOf(entry: PoEntry, target: string): Status {
  if (target === '') return 'new';
  return isFuzzy(entry) ? 'draft' : 'translated';
}

/** How PO writes the characters that need an escape (C's, as gettext's tools write them). */
const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/** A string as PO writes it, escapes and all, without its quotes. */
function escapePo(value: string): string {
  let out = '';
  for (const char of value) out += escapes[char] ?? char;
  return out;
}

/**
 * A keyword and its string, as gettext writes them: on one line, or, when the text has line
 * breaks before its end, `""` then one line per line of text.
 */
function poLines(keyword: string, value: string, lineEnd: string): string {
  const lines = value.split(/(?<=\n)/u);
  if (lines.length <= 1) return `${keyword} "${escapePo(value)}"`;
  return `${keyword} ""${lines.map((line) => `${lineEnd}"${escapePo(line)}"`).join('')}`;
}

/**
 * The target between the line breaks its msgid starts and ends with, its own there dropped:
 * msgfmt --check compares them, and the import leaves them out of the segment again.
 */
function withMsgidEnds(target: string, msgid: string): string {
  const { text } = breaksAround(target);
  if (text === '') return '';
  const { lead, trail } = breaksAround(msgid);
  return `${lead}${text}${trail}`;
}

/**
 * gettext PO/POT as a bilingual document format: msgid the French, msgstr the English, written
 * back into the client's own file (see the top of this file for what is kept and how plural forms
 * and contexts become segments).
 *
 * @example
 * const document = poFormat.import(new TextEncoder().encode('msgid "Bonjour"\nmsgstr ""\n'));
 * document.segments[0]?.source; // → 'Bonjour'
 * // After translation, export writes only that msgstr: msgid "Bonjour"\nmsgstr "Hello"\n
 */
export const poFormat: Format = {
  id: 'po',
  name: 'gettext PO',
  extensions: ['po', 'pot'],
  mediaTypes: ['text/x-gettext-translation', 'text/x-po', 'text/x-gettext-translation-template'],
  bilingual: true,
  detect(bytes) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    return /^[ \t]*msgid[ \t]+"/mu.test(head) && /^[ \t]*msgstr(?:\[\d+\])?[ \t]+"/mu.test(head);
  },
  import(bytes) {
    const { decoded, entries, pluralForms } = readPo(bytes);
    const segments: SourceSegment[] = [];
    for (const entry of entries.filter(translatable)) {
      const notes = notesOf(entry);
      for (const form of formsOf(entry, pluralForms)) {
        const formNotes = form.index === 0 ? notes : [];
        segments.push({
          kind: 'paragraph',
          source: form.source,
          codes: [],
          before: '',
          joins: [],
          key: form.key,
          translation: form.target !== '' || formNotes.length > 0 ? { target: form.target, status: statusOf(entry, form.target), notes: formNotes } : undefined,
        });
      }
    }
    if (segments.length === 0) throw new EmptyDocumentError();
    refuseTooManySegments(segments.length);
    return { format: 'po', encoding: decoded.encoding, bom: decoded.bom, segments, trailer: '', suggestedTitle: undefined, package: bytes };
  },
  export(document) {
    if (document.sourceFormat === 'po' && document.package) return writeIntoPo(document.package, document);
    return new TextEncoder().encode(freshPo(document));
  },
};

/** A text edit of the original: `[start, end)` replaced by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The fuzzy flag an entry should have after export: set when one of its translated forms is a
 * draft or rejected, cleared when all are confirmed; as it is when no form has a target.
 */
function wantsFuzzy(entry: PoEntry, segments: ReadonlyArray<TargetSegment | undefined>): boolean {
  const written = segments.filter((segment): segment is TargetSegment => segment !== undefined && segment.target !== '');
  if (written.length === 0) return isFuzzy(entry);
  return written.some((segment) => segment.status === 'draft' || segment.status === 'rejected' || segment.status === 'new');
}

function fuzzyEdits(entry: PoEntry, fuzzy: boolean, lineEnd: string): Edit[] {
  if (fuzzy === isFuzzy(entry)) return [];
  if (fuzzy) {
    // gettext writes fuzzy first among the flags.
    const first = entry.flagLines[0];
    if (first) return [{ start: first.start, end: first.end, text: `#, ${['fuzzy', ...first.flags].join(', ')}` }];
    return [{ start: entry.flagsAt, end: entry.flagsAt, text: `#, fuzzy${lineEnd}` }];
  }
  return entry.flagLines
    .filter((line) => line.flags.includes('fuzzy'))
    .map((line) => {
      const rest = line.flags.filter((flag) => flag !== 'fuzzy');
      return rest.length === 0 ? { start: line.start, end: line.next, text: '' } : { start: line.start, end: line.end, text: `#, ${rest.join(', ')}` };
    });
}

/**
 * Writes the translated segments into the PO they were imported from: only the msgstr lines of
 * entries whose English changed, and their fuzzy flag; nothing else (see the top of this file).
 */
function writeIntoPo(original: Uint8Array, document: TargetDocument): Uint8Array<ArrayBuffer> {
  const { decoded, lineEnd, entries, header, pluralForms } = readPo(original);
  const text = decoded.text;
  const byKey = new Map(document.segments.map((segment) => [segment.key, segment]));
  const edits: Edit[] = [];
  for (const entry of entries.filter(translatable)) {
    const forms = formsOf(entry, pluralForms);
    const segments = forms.map((form) => byKey.get(form.key));
    const changed = forms.filter((form, i) => segments[i] !== undefined && segments[i].target !== form.target && form.index < entry.msgstr.length);
    const missing = forms.slice(entry.msgstr.length);
    const extra = entry.msgstr.slice(forms.length);
    const fuzzy = wantsFuzzy(entry, segments);
    const missingTranslated = missing.some((form) => (byKey.get(form.key)?.target ?? '') !== '');
    if (changed.length === 0 && !missingTranslated && fuzzy === isFuzzy(entry)) continue;
    const written = (index: number, target: string) => poLines(entry.msgidPlural ? `msgstr[${index}]` : 'msgstr', withMsgidEnds(target, entry.msgid.value), lineEnd);
    for (const form of changed) {
      const string = entry.msgstr[form.index]!;
      edits.push({ start: string.start, end: string.end, text: written(form.index, byKey.get(form.key)!.target) });
    }
    // A written plural entry has exactly the header's number of forms: those the file lacks go
    // after its last msgstr[n] (empty when untranslated), those beyond it go.
    const last = entry.msgstr.at(-1)!;
    if (missing.length > 0) edits.push({ start: last.end, end: last.end, text: missing.map((form) => `${lineEnd}${written(form.index, byKey.get(form.key)?.target ?? '')}`).join('') });
    if (extra.length > 0) edits.push({ start: entry.msgstr[forms.length - 1]!.end, end: last.end, text: '' });
    edits.push(...fuzzyEdits(entry, fuzzy, lineEnd));
  }
  if (edits.length === 0) return new Uint8Array(original);

  let encoding = decoded.encoding;
  const contentType = header?.msgstr[0];
  const headerEdits: Edit[] = [];
  const charsetAt = contentType ? /charset=([^"\s;\\]+)/iu.exec(text.slice(contentType.start, contentType.end)) : null;
  const charset = charsetAt?.[1];
  const setCharset = (value: string) => {
    if (!contentType || !charsetAt) return;
    const start = contentType.start + charsetAt.index + 'charset='.length;
    headerEdits.push({ start, end: start + charset!.length, text: value });
  };
  if (charset !== undefined && placeholderCharset(charset)) {
    setCharset('UTF-8');
    encoding = 'utf-8';
  }
  if (header) headerEdits.push(...templateEdits(text, header, document));
  let out = apply(text, [...edits, ...headerEdits]);
  if (!holds(encoding, out)) {
    // The English needs characters the file's charset cannot hold: the whole file in UTF-8, and its header says so.
    if (charset !== undefined && !placeholderCharset(charset)) setCharset('UTF-8');
    out = apply(text, [...edits, ...headerEdits]);
  }
  return encodeExport(out, { encoding, bom: decoded.bom, onEncoding: document.onEncoding });
}

/** `text` with `edits` (which never overlap) applied; insertions at one offset keep their order. */
function apply(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.start - b.edit.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { edit } of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

const englishPluralForms = 'nplurals=2; plural=(n != 1);';

/** A template's header placeholders filled in (plural forms, language), as msginit would. */
function templateEdits(text: string, header: PoEntry, document: TargetDocument): Edit[] {
  const msgstr = header.msgstr[0];
  if (!msgstr) return [];
  const span = text.slice(msgstr.start, msgstr.end);
  const edits: Edit[] = [];
  const plural = /Plural-Forms:[ \t]*(nplurals=INTEGER; plural=EXPRESSION;)/u.exec(span);
  if (plural) {
    const start = msgstr.start + plural.index + plural[0].length - plural[1]!.length;
    edits.push({ start, end: start + plural[1]!.length, text: englishPluralForms });
  }
  const language = /Language:[ \t]*(?=\\n)/u.exec(span);
  if (language) edits.push({ start: msgstr.start + language.index, end: msgstr.start + language.index + language[0].length, text: `Language: ${poLanguage(document.targetLang)}` });
  return edits;
}

/** `en-US` as gettext names it: `en_US`. */
const poLanguage = (lang: string) => lang.replace('-', '_');

/** A document from another format as a new PO file (UTF-8): a header, then one entry per segment. */
function freshPo(document: TargetDocument): string {
  const header = [
    `Project-Id-Version: ${document.title}`,
    `Language: ${poLanguage(document.targetLang)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    `Plural-Forms: ${englishPluralForms}`,
    'X-Generator: vis-à-vis',
  ];
  const out = [`# English translation of ${document.title.replace(/[\r\n]+/gu, ' ')}.`, 'msgid ""', `msgstr ""${header.map((field) => `\n"${escapePo(`${field.replace(/[\r\n]+/gu, ' ')}\n`)}"`).join('')}`];
  const used = new Set<string>();
  for (const segment of document.segments) {
    // The key (or id) as msgctxt makes every entry unique; gettext forbids U+0004 in it.
    let context = (segment.key ?? String(segment.id)).replaceAll('\u0004', ' | ');
    if (used.has(context)) context = `${context} #${segment.id}`;
    used.add(context);
    const source = exportWords({ text: segment.source.text, codes: segment.codes });
    const target = segment.target === '' ? '' : withMsgidEnds(exportWords({ text: segment.target, codes: segment.codes }), source);
    const lines = [''];
    for (const note of segment.notes) for (const line of note.split(/\r\n|\r|\n/u)) lines.push(`#. ${line}`.trimEnd());
    if (target !== '' && (segment.status === 'draft' || segment.status === 'rejected')) lines.push('#, fuzzy');
    lines.push(poLines('msgctxt', context, '\n'), poLines('msgid', source, '\n'), poLines('msgstr', target, '\n'));
    out.push(...lines);
  }
  return `${out.join('\n')}\n`;
}
