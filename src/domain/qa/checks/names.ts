import { englishStem, englishStopwords, frenchRenderings } from '../../align/lexicon';
import { seedLexicon } from '../../align/lexicon-fr-en';
import { findTerms } from '../../glossary';
import { searchKey } from '../../search';
import { cityPeople, type Exonym, exonyms, type NameKind, type PlacePeople, placePeople } from '../exonyms';
import { blank, byFirstWord, fold, lastOf, lazy, replaceSpan, spans } from '../lib';
import { complementHead, isCapitalisedNoun, nameKey, nameWord, type ProperName, properNames } from '../proper-names';
import type { Issue, PairRunner, Span } from '../types';

/** Every English form of the table, each with its entry: where a known name stands in a translation. */
const englishForms = lazy(() => byFirstWord(exonyms().flatMap((exonym) => exonym.english.map((form) => ({ source: form, target: '', exonym, folded: searchKey(form) })))));

/** The words of the table's names, in either language: a word of the translation that is one of them is a name of its own, no misspelling. */
const tableWords = lazy(() => new Set(exonyms().flatMap((exonym) => [...exonym.english, ...exonym.french].flatMap((form) => nameKey(form).split(' ')))));

/** Sorts of names one can stand for another of: a city for a city (`Lyon` → `Lille`), a pope for a pope, a body for a body (`Cour des comptes` → `Council of State`). */
const replaceable: ReadonlyMap<NameKind, ReadonlySet<NameKind>> = new Map<NameKind, ReadonlySet<NameKind>>([
  ...(['country', 'region', 'city', 'monument', 'pope', 'ruler'] as const).map((kind): [NameKind, ReadonlySet<NameKind>] => [kind, new Set([kind])]),
  ['organisation', new Set<NameKind>(['organisation', 'institution'])],
  ['institution', new Set<NameKind>(['organisation', 'institution'])],
]);

/**
 * Acronyms English writes for common nouns (`GDP`, `CEO`, `VAT`): in a translation, no name that
 * took an acronym's place.
 */
