import { InvalidInputError } from '../errors';

/**
 * An alignment under review: links between a document's segments (by id, in document order) and
 * the paragraphs of an English version (0-based positions), which the translator corrects before
 * accepting. Every segment and every English paragraph is in exactly one link, in order; a link
 * with one side empty is a paragraph left unaligned. These operations are pure and shared by the
 * server (which checks what it is sent) and the editor (which applies them as keys are pressed).
 */
export interface ReviewLink {
  segments: number[];
  english: number[];
  /** The aligner's confidence, 0 to 1; null once a person has set the link by hand. */
  score: number | null;
}

export type Side = 'segments' | 'english';

const copy = (links: readonly ReviewLink[]): ReviewLink[] => links.map((link) => ({ segments: [...link.segments], english: [...link.english], score: link.score }));
const isEmpty = (link: ReviewLink) => link.segments.length === 0 && link.english.length === 0;

function at(links: readonly ReviewLink[], index: number): ReviewLink {
  const link = links[index];
  if (!link) throw new InvalidInputError(`There is no link ${index + 1} (the alignment has ${links.length}).`);
  return link;
}

/**
 * Link `index` and the next one become one (two unaligned neighbours, French and English, become
 * a link; a paragraph joins the link before it into a 2-1).
 */
export function mergeWithNext(links: readonly ReviewLink[], index: number): ReviewLink[] {
  at(links, index);
  if (index + 1 >= links.length) throw new InvalidInputError('The last link has no next one to merge with.');
  const out = copy(links);
  const [first, second] = [out[index]!, out[index + 1]!];
  out.splice(index, 2, { segments: [...first.segments, ...second.segments], english: [...first.english, ...second.english], score: null });
  return out;
}

/**
 * A link of several paragraphs becomes one link per paragraph: the first French with the first
 * English, the second with the second…, those left over unaligned.
 */
export function split(links: readonly ReviewLink[], index: number): ReviewLink[] {
  const link = at(links, index);
  if (link.segments.length + link.english.length <= 1) throw new InvalidInputError('This link holds a single paragraph: there is nothing to split.');
  if (link.segments.length === 1 && link.english.length === 1) return unlink(links, index);
  const pieces: ReviewLink[] = [];
  for (let k = 0; k < Math.max(link.segments.length, link.english.length); k++) {
    pieces.push({ segments: link.segments[k] === undefined ? [] : [link.segments[k]!], english: link.english[k] === undefined ? [] : [link.english[k]!], score: null });
  }
  const out = copy(links);
  out.splice(index, 1, ...pieces);
  return out;
}

/** A link's paragraphs become unaligned: each French one alone, then each English one alone. */
export function unlink(links: readonly ReviewLink[], index: number): ReviewLink[] {
  const link = at(links, index);
  const out = copy(links);
  out.splice(
    index,
    1,
    ...link.segments.map((id) => ({ segments: [id], english: [], score: null })),
    ...link.english.map((j) => ({ segments: [], english: [j], score: null })),
  );
  return out;
}

/**
 * Moves one paragraph of a side across a link boundary: `up` gives the link's first paragraph to
 * the link before, `down` its last to the link after (a new unaligned link when there is none).
 * Order on both sides is kept; a link left empty disappears.
 */
export function shift(links: readonly ReviewLink[], index: number, side: Side, direction: 'up' | 'down'): ReviewLink[] {
  const link = at(links, index);
  if (link[side].length === 0) throw new InvalidInputError(`This link has no ${side === 'segments' ? 'French' : 'English'} paragraph to move.`);
  const out = copy(links);
  const here = out[index]!;
  if (direction === 'up') {
    const moved = here[side].shift()!;
    if (index === 0) out.unshift(side === 'segments' ? { segments: [moved], english: [], score: null } : { segments: [], english: [moved], score: null });
    else {
      out[index - 1]![side].push(moved);
      out[index - 1]!.score = null;
    }
  } else {
    const moved = here[side].pop()!;
    if (index === out.length - 1) out.push(side === 'segments' ? { segments: [moved], english: [], score: null } : { segments: [], english: [moved], score: null });
    else {
      out[index + 1]![side].unshift(moved);
      out[index + 1]!.score = null;
    }
  }
  here.score = null;
  return out.filter((item) => !isEmpty(item));
}

/**
 * Checks links sent by a client against the document and the English version: every segment and
 * every English paragraph exactly once, in order, and no empty link. Throws InvalidInputError
 * saying what is wrong; returns the links, scores bounded.
 */
export function checkLinks(links: readonly ReviewLink[], segmentIds: readonly number[], englishCount: number): ReviewLink[] {
  const segments = links.flatMap((link) => link.segments);
  const english = links.flatMap((link) => link.english);
  links.forEach((link, k) => {
    if (isEmpty(link)) throw new InvalidInputError(`Link ${k + 1} is empty: every link holds at least one paragraph.`);
  });
  const firstDifference = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < Math.max(a.length, b.length); k++) if (a[k] !== b[k]) return k;
    return -1;
  };
  const s = firstDifference(segments, segmentIds);
  if (s >= 0) {
    throw new InvalidInputError(
      segments.length !== segmentIds.length
        ? `The links hold ${segments.length} French segments; the document has ${segmentIds.length}: each must be in exactly one link, in order.`
        : `The French segments are not in document order at link position ${s + 1}: each must be in exactly one link, in order.`,
    );
  }
  const e = firstDifference(
    english,
    Array.from({ length: englishCount }, (_, j) => j),
  );
  if (e >= 0) {
    throw new InvalidInputError(
      english.length !== englishCount
        ? `The links hold ${english.length} English paragraphs; the English version has ${englishCount}: each must be in exactly one link, in order.`
        : `The English paragraphs are not in order at position ${e + 1}: each must be in exactly one link, in order.`,
    );
  }
  return links.map((link) => ({ segments: [...link.segments], english: [...link.english], score: link.score === null ? null : Math.min(1, Math.max(0, link.score)) }));
}

/**
 * Links made for an older state of the document brought up to date: segments since removed are
 * taken out (a link left empty disappears), segments since added come in unaligned, at their place.
 */
export function reconcile(links: readonly ReviewLink[], segmentIds: readonly number[]): ReviewLink[] {
  const order = new Map(segmentIds.map((id, k) => [id, k]));
  const kept = copy(links)
    .map((link) => ({ ...link, segments: link.segments.filter((id) => order.has(id)) }))
    .filter((link) => !isEmpty(link));
  const present = new Set(kept.flatMap((link) => link.segments));
  const missing = segmentIds.filter((id) => !present.has(id));
  if (missing.length === 0) return kept;
  const out: ReviewLink[] = [];
  let next = 0;
  for (const link of kept) {
    const first = link.segments[0];
    if (first !== undefined) {
      while (next < missing.length && order.get(missing[next]!)! < order.get(first)!) out.push({ segments: [missing[next++]!], english: [], score: null });
    }
    out.push(link);
  }
  while (next < missing.length) out.push({ segments: [missing[next++]!], english: [], score: null });
  return out;
}
