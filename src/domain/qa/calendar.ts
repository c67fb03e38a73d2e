import { fold, lastOf, spans } from './lib';
import type { Span } from './types';

/** Month and weekday names, French and English, by number (1 = January, 1 = Monday). */
export const frenchMonths = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
export const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const frenchWeekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const englishWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const englishMonthShort = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The English month (1–12) a word names, full or abbreviated (`Feb.`, `Sept.`); 0 if none. */
export function englishMonth(word: string): number {
  const folded = fold(word).replace(/\.$/u, '');
  const full = englishMonths.indexOf(folded);
  if (full >= 0) return full + 1;
  if (folded === 'sept') return 9;
  return englishMonthShort.indexOf(folded) + 1;
}

export interface NamedDate extends Span {
  day?: number;
  month: number;
  year?: number;
}

const frenchDate = /(?<![\p{L}\p{N}])(?:(1er|\d{1,2})(?:[\s\u00a0]+|-))?(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:[\s\u00a0]+(\d{4}))?(?![\p{L}])/giu;

/** Dates written with a French month name: `4 février 2026`, `1er mars`, `en juin`, and named by their date: `le 14-Juillet`, `le 1er-Mai`. */
export function frenchDates(text: string): NamedDate[] {
  return spans(text, frenchDate).map((found) => ({
    start: found.start,
    end: found.end,
    ...(found.groups[0] ? { day: found.groups[0] === '1er' ? 1 : Number(found.groups[0]) } : {}),
    month: frenchMonths.indexOf(fold(found.groups[1]!)) + 1,
    ...(found.groups[2] ? { year: Number(found.groups[2]) } : {}),
  }));
}

const monthWord = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const englishDayFirst = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${monthWord}(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'gu');
const englishMonthFirst = new RegExp(`(?<![\\p{L}\\p{N}])${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4}))?`, 'gu');
const englishMonthAlone = new RegExp(`(?<![\\p{L}])${monthWord}(?![\\p{L}])`, 'gu');

export interface EnglishDate extends NamedDate {
  order: 'day-month' | 'month-day' | 'month';
  /** The second day of a range (`November 12 to 14`): its writing is the range's. */
  ranged?: boolean;
}

