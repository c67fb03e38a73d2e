/**
 * `npm run eval:align`: precision, recall and F1 of the paragraph aligner on our own parallel sets
 * (tests/fixtures/align), clean and with the English reshaped as translations are: paragraphs
 * merged, left out, added, and French paragraphs merged. A link counts as found when the aligner
 * gives exactly the gold link (the same French and English paragraphs, either side possibly empty).
 * With each figure, how the scores split the links: the share of right links among those scored
 * ≥ 0.5, and how many right links were scored below (marked unsure in the alignment view).
 * Sets: development (bench/align-dev.ts: sections with headings on one side; the weights and the
 * calibration are set on it), news (tuned on) and held-out (legal and report text written
 * afterwards and never used to tune anything: the honest figure); then the time and memory of
 * 10,000 reshaped paragraphs a side (bench/bench-align.ts).
 */
import { readFileSync } from 'node:fs';
import { type AlignmentLink, type AlignOptions, type AlignWeights, alignParagraphs } from '../src/domain/align';
import { looksLikeHeading } from '../src/domain/align/headings';
import { developmentCases } from './align-dev';
import { alignmentBenchmark, reshapedDocument } from './bench-align';
import { realPairs, scoreReal } from './eval-align-real';

interface Case {
  name: string;
  french: string[];
  english: string[];
  gold: AlignmentLink[];
  /** Each French paragraph's reference English, for simulated glosses. */
  reference: string[];
}

type Pairs = [string, string][];
const load = (name: string): Pairs => (JSON.parse(readFileSync(new URL(`../tests/fixtures/align/${name}.json`, import.meta.url), 'utf8')) as { pairs: Pairs }).pairs;
/** The evaluation sets: `news` tuned on, `held-out` never. */
export const evaluationSets = ['news', 'held-out'] as const;
const files: Record<(typeof evaluationSets)[number], string> = { news: 'parallel-news', 'held-out': 'held-out' };
/** The pairs starting at `offset` (rotated), so each variant is several documents. */
function rotated(source: Pairs, offset: number): Pairs {
  return [...source.slice(offset), ...source.slice(0, offset)];
}

/** Builds a case from the pairs and what happens at each: kept 1-1, English merged with the next, English left out, French merged with the next, an English paragraph added after. */
function variant(name: string, source: [string, string][], shape: (index: number) => 'keep' | 'merge-en' | 'drop-en' | 'merge-fr' | 'add-en', headingsGlued = false): Case {
  const french: string[] = [];
  const english: string[] = [];
  const gold: AlignmentLink[] = [];
  const reference: string[] = [];
  for (let k = 0; k < source.length; k++) {
    const [fr, en] = source[k]!;
    const next = source[k + 1];
    const wanted = shape(k);
    // A published translation never glues a heading to a paragraph: merges are of paragraphs only
    // (with `headingsGlued`, the earlier reshaping that merged them too, kept for comparison).
    const what = !headingsGlued && (wanted === 'merge-en' || wanted === 'merge-fr') && (isHeading(fr, en) || (next !== undefined && isHeading(next[0], next[1]))) ? 'keep' : wanted;
    if ((what === 'merge-en' || what === 'merge-fr') && next) {
      if (what === 'merge-en') {
        gold.push({ fr: [french.length, french.length + 1], en: [english.length], score: 1 });
        french.push(fr, next[0]);
        reference.push(en, next[1]);
        english.push(`${en} ${next[1]}`);
      } else {
        gold.push({ fr: [french.length], en: [english.length, english.length + 1], score: 1 });
        french.push(`${fr} ${next[0]}`);
        reference.push(`${en} ${next[1]}`);
        english.push(en, next[1]);
      }
      k++;
      continue;
    }
    if (what === 'drop-en') {
      gold.push({ fr: [french.length], en: [], score: 1 });
      french.push(fr);
      reference.push(en);
      continue;
    }
    gold.push({ fr: [french.length], en: [english.length], score: 1 });
    french.push(fr);
    reference.push(en);
    english.push(en);
    if (what === 'add-en') {
      gold.push({ fr: [], en: [english.length], score: 1 });
      english.push("Editor's note: this article has been updated with the latest figures.");
    }
  }
  return { name, french, english, gold, reference };
}

/** A pair of headings or short lines: both sides read as one (domain/align/headings.ts). */
const isHeading = (fr: string, en: string): boolean => looksLikeHeading(fr) && looksLikeHeading(en);

const key = (link: { fr: readonly number[]; en: readonly number[] }) => `${link.fr.join(',')}|${link.en.join(',')}`;

/** What an aligner did on some documents: exact links found, and how its scores split them. */
export interface AlignmentFigures {
  precision: number;
  recall: number;
  f1: number;
  documents: number;
  links: number;
  /** Links scored ≥ 0.5, and how many of them are right. */
  sure: number;
  sureRight: number;
  /** Links scored < 0.5 (marked unsure in the view), and how many of them are right. */
  unsure: number;
  unsureRight: number;
}

/**
 * Aligns each case (with the options it gives, if any) and scores the links against the gold: a
 * link counts only when it is exactly a gold one. What any evaluation set, ours or published,
 * goes through.
 */
