import { readFileSync } from 'node:fs';

const readmePath = new URL('../../README.md', import.meta.url);

/**
 * The text of one README section: from its heading (`### PostgreSQL backups`) to the next heading
 * of the same or a higher level. Throws when the heading is missing or not unique, so a test that
 * reads commands from the README fails loudly when the section is renamed.
 */
export function readmeSection(heading: string): string {
  const lines = readFileSync(readmePath, 'utf8').split('\n');
  const level = /^#+/u.exec(heading)?.[0].length;
  if (!level) throw new Error(`"${heading}" is not a Markdown heading.`);
  const starts = lines.flatMap((line, index) => (line.trim() === heading ? [index] : []));
  if (starts.length !== 1) throw new Error(`README.md has ${starts.length} headings "${heading}" (expected one).`);
  const start = starts[0]!;
  let end = lines.length;
  let fenced = false;
  for (let index = start + 1; index < lines.length; index++) {
    if (lines[index]!.startsWith('```')) fenced = !fenced;
    const hashes = fenced ? undefined : /^(#+) /u.exec(lines[index]!)?.[1];
    if (hashes && hashes.length <= level) {
      end = index;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/** The lines of a section's fenced code blocks (` ```sh `, ` ```nginx `, …), without the fences. */
export function codeLines(section: string, language?: string): string[] {
  const found: string[] = [];
  let inside = false;
  for (const line of section.split('\n')) {
    if (line.startsWith('```')) {
      inside = !inside && (language === undefined || line.slice(3).trim() === language);
      continue;
    }
    if (inside) found.push(line);
  }
  return found;
}

/**
 * The one command line of a section's `sh` blocks that runs `program` (`pg_dump …`); throws when
 * there is none or more than one, so the test and the README cannot silently disagree.
 */
export function commandLine(section: string, program: string): string {
  const lines = codeLines(section, 'sh').filter((line) => line.startsWith(`${program} `) || line.includes(` ${program} `));
  if (lines.length !== 1) throw new Error(`Expected one \`${program}\` line in the README section, found ${lines.length}: ${lines.join(' | ')}`);
  return lines[0]!;
}
