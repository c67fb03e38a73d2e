import { existsSync, readFileSync } from 'node:fs';

/** The markers around the section `npm run bench:ui` writes in docs/benchmarks.md. */
export const uiSection = { start: '<!-- bench:ui -->', end: '<!-- /bench:ui -->' };

/** The markers around the section `npm run bench:saves` writes. */
export const savesSection = { start: '<!-- bench:saves -->', end: '<!-- /bench:saves -->' };

/** A marked section of a file as it is now (with its markers, after a blank line), or nothing. */
export function keptSection(path: string, markers: { start: string; end: string }): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  return start >= 0 && end > start ? `\n${text.slice(start, end + markers.end.length)}\n` : '';
}

/** The file with the marked section replaced by `body` (added at the end when it has none). */
export function withSection(text: string, markers: { start: string; end: string }, body: string): string {
  const section = `${markers.start}\n${body.trim()}\n${markers.end}`;
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start >= 0 && end > start) return text.slice(0, start) + section + text.slice(end + markers.end.length);
  return `${text.trimEnd()}\n\n${section}\n`;
}

/** The markers around the section `npm run bench:hostile` writes. */
export const hostileSection = { start: '<!-- bench:hostile -->', end: '<!-- /bench:hostile -->' };

/** The markers around the section `npm run eval:report` writes (issue 28's measurements on text never tuned on). */
export const evaluationSection = { start: '<!-- eval:28 -->', end: '<!-- /eval:28 -->' };
