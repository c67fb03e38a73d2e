import type { DocumentRunner, Issue, ProjectPair } from '../types';

const key = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/** Short texts (a word, a name) may well come from two wordings: identical targets count from four words. */
const longEnough = (target: string) => target.split(' ').length >= 4;

/** The project's other translations by source and by target (each the first met), indexed once per project list. */
const cache = new WeakMap<object, { bySource: Map<string, ProjectPair>; byTarget: Map<string, ProjectPair> }>();
function projectIndex(project: readonly ProjectPair[]) {
  let index = cache.get(project);
  if (!index) {
    index = { bySource: new Map(), byTarget: new Map() };
    for (const pair of project) {
      if (pair.target.trim() === '') continue;
      const source = key(pair.source);
      const target = key(pair.target);
      if (!index.bySource.has(source)) index.bySource.set(source, pair);
      if (!index.byTarget.has(target)) index.byTarget.set(target, pair);
    }
    cache.set(project, index);
  }
  return index;
}

/**
 * The same source translated two ways in the document (each after the first is flagged, with the
 * first translation as its fix) or in the project's other documents (with theirs as the fix); two
 * different sources translated identically, in the document or the project.
 */
export const consistency: DocumentRunner = {
  runDocument: (pairs, context) => {
    const out: Array<{ index: number; issue: Issue }> = [];
    const bySource = new Map<string, { index: number; target: string }>();
    const byTarget = new Map<string, { index: number; source: string }>();
    const project = context.project && context.project.length > 0 ? projectIndex(context.project) : undefined;
    pairs.forEach((pair, index) => {
      if (pair.target.trim() === '') return;
      const source = key(pair.source);
      const target = key(pair.target);
      const first = bySource.get(source);
      if (!first) bySource.set(source, { index, target });
      else if (first.target !== target) out.push({ index, issue: { key: 'consistency.source', params: { position: first.index + 1, other: first.target }, fix: pairs[first.index]!.target } });
      const same = byTarget.get(target);
      if (!same) byTarget.set(target, { index, source });
      else if (same.source.toLowerCase() !== source.toLowerCase() && longEnough(target)) out.push({ index, issue: { key: 'consistency.target', params: { position: same.index + 1 } } });
      if (!project) return;
      // The document's own first translation is the one compared with the project's (the others are compared with it above).
      const elsewhere = project.bySource.get(source);
      if (!first && elsewhere && key(elsewhere.target) !== target) {
        out.push({ index, issue: { key: 'consistency.project', params: { document: elsewhere.document, position: elsewhere.position + 1, other: elsewhere.target }, fix: elsewhere.target } });
      }
      const identical = project.byTarget.get(target);
      if (!same && identical && key(identical.source).toLowerCase() !== source.toLowerCase() && longEnough(target)) {
        out.push({ index, issue: { key: 'consistency.projectTarget', params: { document: identical.document, position: identical.position + 1 } } });
      }
    });
    return out;
  },
};
