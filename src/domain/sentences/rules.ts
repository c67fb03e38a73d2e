/**
 * Sentence-splitting rules as data, per language: words that end with a full stop without ending
 * a sentence. Compared without case and accents, without the final full stop.
 */
export const abbreviations: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  fr: new Set([
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'apr', 'j.-c', 'c.-a-d', 'p', 'pp', 'n', 'no', 'cf', 'env',
    'vol', 'chap', 'art', 'al', 'ex', 'fig', 'ibid', 'op', 'cit', 'hab', 'bd', 'av', 'tel', 'min', 'max', 'sept', 'oct', 'nov', 'dec', 'janv', 'fevr', 'avr', 'juill',
  ]),
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'e.g', 'i.e', 'no', 'nos', 'p', 'pp', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k', 'a.m', 'p.m', 'fig',
    'vol', 'ch', 'sec', 'gen', 'gov', 'sen', 'rep', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est',
  ]),
};

/**
 * Characters that close a quotation or a bracket: they belong to the sentence they end. Not when a
 * word follows at once: then the straight `"` (or `’`) opens the next sentence's quotation.
 */
export const closers = /^[\s\u00a0\u202f]*[»”’")\]]+(?![\p{L}\p{N}])/u;
