import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { FormatLimitError } from '../../domain/errors';

/**
 * The shapes Markdown is read in at most (issue 24). The parser's time grows much faster than the
 * input with nesting: 10 KB of `>` took 6.7 s, 100 KB exhausted 4 GB, and 500 KB of `[` never
 * finished. No document nests a quotation, a list or a link label 32 deep, so beyond that the
 * file is refused, after one linear pass, before the parser sees it.
 */
export const markdownLimits = {
  /** Containers (quotations, list items) opened on one line, or by indentation. */
  nesting: 32,
  /** Brackets `[` open at once in a paragraph (link labels inside link labels). */
  brackets: 32,
  /** Leading spaces of a line (nesting by indentation: four per list level). */
  indent: 256,
  /**
   * Inline markup characters (`*`, `_`, `~`, `` ` ``, `[`, `]`, `<`) in one paragraph: emphasis and
   * links are resolved against each other, and 100,000 `*a` never finished; a real paragraph has tens.
   */
  inlineMarks: 2_000,
  /**
   * The same work over the whole document: the sum of each paragraph's markup characters squared
   * (the parser's cost grows so). 25 million is a few seconds on a thread: 1 MB of paragraphs each
   * holding 900 `*` took 21 s.
   */
  inlineWork: 25_000_000,
} as const;

const containerRun = /^(?:[ \t]{0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/u;

/** Refuses (FormatLimitError) Markdown nested beyond markdownLimits; linear in the text. */
export function checkMarkdownLimits(text: string): void {
  let depth = 0;
  let marks = 0;
  let work = 0;
  const paragraphEnd = (at: number) => {
    work += marks * marks;
    marks = 0;
    if (work > markdownLimits.inlineWork) {
      throw new FormatLimitError('markdown.inline', markdownLimits.inlineMarks, `This Markdown has more inline markup (* _ ~ \` [ ] <) than is read in one document, up to line ${lineNumber(text, at)}; split it into smaller files.`);
    }
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() === '') {
      depth = 0;
      paragraphEnd(start);
    } else {
      // Inline markup never runs across list items nor table rows: each starts afresh.
      if (/^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/u.test(line)) paragraphEnd(start);
      const run = containerRun.exec(line.slice(0, 4 * markdownLimits.nesting * 2 + 16))?.[0] ?? '';
      const containers = (run.match(/>|[-*+][ \t]|\d{1,9}[.)][ \t]/gu) ?? []).length;
      if (containers > markdownLimits.nesting || run.length >= 4 * markdownLimits.nesting * 2) {
        throw new FormatLimitError('markdown.nesting', markdownLimits.nesting, `This Markdown nests quotations or lists more than ${markdownLimits.nesting} levels deep on line ${lineNumber(text, start)}; it is refused.`);
      }
      const indent = /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
      if (indent > markdownLimits.indent) {
        throw new FormatLimitError('markdown.nesting', markdownLimits.nesting, `Line ${lineNumber(text, start)} of this Markdown is indented ${indent} spaces (lists nested beyond ${markdownLimits.nesting} levels); it is refused.`);
      }
      for (let i = 0; i < line.length; i++) {
        const character = line.charCodeAt(i);
        if (character === 0x5c) i++; // an escaped character is text
        else if (character === 0x5b && ++depth > markdownLimits.brackets) {
          throw new FormatLimitError('markdown.brackets', markdownLimits.brackets, `This Markdown opens more than ${markdownLimits.brackets} brackets "[" at once on line ${lineNumber(text, start)}; it is refused.`);
        } else if (character === 0x5d && depth > 0) depth--;
        // * _ ~ ` [ ] <
        if ((character === 0x2a || character === 0x5f || character === 0x7e || character === 0x60 || character === 0x5b || character === 0x5d || character === 0x3c) && ++marks > markdownLimits.inlineMarks) {
          throw new FormatLimitError('markdown.inline', markdownLimits.inlineMarks, `A paragraph of this Markdown ending on line ${lineNumber(text, start)} has more than ${markdownLimits.inlineMarks.toLocaleString('en')} markup characters (* _ ~ \` [ ] <); it is refused.`);
        }
      }
    }
    start = end + 1;
  }
  paragraphEnd(text.length);
}

function lineNumber(text: string, offset: number): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Parses Markdown (CommonMark + GFM tables, lists and strikethrough, YAML front matter) with
 * positions, within markdownLimits (FormatLimitError beyond them).
 */
export function parseMarkdown(text: string): Root {
  checkMarkdownLimits(text);
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
}

/** Serialises an mdast tree, escaping what would otherwise be read as markup. */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_' });
}

/** The plain text of inline Markdown (`**Paris**, [lien](u)` → `Paris, lien`). */
export function markdownToPlainText(inline: string): string {
  return toString(parseMarkdown(inline) as Nodes).trim();
}
