import { searchKey } from './search';

/**
 * The variants of a glossary field (`a ;b;; c` → `a`, `b`, `c`): the English to use, or the
 * renderings not to use, separated by `;` (or `|`), spaces collapsed, blanks dropped.
 */
export function termVariants(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[;|]/u)
    .map((variant) => variant.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

export interface TermHit {
  /** Offsets in the text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  source: string;
  target: string;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

/** searchKey of one character, remembered: findTerms folds a text a character at a time, and a text has few distinct ones. */
const folds = new Map<string, string>();
function foldChar(char: string): string {
  let piece = folds.get(char);
  if (piece === undefined) {
    piece = searchKey(char);
    if (folds.size < 4096) folds.set(char, piece);
  }
  return piece;
}

/**
 * Where glossary terms occur in a text: case and accents ignored (« Etat » finds « État »), whole
 * words only, longest term first when two overlap.
 *
 * @example
 * findTerms('Le président de la République', [{ source: 'président de la République', target: 'President of the Republic' }]);
 * // → [{ start: 3, end: 29, source: 'président de la République', target: 'President of the Republic', term: { … } }]
 */
export function findTerms<T extends { source: string; target: string }>(text: string, terms: readonly T[]): Array<TermHit & { term: T }> {
  // Fold character by character, remembering where each folded character came from (œ → oe).
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldChar(text[i]!);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  const hits: Array<TermHit & { term: T }> = [];
  const sorted = [...terms].filter((term) => term.source.trim()).sort((a, b) => b.source.length - a.source.length);
  const taken = new Array<boolean>(text.length).fill(false);
  for (const term of sorted) {
    const needle = searchKey(term.source.trim());
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const start = origin[at]!;
      const end = origin[at + needle.length - 1]! + 1;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ start, end, source: term.source, target: term.target, term });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
