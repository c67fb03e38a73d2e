import type { List, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { EmptyDocumentError } from '../domain/errors';
import type { SegmentKind } from '../domain/segment';
import { assemble, hasTranslatableText, type SegmentCut, type TextRange } from '../domain/segmentation';
import { plainText, renderTokens } from '../domain/inline';
import { decodeText } from './_lib/decode';
import { encodeExport } from './_lib/encode';
import { exportTokens, exportWords } from './_lib/export-text';
import { parseMarkdown, serializeMarkdown } from './_lib/markdown';
import { hasWords, imageCuts, imageInEnglish, isInlineParent, markdownCodes, markdownImageTexts, markdownWriter, writeImageCut } from './_lib/markdown-inline';
import { withLinkedSegments, writeLinked } from './_lib/linked-texts';
import { mergeSkeleton, titleFrom, utf8Bytes } from './_lib/skeleton';
import type { Format, TargetDocument } from './format';

/**
 * Markdown: one segment per heading, paragraph and table cell, its inline markup as codes
 * (`**gras**` → `<pc id="1">gras</pc>`, a link's URL protected, its text translatable; see
 * _lib/markdown-inline.ts). An image among a paragraph's words is a code, its alt text and title
 * segments of their own after the paragraph's, written back into the image (_lib/linked-texts.ts);
 * an image with no words beside it has its alt text and title cut where they are. Block markers
 * (`#`, `-`, `>`, indentation), code blocks, HTML blocks and front matter stay in the skeleton and
 * are restored on export; what a translator types is escaped, so it can never become markup.
 */
export const mdFormat: Format = {
  id: 'md',
  name: 'Markdown',
  extensions: ['md', 'markdown'],
  mediaTypes: ['text/markdown'],
  detect(bytes) {
    const head = new TextDecoder().decode(bytes.subarray(0, 4096));
    return /^(?:#{1,6}\s|[-*+]\s|\d+\.\s|>\s|```)/mu.test(head) || /\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/u.test(head);
  },
  import(bytes) {
    const decoded = decodeText(bytes);
    const blocks = markdownBlocks(decoded.text);
    const segmented = assemble(decoded.text, blocks);
    if (segmented.segments.length === 0) throw new EmptyDocumentError();
    // An image's alt text and title inside a paragraph: segments of their own, after it.
    const segments = withLinkedSegments(
      segmented.segments.map((segment, i) => {
        const block = blocks[i]!;
        // An image's alt text or title cut where it is: its text as read, the file's kept beside it.
        if (block.image !== undefined) {
          const raw = decoded.text.slice(block.lines[0]!.start, block.lines[0]!.end);
          return { ...segment, source: block.image, codes: [], joins: [], ...(raw === block.image ? {} : { original: raw }) };
        }
        return markdownCodes(decoded.text, segment, block.lines, block.node);
      }),
      markdownImageTexts,
    );
    const suggestedTitle = titleFrom(segments.map((segment) => ({ kind: segment.kind, source: plainText(segment.source, segment.codes ?? []) })));
    return { format: 'md', ...decoded, segments, trailer: segmented.trailer, suggestedTitle };
  },
  export(document) {
    if (document.sourceFormat !== 'md') return utf8Bytes(markdownLayout(document));
    // Documents imported before inline codes keep their Markdown as text: written as typed.
    if (!document.inlineCodes) return encodeExport(mergeSkeleton(document), document);
    const segments = writeLinked(document.segments, {
      textsOf: markdownImageTexts,
      writeCode: imageInEnglish,
      write: (segment) => writeImageCut(segment) ?? renderTokens(exportTokens(segment.text, segment.codes), segment.codes, markdownWriter()),
    });
    return encodeExport(mergeSkeleton({ segments, trailer: document.trailer }), document);
  },
};

/** A translatable block: where its lines are, and the node holding its inline content. */
interface MarkdownBlock extends SegmentCut {
  node: Parents;
  /** For an image's alt text or title cut where it is (`imageCuts`): its text as read. */
  image?: string | undefined;
}

/** The translatable blocks of a Markdown text, in document order. */
function markdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const visit = (node: Nodes, ancestors: readonly Parents[]): void => {
    if (isInlineParent(node)) {
      const range = childrenRange(node);
      if (!range || !hasTranslatableText(text.slice(range.start, range.end))) return;
      const content = node.children as PhrasingContent[];
      // Images and no words: the images' alt texts and titles are the segments, no block around them.
      // (Alt texts of spaces only: then nothing of the block is a segment.)
      if (!content.some(hasWords) && hasImage(content)) {
        for (const image of imageCuts(text, content)) blocks.push({ kind: 'meta', lines: [{ start: image.start, end: image.end }], node, image: image.text });
        return;
      }
      blocks.push({ kind: kindOf(node.type, ancestors), lines: lineRanges(text, range), node });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, [...ancestors, node]);
  };
  visit(parseMarkdown(text), []);
  return blocks;
}

/** Whether inline content holds an image, inside a link or not. */
function hasImage(content: readonly PhrasingContent[]): boolean {
  return content.some((node) => node.type === 'image' || node.type === 'imageReference' || ('children' in node && hasImage(node.children as PhrasingContent[])));
}

function kindOf(type: 'heading' | 'paragraph' | 'tableCell', ancestors: readonly Parents[]): SegmentKind {
  if (type === 'heading') return 'heading';
  if (type === 'tableCell') return 'table-cell';
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i];
    if (ancestor?.type === 'listItem') return 'list-item';
    if (ancestor?.type === 'blockquote') return 'quote';
  }
  return 'paragraph';
}

function childrenRange(node: Parents): TextRange | undefined {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? undefined : { start: first, end: last };
}

/**
 * Splits a block's content range into its lines' trimmed content. What lies between two lines
 * (trailing spaces, the break, the next line's indentation and `>` markers) is left to the joins.
 */
function lineRanges(text: string, range: TextRange): TextRange[] {
  const lines: TextRange[] = [];
  const breaks = /[ \t]*(?:\r\n|\n|\r)[ \t>]*/gu;
  breaks.lastIndex = range.start;
  let start = range.start;
  for (let match = breaks.exec(text); match && match.index < range.end; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: range.end });
  return lines.filter((line) => line.end > line.start);
}

/** Markdown for a document that was not Markdown: headings, lists and paragraphs, text escaped. */
function markdownLayout(document: TargetDocument): string {
  const root: Root = { type: 'root', children: [] };
  let list: List | undefined;
  let headings = 0;
  for (const segment of document.segments) {
    // A segment exported empty (untranslated=empty) adds no block rather than an empty one.
    if (segment.text.trim() === '') continue;
    const text = { type: 'text' as const, value: exportWords(segment) };
    if (segment.kind === 'list-item') {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        root.children.push(list);
      }
      list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text] }] });
      continue;
    }
    list = undefined;
    let block: RootContent;
    if (segment.kind === 'heading') block = { type: 'heading', depth: headings++ === 0 ? 1 : 2, children: [text] };
    else if (segment.kind === 'quote') block = { type: 'blockquote', children: [{ type: 'paragraph', children: [text] }] };
    else block = { type: 'paragraph', children: [text] };
    root.children.push(block);
  }
  return serializeMarkdown(root);
}
