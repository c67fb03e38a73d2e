import { describe, expect, it } from 'vitest';
import { neutraliseCell, readCsv, restoreCell, writeCsv } from '../../src/formats/csv';

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
  ])('writes %j as %j and reads it back', (cell, written) => {
    expect(neutraliseCell(cell)).toBe(written);
    expect(restoreCell(written)).toBe(cell);
  });

  it.each(['préfet', "'apostrophe au début", 'a=b', '3-2', 'mot@exemple', ''])('leaves %j as it is', (cell) => {
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

  it('reads semicolon- and tab-separated files from spreadsheets', () => {
    expect(readCsv('mairie;town hall\n')).toEqual([['mairie', 'town hall']]);
    expect(readCsv('mairie\ttown hall\n')).toEqual([['mairie', 'town hall']]);
  });
});
