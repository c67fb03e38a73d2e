import { type InlineCode, type InlineToken, parseMarkup, renderTokens } from '../../domain/inline';
import type { TargetSegment } from '../format';

/**
 * A stored text as tokens for an export. Stored targets were checked when saved; should one not
 * read (written by an older version), its words are exported rather than nothing.
 */
export function exportTokens(text: string, codes: readonly InlineCode[]): InlineToken[] {
  if (codes.length === 0) return text === '' ? [] : [{ type: 'text', text }];
  try {
    return parseMarkup(text);
  } catch {
    return [{ type: 'text', text: text.replace(/<[^<>]*>/gu, '') }];
  }
}

/**
 * A segment's words for a format that has no markup of its own (plain text, a Markdown layout of
 * another format): image alt text and the content of inline code kept, line breaks as breaks,
 * other codes left out.
 */
export function exportWords(segment: Pick<TargetSegment, 'text' | 'codes'>): string {
  if (segment.codes.length === 0) return segment.text;
  return renderTokens(exportTokens(segment.text, segment.codes), segment.codes, {
    text: (text) => text,
    open: () => '',
    close: () => '',
    standalone: (code) => (code.kind === 'break' ? '\n' : code.kind === 'tab' ? '\t' : code.kind === 'code' ? code.open.replace(/^`+ ?| ?`+$/gu, '') : ''),
  });
}
