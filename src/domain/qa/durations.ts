import { listedTime, restatedTime } from './calendar';
import { blank, lastOf, spans } from './lib';
import type { Span } from './types';

/**
 * Durations are not times (issue 28): `pendant 2 h 40`, `1 h 30 de film`, `48 h`, `24 h/24`,
 * `7 j/7` say how long, not when. French writes both `2 h 40`; the words around it tell which —
 * `à 14 h 30` and `vers 2 h 40 du matin` are times, `il a fallu 2 h 40` and `2 h 40 de route`
 * durations, and `de 2 h`, alone, either (`la séance de 10 h`, `une pause de 2 h`).
 */

export interface Duration extends Span {
  text: string;
  /** How long, in minutes (`2 h 40` → 160); absent for a rate. */
  minutes?: number;
  /** A rate: `24 h/24` → 24 hours a day, `7 j/7` → 7 days a week. */
  perDay?: number;
  perWeek?: number;
  /** A French duration that may as well be a time of day (`de 10 h`): either reading of the English is right. */
  ambiguous?: boolean;
}

const space = '[\\s\\u00a0\\u202f]';
const frenchHours = new RegExp(`(?<![\\p{L}\\p{N},])(\\d{1,3})${space}?(?:h|heures?)(?:${space}?(\\d{2})(?:${space}?min(?:utes?)?)?|${space}+et${space}+(\\d{1,2})${space}+minutes?)?(?:${space}+et${space}+demie)?(?![\\p{L}\\p{N}])`, 'gu');
const frenchRate = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|sept|vingt-quatre)${space}?(h|heures?|j|jours?)${space}*(?:/|sur)${space}*(24|7|sept|vingt-quatre)(?![\\p{N}\\p{L}])`, 'giu');
/** `sept jours sur sept`, `vingt-quatre heures sur vingt-quatre`: the rate in words. */
const rateWords: Record<string, string> = { sept: '7', 'vingt-quatre': '24' };

/** Words just before that make a French `2 h 40` a time of day, whatever follows (`à 20 h de route` is rare, `à 20 h de la mairie` is not). */
const timeBefore = /(?:^|[\s'’])(?:à|vers|dès|jusqu[’']à|à partir de|il est|sur le coup de|midi et|minuit et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|il sera|il était)\s*$/iu;
/** A wait or a length up to a figure (`patienter jusqu’à 2 h 30`, `une attente pouvant aller jusqu’à 3 h`): how long. */
const waitedUpTo = /(?:^|[\s'’])(?:patient\p{L}*|attend\p{L}*|attente|dur\p{L}*|aller|allant)[\s\u00a0]+jusqu[’']à[\s\u00a0]*$/iu;
/** Words before that make it a time when nothing says how long: `après 14 h`, but `après 2 h de débat`. */
const timeBeforeUnlessSaid = /(?:^|[\s'’])(?:avant|après|entre|et)\s*$/iu;
/** Words just before that make it a duration. */
const durationBefore = /(?:^|[\s'’])(?:pendant|durant|durée(?:\s*:|\s+(?:de|d[’']environ))?|en|en moins de|en plus de|fallu|faut|faudra|faudrait|plus de|moins de|près de|environ|quelque|quelques|au moins|au bout de|dans|sous|toutes les|dure|durent|duré|durera|durait|mis|met|mettent|mettra|prend|prendra|pris|de plus de|d[’']au moins|de près de|d[’']environ|de moins de|compter)\s*$/iu;
/** What after it makes it a duration: `2 h 40 de route`, `1 h 30 de film` (not `de l’après-midi`, `du matin`). */
const durationAfter = /^[\s\u00a0\u202f]*(?:de|d[’'])[\s\u00a0\u202f]*(?!l[’']après|la\s+(?:nuit|matinée|soirée|journée)|\d)\p{L}/iu;
/** A range of times: `de 9 h à 18 h`, `de 10 heures à midi`. */
const rangeAfter = /^[^.;!?]{0,24}?(?:\sà|\sau|\sjusqu[’']à|-|–)\s*(?:\d{1,2}[\s\u00a0\u202f]?h|midi|minuit)/iu;

/**
 * The rates of a French text: `24 h/24`, `24 heures sur 24`, `7 j/7`, `7 jours sur 7` — one figure
 * written twice, which the English says once (`24 hours a day`, `24/7`): the numbers check leaves
 * them to the times check.
 */
export function frenchRates(text: string): Duration[] {
  return spans(text, frenchRate)
    .map((found) => ({ ...found, groups: found.groups.map((group) => rateWords[group!.toLowerCase()] ?? group) }))
    .filter((found) => (/^h/iu.test(found.groups[1]!) ? found.groups[2] === '24' : found.groups[2] === '7'))
    .map((found) => ({ start: found.start, end: found.end, text: found.text, ...(/^h/iu.test(found.groups[1]!) ? { perDay: Number(found.groups[0]) } : { perWeek: Number(found.groups[0]) }) }));
}

/**
 * The durations of a French text: hours and minutes said as how long (`pendant 2 h 40`,
 * `2 h 40 de route`, `48 h`, `72 heures`) and rates (`24 h/24`, `7 j/7`, `24 heures sur 24`).
 *
 * @example
 * frenchDurations('Il a fallu 2 h 40 de route, à 14 h 30.');
 * // → [{ text: '2 h 40', minutes: 160, … }] — `14 h 30` is a time
 */
export const frenchDurations = lastOf(function frenchDurations(text: string): Duration[] {
  const rates = frenchRates(text);
  const out: Duration[] = [...rates];
  const rest = blank(text, rates);
  for (const found of spans(rest, frenchHours)) {
    const hours = Number(found.groups[0]);
    const minutes = found.groups[1] ? Number(found.groups[1]) : found.groups[2] ? Number(found.groups[2]) : /demie$/u.test(found.text) ? 30 : 0;
    if (minutes > 59) continue;
    const before = text.slice(Math.max(0, found.start - 24), found.start);
    const after = text.slice(found.end);
    const said = { start: found.start, end: found.end, text: found.text, minutes: hours * 60 + minutes };
    // `patienter jusqu’à 2 h 30`: up to how long one waited, no time of day.
    if (waitedUpTo.test(text.slice(Math.max(0, found.start - 40), found.start))) {
      out.push(said);
      continue;
    }
    // A time of day is at most 24 h; the words before and after it say which it is.
    if (hours <= 24 && (timeBefore.test(before) || restatedTime(text, found))) continue;
    // `• 10 h : accueil`, `9 h - 12 h`: a schedule's hours, unless words say how long.
    if (hours <= 24 && !durationAfter.test(after) && !durationBefore.test(before) && listedTime(text, found)) continue;
    if (hours > 24 || durationAfter.test(after) || durationBefore.test(before)) out.push(said);
    else if (timeBeforeUnlessSaid.test(before)) continue;
    else if (/(?:^|[\s'’])(?:de|d[’']|depuis)\s*$/iu.test(before)) {
      if (!rangeAfter.test(after)) out.push({ ...said, ambiguous: true });
    }
    // No word either way: `48 h`, `72 heures` are how long; `2 h 40` may be either.
    else out.push(found.groups[1] ? { ...said, ambiguous: true } : said);
  }
  // In words: `une heure et demie`, `deux heures et quart`, `une demi-heure`, `trois quarts d’heure` (not `à une heure et demie`, a time).
  for (const found of spans(rest, frenchHourWords)) {
    const before = text.slice(Math.max(0, found.start - 24), found.start);
    if (timeBefore.test(before) || timeBeforeUnlessSaid.test(before)) continue;
    const hours = found.groups[0] ? hourWords[found.groups[0].toLowerCase()]! : 0;
    const minutes = found.groups[1] ? ({ demie: 30, quart: 15 } as Record<string, number>)[found.groups[1].toLowerCase()]! : /demi-heure/iu.test(found.text) ? 30 : /trois[\s\u00a0]+quarts/iu.test(found.text) ? 45 : /quart/iu.test(found.text) ? 15 : 0;
    out.push({ start: found.start, end: found.end, text: found.text, minutes: hours * 60 + minutes });
  }
  return out.sort((a, b) => a.start - b.start);
});

const hourWords: Record<string, number> = { une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 };
const frenchHourWords = new RegExp(
  `(?<![\\p{L}])(?:(${Object.keys(hourWords).join('|')})${space}+heures?${space}+et${space}+(demie|quart)|une${space}+demi-heure|(?:un|trois)${space}+quarts?${space}+d[’']heure)(?![\\p{L}])`,
  'giu',
);

const units: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const numberWord = `(?:\\d+(?:\\.\\d+)?|(?:${Object.keys(tens).join('|')})(?:[-\\s](?:${Object.keys(units).filter((word) => units[word]! < 10 && word.length > 2).join('|')}))?|${Object.keys(units).join('|')})`;

/** A number in English digits or words (`48`, `forty-eight`, `an`). */
function numberOf(word: string): number {
  const folded = word.toLowerCase();
  if (/^\d/u.test(folded)) return Number(folded);
  const [ten, unit] = folded.split(/[-\s]/u);
  if (tens[ten!] !== undefined) return tens[ten!]! + (unit ? (units[unit] ?? 0) : 0);
  return units[folded] ?? Number.NaN;
}

const englishRates: Array<[RegExp, (groups: string[]) => Partial<Duration>]> = [
  [/(?<![\p{L}\p{N}])24\/7(?![\p{N}])/gu, () => ({ perDay: 24, perWeek: 7 })],
  [/(?<![\p{L}])(?:a)?round[\s-]the[\s-]clock(?![\p{L}])/giu, () => ({ perDay: 24 })],
  [/(?<![\p{L}])day and night(?![\p{L}])/giu, () => ({ perDay: 24 })],
  [/(?<![\p{L}])(?:every day|daily|all week)(?![\p{L}])/giu, () => ({ perWeek: 7 })],
  [new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})[\\s-]hours?\\s+(?:a|per|each)\\s+day(?![\\p{L}])`, 'giu'), (groups) => ({ perDay: numberOf(groups[0]!) })],
  [new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})[\\s-]days?\\s+(?:a|per|each)\\s+week(?![\\p{L}])`, 'giu'), (groups) => ({ perWeek: numberOf(groups[0]!) })],
];

