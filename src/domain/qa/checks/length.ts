import { splitSentences } from '../../sentences';
import type { PairRunner } from '../types';

const sentenceCount = (text: string, lang: 'fr' | 'en'): number => splitSentences(text, lang).filter((sentence) => /\p{L}/u.test(sentence.text)).length;

/**
 * The target without what explains a French name kept as it is: a gloss in brackets or between
 * commas after it (`the Livret A, France's most popular tax-free savings account,`), which a
 * translator adds for the reader and which makes the English longer than its source.
 */
function glossed(source: string, target: string): string {
  return target
    .replace(/([\p{Lu}][\p{L}’'-]*(?:[\s\u00a0]+[\p{Lu}\d][\p{L}’'-]*)*)[\s\u00a0]*(?:\([^()]{8,120}\)|,[^,.;:!?()]{8,120},)/gu, (whole, name: string) => (source.includes(name) ? name : whole))
    .trim();
}

/**
 * English runs about 10 % shorter than French; a target under 45 % or over 160 % of its source's
 * length is probably incomplete or padded (over 180 % for a short source, whose numbers English may
 * write in words: “2 h 04” → “two hours and four minutes”), unless a gloss of a French name kept
 * makes it so. A target with fewer sentences than its
 * source and under 66 % of its length has lost one: two sentences merged into one keep their length.
 * A “non seulement …, mais aussi …” under 80 % with neither half’s mark in the English lost a half.
 */
export const length: PairRunner = {
  run: (pair) => {
    const source = pair.source.trim().length;
    const target = pair.target.trim().length;
    if (source < 30 || target === 0) return [];
    const ratio = target / source;
    const finding = [{ key: 'length', params: { ratio: Math.round(ratio * 100) } }];
    const longest = source < 80 ? 1.8 : 1.6;
    if (ratio > longest && glossed(pair.source, pair.target).length / source <= longest) return [];
    if (ratio < 0.45 || ratio > longest) return finding;
    if (ratio < 0.66 && sentenceCount(pair.target, 'en') < sentenceCount(pair.source, 'fr')) return finding;
    // “non seulement X, mais aussi Y” short and with nothing of its two halves in the English (not only, both, also…): a half is lost.
    if (ratio < 0.8 && /(?<![\p{L}])(?:non|pas)\s+(?:seulement|uniquement|simplement)(?![\p{L}])/iu.test(pair.source) && /(?<![\p{L}])mais(?![\p{L}])/iu.test(pair.source) && !/\b(?:not|both|also|as well|too|but|besides|in addition|plus|alongside|along with|including|let alone|beyond|only)\b/iu.test(pair.target)) return finding;
    return [];
  },
};