/** Dates written with an English month name, in either order, and months alone. */
export function englishDates(text: string): EnglishDate[] {
  const out: EnglishDate[] = [];
  const taken: Span[] = [];
  const overlaps = (span: Span) => taken.some((other) => span.start < other.end && other.start < span.end);
  for (const found of spans(text, englishMonthFirst)) {
    const month = englishMonth(found.groups[0]!);
    if (!month) continue;
    out.push({ start: found.start, end: found.end, day: Number(found.groups[1]), month, ...(found.groups[2] ? { year: Number(found.groups[2]) } : {}), order: 'month-day' });
    taken.push(found);
    // A range: `November 12 to 14`, `March 3–5` — the second day is in the same month.
    const range = /^\s*(?:to|through|and|-|–)\s*(\d{1,2})(?![\p{N}])(?:,?\s+(\d{4}))?/u.exec(text.slice(found.end));
    if (range) out.push({ start: found.start, end: found.end + range[0].length, day: Number(range[1]), month, ...(range[2] ? { year: Number(range[2]) } : {}), order: 'month-day', ranged: true });
  }
  for (const found of spans(text, englishDayFirst)) {
    const month = englishMonth(found.groups[1]!);
    if (!month || overlaps(found)) continue;
    out.push({ start: found.start, end: found.end, day: Number(found.groups[0]), month, ...(found.groups[2] ? { year: Number(found.groups[2]) } : {}), order: 'day-month' });
    taken.push(found);
  }
  for (const found of spans(text, englishMonthAlone)) {
    const month = englishMonth(found.groups[0]!);
    // "May" alone is as often the verb: only a capitalised May, not at the start, counts.
    if (!month || overlaps(found) || (found.groups[0] === 'May' && found.start === 0) || found.groups[0] === 'may') continue;
    out.push({ start: found.start, end: found.end, month, order: 'month' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Numeric dates (`4/02/2026`, `04.02.2026`): the three numbers in the order written. */
export function numericDates(text: string): Array<Span & { parts: [number, number, number]; text: string }> {
  return spans(text, /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])/gu).map((found) => ({
    start: found.start,
    end: found.end,
    text: found.text,
    parts: [Number(found.groups[0]), Number(found.groups[1]), Number(found.groups[2])],
  }));
}

/** Weekdays named in a text, French or English: 1 = Monday. */
export function weekdays(text: string, language: 'fr' | 'en'): Array<Span & { day: number }> {
  const names = language === 'fr' ? frenchWeekdays : englishWeekdays;
  const pattern = language === 'fr' ? /(?<![\p{L}])(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/giu : /(?<![\p{L}])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?(?![\p{L}])/giu;
  return spans(text, pattern).map((found) => ({ start: found.start, end: found.end, day: names.indexOf(fold(found.groups[0]!)) + 1 }));
}

export interface ClockTime extends Span {
  /** 0–23 and 0–59. */
  hour: number;
  minute: number;
  text: string;
}

/**
 * An hour alone that a schedule gives as a time: at the head of a line or list item before a colon
 * (`• 10 h : accueil`), or one end of a range of hours (`9 h - 12 h`, `le samedi : 9 h-12 h`).
 */
export function listedTime(text: string, found: Span): boolean {
  const line = text.slice(text.lastIndexOf('\n', found.start - 1) + 1, found.start);
  const after = text.slice(found.end, found.end + 16);
  if (/^[\s\u00a0\u202f]*(?:[•·*▪◦‣–—-][\s\u00a0\u202f]*)?$/u.test(line) && /^[\s\u00a0\u202f]*:/u.test(after)) return true;
  return rangeStart.test(after) || rangeEnd.test(text.slice(Math.max(0, found.start - 16), found.start));
}

const hourSaid = '\\d{1,2}[\\s\\u00a0\\u202f]?h(?:[\\s\\u00a0\\u202f]?\\d{2})?';
const rangeStart = new RegExp(`^[\\s\\u00a0\\u202f]*[-–][\\s\\u00a0\\u202f]*(?:${hourSaid}|midi|minuit)(?![\\p{L}\\p{N}])`, 'u');
const rangeEnd = new RegExp(`${hourSaid}[\\s\\u00a0\\u202f]*[-–][\\s\\u00a0\\u202f]*$`, 'u');

/**
 * An hour after `soit` that restates a time said before it in another zone (`à 14 h, heure de
 * Washington, soit 20 h à Paris`), or the next of a list of times (`à 10 h 30, 14 h et 16 h 15`).
 */
export function restatedTime(text: string, found: Span): boolean {
  const before = text.slice(Math.max(0, found.start - 16), found.start);
  if (/\d{1,2}[\s\u00a0\u202f]?h(?:[\s\u00a0\u202f]?\d{2})?[\s\u00a0]*,[\s\u00a0]*$/iu.test(before) && /(?:^|\s)(?:à|vers|dès)[\s\u00a0]*\d{1,2}[\s\u00a0\u202f]?h/iu.test(text.slice(Math.max(0, found.start - 60), found.start))) return true;
  return /(?:^|[\s,])soit[\s\u00a0]*$/iu.test(text.slice(Math.max(0, found.start - 8), found.start)) && /(?:^|\s)(?:à|vers|dès)[\s\u00a0]*\d{1,2}[\s\u00a0\u202f]?h(?![\p{L}])/iu.test(text.slice(0, found.start));
}

/** French times: `16h46`, `16 h 46`, `à 16 h`, `de 10 heures`, `du samedi 22 h` (an hour alone counts after à, vers, dès, a day… — `pendant 2 h` is a duration). */
export const frenchTimes = lastOf(function frenchTimes(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  for (const found of spans(text, /(?<![\p{L}\p{N},])(\d{1,2})[\s\u00a0\u202f]?(?:h|heures?)(?:[\s\u00a0\u202f]?(\d{2}))?(?![\p{L}\p{N}])/gu)) {
    const hour = Number(found.groups[0]);
    const minute = found.groups[1] ? Number(found.groups[1]) : 0;
    if (hour > 24 || minute > 59) continue;
    const before = text.slice(Math.max(0, found.start - 16), found.start);
    if (!found.groups[1] && !/(?:^|\s)(?:à|vers|dès|avant|après|jusqu[’']à|de|entre|et|partir de|midi et|minuit et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|il sera|il était)\s*$/iu.test(before) && !listedTime(text, found) && !restatedTime(text, found)) continue;
    out.push({ start: found.start, end: found.end, hour: hour % 24, minute, text: found.text });
  }
  return out;
});

/** English times: `4:46 p.m.`, `4 pm`, `4.46pm`, `16:46`, `noon`, `midnight`. */
export const englishTimes = lastOf(function englishTimes(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  const taken: Span[] = [];
  for (const found of spans(text, /(?<![\p{N}:.])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?/giu)) {
    const hour = Number(found.groups[0]) % 12 + (found.groups[2]!.toLowerCase() === 'p' ? 12 : 0);
    out.push({ start: found.start, end: found.end, hour, minute: found.groups[1] ? Number(found.groups[1]) : 0, text: found.text });
    taken.push(found);
  }
  for (const found of spans(text, /(?<![\p{N}:.])(\d{1,2}):(\d{2})(?![\p{N}])/gu)) {
    if (taken.some((span) => span.start <= found.start && found.start < span.end)) continue;
    out.push({ start: found.start, end: found.end, hour: Number(found.groups[0]), minute: Number(found.groups[1]), text: found.text });
  }
  for (const found of spans(text, /(?<![\p{L}])(noon|midday|midnight)(?![\p{L}])/giu)) {
    out.push({ start: found.start, end: found.end, hour: /midnight/iu.test(found.text) ? 0 : 12, minute: 0, text: found.text });
  }
  return out;
});

const centuryWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];

/**
 * A century said by its hundreds in French: `les années 1800` is the 19th century (`1800` → 19),
 * which the English may say either way — `the 1800s` or `the 19th century` — as `au XIXe siècle`
 * may be `in the 1800s`. For the numbers check: a figure of these the English says as a century is there.
 */
export function frenchHundredsYears(text: string): Array<Span & { century: number }> {
  return spans(text, /(?<![\p{L}])années[\s\u00a0]+(\d{1,2})00(?![\p{N}])/giu).map((found) => ({ start: found.start, end: found.end, century: Number(found.groups[0]) + 1 }));
}

/** Whether an English text names a century (19) as such (`the 19th century`, `the nineteenth century`, `19th-century`) or by its hundreds (`the 1800s`). */
export function saysCentury(text: string, century: number): boolean {
  const word = centuryWords[century - 1];
  const ordinal = `${century}(?:st|nd|rd|th)`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordinal}${word ? `|${word}` : ''})[\\s-]+century(?![\\p{L}])|(?<![\\p{N}])${century - 1}00[’']?s(?![\\p{L}])`, 'iu').test(text);
}