const hoursAndAHalf = new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})(?:\\s+and\\s+a\\s+half[\\s-]hours?|[\\s-]hours?\\s+and\\s+a\\s+half)(?![\\p{L}])`, 'giu');
const hoursAndAQuarter = new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})(?:\\s+and\\s+a\\s+quarter[\\s-]hours?|[\\s-]hours?\\s+and\\s+a\\s+quarter)(?![\\p{L}])`, 'giu');
const hoursAndMinutes = new RegExp(
  `(?<![\\p{L}\\p{N}])(${numberWord})[\\s-]?(?:(?:consecutive|straight|full|long|whole|extra|additional|more|further|solid|working|continuous)\\s+)?(?:hours?|hrs?|h)(?:\\s*(?:and\\s+)?(${numberWord})[\\s-]?(?:minutes?|mins?|m)(?![\\p{L}]))?(?![\\p{L}])`,
  'giu',
);
const frenchStyle = /(?<![\p{L}\p{N}])(\d{1,3})\s?h\s?(\d{2})(?![\p{L}\p{N}])/giu;
const minutesAlone = new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})[\\s-]?(?:minutes?|mins?)(?![\\p{L}])`, 'giu');
const daysAndAHalf = new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})(?:\\s+and\\s+a\\s+half[\\s-]days?|[\\s-]days?\\s+and\\s+a\\s+half)(?![\\p{L}])`, 'giu');
const daysAlone = new RegExp(`(?<![\\p{L}\\p{N}])(${numberWord})[\\s-]days?(?![\\p{L}])`, 'giu');
const halfHour = /(?<![\p{L}])(?:half an hour|a half[\s-]hour)(?![\p{L}])/giu;
const quarterHour = /(?<![\p{L}])(?:(three)[\s-]quarters|(?:a|one)[\s-]quarter)\s+of\s+an\s+hour(?![\p{L}])/giu;
const clockLike = /(?<![\p{N}:.])(\d{1,3}):(\d{2})(?![\p{N}])(?!\s?[ap]\.?\s?m\b)/giu;

