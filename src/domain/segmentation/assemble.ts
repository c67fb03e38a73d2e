import type { SegmentKind } from '../segment';
import { joinLines, restoreLines } from './joining';
import type { SegmentedText, TextRange } from './types';

/** A segment to cut: its kind and the trimmed content range of each of its lines, in order. */
export interface SegmentCut {
  kind: SegmentKind;
  lines: TextRange[];
}

/**
 * Cuts `text` into segments. Everything outside the cuts (blank lines, indentation, list and
 * heading markers, non-translatable lines) becomes the `before` of the next segment or the
 * trailer, so that `rebuildSource(assemble(text, cuts)) === text` for any ordered, non-overlapping cuts.
 *
 * @example
 * assemble('Titre\n\nTexte.\n', [
 *   { kind: 'heading', lines: [{ start: 0, end: 5 }] },
 *   { kind: 'paragraph', lines: [{ start: 7, end: 13 }] },
 * ]); // → segments 'Titre' (before '') and 'Texte.' (before '\n\n'), trailer '\n'
 */
export function assemble(text: string, cuts: readonly SegmentCut[]): SegmentedText {
  const segments: SegmentedText['segments'] = [];
  let cursor = 0;
  for (const cut of cuts) {
    const first = cut.lines[0];
    const last = cut.lines[cut.lines.length - 1];
    if (!first || !last) continue;
    const { source, joins } = joinLines(text, cut.lines);
    segments.push({ kind: cut.kind, source, joins, before: text.slice(cursor, first.start) });
    cursor = last.end;
  }
  return { segments, trailer: text.slice(cursor) };
}

/**
 * Rebuilds the exact source text from its segments: the round-trip law.
 *
 * @example
 * rebuildSource(assemble(text, cuts)) === text; // → true
 */
export function rebuildSource(segmented: SegmentedText): string {
  let out = '';
  for (const segment of segmented.segments) out += segment.before + (segment.original ?? restoreLines(segment.source, segment.joins));
  return out + segmented.trailer;
}
