import { blank, fold, lastOf, spans } from './lib';
import type { Span } from './types';
import { englishTimes, frenchTimes, numericDates } from './calendar';
import { frenchRates } from './durations';
import { frenchHolidayDates } from './holidays';
import { frenchIdentifiers } from './identifiers';
import { type Unit, unitAfter } from './measures';
import { englishNumberWords, frenchNumberWords } from './number-words';

/** A number of a text, its value with any magnitude word after it (`1,2 million` = 1 200 000). */
export interface Quantity extends Span {
  value: number;
  text: string;
  /** A count (`3`, `deux mille`), a part of a whole (`un sur quatre`, `two-thirds`) or a factor (`triplé`). */
  kind: 'count' | 'part' | 'factor';
  /** Written in words (`dix-huit`, `three`). */
  words?: boolean;
  /** A percentage (`3,5 %`, `cinquante pour cent`, `50 percent`): it may be written as a part (`half`). */
  percent?: boolean;
  /** A measure's unit (`120 km/h`), compared converted. */
  unit?: Unit;
  /** A number of hours (`neuf heures`, `2 heures`), which the English may write as a clock time (`9 a.m.`). */
  hours?: boolean;
  /** An amount of money in this currency (`250 000 euros`, `$3`): another currency is another amount. */
  currency?: 'EUR' | 'USD' | 'CAD' | 'dollar' | 'GBP' | 'CHF' | 'cent' | 'penny';
  /** Percentage points (`0,3 point`): not a percentage (`0.3%`). */
  points?: boolean;
  /** A round count said roughly (`une trentaine`): any English count near it answers it. */
  approx?: boolean;
  /** Basis points (`25 points de base`, `25 basis points`): neither a percentage nor percentage points. */
  basis?: boolean;
  /** A temperature said as a change (`risen by 1.4°F`, `2 °C de plus`): converted without the offset. */
  interval?: boolean;
  /** A part taken away (`cut by a third`): two thirds are left. */
  reduction?: boolean;
  /** Said with a word of approximation before it (`nearly 5 inches`): a conversion may be rounded further. */
  hedged?: boolean;
  /** A count of things said as part of a whole before it (`450 homes, 30 of them`): no percentage. */
  ofThem?: boolean;
  /** Its unit read from a bare `in` (`two in the morning`), as likely a preposition as inches. */
  bareIn?: boolean;
  /** English `5m`, `4.7m` without a currency sign: millions (`5m tonnes`) or metres; the magnitude if millions. */
  shortMagnitude?: number;
  /** A multiple said vaguely (`several hundred`, `a few thousand`): no round count of it. */
  vague?: boolean;
}

const frenchMagnitudes: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12, 'k€': 1e3, 'm€': 1e6, 'md€': 1e9, 'mds€': 1e9, 'mrd€': 1e9, 'mrds€': 1e9, k$: 1e3, m$: 1e6, md$: 1e9, mds$: 1e9, mrd$: 1e9, mrds$: 1e9 };
const englishMagnitudes: Record<string, number> = { thousand: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, k: 1e3, K: 1e3 };

const minus = '(?:(?<![\\p{L}\\p{N}])[-−])?';
const frenchNumber = new RegExp(`${minus}(?<![\\p{N},.])(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:,\\d+)?(?![\\p{N}])(?:[ \\u00a0\\u202f]*(mille|millions?|milliards?|billions?|k[€$]|M[€$]|Mds?[€$]|Mrds?[€$])(?![\\p{L}]))?`, 'gu');
// (`a $5-billion partnership`: the magnitude joined by a hyphen before a noun.)
const englishNumber = new RegExp(`${minus}(?<![\\p{N},.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{N}])(?:(?:[ \\u00a0]*|-(?=(?:thousand|million|billion|trillion)(?![\\p{L}])))(thousand|millions?|billions?|trillion|trn|tn|bn|mn|m|k|K)(?![\\p{L}]))?`, 'gu');
/** An English number with a decimal comma (`3,5`, `12,75`): French writing left in the English. */
const decimalComma = /(?<![\p{N},.])\d+,(?:\d{1,2}|\d{4,})(?![\p{N}])/gu;

const value = (digits: string, magnitude: string | undefined, table: Record<string, number>): number => Number(digits) * (magnitude ? (table[fold(magnitude)] ?? 1) : 1);