/**
 * The durations of an English text: `2 hours 40 minutes`, `two hours and 40 minutes`, `2h40`,
 * `an hour and a half`, `90 minutes`, `48-hour`, `two days`, and rates (`24 hours a day`,
 * `seven days a week`, `24/7`, `round the clock`). A bare `2:40` counts too (`a 2:40 drive`).
 */
export const englishDurations = lastOf(function englishDurations(text: string): Duration[] {
  const out: Duration[] = [];
  // (`2:02:16`, `13:21.50`: a race's time to the second, no hours and minutes.)
  let rest = blank(text, englishRaceTimes(text).filter((race) => race.readings.length === 1));
  const take = (pattern: RegExp, read: (groups: string[], text: string) => Partial<Duration> | undefined) => {
    const taken: Span[] = [];
    for (const found of spans(rest, pattern)) {
      const value = read(found.groups, found.text);
      if (!value) continue;
      out.push({ start: found.start, end: found.end, text: text.slice(found.start, found.end), ...value });
      taken.push(found);
    }
    rest = blank(rest, taken);
  };
  for (const [pattern, read] of englishRates) take(pattern, read);
  take(frenchStyle, (groups) => ({ minutes: Number(groups[0]) * 60 + Number(groups[1]) }));
  take(halfHour, () => ({ minutes: 30 }));
  take(quarterHour, (groups) => ({ minutes: groups[0] ? 45 : 15 }));
  take(hoursAndAHalf, (groups) => (Number.isNaN(numberOf(groups[0]!)) ? undefined : { minutes: numberOf(groups[0]!) * 60 + 30 }));
  take(hoursAndAQuarter, (groups) => (Number.isNaN(numberOf(groups[0]!)) ? undefined : { minutes: numberOf(groups[0]!) * 60 + 15 }));
  take(hoursAndMinutes, (groups) => {
    const hours = numberOf(groups[0]!);
    const minutes = groups[1] ? numberOf(groups[1]) : 0;
    return Number.isNaN(hours) || Number.isNaN(minutes) ? undefined : { minutes: Math.round(hours * 60 + minutes) };
  });
  take(minutesAlone, (groups) => (Number.isNaN(numberOf(groups[0]!)) ? undefined : { minutes: numberOf(groups[0]!) }));
  // `a day and a half` = 36 hours.
  take(daysAndAHalf, (groups) => (Number.isNaN(numberOf(groups[0]!)) ? undefined : { minutes: (numberOf(groups[0]!) * 24 + 12) * 60 }));
  take(daysAlone, (groups) => (Number.isNaN(numberOf(groups[0]!)) ? undefined : { minutes: numberOf(groups[0]!) * 24 * 60 }));
  take(clockLike, (groups) => ({ minutes: Number(groups[0]) * 60 + Number(groups[1]) }));
  return out.sort((a, b) => a.start - b.start);
});

