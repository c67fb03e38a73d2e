import { restoreLines } from '../../domain/segmentation';
import type { TargetDocument, TargetSegment } from '../format';

/**
 * A segment's source exactly as it was in the file, when the segment is written untouched (its
 * text is its source): line breaks and escapes back, so an untranslated export is the original.
 * Undefined when the segment has a translation.
 */
export function untouched(segment: TargetSegment): string | undefined {
  if (segment.text !== segment.source.text) return undefined;
  return segment.source.original ?? restoreLines(segment.source.text, segment.source.joins);
}

/**
 * Writes the target texts into the source skeleton: the English version with exactly the
 * source's layout (blank lines, indentation, Markdown markers).
 *
 * @example
 * mergeSkeleton({ segments: [{ before: '# ', text: 'Title', kind: 'heading' }], trailer: '\n' }); // → '# Title\n'
 */
export function mergeSkeleton(document: Pick<TargetDocument, 'segments' | 'trailer'>): string {
  let out = '';
  for (const segment of document.segments) out += segment.before + segment.text;
  return out + document.trailer;
}

/** How two segments were separated in the source: a blank line, a line break, or on one line. */
export function separation(segment: TargetSegment): 'blank-line' | 'line' | 'inline' {
  // A text living inside its paragraph's code (an image's alt text, _lib/linked-texts.ts) has no
  // place in the source's lines: in a layout it is a block of its own.
  if (segment.before === '' && segment.source.original === '') return 'blank-line';
  const breaks = segment.before.match(/\r\n|\n|\r/g)?.length ?? 0;
  if (breaks >= 2) return 'blank-line';
  return breaks === 1 ? 'line' : 'inline';
}

const encoder = new TextEncoder();

/** A file written anew (a document exported to another format than its source's) is UTF-8. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** The first heading's text, shortened, as a title suggestion. */
export function titleFrom(segments: readonly { kind: string; source: string }[]): string | undefined {
  const heading = segments.find((segment) => segment.kind === 'heading');
  if (!heading) return undefined;
  const title = heading.source.replace(/\s+/gu, ' ').trim();
  return title.length > 120 ? `${title.slice(0, 119)}…` : title;
}
