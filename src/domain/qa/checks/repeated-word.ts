import type { PairRunner } from '../types';

/** A word written twice in a row in the target (`the the`), unless the source does so too. */
export const repeatedWord: PairRunner = {
  run: (pair) => {
    // (`on on-call shifts`: the second is a compound's first part, no word doubled.)
    const pattern = /(?<![\p{L}\p{N}])([\p{L}]+)([\s\u00a0]+)\1(?![\p{L}\p{N}-])/giu;
    const issues = [];
    for (const match of pair.target.matchAll(pattern)) {
      // "had had", "that that" are English; a French source repeating itself is left alone too.
      if (/^(had|that)$/iu.test(match[1]!) || new RegExp(`(?<![\\p{L}])${match[1]}\\s+${match[1]}(?![\\p{L}])`, 'iu').test(pair.source)) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      issues.push({ key: 'repeatedWord', params: { word: match[1]! }, target: [span], fix: pair.target.slice(0, span.start) + match[1] + pair.target.slice(span.end) });
    }
    return issues;
  },
};
