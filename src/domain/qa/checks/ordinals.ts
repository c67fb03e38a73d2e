import { spans } from '../lib';
import { frenchOrdinals } from '../quantities';
import type { Issue, PairRunner } from '../types';

const roman = (text: string): number => {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const here = values[text[i]!]!;
    const next = values[text[i + 1] ?? ''] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
};

/** The English ordinal of a number: 1st, 2nd, 3rd, 4th, 11th–13th, 21st… */
export function englishOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
  return `${value}${suffix}`;
}

/**
 * Roman ordinals (`XIXe siècle`, `IIe`, `François Ier`, `Ve République`): two letters or more, or
 * one before a word that takes them — not `Le` or `Ce`.
 */
export function frenchRomanOrdinals(text: string) {
  return spans(text, /(?<![\p{L}])([IVXLC]+)(e|er|re|ème)(?![\p{L}])/gu)
    .filter((found) => found.groups[0]!.length >= 2 || found.groups[1] === 'er' || /^[\s\u00a0]+(siècle|arrondissement|millénaire|république|empire|régiment|art\.)/iu.test(text.slice(found.end)))
    .map((found) => ({ ...found, value: roman(found.groups[0]!) }));
}

const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const monthAfter = /^[\s\u00a0]+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)/iu;

/**
 * French ordinals in English writing: `30e` ↔ `30th`, `1er`/`1re` ↔ `1st`, `XIXe siècle` ↔ `19th
 * century` (or the words `first`…`twelfth`). A French ordinal left in the English, or a wrong
 * English suffix (`2th`), is an error with the fix. (`1er janvier` is a date: `January 1`.)
 */
export const ordinals: PairRunner = {
  run: (pair) => {
    if ((!/\d/u.test(pair.source) && !/\d/u.test(pair.target) && !/[IVXLC](?:e|er|re|ème)\b/u.test(pair.source))) return [];
    const issues: Issue[] = [];
    const english = [
      ...spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(st|nd|rd|th)(?![\p{L}])/gu).map((found) => ({ ...found, value: Number(found.groups[0]) })),
      ...spans(pair.target, /(?<![\p{L}])([IVXLC]+)(?![\p{L}])/gu).map((found) => ({ ...found, value: roman(found.groups[0]!) })),
    ];
    const spelled = (value: number) => words[value - 1] !== undefined && new RegExp(`(?<![\\p{L}])${words[value - 1]}(?![\\p{L}])`, 'iu').test(pair.target);
    const french = [
      ...frenchOrdinals(pair.source).map((found) => ({ ...found, value: Number(found.groups[0]) })),
      ...frenchRomanOrdinals(pair.source),
    ];
    const leftInFrench = spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(e|er|re|ème|eme)(?![\p{L}])/gu);
    for (const ordinal of french) {
      if (monthAfter.test(pair.source.slice(ordinal.end))) continue;
      if (english.some((other) => other.value === ordinal.value) || spelled(ordinal.value)) continue;
      // Left in French writing: said once, with its fix, below.
      if (leftInFrench.some((left) => Number(left.groups[0]) === ordinal.value)) continue;
      issues.push({ key: 'ordinals.missing', params: { ordinal: ordinal.text, expected: englishOrdinal(ordinal.value) }, source: [{ start: ordinal.start, end: ordinal.end }] });
    }
    // French ordinal suffixes left in the English, and wrong English suffixes.
    for (const left of leftInFrench) {
      const fixed = englishOrdinal(Number(left.groups[0]));
      issues.push({ key: 'ordinals.french', params: { ordinal: left.text, fixed }, target: [left], fix: pair.target.slice(0, left.start) + fixed + pair.target.slice(left.end) });
    }
    for (const wrong of spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(st|nd|rd|th)(?![\p{L}])/gu)) {
      const fixed = englishOrdinal(Number(wrong.groups[0]));
      if (fixed === wrong.text) continue;
      issues.push({ key: 'ordinals.suffix', params: { ordinal: wrong.text, fixed }, target: [wrong], fix: pair.target.slice(0, wrong.start) + fixed + pair.target.slice(wrong.end) });
    }
    return issues;
  },
};
