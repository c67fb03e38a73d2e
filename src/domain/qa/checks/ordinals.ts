import { spans } from '../lib';
import { readFrenchCardinal } from '../number-words';
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

const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tensWords = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** The English ordinals written in words, up to the ninety-ninth (`fifteenth`, `twenty-first`). */
function englishOrdinalWords(text: string): Array<{ start: number; end: number; value: number }> {
  const out: Array<{ start: number; end: number; value: number }> = [];
  for (const found of spans(text, /(?<![\p{L}])(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?([a-z]+?(?:st|nd|rd|th))(?![\p{L}])/giu)) {
    const last = found.groups[1]!.toLowerCase();
    const tens = found.groups[0] ? (tensWords.indexOf(found.groups[0].toLowerCase().slice(0, -1)) + 2) * 10 : 0;
    let value = words.indexOf(last) + 1;
    if (value === 0 && /ieth$/u.test(last)) value = (tensWords.indexOf(last.slice(0, -4)) + 2) * 10;
    if (value <= 0 || (tens && value >= 10)) continue;
    out.push({ start: found.start, end: found.end, value: tens + value });
  }
  return out;
}

/** French ordinals in words (`septième`, `vingt-deuxième`, `cent quarante-cinquième`); `premier` and `second` are as often adjectives (`Premier ministre`). */
const ordinalStems: Record<string, string> = {
  un: 'un', deux: 'deux', trois: 'trois', quatr: 'quatre', cinqu: 'cinq', six: 'six', sept: 'sept', huit: 'huit', neuv: 'neuf', dix: 'dix', onz: 'onze', douz: 'douze', treiz: 'treize',
  quatorz: 'quatorze', quinz: 'quinze', seiz: 'seize', vingt: 'vingt', trent: 'trente', quarant: 'quarante', cinquant: 'cinquante', soixant: 'soixante', cent: 'cent', mill: 'mille',
};
const cardinalWords = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents|mille|et';
const frenchOrdinalPattern = new RegExp(`(?<![\\p{L}-])((?:(?:${cardinalWords})[\\s\\u00a0-]+)*)(${Object.keys(ordinalStems).join('|')})ièmes?(?![\\p{L}-])`, 'giu');

function frenchOrdinalWords(text: string): Array<{ start: number; end: number; text: string; value: number }> {
  return spans(text, frenchOrdinalPattern).flatMap((found) => {
    const prefix = found.groups[0]!;
    // `trois cinquièmes`: a count of parts, no ordinal; `unième` only after a ten (`vingt et unième`).
    if (prefix !== '' && /s$/iu.test(found.text)) return [];
    const stem = found.groups[1]!.toLowerCase();
    if (stem === 'un' && prefix === '') return [];
    // The longest run of words before it that reads as one number with it (`une dix-septième`: `dix-sept`; `premier et deuxième`: none).
    const parts = prefix.split(/(?<=[\s\u00a0-])/u);
    for (let k = 0; k <= parts.length; k++) {
      const before = parts.slice(k).join('');
      if (before === '' && stem === 'un') break;
      const value = readFrenchCardinal(`${before}${ordinalStems[stem]!}`);
      const start = found.start + prefix.length - before.length;
      if (value) return [{ start, end: found.end, text: text.slice(start, found.end), value }];
    }
    return [];
  });
}
/**
 * `la première fois`, `le premier trimestre`: `premier` after an article is an ordinal (not in
 * `Premier ministre`, nor in a date, `au premier janvier`, the dates check's); an English without `first` or a word for it (`maiden`, `opening`, `top`…) may count otherwise.
 */
function frenchFirsts(source: string, target: string): Array<{ start: number; end: number; text: string; value: number }> {
  if (/(?<![\p{L}])(?:first|1st|premier|premiere|prime|initial|maiden|inaugural|opening|earliest|top|debut|original|leading|new|once|ever|largest|biggest|main|foremost|best|number one|No\.\s?1)(?![\p{L}])/iu.test(target)) return [];
  return spans(source, /(?<![\p{L}])(?:la|le|les|l[’']|sa|son|ses|leur|leurs|du|au|aux|des|ce|cette|ces)[\s\u00a0]*(premi(?:er|ère)s?)(?![\p{L}])(?![\s\u00a0]+(?:ministre|secrétaire|adjoint|ministère|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}]))/giu).map((found) => ({ start: found.end - found.groups[0]!.length, end: found.end, text: found.groups[0]!, value: 1 }));
}

const centuryAfter = /^[\s\u00a0]+siècles?(?![\p{L}])/iu;
const hundredsWords = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** Whether an English text names a century by its hundreds: 16 → `the 1600s`, `the sixteen hundreds` (the 17th century). */
function saysHundreds(text: string, hundreds: number): boolean {
  if (new RegExp(`(?<![\\p{N}])${hundreds}00[’']?s(?![\\p{L}])`, 'u').test(text)) return true;
  const word = hundredsWords[hundreds - 10];
  return word !== undefined && new RegExp(`(?<![\\p{L}])${word}[\\s-]hundreds(?![\\p{L}])`, 'iu').test(text);
}

const monthAfter = /^[\s\u00a0]+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)/iu;

/**
 * French ordinals in English writing: `30e` ↔ `30th`, `1er`/`1re` ↔ `1st`, `XIXe siècle` ↔ `19th
 * century` (or the words `first`…`twelfth`). A French ordinal left in the English, or a wrong
 * English suffix (`2th`), is an error with the fix. (`1er janvier` is a date: `January 1`.)
 */
export const ordinals: PairRunner = {
  run: (pair, context) => {
    const issues: Issue[] = [];
    // Ordinals in words: `la septième fois` → `the sixth time` is an error; said otherwise (`again`), none.
    const frenchWords = [...frenchOrdinalWords(pair.source), ...frenchFirsts(pair.source, pair.target)];
    if (frenchWords.length > 0) {
      const englishWords = [...englishOrdinalWords(pair.target), ...spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(st|nd|rd|th)(?![\p{L}])/gu).map((found) => ({ ...found, value: Number(found.groups[0]) }))];
      const frenchAll = new Set([...frenchWords.map((word) => word.value), ...frenchOrdinals(pair.source).map((found) => Number(found.groups[0])), ...frenchRomanOrdinals(pair.source).map((found) => found.value), ...(/(?<![\p{L}])premi[èe]re?s?(?![\p{L}])/iu.test(pair.source) ? [1] : []), ...(/(?<![\p{L}])seconde?s?(?![\p{L}])/iu.test(pair.source) ? [2] : [])]);
      const floors = (value: number, end: number) => (context.targetLang === 'en-US' && /^[\s\u00a0]+étages?/iu.test(pair.source.slice(end, end + 10)) ? [value, value + 1] : [value]);
      const others = englishWords.filter((other) => !frenchAll.has(other.value) && !frenchWords.some((word) => floors(word.value, word.end).includes(other.value)));
      for (const word of frenchWords) {
        if (englishWords.some((other) => floors(word.value, word.end).includes(other.value)) || others.length === 0) continue;
        issues.push({ key: 'ordinals.missing', params: { ordinal: word.text, expected: words[word.value - 1] ?? englishOrdinal(word.value) }, source: [{ start: word.start, end: word.end }], target: others.map(({ start, end }) => ({ start, end })) });
      }
    }
    if ((!/\d/u.test(pair.source) && !/\d/u.test(pair.target) && !/[IVXLC](?:e|er|re|ème)\b/u.test(pair.source))) return issues;
    const english = [
      ...spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(st|nd|rd|th)(?![\p{L}])/gu).map((found) => ({ ...found, value: Number(found.groups[0]) })),
      ...spans(pair.target, /(?<![\p{L}])([IVXLC]+)(?![\p{L}])/gu).map((found) => ({ ...found, value: roman(found.groups[0]!) })),
    ];
    const spelledWords = englishOrdinalWords(pair.target);
    const spelled = (value: number) => spelledWords.some((word) => word.value === value);
    const french = [
      ...frenchOrdinals(pair.source).map((found) => ({ ...found, value: Number(found.groups[0]) })),
      ...frenchRomanOrdinals(pair.source),
    ];
    const leftInFrench = spans(pair.target, /(?<![\p{L}\p{N}])(\d+)(e|er|re|ème|eme)(?![\p{L}])/gu);
    for (const ordinal of french) {
      // (`du 1er au 21 juillet`: a date too, the month after the range's end.)
      if (monthAfter.test(pair.source.slice(ordinal.end)) || monthAfter.test(pair.source.slice(ordinal.end).replace(/^[\s\u00a0]*(?:au|et|à|-|–)[\s\u00a0]*\d{1,2}/u, ''))) continue;
      // `l’article 1er` is `Article 1`: English numbers the first article as it does the others.
      if (ordinal.value === 1 && /(?<![\p{L}])(?:article|art\.)[\s\u00a0]*$/iu.test(pair.source.slice(Math.max(0, ordinal.start - 10), ordinal.start)) && /(?<![\p{L}])(?:article|art\.)[\s\u00a0]*1(?![\p{N}])/iu.test(pair.target)) continue;
      // `2e étage` is the `third floor` in American English, which counts the ground floor.
      const values = context.targetLang === 'en-US' && /^[\s\u00a0]+étages?/iu.test(pair.source.slice(ordinal.end, ordinal.end + 10)) ? [ordinal.value, ordinal.value + 1] : [ordinal.value];
      if (values.some((value) => english.some((other) => other.value === value) || spelled(value))) continue;
      // A rank or a stage said by its number: `la 10e étape` → `Stage 10`, `le 87e mondial` → `world number 87`, `No. 87`.
      if (values.some((value) => new RegExp(`(?<![\\p{L}])(?:stage|round|leg|game|match|day|week|act|part|phase|level|season|chapter|number|no\\.?|#)[\\s\\u00a0]*${value}(?![\\p{N}])`, 'iu').test(pair.target))) continue;
      // `8e de finale` is the round of 16 (the eighth-finals: 16 players or teams), `16e de finale` the round of 32.
      if (/^[\s\u00a0]+de[\s\u00a0]+finale/iu.test(pair.source.slice(ordinal.end, ordinal.end + 14)) && new RegExp(`(?<![\\p{L}])(?:round|last)[\\s\\u00a0]+(?:of[\\s\\u00a0]+)?${ordinal.value * 2}(?![\\p{N}])`, 'iu').test(pair.target)) continue;
      // A century said by its hundreds: `XVIIe siècle` = `the 1600s` (`the seventeen hundreds`).
      if (centuryAfter.test(pair.source.slice(ordinal.end)) && saysHundreds(pair.target, ordinal.value - 1)) continue;
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
