import { lazy, spans } from '../lib';
import type { Issue, PairRunner, Span } from '../types';

/**
 * Rates keep their base (dev-28c): `1 802 euros bruts mensuels` → `€1,802 gross a month`, not
 * `a year`; `4 200 euros par habitant` → `per capita` or `per person`, not `per patient`;
 * `7,8 tonnes par hectare` → `per hectare`, or `per acre` with the figure converted; `8 centimes le
 * litre` → `a litre`, or `a gallon` converted.
 * A base of the same kind in its place is an error; a time base of a figure simply gone a warning.
 */

type Kind = 'time' | 'population' | 'area' | 'volume' | 'weight';

interface Base {
  kind: Kind;
  /** The class within its kind (`year`, `person`, `household`, `ha`…): two bases of a class are the same base. */
  name: string;
  /** How the French says it, and the English. */
  french: string;
  english: string;
}

const b = (kind: Kind, name: string, french: string, english: string): Base => ({ kind, name, french, english });

/** Each base, one a line: the French ways to say it and the English ones (regular expression sources, whole words). */
const bases: readonly Base[] = [
  b('time', 'year', 'par an(?:née)?|annuel(?:le)?s?|annuellement|/an', 'a year|annual(?:ly)?|yearly|per (?:year|annum)|each year|every year|/(?:year|yr)|p\\.a\\.|year[- ]on[- ]year|(?:hours?|days?|weeks?|months?)[- ]a[- ]year'),
  b('time', 'month', 'par mois|mensuel(?:le)?s?|mensuellement|/mois', 'a month|monthly|per month|each month|every month|/(?:month|mo)|(?:hours?|days?|weeks?)[- ]a[- ]month|month[- ]on[- ]month'),
  b('time', 'week', 'par semaine|hebdomadaires?|hebdomadairement|/semaine', 'a week|weekly|per week|each week|every week|/week|(?:hours?|days?)[- ]a[- ]week|(?:hour|day)[- ]week'),
  b('time', 'day', 'par jour|quotidien(?:ne)?s?|quotidiennement|journali[eè]re?s?|/jour', 'a day|daily|per day|each day|every day|/day|(?:hours?|meals?)[- ]a[- ]day|(?:hour|meal)[- ]day'),
  b('time', 'quarter', 'par trimestre|trimestriel(?:le)?s?|trimestriellement', 'a quarter|quarterly|per quarter|each quarter|every quarter|every three months'),
  b('time', 'half-year', 'par semestre|semestriel(?:le)?s?|semestriellement', 'half[- ]yearly|biannual(?:ly)?|semi[- ]annual(?:ly)?|six[- ]monthly|twice a year|every six months|per half[- ]year'),
  b('time', 'hour', 'par heure|horaires?(?= (?:brut|net))|/heure|(?:(?:brut|net)s?[\\s\\u00a0]+)?de l[’\']heure', 'an hour|hourly|per hour|each hour|every hour|/hour|/hr'),
  // Anyone: `par personne` may be any population's, and `per person` says any (`par passager` → `per person`).
  b('population', 'anyone', 'par (?:tête|personne|individu)|chaque personne', 'per (?:person|head|individual|people)|a head|each (?:person|individual)|every person'),
  b('population', 'person', 'par habitant|par citoyen|chaque (?:habitant|citoyen)', 'per (?:capita|inhabitant|resident|citizen)|each (?:inhabitant|resident|citizen)|every (?:inhabitant|resident|citizen)'),
  b('population', 'household', 'par (?:foyer|ménage|famille|logement)|chaque (?:foyer|ménage|famille|logement)', 'per (?:household|family|home|dwelling|housing unit)|each (?:household|family|home)|every (?:household|family|home)'),
  b('population', 'passenger', 'par (?:passager|voyageur)|chaque (?:passager|voyageur)', 'per (?:passenger|traveller|traveler|rider)|each (?:passenger|traveller|traveler)'),
  b('population', 'aircraft', 'par (?:avion|appareil|vol)', 'per (?:aircraft|plane|airplane|aeroplane|flight)'),
  b('population', 'vehicle', 'par (?:véhicule|voiture)', 'per (?:vehicle|car)'),
  b('population', 'pupil', 'par (?:élève|étudiant|enfant|écolier)|chaque (?:élève|étudiant|enfant)', 'per (?:pupil|student|child|schoolchild|learner)|each (?:pupil|student|child)'),
  b('population', 'employee', 'par (?:salarié|employé|agent|travailleur|actif)|chaque (?:salarié|employé|agent)', 'per (?:employee|worker|member of staff|staff member|full-time employee)|each (?:employee|worker)'),
  b('population', 'patient', 'par (?:patient|malade)|chaque (?:patient|malade)', 'per (?:patient|sick person)|each patient'),
  b('population', 'bed', 'par lit', 'per bed'),
  b('population', 'visitor', 'par (?:visiteur|spectateur|participant)', 'per (?:visitor|spectator|participant|attendee)'),
  b('area', 'ha', 'par hectare|à l[’\']hectare|l[’\']hectare|/ha', 'per hectare|an hectare|a hectare|/ha|per ha'),
  b('area', 'acre', 'par acre', 'per acre|an acre|/acre'),
  b('area', 'm2', '(?:par|au|le|du) (?:m²|m2|mètre carré)|/m²|/m2', 'per (?:square (?:metre|meter)|sq\\.? ?m|m²|m2)|a square (?:metre|meter)|/m²|/m2|/sq\\.? ?m(?![\\p{L}])'),
  b('area', 'sqft', 'par pied carré', 'per (?:square (?:foot|feet)|sq\\.? ?ft)|a square foot|/sq\\.? ?ft'),
  // Prices by volume and by weight: `8 centimes le litre` → `8 cents a litre`, or `a gallon` with the figure converted.
  b('volume', 'litre', '(?:par|au|le|du) litre|/l(?![\\p{L}])|/litre', 'per (?:litre|liter)|a (?:litre|liter)|the (?:litre|liter)|/l(?![\\p{L}])|/(?:litre|liter)'),
  b('volume', 'gallon', '(?:par|le|du) gallon', 'per gallon|a gallon|the gallon|/gal(?:lon)?'),
  b('weight', 'kg', '(?:par|au|le|du) (?:kilo|kg|kilogramme)|/kg', 'per (?:kilo|kg|kilogram|kilogramme)|a (?:kilo|kg|kilogram|kilogramme)|the (?:kilo|kg)|/kg'),
  b('weight', 'lb', '(?:par|la|le) livre(?! sterling)', 'per (?:pound|lb)|a pound|/lb'),
];

