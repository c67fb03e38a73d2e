import { englishTimes, frenchTimes } from '../calendar';
import type { Issue, PairRunner } from '../types';

const written = (hour: number, minute: number, us: boolean): string => {
  if (!us) return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const half = hour >= 12 ? 'p.m.' : 'a.m.';
  return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${half}`;
};

/** A French time is the same time in the English: `16h46` ↔ `4:46 p.m.` or `16:46`. */
export const times: PairRunner = {
  run: (pair, context) => {
    const english = englishTimes(pair.target);
    const issues: Issue[] = [];
    for (const time of frenchTimes(pair.source)) {
      if (english.some((other) => other.hour === time.hour && other.minute === time.minute)) continue;
      issues.push({
        key: english.length ? 'times.different' : 'times.missing',
        params: { time: time.text, expected: written(time.hour, time.minute, context.targetLang === 'en-US') },
        source: [{ start: time.start, end: time.end }],
        ...(english.length ? { target: english.map(({ start, end }) => ({ start, end })) } : {}),
      });
    }
    return issues;
  },
};
