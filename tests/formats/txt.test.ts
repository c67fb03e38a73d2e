import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdFormat } from '../../src/formats/md';
import { txtFormat } from '../../src/formats/txt';
import { sampleArticlePath } from '../helpers/sample';
import { convert, describeFormat } from './describe-format';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describeFormat(txtFormat, {
  'news dispatch': fixture('depeche-fr.txt'),
  'CRLF text': fixture('crlf-fr.txt'),
  'single line without final newline': 'Une seule ligne, sans retour final.',
});

describe('txt export', () => {
  it('writes the English version with the same blank-line layout', () => {
    const out = convert(txtFormat, txtFormat, 'Titre\n\nPremier « paragraphe »\n, coupé.\n\n#Paris\n#culture\n', ['Title', 'First “paragraph”, split.']);
    expect(out).toBe('Title\n\nFirst “paragraph”, split.\n\n#Paris\n#culture\n');
  });

  it('writes a Markdown document as plain text without its markup', () => {
    const out = convert(mdFormat, txtFormat, '# Titre\n\nDu **gras** et un [lien](https://exemple.fr).\n\n- un\n- deux\n');
    expect(out).toBe('Titre\n\nDu gras et un lien.\n\n- un\n- deux\n');
  });
});

describe('layout fidelity of plain text', () => {
  it('exports the untouched sample article byte for byte (line breaks inside paragraphs included)', () => {
    const article = readFileSync(sampleArticlePath(), 'utf8');
    expect(convert(txtFormat, txtFormat, article)).toBe(article);
  });

  it('re-wraps the translation of a hard-wrapped paragraph to the same width, with the same line ends', () => {
    const french = [
      'Le conseil municipal de Pontlevoy a adopté hier soir, après plus de trois heures de',
      'débat, le budget primitif de la commune pour 2026, en hausse de 4,5 % par rapport à',
      'l’an dernier, malgré les réserves exprimées par l’opposition.',
    ].join('\r\n');
    const english = 'The Pontlevoy town council adopted the 2026 budget last night after more than three hours of debate; it is up 4.5% on last year, despite the reservations expressed by the opposition.';
    const out = convert(txtFormat, txtFormat, `${french}\r\n`, [english]);
    const lines = out.split('\r\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(84);
    expect(lines.slice(0, -1).every((line) => line.length > 60)).toBe(true);
    expect(lines.join(' ')).toBe(english);
  });

  it('keeps short lines that carry meaning on one line of English rather than wrapping them', () => {
    const out = convert(txtFormat, txtFormat, 'Mairie de Pontlevoy\n12, place de l’Église\n41400 Pontlevoy\n', ['Pontlevoy Town Hall, 12 Church Square, 41400 Pontlevoy']);
    expect(out).not.toMatch(/Hall,\n/u);
  });
});
