import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Heading, Nodes, Paragraph, Parents, PhrasingContent, TableCell } from 'mdast';
import { codeList, type CodeKind, type CodeWriter, type InlineToken, serializeMarkup, textOfTokens } from '../../domain/inline';
import { restoreLines, type SourceSegment, type TextRange } from '../../domain/segmentation';

/**
 * A Markdown segment's inline markup as codes. `segment` was cut from `raw` along `lines` (its
 * source is the lines' raw content joined by French rules); `block` is the heading, paragraph or
 * table cell it came from. Emphasis, strong, strikethrough and links become paired codes around
 * their words (a link's URL is in the code, its text is translatable), an image a paired code
 * around its alt text, and inline code, footnote references, inline HTML and hard line breaks
 * standalone codes. Text is read (escapes and character references decoded); when the source so
 * read no longer spells the file, `original` keeps it for the round trip.
 *
 * @example
 * // 'Le **maire** a dit' → source 'Le <pc id="1">maire</pc> a dit', codes [{ id: '1', kind: 'bold', open: '**', close: '**' }]
 */
export function markdownCodes(raw: string, segment: SourceSegment, lines: readonly TextRange[], block: Parents): SourceSegment {
  const joins = segment.joins;
  const joined = (start: number, end: number): string => {
    let out = '';
    lines.forEach((line, k) => {
      const from = Math.max(start, line.start);
      const to = Math.min(end, line.end);
      if (from < to) out += raw.slice(from, to);
      const next = lines[k + 1];
      if (next && start <= line.end && end >= next.start) out += joins[k]!.replacement;
    });
    return out;
  };
  // Where the next line's content starts, after a hard break ending at `offset` (its markers are the break's).
  const nextLineStart = (offset: number): number => lines.find((line) => line.start >= offset)?.start ?? offset;

  const { codes, add: addCode } = codeList();
  const tokens: InlineToken[] = [];
  const text = (start: number, end: number): void => {
    const value = decodeMarkdownText(joined(start, end));
    if (value !== '') tokens.push({ type: 'text', text: value });
  };
  const standalone = (kind: CodeKind, open: string, droppable: boolean): void => {
    tokens.push({ type: 'standalone', id: addCode({ type: 'standalone', kind, open, droppable }) });
  };

  const visit = (node: PhrasingContent): void => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    switch (node.type) {
      case 'text':
        text(start, end);
        return;
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        const kind = node.type === 'strong' ? 'bold' : node.type === 'emphasis' ? 'italic' : node.type === 'delete' ? 'strike' : 'link';
        if (first === undefined || last === undefined) {
          standalone(kind, raw.slice(start, end), kind !== 'link');
          return;
        }
        const open = raw.slice(start, first);
        const close = raw.slice(last, end);
        // A bare URL (GFM autolink literal) is its own text: nothing to protect around it.
        if (open === '' && close === '') {
          for (const child of node.children) visit(child);
          return;
        }
        const id = addCode({ type: 'paired', kind, open, close, droppable: true });
        tokens.push({ type: 'open', id });
        for (const child of node.children) visit(child);
        tokens.push({ type: 'close', id });
        return;
      }
      case 'image':
      case 'imageReference': {
        const whole = raw.slice(start, end);
        const alt = /^!\[((?:\\[\s\S]|[^\\\]])*)\]/u.exec(whole)?.[1] ?? '';
        if (decodeMarkdownText(alt).trim() === '') {
          standalone('image', whole, false);
          return;
        }
        const id = addCode({ type: 'paired', kind: 'image', open: '![', close: whole.slice(2 + alt.length), droppable: false });
        tokens.push({ type: 'open', id });
        text(start + 2, start + 2 + alt.length);
        tokens.push({ type: 'close', id });
        return;
      }
      case 'inlineCode':
        standalone('code', raw.slice(start, end), false);
        return;
      case 'break':
        // The break, with the next line's indentation and quote markers, so it stays in its block.
        standalone('break', raw.slice(start, nextLineStart(end)), true);
        return;
      case 'footnoteReference':
        standalone('footnote', raw.slice(start, end), false);
        return;
      case 'html':
        standalone('html', raw.slice(start, end), false);
        return;
      default:
        standalone('other', raw.slice(start, end), false);
    }
  };
  for (const child of block.children as PhrasingContent[]) visit(child);

  const file = restoreLines(segment.source, joins);
  if (codes.length === 0) {
    const plain = textOfTokens(tokens);
    return plain === segment.source ? { ...segment, codes: [] } : { ...segment, source: plain, codes: [], joins: [], original: file };
  }
  return { ...segment, source: serializeMarkup(tokens), codes, joins: [], original: file };
}

const escapes = /\\([!-/:-@[-`{-~])|&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/gu;

/** Markdown text as read: backslash escapes and character references decoded (`\*` → `*`, `&amp;` → `&`). */
export function decodeMarkdownText(text: string): string {
  return text.replace(escapes, (whole, escaped: string | undefined, reference: string | undefined) => {
    if (escaped !== undefined) return escaped;
    const name = reference!;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? whole : decoded;
  });
}

/**
 * Text typed by a translator, escaped so that Markdown reads it as text: no emphasis, link, code,
 * HTML or table cell made of it, and at the start of a block no heading, list or quotation marker.
 * A line break typed in a segment is a space: a segment cannot add blocks.
 *
 * @example
 * escapeMarkdownText('5 * 3 = [quinze]', true); // → '5 \\* 3 = \\[quinze\\]'
 */
export function escapeMarkdownText(text: string, atBlockStart: boolean): string {
  let out = text
    .replace(/\r\n|\r|\n/gu, ' ')
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/&(?=#?[A-Za-z\d]+;)/gu, '&amp;');
  if (atBlockStart) out = out.replace(/^(\s*)(#{1,6}|[-+])(?=\s|$)/u, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
  return out;
}

/** Writes a Markdown segment's target: the codes' markup back around the words, text escaped. */
export function markdownWriter(): CodeWriter {
  let atStart = true;
  return {
    text(value) {
      const out = escapeMarkdownText(value, atStart);
      if (value !== '') atStart = false;
      return out;
    },
    open(code) {
      atStart = false;
      return code.open;
    },
    close: (code) => code.close ?? '',
    standalone(code) {
      atStart = false;
      return code.open;
    },
  };
}

/** The node types whose children are inline (phrasing) content. */
export function isInlineParent(node: Nodes): node is Heading | Paragraph | TableCell {
  return node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell';
}