/** Bases of one kind in another unit: right when the figure is converted, wrong when it is kept as it is. */
const otherUnits: ReadonlyArray<readonly [string, string]> = [['ha', 'acre'], ['m2', 'sqft'], ['litre', 'gallon'], ['kg', 'lb']];

/** A figure in French: digits, or a number word (`douze par heure`). */
const frenchFigure = /\d|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)(?![\p{L}])/iu;

const compiled = lazy(() =>
  bases.map((base) => ({
    base,
    french: new RegExp(`(?<![\\p{L}\\p{N}])(?:${base.french})(?![\\p{L}])`, 'giu'),
    // (A word may come between `each` and its noun: `each eligible household`.)
    english: new RegExp(`(?<![\\p{L}\\p{N}])(?:${base.english.replace(/(each|every) \(\?:/gu, '$1 (?:[\\p{L}-]+ )?(?:')})(?![\\p{L}])`, 'giu'),
  })),
);

/** English rate words that say a duration or a moment, not a rate: `a year ago`, `in a year`, `for a day`. */
const notRateAfter = /^[\s\u00a0]+(?:ago|earlier|later|before|after|from now|and a half|or (?:so|two|more)|on(?=[\s\u00a0]*(?:[,.;:)]|$|from)))(?![\p{L}])/iu;
const notRateBefore = /(?:^|[^\p{L}])(?:in|for|within|over|than|half|about|nearly|almost|around|only|just|least|most|more|been|was|is|took|takes|spent|spend|lasted|lasts)[\s\u00a0]+$/iu;

/** French frequency adjectives and adverbs (`hebdomadaire`, `mensuellement`), not the newspaper (`le quotidien`, `un hebdomadaire`). */
const frequencyWord = /^(?:annuel|mensuel|hebdomadaire|quotidien|trimestriel|semestriel|journali)/iu;
/** English frequency words that say a rate alone: `monthly`, `annual`, `twice a year`. */
const englishFrequencyWord = /^(?:annual(?:ly)?|yearly|monthly|weekly|daily|hourly|quarterly|half[- ]yearly|biannual(?:ly)?|semi[- ]annual(?:ly)?|six[- ]monthly|every (?:day|week|month|year|quarter|six months|three months))$/iu;

interface Found extends Span {
  base: Base;
  text: string;
}