const englishAcronyms = new Set(
  'GDP GNP CEO CEOs CFO COO CTO HR AI SME SMEs VAT TV PC PM AM MP MPs HQ IT PR ID IDs NGO NGOs IPO LGBT LGBTQ COVID AIDS HIV DNA RNA PCR GPS SUV SUVs OK BC AD UK US USA EU UN CO2 EV EVs IVF ATM ATMs FAQ PDF URL CV CVs MBA PhD TGV RER SMS DIY LNG LPG OTC ETF ETFs M&A R&D'.split(' '),
);
const isAcronym = (word: string) => word.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
/** Same letters in another order (`PAC` → `CAP`, `SIDA` → `AIDS`): the acronym translated. */
const anagram = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');
/** Two neighbouring letters swapped, the rest the same (`RTBF` → `RTFB`). */
const transposed = (a: string, b: string) => {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
};
/** An acronym spelt out right before it, in the translation (`National Bank of Belgium (NBB)`): the English one. */
const spelledOut = (target: string, word: Span & { text: string }) => {
  const before = target.slice(Math.max(0, word.start - 80), word.start);
  if (!/\([\s\u00a0]*$/u.test(before)) return false;
  return (before.match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []).map((part) => part[0]).join('').endsWith(word.text);
};

/** Edits from one word to another, a swap of two letters one edit (`Dubios` for `Dubois`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** A word with its doubled letters single (`garonne` → `garone`). */
const undoubled = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/**
 * A misspelling: one letter off (two in a long name), between words of four letters or more — `Pouyane` for `Pouyanné`, `Dupond` for `Dupont` —
 * or a doubled letter moved to its neighbour (`Garrone` for `Garonne`).
 */
const misspelt = (name: string, written: string, shortest = 4) =>
  name !== written &&
  Math.min(name.length, written.length) >= shortest &&
  Math.abs(name.length - written.length) <= 2 &&
  (editDistance(name, written) <= (Math.max(name.length, written.length) >= 10 ? 2 : 1) || (name.length === written.length && undoubled(name) === undoubled(written)));

/**
 * A name as French and English write it alike: transliterated (`Tchekhov` and `Chekhov`,
 * `Michoustine` and `Mishustin`) or ending in another vowel (`Vérone` and `Verona`).
 */
const romanised = (key: string, yAsI: boolean) =>
  key
    .split(' ')
    // (`Zaporijjia` and `Zaporizhzhia`, `Ennahdha` and `Ennahda`, `Aliev` and `Aliyev`: French and English letters for one sound.)
    .map((word) => word.replace(/tch/gu, 'ch').replace(/ch/gu, 'sh').replace(/zh/gu, 'j').replace(/dh/gu, 'd').replace(/iy/gu, 'i').replace(/ou/gu, 'u').replace(/^y|y(?=[aeiou]|$)/gu, yAsI ? 'i' : 'y').replace(/ph/gu, 'f').replace(/dj/gu, 'j').replace(/(?<=.{3})[eaoi]$/u, ''))
    .join(' ');

/** The letters of a French romanisation of a foreign name (`Tchekhov`, `Michoustine`, `Djokovic`, `Khrouchtchev`). */
const frenchRomanisation = /ou|ch|dj|kh|ph|ine$/u;
/** Those of them English writes otherwise (`ou` → `u`, `ch` → `sh`, `dj` → `j`): a word of a name keeping them in English keeps the French spelling of the whole name. */
const frenchSpelling = /ou|ch|dj/u;

/**
 * Another romanisation of the same name (closer once both are read alike), not a misspelling.
 * English writes `y` where French writes `i` (`Dmitri` → `Dmitry`), not the reverse: a `y` of
 * the French name turned to `i` is a misspelling (`Faury` → `Faurie`). A near romanisation needs
 * the French spelling of a foreign name to start with, or another final vowel.
 */
const transliterated = (name: string, written: string) => {
  if (Math.abs(name.length - written.length) > 4) return false;
  // French writes `tch` where English writes `ch` (`Tchekhov` → `Chekhov`), never the reverse: `Anspach` → `Anspatch` is a misspelling.
  if (written.includes('tch') && !name.includes('tch')) return false;
  // Another final vowel is the Italian or Spanish ending of a French `-e` (`Vérone` → `Verona`), not `Orphéo` → `Orphéa`.
  if (/[aiou]$/u.test(name) && /[aeiou]$/u.test(written) && name.at(-1) !== written.at(-1)) return false;
  const yAsI = !name.includes('y');
  const alike = editDistance(romanised(name, yAsI), romanised(written, yAsI));
  // (`Sorente` → `Sorrento`: the Italian ending, and its double letter with it.)
  const otherEnding = /[aeiou]$/u.test(name) && /[aeiou]$/u.test(written) && name.at(-1) !== written.at(-1);
  // (`Danone` → `Danon`: a final `e` dropped from a French name is a misspelling, not a romanisation;
  // so is one added, `Austral` → `Australe`, or turned to `i`, `Benslimane` → `Benslimani`.)
  const droppedE = name.endsWith('e') && written === name.slice(0, -1) && !frenchRomanisation.test(name);
  if (written === `${name}e` || (name.endsWith('e') && written === `${name.slice(0, -1)}i`)) return false;
  return (alike === 0 && !droppedE) || (alike <= 1 && alike < editDistance(name, written) && (frenchRomanisation.test(name) || otherEnding));
};

const sourceNames = lastOf(properNames);

interface TargetWord extends Span {
  text: string;
  key: string;
}

/** The source's word as written for a folded one (`pouyanne` → `Pouyanné`), for a fix. */
const writtenAs = (name: ProperName, key: string) => name.text.split(/[\s\u00a0'’-]+/u).find((part) => nameKey(part) === key);

/**
 * A proper name of the source (proper-names.ts) not in the translation — compared with accents,
 * case, hyphens and possessives aside, a surname holding for the full name, through the exonym
 * table (`Barcelone` → `Barcelona`) and the glossary. Written a letter off (`Dupont` → `Dupond`)
 * or replaced by another name of its sort (`Lyon` → `Lille`, `pape François` → `Pope Benedict`):
 * an error, the wrong word marked. Not there at all: a warning (`Emmanuel Macron` → `the president`
 * may be right).
 */
export const names: PairRunner = {
  run: (pair, context) => {
    const found = sourceNames(pair.source);
    // A city's people in lower case (`le groupe lyonnais`): the city, said otherwise.
    const peoples = spans(pair.source, /(?<![\p{L}\p{M}-])\p{Ll}[\p{L}\p{M}]{3,}(?![\p{L}\p{M}-])/gu).filter((word) => cityPeople().has(word.text));
    // A country's people in lower case (`le réalisateur roumain`, `la justice sud-coréenne`): the country, by its adjective.
    // (And as a noun, capitalised: `l’Argentin Tomás Ibarra` → `Chile's Tomás Ibarra`, `des milliers de Géorgiens`.)
    const nationals = [
      ...spans(pair.source, /(?<![\p{L}\p{M}-])\p{Ll}[\p{L}\p{M}]+(?:-\p{Ll}[\p{L}\p{M}]+)*(?![\p{L}\p{M}-])/gu),
      ...spans(pair.source, /(?<![\p{L}\p{M}-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}-])/gu).map((word) => ({ ...word, text: word.text.toLowerCase() })),
    ].filter((word) => placePeople().has(word.text));
    if (found.length === 0 && peoples.length === 0 && nationals.length === 0) return [];
    // A name of the glossary is the glossary check's: its English is the name's rendering.
    const glossed = context.glossary.length === 0 ? [] : findTerms(pair.source, context.glossary);
    const mine = found.filter((name) => !glossed.some((term) => name.start < term.end && term.start < name.end));
    const sourceKeys = new Set(nameKey(pair.source).split(' '));
    const sourceExonyms = new Set(mine.flatMap((name) => (name.exonym ? [name.exonym] : [])));
    // The target's capitalised words the source has not: where a changed name went.
    let strays: TargetWord[] = spans(pair.target, /[\p{L}\p{M}]+/gu)
      .filter((word) => /^\p{Lu}/u.test(word.text))
      .map((word) => ({ start: word.start, end: word.end, text: word.text, key: nameKey(word.text) }))
      .filter((word) => !sourceKeys.has(word.key));
    const tableStrays = strays.filter((word) => tableWords().has(word.key));
    strays = strays.filter((word) => !tableWords().has(word.key));
    // Known names of the target the source does not name: what a replaced name became.
    // (`EU` is Brussels’s English too, but where the source has `UE` it is that.)
    const sourceForms = new Set([...sourceExonyms].flatMap((exonym) => exonym.english.map(nameKey)));
    const known = findTerms(pair.target, englishForms()(searchKey(pair.target))).filter(
      (hit) => !sourceExonyms.has(hit.term.exonym) && !sourceForms.has(nameKey(pair.target.slice(hit.start, hit.end))) && /^\p{Lu}/u.test(pair.target.slice(hit.start, hit.end)) && !nameKey(pair.target.slice(hit.start, hit.end)).split(' ').every((key) => sourceKeys.has(key)),
    );
    // A name is not there for being a part of another one (`central bank` of `the European Central Bank`).
    const target = ` ${nameKey(blank(pair.target, known))} `;
    // `Macron’s` is `macron s`; `the Oscars` has `Oscar`, `two Renaults` has `Renault` (a plural after an article or a number: `Pepinsters` is a misspelling).
    const has = (key: string) => key !== '' && (target.includes(` ${key} `) || (target.includes(` ${key}s `) && pluralOf(key).test(target)));

    const issues: Issue[] = [];
    const said = new Set<string>();
    for (const name of mine) {
      if (said.has(name.key)) continue;
      said.add(name.key);
      const source = mine.filter((other) => other.key === name.key).map(({ start, end }) => ({ start, end }));
      // `Varsovie` → `Prague … Polish`: a city standing for its country there only as the country, another city where it was.
      if (name.exonym?.kind === 'city' && !presentAsPlace(name.exonym, has)) {
        const other = replacement(name, pair.target, strays, known, sourceKeys);
        if (other) {
          issues.push({ key: 'names.replaced', params: { name: name.text, written: pair.target.slice(other.start, other.end) }, source, target: [{ start: other.start, end: other.end }] });
          continue;
        }
      }
      // `la cathédrale Saint-Bavon` → `St Bavo's Cathedral`, `Saint-Pierre de Rome` → `St. Peter's`: a saint's English name.
      if (saintInEnglish(name, pair.target)) continue;
      // `Anvers` → `in Anvers`: the French form of a name English writes otherwise, left as it is.
      const left = frenchLeft(name, pair.source, pair.target, has);
      if (left) {
        const english = name.exonym!.english[0]!;
        issues.push({ key: 'names.exonym', params: { name: name.text, english }, source, target: [left], fix: replaceSpan(pair.target, left, english) });
        continue;
      }
      // `Bertrand Morel` → `Bernard Morel`, `J.-P. Lemaire` → `J.-F. Lemaire`: the surname kept, another first name or initial before it.
      const changed = givenChanged(name, pair.source, pair.target, sourceKeys);
      if (changed) {
        issues.push({ key: 'names.replaced', params: { name: changed.name, written: changed.written }, source, target: [changed.span] });
        continue;
      }
      // A person's name written otherwise: an accent changed, a hyphen lost, a particle dropped, merged or added.
      const form = name.exonym || name.acronym || name.title ? undefined : formChanged(name, pair.target);
      if (form) {
        issues.push({ key: 'names.misspelt', params: { name: name.text, written: form.written }, source, target: [{ start: form.start, end: form.end }] });
        continue;
      }
      // The rest of the name there, one word a letter off: `Claare Martin`, `Kouadio-Bru`.
      const part = misspeltPart(name, strays, has);
      if (part) {
        issues.push({ key: 'names.misspelt', params: { name: name.text, written: part.word.text }, source, target: [{ start: part.word.start, end: part.word.end }], fix: replaceSpan(pair.target, part.word, part.by) });
        continue;
      }
      if (present(name, has)) continue;
      // `Mikhaïl Michoustine` → `Mikhail Mishustin`: the English romanisation of a name — unless
      // another word of it keeps the French spelling there (`Kouadio-Brou` → `Kouadio-Bru` is no romanisation).
      const keptFrench = name.words.filter((key) => frenchSpelling.test(key) && has(key));
      // (A known name's English counts too: `Zaporijjia`, a French spelling the table lacks, → `Zaporizhzhia`.)
      const romanisedAs = (key: string) => [...strays, ...tableStrays].some((word) => transliterated(key, word.key));
      if (keptFrench.length === 0 && name.words.some(romanisedAs)) {
        // The rest of the name there or romanised too; a word of it a letter off is misspelt still (`Dmitri Peskov` → `Dmitry Peskow`).
        // (Not a word with letters romanised otherwise, `Mirziyoïev` → `Mirziyoyev`.)
        for (const key of name.words.filter((word) => !has(word) && !romanisedAs(word) && !/y|ou|ch|dj|kh|ph|i[aeou]|gu[eiy]/u.test(word))) {
          const word = strays.find((other) => misspelt(key, other.key));
          if (word) {
            issues.push({ key: 'names.misspelt', params: { name: name.text, written: word.text }, source, target: [{ start: word.start, end: word.end }] });
            break;
          }
        }
        continue;
      }
      const wrong = name.title ? undefined : misspelling(name, strays, pair.target);
      // (`loi Climat` → `Climate Law`: a word a letter off that is the French word's English is its translation.)
      if (wrong && !(!name.exonym && translatedWord(name.text, englishStems(pair.target)))) {
        issues.push({ key: 'names.misspelt', params: { name: name.text, written: wrong.word.text }, source, target: [{ start: wrong.word.start, end: wrong.word.end }], ...(wrong.by ? { fix: replaceSpan(pair.target, wrong.word, wrong.by) } : {}) });
        continue;
      }
      const other = replacement(name, pair.target, strays, name.exonym || name.acronym ? known : [], sourceKeys);
      // An acronym the table does not know, where the English has another the table does not know
      // either (`le SNC` → `CDS`, the Canadian Digital Service): most bodies have an acronym in each
      // language. Another known body in its place (`la CFDT` → `the CGT`) is still a replaced name.
      if (other && name.acronym && !name.exonym && isAcronym(pair.target.slice(other.start, other.end)) && !known.some((hit) => hit.start < other.end && other.start < hit.end)) continue;
      if (other) {
        issues.push({ key: 'names.replaced', params: { name: name.text, written: pair.target.slice(other.start, other.end) }, source, target: [{ start: other.start, end: other.end }] });
        continue;
      }
      // `l’Agence européenne des médicaments (EMA)` → `the regulator`: the body spelt out and its acronym both gone, no name of several words in their place.
      if (name.glossed && !namedBody.test(pair.target) && !pair.target.includes('(')) {
        issues.push({ key: 'names.missing', params: { name: name.text }, source, severity: 'warning' });
        continue;
      }
      // `Le musée du Louvre` → `The museum`: the place or body said by its common noun alone.
      if (name.optional && !name.title && byCommonNoun(name, pair.source, pair.target)) {
        issues.push({ key: 'names.missing', params: { name: name.text }, source, severity: 'warning' });
        continue;
      }
      // `la région de la Côte-Nord` → `the Gaspésie region`: the place's noun translated, another name beside it.
      const otherPlace = name.title ? undefined : besidePlaceNoun(name, pair.source, pair.target, sourceKeys);
      if (otherPlace) {
        issues.push({ key: 'names.replaced', params: { name: name.text, written: pair.target.slice(otherPlace.start, otherPlace.end) }, source, target: [otherPlace] });
        continue;
      }
      if (name.optional || name.acronym || name.exonym?.kind === 'loose' || name.exonym?.kind === 'institution') continue;
      // A capitalised French word the translation renders as a word (`la page Paramètres` → `the
      // Settings page`, `sélectionnez Ajouter` → `select Add`): a label or a common noun, translated.
      if (!name.exonym && translatedWord(name.text, englishStems(pair.target))) continue;
      // `la Kényane` → `the Kenyan`, `les Sénégalais` → `the Senegalese`: a people, said by its English name.
      if (!name.exonym && demonymSaid(name, pair.target)) continue;
      if (name.exonym && !name.exonym.english.some((form) => nameKey(form) === name.key)) issues.push({ key: 'names.missingAs', params: { name: name.text, english: name.exonym.english[0]! }, source, severity: 'warning' });
      else issues.push({ key: 'names.missing', params: { name: name.text }, source, severity: 'warning' });
    }
    // `le groupe lyonnais` → `the Lille-based group`: a city's people, another city in its place.
    for (const people of peoples) {
      const city = cityPeople().get(people.text)!;
      if (sourceExonyms.has(city) || said.has(people.text)) continue;
      said.add(people.text);
      // (`La Rochelle fans` for `les supporters rochelais`: the city's name, its article aside, or known there as itself.)
      const stems = city.english.map((form) => nameKey(form).replace(/^(?:la|le|les|l) /u, '').slice(0, 4));
      if (presentAsPlace(city, has) || known.some((hit) => hit.term.exonym === city) || spans(pair.target, /\p{Lu}[\p{L}\p{M}]+/gu).some((word) => stems.some((stem) => nameKey(word.text).startsWith(stem)))) continue;
      const other = known.find((hit) => hit.term.exonym.kind === 'city');
      if (other) issues.push({ key: 'names.replaced', params: { name: people.text, written: pair.target.slice(other.start, other.end) }, source: [{ start: people.start, end: people.end }], target: [{ start: other.start, end: other.end }] });
    }
    // `le réalisateur roumain` → `Bulgarian director`, `l’arrière-pays varois` → `the Vaucluse hinterland`:
    // a country's or region's people, another country's adjective or another region or city in its place.
    const targetKeys = ` ${nameKey(pair.target)} `;
    const nationalPlaces = new Set(nationals.map((word) => placePeople().get(word.text)!.place));
    const unaccounted = (place: Exonym) => !sourceExonyms.has(place) && !nationalPlaces.has(place);
    for (const national of nationals) {
      const { place, english } = placePeople().get(national.text)!;
      if (sourceExonyms.has(place) || said.has(place.french[0]!)) continue;
      said.add(place.french[0]!);
      if ([...place.english, ...english, ...place.french, national.text].some((form) => saysWord(targetKeys, form))) continue;
      const other =
        otherAdjective(pair.target, (people) => people.place !== place && unaccounted(people.place), sourceForms) ??
        (place.kind === 'region'
          ? known.find((hit) => (hit.term.exonym.kind === 'region' || hit.term.exonym.kind === 'city') && unaccounted(hit.term.exonym))
          : // `l’Argentin Tomás Ibarra` → `Chile's Tomás Ibarra`: another country's name right before the person's.
            known.find((hit) => hit.term.exonym.kind === 'country' && unaccounted(hit.term.exonym) && /^['’]s[\s\u00a0]+\p{Lu}/u.test(pair.target.slice(hit.end))));
      if (other) issues.push({ key: 'names.replaced', params: { name: national.text, written: pair.target.slice(other.start, other.end) }, source: [{ start: national.start, end: national.end }], target: [{ start: other.start, end: other.end }] });
    }
    const swap = swapped(mine, pair.source, pair.target);
    if (swap) issues.push(swap);
    return issues;
  },
};

/**
 * Whether the translation says the place or body a name completes by its common noun alone, right
 * after an article (`Le musée du Louvre a accueilli…` → `The museum welcomed…`, `le Festival
 * d’Avignon` → `the festival`): the name dropped. `the French central bank`, `Charles de Gaulle
 * airport`, `the Louvre museum` name it still.
 */
function byCommonNoun(name: ProperName, source: string, target: string): boolean {
  const head = complementHead(source, name.start);
  if (!head) return false;
  // (A head English writes the same, `festival`, counts too.)
  const english = [...(frenchRenderings(head) ?? []), englishStem(nameKey(head))];
  return spans(target, /(?<![\p{L}\p{M}])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)[\s\u00a0]+([\p{Ll}]+)(?![\p{L}\p{M}])(?![\s\u00a0]*(?:\p{Lu}|of|in|at|on|de|d['’]))/gu).some((hit) => {
    const noun = hit.text.split(/[\s\u00a0]+/u).at(-1)!;
    return english.includes(englishStem(noun));
  });
}

/**
 * Whether a name after `Saint-` or `Sainte-` is in the translation as a saint's English name, after
 * `St`, `St.` or `Saint`: the same within two letters (`Bavon` → `Bavo`) or its English form
 * (`Pierre` → `Peter`).
 */
function saintInEnglish(name: ProperName, target: string): boolean {
  const french = /^Sainte?[-\s\u00a0](\p{Lu}[\p{L}\p{M}]+)/u.exec(name.text)?.[1];
  if (!french) return false;
  const key = nameKey(french);
  return spans(target, /(?<![\p{L}])(?:St\.?|Saint)[\s\u00a0]+(\p{Lu}[\p{L}\p{M}]+)/gu).some((hit) => {
    const english = nameKey(hit.groups[0]!).replace(/s$/u, '');
    return englishGiven.get(key) === english || (Math.min(key.length, english.length) >= 4 && editDistance(key, english) <= 2);
  });
}

/** The country of the first people's word among a name's surroundings (`marocaine`, `Moroccan`). */
function nationOf(words: ReadonlyArray<{ key: string }>, language: 'fr' | 'en'): Exonym | undefined {
  for (const word of words) {
    const place = (language === 'fr' ? frenchPeople() : englishPeople()).get(word.key);
    if (place?.kind === 'country') return place;
  }
  return undefined;
}

/** A people's French word, folded as a name's (`senegalais`, `egyptienne`) → its country or region. */
const frenchPeople = lazy(() => new Map([...placePeople()].map(([form, people]) => [nameKey(form), people.place] as const)));
/** A country's English adjective, folded (`moroccan`) → the country. */
const englishPeople = lazy(() => new Map([...placePeople().values()].flatMap((people) => people.english.map((form) => [nameKey(form), people.place] as const))));

/** Whether a text's name keys (` romanian director … `) have a form as a word, or in the plural (`Romanians`), case aside. */
function saysWord(keys: string, form: string): boolean {
  const key = nameKey(form);
  return key !== '' && (keys.includes(` ${key} `) || keys.includes(` ${key}s `));
}

/** Every country's English adjectives, for what replaced one (`Bulgarian` for `roumain`). */
const countryAdjectives = lazy(() => {
  const out = new Map<string, PlacePeople>();
  for (const people of placePeople().values()) if (people.place.kind === 'country') for (const form of people.english) out.set(form, people);
  return [...out].map(([form, people]) => ({ people, pattern: new RegExp(`(?<![\\p{L}\\p{M}])${form.replace(/[.]/gu, '\\.')}s?(?![\\p{L}\\p{M}])`, 'u') }));
});

/** A capitalised English adjective of another country in the text (`Swiss singer JJ`), one the source does not account for. */
function otherAdjective(target: string, other: (people: PlacePeople) => boolean, sourceForms: ReadonlySet<string>): Span | undefined {
  for (const { people, pattern } of countryAdjectives()) {
    if (!other(people)) continue;
    const hit = pattern.exec(target);
    if (hit && !sourceForms.has(nameKey(hit[0]))) return { start: hit.index, end: hit.index + hit[0].length };
  }
  return undefined;
}

/** A name in the plural, after an article or a number (`the Oscars`, `two Renaults`, `both Kennedys`). */
const pluralOf = (key: string) => new RegExp(`(?:^| )(?:the|two|three|four|five|six|seven|eight|nine|ten|both|all|many|several|some|\\d+) ${key.replace(/[^\p{L}\p{N} ]/gu, '')}s `, 'u');

/** What may stand between two names without making one the other's subject or object: lists, pairs and matches (`Dupont et Martin`, `Nadal contre Federer`). */
const coordination = new Set('et ou ni contre face à avec entre vs versus and or nor against with between v'.split(' '));
/** The next name of a list brought in with its role (`, le cinéaste`, `et la romancière`): the list's order is free. */
const listedWithRole = /^[\s\u00a0]*(?:,|,?[\s\u00a0]*(?:et|ou))[\s\u00a0]+(?:la|le|les|l['’]|son|sa|ses)[\s\u00a0]*\p{L}+[\s\u00a0]*$/u;
/** The words of the passive (`battu par`, `beaten by`) and of a complement of a name (`le fils de`, `Dupont's lawyer`): their order differs between French and English. */
const reordering = /(?<![\p{L}])(?:par|été|by|of|according)(?![\p{L}])|['’]s(?![\p{L}])/u;
/** A complement in apposition (`Dupont, l’avocat de Martin`, `l’ex-femme de Dubreuil, Nadeau`): English may put it first (`Martin’s lawyer Dupont`). */
const apposition = /^[\s\u00a0]*,.*(?<![\p{L}])(?:de|du|des|d['’])[\s\u00a0]*(?:\p{L}+[\s\u00a0]+)?$|(?<![\p{L}])(?:de|du|des|d['’])[\s\u00a0]*$/u;

/**
 * Two names of one clause in the other order in the translation, with a verb between them
 * (`Gaël Fontaine a battu Mathis Oudin` → `Mathis Oudin beat Gaël Fontaine`): who did what to whom
 * reversed. Lists and matches (`Dupont et Martin`), the passive (`battu par`) and complements
 * (`l’avocat de Dupont, Martin`) change the order on their own: no finding there.
 */
/** A common noun before a name that makes it a place's (`la clinique Saint-Roch`, `le lycée Victor-Hugo`); a company's or a club's may act, and stays. */
const named = /(?<![\p{L}])(?:clinique|hôpital|hospice|lycée|collège|école|université|faculté|rue|avenue|boulevard|place|quai|gare|stade|église|cathédrale|basilique|abbaye|musée|théâtre|château|centre|salle|parc|pont|quartier|cité|résidence|hôtel|cinéma|prison|aéroport|port|hippodrome|piscine|gymnase|médiathèque|bibliothèque|fort|tour)[\s\u00a0]+$/iu;

function swapped(names: readonly ProperName[], source: string, target: string): Issue | undefined {
  // (A person's name after `la place de` reads as a place's complement, `optional`: a name of two words or more is still a person's.)
  const people = names.filter((name) => (!name.optional || (!name.exonym && name.key.includes(' '))) && !name.title && name.last.length >= 3);
  const words = spans(target, /[\p{L}\p{M}]+/gu);
  // Where a name's last word is in the translation, when it is there once.
  const place = (name: ProperName): Span | undefined => {
    const last = name.last.split(' ').at(-1);
    const found = words.filter((word) => nameKey(word.text) === last);
    return found.length === 1 ? found[0] : undefined;
  };
  // (A list with a role before each name, `l’actrice Juliette Binoche, le cinéaste … et la romancière …`, is a list still.)
  const apart = (text: string) => {
    const between = text.match(/[\p{L}\p{M}'’]+/gu) ?? [];
    return /[.;:!?«»“”"]/u.test(text) || between.length === 0 || between.length > 8 || between.every((word) => coordination.has(word.toLowerCase())) || listedWithRole.test(text) || reordering.test(text);
  };
  // A place the action happens in (`à Bordeaux`, `en France`): no one's subject or object.
  const located = (name: ProperName) => name.exonym !== undefined && name.exonym.kind !== 'person' && /(?:^|[^\p{L}])(?:à|au|aux|en|dans|vers|depuis|de|d['’]|du|près de|travers la|travers le|travers les)[\s\u00a0]*(?:la[\s\u00a0]+|le[\s\u00a0]+|l['’])?$/iu.test(source.slice(Math.max(0, name.start - 16), name.start));
  for (let k = 0; k + 1 < people.length; k++) {
    const first = people[k]!;
    const second = people[k + 1]!;
    // (The first name a complement, `l’avocat de Dupont, Martin`, or the second one in apposition to a role, `Dupont, l’avocat de Martin`.)
    const gap = source.slice(first.end, second.start);
    if (first.last === second.last || located(first) || located(second) || apart(gap) || (/,/u.test(gap) && apposition.test(gap)) || /(?<![\p{L}])(?:de|du|des|d['’])[\s\u00a0]*$/u.test(source.slice(Math.max(0, first.start - 12), first.start))) continue;
    // (`le PGHM de Chamonix`, `la CPAM d’Ille-et-Vilaine`: the second the first's complement; `la clinique Saint-Roch`: a place's name, no one's.)
    if (/^[\s\u00a0)]*(?:de|du|des|d['’])[\s\u00a0]*$/u.test(gap) || [first, second].some((name) => named.test(source.slice(Math.max(0, name.start - 24), name.start)))) continue;
    const a = place(first);
    const b = place(second);
    if (!a || !b || b.start >= a.start) continue;
    // What stands between the second name's last word and the first name's first word.
    const before = target.slice(b.end, a.start).replace(/(?:[\s\u00a0]*[\p{Lu}][\p{L}\p{M}]*[-‐‑]?)+[\s\u00a0]*$/u, ' ');
    // (`Laval-based Lactalis`: a compound, no clause.)
    if (apart(before) || /^[-‐‑]/u.test(before)) continue;
    return swapIssue(first, second, b, a);
  }
  return exchanged(people, source, target, words, place);
}

/** Two names swapped: the source's in its order, the translation's where each went. */
const swapIssue = (first: ProperName, second: ProperName, b: Span, a: Span): Issue => ({
  key: 'names.swapped',
  params: { first: first.text, second: second.text },
  source: [
    { start: first.start, end: first.end },
    { start: second.start, end: second.end },
  ],
  target: [b, a],
  severity: 'warning',
});

/** Words that say nothing of who someone is (for the words around a name). */
const plainWords = new Set(
  'dans pour avec sans sous vers chez entre tandis alors aussi mais donc puis leur leurs dont elle elles nous vous ils cette cet ces son sans selon être avoir fait était sont avait a été the and with from that this these those their them they for into while also have has had been were was which who whom whose his her its over after before than then there here when where about'.split(' '),
);

/** A sentence's content words (four letters or more), outside the names. */
function contentWords(text: string, names: readonly Span[]): Array<Span & { key: string }> {
  return spans(text, /[\p{L}\p{M}]+/gu)
    .filter((word) => word.text.length >= 4 && !plainWords.has(word.text.toLowerCase()) && !names.some((name) => name.start <= word.start && word.end <= name.end))
    .map((word) => ({ start: word.start, end: word.end, key: nameKey(word.text) }));
}

/**
 * The words around each of two names, up to four on each side within the sentence, a word between
 * them going to the nearer one (`L’entraîneur du Stade toulousain, Ugo Mola, a salué … son demi
 * d’ouverture, Romain Ntamack`: `entraîneur`, `stade`, `salué` are Mola's; `demi`, `ouverture` Ntamack's).
 */
function around(words: ReadonlyArray<Span & { key: string }>, first: Span, second: Span, text: string): [typeof words, typeof words] {
  const sentence = (word: Span, name: Span) => !/[.;:!?]/u.test(text.slice(Math.min(word.end, name.end), Math.max(word.start, name.start)));
  const distance = (word: Span, name: Span) => (word.end <= name.start ? name.start - word.end : word.start - name.end);
  const near = (name: Span, other: Span) => {
    const mine = words.filter((word) => sentence(word, name) && distance(word, name) >= 0 && (distance(word, other) < 0 || distance(word, name) < distance(word, other)));
    return [...mine.filter((word) => word.end <= name.start).slice(-4), ...mine.filter((word) => word.start >= name.end).slice(0, 4)];
  };
  return [near(first, second), near(second, first)];
}

/**
 * Two people whose surroundings the translation exchanges (`Me Karim Benslimane défend l’ancien
 * directeur…, tandis que Me Odile Ferracci représente les familles` → `attorney Odile Ferracci
 * defends the former director…, while attorney Karim Benslimane represents the families`): the
 * words around each name in the source, read through the seed lexicon, are the ones around the
 * other name in the translation, and hardly any around its own.
 */
function exchanged(people: readonly ProperName[], source: string, target: string, words: ReadonlyArray<Span & { text: string }>, place: (name: ProperName) => Span | undefined): Issue | undefined {
  // People named by a first name and a surname at least: a body, a place or an acronym has no one's surroundings.
  const persons = people.filter((name) => name.key.includes(' ') && !name.acronym && (!name.exonym || name.exonym.kind === 'person') && !named.test(source.slice(Math.max(0, name.start - 24), name.start)));
  if (persons.length < 2) return undefined;
  const sourceWords = contentWords(source, persons);
  for (let k = 0; k + 1 < persons.length; k++) {
    const first = persons[k]!;
    const second = persons[k + 1]!;
    if (first.last === second.last) continue;
    const a = place(first);
    const b = place(second);
    if (!a || !b) continue;
    // The names as the translation writes them: their last word and the capitalised words before it.
    // (Its own words only: `Spanish Foreign Minister Nasser Bourita` is `Nasser Bourita`.)
    const whole = (span: Span, name: ProperName): Span => {
      const own = new Set(name.key.split(' '));
      let start = span.start;
      for (let word = /([\p{L}\p{M}.'’-]+)[\s\u00a0]+$/u.exec(target.slice(0, start)); word && own.has(nameKey(word[1]!)); word = /([\p{L}\p{M}.'’-]+)[\s\u00a0]+$/u.exec(target.slice(0, start))) start -= word[0].length;
      return { start, end: span.end };
    };
    const [wa, wb] = [whole(a, first), whole(b, second)];
    const targetWords = contentWords(target, [wa, wb]).filter((word) => !persons.some((name) => name.words.includes(word.key)));
    const [sa, sb] = around(sourceWords, first, second, source);
    const [ta, tb] = around(targetWords, wa, wb, target);
    const stems = (list: ReadonlyArray<{ key: string }>) => new Set(list.flatMap((word) => [word.key, englishStem(word.key)]));
    const matches = (french: ReadonlyArray<{ key: string }>, english: ReadonlyArray<{ key: string }>) => {
      const found = stems(english);
      return french.filter((word) => found.has(word.key) || (frenchRenderings(word.key) ?? []).some((stem) => found.has(stem))).length;
    };
    // `la diplomatie marocaine, Nasser Bourita, … son homologue espagnol, José Manuel Albares` → `Spanish Foreign Minister Nasser Bourita … his Moroccan counterpart, José Manuel Albares`: their countries exchanged.
    // (The people's word last before each name, after the name before it: an apposition's.)
    const before = (list: ReadonlyArray<Span & { key: string }>, name: Span, other: Span) => list.filter((word) => word.end <= name.start && (other.start > name.start || word.start >= other.end)).reverse();
    const [na, nb, ea, eb] = [nationOf(before(sourceWords, first, second), 'fr'), nationOf(before(sourceWords, second, first), 'fr'), nationOf(before(targetWords, wa, wb), 'en'), nationOf(before(targetWords, wb, wa), 'en')];
    if (na && nb && na !== nb && na === eb && nb === ea) {
      return swapIssue(first, second, b, a);
    }
    const straight = matches(sa, ta) + matches(sb, tb);
    const crossedA = matches(sa, tb);
    const crossedB = matches(sb, ta);
    if (crossedA >= 1 && crossedB >= 1 && crossedA + crossedB >= 3 && straight * 3 <= crossedA + crossedB) {
      return swapIssue(first, second, b, a);
    }
  }
  return undefined;
}

/** The endings of a French people's name (`Kényane`, `Sénégalais`, `Québécoises`, `Vietnamiens`). */
const peopleEnding = /(?:ain|aine|ais|aise|ois|oise|ien|ienne|an|ane|in|ine|ite|ique|éen|éenne|ène|ète)s?$/u;

/** Whether a one-word name reads as a people (`Kényane`) and the English has a capitalised word from the same stem (`Kenyan`). */
function demonymSaid(name: ProperName, target: string): boolean {
  if (name.key.includes(' ') || !peopleEnding.test(name.text) || name.key.length < 5) return false;
  const stem = name.key.slice(0, 4);
  return spans(target, /\p{Lu}[\p{L}\p{M}]{4,}/gu).some((word) => nameKey(word.text).startsWith(stem));
}

/** Two capitalised words in a row (`European Medicines Agency`, `Court of Audit`): a body's name. */
const namedBody = /\p{Lu}[\p{L}\p{M}'’-]*[\s\u00a0]+(?:(?:of|for|and|on|the|de|du|des)[\s\u00a0]+)*\p{Lu}/u;

/** The English forms of countries and organisations, which a city's entry lists where the city stands for them (`Varsovie` → `Poland`, `Bruxelles` → `EU`). */
const metonyms = lazy(() => new Set(exonyms().filter((exonym) => exonym.kind === 'country' || exonym.kind === 'organisation').flatMap((exonym) => exonym.english.map(nameKey))));

/** Whether the translation has a city as a place, by its own name in either language, not as the country or body it stands for. */
function presentAsPlace(exonym: Exonym, has: (key: string) => boolean): boolean {
  return [...exonym.english.filter((form) => !metonyms().has(nameKey(form))), ...exonym.french].some((form) => has(nameKey(form)));
}

/** The stems of a translation's words, remembered for the pair being checked. */
const englishStems = lastOf((text: string): ReadonlySet<string> => new Set((text.match(/\p{L}+/gu) ?? []).map(englishStem)));

/**
 * Whether a one-word "name" is a French word the seed lexicon knows, with one of its English
 * renderings in the translation: what user-interface labels and capitalised common nouns are.
 */
function translatedWord(text: string, stems: ReadonlySet<string>): boolean {
  if (/[\s\u00a0'’-]/u.test(text)) return false;
  return frenchRenderings(text)?.some((stem) => stems.has(stem)) ?? false;
}

/** French nouns of places a name completes (`la région de`, `la vallée du`), and their English. */
const placeNouns: ReadonlyArray<readonly [string, string]> = [
  ['région', 'region'],
  ['province', 'province'],
  ['vallée', 'valley'],
  ['rivière', 'river'],
  ['fleuve', 'river'],
  ['département', 'department|département'],
  ['canton', 'canton'],
  ['lac', 'lake'],
  ['comté', 'county'],
  ['île', 'island|isle'],
  ['massif', 'massif|range|mountains'],
  ['baie', 'bay'],
  ['golfe', 'gulf'],
  // Streets, squares, bridges and buildings: English keeps the French form too (`Place Kléber`, `Rue du Bac`).
  ['place', 'square|place|plaza'],
  ['rue', 'street|rue|road'],
  ['pont', 'bridge|pont'],
  ['avenue', 'avenue'],
  ['boulevard', 'boulevard'],
  ['quai', 'quay|quai|embankment'],
  ['gare', 'station|gare'],
  ['parc', 'park|parc'],
  ['stade', 'stadium|stade|ground'],
  ['théâtre', 'theatre|theater|théâtre'],
];
const placeNounBefore = new RegExp(`(?<![\\p{L}])(${placeNouns.map(([french]) => french).join('|')})[\\s\\u00a0]+(?:de[\\s\\u00a0]+la[\\s\\u00a0]+|de[\\s\\u00a0]+l[’']|du[\\s\\u00a0]+|des[\\s\\u00a0]+|de[\\s\\u00a0]+|d[’'])$`, 'iu');

/**
 * A place named after its noun (`la région de la Côte-Nord`, `la vallée du Rhône`), missing from
 * the translation, where the English names another place with the same noun (`the Gaspésie region`,
 * `the Loire Valley`, `the region of Murcia`): a replaced name. Not a rendering of it: a name whose
 * words begin as the French's (`Valencia` for `Valence`) or that the lexicon reads as the French's
 * words (`North Shore` for `Côte-Nord`), or any name the source has.
 */
function besidePlaceNoun(name: ProperName, source: string, target: string, sourceKeys: ReadonlySet<string>): Span | undefined {
  const noun = placeNounBefore.exec(source.slice(Math.max(0, name.start - 24), name.start));
  if (!noun) return undefined;
  // (Case-sensitive, so that a name reads as one: the noun in either case, `the Loire Valley`, `the Murcia region`.)
  const english = placeNouns
    .find(([french]) => fold(french) === fold(noun[1]!))![1]
    .split('|')
    .map((word) => `[${word[0]!}${word[0]!.toUpperCase()}]${word.slice(1)}`)
    .join('|');
  const named = '((?:[\\p{Lu}][\\p{L}\\p{M}’\'.-]*[\\s\\u00a0]+){0,2}[\\p{Lu}][\\p{L}\\p{M}’\'.-]*)';
  const patterns = [
    new RegExp(`${named}[\\s\\u00a0]+(?:${english})(?![\\p{L}])`, 'gu'),
    new RegExp(`(?<![\\p{L}])(?:${english})[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?${named}`, 'gu'),
    // The French form kept in English: the noun, capitalised, before the name (`Place Kléber`, `Pont de Tancarville`).
    new RegExp(`(?<![\\p{L}])${noun[1]![0]!.toUpperCase()}${noun[1]!.slice(1)}[\\s\\u00a0]+(?:(?:de[\\s\\u00a0]+la|de[\\s\\u00a0]+l['’]|du|des|de|d['’])[\\s\\u00a0]*)?${named}`, 'gu'),
  ];
  const stems = englishStems(target);
  for (const pattern of patterns) {
    for (const found of target.matchAll(pattern)) {
      const written = found[1]!.replace(/^(?:The|the|In|in|Of|of)[\s\u00a0]+/u, '').trim();
      if (written === '' || !/^\p{Lu}/u.test(written)) continue;
      const key = nameKey(written);
      const parts = key.split(' ').filter(Boolean);
      // A word of the source, or the start of the sentence's first word: no other place.
      if (parts.some((part) => sourceKeys.has(part) || name.words.includes(part) || name.key.split(' ').includes(part))) continue;
      if (parts.some((part) => name.key.split(' ').some((mine) => mine.length >= 4 && part.slice(0, 4) === mine.slice(0, 4)))) continue;
      if (name.key.split(' ').some((mine) => translatedWord(mine, stems))) continue;
      if (englishStopwords.has(parts[0]!)) continue;
      const start = (found.index ?? 0) + found[0].indexOf(written);
      return { start, end: start + written.length };
    }
  }
  return undefined;
}

/** Whether the translation has the name: its English, its French form, the whole name or its last word (that word's naming parts at least: `Nagorno-Karabakh`). */
function present(name: ProperName, has: (key: string) => boolean): boolean {
  // (`Accessibility Insights` → `accessibilityinsights.io`: its words run together in an address or a handle.)
  if (has(name.key) || has(name.last) || (name.core.length > 0 && name.core.every(has)) || (name.key.includes(' ') && has(name.key.replaceAll(' ', '')))) return true;
  return name.exonym !== undefined && [...name.exonym.english, ...name.exonym.french].some((form) => has(nameKey(form)));
}

/**
 * A word of a name of several, a letter off in the translation while the rest is there
 * (`Claire Martin` → `Claare Martin`, `Vladimir Putin` → `Vlaaimir Putin`): the word, and what it should read.
 */
function misspeltPart(name: ProperName, strays: readonly TargetWord[], has: (key: string) => boolean): { word: TargetWord; by: string } | undefined {
  const forms = (name.exonym ? [...name.exonym.english] : [name.text]).map((form) => form.split(/[\s\u00a0'’.-]+/u).filter(Boolean)).filter((parts) => parts.length >= 2);
  if (forms.some((parts) => has(nameKey(parts.join(' '))))) return undefined;
  for (const parts of forms) {
    const keys = parts.map(nameKey);
    // (Another word of the name in its French spelling there: the name is not romanised anew.)
    const keptFrench = keys.some((key) => frenchSpelling.test(key) && has(key));
    for (const [index, key] of keys.entries()) {
      // (A word of three letters only with a letter doubled, `Ker Délices` → `Kerr Délices`.)
      const doubled = (other: TargetWord) => key.length >= 4 || (other.key !== key && undoubled(other.key) === key);
      if (key.length < 3) continue;
      if (!keptFrench && romanisedGiven.test(parts[index]!.toLowerCase())) continue;
      // (The rest of the name around it, the word may be short: `Kouadio-Brou` → `Kouadio-Bru`.)
      const word = strays.find((other) => doubled(other) && misspelt(key, other.key, 3) && (keptFrench || !transliterated(key, other.key)) && has(keys.map((part, at) => (at === index ? other.key : part)).join(' ')));
      if (word) return { word, by: parts[index]! };
    }
  }
  return undefined;
}

/** A word of the translation a letter off the name (or off its English): the word, and what it should read. */
function misspelling(name: ProperName, strays: readonly TargetWord[], target: string): { word: TargetWord; by?: string } | undefined {
  if (name.acronym) {
    // Two letters swapped (`RTBF` → `RTFB`) is a misspelling, unless the English spells its acronym out before it
    // (`National Bank of Belgium (NBB)` for `la Banque nationale de Belgique (BNB)`).
    const letters = name.text.toUpperCase();
    const word = strays.find(
      (other) =>
        other.text.length >= 3 &&
        other.text === other.text.toUpperCase() &&
        ((editDistance(other.key, name.key) <= 1 && !anagram(letters, other.text)) || transposed(letters, other.text)) &&
        !spelledOut(target, other),
    );
    return word && { word, by: name.text };
  }
  const wanted = name.exonym
    ? name.exonym.english.flatMap((form) => form.split(/[\s\u00a0'’.-]+/u).filter((part) => /^\p{Lu}/u.test(part)).map((part) => ({ key: nameKey(part), by: part })))
    : name.words.map((key) => ({ key, by: writtenAs(name, key) }));
  for (const { key, by } of wanted) {
    const word = strays.find((other) => misspelt(key, other.key));
    if (word) return by === undefined ? { word } : { word, by };
  }
  return undefined;
}

/** Another name standing where the name was: another known place, pope or king of its sort, or another surname after the first name. */
function replacement(name: ProperName, target: string, strays: readonly TargetWord[], known: ReadonlyArray<Span & { term: { exonym: Exonym } }>, sourceKeys: ReadonlySet<string>): Span | undefined {
  if (name.exonym) {
    const kinds = replaceable.get(name.exonym.kind);
    const other = kinds && known.find((hit) => kinds.has(hit.term.exonym.kind));
    if (other) return other;
  }
  // `la SNCF` → `the RATP`, `l’Insee` → `INSERM`: another acronym where an acronym was.
  if (name.acronym || name.exonym?.english.some(isAcronym)) {
    const letters = name.exonym ? name.exonym.english.filter(isAcronym) : [name.text];
    const stray = strays.find((word) => isAcronym(word.text) && word.text.length <= 7 && !englishAcronyms.has(word.text) && !letters.some((form) => anagram(form.toUpperCase(), word.text)));
    if (stray || name.exonym) return stray;
    // `la CGT` → `the CFDT`: another body the table knows, by its acronym, where one the table does not know was.
    return known.find((hit) => (hit.term.exonym.kind === 'organisation' || hit.term.exonym.kind === 'institution') && isAcronym(target.slice(hit.start, hit.end)));
  }
  // `le château de Chambord` → `the Château de Chenonceau`: another name where the complement was, the head kept.
  if (name.optional) return complementSwapped(target, strays, sourceKeys);
  if (name.exonym) return undefined;
  // `Jean-Pierre Dubois` → `Jean-Pierre Durand`: the first name kept, another name after it.
  const parts = name.key.split(' ');
  if (parts.length < 2 || name.acronym) return undefined;
  const first = nameKey(name.text.split(/[\s\u00a0]+/u)[0]!);
  if (/^(?:le|la|les)$/u.test(first)) return undefined;
  return strays.find((word) => {
    const before = nameKey(target.slice(0, word.start));
    return /[\s\u00a0]$/u.test(target.slice(0, word.start)) && (before === first || before.endsWith(` ${first}`));
  });
}

/**
 * A name of the translation's own, capitalised, right after `of` or `de` and a word that is no
 * name of its own (`the forest of Fontainebleau`, `Château de Chenonceau`): where a place's or a
 * body's complement stands, the head kept — in lower case or as the source has it (`Charles de
 * Gaulle` is a name, not a head and its complement).
 */
function complementSwapped(target: string, strays: readonly TargetWord[], sourceKeys: ReadonlySet<string>): Span | undefined {
  return strays.find((word) => {
    const before = /(?:^|[\s\u00a0])([\p{L}\p{M}]+)[\s\u00a0]+(?:of|de|du|des|d['’])[\s\u00a0]*(?:the[\s\u00a0]+|la[\s\u00a0]+|l['’])?$/u.exec(target.slice(Math.max(0, word.start - 40), word.start));
    return before !== null && (/^\p{Ll}/u.test(before[1]!) || sourceKeys.has(nameKey(before[1]!)));
  });
}

/** Sorts of names whose French form left in the English is a mistake (`Anvers` for `Antwerp`, `l’OTAN` for `NATO`). */
const translatedKinds = new Set<NameKind>(['country', 'region', 'city', 'organisation', 'monument', 'pope', 'ruler', 'person']);

/** French forms that also name other places English writes as French does (`Vienne`, the town on the Rhône; `la Manche`, the département). */
const alsoFrenchPlaces = new Set(['vienne', 'manche']);

/**
 * Where the translation keeps the French form of a name English writes otherwise (`Genève`,
 * `Bâle`, `Le Cap`) and none of its English forms: not inside a longer name kept in French
 * (`Université de Genève`, `Loire-Atlantique`, `Alpes de Haute-Provence`).
 */
function frenchLeft(name: ProperName, source: string, target: string, has: (key: string) => boolean): Span | undefined {
  const exonym = name.exonym;
  if (!exonym || !translatedKinds.has(exonym.kind) || alsoFrenchPlaces.has(name.key) || name.optional || name.title) return undefined;
  // `Nantes-Atlantique`, `Loire-Atlantique`: a part of a longer name, which English keeps in French.
  if (/\p{L}[-‐‑]$/u.test(source.slice(0, name.start)) || /^[-‐‑]\p{L}/u.test(source.slice(name.end))) return undefined;
  const english = exonym.english.map(nameKey);
  // (`près de Varsovie` → `near Varsovie` in a sentence that says `Polish`: the country's word is no rendering of the city.)
  const own = exonym.kind === 'city' ? english.filter((form) => !metonyms().has(form)) : english;
  if (english.includes(name.key) || own.some(has) || !has(name.key)) return undefined;
  return findTerms(target, [{ source: name.text, target: '' }]).find(
    (hit) =>
      /^\p{Lu}/u.test(target.slice(hit.start, hit.end)) &&
      !/[-‐‑]$/u.test(target.slice(0, hit.start)) &&
      (!/^[-‐‑]\p{L}/u.test(target.slice(hit.end)) || /^[-‐‑](?:based|born|headquartered|listed|bound|area)\b/u.test(target.slice(hit.end))) &&
      !/(?:^|[^\p{L}])(?:de|du|des|la|le|les|[dl]['’])[\s\u00a0]*$/iu.test(target.slice(Math.max(0, hit.start - 6), hit.start)) &&
      !/^[\s\u00a0]+(?:de|du|des|d['’])/u.test(target.slice(hit.end)) &&
      // `Équateur province`, `the Luxembourg region`: another place of the name, said with its sort.
      !/^[\s\u00a0]+(?:province|region|department|district|canton|county|prefecture|street|square|avenue|station)\b/iu.test(target.slice(hit.end)) &&
      !/\b(?:province|region|department|district|canton|county)\s+of\s+$/iu.test(target.slice(Math.max(0, hit.start - 20), hit.start)),
  );
}

/** A capitalised word or an initial of a name, just before another. */
interface Given {
  key: string;
  initial: boolean;
  start: number;
  end: number;
}

/** The first names and initials written right before a word (`Jean-Marc` of `Jean-Marc Fabre`, `J.-P.` of `J.-P. Lemaire`, `Marc B.` of `Marc B. Aubert`), nearest last. */
function givenBefore(text: string, start: number): Given[] {
  const out: Given[] = [];
  let at = start;
  for (let n = 0; n < 6; n++) {
    const before = text.slice(Math.max(0, at - 40), at);
    // Over the particles between first names and surname (`Ursula von der Leyen`).
    const particle = /(?:^|[\s\u00a0])((?:von|van|der|den|de|du|des|da|di|del|la|le)[\s\u00a0]+)$/u.exec(before);
    if (particle && n < 2 && out.length === 0) {
      at -= particle[1]!.length;
      continue;
    }
    const separator = (n === 0 ? /[\s\u00a0]+$/u : /(?:[\s\u00a0]+|[-‐‑])$/u).exec(before);
    if (!separator) break;
    const rest = before.slice(0, before.length - separator[0].length);
    const token = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*)(\.?)$/u.exec(rest);
    if (!token) break;
    const end = at - separator[0].length;
    const begin = end - token[1]!.length - token[2]!.length;
    out.unshift({ key: nameKey(token[1]!), initial: token[1]!.length === 1 && token[2] === '.', start: begin, end });
    at = begin;
  }
  return out;
}

/** The English words of the seed lexicon: a capitalised one before a surname is a title or a role (`Swimmer Marchand`), no first name. */
const englishWords = lazy(() => new Set(seedLexicon.split('\n').flatMap((line) => (line.split('\t')[1] ?? '').split(' ')).filter(Boolean)));

/** Whether the word at `at` opens its sentence (nothing but a stop, a colon or an opening mark before it). */
const opensAt = (text: string, at: number) => /(?:^|[.!?:;«“"(][\s\u00a0]*)$/u.test(text.slice(0, at).trimEnd()) || text.slice(0, at).trim() === '';

/** English words that open a sentence before a name and are none (`The`, `This`, `After`). */
const englishFunctionWords = new Set('the a an this that these those his her their its our my your after before when while since as at in on for with by from to of and but or so yet if once then now today yesterday'.split(' '));

/** The endings of English words for a person's role or trade (`swimmer`, `director`, `novelist`, `actress`, `musician`, `assistant`, `president`, `architect`, `athlete`). */
const roleLike = /(?:er|or|ist|ess|ian|ant|ent|ect|ete|ive|ary|ee|ic|ar|ot)$/u;

/** What English writes before a surname that is no first name: titles, ranks, offices. */
const englishTitles = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady president vice minister premier senator governor mayor judge justice general colonel
  captain major lieutenant sergeant admiral commander chief inspector superintendent detective officer father sister brother saint st pope king
  queen prince princess duke duchess count countess baron baroness rabbi imam reverend rev bishop archbishop cardinal coach chef chairman
  chairwoman chair ceo mp mep deputy councillor councilor former late chancellor secretary ambassador commissioner consul master maitre
  monsieur madame mademoiselle mme mlle me m pr docteur professeur maître`.split(/\s+/u),
);

/** What English writes before a surname to say who the person is: a people or a party (`Frenchman Pesquet`, `Socialist Hamon`, `German Merkel`). */
const describing = (key: string) => placeWords().has(key) || /(?:man|woman|men|women|ist|ese|ish)$/u.test(key) || englishAffiliations.has(key);
/** The words of the table's countries, regions and cities in English (`French`, `Brazilian`, `Bavarian`): a people, no first name. */
// (Names of one word only: `Étienne` of `Saint-Étienne` is a first name still.)
const placeWords = lazy(() => new Set(exonyms().filter((exonym) => exonym.kind === 'country' || exonym.kind === 'region' || exonym.kind === 'city').flatMap((exonym) => exonym.english.map(nameKey).filter((key) => !key.includes(' ')))));
const englishAffiliations = new Set('conservative conservatives democrat democrats democratic republican republicans labour labor tory tories liberal liberals green greens centrist communist gaullist independent veteran rookie star legend'.split(' '));

/** First names French and English write differently (`Jean Calvin` → `John Calvin`): the same person. */
const englishGiven = new Map([
  ['jean', 'john'], ['guillaume', 'william'], ['henri', 'henry'], ['pierre', 'peter'], ['jacques', 'james'], ['francois', 'francis'], ['etienne', 'stephen'],
  ['philippe', 'philip'], ['georges', 'george'], ['antoine', 'anthony'], ['nicolas', 'nicholas'], ['andre', 'andrew'], ['frederic', 'frederick'],
  ['jeanne', 'joan'], ['marie', 'mary'], ['michel', 'michael'], ['marc', 'mark'], ['mathieu', 'matthew'], ['luc', 'luke'], ['iossif', 'joseph'],
]);

/** A first name French writes from another alphabet (`Sergueï`, `Iouri`, `Evgueni`, `Mikhaïl`, `Fiodor`): English romanises it its own way. */
const romanisedGiven = /ï|ou|gu[eiy]|kh|tch|dj|io|^i[aeu]/u;

/** Whether two first names or initials can be the same person's (`J.` for `Jean`, `Mohamed` and `Mohammed`). */
function sameGiven(french: Given, frenchText: string, english: Given): boolean {
  if (french.key === english.key) return true;
  if (french.initial || english.initial) return french.key[0] === english.key[0];
  if (englishGiven.get(french.key) === english.key || undoubled(french.key) === undoubled(english.key)) return true;
  // A romanisation of its own is still near the French one (`Sergueï` → `Sergey`, `Oussama` → `Osama`); `Youssef` → `Younes` is another name.
  return (romanisedGiven.test(frenchText.toLowerCase()) && editDistance(romanised(french.key, true), romanised(english.key, true)) <= 2) || transliterated(french.key, english.key);
}

/**
 * A person's surname in the translation with another first name or initial right before it
 * (`Sophie Renaud` → `Sylvie Renaud`, `A. Benali` → `H. Benali`), and nowhere with the source's:
 * the first name, dropped (`Mme Sophie Renaud` → `Ms Renaud`) or a title in its place
 * (`Emmanuel Macron` → `President Macron`), is no finding. The word in its place must be a
 * name: capitalised, not the source's, no English word or title, not opening the sentence.
 */
function givenChanged(name: ProperName, sourceText: string, target: string, sourceKeys: ReadonlySet<string>): { name: string; written: string; span: Span } | undefined {
  if (name.exonym || name.acronym || name.title || name.optional) return undefined;
  // The surname: the name's last word, with the words joined to it by hyphens (`Delvaux-Jacquet`).
  const words = spans(sourceText.slice(name.start, name.end), nameWord);
  const lastWord = words.at(-1);
  if (!lastWord || words.length < 1) return undefined;
  const surname = nameKey(lastWord.text);
  if (surname.length < 2 || !name.key.endsWith(surname)) return undefined;
  // The name's own words, and the initials right before it with the first name before them (`Marc B.` of `Marc B. Aubert`), not a word before the name (`le Français Thomas Pesquet`).
  const run = givenBefore(sourceText, name.start + lastWord.start);
  let from = run.findIndex((given) => given.start >= name.start);
  if (from < 0) from = run.length;
  while (from > 0 && run[from - 1]!.initial) from--;
  if (from > 0 && from < run.length && run[from]!.initial && !run[from - 1]!.initial) from--;
  // (`M.-C.` is two initials, `M.` before a space the French `Mr`.)
  const compound = (text: string, given: Given) => given.initial && /^\.?[-‐‑]/u.test(text.slice(given.end));
  const french = run.slice(from).filter((given) => compound(sourceText, given) || (!englishTitles.has(given.key) && !isCapitalisedNoun(given.key)));
  if (french.length === 0) return undefined;
  const occurrences = spans(target, nameWord).filter((word) => nameKey(word.text) === surname);
  let changed: { name: string; written: string; span: Span } | undefined;
  for (const occurrence of occurrences) {
    const english = givenBefore(target, occurrence.start).filter((given) => compound(target, given) || !englishTitles.has(given.key));
    let differs = false;
    let kept = english.length > 0;
    for (let i = 1; i <= Math.min(french.length, english.length); i++) {
      const f = french.at(-i)!;
      const e = english.at(-i)!;
      if (sameGiven(f, sourceText.slice(f.start, f.end), e)) continue;
      kept = false;
      // A letter off (`Claare Martin`) is a misspelling, the other finding's.
      if (!f.initial && !e.initial && misspelt(f.key, e.key)) break;
      const word = target.slice(e.start, e.end).replace(/\.$/u, '');
      // A capital opening the English sentence says nothing, unless the French first name opened its sentence too (`Sophie Marchetti, …` → `Sylvie Marchetti, …`).
      // Nor does a word that reads as a role there (`Swimmer Giraud`, `Novelist Ferrand`, `Actress Delon`): a name in its place is one (`Brigitte Keller-Steiner, head of …`).
      const opening = opensAt(target, e.start) && !(opensAt(sourceText, f.start) && !englishFunctionWords.has(e.key)) && (englishFunctionWords.has(e.key) || roleLike.test(e.key));
      // (A part of a compound first name is one, whatever else it names: `Marie-France Bélanger`.)
      const hyphened = /^[-‐‑]\p{Lu}/u.test(target.slice(e.end)) || /\p{L}[-‐‑]$/u.test(target.slice(0, e.start));
      const aName = e.initial ? f.initial : !sourceKeys.has(e.key) && (hyphened || (!englishWords().has(word.toLowerCase()) && !describing(e.key))) && !opening && word.length >= 2;
      if (aName) differs = true;
      break;
    }
    if (kept) return undefined;
    if (differs && !changed) {
      const first = english.at(-Math.min(french.length, english.length))!;
      changed = { name: sourceText.slice(french[0]!.start, name.end), written: target.slice(first.start, occurrence.end), span: { start: first.start, end: occurrence.end } };
    }
  }
  return changed;
}

/** A text with its accents and case off, letter for letter (its offsets are the text's). */
const sameLengthFold = (text: string): string => [...text].map((char) => (char.length === 1 ? (char.normalize('NFD')[0] ?? char).toLowerCase() : char)).join('');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const particleWords = /^(?:de|du|des|d['’]|le|la|van|von|der|da|di|del)$/iu;

/**
 * A person's name the English writes otherwise than the French, every letter kept (a misspelling
 * all the same): an accent changed (`Féraud` → `Fèraud`; dropped is English usage), a hyphen
 * lost (`Dupont-Aignan` → `Dupont Aignan`), a particle dropped between the first name and the
 * surname (`Dominique de Villepin` → `Dominique Villepin`), merged (`Le Maire` → `Lemaire`) or
 * added (`Laurent Nicollin` → `Laurent de Nicollin`).
 */
function formChanged(name: ProperName, target: string): (Span & { written: string }) | undefined {
  const folded = sameLengthFold(target);
  // (`loose`: the match may run into a hyphen, `Anne Laure-Bois-Renaud` for `Anne-Laure`.)
  const find = (pattern: string, loose = false): RegExpExecArray | null => new RegExp(`(?<![\\p{L}\\p{M}'’${loose ? '' : '-'}])${pattern}(?![\\p{L}\\p{M}'’${loose ? '' : '-'}])`, 'u').exec(folded);
  const hit = (found: RegExpExecArray) => ({ start: found.index, end: found.index + found[0].length, written: target.slice(found.index, found.index + found[0].length) });
  const words = name.text.split(/[\s\u00a0]+/u).filter(Boolean);
  for (const word of words) {
    const key = sameLengthFold(word);
    // An accent changed: the word there with an accent the French has not at that letter. An
    // accent added to a name written without any (`Lacombe` → `Lacombé`) counts if it is a French
    // one: English may give a foreign name back its own marks (`Erdogan` → `Erdoğan`), not these.
    if (/[^\p{ASCII}]/u.test(word) || /^\p{Lu}/u.test(word)) {
      const found = find(escape(key));
      if (found) {
        const written = target.slice(found.index, found.index + word.length);
        const marked = /[^\p{ASCII}]/u.test(word) ? /[^\p{ASCII}]/u : /[éèêëàâäîïôöûùüÿç]/iu;
        if ([...written].some((char, at) => char !== [...word][at] && marked.test(char) && char.toLowerCase() !== [...word][at]!.toLowerCase())) return hit(found);
      }
    }
    // A hyphen lost: the parts there, a space between them, and nowhere joined — in a person's
    // double surname, between capitalised parts (`Pierre-Laporte` alone names a bridge, which English
    // writes `Pierre Laporte Bridge`; `Kim Jong-un` is romanised `Kim Jong Un`; `Hassan-II`; a
    // compound first name, `Jean Luc Mélenchon`, is English usage).
    const surname = words.length >= 2 && word === words[words.length - 1] && word.split('-').every((part) => /^\p{Lu}\p{Ll}/u.test(part));
    if (surname && word.includes('-') && !find(escape(key))) {
      const found = find(key.split('-').map(escape).join('[\\s\\u00a0]+'), true);
      if (found) return hit(found);
    }
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const [first, second, third] = [words[k]!, words[k + 1]!, words[k + 2]];
    // A hyphen put where the French has a space (`Anne-Laure Bois-Renaud` → `Anne Laure-Bois-Renaud`).
    const [before, after] = [first.split('-').at(-1)!, second.split('-')[0]!];
    if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && !particleWords.test(after)) {
      const joined = find(`${escape(sameLengthFold(before))}-${escape(sameLengthFold(after))}`, true);
      if (joined) return hit(joined);
    }
    const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && !particleWords.test(word);
    // A particle dropped (`Dominique Villepin`) or merged (`Lemaire`, `Dubois` for `Du Bois`).
    if (capital(first) && particleWords.test(second) && capital(third)) {
      const bare = sameLengthFold(third!);
      if (!find(`${escape(sameLengthFold(second))}[\\s\\u00a0]*${escape(sameLengthFold(third!))}`) && !find(`${escape(sameLengthFold(second))}${escape(bare)}`)) {
        const dropped = find(`${escape(sameLengthFold(first))}[\\s\\u00a0]+${escape(bare)}`);
        if (dropped) return hit(dropped);
      }
    }
    if (particleWords.test(first) && /^\p{Lu}/u.test(first) && capital(second)) {
      const merged = find(`${escape(sameLengthFold(first))}${escape(sameLengthFold(second))}`);
      if (merged && !find(`${escape(sameLengthFold(first))}[\\s\\u00a0]+${escape(sameLengthFold(second))}`)) return hit(merged);
    }
    // An elided particle dropped (`Jean-Baptiste d’Aubigné` → `Jean-Baptiste Aubigné`).
    const elided = /^d['’](\p{Lu}.*)$/u.exec(second);
    if (capital(first) && elided && !find(`d['’][\\s\\u00a0]*${escape(sameLengthFold(elided[1]!))}`)) {
      const dropped = find(`${escape(sameLengthFold(first))}[\\s\\u00a0]+${escape(sameLengthFold(elided[1]!))}`);
      if (dropped) return hit(dropped);
    }
    // A particle added between a first name and a surname.
    if (capital(first) && capital(second)) {
      const added = find(`${escape(sameLengthFold(first))}[\\s\\u00a0]+(?:de|du|des|d['’]|le|la|van|von)[\\s\\u00a0]*${escape(sameLengthFold(second))}`);
      if (added && !find(`${escape(sameLengthFold(first))}[\\s\\u00a0]+${escape(sameLengthFold(second))}`)) return hit(added);
    }
  }
  return undefined;
}
