import { anchorWordPattern } from './anchors';
import { seedLexicon } from './lexicon-fr-en';

/**
 * Words as lexical evidence for the aligner: a French paragraph's words looked up in the seed
 * lexicon (lexicon-fr-en.ts) give the English words that may translate them, and an English
 * paragraph's words are compared with those. Both sides meet as English stems (`counci` for
 * council, councils, councillor…), so that inflection on either side rarely hides a match.
 */

/** Words too common to tell one English paragraph from another: never counted on either side. */
export const englishStopwords: ReadonlySet<string> = new Set(
  'the and for with from that this these those are was were has have had not but its his her their our you they she him them who which what when where will would can could should been being into than then also about after before over under more most some such only other there here said says be do does did is it as at by of on or to in an a'.split(
    ' ',
  ),
);

// Most words are plain ASCII: only the others need decomposing.
const fold = (text: string): string => (/[^ -~]/u.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text).toLowerCase();

/**
 * An English word's stem: folded, the possessive and a common suffix taken off, cut to six
 * letters — `reopens`, `reopened`, `reopening` → `reopen`; `close`, `closed` → `clos`; `councils`,
 * `councillor` → `counci`.
 *
 * @example
 * englishStem('Libraries'); // → 'librar'
 */
export function englishStem(word: string): string {
  let stem = fold(word).replace(/['’]s?$/u, '');
  // A plural of -ing (`settings`, `meetings`) stems as its singular does.
  if (stem.length > 6 && stem.endsWith('ings')) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.length > 4 && /(?:s|x|ch|sh)es$/u.test(stem)) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  // A silent final e goes too, so that `close`, `closes` and `closed` meet.
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem.slice(0, 6);
}

interface Lexicon {
  /** Folded French word → the stems of its English renderings. */
  words: Map<string, readonly string[]>;
  /** Folded verb stem (an infinitive less its ending) → the stems of its English renderings. */
  verbs: Map<string, readonly string[]>;
  /** Every English stem the lexicon knows: only those count on the English side. */
  english: Set<string>;
}

let parsed: Lexicon | undefined;

/** The seed lexicon, read once (it is a constant: the cache changes nothing observable). */
function lexicon(): Lexicon {
  if (parsed) return parsed;
  const words = new Map<string, readonly string[]>();
  const verbs = new Map<string, readonly string[]>();
  const english = new Set<string>();
  for (const line of seedLexicon.split('\n')) {
    const [french, renderings] = line.split('\t');
    if (!french || !renderings) continue;
    const stems = [...new Set(renderings.split(' ').map(englishStem))].filter((stem) => stem.length >= 2 && !englishStopwords.has(stem));
    if (stems.length === 0) continue;
    for (const stem of stems) english.add(stem);
    const key = fold(french);
    words.set(key, [...new Set([...(words.get(key) ?? []), ...stems])]);
    // An infinitive's stem, for the conjugated forms (`rouvre`, `votent`, `finissait`).
    const verb = /^(.{3,})(er|ir|re)$/u.exec(key);
    if (verb) {
      verbs.set(verb[1]!, stems);
      if (verb[2] === 'ir') verbs.set(`${verb[1]!}iss`, stems);
    }
  }
  parsed = { words, verbs, english };
  return parsed;
}

/** Endings of nouns and adjectives, to their dictionary form (plural, feminine). */
const nominalEndings: ReadonlyArray<[string, string]> = [
  ['aux', 'al'],
  ['euses', 'eur'],
  ['euse', 'eur'],
  ['trices', 'teur'],
  ['trice', 'teur'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['elles', 'el'],
  ['elle', 'el'],
  ['ennes', 'en'],
  ['enne', 'en'],
  ['ees', 'e'],
  ['ee', 'e'],
  ['es', ''],
  ['s', ''],
  ['x', ''],
  ['e', ''],
];

/** Verb endings, longest first: what is left is looked up among the infinitives' stems. */
const verbEndings = ['eraient', 'issaient', 'issent', 'issait', 'issant', 'aient', 'erait', 'eront', 'erons', 'erez', 'ions', 'iez', 'era', 'ait', 'ais', 'ant', 'ent', 'ons', 'ees', 'ez', 'ee', 'es', 'er', 'ir', 're', 'it', 'is', 'ie', 'ies', 'ue', 'ues', 'us', 'u', 'e', 'a', 's'];

/**
 * The stems of the English words that may translate a French word, or undefined when the lexicon
 * does not know it in any of its forms. A form may be read several ways (`ferme`: a farm, or
 * closes; `fermées`: closed): the renderings of each reading are given together.
 *
 * @example
 * frenchRenderings('Conseillères'); // → ['counci', 'advise', 'advis']
 */
export function frenchRenderings(word: string): readonly string[] | undefined {
  const { words, verbs } = lexicon();
  const key = fold(word);
  const readings: Array<readonly string[]> = [];
  const exact = words.get(key);
  if (exact) readings.push(exact);
  for (const [ending, replacement] of nominalEndings) {
    if (exact || key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const found = words.get(key.slice(0, -ending.length) + replacement);
    if (found) {
      readings.push(found);
      break;
    }
  }
  for (const ending of verbEndings) {
    if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const found = verbs.get(key.slice(0, -ending.length));
    if (found) {
      readings.push(found);
      break;
    }
  }
  if (readings.length === 0) return undefined;
  return readings.length === 1 ? readings[0] : [...new Set(readings.flat())];
}

/**
 * The renderings of a French word read as a form of a verb the lexicon knows (`accuse`, `versera`,
 * `ont battu`'s `battu`), or undefined when no verb of the lexicon has this form, or when the form
 * is a headword ending as an infinitive does (`dernier`): what tells a clause's verb from its nouns
 * and adjectives.
 *
 * @example
 * frenchVerbRenderings('versera'); // → ['pay']
 * frenchVerbRenderings('net'); // → undefined
 */
export function frenchVerbRenderings(word: string): readonly string[] | undefined {
  const { words, verbs } = lexicon();
  const key = fold(word);
  // A headword ending as an infinitive is an infinitive, or a word that only looks like one (`dernier`, `premier`): no conjugated verb.
  if (words.has(key) && /(?:er|ir|re)$/u.test(key)) return undefined;
  for (const ending of verbEndings) {
    if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const found = verbs.get(key.slice(0, -ending.length));
    if (found) return found;
  }
  return undefined;
}

/** A paragraph's lexical evidence: the English stems it offers, and how many of its words the lexicon knows. */
export interface LexicalWords {
  stems: string[];
  known: number;
}


/**
 * The lexical evidence of a paragraph: for French, the English stems of the words the lexicon
 * knows (every rendering of each); for English, the stems of its words the lexicon can give.
 *
 * @example
 * lexicalWords('La mairie ferme.', 'fr'); // → { stems: ['town', 'hall', 'farm', 'clos', 'shut'], known: 2 }
 */
export function lexicalWords(text: string, language: 'fr' | 'en', cache: WordCache = new Map()): LexicalWords {
  const stems: string[] = [];
  let known = 0;
  for (const match of text.matchAll(anchorWordPattern)) {
    let found = cache.get(match[0]);
    if (found === undefined) cache.set(match[0], (found = wordStems(match[0], language)));
    if (found === null) continue;
    known++;
    stems.push(...found);
  }
  return { stems, known };
}

/**
 * A word's lexical evidence, wherever it is: the English stems of its renderings (French), or its
 * own stem where the lexicon gives it (English); null when it is none.
 */
export function wordStems(token: string, language: 'fr' | 'en'): readonly string[] | null {
  // An elided article or pronoun (l’, d’, qu’) is not part of the word.
  const word = token.replace(/^\p{L}{1,2}['’]/u, '').replace(/['’-]+$/u, '');
  if (word.length < 2) return null;
  if (language === 'fr') return frenchRenderings(word) ?? null;
  const stem = englishStem(word);
  return englishStopwords.has(stem) || !lexicon().english.has(stem) ? null : [stem];
}

/** Words already looked up in one text (they repeat: a document's words are read once each). */
export type WordCache = Map<string, readonly string[] | null>;
