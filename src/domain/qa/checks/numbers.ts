import { englishTimes, frenchHundredsYears, saysCentury } from '../calendar';
import { frenchRaceTimes } from '../durations';
import { frenchIdentifiers, hasIdentifier } from '../identifiers';
import { replaceSpan, spans } from '../lib';
import { converted, inUnit, sameUnit, unitAfter } from '../measures';
import { englishVagueCounts, frenchVagueCounts } from '../number-words';
import { englishQuantities, frenchQuantities, type Quantity, sameValue } from '../quantities';
import type { Issue, PairRunner } from '../types';

/** An English figure's unit, unless it is a bare `in`: as often the word after a figure as inches (`until two in the morning`, `€20 billion in aid`). */
const measured = (quantity: Quantity) => (quantity.bareIn ? undefined : quantity.unit);

/** The same number, as written: by value, the sign aside, and a measure in the same unit or none. */
const same = (french: Quantity, english: Quantity): boolean => {
  // `250 000 euros` → `$250,000` is another amount; `baissé de 0,3 point` → `fell by 0.3%` another figure.
  // (A dollar the text does not say the country of is any dollar.)
  if (french.currency && english.currency && french.currency !== english.currency && !(french.currency === 'dollar' && /USD|CAD/u.test(english.currency)) && !(english.currency === 'dollar' && /USD|CAD/u.test(french.currency))) return false;
  if (french.points && english.percent) return false;
  // `divisés par trois` is not `cut by a third` (that is two thirds left).
  if (english.reduction && french.kind === 'factor') return false;
  // `multipliés par dix` → `rose by 10%`: a factor of ten is a rise of 900 %, not of 10.
  if (french.kind === 'factor' && english.percent) return false;
  // `11 %` → `11 percentage points`, `25 points de base` → `25 percentage points`: another figure.
  if (french.percent && english.points) return false;
  // `dont 30 % de logements sociaux` → `30 of them`, `en hausse de 3 %` → `up 3 cents`: a percentage made a count or an amount.
  if (french.percent && !english.percent && (english.ofThem || english.currency || english.unit)) return false;
  if (Boolean(french.basis) !== Boolean(english.basis) && (french.basis || english.basis)) return false;
  // `une centaine` → `several hundred`: a magnitude, not the count.
  if (english.vague) return false;
  if (!sameValue(english.value, french.value) && !sameValue(Math.abs(english.value), Math.abs(french.value))) return false;
  // `120 km/h` → `120 mph` is a unit changed, not the number kept; `-12 °C` is no `12 inches`.
  const theirs = measured(english);
  if (french.unit && theirs && french.unit.dimension !== theirs.dimension) return false;
  return !(french.unit && english.unit && french.unit.dimension === english.unit.dimension && !sameUnit(french.unit, english.unit));
};

/** The same number, as a translator may rewrite it: a measure converted, a part as a percentage (`un sur quatre` → `25%`). */
const near = (french: Quantity, english: Quantity): boolean => {
  if (french.unit && english.unit) {
    // `une dizaine de degrés` → `about ten degrees`, `around 12 degrees`: a round count of a unit, within a tenth.
    if (sameUnit(french.unit, english.unit)) return french.approx === true && english.value >= french.value * 0.9 && english.value <= french.value * 1.1;
    const measures = [{ value: french.value, unit: french.unit }, { value: english.value, unit: english.unit }] as const;
    // A change of temperature the French says as one converts without the offset only.
    // (A round count, `une dizaine de degrés`, is rounded as a hedged figure is.)
    const hedged = english.hedged === true || french.approx === true;
    if (french.interval) return converted(...measures, hedged, true);
    return converted(...measures, hedged) || (Boolean(english.interval) && converted(...measures, hedged, true));
  }
  // `une trentaine` → `about 30`, `nearly thirty`: a count within a tenth of it (`seventy` is no `soixantaine`).
  if (french.approx) return english.kind === 'count' && !english.vague && !english.percent && !english.unit && english.value >= french.value * 0.9 && english.value <= french.value * 1.1;
  // `divisés par trois` → `cut by two thirds`: a third left.
  if (english.reduction && french.kind === 'factor') return french.value < 1 && Math.abs(1 - english.value - french.value) < 1e-6;
  // `0,25 point` → `25 basis points`: a point is a hundred basis points.
  if (french.points && english.basis) return Math.abs(french.value * 100 - english.value) < 1e-6;
  if (french.basis && english.points) return Math.abs(french.value - english.value * 100) < 1e-6;
  // `a doublé` → `rose by 100%`, `divisé par deux` → `fell by 50%`: a factor as the change it makes.
  if (french.kind === 'factor' && english.percent) return Math.abs(Math.abs(french.value - 1) * 100 - Math.abs(english.value)) <= 1;
  if (french.kind === 'part' && english.percent) return Math.abs(french.value * 100 - english.value) <= 1;
  if (french.percent && english.kind === 'part') return Math.abs(french.value - english.value * 100) <= 1;
  return false;
};