function found(text: string, language: 'fr' | 'en'): Found[] {
  const out: Found[] = [];
  for (const { base, french, english } of compiled()) {
    for (const hit of spans(text, language === 'fr' ? french : english)) {
      if (language === 'en' && /^an? /iu.test(hit.text) && base.kind === 'time') {
        if (notRateAfter.test(text.slice(hit.end, hit.end + 16)) || notRateBefore.test(text.slice(Math.max(0, hit.start - 10), hit.start))) continue;
      }
      out.push({ start: hit.start, end: hit.end, text: hit.text, base });
    }
  }
  return out;
}

/** A figure (digits or a number word) a few words before the base: the rate is of it (`5 000 arbres par an`). */
const figureBefore = (text: string, at: number): boolean => /\d[^.;:!?]{0,40}$/u.test(text.slice(Math.max(0, at - 48), at));

/** A French figure in digits (no percentages, no years) written with the same value in the English near its base. */
const keptFigure = (source: string, target: string, at: number): boolean => {
  const figures = (text: string, group: RegExp, decimal: RegExp) =>
    spans(text, /(?<![\p{N},.])\d{1,3}(?:[ \u00a0\u202f,]\d{3})*(?:[.,]\d+)?(?![\p{N}])(?![\s\u00a0\u202f]*(?:%|pour cent|percent))/gu)
      .map((hit) => Number(hit.text.replace(group, '').replace(decimal, '.')))
      .filter((value) => !(Number.isInteger(value) && value >= 1900 && value <= 2100));
  const french = figures(source, /[ \u00a0\u202f]/gu, /,/u);
  const english = new Set(figures(target.slice(Math.max(0, at - 50), at + 80), /,(?=\d{3}(?!\d))/gu, /\./u));
  return french.some((value) => english.has(value));
};

export const rates: PairRunner = {
  run: (pair) => {
    if (!/\d|par |chaque |annuel|mensuel|hebdomadaire|quotidien|trimestriel|semestriel|l[’']hectare|le litre|le kilo|la livre/iu.test(pair.source)) return [];
    // A base is a rate's when a figure stands near it (`1 802 euros bruts mensuels`, `chaque habitant … 580 kg`): `le quotidien Le Monde` is a newspaper.
    // Without a figure, a frequency adjective or adverb (`une réunion hebdomadaire`, `publiés quotidiennement`) is one too,
    // answered only by another frequency word (`monthly`), never by `a month` (a duration as often).
    const french = found(pair.source, 'fr').filter((hit) => frenchFigure.test(pair.source.slice(Math.max(0, hit.start - 60), hit.end + 60)) || frequencyWord.test(hit.text));
    if (french.length === 0) return [];
    const english = found(pair.target, 'en');
    const issues: Issue[] = [];
    const said = new Set(french.map((hit) => hit.base.name));
    const kept = new Set(english.map((hit) => hit.base.name));
    const reported = new Set<string>();
    for (const hit of french) {
      if (kept.has(hit.base.name) || reported.has(hit.base.name)) continue;
      if (hit.base.kind === 'population' && (kept.has('anyone') || (hit.base.name === 'anyone' && english.some((candidate) => candidate.base.kind === 'population')))) continue;
      // Another base of the same kind, one the source does not say: `par habitant` → `per household`.
      const figured = frenchFigure.test(pair.source.slice(Math.max(0, hit.start - 60), hit.end + 60));
      const other = english.find((candidate) => candidate.base.kind === hit.base.kind && !said.has(candidate.base.name) && candidate.base.name !== 'anyone' && (figured || englishFrequencyWord.test(candidate.text)));
      if (other) {
        // An area base in another unit is right when the figures are converted: wrong only when a figure is kept as is.
        const swappedUnit = otherUnits.some(([mine, theirs]) => hit.base.name === mine && other.base.name === theirs);
        if (swappedUnit && !keptFigure(pair.source, pair.target, other.start)) continue;
        reported.add(hit.base.name);
        issues.push({ key: swappedUnit ? 'rates.unconverted' : 'rates.changed', params: { base: hit.text, text: other.text }, source: [{ start: hit.start, end: hit.end }], target: [{ start: other.start, end: other.end }] });
        continue;
      }
      // A time base of a figure gone, the English saying none of its kind: `5 000 arbres par an` → `5,000 trees`.
      if (hit.base.kind === 'time' && /^par /iu.test(hit.text) && figureBefore(pair.source, hit.start) && !english.some((candidate) => candidate.base.kind === 'time')) {
        reported.add(hit.base.name);
        issues.push({ key: 'rates.missing', params: { base: hit.text }, source: [{ start: hit.start, end: hit.end }], severity: 'warning' });
      }
    }
    return issues;
  },
};
