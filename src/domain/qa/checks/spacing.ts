import type { Issue, PairRunner } from '../types';

/**
 * English spacing: no space (nor no-break space) before `: ; ! ? %` — French typography left in —,
 * no double spaces, and leading or trailing whitespace as in the source. Each with its fix.
 */
export const spacing: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    const before = [...pair.target.matchAll(/(?<=\S)[ \u00a0\u202f]+(?=[:;!?%])/gu)].filter((match) => !/^[:;]\/\//u.test(pair.target.slice(match.index + match[0].length)));
    if (before.length > 0) {
      issues.push({
        key: 'spacing.beforePunctuation',
        target: before.map((match) => ({ start: match.index, end: match.index + match[0].length })),
        fix: pair.target.replace(/(?<=\S)[ \u00a0\u202f]+(?=[:;!?%])/gu, ''),
      });
    }
    const doubles = [...pair.target.matchAll(/(?<=\S) {2,}(?=\S)/gu)];
    if (doubles.length > 0) issues.push({ key: 'spacing.double', target: doubles.map((match) => ({ start: match.index, end: match.index + match[0].length })), fix: pair.target.replace(/(?<=\S) {2,}(?=\S)/gu, ' ') });
    const lead = (text: string) => /^\s*/u.exec(text)![0];
    const trail = (text: string) => /\s*$/u.exec(text)![0];
    if (lead(pair.source) !== lead(pair.target) || trail(pair.source) !== trail(pair.target)) {
      issues.push({ key: 'spacing.edges', fix: lead(pair.source) + pair.target.trim() + trail(pair.source) });
    }
    return issues;
  },
};