export function evaluateCases(cases: ReadonlyArray<{ french: string[]; english: string[]; gold: ReadonlyArray<{ fr: number[]; en: number[] }> }>, options: (index: number) => AlignOptions = () => ({})): AlignmentFigures {
  const figures = { correct: 0, found: 0, gold: 0, sure: 0, sureRight: 0, unsure: 0, unsureRight: 0 };
  cases.forEach((item, index) => {
    const wanted = new Set(item.gold.map(key));
    for (const link of alignParagraphs(item.french, item.english, options(index))) {
      const right = wanted.has(key(link));
      figures.found++;
      if (right) figures.correct++;
      if (link.score >= 0.5) {
        figures.sure++;
        if (right) figures.sureRight++;
      } else {
        figures.unsure++;
        if (right) figures.unsureRight++;
      }
    }
    figures.gold += item.gold.length;
  });
  const precision = figures.correct / figures.found;
  const recall = figures.correct / figures.gold;
  const { sure, sureRight, unsure, unsureRight } = figures;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), documents: cases.length, links: figures.gold, sure, sureRight, unsure, unsureRight };
}

/**
 * A stand-in for a memory match or an engine's output: the reference English with every other
 * word left out (half its words, so never the English paragraph itself).
 */
const degraded = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((_, k) => k % 2 === 0)
    .join(' ');

/**
 * Precision, recall and F1 on a set; with `glossEvery`, every n-th French paragraph has a gloss
 * (the degraded reference above), as the memory or the engine would give.
 */
export function evaluateAligner(which: (typeof evaluationSets)[number] = 'news', glossEvery?: number, weights?: Partial<AlignWeights>): Array<AlignmentFigures & { set: string }> {
  const all = load(files[which]);
  const sets: Record<string, Case[]> = { clean: [], 'merged and left out': [], 'merged and left out, headings glued': [] };
  const reshape = (k: number) => (k % 7 === 3 ? 'merge-en' : k % 11 === 5 ? 'drop-en' : k % 13 === 8 ? 'merge-fr' : k % 17 === 10 ? 'add-en' : 'keep');
  for (let offset = 0; offset < all.length; offset += 4) {
    const source = rotated(all, offset);
    sets.clean!.push(variant(`clean ${offset}`, source, () => 'keep'));
    sets['merged and left out']!.push(variant(`reshaped ${offset}`, source, reshape));
    sets['merged and left out, headings glued']!.push(variant(`glued ${offset}`, source, reshape, true));
  }
  return Object.entries(sets).map(([set, cases]) => ({
    set,
    ...evaluateCases(cases, (index) => {
      const frenchGloss = glossEvery ? cases[index]!.reference.map((text, i) => (i % glossEvery === 0 ? degraded(text) : undefined)) : undefined;
      return { ...(frenchGloss ? { frenchGloss } : {}), ...(weights ? { weights } : {}) };
    }),
  }));
}

/** The development documents (bench/align-dev.ts: sections, headings on one side, reshaped), which the weights and the calibration are set on. */
export function evaluateDevelopment(): AlignmentFigures {
  return evaluateCases(developmentCases());
}

/** Median milliseconds to align a reshaped document of `paragraphs` a side, in this process (bench/bench-align.ts measures in fresh ones, with memory). */
export function alignmentSpeed(paragraphs = 10_000, runs = 3): number {
  const { french, english } = reshapedDocument(paragraphs);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    alignParagraphs(french, english);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const percent = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)} %`;

/** One line of the report: F1, and how the scores split right and wrong links. */
export const describeFigures = (figures: AlignmentFigures): string =>
  `precision ${(figures.precision * 100).toFixed(1)} %  recall ${(figures.recall * 100).toFixed(1)} %  F1 ${figures.f1.toFixed(3)}  (${figures.documents} documents, ${figures.links} gold links; ` +
  `scored ≥ 0.5 right: ${figures.sureRight}/${figures.sure} = ${percent(figures.sureRight, figures.sure)}; right links scored < 0.5: ${figures.unsureRight} of ${figures.sureRight + figures.unsureRight})`;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`develop.  sections, headings on one side, reshaped        ${describeFigures(evaluateDevelopment())}`);
  for (const which of evaluationSets) {
    for (const result of evaluateAligner(which)) console.log(`${which.padEnd(9)} ${result.set.padEnd(48)} ${describeFigures(result)}`);
  }
  for (const every of [3, 1]) {
    for (const result of evaluateAligner('held-out', every)) {
      const label = `${result.set}, gloss ${every === 1 ? 'for all' : `1 in ${every}`}`;
      console.log(`held-out  ${label.padEnd(48)} ${describeFigures(result)}`);
    }
  }
  // Real published pairs (the Canadian Digital Service's pages), gold links made blind: see bench/eval-align-real.ts.
  for (const score of realPairs().map(scoreReal)) {
    console.log(`real      ${score.name.padEnd(48)} F1 ${score.f1.toFixed(3)} (P ${(score.precision * 100).toFixed(1)} %, R ${(score.recall * 100).toFixed(1)} %), ${score.links} links; scored ≥ 0.5 right ${score.sure.right}/${score.sure.found}, right but < 0.5: ${score.rightUnsure}`);
  }
  const speed = alignmentBenchmark(10_000);
  console.log(
    `10,000 French / ${speed.englishSize.toLocaleString('en')} English reshaped paragraphs aligned in ${speed.ms.toFixed(0)} ms (${speed.cpuMs.toFixed(0)} ms of CPU), peak ${speed.peakMb.toFixed(0)} MB resident (medians of 3 fresh processes; every size: npx tsx bench/bench-align.ts)`,
  );
}
