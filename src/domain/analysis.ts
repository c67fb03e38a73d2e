/**
 * Word-count analysis against the memory (issue 27): how much of a document or project the memory
 * already covers, in the bands agencies quote and pay by. Pure: the service looks each segment up in
 * the memory and hands the best score here.
 */

/** The bands, from the cheapest to the most expensive to translate, in the order they are listed. */
export const analysisBands = ['repetitions', 'in-context', '100', '95-99', '85-94', '75-84', '50-74', 'no-match'] as const;
export type AnalysisBand = (typeof analysisBands)[number];

/** A percentage of the full word rate per band (0–100): what a weighted word count pays. */
export type AnalysisWeights = Record<AnalysisBand, number>;

/**
 * A common agency grid: repetitions and exact matches a quarter of the rate, in-context matches
 * free, high fuzzy matches 60 %, the rest full rate.
 */
export const defaultAnalysisWeights: Readonly<AnalysisWeights> = {
  repetitions: 25,
  'in-context': 0,
  '100': 25,
  '95-99': 60,
  '85-94': 60,
  '75-84': 100,
  '50-74': 100,
  'no-match': 100,
};

/** What the analysis needs of one segment, in document (then project) order. */
export interface AnalysedSegment {
  /** The source's plain text (inline codes left out). */
  text: string;
  /** Its words, as counted everywhere else (domain/words.ts countWords). */
  words: number;
  /** The memory's best score for it (0–100; 0 when the memory has nothing above 50 %). */
  score: number;
  /** The best match is 100 % and its unit had the same neighbours (the suggestions' in-context match). */
  inContext: boolean;
}

/** One band's counts; `weighted` is words × the band's percentage / 100, to two decimals. */
export interface BandCount {
  band: AnalysisBand;
  segments: number;
  words: number;
  characters: number;
  weighted: number;
}

export interface Analysis {
  bands: BandCount[];
  total: Omit<BandCount, 'band'>;
  weights: AnalysisWeights;
}

/**
 * The key two sources are repetitions of each other by: plain text, Unicode-normalised (NFC),
 * with runs of spaces (no-break ones included) made one and the ends trimmed. Case and punctuation
 * count: « Paris » and « paris » are translated differently often enough.
 *
 * @example
 * repetitionKey(' Le  marché\u00a0ouvre. '); // → 'Le marché ouvre.'
 */
export function repetitionKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The band of a segment that is not a repetition, from its memory match.
 *
 * @example
 * bandOf(100, true); // → 'in-context'
 * bandOf(87, false); // → '85-94'
 */
export function bandOf(score: number, inContext: boolean): Exclude<AnalysisBand, 'repetitions'> {
  if (score >= 100) return inContext ? 'in-context' : '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return 'no-match';
}

/** Characters as a reader counts them: code points of the plain text, spaces included. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * Bands segments. A segment whose source (`repetitionKey`) occurred earlier in the list is a
 * repetition whatever the memory holds: the first occurrence is banded by its match, the later ones
 * cost only a check. Segments without words or characters (an empty cell) are left out.
 *
 * @example
 * analyse([
 *   { text: 'Bonjour.', words: 1, score: 0, inContext: false },
 *   { text: 'Bonjour.', words: 1, score: 0, inContext: false },
 * ]);
 * // → bands: no-match 1 segment / 1 word, repetitions 1 segment / 1 word; total weighted 1.25
 */
export function analyse(segments: Iterable<AnalysedSegment>, weights: AnalysisWeights = defaultAnalysisWeights): Analysis {
  const tally = new AnalysisTally(weights);
  for (const segment of segments) tally.add(segment);
  return tally.result();
}

/**
 * `analyse` a segment at a time, for callers that read segments a page at a time (a whole
 * project's documents are never all in memory at once).
 */
export class AnalysisTally {
  private readonly seen = new Set<string>();
  private readonly counts = new Map<AnalysisBand, { segments: number; words: number; characters: number }>(
    analysisBands.map((band) => [band, { segments: 0, words: 0, characters: 0 }]),
  );

  constructor(private readonly weights: AnalysisWeights = defaultAnalysisWeights) {}

  /** Whether this source was seen before (then it is a repetition, and needs no memory lookup). */
  isRepetition(text: string): boolean {
    return this.seen.has(repetitionKey(text));
  }

  add(segment: AnalysedSegment): AnalysisBand | undefined {
    const characters = characterCount(segment.text.trim());
    if (characters === 0) return undefined;
    const key = repetitionKey(segment.text);
    const band = this.seen.has(key) ? 'repetitions' : bandOf(segment.score, segment.inContext);
    this.seen.add(key);
    const count = this.counts.get(band)!;
    count.segments++;
    count.words += segment.words;
    count.characters += characters;
    return band;
  }

  result(): Analysis {
    const bands = analysisBands.map((band) => {
      const count = this.counts.get(band)!;
      return { band, ...count, weighted: twoDecimals((count.words * this.weights[band]) / 100) };
    });
    const total = bands.reduce(
      (sum, band) => ({ segments: sum.segments + band.segments, words: sum.words + band.words, characters: sum.characters + band.characters, weighted: sum.weighted + band.weighted }),
      { segments: 0, words: 0, characters: 0, weighted: 0 },
    );
    return { bands, total: { ...total, weighted: twoDecimals(total.weighted) }, weights: { ...this.weights } };
  }
}

/**
 * Checks a weighting table: every band, each an integer from 0 to 100. Returns the problem in
 * words, or undefined when it is valid.
 *
 * @example
 * weightsProblem({ ...defaultAnalysisWeights, '100': 120 }); // → 'The weight of band 100 must be an integer from 0 to 100.'
 */
export function weightsProblem(weights: Record<string, unknown>): string | undefined {
  for (const band of analysisBands) {
    const value = weights[band];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) return `The weight of band ${band} must be an integer from 0 to 100.`;
  }
  const unknown = Object.keys(weights).find((key) => !(analysisBands as readonly string[]).includes(key));
  return unknown === undefined ? undefined : `There is no band "${unknown}".`;
}
