import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';

/** How the segments of a document's old source map onto those of its new source. */
export interface SourceAlignment {
  /** Old index → new index, for segments whose source is the same (in order, or moved). */
  unchanged: Array<{ old: number; new: number }>;
  /** Old index → new index, for segments whose source was edited (similar enough to be the same paragraph). */
  changed: Array<{ old: number; new: number; similarity: number }>;
  /** New indexes with no old counterpart. */
  added: number[];
  /** Old indexes with no new counterpart. */
  removed: number[];
}

/** 1 for equal texts, 0 for texts with nothing in common (normalised Levenshtein distance). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * Aligns old and new segment sources: first the longest common subsequence of identical sources
 * (jsdiff's array diff: order kept), then identical sources that moved, then, between two
 * aligned neighbours, edited paragraphs paired by similarity (at least `minSimilarity`), in order.
 *
 * @example
 * alignSources(['Titre', 'Un.', 'Deux.'], ['Titre', 'Un !', 'Trois.', 'Deux.']);
 * // → unchanged 0→0, 2→3; changed 1→1; added [2]; removed []
 */
export function alignSources(before: readonly string[], after: readonly string[], minSimilarity = 0.5): SourceAlignment {
  const oldTaken = new Array<boolean>(before.length).fill(false);
  const newTaken = new Array<boolean>(after.length).fill(false);
  const unchanged: SourceAlignment['unchanged'] = [];
  const changed: SourceAlignment['changed'] = [];

  // 1. Identical sources in order. Anchors split both lists into gaps for step 3.
  const anchors: Array<{ old: number; new: number }> = [];
  let o = 0;
  let n = 0;
  for (const part of diffArrays([...before], [...after])) {
    const count = part.count ?? part.value.length;
    if (part.added) n += count;
    else if (part.removed) o += count;
    else {
      for (let k = 0; k < count; k++) anchors.push({ old: o + k, new: n + k });
      o += count;
      n += count;
    }
  }
  for (const anchor of anchors) {
    oldTaken[anchor.old] = newTaken[anchor.new] = true;
    unchanged.push(anchor);
  }

  // 2. Identical sources that moved (swapped paragraphs): the first free old one with that text.
  after.forEach((text, j) => {
    if (newTaken[j]) return;
    const i = before.findIndex((candidate, k) => !oldTaken[k] && candidate === text);
    if (i < 0) return;
    oldTaken[i] = newTaken[j] = true;
    unchanged.push({ old: i, new: j });
  });

  // 3. Edited paragraphs: within each gap between anchors, pair by similarity, keeping order.
  const bounds = [{ old: -1, new: -1 }, ...anchors, { old: before.length, new: after.length }];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const [start, end] = [bounds[g]!, bounds[g + 1]!];
    let lastOld = start.old;
    for (let j = start.new + 1; j < end.new; j++) {
      if (newTaken[j]) continue;
      let best = -1;
      let bestScore = minSimilarity;
      for (let i = lastOld + 1; i < end.old; i++) {
        if (oldTaken[i]) continue;
        const score = similarity(before[i]!, after[j]!);
        if (score >= bestScore) {
          best = i;
          bestScore = score;
          if (score === 1) break;
        }
      }
      if (best < 0) continue;
      oldTaken[best] = newTaken[j] = true;
      changed.push({ old: best, new: j, similarity: bestScore });
      lastOld = best;
    }
  }

  unchanged.sort((a, b) => a.new - b.new);
  changed.sort((a, b) => a.new - b.new);
  return {
    unchanged,
    changed,
    added: after.flatMap((_, j) => (newTaken[j] ? [] : [j])),
    removed: before.flatMap((_, i) => (oldTaken[i] ? [] : [i])),
  };
}
