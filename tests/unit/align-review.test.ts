import { describe, expect, it } from 'vitest';
import { checkLinks, mergeWithNext, reconcile, type ReviewLink, shift, split, unlink } from '../../src/domain/align';

/** Links written short: 'a,b-0,1' is segments a and b with English 0 and 1; scores ignored. */
const ids: Record<string, number> = { a: 11, b: 12, c: 13, d: 14 };
const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
const parse = (text: string): ReviewLink[] =>
  text.split(' ').map((part) => {
    const [fr = '', en = ''] = part.split('-');
    return { segments: fr ? fr.split(',').map((name) => ids[name]!) : [], english: en ? en.split(',').map(Number) : [], score: 0.9 };
  });
const show = (links: ReviewLink[]) => links.map((link) => `${link.segments.map((id) => names.get(id)).join(',')}-${link.english.join(',')}`).join(' ');

describe('corrections of an alignment under review', () => {
  it.each([
    ['a-0 b-1 c-', 1, 'a-0 b,c-1'],
    ['a-0 b- -1 c-2', 1, 'a-0 b-1 c-2'],
    ['a-0 b-1', 0, 'a,b-0,1'],
  ])('merge %s at %i → %s', (links, index, expected) => {
    const merged = mergeWithNext(parse(links), index);
    expect(show(merged)).toBe(expected);
    expect(merged[index]!.score).toBeNull();
  });

  it.each([
    ['a,b-0 c-1', 0, 'a-0 b- c-1'],
    ['a-0,1 c-2', 0, 'a-0 -1 c-2'],
    ['a,b-0,1', 0, 'a-0 b-1'],
    ['a-0', 0, 'a- -0'],
    ['a,b,c-0', 0, 'a-0 b- c-'],
  ])('split %s at %i → %s', (links, index, expected) => {
    expect(show(split(parse(links), index))).toBe(expected);
  });

  it.each([
    ['a,b-0,1 c-2', 0, 'a- b- -0 -1 c-2'],
    ['a- -0', 1, 'a- -0'],
  ])('unlink %s at %i → %s', (links, index, expected) => {
    expect(show(unlink(parse(links), index))).toBe(expected);
  });

  it.each([
    ['a-0 b-1,2', 1, 'english', 'up', 'a-0,1 b-2'],
    ['a-0,1 b-2', 0, 'english', 'down', 'a-0 b-1,2'],
    ['a-0 -1 b-2', 1, 'english', 'up', 'a-0,1 b-2'],
    ['a-0 b-1', 1, 'english', 'down', 'a-0 b- -1'],
    ['a-0 b-1', 0, 'english', 'up', '-0 a- b-1'],
    ['a,b-0 c-1', 0, 'segments', 'down', 'a-0 b,c-1'],
    ['a-0 b,c-1', 1, 'segments', 'up', 'a,b-0 c-1'],
  ] as const)('shift %s at %i: %s %s → %s', (links, index, side, direction, expected) => {
    const moved = shift(parse(links), index, side, direction);
    expect(show(moved)).toBe(expected);
    // Every paragraph is still there once, in order.
    expect(moved.flatMap((link) => link.english)).toEqual(parse(links).flatMap((link) => link.english));
    expect(moved.flatMap((link) => link.segments)).toEqual(parse(links).flatMap((link) => link.segments));
  });

  it('refuses what cannot be done, saying why', () => {
    expect(() => mergeWithNext(parse('a-0 b-1'), 1)).toThrow(/no next one/u);
    expect(() => split(parse('a- b-0'), 0)).toThrow(/single paragraph/u);
    expect(() => shift(parse('a- b-0'), 0, 'english', 'down')).toThrow(/no English paragraph/u);
    expect(() => unlink(parse('a-0'), 3)).toThrow(/no link 4/u);
  });
});

describe('links sent by a client', () => {
  const segments = [11, 12, 13];
  it('are accepted when every segment and English paragraph is there once, in order', () => {
    const links = checkLinks(parse('a-0 b,c-1 -2'), segments, 3);
    expect(show(links)).toBe('a-0 b,c-1 -2');
  });

  it.each([
    ['a-0 b-1', 2, /hold 2 French segments; the document has 3/u],
    ['a-0 c-1 b-2', 3, /not in document order/u],
    ['a-0 b-2 c-1', 3, /English paragraphs are not in order/u],
    ['a-0 b-1 c-1', 2, /hold 3 English paragraphs; the English version has 2/u],
    ['a-0 b-1 c-2 -', 3, /empty/u],
  ])('are refused: %s', (links, english, message) => {
    expect(() => checkLinks(parse(links), segments, english)).toThrow(message);
  });
});

describe('links brought up to date after a source update', () => {
  it('drop removed segments and take new ones in unaligned at their place', () => {
    // b was removed, d added after a.
    expect(show(reconcile(parse('a-0 b-1 c-2'), [11, 14, 13]))).toBe('a-0 -1 d- c-2');
    expect(show(reconcile(parse('a-0'), [11, 12]))).toBe('a-0 b-');
    expect(show(reconcile(parse('a-0 b-1'), [11, 12]))).toBe('a-0 b-1');
  });
});
