import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/** Parses Markdown (CommonMark + GFM tables, lists and strikethrough, YAML front matter) with positions. */
export function parseMarkdown(text: string): Root {
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
