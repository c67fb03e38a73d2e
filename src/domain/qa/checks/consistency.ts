import type { DocumentCheck, Issue } from '../types';

const key = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/**
 * The same source translated two ways in the document (each after the first is flagged, with the
 * first translation as its fix); two different sources translated identically.
 */
export const consistency: DocumentCheck = {
  id: 'consistency',
  severity: 'warning',
  runDocument: (pairs) => {
    const out: Array<{ index: number; issue: Issue }> = [];
    const bySource = new Map<string, { index: number; target: string }>();
    const byTarget = new Map<string, { index: number; source: string }>();
    pairs.forEach((pair, index) => {
      if (pair.target.trim() === '') return;
      const source = key(pair.source);
      const target = key(pair.target);
      const first = bySource.get(source);
      if (!first) bySource.set(source, { index, target });
      else if (first.target !== target) out.push({ index, issue: { key: 'consistency.source', params: { position: first.index + 1, other: first.target }, fix: pairs[first.index]!.target } });
      const same = byTarget.get(target);
      // Short texts (a word, a name) may well come from two wordings.
      if (!same) byTarget.set(target, { index, source });
      else if (same.source.toLowerCase() !== source.toLowerCase() && target.split(' ').length >= 4) out.push({ index, issue: { key: 'consistency.target', params: { position: same.index + 1 } } });
    });
    return out;
  },
};
