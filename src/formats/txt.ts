import { EmptyDocumentError } from '../domain/errors';
import { hardWrapWidth, restoreLines, segmentPlainText, wrapText } from '../domain/segmentation';
import { decodeText } from './_lib/decode';
import { markdownToPlainText } from './_lib/markdown';
import { encodeExport } from './_lib/encode';
import { exportWords } from './_lib/export-text';
import { mergeSkeleton, separation, titleFrom, untouched, utf8Bytes } from './_lib/skeleton';
import type { Format, TargetDocument, TargetSegment } from './format';

/**
 * Plain text: paragraphs separated by blank lines, French line-joining rules inside them.
 * Exports the English version with the source's exact layout (an untranslated paragraph with its
 * line breaks); a Markdown document exported as text keeps its words and paragraphs, not its markup.
 */
export const txtFormat: Format = {
  id: 'txt',
  name: 'Plain text',
  extensions: ['txt', 'text'],
  mediaTypes: ['text/plain'],
  detect: () => true,
  import(bytes) {
    const decoded = decodeText(bytes);
    const segmented = segmentPlainText(decoded.text);
    if (segmented.segments.length === 0) throw new EmptyDocumentError();
    return { format: 'txt', ...decoded, ...segmented, suggestedTitle: titleFrom(segmented.segments) };
  },
  export(document) {
    if (document.sourceFormat !== 'txt') return utf8Bytes(plainLayout(document));
    // An untouched paragraph keeps its line breaks: an untranslated export is the source itself,
    // in its encoding; a translated one that was hard-wrapped is wrapped to the same width.
    return encodeExport(mergeSkeleton({ segments: document.segments.map((segment) => ({ ...segment, text: untouched(segment) ?? rewrapped(segment) })), trailer: document.trailer }), document);
  },
};

/** A translation in the line width of its hard-wrapped source, with the source's line ends. */
function rewrapped(segment: TargetSegment): string {
  const { joins } = segment.source;
  if (joins.length === 0 || /[\r\n]/u.test(segment.text)) return segment.text;
  const original = restoreLines(segment.source.text, joins);
  const width = hardWrapWidth(original.split(/\r\n|\r|\n/u));
  if (width === undefined) return segment.text;
  const lineEnd = /\r\n|\r|\n/u.exec(original)?.[0] ?? '\n';
  return wrapText(segment.text, width).join(lineEnd);
}

const lineBased = new Set(['txt', 'md']);

function plainLayout(document: TargetDocument): string {
  let out = '';
  document.segments.forEach((segment, index) => {
    // Documents imported before inline codes have their Markdown as text.
    const text = document.inlineCodes ? exportWords(segment) : markdownToPlainText(segment.text);
    if (index > 0) {
      // Line-based sources say how blocks were separated; in a page or a package, blocks are paragraphs.
      const how = lineBased.has(document.sourceFormat) ? separation(segment) : 'blank-line';
      out += how === 'blank-line' ? '\n\n' : how === 'line' ? '\n' : '\t';
    }
    out += segment.kind === 'list-item' ? `- ${text}` : text;
  });
  return `${out}\n`;
}