const frenchPrice = /(?<![\p{N},.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)[\s\u00a0\u202f]*(?:€|euros?)[\s\u00a0\u202f]+(?:le|la|l['’]|par|du)[\s\u00a0\u202f]*/gu;
const englishPrice = /(?<![\p{N},.])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s\u00a0]*(?:euros?)?[\s\u00a0]*(?:per|a|an|\/)[\s\u00a0]*/gu;

/**
 * A price per unit keeps its unit or is converted: `14,50 € le mètre carré` → `€14.50 per square
 * foot` (the same figure for a unit ten times smaller) is an error; `€1.35 per square foot` is right.
 */
function perUnit(source: string, target: string): Issue[] {
  const issues: Issue[] = [];
  const english = [...target.matchAll(englishPrice)].flatMap((match) => {
    const unit = unitAfter(target.slice(match.index + match[0].length, match.index + match[0].length + 30), 'en');
    return unit ? [{ value: Number(match[1]!.replace(/,/gu, '')), unit, start: match.index, end: match.index + match[0].length, text: match[0] }] : [];
  });
  for (const match of source.matchAll(frenchPrice)) {
    const unit = unitAfter(source.slice(match.index + match[0].length, match.index + match[0].length + 30), 'fr');
    if (!unit) continue;
    const value = Number(match[1]!.replace(/[ \u00a0\u202f]/gu, '').replace(',', '.'));
    const wrong = english.find((other) => sameValue(other.value, value) && other.unit.dimension === unit.dimension && !sameUnit(other.unit, unit));
    if (!wrong) continue;
    // The price per English unit: the French price times the English unit's size in the French unit.
    const price = (value * wrong.unit.scales[0]!.factor) / unit.scales[0]!.factor;
    issues.push({ key: 'numbers.conversion', params: { number: `${match[0].trim()} ${unit.symbol}`, text: `${wrong.text.trim()} ${wrong.unit.symbol}`, expected: `${Math.round(price * 100) / 100} per ${wrong.unit.symbol}` }, source: [{ start: match.index, end: match.index + match[0].length }], target: [{ start: wrong.start, end: wrong.end }] });
  }
  return issues;
}

const magnitudeWords: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, M: 1e6, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9 };

/** The magnitude the second figure of a French range gives the first (`entre 80 et 100 millions`, `de 2 à 3 milliards`, `entre 80 et 100 M€`), if any. */
function rangeMagnitude(source: string, quantity: Quantity): number | undefined {
  if (quantity.value >= 1000) return undefined;
  // (`de quarante à cent dix-huit millions`: in words too.)
  const next = /^[\s\u00a0\u202f]*(?:et|à|-|–|ou)[\s\u00a0\u202f]*(?:\d[\d\s\u00a0\u202f]*(?:,\d+)?|(?:\p{Ll}+[\s\u00a0-]+){1,4})[\s\u00a0\u202f]*(mille|millions?|milliards?|(?:M|Mds?|Mrds?)(?=[\s\u00a0\u202f]*(?:[€$£]|d[e’']|euros|dollars|francs)))(?![\p{L}])/u.exec(source.slice(quantity.end, quantity.end + 60));
  return next ? magnitudeWords[next[1]!] : undefined;
}

/** `article 49, alinéa 3` written `49.3` or `49(3)` in the English. */
function articleParagraph(source: string, target: string, quantity: Quantity): boolean {
  for (const found of spans(source, /(?<![\p{L}])article[\s\u00a0]+(\d+)(?:[\s\u00a0]*,)?[\s\u00a0]+(?:alinéa|paragraphe|al\.)[\s\u00a0]+(\d+)(?![\p{N}])/giu)) {
    if (quantity.start < found.start || quantity.end > found.end) continue;
    return new RegExp(`(?<![\\p{N}])${found.groups[0]}(?:\\.${found.groups[1]}|\\(${found.groups[1]}\\))(?![\\p{N}])`, 'u').test(target);
  }
  return false;
}

/**
 * A fuel consumption (`5 l/100 km`, `5 litres aux 100 kilomètres`) said in miles per gallon, US or
 * imperial (235.2 or 282.5 divided by the litres), within a twentieth: both its figures are there.
 */
function consumptionInMpg(source: string, target: string, quantity: Quantity): boolean {
  for (const found of spans(source, /(?<![\p{N},])(\d+(?:,\d+)?)[\s\u00a0]*(?:l|L|litres?)[\s\u00a0]*(?:\/|aux|au|pour|par)[\s\u00a0]*100[\s\u00a0]*(?:km|kilomètres)(?![\p{L}])/gu)) {
    if (quantity.start < found.start || quantity.end > found.end) continue;
    const litres = Number(found.groups[0]!.replace(',', '.'));
    if (!(litres > 0)) return false;
    return spans(target, /(?<![\p{N}.,])(\d+(?:\.\d+)?)[\s\u00a0-]*(?:mpg|miles per (?:US |imperial )?gallon)(?![\p{L}])/giu).some((mpg) => {
      const value = Number(mpg.groups[0]);
      return [235.215, 282.481].some((factor) => Math.abs(value - factor / litres) <= 0.05 * (factor / litres));
    });
  }
  return false;
}

const ordinalNames = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ordinalSuffix = (n: number): string => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

/** The French subdivisions of a text that English may number by an ordinal (`l’alinéa 2` → `the second paragraph`). */
const subdivision = /(?<![\p{L}])(?:alinéa|alinéas|al\.|paragraphe|paragraphes|§|chapitre|titre|livre|section|sous-section|partie|tome|annexe)[\s\u00a0]*$/iu;
const englishSubdivision = '(?:sub)?paragraphs?|indents?|clauses?|(?:sub)?sections?|chapters?|titles?|books?|parts?|volumes?|annex(?:es)?|schedules?';

/** `alinéa 2` said `the second paragraph`, `2nd paragraph`: the number of a subdivision as an ordinal before its name. */
function subdivisionOrdinal(source: string, target: string, quantity: Quantity): boolean {
  if (!Number.isInteger(quantity.value) || quantity.value < 1 || quantity.value > 99 || !subdivision.test(source.slice(Math.max(0, quantity.start - 16), quantity.start))) return false;
  const n = quantity.value;
  const word = ordinalNames[n - 1];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${n}${ordinalSuffix(n)}${word ? `|${word}` : ''})[\\s\\u00a0-]+(?:\\p{L}+[\\s\\u00a0]+)?(?:${englishSubdivision})(?![\\p{L}])`, 'iu').test(target);
}

const quarterNames = ['first', 'second', 'third', 'fourth'];

/** The English names the quarter (`the third quarter`, `Q3`, `3Q`, `3rd quarter`). */
const quarterIn = (target: string, quarter: number): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:Q${quarter}|${quarter}Q|${quarterNames[quarter - 1]}[\\s-]+quarter|${quarter}(?:st|nd|rd|th)[\\s-]+quarter)(?![\\p{L}\\p{N}])`, 'iu').test(target);

/**
 * A price for a batch restated per unit: `450 euros les 1 000 litres` → `45 euro cents per liter`
 * or `€0.45 a liter`. Both French figures are answered by the English price per unit.
 */
function restatedPrices(source: string, target: string, french: readonly Quantity[], english: readonly Quantity[]): { french: Set<Quantity>; english: Quantity[] } {
  const out = { french: new Set<Quantity>(), english: [] as Quantity[] };
  for (const price of french) {
    if (!price.currency) continue;
    const batch = french.find((other) => other.start > price.end && other.unit && other.value > 1 && /^[\s\u00a0\u202f]*(?:€|euros?)?[\s\u00a0\u202f]*(?:les|pour|par|la)[\s\u00a0\u202f]*$/u.test(source.slice(price.end, other.start)));
    if (!batch) continue;
    const each = price.value / batch.value;
    const found = english.find((other) => !out.english.includes(other) && (sameValue(other.value, each) || (Math.abs(other.value - each * 100) < 0.5 && /^[\s\u00a0]*(?:euro[\s\u00a0]+)?cents?(?![\p{L}])/iu.test(target.slice(other.end, other.end + 12)))));
    if (!found) continue;
    out.french.add(price).add(batch);
    out.english.push(found);
  }
  return out;
}

type Qualifier = 'approx' | 'under' | 'lower' | 'upper' | 'exact';

/** What French says of a figure just before it, most specific first: `près de 300` (under), `plus de 80` (lower). */
const frenchQualifiers: Array<[Qualifier, RegExp]> = [
  ['exact', /(?:^|[^\p{L}])(?:exactement|précisément|très exactement)[\s\u00a0]*$/iu],
  ['lower', /(?:^|[^\p{L}])(?:pas moins de|pas moins d[’'])[\s\u00a0]*$/iu],
  ['upper', /(?:^|[^\p{L}])(?:pas plus de|pas plus d[’'])[\s\u00a0]*$/iu],
  // `ne doit pas dépasser 30 kg`, `ne dépassera pas 30 kg`: at most.
  ['upper', /(?:^|[^\p{L}])(?:ne|n[’'])[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,2}?(?:pas|jamais)[\s\u00a0]+d[ée]pass\p{L}*[\s\u00a0]*$|(?:^|[^\p{L}])(?:ne|n[’'])[\s\u00a0]*d[ée]pass\p{L}*[\s\u00a0]+(?:pas|jamais)[\s\u00a0]*$/iu],
  ['under', /(?:^|[^\p{L}])(?:près de|près d[’']|presque|quasiment|pas loin de|pas loin d[’']|un peu moins de|un peu moins d[’'])[\s\u00a0]*$/iu],
  ['approx', /(?:^|[^\p{L}])(?:environ|à peu près|quelque|autour de|autour d[’']|de l[’']ordre de|de l[’']ordre d[’']|approximativement|aux alentours de|aux alentours d[’']|grosso modo|dans les)[\s\u00a0]*$/iu],
  ['lower', /(?:^|[^\p{L}])(?:plus de|plus d[’']|au moins|au minimum|d[ée]pass(?:e|ent|ait|aient|era|eront|er|é|ée|ant)(?:[\s\u00a0]+(?:les|la|le|l[’']))?|supérieure? à|au-delà de|au-delà d[’'])[\s\u00a0]*$/iu],
  ['upper', /(?:^|[^\p{L}])(?:moins de|moins d[’']|au plus|au maximum|tout au plus|jusqu[’']à|à peine|inférieure? à)[\s\u00a0]*$/iu],
];

const englishQualifiers: Array<[Qualifier, RegExp]> = [
  ['exact', /(?:^|[^\p{L}])(?:exactly|precisely)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['lower', /(?:^|[^\p{L}])(?:no fewer than|no less than|not less than|not fewer than)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['upper', /(?:^|[^\p{L}])(?:no more than|not more than)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['under', /(?:^|[^\p{L}])(?:nearly|almost|close to|just under|not quite|just shy of|getting on for|approaching)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['approx', /(?:^|[^\p{L}])(?:about|around|roughly|some|approximately|approx\.|an estimated|circa|in the region of|of the order of|on the order of)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['lower', /(?:^|[^\p{L}])(?:more than|over|upwards of|at least|in excess of|a minimum of|exceeding|exceeds|exceeded|above)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
  ['upper', /(?:^|[^\p{L}])(?:less than|fewer than|under|at most|up to|a maximum of|barely|below)[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu],
];

/** Qualifiers that contradict each other: `environ` is not `exactly`, `plus de` not `nearly`, `près de` not `more than`. */
const conflicts: Record<Qualifier, readonly Qualifier[]> = {
  approx: ['exact', 'lower', 'upper'],
  under: ['exact', 'lower'],
  lower: ['exact', 'upper', 'under', 'approx'],
  upper: ['exact', 'lower', 'approx'],
  exact: ['approx', 'under', 'lower', 'upper'],
};

const qualifierOf = (table: Array<[Qualifier, RegExp]>, text: string, at: number): { qualifier: Qualifier; text: string } | undefined => {
  const before = text.slice(Math.max(0, at - 32), at);
  for (const [qualifier, pattern] of table) {
    const found = pattern.exec(before);
    if (found) return { qualifier, text: found[0].replace(/^[^\p{L}]+/u, '').trim() };
  }
  return undefined;
};

/**
 * The qualifier of a figure kept: `environ 112 %` → `exactly 112 percent`, `plus de 80 millions`
 * → `nearly 80 million`, `près de 300` → `more than 300`, `une soixantaine` → `exactly 60`.
 * Said otherwise (`environ` → `some`, `près de` → `almost`, `plus de` → `over`), no finding.
 */
function qualifiers(source: string, target: string, paired: ReadonlyArray<[Quantity, Quantity]>): Issue[] {
  const issues: Issue[] = [];
  for (const [french, english] of paired) {
    const theirs = qualifierOf(englishQualifiers, target, english.start);
    const mine = qualifierOf(frenchQualifiers, source, french.start) ?? (french.approx ? { qualifier: 'approx' as const, text: french.text } : undefined);
    if (!theirs) {
      // `plus de 80 morts` → `80 dead`, `environ 2 000` → `2,000`: the bound or the approximation dropped
      // (a warning: the English may carry it elsewhere). A round count (`une trentaine`) says it by its word.
      // (`moins de 18 ans`, `jusqu’à 38 °C` are said `under-18s`, `highs of`, `within`: an upper bound is left to the English;
      // `dans les deux sens` is no approximation.)
      const stated = mine && !french.approx && mine.qualifier !== 'exact' && mine.qualifier !== 'upper' && !/^dans les$/iu.test(mine.text) ? mine : undefined;
      if (stated && !keptAround(target, english)) {
        issues.push({ key: 'numbers.qualifierLost', params: { number: `${stated.text} ${french.text.trim()}`, text: english.text.trim() }, source: [{ start: french.start, end: french.end }], target: [{ start: english.start, end: english.end }], severity: 'warning' });
      }
      continue;
    }
    if (!mine || !conflicts[mine.qualifier].includes(theirs.qualifier)) continue;
    issues.push({ key: 'numbers.qualifier', params: { number: `${mine.text === french.text ? '' : `${mine.text} `}${french.text.trim()}`, text: `${theirs.text} ${english.text.trim()}` }, source: [{ start: french.start, end: french.end }], target: [{ start: english.start, end: english.end }] });
  }
  return issues;
}

/**
 * English that bounds or rounds a figure in its own words, around it: `just 3%`, `as many as`,
 * `an estimated`, `the best part of` before; `or so`, `-odd`, `-plus`, `or more`, `+` after.
 */
const keptBefore = /(?:^|[^\p{L}])(?:(?:nearly|almost|about|around|roughly|some|approximately)[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:extra|additional|further|more|other)|just|only|merely|a mere|barely|scarcely|nearly|almost|about|around|roughly|as many as|as much as|as few as|as little as|as high as|as low as|highs? of|lows? of|to|up to|some|estimated|upwards of|the best part of|well over|well under|top(?:s|ped|ping)?|shy of|short of|under|over|below|above|beyond|within|more|less|fewer|higher|lower|exceed\p{L}*|surpass\p{L}*|pass(?:ed|es|ing)?|top(?:ped)?|reach\p{L}*\s+(?:almost|nearly)|(?:over|under|above|below)[\s\u00a0]+the[\s\u00a0]+age[\s\u00a0]+of|aged[\s\u00a0]+(?:over|under|above|below)|after)[\s\u00a0]+(?:(?:than|of|the)[\s\u00a0]+)?(?:an?[\s\u00a0]+)?(?:(?:[A-Z]{1,2})?[$€£][\s\u00a0]*)?$/iu;
const keptAfter = /^(?:[\s\u00a0]*(?:or so|or more|or less|or fewer|and (?:more|up|above|over)|at (?:least|most)|plus|odd|\+)|-(?:odd|plus)|\+)/iu;
const keptAround = (target: string, english: Quantity): boolean =>
  // (A part's span holds the word before it: `almost half`.)
  keptBefore.test(target.slice(Math.max(0, english.start - 40), english.start)) ||
  keptBefore.test(` ${/^\p{L}+(?=[\s\u00a0])/u.exec(english.text)?.[0] ?? ''} `) ||
  keptAfter.test(target.slice(english.end, english.end + 16)) ||
  // (`nearly 40 feet (12 meters)`: the bound said of the converted figure the brackets restate.)
  boundBeforeBrackets.test(target.slice(Math.max(0, english.start - 48), english.start)) ||
  Boolean(english.hedged);
const boundBeforeBrackets = /(?:^|[^\p{L}])(?:nearly|almost|about|around|roughly|some|approximately|more than|over|under|less than|up to|at least|just under|just over)[\s\u00a0]+[$€£]?[\d.,]+[^()\d]{0,24}\([\s\u00a0]*(?:about|around|roughly|some|nearly|almost)?[\s\u00a0]*$/iu;

/** What stands before a figure that restates the one before in another unit: `320 km/h (about 200 mph)`, `…, or from about 56 mph`. */
const restating = /(?:\([\s\u00a0]*|,?[\s\u00a0]+or[\s\u00a0]+(?:from[\s\u00a0]+|some[\s\u00a0]+)?)(?:(?:about|around|roughly|approximately|approx\.|nearly|almost|some|c\.)[\s\u00a0]+)?$/iu;
const converting = new Set(['length', 'speed', 'mass', 'volume', 'area', 'temperature']);

/** The significant figures of a value (`1470000` → 3, `1500000` → 2, `0.25` → 2). */
const figures = (value: number): number => String(Math.abs(value)).replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '').length;

/** An English value that is the French one rounded to fewer significant figures (`1,47` → `1.5`, `42 115` → `42,000`; not `1.4`). */
const roundedFrom = (french: number, english: number): boolean => {
  const kept = figures(english);
  return french !== 0 && english !== french && kept < figures(french) && sameValue(Number(french.toPrecision(kept)), english);
};

/**
 * A measure the English restates in another unit, in brackets or after `or`, must be that measure
 * converted: `320 km/h (about 120 mph)` is wrong (about 200 mph); `from 90 km/h to 80 km/h, or
 * from about 56 mph to 40 mph` is wrong for the second (about 50 mph).
 */
function restatedConversions(target: string, quantities: readonly Quantity[]): Issue[] {
  const issues: Issue[] = [];
  // (`47 miles per gallon` is a consumption, no distance: `5 liters per 100 kilometers, or about 47 miles per gallon`.)
  const perGallon = (quantity: Quantity) => /^[\s\u00a0-]*(?:(?:miles?|mi)[\s\u00a0]*)?(?:per|a|to the|\/)[\s\u00a0]*(?:US[\s\u00a0]+|imperial[\s\u00a0]+)?gal(?:lon)?s?(?![\p{L}])/iu.test(target.slice(quantity.end, quantity.end + 24));
  const measures = quantities.filter((quantity) => quantity.unit && converting.has(quantity.unit.dimension) && !perGallon(quantity)).sort((a, b) => a.start - b.start);
  for (let i = 1; i < measures.length; i++) {
    const first = measures[i]!;
    const previous = measures[i - 1]!;
    if (sameUnit(first.unit!, previous.unit!) || first.unit!.dimension !== previous.unit!.dimension) continue;
    if (!restating.test(target.slice(previous.end, first.start)) || /[.;!?)]/u.test(target.slice(previous.end, first.start))) continue;
    // The restated figures in order, and as many before them in the first unit, in the same sentence.
    const after = [first];
    for (let j = i + 1; j < measures.length && measures[j]!.unit && sameUnit(measures[j]!.unit!, first.unit!) && !/[.;!?)]/u.test(target.slice(measures[j - 1]!.end, measures[j]!.start)); j++) after.push(measures[j]!);
    const before: Quantity[] = [];
    for (let j = i - 1; j >= 0 && before.length < after.length && sameUnit(measures[j]!.unit!, previous.unit!) && (before.length === 0 || !/[.;!?()]/u.test(target.slice(measures[j]!.end, before[0]!.start))); j--) before.unshift(measures[j]!);
    if (before.length !== after.length) continue;
    after.forEach((english, k) => {
      const original = before[k]!;
      if (converted({ value: original.value, unit: original.unit! }, { value: english.value, unit: english.unit! }, english.hedged)) return;
      if (original.interval && converted({ value: original.value, unit: original.unit! }, { value: english.value, unit: english.unit! }, english.hedged, true)) return;
      issues.push({ key: 'numbers.conversion', params: { number: `${original.text.trim()} ${original.unit!.symbol}`, text: `${english.text.trim()} ${english.unit!.symbol}`, expected: inUnit({ value: original.value, unit: original.unit! }, english.unit!) }, target: [{ start: english.start, end: english.end }] });
    });
    i += after.length - 1;
  }
  return issues;
}

/** `un mètre` → `one foot`: one metric unit said as one of another system, not converted. */
function oneUnit(source: string, target: string): Issue[] {
  const issues: Issue[] = [];
  const english = spans(target, /(?<![\p{L}])(?<!(?:half|quarter|third|of|than)[\s\u00a0-]+)(?:a|an|one)[\s\u00a0-]+(?=\p{L})/giu).flatMap((found) => {
    const unit = unitAfter(target.slice(found.end, found.end + 30), 'en');
    return unit && converting.has(unit.dimension) ? [{ ...found, unit }] : [];
  });
  if (english.length === 0) return issues;
  for (const found of spans(source, /(?<![\p{L}])(?:un|une)[\s\u00a0]+(?=\p{L})/giu)) {
    const unit = unitAfter(source.slice(found.end, found.end + 30), 'fr');
    if (!unit || !converting.has(unit.dimension)) continue;
    const wrong = english.find((other) => other.unit.dimension === unit.dimension && !sameUnit(other.unit, unit) && !converted({ value: 1, unit }, { value: 1, unit: other.unit }));
    if (!wrong || english.some((other) => sameUnit(other.unit, unit))) continue;
    issues.push({ key: 'numbers.conversion', params: { number: `1 ${unit.symbol}`, text: `1 ${wrong.unit.symbol}`, expected: inUnit({ value: 1, unit }, wrong.unit) }, source: [{ start: found.start, end: found.end }], target: [{ start: wrong.start, end: wrong.end }] });
  }
  return issues;
}

const scores = /(?<![\p{N}:/-]|\d[.,])(\d{1,2})[-–](\d{1,2})(?![\p{N}:/-]|[.,]\d)/gu;

/** A list of scores (`6-4, 3-6, 7-6`) kept in order: a set's score reversed (`4-6` → `6-4`) is another result. */
function scoreOrder(source: string, target: string): Issue[] {
  const french = spans(source, scores);
  if (french.length < 2) return [];
  const english = spans(target, scores);
  if (english.length !== french.length) return [];
  const key = (found: { groups: string[] }) => `${Number(found.groups[0])}-${Number(found.groups[1])}`;
  return french.flatMap((found, i) => {
    const other = english[i]!;
    // The same figures, another order: not a list written otherwise (`6-4` for `4-6` all along, a loser's view).
    if (key(found) === key(other) || `${Number(found.groups[1])}-${Number(found.groups[0])}` !== key(other)) return [];
    return [{ key: 'numbers.missing', params: { number: found.text }, source: [{ start: found.start, end: found.end }], target: [{ start: other.start, end: other.end }] }];
  });
}

/**
 * An earlier level is no change: `14 %, contre 9 % il y a cinq ans` → `compared with 9%`, not
 * `up 9%` (a rise of 9 points or per cent).
 */
/** A French change by a figure: `a augmenté de 8 %`, `en hausse de 3 %`, `a reculé de 4 %`. */
const frenchChangeBy = /(?:augment|hausse|progress|grimp|bond|recul|baiss|chut|diminu|rédui|cr[uûo]|croî|gagn|perd|perte|gonfl|flamb|plong|repli|envol|accr|dégringol|s['’]appréci|s['’]effondr)\p{L}*[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(?:de|d['’])[\s\u00a0]*$/iu;
/** A French level reached after a change: `a grimpé à 8 %`, `est passé à 5 %`, `a atteint 12 %`. */
const frenchChangeTo = /(?:augment|hausse|progress|grimp|bond|recul|baiss|chut|diminu|rédui|pass|remont|redescend|tomb|mont)\p{L}*[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(?:à|jusqu['’]à)[\s\u00a0]*$/iu;
const englishTo = /(?:^|[^\p{L}])(?:rose|risen|rises|rising|increased?|increasing|grew|grown|climbed|climbs|jumped|fell|fallen|falls|dropped|drops|declined|decreased|slipped|slid|sank|shrank|edged\s+(?:up|down)|went\s+(?:up|down)|gone\s+(?:up|down))[\s\u00a0]+to[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu;
const englishBy = /(?:^|[^\p{L}])(?:by|up|down|rose|risen|rises|increased|grew|climbed|jumped|fell|fallen|falls|dropped|declined|decreased|slipped|slid|sank|gained|lost|shed|added)[\s\u00a0]+(?:(?:a|an|some|about|around|nearly|almost)[\s\u00a0]+)?(?:[$€£][\s\u00a0]*)?$/iu;

/**
 * A change told as a level, or a level as a change: `a augmenté de 8 %` → `rose to 8%`, `est
 * passé à 5 %` → `rose by 5%`. (With both, `de 5 % à 8 %`, the English says both too.)
 */
function changeOrLevel(source: string, target: string, paired: ReadonlyArray<[Quantity, Quantity]>): Issue[] {
  const issues: Issue[] = [];
  for (const [french, english] of paired) {
    const before = source.slice(Math.max(0, french.start - 40), french.start);
    const theirs = target.slice(Math.max(0, english.start - 30), english.start);
    const by = frenchChangeBy.test(before);
    const to = !by && frenchChangeTo.test(before);
    // (`de 5 % à 8 %`: from and to, said as such.)
    if (/^[\s\u00a0]*%?[\s\u00a0]*à[\s\u00a0]/u.test(source.slice(french.end, french.end + 6)) || /(?:^|[^\p{L}])de[\s\u00a0]+\d[^.;]{0,16}$/iu.test(before)) continue;
    const params = { number: source.slice(Math.max(0, french.start - 16), french.end).replace(/^\S*\s/u, '').trim(), text: target.slice(Math.max(0, english.start - 16), english.end).replace(/^\S*\s/u, '').trim() };
    const span = { source: [{ start: french.start, end: french.end }], target: [{ start: english.start, end: english.end }] };
    if (by && englishTo.test(theirs)) issues.push({ key: 'numbers.changeAsLevel', params, ...span, severity: 'warning' });
    else if (to && englishBy.test(theirs) && !/to[\s\u00a0]*$/iu.test(theirs)) issues.push({ key: 'numbers.levelAsChange', params, ...span, severity: 'warning' });
  }
  return issues;
}

function comparisons(source: string, target: string, paired: ReadonlyArray<[Quantity, Quantity]>): Issue[] {
  return paired.flatMap(([french, english]) => {
    if (!/(?:^|[^\p{L}])contre[\s\u00a0]+$/iu.test(source.slice(Math.max(0, french.start - 10), french.start))) return [];
    const before = /(?:^|[^\p{L}])((?:up|down)(?:[\s\u00a0]+by)?|(?:a[\s\u00a0]+)?(?:rise|increase|drop|fall|decrease)[\s\u00a0]+of)[\s\u00a0]+$/iu.exec(target.slice(Math.max(0, english.start - 24), english.start));
    if (!before) return [];
    return [{ key: 'numbers.comparison', params: { number: french.text.trim(), text: `${before[1]} ${english.text.trim()}` }, source: [{ start: french.start, end: french.end }], target: [{ start: english.start, end: english.end }] }];
  });
}

/** The digits of a number grouped by spaces in the English, grouped any way, or after a country code for a leading `0`. */
function sameDigits(target: string, text: string): boolean {
  const digits = text.replace(/\D/gu, '');
  // A dot between groups only in a long number (`514.555.0199`): `1.250` is a decimal.
  const grouped = (run: string) => run.split('').join(digits.length >= 8 ? '[\\s\\u00a0\\u202f.\\-]?' : '[\\s\\u00a0\\u202f\\-]?');
  if (new RegExp(`(?<![\\p{N}])${grouped(digits)}(?![\\p{N}])`, 'u').test(target)) return true;
  return digits.length >= 5 && digits.startsWith('0') && new RegExp(`\\+\\d{1,3}[\\s\\u00a0.\\-]*(?:\\(0\\)[\\s\\u00a0]*)?${grouped(digits.slice(1))}(?![\\p{N}])`, 'u').test(target);
}

/**
 * Vague counts keep their order of magnitude: `des dizaines de manifestants` → `dozens` or `scores`,
 * not `hundreds`; `des centaines de milliers` → `hundreds of thousands`, not `hundreds`. Said
 * otherwise (`many`, `a crowd of`), no finding: only another vague count in the English is one.
 */
function magnitudes(source: string, target: string): Issue[] {
  if (!/(?:aines|illiers|illions|illiards)(?![\p{L}])/u.test(source)) return [];
  const french = frenchVagueCounts(source);
  if (french.length === 0) return [];
  const english = englishVagueCounts(target);
  const others = english.filter((other) => !french.some((mine) => mine.magnitude === other.magnitude));
  if (others.length === 0) return [];
  return french
    .filter((mine) => !english.some((other) => other.magnitude === mine.magnitude))
    .map((mine) => ({ key: 'numbers.magnitude', params: { number: mine.text, text: others[0]!.text }, source: [{ start: mine.start, end: mine.end }], target: others.map(({ start, end }) => ({ start, end })) }));
}

/**
 * Every number of the source is in the target in English writing: `1 000,5` ↔ `1,000.5` or
 * `1000.5`, `3,5 %` ↔ `3.5%`, `220 milliards` ↔ `220 billion`, `1,2 million` ↔ `1.2 million` or
 * `1,200,000`; in words or digits either way (`deux` ↔ `2` or `two`, `3` ↔ `three`, `un milliard`
 * ↔ `$1 billion`, `un sur quatre` ↔ `one in four`, `multiplié par trois` ↔ `tripled`); measures
 * converted as a translator rounds (`120 km/h` ↔ `75 mph`); telephone numbers and legal
 * references digit for digit (`le 49.3` ↔ `Article 49.3`). A number missing is an error; a
 * decimal comma left in the English, or a currency sign after the amount, a warning with its fix.
 */
export const numbers: PairRunner = {
  run: (pair, context) => {
    // `le 49-3` → `Article 49.3`: digits joined by a hyphen are a reference when the English has them so joined, a range otherwise.
    const joined = spans(pair.source, /(?<![\p{N}.,-])\d+[-–]\d+(?![\p{N}-])/gu).filter((found) => hasIdentifier(pair.target, { digits: found.text.replace(/\D/gu, '') }));
    // `les années 1800` said as `the 19th century` (or `the 1800s`): the century is there.
    const centuries = frenchHundredsYears(pair.source).filter((span) => saysCentury(pair.target, span.century));
    // `13 min 21 s 50` → `13:21.50`: a race's time is the times check's.
    const aside = [...joined, ...centuries, ...frenchRaceTimes(pair.source)];
    const inAside = (quantity: Quantity) => aside.some((span) => span.start <= quantity.start && quantity.end <= span.end);
    const french = aside.length ? frenchQuantities(pair.source).filter((quantity) => !inAside(quantity)) : frenchQuantities(pair.source);
    const identifiers = frenchIdentifiers(pair.source);
    const issues: Issue[] = [...magnitudes(pair.source, pair.target), ...oneUnit(pair.source, pair.target)];
    if (french.length === 0 && identifiers.length === 0 && !/\d/u.test(pair.target)) return issues;
    const read = englishQuantities(pair.target);
    const decimalCommas = read.decimalCommas;
    // Bare `degrees` are Fahrenheit only in American English or beside a Fahrenheit figure; Celsius otherwise (`around twenty degrees` in a British text).
    const fahrenheit = context.targetLang === 'en-US' || /Fahrenheit|°[\s\u00a0]?F|\d[\s\u00a0]?F(?![\p{L}])/u.test(pair.target);
    const celsius = fahrenheit ? undefined : unitAfter('°C', 'en');
    const quantities = celsius ? read.quantities.map((quantity) => (quantity.unit?.dimension === 'temperature' && quantity.unit.symbol === '°' ? { ...quantity, unit: celsius } : quantity)) : read.quantities;
    // Each English number answers one French number: the same kind first (`doublé` ↔ `doubled`,
    // `deux` ↔ `two`), then any writing of the value, then conversions and percentages. The
    // English numbers are looked up by value, so a long text is not read once per number.
    const byValue = new Map<string, Quantity[]>();
    const keyOf = (value: number) => Math.abs(value).toPrecision(9);
    for (const quantity of quantities) byValue.set(keyOf(quantity.value), [...(byValue.get(keyOf(quantity.value)) ?? []), quantity]);
    const used = new Set<Quantity>();
    const paired: Array<[Quantity, Quantity]> = [];
    const take = (list: readonly Quantity[], matches: (french: Quantity, english: Quantity) => boolean) =>
      list.filter((quantity) => {
        const bucket = byValue.get(keyOf(quantity.value)) ?? [];
        const at = bucket.findIndex((other) => matches(quantity, other));
        if (at < 0) return true;
        const english = bucket.splice(at, 1)[0]!;
        used.add(english);
        paired.push([quantity, english]);
        return false;
      });
    const unmatched = take(
      take(french, (quantity, other) => quantity.kind === other.kind && same(quantity, other)),
      same,
    );
    // Conversions and percentages: only the English measures, percentages and parts can answer.
    const rewritten = quantities.filter((other) => other.unit || other.percent || other.points || other.basis || other.kind === 'part' || (other.kind === 'count' && unmatched.some((quantity) => quantity.approx)));
    const times = englishTimes(pair.target);
    const restated = restatedPrices(pair.source, pair.target, unmatched, quantities.filter((other) => !used.has(other)));
    for (const other of restated.english) used.add(other);
    for (const quantity of unmatched) {
      if (restated.french.has(quantity)) continue;
      const found = rewritten.find((other) => !used.has(other) && near(quantity, other));
      if (found) {
        used.add(found);
        paired.push([quantity, found]);
        continue;
      }
      // `1,47 million` → `nearly €1.5 million`, `about 1.5 million`: rounded, and said to be.
      const rounded = quantities.find((other) => !used.has(other) && other.hedged && !measured(other) === !quantity.unit && !other.percent === !quantity.percent && roundedFrom(quantity.value, other.value));
      if (rounded) {
        used.add(rounded);
        continue;
      }
      // `entre 80 et 100 millions` → `between €80m and €100m`: the first figure of a range takes the magnitude of the second.
      const scale = rangeMagnitude(pair.source, quantity);
      const scaled = scale && quantities.find((other) => !used.has(other) && sameValue(other.value, quantity.value * scale));
      if (scaled) {
        used.add(scaled);
        continue;
      }
      // `5 millions de tonnes` → `5m tonnes`, `4,7 millions` → `4.7m`, `10 000 $` → `10k`: the English abbreviation of the magnitude.
      const abbreviated = quantity.value >= 1e3 && quantities.find((other) => !used.has(other) && other.shortMagnitude && sameValue(other.value * other.shortMagnitude, quantity.value));
      if (abbreviated) {
        used.add(abbreviated);
        continue;
      }
      // `quatre-vingt-quinze centimes` → `€0.95`: cents said in euros.
      const inEuros = /^[\s\u00a0\u202f]*(?:centimes?|cts?)(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 12)) && quantities.find((other) => !used.has(other) && other.value < 100 && sameValue(other.value * 100, quantity.value));
      if (inEuros) {
        used.add(inEuros);
        continue;
      }
      // `0,90 euro` → `90 cents`: a sum under one euro said in cents.
      if (quantity.value > 0 && quantity.value < 1 && /^[\s\u00a0\u202f]*(?:euros?|€|dollars?|\$)/u.test(pair.source.slice(quantity.end, quantity.end + 10))) {
        const cents = Math.round(quantity.value * 100);
        // (`73 U.S. cents`, `90 euro cents`.)
        if (new RegExp(`(?<![\\p{N}.,])${cents}[\\s\\u00a0]*(?:(?:U\\.S\\.|US|euro|Canadian|American|Swiss)[\\s\\u00a0]*)?(?:cents?|c|¢)(?![\\p{L}])`, 'u').test(pair.target)) continue;
      }
      // `l’article 49, alinéa 3` → `Article 49.3`, `Article 49(3)`: one reference.
      if (articleParagraph(pair.source, pair.target, quantity)) continue;
      // `l’alinéa 2` → `the second paragraph`: a subdivision numbered by an ordinal.
      if (subdivisionOrdinal(pair.source, pair.target, quantity)) continue;
      // `5 litres aux 100 km` → `47 mpg`: a consumption said in miles per gallon.
      if (consumptionInMpg(pair.source, pair.target, quantity)) continue;
      // `au T3 2025` → `in the third quarter of 2025`, `in Q3 2025`: a quarter, said by its name.
      if (quantity.value >= 1 && quantity.value <= 4 && /(?<![\p{L}])T$/u.test(pair.source.slice(Math.max(0, quantity.start - 2), quantity.start)) && quarterIn(pair.target, quantity.value)) continue;
      // `en deux sets` (of three), `en trois sets` (of five) → `in straight sets`: a win without losing a set.
      if ((quantity.value === 2 || quantity.value === 3) && /^[\s\u00a0]+(?:sets|manches)(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 10)) && /(?<![\p{L}])straight[\s\u00a0]+(?:sets|games)(?![\p{L}])/iu.test(pair.target)) continue;
      // `un 4x4` → `a four-wheel drive`, `an SUV`: a vehicle, no count.
      if (/^[x×]\d/u.test(pair.source.slice(quantity.end, quantity.end + 2)) || /\d[x×]$/u.test(pair.source.slice(Math.max(0, quantity.start - 2), quantity.start))) {
        if (/(?<![\p{L}])(?:four[-\s]wheel|4WD|AWD|SUVs?|off[-\s]roaders?|all[-\s]terrain)(?![\p{L}])/iu.test(pair.target)) continue;
      }
      // `Elle en comptait le double` → `half as many as it did`: the ratio said from the other side.
      if (quantity.kind === 'factor' && quantity.value > 1 && new RegExp(`(?<![\\p{L}])(?:${quantity.value === 2 ? 'half' : quantity.value === 3 ? '(?:a|one)[\\s-]third' : quantity.value === 4 ? '(?:a|one)[\\s-]quarter' : 'x^'})[\\s\\u00a0]+as[\\s\\u00a0]+\\p{L}+[\\s\\u00a0]+as(?![\\p{L}])`, 'iu').test(pair.target)) continue;
      // `une trentaine` → `dozens of`, `a few`: said otherwise, no finding unless the English gives another count.
      // (A round count of a unit, `une dizaine de degrés`, against the English counts of that unit's kind.)
      if (quantity.approx && !quantities.some((other) => !used.has(other) && other.kind === 'count' && !other.percent && (quantity.unit ? other.unit?.dimension === quantity.unit.dimension : !measured(other)))) continue;
      // `trois pièces` → `two-bedroom`: a French flat counts its rooms, an English one its bedrooms.
      // (`un T3`, `un F3`: three rooms, written as a flat's type.)
      if (/(?<![\p{L}])[TF]$/u.test(pair.source.slice(Math.max(0, quantity.start - 1), quantity.start)) && quantities.some((other) => other.value === quantity.value - 1 && /^[\s\u00a0-]+bedrooms?(?![\p{L}])/u.test(pair.target.slice(other.end, other.end + 12)))) continue;
      // `un Bac+5` → `a master's degree`: a diploma's level, which the English names by the degree.
      if (/(?<![\p{L}])bac[\s\u00a0]*\+[\s\u00a0]*$/iu.test(pair.source.slice(Math.max(0, quantity.start - 8), quantity.start)) && /(?<![\p{L}])(?:degree|master|bachelor|diploma|doctorate|PhD|graduate|post-?graduate|higher education)/iu.test(pair.target)) continue;
      // `12 magasins en 2022 et 12 autres en 2023` → `and as many again in 2023`: the count said once and repeated.
      if (/^[\s\u00a0\u202f]+autres(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 8)) && /(?<![\p{L}])(?:as many again|the same number again|the same again)(?![\p{L}])/iu.test(pair.target)) continue;
      // `en 2023, soit 3 % de moins qu’en 2022` → `fell 3% in 2023 from the previous year`: the year before one the English names.
      if (Number.isInteger(quantity.value) && quantity.value >= 1900 && quantity.value <= 2100 && new RegExp(`(?<![\\p{N}])${quantity.value + 1}(?![\\p{N}])`, 'u').test(pair.target) && /(?<![\p{L}])(?:the previous year|the year before|a year earlier|the prior year|the preceding year|last year)(?![\p{L}])/iu.test(pair.target)) continue;
      // `Mai 68`, `la Coupe du monde 98`: a year said by its last two digits after a name, the English's in full.
      if (quantity.value >= 10 && quantity.value <= 99 && Number.isInteger(quantity.value) && quantity.text.trim().length === 2 && /\p{Lu}[\p{L}]*(?:[\s\u00a0]+(?:du|de|des|la|le)?[\s\u00a0]*\p{Ll}+)?[\s\u00a0]+$/u.test(pair.source.slice(Math.max(0, quantity.start - 24), quantity.start)) && new RegExp(`(?<![\\p{N}])(?:19|20)${quantity.text.trim()}(?![\\p{N}])`, 'u').test(pair.target)) continue;
      if (/^[\s\u00a0\u202f]+pi[èe]ces?(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 12)) && quantities.some((other) => other.value === quantity.value - 1 && /^[\s\u00a0-]+bedrooms?(?![\p{L}])/u.test(pair.target.slice(other.end, other.end + 12)))) continue;
      // `un immeuble de six étages` → `a seven-story building` (en-US): a French building counts its floors above the ground floor, an American one its stories.
      if (context.targetLang === 'en-US' && /^[\s\u00a0\u202f]+étages?(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 10)) && quantities.some((other) => other.value === quantity.value + 1 && /^[\s\u00a0-]+(?:stor(?:y|ies|ey|eys)|floors?)(?![\p{L}])/iu.test(pair.target.slice(other.end, other.end + 12)))) continue;
      // `RCS 812 345 678`, `PC 033 281 23`: digits grouped by spaces, kept as written, name rather than count.
      // Telephone numbers too, however the English groups them (`1 877 512-3088` → `1-877-512-3088`) and with
      // the country code for the trunk `0` (`022 418 50 30` → `+41 22 418 50 30`).
      if (/^\d{1,3}(?:[ \u00a0\u202f]\d{2,3})+$/u.test(quantity.text) && sameDigits(pair.target, quantity.text)) continue;
      // `CM2`, `CE1`: a French school year, which the English names by its own system (`Year 6`, `fifth grade`, `final year of primary school`);
      // `sans-plomb 95`, `SP98`: a fuel grade, which `unleaded` may say alone.
      const before = pair.source.slice(Math.max(0, quantity.start - 12), quantity.start);
      if (/(?<![\p{L}])C[EM]$/u.test(before) && (quantity.value === 1 || quantity.value === 2)) continue;
      if (/(?<![\p{L}])(?:sans[-\s\u00a0]plomb|SP)[\s\u00a0]*$/iu.test(before) && (quantity.value === 95 || quantity.value === 98)) continue;
      // `neuf heures` → `9 a.m.`
      if (quantity.hours && times.some((time) => time.hour === quantity.value || time.hour % 12 === quantity.value % 12)) continue;
      const source = [{ start: quantity.start, end: quantity.end }];
      const measure = quantity.unit && rewritten.find((other) => other.unit?.dimension === quantity.unit!.dimension && !sameUnit(other.unit, quantity.unit!));
      if (measure?.unit && quantity.unit) {
        issues.push({ key: 'numbers.conversion', params: { number: `${quantity.text.trim()} ${quantity.unit.symbol}`, text: measure.text.trim() + ' ' + measure.unit.symbol, expected: inUnit({ value: quantity.value, unit: quantity.unit }, measure.unit) }, source, target: [{ start: measure.start, end: measure.end }] });
      } else {
        // `une centaine` → `several hundred`: another order of magnitude.
        const vague = quantity.approx ? quantities.find((other) => !used.has(other) && other.vague) : undefined;
        if (vague) issues.push({ key: 'numbers.magnitude', params: { number: quantity.text.trim(), text: pair.target.slice(Math.max(0, vague.start - 12), vague.end).replace(/^.*?(?=(?:several|a few|a couple of|many)[\s-])/isu, '') }, source, target: [{ start: vague.start, end: vague.end }] });
        else issues.push({ key: 'numbers.missing', params: { number: quantity.text.trim() }, source });
      }
    }
    issues.push(...perUnit(pair.source, pair.target));
    issues.push(...qualifiers(pair.source, pair.target, paired));
    issues.push(...comparisons(pair.source, pair.target, paired));
    issues.push(...changeOrLevel(pair.source, pair.target, paired));
    issues.push(...restatedConversions(pair.target, quantities));
    issues.push(...scoreOrder(pair.source, pair.target));
    for (const identifier of identifiers) {
      if (hasIdentifier(pair.target, identifier)) continue;
      issues.push({ key: 'numbers.identifier', params: { number: identifier.text }, source: [{ start: identifier.start, end: identifier.end }] });
    }
    // `au 3 bis, place du Marché` → `at 3 place du Marché`: a street number's `bis`, `ter` lost (`3 bis`, `3b`, `3A` are it).
    for (const numbered of spans(pair.source, /(?<![\p{L}\p{N},.])(\d{1,4})[\s\u00a0]?(bis|ter|quater)(?![\p{L}])/giu)) {
      const kept = new RegExp(`(?<![\\p{N},.])${numbered.groups[0]}[\\s\\u00a0]?(?:bis|ter|quater|[a-dA-D])(?![\\p{L}])`, 'u');
      if (kept.test(pair.target) || !new RegExp(`(?<![\\p{N},.])${numbered.groups[0]}(?![\\p{N}])`, 'u').test(pair.target)) continue;
      issues.push({ key: 'numbers.missing', params: { number: numbered.text }, source: [{ start: numbered.start, end: numbered.end }] });
    }
    let fixed = pair.target;
    for (const comma of [...decimalCommas].reverse()) fixed = replaceSpan(fixed, comma, comma.text.replace(',', '.'));
    for (const comma of decimalCommas) {
      issues.push({ key: 'numbers.decimalComma', params: { number: comma.text, fixed: comma.text.replace(',', '.') }, target: [comma], fix: fixed, severity: 'warning' });
    }
    // `220 €` is French order: English writes the sign first.
    for (const match of pair.target.matchAll(/(?<![\p{N}.,])(\d[\d,.]*)[ \u00a0\u202f]?([€£$])(?![\p{N}])/gu)) {
      const span = { start: match.index, end: match.index + match[0].length };
      issues.push({ key: 'numbers.currency', params: { text: match[0], fixed: `${match[2]}${match[1]}` }, target: [span], fix: replaceSpan(pair.target, span, `${match[2]}${match[1]}`), severity: 'warning' });
    }
    return issues.sort((a, b) => (a.source?.[0]?.start ?? Infinity) - (b.source?.[0]?.start ?? Infinity));
  },
};
