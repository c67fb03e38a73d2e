import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV reader and writer of the workbench (glossary export and import; any later CSV
 * export goes through here too).
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`). Following OWASP's advice, such a cell is
 * written with a leading apostrophe, which spreadsheets show as text. To keep the export
 * reversible, a cell that already starts with apostrophes followed by one of those characters
 * gets one more; reading removes exactly one. So `-ième` is written `'-ième` and read back as
 * `-ième`, and a term `'=x` survives as `'=x`.
 */
const formulaStart = /^'*[=+\-@\t\r]/u;
const guarded = /^'+[=+\-@\t\r]/u;

/** A cell as it is safe to hand to a spreadsheet. */
export function neutraliseCell(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutraliseCell`. */
export function restoreCell(cell: string): string {
  return guarded.test(cell) ? cell.slice(1) : cell;
}

/**
 * Rows as CSV (comma-separated, quoted where needed, `\n` line ends), every cell neutralised.
 *
 * @example
 * writeCsv([['source', 'target'], ['=1+1', 'x']]); // "source,target\n'=1+1,x\n"
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows.map((row) => row.map(neutraliseCell)));
}

/**
 * Reads CSV written by us or by a spreadsheet: the delimiter (comma, semicolon or tab) is taken
 * from the first line; cells are trimmed and restored (see `neutraliseCell`). Throws the parser's
 * error on malformed input (an unclosed quotation mark).
 */
export function readCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  return rows.map((row) => row.map(restoreCell));
}
