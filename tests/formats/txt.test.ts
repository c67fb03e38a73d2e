import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdFormat } from '../../src/formats/md';
import { txtFormat } from '../../src/formats/txt';
import { describeFormat } from './describe-format';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describeFormat(txtFormat, {
  'news dispatch': fixture('depeche-fr.txt'),
  'CRLF text': fixture('crlf-fr.txt'),
  'single line without final newline': 'Une seule ligne, sans retour final.',
});

describe('txt export', () => {
  const document = txtFormat.import(new TextEncoder().encode('Titre\n\nPremier « paragraphe »\n, coupé.\n\n#Paris\n#culture\n'));
  const english = ['Title', 'First “paragraph”, split.', '#Paris', '#culture'];
  const exported = (sourceFormat = 'txt') =>
    new TextDecoder().decode(
      txtFormat.export({
        title: 'T',
        sourceFormat,
        trailer: document.trailer,
        segments: document.segments.map((segment, i) => ({ kind: segment.kind, before: segment.before, text: english[i] ?? '' })),
      }),
    );

  it('writes the English version with the same blank-line layout', () => {
    expect(exported()).toBe('Title\n\nFirst “paragraph”, split.\n\n#Paris\n#culture\n');
  });

  it('writes a Markdown document as plain text without its markup', () => {
    const md = mdFormat.import(new TextEncoder().encode('# Titre\n\nDu **gras** et un [lien](https://exemple.fr).\n\n- un\n- deux\n'));
    const text = new TextDecoder().decode(
      txtFormat.export({
        title: 'T',
        sourceFormat: 'md',
        trailer: md.trailer,
        segments: md.segments.map((segment) => ({ kind: segment.kind, before: segment.before, text: segment.source })),
      }),
    );
    expect(text).toBe('Titre\n\nDu gras et un lien.\n\n- un\n- deux\n');
  });
});
