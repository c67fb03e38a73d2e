import { missingCodes, tokensOf } from '../../inline';
import type { Issue, PairCheck } from '../types';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/**
 * Inline codes of the source left out of the target: formatting (droppable) is a warning, an
 * image, a note reference or a field an error. For Markdown kept as text (documents imported
 * before codes), links and emphasis must be as many in the target.
 */
export const inlineCodes: PairCheck = {
  id: 'inline-codes',
  severity: 'error',
  run: (pair) => {
    if (pair.target.trim() === '') return [];
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
