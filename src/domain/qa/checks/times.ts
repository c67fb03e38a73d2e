import { englishTimes, frenchTimes } from '../calendar';
import { comparable, durationInEnglish, englishDurations, frenchDurations, sameDuration } from '../durations';
import type { Issue, PairRunner, Span } from '../types';

const written = (hour: number, minute: number, us: boolean): string => {
  if (!us) return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const half = hour >= 12 ? 'p.m.' : 'a.m.';
  return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${half}`;
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const only = ({ start, end }: Span): Span => ({ start, end });

/**
 * A French time is the same time in the English: `16h46` ↔ `4:46 p.m.` or `16:46`. A duration is
 * the same duration (issue 28): `pendant 2 h 40` ↔ `for 2 hours 40 minutes` or `2h40`, `24 h/24` ↔
 * `24 hours a day` or `24/7` — never read as 2:40 a.m. A `de 10 h` that may be either is right
 * either way.
 */
export const times: PairRunner = {
  run: (pair, context) => {
    const english = englishTimes(pair.target);
    const durations = frenchDurations(pair.source);
    const lengths = durations.length > 0 ? englishDurations(pair.target) : [];
    const issues: Issue[] = [];
    const clocks = frenchTimes(pair.source);
    for (const time of clocks) {
      const duration = durations.find((other) => overlaps(other, time));
      if (duration && !duration.ambiguous) continue;
      if (english.some((other) => other.hour === time.hour && other.minute === time.minute)) continue;
      if (duration && lengths.some((other) => sameDuration(duration, other))) continue;
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
