import { englishDates, englishMonths, frenchDates, numericDates } from '../calendar';
import { englishHolidays, englishName, frenchHolidays, holidayOn, saysHoliday } from '../holidays';
import { replaceSpan, spans } from '../lib';
import { shortDates } from '../quantities';
import type { Issue, PairRunner } from '../types';

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
    if (!mentionsDate.test(pair.source) && holidays.length === 0) return [];
    const issues: Issue[] = [];
    const found = englishDates(pair.target);
    const used = new Set<number>();
    // Dates with a day first, then months alone: each takes an English date of its own.
    const french = frenchDates(pair.source).sort((a, b) => (a.day === undefined ? 1 : 0) - (b.day === undefined ? 1 : 0));
    for (const date of french) {
      const source = [{ start: date.start, end: date.end }];
      const month = capital(englishMonths[date.month - 1]!);
      // The day a holiday is, said by its name: `14 Juillet` → `Bastille Day`, `1er mai` → `May Day`.
      const holiday = date.day === undefined ? undefined : holidayOn(date.day, date.month);
      if (holiday && saysHoliday(pair.target, holiday)) continue;
      // What the source says, in its own words (`4 février`), for the French messages; the English ones name the English month.
      const said = pair.source.slice(date.start, date.end);
      const same = found.map((other, k) => ({ other, k })).filter(({ other, k }) => other.month === date.month && !used.has(k));
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
