import type { PairRunner } from '../types';

/** French words that are no name: a text with one of them says something to translate. */
const frenchWords = new Set('le la les un une des du de au aux et ou en par pour avec sans sur sous dans chez vers est sont a ont'.split(' '));

/**
 * Whether a text says more than names, numbers and tags: a lower-case word of three letters or
 * more, a French function word, or a single capitalised word (a heading: `Sommaire`).
 */
function saysSomething(text: string): boolean {
  if (/^\s*[#@]/u.test(text)) return false;
  const words = [...text.matchAll(/\p{L}[\p{L}’'-]*/gu)].map((match) => match[0]);
  if (words.some((word) => /^\p{Ll}[\p{L}’'-]{2,}$/u.test(word) || frenchWords.has(word.toLowerCase()))) return true;
  return words.length === 1 && words[0]!.length >= 3;
}

/** A target that is the source again, when the source says more than names, numbers and tags. */
export const untranslated: PairRunner = {
  run: (pair) => {
    const norm = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim().toLowerCase();
    if (norm(pair.source) !== norm(pair.target)) return [];
    return saysSomething(pair.source) ? [{ key: 'untranslated', target: [{ start: 0, end: pair.target.length }] }] : [];
  },
};
