import { englishDates, englishMonths, frenchDates, numericDates } from '../calendar';
import { englishHolidays, englishName, frenchHolidays, holidayOn, saysHoliday } from '../holidays';
import { lazy, replaceSpan, spans } from '../lib';
import { shortDates } from '../quantities';
import type { Issue, PairRunner } from '../types';

type Period = 'days' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

/**
 * Periods French names without a figure, each with the English that says it and the English that
 * says another (one a line): `la dernière décennie` is `the past decade` or `ten years`, not `the
 * past century`; `il y a quinze jours` is `a fortnight ago` or `two weeks ago`, not `a week ago`.
 */
const periodWords: ReadonlyArray<{ period: Period; french?: RegExp; mentioned: RegExp; english?: RegExp; other: RegExp }> = [
  { period: 'fortnight', french: /quinze jours|quinzaine de jours/iu, mentioned: /quinze jours|quinzaine|deux semaines/iu, english: /fortnights?|two weeks|2 weeks|fourteen days|14 days|fifteen days|15 days|half a month|couple of weeks|two-week|2-week/iu, other: /fortnights?|(?:two|2)[\s-]weeks?/iu },
  { period: 'week', french: /huit jours/iu, mentioned: /semaines?|huit jours|hebdomadaire/iu, english: /weeks?|eight days|8 days|seven days|7 days|weekly/iu, other: /(?:a|one|1|single)[\s-]week/iu },
  { period: 'month', mentioned: /mois|mensuel/iu, other: /(?:a|one|1|single)[\s-]month/iu },
  // Another count of days (`une quinzaine de jours` → `about five days`), unless the source counts days too.
  {
    period: 'days',
    mentioned: /(?:\d+|un|deux|trois|quatre|cinq|six|sept|neuf|dix|onze|douze|treize|quatorze|seize|dix-\p{L}+|vingt[\p{L}-]*|trente[\p{L}-]*)[\s\u00a0-]+(?:jours?|journées?)/iu,
    other: /(?:\d+|one|two|three|four|five|six|seven|nine|ten|eleven|twelve|thirteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)[\s-]+days?/iu,
  },
  { period: 'year', mentioned: /ans?|années?|annuel(?:le)?s?/iu, other: /(?:a|one|1|single)[\s-]year/iu },
  { period: 'decade', french: /décennies?/iu, mentioned: /décennies?|dix ans/iu, english: /decades?|ten years|10 years|ten-year|10-year/iu, other: /decades?/iu },
  { period: 'century', french: /siècles?/iu, mentioned: /siècles?|cent ans|centenaire|centennale/iu, english: /centur(?:y|ies)|hundred years|100 years|hundred-year|100-year|1\d00s|two-hundred-year/iu, other: /centur(?:y|ies)/iu },
];
const word = (pattern: RegExp, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})(?![\\p{L}\\p{N}])`, flags);
const periodPatterns = lazy(() => periodWords.map((entry) => ({ period: entry.period, french: entry.french && word(entry.french, 'giu'), mentioned: word(entry.mentioned), english: entry.english && word(entry.english), other: word(entry.other) })));

/** `la fin de l’année` → `the end of the year`, `year-end`, not `the end of the month`. */
const frenchPartOfPeriod = /(?<![\p{L}])(?:fin|début|milieu|courant)[\s\u00a0]+(?:(de[\s\u00a0]+l[’']année|d[’']année)|(du[\s\u00a0]+mois)|(de[\s\u00a0]+(?:la[\s\u00a0]+)?semaine)|(de[\s\u00a0]+la[\s\u00a0]+décennie)|(du[\s\u00a0]+siècle))(?![\p{L}])/giu;
const englishPartOfPeriod = /(?<![\p{L}])(?:(?:end|start|beginning|middle|turn|course|close)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+|that\s+)?(year|month|week|decade|century)|(year|month|week)[\s-]end)(?![\p{L}])/giu;
const partPeriods: Period[] = ['year', 'month', 'week', 'decade', 'century'];

/** Periods said without a figure, another in the English (see periodWords): an error each. */
function periods(source: string, target: string): Issue[] {
  const issues: Issue[] = [];
  const patterns = periodPatterns();
  for (const entry of patterns) {
    if (!entry.french || !entry.english) continue;
    for (const found of spans(source, entry.french)) {
      if (entry.english.test(target)) break;
      const other = patterns.find((candidate) => candidate.period !== entry.period && !candidate.mentioned.test(source) && candidate.other.test(target));
      if (!other) break;
      const text = other.other.exec(target)![0];
      issues.push({ key: 'dates.period', params: { said: found.text, text }, source: [{ start: found.start, end: found.end }] });
      break;
    }
  }
  for (const found of spans(source, frenchPartOfPeriod)) {
    const period = partPeriods[found.groups.findIndex(Boolean)]!;
    const english = spans(target, englishPartOfPeriod).map((hit) => ({ hit, period: (hit.groups[0] || hit.groups[1])!.toLowerCase() }));
    if (english.length === 0 || english.some((other) => other.period === period)) continue;
    const wrong = english[0]!;
    issues.push({ key: 'dates.period', params: { said: found.text, text: wrong.hit.text }, source: [{ start: found.start, end: found.end }], target: [{ start: wrong.hit.start, end: wrong.hit.end }] });
  }
  return issues;
}

/** A source with no month name and no numeric date has nothing for this check (holidays aside). */
const mentionsDate = /\d[/.]\d|avant|av\.|janv|f[ée]vr|mars|avril|mai|juin|juil|ao[ûu]t|sept|octo|nove|d[ée]ce/iu;

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Dates: each French month is in the English with the same day (`4 février 2026` ↔ `February 4,
 * 2026`), and a numeric date reads the same in the project's English (`4/02/2026` ↔ `2/4/2026`
 * en-US, `4/2/2026` en-GB). A date written in the other English's order (`4 February 2026` in an
 * en-US project) is no finding: it reads the same to every reader (issue 28). A holiday may be said
 * by its name or its date, either way round (`le 14 Juillet` ↔ `Bastille Day` or `July 14`, `la
 * Toussaint` ↔ `All Saints' Day`); a holiday the English names otherwise (`Christmas` for `la
 * Toussaint`) is an error.
 */
export const dates: PairRunner = {
  run: (pair, context) => {
    const holidays = frenchHolidays(pair.source);
    const issues: Issue[] = /jours|quinzaine|décenn|siècle|fin|début|milieu|courant/iu.test(pair.source) ? periods(pair.source, pair.target) : [];
    if (!mentionsDate.test(pair.source) && holidays.length === 0) return issues;
    const found = englishDates(pair.target);
    const used = new Set<number>();
    // Dates with a day first, then months alone: each takes an English date of its own.
    const french = frenchDates(pair.source).sort((a, b) => (a.day === undefined ? 1 : 0) - (b.day === undefined ? 1 : 0));
    // An English date with a day that is none of the source's: where a holiday's date went wrong (`le 11 novembre` → `On 11 October, the Armistice…`).
    const stray = found.some((other) => other.day !== undefined && !french.some((date) => date.day === other.day && date.month === other.month));
    for (const date of french) {
      const source = [{ start: date.start, end: date.end }];
      const month = capital(englishMonths[date.month - 1]!);
      // The day a holiday is, said by its name: `14 Juillet` → `Bastille Day`, `1er mai` → `May Day`.
      const holiday = date.day === undefined ? undefined : holidayOn(date.day, date.month);
      if (holiday && saysHoliday(pair.target, holiday) && !stray) continue;
      // What the source says, in its own words (`4 février`), for the French messages; the English ones name the English month.
      const said = pair.source.slice(date.start, date.end);
      const same = found.map((other, k) => ({ other, k })).filter(({ other, k }) => other.month === date.month && !used.has(k));
      // `en mars par rapport à février` → `in March, month on month`: the month before, said as a comparison.
      const previous = date.day === undefined && /(?:par\s+rapport\s+(?:à|au\s+mois\s+de)|comparé\p{L}*\s+à|sur\s+un\s+mois|vis-à-vis\s+de)[\s\u00a0]*$/iu.test(pair.source.slice(Math.max(0, date.start - 30), date.start));
      if (same.length === 0 && previous && /(?<![\p{L}])(?:month[\s-]on[\s-]month|month[\s-]over[\s-]month|(?:from|on|than|over)\s+the\s+(?:previous|prior|preceding)\s+month)(?![\p{L}])/iu.test(pair.target)) continue;
      if (same.length === 0) {
        issues.push({ key: 'dates.month', params: { month, sourceDate: said }, source });
        continue;
      }
      if (date.day === undefined) {
        used.add((same.find(({ other }) => other.day === undefined) ?? same[0]!).k);
        continue;
      }
      const matched = same.find(({ other }) => other.day === date.day);
      if (!matched) {
        issues.push({ key: 'dates.day', params: { date: `${month} ${date.day}`, sourceDate: said }, source, target: same.map(({ other }) => ({ start: other.start, end: other.end })) });
        continue;
      }
      used.add(matched.k);
      const match = matched.other;
      if (date.year !== undefined && match.year !== undefined && match.year !== date.year) {
        issues.push({ key: 'dates.year', params: { year: date.year }, source, target: [{ start: match.start, end: match.end }] });
      }
      // The order (`February 4, 2026` or `4 February 2026`) is the variant's style, not the date: no finding either way.
    }
    // A holiday named in French (`la Toussaint`): its English name or its date (`November 1`) is right; another holiday is not.
    for (const named of holidays) {
      const { holiday } = named;
      if (saysHoliday(pair.target, holiday) || found.some((other) => other.day === holiday.day && other.month === holiday.month)) continue;
      const others = englishHolidays(pair.target).filter((other) => !holidays.some((mine) => mine.holiday === other.holiday));
      if (others.length === 0) continue;
      issues.push({
        key: 'dates.holiday',
        params: { holiday: englishName(holiday), sourceHoliday: pair.source.slice(named.start, named.end) },
        source: [{ start: named.start, end: named.end }],
        target: others.map(({ start, end }) => ({ start, end })),
      });
    }
    // `avant notre ère`, `av. J.-C.` → BC (or BCE): `AD` alone is the other era.
    for (const era of pair.source.matchAll(/(?<![\p{L}])(?:avant[\s\u00a0]+(?:notre[\s\u00a0]+ère|J\.?-?C\.?|Jésus-Christ)|av\.[\s\u00a0]*J\.?-?C\.?|av\.[\s\u00a0]*n\.[\s\u00a0]*è\.)/gu)) {
      if (/(?<![\p{L}])(?:BCE?|B\.C\.(?:E\.)?|before (?:Christ|the Common Era))(?![\p{L}])/u.test(pair.target) || !/(?<![\p{L}])(?:AD|A\.D\.|CE|C\.E\.)(?![\p{L}])/u.test(pair.target)) continue;
      issues.push({ key: 'dates.year', params: { year: `${era[0]} (BC)` }, source: [{ start: era.index, end: era.index + era[0].length }] });
    }
    // `jusqu’au 30/06` → `until June 30` or `30/06` (`6/30` en-US).
    for (const short of shortDates(pair.source)) {
      if (found.some((other) => other.month === short.month && other.day === short.day)) continue;
      const digits = spans(pair.target, /(?<![\p{N}/.,])(\d{1,2})\/(\d{1,2})(?![\p{N}])/gu).map((other) => [Number(other.groups[0]), Number(other.groups[1])]);
      if (digits.some(([a, b]) => (a === short.day && b === short.month) || (a === short.month && b === short.day))) continue;
      issues.push({ key: 'dates.day', params: { date: `${capital(englishMonths[short.month - 1]!)} ${short.day}`, sourceDate: short.text }, source: [{ start: short.start, end: short.end }] });
    }
    const us = context.targetLang === 'en-US';
    const targets = numericDates(pair.target);
    for (const date of numericDates(pair.source)) {
      const [day, month, year] = date.parts;
      if (day > 31 || month > 12) continue;
      const wanted = us ? [month, day, year] : [day, month, year];
      const ok = targets.some((other) => other.parts[0] === wanted[0] && other.parts[1] === wanted[1] && other.parts[2] === year);
      if (ok) continue;
      // `avant le 03/02/2025` → `before 3 February 2025` or `February 3, 2025`: the month named, the same date in either order.
      const fullYear = year < 100 ? 2000 + year : year;
      if (found.some((other) => other.day === day && other.month === month && (other.year === undefined || other.year === year || other.year === fullYear))) continue;
      const text = `${wanted[0]}/${wanted[1]}/${year}`;
      const written = targets.find((other) => other.parts[2] === year);
      issues.push({
        key: 'dates.numeric',
        params: { date: date.text, fixed: text },
        source: [{ start: date.start, end: date.end }],
        ...(written ? { target: [{ start: written.start, end: written.end }], fix: replaceSpan(pair.target, written, text) } : {}),
      });
    }
    return issues;
  },
};
