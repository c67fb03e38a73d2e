import { describe, expect, it } from 'vitest';
import { sideOf, wordDiff } from '../../src/domain/diff';

describe('word diffs', () => {
  it('finds the changed words', () => {
    expect(wordDiff('Le chat dort.', 'Le chien dort.')).toEqual([
      { op: 'equal', text: 'Le ' },
      { op: 'delete', text: 'chat' },
      { op: 'insert', text: 'chien' },
      { op: 'equal', text: ' dort.' },
    ]);
  });

  it('says nothing changed for equal texts, and all changed from or to empty', () => {
    expect(wordDiff('Bonjour.', 'Bonjour.')).toEqual([{ op: 'equal', text: 'Bonjour.' }]);
    expect(wordDiff('', 'Hello.')).toEqual([{ op: 'insert', text: 'Hello.' }]);
    expect(wordDiff('Hello.', '')).toEqual([{ op: 'delete', text: 'Hello.' }]);
  });

  it('treats elided French words and non-breaking spaces as text, not as noise', () => {
    const ops = wordDiff('L’article a été publié\u202f!', 'L’annonce a été publiée\u202f!');
    expect(ops.filter((op) => op.op !== 'equal').map((op) => op.text)).toEqual(['article', 'annonce', 'publié', 'publiée']);
  });

  it('reads a change interrupted only by spaces as one change', () => {
    expect(wordDiff('The president called for calm.', 'The president urged calm.')).toEqual([
      { op: 'equal', text: 'The president ' },
      { op: 'delete', text: 'called for ' },
      { op: 'insert', text: 'urged ' },
      { op: 'equal', text: 'calm.' },
    ]);
  });

  it.each([
    ['The Chinese president called on Wednesday for calm.', 'On Wednesday, the Chinese president called for calm and restraint.'],
    ['  Deux  espaces, puis\nune ligne.', 'Deux espaces puis une\nligne !'],
    ['« Nous sommes prêts », a-t-il déclaré.', '« Nous ne sommes pas prêts », a déclaré le ministre.'],
    ['', ''],
  ])('rebuilds both sides exactly: %s → %s', (before, after) => {
    const ops = wordDiff(before, after);
    expect(sideOf(ops, 'before')).toBe(before);
    expect(sideOf(ops, 'after')).toBe(after);
  });
});
