import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joiner, rebuildSource, restoreLines, segmentPlainText } from '../../src/domain/segmentation';

const depeche = readFileSync(new URL('../fixtures/depeche-fr.txt', import.meta.url), 'utf8');

describe('segmentPlainText on a news dispatch', () => {
  const { segments } = segmentPlainText(depeche);
  const sources = segments.map((segment) => segment.source);

  it('cuts the dispatch as a translator would, one segment per paragraph or header line', () => {
    expect(segments.map((segment) => segment.kind)).toEqual([
      'heading',
      'meta',
      'meta',
      'meta',
      'caption',
      'meta',
      'caption',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'meta',
      'hashtag',
      'hashtag',
      'hashtag',
    ]);
  });

  it('keeps the header of short metadata lines as separate segments', () => {
    expect(sources.slice(0, 4)).toEqual([
      'Canal du Midi : Toulouse lance un plan de rénovation des berges',
      'Service Régions',
      'Mis à jour le 03/11/2026, mardi',
      'AA',
    ]);
    expect(sources[5]).toBe('Crédit Photo : Ville de Toulouse /');
  });

  it('recognises the photo caption on both sides of its credit line', () => {
    expect(sources[4]).toBe(sources[6]);
    expect(sources[4]).toBe('Des cyclistes longent le canal du Midi près du port de l’Embouchure, à Toulouse.');
  });

  it('joins a quotation to its attribution without a space before the comma', () => {
    expect(sources[8]).toBe(
      '"Ces travaux sont indispensables pour que le canal reste un lieu de promenade sûr pour les familles", a déclaré l’adjointe chargée des mobilités.',
    );
  });

  it('joins a quoted phrase on its own line into the sentence around it, with spaces', () => {
    expect(sources[9]).toBe(
      'Le chantier doit commencer en janvier et se dérouler en "trois phases successives" afin de ne jamais fermer plus de deux kilomètres à la fois.',
    );
  });

  it('starts a new segment when a French quotation follows a finished sentence', () => {
    expect(sources[10]).toBe('Les riverains ont salué un projet "attendu depuis longtemps" mais s’inquiètent du bruit des engins.');
    expect(sources[11]).toBe('« Nous demandons des horaires raisonnables », a insisté le président d’une association de quartier.');
  });

  it('gives each hashtag its own segment, including tags with spaces', () => {
    expect(sources.slice(-3)).toEqual(['#Toulouse', '#canal du Midi', '#mobilités']);
  });

  it('keeps typographic apostrophes exactly', () => {
    expect(sources.join('\n')).toContain('l’Embouchure');
    expect(sources.join('\n')).not.toContain("l'Embouchure");
  });

  it('obeys the round-trip law: segments and separators rebuild the source exactly', () => {
    expect(rebuildSource(segmentPlainText(depeche))).toBe(depeche);
  });
});

describe('segmentPlainText rules', () => {
  const sources = (text: string) => segmentPlainText(text).segments.map((segment) => segment.source);

  it('joins a hard-wrapped paragraph into one segment even across sentence ends', () => {
    const text = [
      'La commune a voté mardi soir le budget de l’année prochaine. Les élus de',
      'l’opposition ont dénoncé une hausse des impôts locaux. Le maire a répondu',
      'que les taux restaient inchangés depuis six ans et que seules les bases',
      'avaient évolué.',
    ].join('\n');
    expect(sources(text)).toHaveLength(1);
    expect(sources(text)[0]).toContain('Les élus de l’opposition');
  });

  it('joins a long line that stops mid-sentence to a line starting with a name', () => {
    expect(sources('Le ministre de l’Agriculture a rencontré jeudi à Bruxelles son homologue\nAnnalena Berg pour évoquer les quotas.')).toEqual([
      'Le ministre de l’Agriculture a rencontré jeudi à Bruxelles son homologue Annalena Berg pour évoquer les quotas.',
    ]);
  });

  it('keeps list markers out of the text to translate', () => {
    const { segments } = segmentPlainText('Au programme :\n- une visite guidée\n- un concert en plein air\n');
    expect(segments.map((segment) => [segment.kind, segment.source])).toEqual([
      ['meta', 'Au programme :'],
      ['list-item', 'une visite guidée'],
      ['list-item', 'un concert en plein air'],
    ]);
    expect(segments[1]?.before).toBe('\n- ');
  });

  it('leaves lines without letters or digits in the skeleton', () => {
    const text = 'Premier acte.\n\n* * *\n\nSecond acte.\n';
    expect(sources(text)).toEqual(['Premier acte.', 'Second acte.']);
    expect(rebuildSource(segmentPlainText(text))).toBe(text);
  });

  it('keeps non-breaking spaces and guillemets exactly', () => {
    const text = '«\u00a0Bonjour\u00a0!\u00a0», lance-t-il.';
    expect(sources(text)).toEqual([text]);
  });

  it('rebuilds CRLF text, indentation and trailing spaces exactly', () => {
    const text = '  Titre du texte  \r\n\r\nUne ligne coupée \r\n  en deux.\r\n\r\n\r\nFin.';
    const segmented = segmentPlainText(text);
    expect(segmented.segments.map((segment) => segment.source)).toEqual(['Titre du texte', 'Une ligne coupée en deux.', 'Fin.']);
    expect(rebuildSource(segmented)).toBe(text);
  });

  it('finds nothing to translate in blank text', () => {
    expect(segmentPlainText(' \n\n\t\n').segments).toEqual([]);
  });
});

describe('joiner (French spacing when lines are joined)', () => {
  it.each([
    ['"Je viendrai"', ', a-t-il promis.', ''],
    ['une hausse de 3', '.', ''],
    ['il a dit', '"oui"', ' '],
    ['il a dit "oui', '"', ''],
    ['la coopération sino-', 'russe', ''],
    ['l’', 'homme', ''],
    ['(voir', 'page 3)', ' '],
    ['(', 'voir page 3)', ''],
    ['une question', '?', ' '],
    ['« Bonjour', '»', ' '],
  ])('joins %j and %j with %j', (left, right, expected) => {
    expect(joiner(left, right)).toBe(expected);
  });
});

describe('restoreLines', () => {
  it('puts back every replaced line break, with its indentation', () => {
    const joins = [
      { at: 8, original: '\n  ', replacement: ' ' },
      { at: 14, original: '\r\n', replacement: '' },
    ];
    expect(restoreLines('première ligne, fin', joins)).toBe('première\n  ligne\r\n, fin');
  });
});
