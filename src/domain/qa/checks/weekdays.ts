import { englishWeekdays, weekdays as namedWeekdays } from '../calendar';
import { frenchHolidays } from '../holidays';
import type { Issue, PairRunner } from '../types';

/** A French weekday is the same day in the English: `mercredi` ↔ `Tuesday` is an error; left out, a warning. */
export const weekdays: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    const english = namedWeekdays(pair.target, 'en');
    // A day in a holiday's name (`Mardi gras`, `Vendredi saint`) is the holiday's: the dates check reads it.
    const named = frenchHolidays(pair.source);
    const french = namedWeekdays(pair.source, 'fr').filter((day) => !named.some((holiday) => holiday.start <= day.start && day.end <= holiday.end));
    // English days the source does not name: what a wrong day was written as.
    const others = english.filter((other) => !french.some((mine) => mine.day === other.day));
    for (const day of french) {
      if (english.some((other) => other.day === day.day)) continue;
      const name = englishWeekdays[day.day - 1]!.replace(/^./u, (c) => c.toUpperCase());
      const source = [{ start: day.start, end: day.end }];
      // The English message names the day in English; the French one quotes the source's own word (`mercredi`).
      const params = { day: name, sourceDay: pair.source.slice(day.start, day.end) };
      if (others.length > 0) issues.push({ key: 'weekdays.different', params, source, target: others.map(({ start, end }) => ({ start, end })) });
      // Left out while the English names none: `dans la nuit de dimanche à lundi` may well be `on Sunday night`.
      // (The French word itself, capitalised in the English, is a name's: `le Journal du dimanche` → `the Journal du Dimanche`;
      // left in lower case, `in Rennes samedi`, it is French left in, and the day is missing.)
      else if (english.length === 0 && !new RegExp(`(?<=[\\p{L}][\\s\\u00a0]+)${params.sourceDay.replace(/^./u, (c) => c.toUpperCase())}(?![\\p{L}])`, 'u').test(pair.target)) issues.push({ key: 'weekdays.missing', params, source, severity: 'warning' });
    }
    // `le week-end` → `on weekdays` (or `en semaine` → `at weekends`): the other half of the week.
    const weekend = /(?<![\p{L}])(?:week-?ends?)(?![\p{L}])/iu.exec(pair.source);
    const week = /(?<![\p{L}])(?:en[\s\u00a0]+semaine|jours[\s\u00a0]+(?:ouvrables|ouvrés))(?![\p{L}])/iu.exec(pair.source);
    const englishWeekend = /(?<![\p{L}])week-?ends?(?![\p{L}])/iu.exec(pair.target);
    const englishWeek = /(?<![\p{L}])(?:week-?days?|working[\s-]days?|business[\s-]days?)(?![\p{L}])/iu.exec(pair.target);
    for (const [mine, wanted, other, name] of [[weekend, englishWeekend, englishWeek, 'the weekend'], [week, englishWeek, englishWeekend, 'weekdays']] as const) {
      if (!mine || wanted || !other || (mine === weekend ? week : weekend)) continue;
      issues.push({ key: 'weekdays.different', params: { day: name, sourceDay: mine[0] }, source: [{ start: mine.index, end: mine.index + mine[0].length }], target: [{ start: other.index, end: other.index + other[0].length }] });
    }
    return issues;
  },
};
