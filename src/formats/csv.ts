import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The one CSV reader and writer of the workbench (glossary export and import, the review table;
 * any later CSV export goes through here too).
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`); Apple Numbers also takes their full-width forms
 * (`＝ ＋ － ＠`). Following OWASP's advice, such a cell is written with a leading apostrophe, which
 * spreadsheets show as text.
 *
 * The start of the cell is not enough: a spreadsheet does not know our delimiter. French Excel
 * splits a line on `;`, others on `,` or a tab, so `n;=1+1;` written as one comma-separated cell
 * opens in Paris as three cells, the middle one a formula. And a spreadsheet that splits on its own
 * delimiter no longer sees our quotation marks where it expects them, so it may also end a row at
 * a line break inside a quoted cell. So every place where a part could begin — the start of the
 * cell and the character after each `;`, `,`, tab or line break — gets the apostrophe when a
 * trigger follows. Whatever the spreadsheet splits on, no part it makes starts with a trigger.
 *
 * Quotation marks before the trigger count as part of the start (`"=1"`): a spreadsheet that
 * splits on another delimiter than ours may take them for the quotes of a field and drop them.
 *
 * To keep the export reversible, a part that already starts with apostrophes (or quotation marks)
 * followed by a trigger gets one more apostrophe; reading removes exactly one at each of those
 * places. So `-ième` is written `'-ième` and read back as `-ième`, a term `'=x` survives as `'=x`,
 * and `n;=1+1;` is written `n;'=1+1;`.
 */
const trigger = /['"]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/uy;
const guarded = /'['"]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/uy;
/** Most cells hold no trigger anywhere, and are written as they are. */
const anyTrigger = /[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** What a spreadsheet may split a cell on, whatever delimiter we wrote. */
const partSeparators = new Set([';', ',', '\t', '\n', '\r']);
/** The delimiters a file may be read with (see `delimiterOf`). */
const delimiters = new Set([';', ',', '\t']);

/** Whether `pattern` (sticky) matches `text` at `index`. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** Whether a spreadsheet could start a cell at `index`: the cell's start, or after a separator. */
function startsPart(text: string, index: number): boolean {
  return index === 0 || partSeparators.has(text[index - 1]!);
}

/**
 * A cell as it is safe to hand to a spreadsheet, however it splits it.
 *
 * @example
 * neutraliseCell('n;=1+1;'); // "n;'=1+1;"
 */
export function neutraliseCell(cell: string): string {
  if (!anyTrigger.test(cell)) return cell;
  const written: string[] = [];
  for (let index = 0; index <= cell.length; index++) {
    if (startsPart(cell, index) && matchesAt(trigger, cell, index)) written.push("'");
    if (index < cell.length) written.push(cell[index]!);
  }
  return written.join('');
}

/**
 * The cell as it was before `neutraliseCell`. Apostrophes are only ever added before a trigger at
 * the start of a part, and an apostrophe is not a separator, so the places to look at are the same
 * in the written cell as in the original one.
 *
 * @example
 * restoreCell("n;'=1+1;"); // "n;=1+1;"
 */
export function restoreCell(cell: string): string {
  if (!cell.includes("'")) return cell;
  const restored: string[] = [];
  for (let index = 0; index < cell.length; index++) {
    if (startsPart(cell, index) && matchesAt(guarded, cell, index)) continue;
    restored.push(cell[index]!);
  }
  return restored.join('');
}

/**
 * Cells quoted beyond what commas, quotation marks and line breaks require: those that begin or end
 * with white space, as the reader trims unquoted cells (people write `mairie, town hall`) and only
 * quotes keep the space of a cell that really has it; and those that hold a semicolon or a tab, as
 * the reader guesses the delimiter from what it finds outside quotes on the first line.
 */
const quotedAlso = [/^\s|\s$/u, /[;\t]/u];

/**
 * Rows as CSV (comma-separated, quoted where needed, `\n` line ends), every cell neutralised.
 * A row that is one empty cell is written `""`, as an empty line would be skipped on reading.
 *
 * @example
 * writeCsv([['source', 'target'], ['=1+1', 'x;-y']]); // "source,target\n'=1+1,\"x;'-y\"\n"
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const written: string[] = [];
  let run: string[][] = [];
  const flush = (): void => {
    if (run.length > 0) written.push(stringify(run, { quoted_match: quotedAlso }));
    run = [];
  };
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') {
      flush();
      written.push('""\n');
    } else {
      run.push(row.map(neutraliseCell));
    }
  }
  flush();
  return written.join('');
}

/**
 * The delimiter of a file, from its first record: a tab, else a semicolon when there is no comma,
 * else a comma. Only characters outside quotation marks count, so a quoted cell of the first row
 * that holds a tab or a semicolon does not change how the whole file is read.
 */
function delimiterOf(text: string): string {
  const seen = new Set<string>();
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && delimiters.has(character)) seen.add(character);
  }
  return seen.has('\t') ? '\t' : seen.has(';') && !seen.has(',') ? ';' : ',';
}

/**
 * Reads CSV written by us or by a spreadsheet: the delimiter (comma, semicolon or tab) is taken
 * from the first record; unquoted cells are trimmed; every cell is restored (see
 * `neutraliseCell`), so `readCsv(writeCsv(rows))` gives `rows` back. Throws the parser's error on
 * malformed input (an unclosed quotation mark).
 */
export function readCsv(text: string): string[][] {
  const rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  return rows.map((row) => row.map(restoreCell));
}
