import { EmptyDocumentError } from '../domain/errors';
import { type CodeKind, type InlineCode, type InlineToken, renderTokens, serializeMarkup, settleLonePairs, textOfTokens } from '../domain/inline';
import { assemble, hasTranslatableText, restoreLines, type SegmentCut, type SourceSegment, type TextRange, wrapText } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { refuseBeyond, unitLimits } from './_lib/limits';
import { exportTokens } from './_lib/export-text';
import { mergeSkeleton, untouched, utf8Bytes } from './_lib/skeleton';
import type { Format, TargetDocument, TargetSegment } from './format';

/**
 * Subtitles (news video): SubRip (.srt) and WebVTT (.vtt). Each cue's text is a segment, its lines
 * joined; numbers, timings, cue settings, the WebVTT header, NOTE, STYLE and REGION blocks stay in
 * the skeleton. Styling tags (`<i>`, `<b>`, `<font …>`, `<c.yellow>`, `<v Speaker>`) become codes.
 * A translated cue is wrapped at 42 characters a line, two lines at most when it fits.
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

const tagKinds: Readonly<Record<string, CodeKind>> = { i: 'italic', b: 'bold', u: 'underline' };

/** A cue's joined text with its styling tags as codes; plain text stays plain. */
function withTags(segment: SourceSegment): SourceSegment {
  if (!/<[^>]+>/u.test(segment.source)) return { ...segment, codes: [] };
  const codes: InlineCode[] = [];
  const tokens: InlineToken[] = [];
  const open: Array<{ name: string; id: string }> = [];
  let last = 0;
  for (const match of segment.source.matchAll(/<(\/?)([a-z]+)[^>]*>/giu)) {
    if (match.index > last) tokens.push({ type: 'text', text: segment.source.slice(last, match.index) });
    last = match.index + match[0].length;
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const at = open.map((entry) => entry.name).lastIndexOf(name);
      const opened = at >= 0 ? open.splice(at, 1)[0] : undefined;
      if (opened) {
        const code = codes.find((candidate) => candidate.id === opened.id)!;
        code.close = match[0];
        tokens.push({ type: 'close', id: opened.id });
      } else {
        const id = String(codes.length + 1);
        codes.push({ id, type: 'standalone', kind: 'html', open: match[0], droppable: false });
        tokens.push({ type: 'standalone', id });
      }
      continue;
    }
    const id = String(codes.length + 1);
    codes.push({ id, type: 'paired', kind: tagKinds[name] ?? 'span', open: match[0], close: '', droppable: true });
    open.push({ name, id });
    tokens.push({ type: 'open', id });
  }
  if (last < segment.source.length) tokens.push({ type: 'text', text: segment.source.slice(last) });
  // Tags opened and never closed (`<v Speaker>` usually is not) stand alone.
  const settled = settleLonePairs(tokens, codes);
  return { ...segment, source: serializeMarkup(settled.tokens), codes: settled.codes, joins: [], original: restoreLines(segment.source, segment.joins) };
}

/** A translated cue: its text (tags back in place) wrapped at the subtitle width, with the file's line ends. */
function writeCue(segment: TargetSegment, newline: string): string {
  const text = renderTokens(exportTokens(segment.text, segment.codes), segment.codes, {
    text: (value) => value.replace(/\s*[\r\n]+\s*/gu, ' '),
    open: (code) => code.open,
    close: (code) => code.close ?? '',
    standalone: (code) => code.open,
  });
  return wrapText(text, lineWidth).join(newline);
}

function subtitleFormat(id: 'srt' | 'vtt'): Format {
  const vtt = id === 'vtt';
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
      const segments = segmented.segments.map(withTags);
      return { format: id, ...decoded, segments, trailer: segmented.trailer, suggestedTitle: undefined };
    },
    export(document: TargetDocument) {
      if (document.sourceFormat !== id) return utf8Bytes(subtitlesFrom(document, vtt));
      const newline = /\r\n/u.test(document.segments[0]?.before ?? '') ? '\r\n' : '\n';
      return utf8Bytes(mergeSkeleton({ segments: document.segments.map((segment) => ({ ...segment, text: untouched(segment) ?? writeCue(segment, newline) })), trailer: document.trailer }));
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
    .map((segment, i) => `${vtt ? '' : `${i + 1}\n`}${stamp(i * 3)} --> ${stamp(i * 3 + 3)}\n${writeCue({ ...segment, text: textOfTokensSafe(segment), codes: [] }, '\n')}`);
  return `${vtt ? 'WEBVTT\n\n' : ''}${cues.join('\n\n')}\n`;
}

function textOfTokensSafe(segment: TargetSegment): string {
  return segment.codes.length === 0 ? segment.text : textOfTokens(exportTokens(segment.text, segment.codes));
}

export const srtFormat = subtitleFormat('srt');
export const vttFormat = subtitleFormat('vtt');
