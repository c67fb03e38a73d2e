import { englishTimes, frenchTimes } from '../calendar';
import { comparable, durationInEnglish, englishDurations, englishRaceTimes, frenchDurations, frenchRaceTimes, type RaceTime, sameDuration } from '../durations';
import type { Issue, PairRunner, Span } from '../types';

const written = (hour: number, minute: number, us: boolean): string => {
  if (!us) return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const half = hour >= 12 ? 'p.m.' : 'a.m.';
  return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${half}`;
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const only = ({ start, end }: Span): Span => ({ start, end });

/** A race's time written as English writes it (`2:02:16`, `13:21.50`, `9.58 seconds`). */
function raceInEnglish(hundredths: number): string {
  const fraction = hundredths % 100;
  const seconds = Math.floor(hundredths / 100);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  const tail = fraction ? `.${two(fraction)}` : '';
  if (h) return `${h}:${two(m)}:${two(s)}${tail}`;
  return m ? `${m}:${two(s)}${tail}` : `${s}${tail} seconds`;
}

/**
 * Race times (`13 min 21 s 50` ↔ `13:21.50`, `2 h 2 min 16 s` ↔ `2:02:16` or `2 hours 2 minutes 16
 * seconds`): the same to the hundredth, or to the minute where the English says hours and minutes.
 */
function raceTimes(races: readonly RaceTime[], target: string, lengths: ReturnType<typeof englishDurations>): Issue[] {
  if (races.length === 0) return [];
  const english = englishRaceTimes(target);
  return races.flatMap((race): Issue[] => {
    if (english.some((other) => other.readings.includes(race.hundredths))) return [];
    if (race.hundredths % 6000 === 0 && lengths.some((other) => other.minutes !== undefined && other.minutes * 6000 === race.hundredths)) return [];
    const params = { duration: race.text, expected: raceInEnglish(race.hundredths) };
    return english.length > 0
      ? [{ key: 'times.duration', params, source: [only(race)], target: english.map(only) }]
      : [{ key: 'times.durationMissing', params, source: [only(race)] }];
  });
}

/**
 * A French time is the same time in the English: `16h46` ↔ `4:46 p.m.` or `16:46`. A duration is
 * the same duration (issue 28): `pendant 2 h 40` ↔ `for 2 hours 40 minutes` or `2h40`, `24 h/24` ↔
 * `24 hours a day` or `24/7` — never read as 2:40 a.m. A `de 10 h` that may be either is right
 * either way.
 */
export const times: PairRunner = {
  run: (pair, context) => {
    const races = frenchRaceTimes(pair.source);
    const inRace = (span: Span) => races.some((race) => overlaps(race, span));
    const english = englishTimes(pair.target);
    const durations = frenchDurations(pair.source).filter((duration) => !inRace(duration));
    const lengths = durations.length > 0 || races.length > 0 || /\d[\s\u00a0]?(?:h|hrs?|hours?)(?![\p{L}])/iu.test(pair.target) ? englishDurations(pair.target) : [];
    const issues: Issue[] = [...raceTimes(races, pair.target, lengths)];
    const clocks = frenchTimes(pair.source).filter((time) => !inRace(time));
    for (const time of clocks) {
      const duration = durations.find((other) => overlaps(other, time));
      if (duration && !duration.ambiguous) continue;
      if (english.some((other) => other.hour === time.hour && other.minute === time.minute)) continue;
      if (duration && lengths.some((other) => sameDuration(duration, other))) continue;
      // `passera de 2 h 05 à 1 h 05` → `from 2hr 5min to 1hr 5min`: no cue said it was a duration, the English does.
      // (Written the English way, with its units: `7 h` kept as it is still says a French time.)
      const saidAsLength = lengths.some((other) => other.minutes === time.hour * 60 + time.minute && /(?:hrs?|hours?|mins?|minutes?)(?![\p{L}])/iu.test(other.text) && !/(?<![\p{L}])at[\s\u00a0]+$/iu.test(pair.target.slice(Math.max(0, other.start - 4), other.start)));
      if (!duration && (saidAsLength || englishRaceTimes(pair.target).some((race) => race.hundredths === (time.hour * 3600 + time.minute * 60) * 100))) continue;
      // `une pause de 2 h` → `a three-hour break`: the English read it as a duration, and says another.
      const others = duration && english.length === 0 ? lengths.filter((other) => comparable(duration, other)) : [];
      if (duration && others.length > 0) {
        issues.push({ key: 'times.duration', params: { duration: duration.text, expected: durationInEnglish(duration) }, source: [only(duration)], target: others.map(only) });
        continue;
      }
      issues.push({
        key: english.length ? 'times.different' : 'times.missing',
        params: { time: time.text, expected: written(time.hour, time.minute, context.targetLang === 'en-US') },
        source: [only(time)],
        ...(english.length ? { target: english.map(only) } : {}),
      });
    }
    for (const duration of durations) {
      if (duration.ambiguous && clocks.some((time) => overlaps(duration, time))) continue;
      if (lengths.some((other) => sameDuration(duration, other))) continue;
      const params = { duration: duration.text, expected: durationInEnglish(duration) };
      const others = lengths.filter((other) => comparable(duration, other));
      if (others.length > 0) issues.push({ key: 'times.duration', params, source: [only(duration)], target: others.map(only) });
      // Gone altogether: the numbers check reads the figures of a duration that is not a time's; those of one that looks like a time are this check's.
      else if (clocks.some((time) => overlaps(duration, time))) issues.push({ key: 'times.durationMissing', params, source: [only(duration)] });
    }
    // `à midi` → `at midnight`: noon and midnight swapped (`le midi` may be `at lunchtime`: only another time is a finding).
    for (const found of pair.source.matchAll(/(?<![\p{L}-])(midi|minuit)(?![\p{L}-])(?![\s\u00a0]+et)/gu)) {
      const hour = found[1] === 'midi' ? 12 : 0;
      if (english.length === 0 || english.some((other) => other.hour === hour && other.minute === 0)) continue;
      issues.push({ key: 'times.different', params: { time: found[0], expected: hour === 12 ? 'noon' : 'midnight' }, source: [{ start: found.index, end: found.index + found[0].length }], target: english.map(only) });
    }
    return issues;
  },
};
