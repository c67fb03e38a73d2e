import { EmptyDocumentError } from '../domain/errors';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { type CodeKind, type InlineCode, type InlineToken, missingCodes, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { assemble, hasTranslatableText, restoreLines, type SegmentCut, type SourceSegment, type TextRange } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import { encodeExport } from './_lib/encode';
import { exportTokens, exportWords } from './_lib/export-text';
import { mergeSkeleton, untouched, utf8Bytes } from './_lib/skeleton';
import type { Format, TargetDocument, TargetSegment } from './format';

/**
 * Subtitles (news video): SubRip (.srt) and WebVTT (.vtt). Each cue's text is a segment, its line
 * breaks line-break codes (so a dialogue's lines stay apart); numbers, timings, cue settings, the
 * WebVTT header, NOTE, STYLE and REGION blocks stay in the skeleton. The styling tags each format's
 * players understand (`<i>`, `<b>`, `<font …>`, `<c.yellow>`, `<v Speaker>`, WebVTT's
 * `<00:00:01.000>`) become codes; WebVTT's character references (`&amp;`, `&lt;`) are read as the
 * characters they stand for. A translated cue keeps the lines its translator made (line-break codes
 * or typed line breaks); a line longer than 42 characters is wrapped, never cutting a tag.
 *
 * What a translator writes is text, and leaves as text: players render cue text as markup (some
 * through a browser), so a target's `<script>` or `<img onerror=…>` must not reach them as tags.
 * WebVTT can say so exactly: `&`, `<` and `>` are written `&amp;`, `&lt;` and `&gt;`. SubRip has no
 * escapes — most players show `&lt;` as it is — so a `<` that could open a tag (followed by a
 * letter, `/`, `!` or `?`) becomes `‹` (and its `>`, `›`) unless it is one of the tags SubRip
 * players support; any other `<` (`moins de 5 < 10`) and `&` stay as typed, and `-->` becomes
 * `--›`, which would otherwise start a new cue. The source's own tags come back as codes; a code
 * whose markup is not a supported tag (one imported by an older version) is written as text too.
 */

const timing = /^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{2}[,.]\d{3}/u;
const lineEnd = /\r\n|\r|\n/gu;
/** The usual limit of a subtitle line (Netflix, BBC, EBU guidelines). */
const lineWidth = 42;

interface Line extends TextRange {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(lineEnd)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The cuts of a subtitle file: in each block whose timing line is found, the text lines after it. */
function cueCuts(text: string, vtt: boolean): SegmentCut[] {
  const lines = linesOf(text);
  const cuts: SegmentCut[] = [];
  let i = 0;
  while (i < lines.length) {
    // A block runs to the next blank line.
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
    const block: Line[] = [];
    while (i < lines.length && lines[i]!.text.trim() !== '') block.push(lines[i++]!);
    const first = block[0]?.text.trim() ?? '';
    if (vtt && /^(?:WEBVTT|NOTE|STYLE|REGION)\b/u.test(first)) continue;
    const timingAt = block.findIndex((line) => timing.test(line.text));
    if (timingAt < 0) continue;
    const content = block.slice(timingAt + 1).map((line) => ({ start: line.start + (line.text.length - line.text.trimStart().length), end: line.start + line.text.trimEnd().length }));
    if (content.length > 0 && hasTranslatableText(text.slice(content[0]!.start, content.at(-1)!.end))) cuts.push({ kind: 'caption', lines: content });
  }
  return cuts;
}

/** A tag a format's players understand, as read from its markup. */
interface SubtitleTag {
  /** The element (`i`, `font`, `c`, `v`), without classes; a timestamp has none. */
  name: string;
  closing: boolean;
  timestamp: boolean;
}

/** What differs between SubRip and WebVTT cue text: which tags are tags, and how text is written. */
interface CueMarkup {
  /** The tag `markup` (a whole `<…>`) is, or undefined when players would not take it for one of theirs. */
  tag(markup: string): SubtitleTag | undefined;
  /** Cue text as the file has it → the text a translator reads. */
  read(text: string): string;
  /** A translator's text → cue text no player takes for markup. */
  write(text: string): string;
  /** How many characters written text (without tags) shows. */
  width(text: string): number;
}

const srtTag = /^<(\/?)(b|i|u|s)>$|^<(font)(?:\s+(?:color|face|size)\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))+\s*>$|^<(\/)(font)>$/iu;

/** SubRip as players read it (VLC, mpv, browsers' converters): `<b> <i> <u> <s> <font color|face|size>`. */
const srtMarkup: CueMarkup = {
  tag(markup) {
    const match = srtTag.exec(markup);
    if (!match) return undefined;
    return { name: (match[2] ?? match[3] ?? match[5]!).toLowerCase(), closing: Boolean(match[1] ?? match[4]), timestamp: false };
  },
  read: (text) => text,
  write: (text) =>
    text
      .replace(/<(?=[A-Za-z/!?])([^<>]*)(>?)/gu, (whole: string, inside: string, close: string) => (close !== '' && srtMarkup.tag(whole) ? whole : `‹${inside}${close === '' ? '' : '›'}`))
      .replace(/-->/gu, '--›'),
  width: (text) => [...text].length,
};

/** A WebVTT character reference (HTML's named ones, decimal, hexadecimal). */
const characterReference = /&(?:([A-Za-z][A-Za-z\d]*)|#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6}));/gu;
const annotation = '(?:[^<>&\\r\\n]|&(?:[A-Za-z][A-Za-z\\d]*|#\\d{1,7}|#[xX][\\dA-Fa-f]{1,6});)*';
const vttTag = new RegExp(`^<(?:(b|i|u|c|ruby|rt)(?:\\.[^\\s.<>&]+)*|(v|lang)(?:\\.[^\\s.<>&]+)*(?:[ \\t\\f]${annotation})?)>$|^</(b|i|u|c|ruby|rt|v|lang)>$`, 'u');
const vttTimestamp = /^<(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}>$/u;

/** WebVTT cue text (W3C WebVTT, "cue text parsing rules"): its tags, timestamps and character references. */
const vttMarkup: CueMarkup = {
  tag(markup) {
    if (vttTimestamp.test(markup)) return { name: '', closing: false, timestamp: true };
    const match = vttTag.exec(markup);
    if (!match) return undefined;
    return { name: match[1] ?? match[2] ?? match[3]!, closing: match[3] !== undefined, timestamp: false };
  },
  read: (text) =>
    text.replace(characterReference, (whole: string, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
      const point = Number.parseInt(decimal ?? hex!, decimal === undefined ? 16 : 10);
      return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : whole;
    }),
  write: (text) => text.replace(/[&<>]/gu, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;')),
  width: (text) => [...text.replace(characterReference, '&')].length,
};

const tagKinds: Readonly<Record<string, CodeKind>> = { i: 'italic', b: 'bold', u: 'underline', s: 'strike' };

/** A WebVTT voice (`<v Speaker>`, `<v.loud Speaker>`): a span that covers its cue, or its line of a dialogue. */
const voiceTag = /^<v[\s.>]/u;
/** A line break inside a cue, with the spaces around it (the lines were trimmed, the file keeps them). */
const cueBreak = /[ \t]*(\r\n|\r|\n)[ \t]*/gu;

/**
 * A cue's text with its styling tags and its line breaks as codes, its text as the translator reads
 * it; a one-line cue without tags stays plain. Tag-like text that is not one of the format's tags
 * stays text. A line break is a `break` code (as HTML's `<br>`) so that each line of a dialogue
 * (`- Tu es à l'antenne.` / `- Là, maintenant ?`) stays on its own line; it is droppable (a target
 * without it is wrapped at the subtitle width). A voice is not droppable: the QA reports it missing,
 * and an export puts it back at the start of its line.
 */
function withTags(segment: SourceSegment, markup: CueMarkup): SourceSegment {
  const original = segment.original ?? restoreLines(segment.source, segment.joins);
  if (!/[<&\r\n]/u.test(original)) return { ...segment, codes: [] };
  const codes: InlineCode[] = [];
  const tokens: InlineToken[] = [];
  const open: Array<{ name: string; id: string }> = [];
  const addCode = (code: Omit<InlineCode, 'id'>): string => {
    const id = String(codes.length + 1);
    codes.push({ id, ...code });
    return id;
  };
  const addText = (value: string): void => {
    let last = 0;
    for (const match of value.matchAll(cueBreak)) {
      if (match.index > last) tokens.push({ type: 'text', text: markup.read(value.slice(last, match.index)) });
      tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind: 'break', open: match[1]!, droppable: true }) });
      last = match.index + match[0].length;
    }
    if (value.length > last) tokens.push({ type: 'text', text: markup.read(value.slice(last)) });
  };
  let last = 0;
  // A tag never runs over a line end: `<` on one line and `>` on the next are text.
  for (const match of original.matchAll(/<[^<>\r\n]*>/gu)) {
    const tag = markup.tag(match[0]);
    if (!tag) continue;
    addText(original.slice(last, match.index));
    last = match.index + match[0].length;
    if (tag.timestamp) {
      // A karaoke timestamp: dropping it only loses the timing of the words after it.
      tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind: 'other', open: match[0], droppable: true }) });
    } else if (tag.closing) {
      const at = open.map((entry) => entry.name).lastIndexOf(tag.name);
      const opened = at >= 0 ? open.splice(at, 1)[0] : undefined;
      if (opened) {
        const code = codes.find((candidate) => candidate.id === opened.id)!;
        code.close = match[0];
        tokens.push({ type: 'close', id: opened.id });
      } else {
        tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind: 'html', open: match[0], droppable: false }) });
      }
    } else {
      const id = addCode({ type: 'paired', kind: tagKinds[tag.name] ?? 'span', open: match[0], close: '', droppable: tag.name !== 'v' });
      open.push({ name: tag.name, id });
      tokens.push({ type: 'open', id });
    }
  }
  addText(original.slice(last));
  if (codes.length === 0) {
    const text = textOfTokens(tokens);
    return text === segment.source ? { ...segment, codes: [] } : { ...segment, source: text, codes: [], joins: [], original };
  }
  // Tags opened and never closed (`<v Speaker>` usually is not) stand alone.
  const settled = settleLonePairs(tokens, codes);
  return { ...segment, source: serializeMarkup(settled.tokens), codes: settled.codes, joins: [], original };
}

