import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdFormat } from '../../src/formats/md';
import { txtFormat } from '../../src/formats/txt';
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
