/**
 * Anchors: what a French paragraph and its English translation share without a dictionary.
 * Numbers written either way (`1 000,5` = `1,000.5`, `3,5 %` = `3.5%`), names and other
 * capitalised words, URLs, e-mail addresses, hashtags and @mentions, cognates (the first five
 * letters of long words, accents folded: `président` ~ `president`, `économique` ~ `economic`), and
 * whether there is a quotation or a parenthesis.
 */

/** A paragraph's anchors, each with how often it occurs. */
export type Anchors = Map<string, number>;

const frenchNumber = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/gu;
const englishNumber = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;
// (`#4` is a number, `n° 4` in French: a hashtag or a mention has a letter.)
const links = /\bhttps?:\/\/[^\s<>"»]+|\b[\w.+-]+@[\w-]+\.[\w.-]+|[#@](?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;

// Most words are plain ASCII: only the others need decomposing (the aligner folds every word of both texts).
const fold = (text: string): string => (/[^ -~]/u.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text).toLowerCase();

/** Capitalised because they start a sentence, not because they are names. */
const sentenceStarters = new Set(
  'the this that these those its his her their our and but for with from after before according in on at an les une des dans pour selon apres avant avec sur son ses leur leurs cette ces mais elle elles ils nous vous'.split(' '),
);

/** What a word gives as anchors: opening a paragraph (capitalised for its place) and inside one. */
export interface WordAnchors<Key> {
  opening: readonly Key[];
  inside: readonly Key[];
}

/** Words already read in one text (they repeat: a long document's are read once each). */
export type AnchorWordCache = Map<string, WordAnchors<string>>;

/**
 * A word's anchors, wherever it is: the name it is when capitalised inside a paragraph, else its
 * cognates; none for a word capitalised for its place at most (the, les, selon…).
 */
export function wordAnchors(token: string): WordAnchors<string> {
  // An elided article or pronoun (d’, l’, qu’) is not part of the word.
  const word = token.replace(/^\p{L}{1,2}['’]/u, '');
  const folded = fold(word);
  if (sentenceStarters.has(folded)) return { opening: [], inside: [] };
  // Cognates: each long part of a word (`a-t-il` has none, `sud-africain` has one).
  const cognates = folded
    .split('-')
    .filter((part) => part.length >= 6)
    .map((part) => `c:${part.slice(0, 5)}`);
  // Capitalised words of three letters or more: names (Pontlevoy, Claire Martin, Xi Jinping).
  // The first word is capitalised for its place (a heading: `Investissements` ~ `Investment`), not as a name.
  const name = word.length >= 3 && word[0] !== word[0]!.toLowerCase() ? `w:${folded}` : undefined;
  return { opening: cognates, inside: name ? [name] : cognates };
}

/** A paragraph's words, for anchors: the text less its links, addresses, hashtags and mentions. */
export const anchorWordPattern = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** Below U+0250 (Latin, accents and extensions): 1 a letter, 2 a mark or a word's apostrophe or hyphen, 0 neither. */
const latinClass = Uint8Array.from({ length: 0x250 }, (_, code) => {
  const char = String.fromCharCode(code);
  return /\p{L}/u.test(char) ? 1 : /[\p{M}'-]/u.test(char) ? 2 : 0;
});
const letter = /^\p{L}$/u;
const letterOrMark = /^[\p{L}\p{M}’]$/u;

/**
 * A text's words as `anchorWordPattern` finds them (`text.match(anchorWordPattern) ?? []`), read
 * character by character: every paragraph of a document is read so, and Latin text needs no
 * regular expression (others fall back to one, code point by code point).
 */
export function wordsIn(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  const kind = (at: number): 0 | 1 | 2 => {
    const code = text.charCodeAt(at);
    if (code < 0x250) return latinClass[code] as 0 | 1 | 2;
    const char = String.fromCodePoint(text.codePointAt(at)!);
    return letter.test(char) ? 1 : letterOrMark.test(char) ? 2 : 0;
  };
  // (A code point beyond U+FFFF takes two UTF-16 units.)
  const width = (at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);
  let at = 0;
  while (at < n) {
    if (kind(at) !== 1) {
      at += width(at);
      continue;
    }
    const start = at;
    at += width(at);
    while (at < n && kind(at) !== 0) at += width(at);
    words.push(text.slice(start, at));
  }
  return words;
}

/**
 * The anchors of a paragraph that are not words (links, numbers, quotation, parenthesis), and the
 * rest of the text, where its words are read (`anchorWordPattern`, `wordAnchors`).
 */
export function markAnchors(text: string, language: 'fr' | 'en'): { keys: string[]; rest: string } {
  const keys: string[] = [];
  let rest = text;
  // Most paragraphs have no link, address, hashtag or mention: the costly pattern only runs on those that may.
  for (const match of /[@#]|https?:/u.test(text) ? text.matchAll(links) : []) {
    keys.push(`l:${match[0].replace(/[.,;:!?)]+$/u, '').toLowerCase()}`);
    rest = rest.replace(match[0], ' ');
  }
  for (const match of rest.matchAll(language === 'fr' ? frenchNumber : englishNumber)) {
    const value = language === 'fr' ? match[0].replace(/[ \u00a0\u202f]/gu, '').replace(',', '.') : match[0].replace(/,/gu, '');
    keys.push(`n:${Number(value)}`);
  }
  // A quotation, or a parenthesis, is kept in a translation (whatever the marks).
  if (/[«»“”"‹›]/u.test(text)) keys.push('p:quote');
  if (/[()]/u.test(text)) keys.push('p:paren');
  return { keys, rest };
}

/**
 * The anchors of a paragraph in the given language.
 *
 * @example
 * anchorsOf('Le budget de 1 200,5 millions', 'fr'); // → Map { 'n:1200.5' => 1, 'c:budge' => 1, 'c:milli' => 1 }
 */
export function anchorsOf(text: string, language: 'fr' | 'en', cache: AnchorWordCache = new Map()): Anchors {
  const anchors: Anchors = new Map();
  const add = (key: string) => anchors.set(key, (anchors.get(key) ?? 0) + 1);
  const { keys, rest } = markAnchors(text, language);
  keys.forEach(add);
  let first = true;
  for (const match of rest.matchAll(anchorWordPattern)) {
    let word = cache.get(match[0]);
    if (!word) cache.set(match[0], (word = wordAnchors(match[0])));
    (first ? word.opening : word.inside).forEach(add);
    first = false;
  }
  return anchors;
}

/**
 * Glossary terms as anchors: a French term in a French paragraph and its English equivalent in an
 * English one are the same anchor (`g:<index>`). Case and accents are ignored.
 *
 * @example
 * glossaryAnchors(['La mairie ferme.'], ['The town hall closes.'], [{ source: 'mairie', target: 'town hall' }]);
 * // → { french: [Map { 'g:0' => 1 }], english: [Map { 'g:0' => 1 }] }
 */
export function glossaryAnchors(
  french: readonly string[],
  english: readonly string[],
  terms: ReadonlyArray<{ source: string; target: string }>,
): { french: Anchors[]; english: Anchors[] } {
  const frenchFolded = french.map((text) => ` ${foldWords(text)} `);
  const englishFolded = english.map((text) => ` ${foldWords(text)} `);
  const mark = (folded: readonly string[], needle: string, key: string): Anchors[] =>
    folded.map((text) => {
      const anchors: Anchors = new Map();
      if (needle.trim() !== '' && text.includes(` ${needle} `)) anchors.set(key, 1);
      return anchors;
    });
  const frenchAnchors: Anchors[] = french.map(() => new Map());
  const englishAnchors: Anchors[] = english.map(() => new Map());
  terms.forEach((term, index) => {
    const key = `g:${index}`;
    mark(frenchFolded, foldWords(term.source), key).forEach((anchors, i) => anchors.size && frenchAnchors[i]!.set(key, 1));
    mark(englishFolded, foldWords(term.target), key).forEach((anchors, j) => anchors.size && englishAnchors[j]!.set(key, 1));
  });
  return { french: frenchAnchors, english: englishAnchors };
}

/** Words only, folded and separated by single spaces: what terms are looked for in. */
function foldWords(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
