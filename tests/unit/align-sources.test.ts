import { describe, expect, it } from 'vitest';
import { alignSources, similarity } from '../../src/domain/align-sources';

describe('aligning an updated source', () => {
  it('keeps identical paragraphs, pairs edited ones, and finds added and removed ones', () => {
    const result = alignSources(
      ['Titre', 'Le président a parlé mercredi.', 'Un paragraphe supprimé ensuite.', 'Fin.'],
      ['Titre', 'Le président a parlé mardi soir.', 'Un tout nouveau paragraphe sans rapport aucun.', 'Fin.'],
    );
    expect(result.unchanged).toEqual([
      { old: 0, new: 0 },
      { old: 3, new: 3 },
    ]);
    expect(result.changed).toEqual([{ old: 1, new: 1, similarity: expect.any(Number) }]);
    expect(result.added).toEqual([2]);
    expect(result.removed).toEqual([2]);
  });

  it('recognises swapped paragraphs as unchanged', () => {
    const result = alignSources(['A un.', 'B deux.', 'C trois.', 'D quatre.'], ['A un.', 'C trois.', 'B deux.', 'D quatre.']);
    expect(result.unchanged).toHaveLength(4);
    expect(result.changed).toEqual([]);
    expect(result.unchanged.find((pair) => pair.old === 1)).toEqual({ old: 1, new: 2 });
  });

  it('pairs identical repeated paragraphs one to one', () => {
    const result = alignSources(['Photo : AFP', 'Texte.', 'Photo : AFP'], ['Photo : AFP', 'Photo : AFP']);
    expect(result.unchanged).toEqual([
      { old: 0, new: 0 },
      { old: 2, new: 1 },
    ]);
    expect(result.removed).toEqual([1]);
  });

  it('handles empty sides', () => {
    expect(alignSources([], ['Nouveau.'])).toEqual({ unchanged: [], changed: [], added: [0], removed: [] });
    expect(alignSources(['Ancien.'], [])).toEqual({ unchanged: [], changed: [], added: [], removed: [0] });
  });

  it('measures similarity from 0 to 1', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
