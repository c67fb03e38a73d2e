import { type InlineToken, missingCodes, tokensOf } from '../../inline';
import type { Issue, PairRunner } from '../types';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** Each code's innermost enclosing paired code ('' at the top). */
function parents(tokens: readonly InlineToken[]): Map<string, string> {
  const out = new Map<string, string>();
  const open: string[] = [];
  for (const token of tokens) {
    if (token.type === 'text') continue;
    if (token.type === 'close') {
      open.pop();
      continue;
    }
    out.set(token.id, open.at(-1) ?? '');
    if (token.type === 'open') open.push(token.id);
  }
  return out;
}

/**
 * Inline codes of the source left out of the target: formatting (droppable) is a warning, an
 * image, a note reference or a field an error; a code placed inside another code than in the
 * source (a link moved out of its bold) a warning. Codes the source does not have cannot be saved. For Markdown kept as text (documents imported
 * before codes), links and emphasis must be as many in the target.
 */
export const inlineCodes: PairRunner = {
  run: (pair) => {
    const codes = pair.codes ?? [];
    if (codes.length > 0 && pair.targetMarkup !== undefined) {
      let tokens;
      try {
        tokens = tokensOf(pair.targetMarkup, codes);
      } catch {
        return [{ key: 'inlineCodes.broken' }];
      }
      const missing = missingCodes(tokens, codes);
      const issues: Issue[] = [];
      const hard = missing.filter((code) => !code.droppable);
      const soft = missing.filter((code) => code.droppable);
      if (hard.length) issues.push({ key: 'inlineCodes.missing', params: { codes: hard.map((code) => code.id).join(', ') } });
      if (soft.length) issues.push({ key: 'inlineCodes.formatting', params: { codes: soft.map((code) => code.id).join(', ') }, severity: 'warning' });
      // Placed, but inside another code than in the source (a link moved out of the bold around it).
      if (pair.sourceMarkup !== undefined) {
        let sourceParents: Map<string, string> | undefined;
        try {
          sourceParents = parents(tokensOf(pair.sourceMarkup, codes));
        } catch {
          sourceParents = undefined;
        }
        const targetParents = parents(tokens);
        // A parent the target dropped is a missing code (above), not a nesting.
        const moved = sourceParents
          ? [...targetParents].filter(([id, parent]) => sourceParents.has(id) && sourceParents.get(id) !== parent && targetParents.has(sourceParents.get(id) || id))
          : [];
        for (const [id, parent] of moved) {
          const before = sourceParents!.get(id)!;
          issues.push({ key: before === '' ? 'inlineCodes.nestedNow' : parent === '' ? 'inlineCodes.unnested' : 'inlineCodes.nesting', params: { code: id, source: before, target: parent }, severity: 'warning' });
        }
      }
      return issues;
    }
    const links = /\[[^\]\n]*\]\([^)\s]+\)/gu;
    const strong = /\*\*|__/gu;
    const issues: Issue[] = [];
    if (count(pair.source, links) !== count(pair.target, links)) issues.push({ key: 'inlineCodes.markdownLinks', params: { source: count(pair.source, links), target: count(pair.target, links) }, severity: 'warning' });
    if (count(pair.source, strong) !== count(pair.target, strong)) issues.push({ key: 'inlineCodes.markdownEmphasis', severity: 'warning' });
    return issues;
  },
};