/** The same duration: as long (`2 h 40` = `160 minutes`), or the same rate (`24 h/24` = `24/7`, `24 hours`). */
export function sameDuration(french: Duration, english: Duration): boolean {
  if (french.minutes !== undefined) return english.minutes === french.minutes;
  if (french.perDay !== undefined) return english.perDay === french.perDay || english.minutes === french.perDay * 60;
  return english.perWeek === french.perWeek || (french.perWeek === 7 && english.minutes === 7 * 24 * 60);
}

/** Of the same sort, so that one differing is a different figure: a length for a length, a rate for a rate of the same unit. */
export function comparable(french: Duration, english: Duration): boolean {
  if (french.minutes !== undefined) return english.minutes !== undefined;
  if (french.perDay !== undefined) return english.perDay !== undefined;
  return english.perWeek !== undefined;
}

/** A duration in the English a message names: `2 hours 40 minutes`, `24 hours a day`, `7 days a week`. */
export function durationInEnglish(duration: Duration): string {
  if (duration.perDay !== undefined) return `${duration.perDay} hours a day`;
  if (duration.perWeek !== undefined) return `${duration.perWeek} days a week`;
  const hours = Math.floor(duration.minutes! / 60);
  const minutes = duration.minutes! % 60;
  const hourWords = hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '';
  const minuteWords = minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '';
  return [hourWords, minuteWords].filter(Boolean).join(' ') || '0 minutes';
}

/** A race's time (`13 min 21 s 50`, `2 h 2 min 16 s`, `9 s 58`; `13:21.50`, `2:02:16`, `9.58 seconds`): how long, to the hundredth. */
export interface RaceTime extends Span {
  text: string;
  /** In hundredths of a second. */
  hundredths: number;
  /** `2:24` alone, either minutes and seconds or hours and minutes: both readings, in hundredths. */
  readings: number[];
}