/** Arabic ordinals in French writing: `30e`, `1er`, `1re`, `2nd` (group 1 the number, group 2 the suffix). */
export function frenchOrdinals(text: string) {
  return spans(text, /(?<![\p{L}\p{N}])(\d+)(e|er|re|ère|ème|nd|nde)(?![\p{L}])/gu);
}

/** Day and month without a year (`jusqu’au 30/06`): a date, the dates check's. */
export function shortDates(text: string) {
  return spans(text, /(?<![\p{N}/.,])(\d{1,2})\/(\d{1,2})(?![\p{N}/])/gu)
    .filter((found) => Number(found.groups[0]) >= 1 && Number(found.groups[0]) <= 31 && Number(found.groups[1]) >= 1 && Number(found.groups[1]) <= 12)
    .map((found) => ({ start: found.start, end: found.end, text: found.text, day: Number(found.groups[0]), month: Number(found.groups[1]) }));
}

/** What follows a number: a percent sign, a unit, hours. */
const described = (text: string, quantity: Quantity, language: 'fr' | 'en'): Quantity => {
  const after = text.slice(quantity.end, quantity.end + 40);
  const percent = /^[\s\u00a0\u202f]*(?:%|pour[\s\u00a0]+cent(?![\p{L}])|p\.[\s\u00a0]?100|per[\s\u00a0]?cent(?![\p{L}])|percent(?![\p{L}]))/u.test(after);
  // `35 millions de mètres cubes`: after a magnitude word French puts `de` before the unit.
  // So does a round count (`une dizaine de degrés`, `une centaine de kilomètres`).
  const ofUnit = language === 'fr' && (/(?:mille|millions?|milliards?)$/u.test(quantity.text) || quantity.approx === true) ? /^[\s\u00a0\u202f]+(?:de|d[’'])[\s\u00a0\u202f]*/u.exec(after) : null;
  const unit = percent || quantity.kind !== 'count' || quantity.unit ? undefined : unitAfter(ofUnit ? ` ${after.slice(ofUnit[0].length)}` : after, language);
  // (In digits too: `il sera 2 heures` → `2 a.m.`.)
  const hours = /^[\s\u00a0\u202f]+heures?(?![\p{L}])/u.test(after);
  const currency = currencyOf(text, quantity, language);
  // `baissé de 0,3 point` is percentage points; `0,3 point de croissance` too.
  // `25 points de base`, `25 basis points`, `25 bps`: basis points, a hundredth of a point.
  const basis = language === 'fr' ? /^[\s\u00a0\u202f]+points?[\s\u00a0\u202f]+de[\s\u00a0\u202f]+base(?![\p{L}])/u.test(after) : /^[\s\u00a0\u202f-]+(?:basis[\s-]+points?|bps|bp)(?![\p{L}])/u.test(after);
  const points = !basis && (language === 'fr' ? /^[\s\u00a0\u202f]+points?(?![\p{L}])/u.test(after) : /^[\s\u00a0\u202f-]+(?:percentage[\s-]+)?(?:points?|pts?)(?![\p{L}])/u.test(after));
  const hedged = language === 'en' && /(?:^|[^\p{L}])(?:about|around|nearly|almost|roughly|approximately|some|close\s+to|just\s+(?:under|over))[\s\u00a0]+(?:[$€£][\s\u00a0]*)?$/iu.test(text.slice(Math.max(0, quantity.start - 24), quantity.start));
  const ofThem = language === 'en' && !percent && /^[\s\u00a0]+(?:of|out of)[\s\u00a0]+(?:them|those|these|which|whom)(?![\p{L}])/iu.test(after);
  const bareIn = language === 'en' && unit?.symbol === 'in' && /^[\s\u00a0]*in(?![\p{L}.])/u.test(after);
  const measured = unit ?? quantity.unit;
  const interval = measured?.dimension === 'temperature' && temperatureChange(text, quantity, language);
  return { ...quantity, ...(interval ? { interval } : {}), ...(percent ? { percent } : {}), ...(unit ? { unit } : {}), ...(hours ? { hours } : {}), ...(currency ? { currency } : {}), ...(points ? { points } : {}), ...(basis ? { basis } : {}), ...(hedged ? { hedged } : {}), ...(ofThem ? { ofThem } : {}), ...(bareIn ? { bareIn } : {}) };
};

/** A temperature said as a change: `risen by 1.4°F`, `2°C warmer`, `augmenté de 0,8 °C`, `3 degrés de plus`. */
function temperatureChange(text: string, quantity: Quantity, language: 'fr' | 'en'): boolean {
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 30);
  if (language === 'en') {
    // (`limit global warming to 2.7 degrees`: the warming is a change; `4 to 5 degrees Fahrenheit above normal`: the first of a range too.)
    return (
      /(?:^|[^\p{L}])(?:by|of|up|down|rise|rose|fell|increase|gain)[\s\u00a0]+(?:(?:about|around|nearly|almost|some|roughly)[\s\u00a0]+)?$/iu.test(before) ||
      /(?:^|[^\p{L}])warming[\s\u00a0]+(?:of|to|by)[\s\u00a0]+(?:(?:about|around|nearly|almost|some|roughly)[\s\u00a0]+)?$/iu.test(text.slice(Math.max(0, quantity.start - 40), quantity.start)) ||
      /^(?:[\s\u00a0]*(?:to|-|–)[\s\u00a0]*[\d.,]+)?[^.;,\d]{0,24}(?:more|less|warmer|cooler|colder|hotter|higher|lower|above|below)(?![\p{L}])/iu.test(after)
    );
  }
  // (`limiter le réchauffement climatique à 1,5 °C`: the warming; `2 à 3 °C de plus que la normale`: the first of a range too.)
  return (
    (/(?:^|[^\p{L}])(?:de|d[’'])[\s\u00a0]*(?:(?:près de|environ|plus de)[\s\u00a0]+)?$/iu.test(before) && /(?:augment|baiss|gagn|perd|réchauff|refroid|hausse|chute|recul|progress|élev|descend|monté)/iu.test(text.slice(Math.max(0, quantity.start - 40), quantity.start))) ||
    /(?:^|[^\p{L}])(?:perd|gagn|prend)\p{L}*[\s\u00a0]+(?:(?:une?|près de|environ|plus de)[\s\u00a0]+)?$/iu.test(before) ||
    /(?:^|[^\p{L}])réchauffement(?:[\s\u00a0]+\p{L}+)?[\s\u00a0]+(?:à|de|d[’'])[\s\u00a0]*(?:(?:près de|environ|plus de)[\s\u00a0]+)?$/iu.test(text.slice(Math.max(0, quantity.start - 40), quantity.start)) ||
    /^(?:[\s\u00a0]*(?:à|-|–)[\s\u00a0]*[\d,]+)?[^.;,\d]{0,14}(?:de plus|de moins|au-dessus|au-dessous|en dessous)(?![\p{L}])/iu.test(after)
  );
}

/** The currency of an amount: a sign before or after it, or a word after it (`250 000 euros`, `$3 million`, `3,5 M€`). */
function currencyOf(text: string, quantity: Quantity, language: 'fr' | 'en'): Quantity['currency'] {
  const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 24);
  // (`$` alone is any dollar: a Canadian text's `$5` is Canadian; `US$`, `C$`, `CA$` say which.)
  const signs: Record<string, NonNullable<Quantity['currency']>> = { '€': 'EUR', $: 'dollar', '£': 'GBP' };
  const sign = /([€$£])[\s\u00a0\u202f]*$/u.exec(before)?.[1] ?? /^[\s\u00a0\u202f]*([€$£])/u.exec(after)?.[1] ?? (/€$/u.test(quantity.text) ? '€' : /(?:k|M|Mds?|Mrds?)\$$/u.test(quantity.text) ? '$' : undefined);
  if (sign === '$' && /(?:US|U\.S\.)\$[\s\u00a0]*$/u.test(text.slice(Math.max(0, quantity.start - 6), quantity.start))) return 'USD';
  if (sign === '$' && /(?<![\p{L}])(?:C|CA|CAN)\$[\s\u00a0]*$/u.test(text.slice(Math.max(0, quantity.start - 6), quantity.start))) return 'CAD';
  if (sign) return signs[sign];
  // `CHF 800,000`, `800 000 CHF`, `Fr. 20`: Swiss francs.
  if (/(?:CHF|SFr\.?|Fr\.)[\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, quantity.start - 6), quantity.start)) || /^[\s\u00a0\u202f]*CHF(?![\p{L}])/u.test(after)) return 'CHF';
  const word = language === 'fr' ? /^[\s\u00a0\u202f]+(?:de[\s\u00a0\u202f]+|d[’'])?(euros?|dollars?(?:[\s\u00a0]+(?:canadiens?|américains?|US))?|livres[\s\u00a0]+sterling|francs?|centimes?)(?![\p{L}])/iu.exec(after)?.[1] : /^[\s\u00a0\u202f]*(euros?|(?:US\s+|U\.S\.\s+|American\s+|Canadian\s+)?dollars?|pounds\s+sterling|(?:Swiss\s+)?francs?|cents?|pence|p)(?![\p{L}])/iu.exec(after)?.[1];
  if (!word) return undefined;
  // `12 centimes` are cents (of a euro, a franc, a dollar), never pence; a French `franc` today is Swiss.
  if (/^(?:centimes?|cents?)$/iu.test(word)) return 'cent';
  if (/^(?:pence|p)$/iu.test(word)) return 'penny';
  if (/francs?$/iu.test(word)) return 'CHF';
  if (/dollar/iu.test(word)) return /canad/iu.test(word) ? 'CAD' : /(?:US|U\.S\.|améric|American)/iu.test(word) ? 'USD' : 'dollar';
  return /^euro/iu.test(word) ? 'EUR' : 'GBP';
}

/** The numbers of a French text, in digits or in words (times, rates, ordinals and identifiers left to their checks). */
export const frenchQuantities = lastOf(function frenchQuantities(text: string): Quantity[] {
  const rest = blank(text, [...shortDates(text), ...numericDates(text), ...frenchTimes(text), ...frenchRates(text), ...frenchHolidayDates(text), ...frenchOrdinals(text), ...frenchIdentifiers(text)]);
  const words = frenchNumberWords(rest).map((number): Quantity => ({ ...number, words: true }));
  const digits = spans(blank(rest, words), frenchNumber).map((found): Quantity => {
    const digits = found.text.replace(/[ \u00a0\u202f]*(mille|millions?|milliards?|billions?|k[€$]|M[€$]|Mds?[€$]|Mrds?[€$])$/u, '').replace(/[ \u00a0\u202f]/gu, '').replace(',', '.').replace('−', '-');
    return { start: found.start, end: found.end, text: found.text, value: value(digits, found.groups[0], frenchMagnitudes), kind: 'count' };
  });
  // `un an et demi`, `deux heures et demie`: a half after the unit.
  const halves = spans(rest, /(?<![\p{L}\p{N}])(une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)[\s\u00a0]+(\p{L}+)[\s\u00a0]+et[\s\u00a0]+demie?(?![\p{L}])/giu).flatMap((found): Quantity[] => {
    const unit = unitAfter(` ${found.groups[1]}`, 'fr');
    const count = /^\d+$/u.test(found.groups[0]!) ? Number(found.groups[0]) : ({ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 } as Record<string, number>)[fold(found.groups[0]!)]!;
    return unit ? [{ start: found.start, end: found.end, text: found.text, value: count + 0.5, kind: 'count', unit, words: true }] : [];
  });
  const halved = (quantity: Quantity) => !halves.some((half) => quantity.start < half.end && half.start < quantity.end);
  const all = [...words.filter(halved), ...digits.filter(halved), ...halves].sort((a, b) => a.start - b.start);
  // `9 euros 99`, `neuf euros quatre-vingt-dix-neuf`: the cents after the currency, one sum (`€9.99`).
  const cents = new Set<Quantity>();
  const sums = all.map((quantity, k) => {
    const next = all[k + 1];
    if (!next || !Number.isInteger(next.value) || next.value < 1 || next.value > 99 || !Number.isInteger(quantity.value)) return quantity;
    if (!/^[\s\u00a0\u202f]*(?:euros?|dollars?|francs?)[\s\u00a0\u202f]+$/iu.test(rest.slice(quantity.end, next.start))) return quantity;
    if (/^[\s\u00a0\u202f]*(?:centimes?|cents?)(?![\p{L}])/iu.test(rest.slice(next.end, next.end + 12))) return quantity;
    cents.add(next);
    return { ...quantity, value: quantity.value + next.value / 100 };
  });
  const figures = sums.filter((quantity) => !cents.has(quantity)).map((quantity) => described(rest, quantity, 'fr'));
  // `de 90 à 80 km/h`, `entre 20 et 30 mm`, `6 à 8 degrés au-dessus`: a range's first figure has its second's unit.
  return figures.map((quantity, k) => {
    const next = figures[k + 1];
    if (quantity.unit || quantity.percent || !next?.unit || !/^[\s\u00a0\u202f]*(?:à|et|-|–|ou)[\s\u00a0\u202f]*$/u.test(rest.slice(quantity.end, next.start))) return quantity;
    return { ...quantity, unit: next.unit, ...(next.interval ? { interval: next.interval } : {}) };
  });
});

const halfCounts: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The numbers of an English text (times left out), and the decimal commas found in it. */
export const englishQuantities = lastOf(function englishQuantities(text: string): { quantities: Quantity[]; decimalCommas: Quantity[] } {
  const withoutTimes = blank(text, englishTimes(text));
  const decimalCommas = spans(withoutTimes, decimalComma).map((found): Quantity => ({ start: found.start, end: found.end, text: found.text, value: Number(found.text.replace(',', '.')), kind: 'count' }));
  const rest = blank(withoutTimes, decimalCommas);
  const quantities = spans(rest, englishNumber).map((found): Quantity => {
    let magnitude = found.groups[0] || undefined;
    let text = found.text;
    // `m`, `mn`, `bn` and `k` are amounts only after a currency sign (`$3.2m`); `6.20 m` is metres.
    let shortMagnitude: number | undefined;
    if (magnitude && /^(m|mn|bn|tn|trn|k|K)$/u.test(magnitude) && !/[$€£]\s*$/u.test(rest.slice(Math.max(0, found.start - 2), found.start))) {
      // `5m tonnes`, `4.7m subscribers`: millions when the French says so, else metres.
      // `under 10k`, `a 5K budget`: thousands when the French says so (a `10k` race is 10 kilometres).
      if (/^(m|mn|bn|tn|trn|k|K)$/u.test(magnitude) && !/[\s\u00a0]/u.test(found.text.slice(-magnitude.length - 1, -magnitude.length))) shortMagnitude = englishMagnitudes[magnitude.toLowerCase()];
      text = text.slice(0, text.length - magnitude.length).trimEnd();
      magnitude = undefined;
    }
    const digits = text.replace(/[ \u00a0-]*(thousand|millions?|billions?|trillion|trn|tn|bn|mn|m|k|K)$/u, '').replace(/,/gu, '').replace('−', '-');
    return { start: found.start, end: found.start + text.length, text, value: value(digits, magnitude, englishMagnitudes), kind: 'count', ...(shortMagnitude ? { shortMagnitude } : {}) };
  });
  const words = englishNumberWords(withoutTimes).map((number): Quantity => ({ ...number, words: true }));
  // `a year and a half`, `two and a half weeks`: the half said after the unit or before it.
  const halves = spans(rest, /(?<![\p{L}\p{N}])(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:[\s-]+and[\s-]+a[\s-]+half[\s-]+(\p{L}+)|[\s-]+(\p{L}+)[\s-]+and[\s-]+a[\s-]+half)(?![\p{L}])/giu).flatMap((found): Quantity[] => {
    const unit = unitAfter(` ${found.groups[1] || found.groups[2]}`, 'en');
    const count = /^\d+$/u.test(found.groups[0]!) ? Number(found.groups[0]) : halfCounts[fold(found.groups[0]!)]!;
    return unit ? [{ start: found.start, end: found.end, text: found.text, value: count + 0.5, kind: 'count', unit, words: true }] : [];
  });
  // `a half-hectare plot`, `half a mile`, `a quarter mile`: a part of a unit.
  const fractions = spans(rest, /(?<![\p{L}])(half|quarter)(?:[\s-]+an?)?[\s-]+(\p{L}+)(?![\p{L}])/giu).flatMap((found): Quantity[] => {
    // (`a quarter in three years`: `in` is no inch after a word.)
    const unit = /^in$/u.test(found.groups[1]!) ? undefined : unitAfter(` ${found.groups[1]}`, 'en');
    return unit ? [{ start: found.start, end: found.end, text: found.text, value: fold(found.groups[0]!) === 'half' ? 0.5 : 0.25, kind: 'count', unit, words: true }] : [];
  });
  // `a year`, `a month`, `a week`: one (`d’un an` → `a year`).
  const ones = spans(rest, /(?<![\p{L}])an?(?=[\s\u00a0]+(?:year|month|week)(?![\p{L}]))/giu).map((found): Quantity => ({ start: found.start, end: found.end, text: found.text, value: 1, kind: 'count', words: true }));
  // `2024-25` is the season 2024-2025: its second year written short.
  const seasons = spans(rest, /(?<![\p{N}])(\d{2})\d{2}[-–/](\d{2})(?![\p{N}])/gu).map((found): Quantity => ({ start: found.end - 2, end: found.end, text: found.text, value: Number(found.groups[0]! + found.groups[1]!), kind: 'count' }));
  // `6½ feet`, `2¼ miles`: a figure and a vulgar fraction, one number.
  const vulgar = spans(rest, /(?<![\p{N}.,])(\d+)?([½¼¾])/gu).map((found): Quantity => ({ start: found.start, end: found.end, text: found.text, value: Number(found.groups[0] || 0) + ({ '½': 0.5, '¼': 0.25, '¾': 0.75 } as Record<string, number>)[found.groups[1]!]!, kind: 'count' }));
  // `a quarter of a percentage point`, `half a point`: a part of a point (`25 points de base`, `0,5 point`).
  const pointParts = spans(rest, /(?<![\p{L}])(?:(?:an?|one|three)[\s-]+)?(half|quarter|third|tenth)(?:[\s-]+of)?[\s-]+an?[\s-]+(?:percentage[\s-]+)?point(?![\p{L}])/giu).map(
    (found): Quantity => ({
      start: found.start,
      end: found.end,
      text: found.text,
      value: (/^three/iu.test(found.text) ? 3 : 1) / ({ half: 2, quarter: 4, third: 3, tenth: 10 } as Record<string, number>)[fold(found.groups[0]!)]!,
      kind: 'count',
      points: true,
      words: true,
    }),
  );
  // `5 ft 11 in`: one height in two units, read as feet.
  const whole = (quantity: Quantity) => !vulgar.some((other) => quantity.start < other.end && other.start < quantity.end);
  const all = [...quantities.filter(whole), ...decimalCommas, ...words, ...seasons, ...halves, ...fractions, ...ones, ...pointParts, ...vulgar].sort((a, b) => a.start - b.start).map((quantity) => described(rest, quantity, 'en'));
  // `0.8 to 1.2 inches`, `11 to 14 degrees above normal`: a range's first figure has its second's unit.
  for (let k = 0; k + 1 < all.length; k++) {
    const [quantity, next] = [all[k]!, all[k + 1]!];
    if (quantity.unit || quantity.percent || !next.unit || !/^[\s\u00a0]*(?:to|and|-|–|or)[\s\u00a0]*(?:[$€£][\s\u00a0]*)?$/u.test(rest.slice(quantity.end, next.start))) continue;
    all[k] = { ...quantity, unit: next.unit, ...(next.interval ? { interval: next.interval } : {}) };
  }
  // `7lb 8oz`, `7 pounds 8 ounces`: one weight in two units, read as pounds.
  // (The inches and ounces are then part of it, no quantity of their own: `1 pound 14 ounces (850 grams)` converts the whole.)
  const parts = new Set<number>();
  const withHeights = all
    .map((quantity) => {
      const after = rest.slice(quantity.end, quantity.end + 40);
      const inches = quantity.unit?.symbol === 'ft' ? /^[\s-]?(?:ft|feet|foot)[\s,]+(?:and\s+)?(\d{1,2})[\s-]?(?:in|inch(?:es)?)(?![\p{L}])/u.exec(after) : null;
      const ounces = quantity.unit?.symbol === 'lb' ? /^[\s-]?(?:lbs?|pounds?)[\s,]+(?:and\s+)?(\d{1,2}(?:\.\d+)?)[\s-]?(?:oz|ounces?)(?![\p{L}])/u.exec(after) : null;
      const part = inches ?? ounces;
      if (!part) return quantity;
      parts.add(quantity.end + part[0].indexOf(part[1]!));
      return { ...quantity, value: quantity.value + Number(part[1]) / (inches ? 12 : 16) };
    })
    .filter((quantity) => !parts.has(quantity.start));
  // `several hundred`, `a few thousand`: a magnitude, not a round count.
  for (const quantity of withHeights) {
    if (quantity.words && /^(?:hundreds?|thousands?|dozens?|millions?)$/iu.test(quantity.text) && /(?:^|[^\p{L}])(?:several|a\s+few|a\s+couple\s+of|many)[\s-]+$/iu.test(rest.slice(Math.max(0, quantity.start - 20), quantity.start))) quantity.vague = true;
  }
  // A decimal comma still says its number: it is matched (and reported as a warning of its own).
  return { quantities: withHeights, decimalCommas };
});

export const sameValue = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