/** Where a line of the cue ends, while it is written (a character no cue text keeps). */
const lineMark = '\u0000';

/**
 * A translated cue: its text (tags back in place) with the file's line ends. The lines are those
 * the translator made, with the source's line-break codes or with line breaks typed in the text;
 * a line longer than 42 characters (or than the source cue's widest line, in a file that does not
 * keep to 42) is wrapped, lines are never joined again. Blank lines are
 * left out: a blank line would end the cue.
 */
function writeCue(segment: TargetSegment, newline: string, markup: CueMarkup): string {
  const code = (value: string) => (markup.tag(value) ? value : markup.write(value));
  const tokens = withVoicesPlaced(exportTokens(segment.text, segment.codes), segment.codes, segment.source.text);
  const text = renderTokens(tokens, segment.codes, {
    text: (value) => markup.write(value.replaceAll(lineMark, '').replace(/\s*[\r\n]+\s*/gu, lineMark)),
    open: (value) => code(value.open),
    close: (value) => code(value.close ?? ''),
    standalone: (value) => (value.kind === 'break' ? lineMark : code(value.open)),
  });
  // The width the client's file keeps to: 42 characters, or its own cue's widest line when wider.
  const source = segment.source.original ?? segment.source.text;
  const width = Math.max(lineWidth, ...source.split(/\r?\n/u).map((line) => shownWidth(line, markup)));
  const lines: string[] = [];
  for (const line of text.split(lineMark).flatMap((part) => wrapCue(part, markup, width))) {
    // Tags alone (a closing `</i>` after the last break) go with the words before them, or after.
    if (!shows(line, markup) && lines.length > 0) lines[lines.length - 1] += line;
    else if (lines.length > 0 && !shows(lines.at(-1)!, markup)) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines.join(newline);
}

/** How wide a line of cue text shows: its tags take no room, a character reference one. */
function shownWidth(line: string, markup: CueMarkup): number {
  return markup.width(line.replace(/<[^<>]*>/gu, (tag) => (markup.tag(tag) ? '' : tag)));
}

/** Whether a line of cue text shows something: words, not only tags. */
function shows(line: string, markup: CueMarkup): boolean {
  return line.replace(/<[^<>]*>/gu, (tag) => (markup.tag(tag) ? '' : tag)).trim() !== '';
}

/**
 * A target's tokens with the voices it left out put back, as memoQ and Trados do with a missing
 * speaker: a voice covers its cue (or its line of a dialogue), so it goes at the start of the line
 * it began in the source (after the same line-break code when the target has it, else at the start
 * of the cue), a closed voice closed at the end of that line. Appended at the end, as other missing
 * codes are, it would give the words no speaker and open an empty span.
 */
function withVoicesPlaced(tokens: readonly InlineToken[], codes: readonly InlineCode[], source: string): InlineToken[] {
  const voices = missingCodes(tokens, codes).filter((code) => voiceTag.test(code.open));
  if (voices.length === 0) return [...tokens];
  const breaks = new Set(codes.filter((code) => code.kind === 'break').map((code) => code.id));
  const sourceTokens = exportTokens(source, codes);
  const out = [...tokens];
  const isBreak = (token: InlineToken | undefined, id?: string): boolean => token?.type === 'standalone' && breaks.has(token.id) && (id === undefined || token.id === id);
  // Last first, so that voices starting the same line keep the source's order.
  for (const voice of voices.reverse()) {
    const at = sourceTokens.findIndex((token) => token.type !== 'text' && token.id === voice.id);
    const lineBreak = sourceTokens.slice(0, Math.max(at, 0)).findLast((token) => isBreak(token));
    const after = lineBreak ? out.findIndex((token) => isBreak(token, (lineBreak as { id: string }).id)) : -1;
    const start = after + 1;
    if (voice.type === 'standalone') {
      out.splice(start, 0, { type: 'standalone', id: voice.id });
      continue;
    }
    const lineEnd = out.findIndex((token, i) => i >= start && isBreak(token));
    out.splice(lineEnd < 0 ? out.length : lineEnd, 0, { type: 'close', id: voice.id });
    out.splice(start, 0, { type: 'open', id: voice.id });
  }
  return out;
}

/**
 * Cue text in lines of at most `width` characters as they show: a tag takes no room and is never cut
 * at a space inside it (`<v Claire Martin>`, `<font color="red">`), a character reference takes
 * one. Otherwise as `wrapText`.
 */
function wrapCue(text: string, markup: CueMarkup, width = lineWidth): string[] {
  const words: Array<{ text: string; width: number }> = [];
  let word = { text: '', width: 0 };
  const endWord = (): void => {
    if (word.text !== '') words.push(word);
    word = { text: '', width: 0 };
  };
  const addText = (value: string): void => {
    value.split(/(\s+)/u).forEach((part, i) => {
      if (i % 2 === 1) endWord();
      else word = { text: word.text + part, width: word.width + markup.width(part) };
    });
  };
  let last = 0;
  for (const match of text.matchAll(/<[^<>]*>/gu)) {
    if (!markup.tag(match[0])) continue;
    addText(text.slice(last, match.index));
    word.text += match[0];
    last = match.index + match[0].length;
  }
  addText(text.slice(last));
  endWord();
  const lines: string[] = [];
  let line = { text: '', width: 0 };
  for (const next of words) {
    if (line.text === '') line = next;
    else if (line.width + 1 + next.width <= width) line = { text: `${line.text} ${next.text}`, width: line.width + 1 + next.width };
    else {
      lines.push(line.text);
      line = next;
    }
  }
  if (line.text !== '') lines.push(line.text);
  return lines;
}

function subtitleFormat(id: 'srt' | 'vtt'): Format {
  const vtt = id === 'vtt';
  const markup = vtt ? vttMarkup : srtMarkup;
  return {
    id,
    name: vtt ? 'WebVTT subtitles' : 'SubRip subtitles',
    extensions: [id],
    mediaTypes: vtt ? ['text/vtt'] : ['application/x-subrip'],
    detect(bytes) {
      const head = new TextDecoder().decode(bytes.subarray(0, 512));
      return vtt ? /^\uFEFF?WEBVTT\b/u.test(head) : /^\uFEFF?\s*\d+\s*\r?\n\s*\d{2}:\d{2}:\d{2},\d{3}\s+-->/u.test(head);
    },
    import(bytes) {
      const decoded = decodeText(bytes);
      refuseBeyond(decoded.text, /-->/gu, unitLimits.cues, 'subtitles.cues', `This subtitle file has more than ${unitLimits.cues.toLocaleString('en')} cues; split it into smaller files.`);
      const segmented = assemble(decoded.text, cueCuts(decoded.text, vtt));
      if (segmented.segments.length === 0) throw new EmptyDocumentError();
      const segments = segmented.segments.map((segment) => withTags(segment, markup));
      return { format: id, ...decoded, segments, trailer: segmented.trailer, suggestedTitle: undefined };
    },
    export(document: TargetDocument) {
      if (document.sourceFormat !== id) return utf8Bytes(subtitlesFrom(document, vtt));
      const newline = /\r\n/u.test(document.segments[0]?.before ?? '') ? '\r\n' : '\n';
      // In the file's own encoding; WebVTT is UTF-8 by specification, so that is where one that was not goes when it must change.
      return encodeExport(mergeSkeleton({ segments: document.segments.map((segment) => ({ ...segment, text: untouched(segment) ?? writeCue(segment, newline, markup) })), trailer: document.trailer }), document);
    },
  };
}

/** Subtitles for a document that had none: one cue of three seconds per segment, as a starting point. */
function subtitlesFrom(document: TargetDocument, vtt: boolean): string {
  const stamp = (seconds: number) => {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = seconds % 60;
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}${vtt ? '.' : ','}000`;
  };
  const cues = document.segments
    .filter((segment) => segment.text.trim() !== '')
    .map((segment, i) => `${vtt ? '' : `${i + 1}\n`}${stamp(i * 3)} --> ${stamp(i * 3 + 3)}\n${writeCue({ ...segment, text: exportWords(segment), codes: [] }, '\n', vtt ? vttMarkup : srtMarkup)}`);
  return `${vtt ? 'WEBVTT\n\n' : ''}${cues.join('\n\n')}\n`;
}

export const srtFormat = subtitleFormat('srt');
export const vttFormat = subtitleFormat('vtt');
