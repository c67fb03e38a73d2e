import { englishDates, englishMonths, frenchDates, numericDates } from '../calendar';
import { replaceSpan } from '../lib';
import type { Issue, PairRunner } from '../types';

/** A source with no month name and no numeric date has nothing for this check. */
const mentionsDate = /\d[/.]\d|janv|f[ée]vr|mars|avril|mai|juin|juil|ao[ûu]t|sept|octo|nove|d[ée]ce/iu;

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Dates: each French month is in the English with the same day (`4 février 2026` ↔ `February 4,
 * 2026` in en-US, `4 February 2026` in en-GB — the other order is a warning with the fix), and a
 * numeric date reads the same in the project's English (`4/02/2026` ↔ `2/4/2026` en-US,
 * `4/2/2026` en-GB).
 */
export const dates: PairRunner = {
  run: (pair, context) => {
    if (!mentionsDate.test(pair.source)) return [];
    const issues: Issue[] = [];
    const found = englishDates(pair.target);
    const us = context.targetLang === 'en-US';
    const used = new Set<number>();
    // Dates with a day first, then months alone: each takes an English date of its own.
    const french = frenchDates(pair.source).sort((a, b) => (a.day === undefined ? 1 : 0) - (b.day === undefined ? 1 : 0));
    for (const date of french) {
      const source = [{ start: date.start, end: date.end }];
      const month = capital(englishMonths[date.month - 1]!);
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
        continue;
      }
      const wanted = us ? 'month-day' : 'day-month';
      if (match.order !== wanted && !match.ranged) {
        const text = us ? `${month} ${date.day}${match.year !== undefined ? `, ${match.year}` : ''}` : `${date.day} ${month}${match.year !== undefined ? ` ${match.year}` : ''}`;
        issues.push({ key: us ? 'dates.formatUs' : 'dates.formatGb', params: { fixed: text }, target: [{ start: match.start, end: match.end }], fix: replaceSpan(pair.target, match, text), severity: 'warning' });
      }
    }
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
