import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdFormat } from '../../src/formats/md';
import { txtFormat } from '../../src/formats/txt';
import { convert, describeFormat } from './describe-format';

const guide = readFileSync(new URL('../fixtures/guide-fr.md', import.meta.url), 'utf8');

describeFormat(mdFormat, {
  'volunteer guide': guide,
  'CRLF Markdown': '# Titre\r\n\r\nUn paragraphe\r\nsur deux lignes.\r\n',
});

describe('Markdown import', () => {
  const { segments } = mdFormat.import(new TextEncoder().encode(guide));
  const pairs = segments.map((segment) => [segment.kind, segment.source]);

  it('keeps headings, list items, quotations and table cells as segments of their kind', () => {
    expect(pairs).toEqual([
      ['heading', 'Guide du bénévole'],
      ['paragraph', 'Bienvenue dans l’équipe ! Ce guide présente **l’essentiel** pour votre première journée à la [banque alimentaire](https://exemple.fr/banque).'],
      ['heading', 'Avant de venir'],
      ['list-item', 'Prévoyez des chaussures fermées.'],
      ['list-item', 'Apportez une gourde : l’eau est disponible sur place.'],
      ['list-item', 'Présentez-vous à l’accueil à 8 h 30.'],
      ['quote', '« Chaque heure donnée compte », rappelle la coordinatrice.'],
      ['table-cell', 'Jour'],
      ['table-cell', 'Mission'],
      ['table-cell', 'Lundi'],
      ['table-cell', 'Tri des dons'],
      ['heading', 'Setext aussi'],
      ['paragraph', 'Merci d’avance pour votre aide.'],
    ]);
  });

  it('leaves front matter, code blocks and markers in the skeleton', () => {
    expect(segments[0]?.before).toBe('---\ntitre: Guide du bénévole\n---\n\n# ');
    expect(segments.some((segment) => segment.source.includes('horaires'))).toBe(false);
    expect(segments[6]?.before).toBe('\n\n> ');
  });
});

describe('Markdown export', () => {
  it('writes the translation into the source skeleton, markers restored', () => {
    const out = convert(mdFormat, mdFormat, '# Titre\n\n- premier\n- second\n\n> Citation.\n', ['Title', 'first', 'second', 'Quotation.']);
    expect(out).toBe('# Title\n\n- first\n- second\n\n> Quotation.\n');
  });

  it('turns a plain-text document into Markdown, escaping what would read as markup', () => {
    const out = convert(txtFormat, mdFormat, 'Titre\n\nUn texte avec *astérisques*, et 1. un faux numéro.\n\n- un point\n');
    expect(out).toBe('# Titre\n\nUn texte avec \\*astérisques\\*, et 1. un faux numéro.\n\n- un point\n');
  });
});
