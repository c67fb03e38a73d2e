import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, readCsv, restoreCell, writeCsv } from '../../src/formats/csv';

/** What spreadsheets take for the start of a formula (full-width forms: Apple Numbers). */
const formulaStart = /^"*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** The parts a spreadsheet makes of `text` when it splits on `separators` (and, always, on line breaks). */
function partsOf(text: string, separators: string): string[] {
  return text.split(new RegExp(`[${separators}\\r\\n]`, 'u'));
}

/** French Excel (`;`), English Excel (`,`), tab-separated, and all at once. */
const splits = [';', ',', '\\t', ';,\\t'];

/** Cells rich in what matters here: every separator, every trigger, apostrophes, quotes, line breaks, spaces. */
const cell = fc.string({ unit: fc.constantFrom(';', ',', '\t', "'", '=', '+', '-', '@', '"', '\n', '\r', ' ', '＝', 'a', 'é', 'n', '1'), maxLength: 12 });
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

describe('CSV cells a spreadsheet would run', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\tcaché', "'\tcaché"],
    ['\rcaché', "'\rcaché"],
    ["'=déjà", "''=déjà"],
    ['-ième', "'-ième"],
    ['＝1+1', "'＝1+1"],
  ])('writes %j as %j and reads it back', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
    expect(restoreCell(written)).toBe(cell);
  });

  it.each([
    ['n;=1+1;', "n;'=1+1;"],
    ['n,=1+1,', "n,'=1+1,"],
    ['n\t=1+1\t', "n\t'=1+1\t"],
    ['a;\t=1', "a;'\t'=1"],
    ['prefect;-th', "prefect;'-th"],
    ['déjà;\'=protégé', "déjà;''=protégé"],
    ['citation;"=1+1"', `citation;'"=1+1"`],
    ['ligne\n=1+1', "ligne\n'=1+1"],
    [';;=x;;', ";;'=x;;"],
  ])('neutralises the parts a French or English spreadsheet splits off: %j as %j', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
    expect(restoreCell(written)).toBe(cell);
  });

  it.each(['préfet', "'apostrophe au début", 'a=b', '3-2', 'mot@exemple', '', 'prefect; Prefect', 'Paris, 75001', "l'œuvre;d'art"])('leaves %j as it is', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
    expect(restoreCell(cell)).toBe(cell);
  });

  it('round-trips rows through writeCsv and readCsv', () => {
    const rows = [
      ['source', 'target', 'notes'],
      ['-ième', '-th', 'Not "prefect", a state official.'],
      ['=1+1', '@x', "''+y"],
    ];
    const csv = writeCsv(rows);
    expect(csv.split('\n')[1]).toBe(`'-ième,'-th,"Not ""prefect"", a state official."`);
    expect(readCsv(csv)).toEqual(rows);
  });

  it('keeps the spaces at the edges of a cell and a row that is one empty cell', () => {
    const rows = [[' mairie ', '\ttown hall'], [''], ['', '']];
    expect(writeCsv(rows)).toBe(`" mairie ","'\ttown hall"\n""\n,\n`);
    expect(readCsv(writeCsv(rows))).toEqual(rows);
  });

  it('reads semicolon- and tab-separated files from spreadsheets', () => {
    expect(readCsv('mairie;town hall\n')).toEqual([['mairie', 'town hall']]);
    expect(readCsv('mairie\ttown hall\n')).toEqual([['mairie', 'town hall']]);
    expect(readCsv('mairie;"town hall, the"\n')).toEqual([['mairie', 'town hall, the']]);
  });

  it('takes the delimiter from outside quotation marks only', () => {
    expect(readCsv('"a\tb;c",d\ne,f\n')).toEqual([
      ['a\tb;c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('gives back exactly the rows it wrote, whatever they hold', () => {
    fc.assert(
      fc.property(rows, (written) => {
        expect(readCsv(writeCsv(written))).toEqual(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes a part that starts a formula, however a spreadsheet splits the cell', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const written = neutraliseCell(text);
        for (const separators of splits) for (const part of partsOf(written, separators)) expect(part).not.toMatch(formulaStart);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes a line whose parts start a formula, even for a spreadsheet that ignores our quotation marks', () => {
    fc.assert(
      fc.property(rows, (written) => {
        const csv = writeCsv(written);
        for (const separators of splits) for (const part of partsOf(csv, separators)) expect(part).not.toMatch(formulaStart);
      }),
      { numRuns: 2000 },
    );
  });
});
