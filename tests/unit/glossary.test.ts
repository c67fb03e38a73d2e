import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/domain/glossary';

const glossary = [
  { source: 'président', target: 'president' },
  { source: 'président de la République', target: 'President of the Republic' },
  { source: 'Etat', target: 'State' },
  { source: 'cœur', target: 'heart' },
];

describe('glossary terms in a source', () => {
  it('are found ignoring case and accents, longest first, whole words only', () => {
    const text = 'Le Président de la République et l’État. Les présidents, le cœur.';
    expect(findTerms(text, glossary).map((hit) => [text.slice(hit.start, hit.end), hit.target])).toEqual([
      ['Président de la République', 'President of the Republic'],
      ['État', 'State'],
      ['cœur', 'heart'],
    ]);
  });

  it('find nothing in an unrelated text or with an empty glossary', () => {
    expect(findTerms('Rien à signaler.', glossary)).toEqual([]);
    expect(findTerms('Le président.', [])).toEqual([]);
  });
});
