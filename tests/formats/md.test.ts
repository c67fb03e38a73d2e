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
      ['paragraph', 'Bienvenue dans l’équipe ! Ce guide présente <pc id="1">l’essentiel</pc> pour votre première journée à la <pc id="2">banque alimentaire</pc>.'],
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

const read = (text: string) => mdFormat.import(new TextEncoder().encode(text));

describe('Markdown inline markup as codes', () => {
  it('protects a link\'s URL and lets its text be translated', () => {
    const [segment] = read('Voir le [site du journal](https://lemonde.fr "Le Monde").\n').segments;
    expect(segment?.source).toBe('Voir le <pc id="1">site du journal</pc>.');
    expect(segment?.codes).toEqual([{ id: '1', type: 'paired', kind: 'link', open: '[', close: '](https://lemonde.fr "Le Monde")', droppable: true }]);
  });

  it('makes emphasis, strong and strikethrough paired codes, nested as written', () => {
    const [segment] = read('Un ***très*** _bel_ ~~ancien~~ été.\n').segments;
    expect(segment?.source).toBe('Un <pc id="1"><pc id="2">très</pc></pc> <pc id="3">bel</pc> <pc id="4">ancien</pc> été.');
    expect(segment?.codes?.map((code) => [code.kind, code.open, code.close])).toEqual([
      ['italic', '*', '*'],
      ['bold', '**', '**'],
      ['italic', '_', '_'],
      ['strike', '~~', '~~'],
    ]);
  });

  it('makes inline code, footnote references, inline HTML and images codes, with the alt text translatable', () => {
    const [segment, alt] = read('Tapez `npm start`[^1] <kbd>Entrée</kbd> ![logo du site](logo.png).\n\n[^1]: Une note.\n').segments;
    expect(segment?.source).toBe('Tapez <ph id="1"/><ph id="2"/> <ph id="3"/>Entrée<ph id="4"/> <ph id="5"/>.');
    expect(segment?.codes?.map((code) => [code.type, code.kind, code.open, code.close])).toEqual([
      ['standalone', 'code', '`npm start`', undefined],
      ['standalone', 'footnote', '[^1]', undefined],
      ['standalone', 'html', '<kbd>', undefined],
      ['standalone', 'html', '</kbd>', undefined],
      ['standalone', 'image', '![logo du site](logo.png)', undefined],
    ]);
    // An image among words: its alt text is a segment of its own, right after the paragraph's.
    expect(alt?.source).toBe('logo du site');
  });

  it('cuts the alt text and title of an image standing alone in its block where they are, the block no segment', () => {
    const segments = read('![La façade \\[rénovée\\]](facade.jpg "Vue d\'ensemble")\n').segments;
    expect(segments.map((segment) => [segment.kind, segment.source, segment.original, segment.codes])).toEqual([
      ['meta', 'La façade [rénovée]', 'La façade \\[rénovée\\]', []],
      ['meta', "Vue d'ensemble", undefined, []],
    ]);
  });

  it('keeps a hard line break, with the next line\'s quote marker, as a code', () => {
    const text = '> Premier vers,  \n> second vers.\n';
    const [segment] = read(text).segments;
    expect(segment?.source).toBe('Premier vers,<ph id="1"/>second vers.');
    expect(segment?.codes?.[0]).toMatchObject({ kind: 'break', open: '  \n> ' });
    const english = convert(mdFormat, mdFormat, text, ['First line,<ph id="1"/>second line.']);
    expect(english).toBe('> First line,  \n> second line.\n');
  });

  it('reads escapes and character references as text, and writes an untouched segment back byte for byte', () => {
    const text = 'Prix : 5 \\* 3 &amp; 10&nbsp;€, pas *vrai*.\n';
    const [segment] = read(text).segments;
    expect(segment?.source).toBe('Prix : 5 * 3 &amp; 10\u00a0€, pas <pc id="1">vrai</pc>.');
    expect(convert(mdFormat, mdFormat, text)).toBe(text);
  });

  it('keeps a plain paragraph a plain string, < and & included', () => {
    const [segment] = read('Si a < b & c, alors.\n').segments;
    expect(segment?.source).toBe('Si a < b & c, alors.');
    expect(segment?.codes).toEqual([]);
  });

  it('puts the markup back around the words the translator placed the codes around', () => {
    const out = convert(mdFormat, mdFormat, 'Le **maire** a visité [la mairie](https://ville.fr).\n', [
      'The mayor visited <pc id="2">the <pc id="1">town hall</pc></pc>.',
    ]);
    expect(out).toBe('The mayor visited [the **town hall**](https://ville.fr).\n');
  });

  it('escapes what a translator types, so it cannot become markup or a new block', () => {
    const out = convert(mdFormat, mdFormat, 'Titre\n\nUn paragraphe.\n', ['# Not a heading', '5 * 3 = [fifteen] <b>\n\n# Injected heading']);
    expect(out).toBe('\\# Not a heading\n\n5 \\* 3 = \\[fifteen\\] \\<b\\>  # Injected heading\n');
    const again = read(out).segments;
    expect(again.map((segment) => segment.kind)).toEqual(['paragraph', 'paragraph']);
    expect(again[1]?.codes).toEqual([]);
  });

  it('writes a footnote reference the translator left out at the end, and drops omitted emphasis but not its words', () => {
    const out = convert(mdFormat, mdFormat, 'Un *fait* établi[^1].\n\n[^1]: Source.\n', ['An established fact.']);
    expect(out.split('\n')[0]).toBe('An established fact.[^1]');
  });

  it('exports a document with codes as plain text with its words only', () => {
    const out = convert(mdFormat, txtFormat, 'Le **maire** a dit `bonjour` ![au revoir](x.png).\n');
    // The image's alt text, a segment of its own, is a paragraph of its own.
    expect(out).toBe('Le maire a dit bonjour .\n\nau revoir\n');
  });
});
