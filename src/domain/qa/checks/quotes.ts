import type { Issue, PairRunner } from '../types';

/** French quotation marks left in the English (fixed to “ ” with their inner spaces), and unbalanced quotation marks. */
export const quotes: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    const french = [...pair.target.matchAll(/[«»‹›]/gu)];
    if (french.length > 0) {
      const fixed = pair.target
        .replace(/«[\s\u00a0\u202f]*/gu, '“')
        .replace(/[\s\u00a0\u202f]*»/gu, '”')
        .replace(/‹[\s\u00a0\u202f]*/gu, '‘')
        .replace(/[\s\u00a0\u202f]*›/gu, '’');
      issues.push({ key: 'quotes.french', target: french.map((match) => ({ start: match.index, end: match.index + 1 })), fix: fixed });
    }
    const opening = (pair.target.match(/“/gu) ?? []).length;
    const closing = (pair.target.match(/”/gu) ?? []).length;
    const straight = (pair.target.match(/"/gu) ?? []).length;
    const sourceBalanced = (pair.source.match(/«/gu) ?? []).length === (pair.source.match(/»/gu) ?? []).length && (pair.source.match(/"/gu) ?? []).length % 2 === 0;
    if (sourceBalanced && (opening !== closing || straight % 2 === 1)) issues.push({ key: 'quotes.unbalanced' });
    return issues;
  },
};
