import { describe, expect, it } from 'vitest';
import { compileFind, findInSegments, findMatches, type FindQuery } from '../../src/domain/find';
import { type InlineCode, plainText } from '../../src/domain/inline';

const texts = (text: string, query: FindQuery) => findMatches(text, compileFind(query), query.ignoreAccents).map((match) => text.slice(match.start, match.end));
const replaced = (target: string, query: FindQuery, replace: string) => findInSegments([{ id: 1, source: '', target, codes: [] }], query, { in: 'target', replace })[0]?.after;

describe('finding', () => {
  it('ignores case unless asked, and finds every occurrence', () => {
    expect(texts('Le maire et la Maire-adjointe.', { find: 'maire' })).toEqual(['maire', 'Maire']);
    expect(texts('Le maire et la Maire-adjointe.', { find: 'maire', caseSensitive: true })).toEqual(['maire']);
  });

  it('takes the search literally unless it is a regular expression', () => {
    expect(texts('Coût : 3.5 % (ou 345 %).', { find: '3.5 %' })).toEqual(['3.5 %']);
    expect(texts('Coût : 3.5 % (ou 345 %).', { find: '(ou' })).toEqual(['(ou']);
    expect(texts('Coût : 3.5 % (ou 345 %).', { find: '\\d+(\\.\\d+)? %', regex: true })).toEqual(['3.5 %', '345 %']);
  });

  it('finds whole words only when asked, letters with accents included', () => {
    expect(texts('mai, maire, Mai.', { find: 'mai', wholeWord: true })).toEqual(['mai', 'Mai']);
    expect(texts('élu et réélu', { find: 'élu', wholeWord: true })).toEqual(['élu']);
  });

  it('ignores accents when asked, giving the places in the text as typed', () => {
    expect(texts("L'État et l'etat, l'ÉTAT.", { find: 'etat', ignoreAccents: true })).toEqual(['État', 'etat', 'ÉTAT']);
    expect(texts("L'État et l'etat.", { find: 'état', ignoreAccents: true, wholeWord: true })).toEqual(['État', 'etat']);
    // Decomposed accents (e + combining acute) count as one letter.
    expect(texts('Le cafe\u0301 et le café.', { find: 'café', ignoreAccents: true })).toEqual(['cafe\u0301', 'café']);
    expect(texts('Le cafe\u0301 et le café.', { find: 'café' })).toEqual(['café']);
  });

  it('refuses an empty search and an unreadable expression, saying why', () => {
    expect(() => compileFind({ find: '' })).toThrow('Say what to find: the search is empty.');
    expect(() => compileFind({ find: '(unclosed', regex: true })).toThrow(/^The regular expression cannot be read: .*Unterminated group/u);
    expect(() => compileFind({ find: 'x'.repeat(1001) })).toThrow('A search has at most 1,000 characters.');
  });

  it('skips empty matches', () => {
    expect(texts('abc', { find: 'x*', regex: true })).toEqual([]);
  });
});

describe('replacing', () => {
  it('replaces every match, literally or with groups', () => {
    expect(replaced('The major met the Major.', { find: 'major' }, 'mayor')).toBe('The mayor met the mayor.');
    expect(replaced('Price: $5 and $10.', { find: '$5' }, '$$6')).toBe('Price: $$6 and $10.');
    expect(replaced('On 4 February 2026 and 5 March 2026.', { find: '(\\d+) (\\w+) (\\d{4})', regex: true }, '$2 $1, $3')).toBe('On February 4, 2026 and March 5, 2026.');
    expect(replaced('From 2025 to 2026.', { find: '(?<year>\\d{4})', regex: true }, '[$<year>]')).toBe('From [2025] to [2026].');
    expect(replaced('x1', { find: '(x)(1)', regex: true }, '$& $$ $2$1 $9')).toBe('x1 $ 1x $9');
  });

  it('fills groups with the text as typed when accents are ignored', () => {
    expect(replaced('Le Prefet et le préfet.', { find: '(pr[eé]fet)', regex: true, ignoreAccents: true }, '<$1>')).toBe('Le <Prefet> et le <préfet>.');
  });

  it('never touches codes: only the words between them', () => {
    const codes: InlineCode[] = [{ id: '1', type: 'paired', kind: 'link', open: '<a href="pc">', close: '</a>', droppable: true }];
    const [found] = findInSegments([{ id: 7, source: 'Le <pc id="1">pc</pc>.', target: 'The <pc id="1">pc</pc> pc.', codes }], { find: 'pc', wholeWord: true }, { replace: 'PC' });
    expect(found).toEqual({ id: 7, source: [{ start: 3, end: 5 }], target: [{ start: 4, end: 6 }, { start: 7, end: 9 }], after: 'The <pc id="1">PC</pc> PC.' });
  });

  it('counts its offsets in the plain text, a line break code read as a space as the QA checks read it', () => {
    const codes: InlineCode[] = [{ id: '1', type: 'standalone', kind: 'break', open: '<br/>', droppable: false }];
    const source = 'Le maire<ph id="1"/>de Blois';
    const [found] = findInSegments([{ id: 3, source, target: '', codes }], { find: 'Blois' }, { in: 'source' });
    const plain = plainText(source, codes);
    expect(plain).toBe('Le maire de Blois');
    expect(found?.source).toEqual([{ start: 12, end: 17 }]);
    expect(plain.slice(12, 17)).toBe('Blois');
  });

  it('leaves out segments without a match, and looks only where asked', () => {
    const segments = [
      { id: 1, source: 'Le maire.', target: 'The mayor.', codes: [] },
      { id: 2, source: 'Rien.', target: 'Nothing.', codes: [] },
    ];
    expect(findInSegments(segments, { find: 'maire' }).map((found) => found.id)).toEqual([1]);
    expect(findInSegments(segments, { find: 'maire' }, { in: 'target' })).toEqual([]);
  });
});
