import { englishStem, frenchRenderings } from '../../align/lexicon';
import type { PairRunner } from '../types';

/** French words that are no name and no English word: a text with one of them says something to translate. */
const frenchWords = new Set('le la les un une des du de au aux et ou en par pour avec sans sur sous dans chez vers est sont ont'.split(' '));

/**
 * Whether a text has French to translate in it: a French function word, a letter of French's
 * accents, or a word the seed lexicon knows whose English is another word (`Sommaire`, `Merci`).
 * Names, numbers, tags, code and words English shares (`Alpha`, `Chrome`, `message`,
 * `status_code`, an error message in JSON) have none.
 */
function saysSomething(text: string): boolean {
  if (/^\s*[#@]/u.test(text)) return false;
  const words = [...text.matchAll(/\p{L}[\p{L}’'-]*/gu)].map((match) => match[0]);
  if (words.some((word) => frenchWords.has(word.toLowerCase()))) return true;
  if (/[éèêëàâçîïôûùœ]/iu.test(text)) return true;
  return words.some((word) => word.length >= 3 && !(frenchRenderings(word)?.includes(englishStem(word)) ?? true));
}

/** A target that is the source again, when the source says more than names, numbers and tags. */
export const untranslated: PairRunner = {
  run: (pair) => {
    const norm = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim().toLowerCase();
    if (norm(pair.source) !== norm(pair.target)) return [];
    return saysSomething(pair.source) ? [{ key: 'untranslated', target: [{ start: 0, end: pair.target.length }] }] : [];
  },
};