const frenchRace = new RegExp(
  `(?<![\\p{L}\\p{N},])(?:(\\d{1,2})${space}?h${space}?(\\d{1,2})${space}?min(?:${space}?(\\d{1,2})${space}?s(?:${space}?(\\d{2}))?)?|(\\d{1,3})${space}?min${space}?(\\d{1,2})${space}?s(?:${space}?(\\d{1,3}))?|(\\d{1,2})${space}?s${space}?(\\d{2,3}))(?![\\p{L}\\p{N}])`,
  'gu',
);
const englishRace = /(?<![\p{L}\p{N}:.,])(?:(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?|(\d{1,3}):(\d{2})(?:\.(\d{1,3}))?|(\d{1,3}\.\d{1,3})[\s\u00a0]?(?:s|secs?|seconds?)(?![\p{L}]))(?![\p{N}]|[\s\u00a0]?[ap]\.?[\s\u00a0]?m(?![\p{L}]))/giu;

/** Hundredths of a second from a fraction's digits (`5` → 50, `50` → 50, `503` → 50). */
const hundredthsOf = (digits: string | undefined) => (digits ? Math.round(Number(`0.${digits}`) * 100) : 0);

/**
 * The race times of a French text: hours, minutes and seconds with the seconds' hundredths after
 * them (`2 h 2 min 16 s`, `13 min 21 s 50`, `9 s 58`). Said once, a duration no clock reads.
 */
export function frenchRaceTimes(text: string): RaceTime[] {
  return spans(text, frenchRace).map((found) => {
    const [h, hm, hs, hh, m, ms, mh, s, sh] = found.groups;
    const seconds = h ? Number(h) * 3600 + Number(hm) * 60 + Number(hs || 0) : m ? Number(m) * 60 + Number(ms) : Number(s);
    const hundredths = seconds * 100 + hundredthsOf(h ? hh : m ? mh : sh);
    return { start: found.start, end: found.end, text: found.text, hundredths, readings: [hundredths] };
  });
}

/** A race's time written with abbreviated units: `2hr 5min 12sec`, `1min 12sec`, `2h 05m 12s`. */
const englishRaceUnits = /(?<![\p{L}\p{N}])(?:(\d{1,2})[\s\u00a0]?(?:hrs?|h)[\s\u00a0]?(\d{1,2})[\s\u00a0]?(?:mins?|m)(?:[\s\u00a0]?(\d{1,2})[\s\u00a0]?(?:secs?|s))?|(\d{1,3})[\s\u00a0]?(?:mins?|m)[\s\u00a0]?(\d{1,2})(?:\.(\d{1,3}))?[\s\u00a0]?(?:secs?|s))(?![\p{L}\p{N}])/giu;

/** The race times of an English text: `2:02:16`, `13:21.50`, `9.58 seconds`, `2hr 5min 12sec`; a bare `2:24` read both ways. */
export function englishRaceTimes(text: string): RaceTime[] {
  const abbreviated = spans(text, englishRaceUnits).map((found): RaceTime => {
    const [h, hm, hs, m, ms, mh] = found.groups;
    const hundredths = h ? (Number(h) * 3600 + Number(hm) * 60 + Number(hs || 0)) * 100 : (Number(m) * 60 + Number(ms)) * 100 + hundredthsOf(mh);
    return { start: found.start, end: found.end, text: found.text, hundredths, readings: [hundredths] };
  });
  return [...abbreviated, ...englishColonRaceTimes(text)];
}

function englishColonRaceTimes(text: string): RaceTime[] {
  return spans(text, englishRace).map((found) => {
    const [h, hm, hs, hh, m, ms, mh, s] = found.groups;
    if (h) {
      const hundredths = (Number(h) * 3600 + Number(hm) * 60 + Number(hs)) * 100 + hundredthsOf(hh);
      return { start: found.start, end: found.end, text: found.text, hundredths, readings: [hundredths] };
    }
    if (m) {
      const hundredths = (Number(m) * 60 + Number(ms)) * 100 + hundredthsOf(mh);
      return { start: found.start, end: found.end, text: found.text, hundredths, readings: mh ? [hundredths] : [hundredths, (Number(m) * 3600 + Number(ms) * 60) * 100] };
    }
    const hundredths = Math.round(Number(s) * 100);
    return { start: found.start, end: found.end, text: found.text, hundredths, readings: [hundredths] };
  });
}
