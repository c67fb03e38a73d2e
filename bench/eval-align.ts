/**
 * `npm run eval:align`: precision, recall and F1 of the paragraph aligner on our own parallel sets
 * (tests/fixtures/align), clean and with the English reshaped as translations are: paragraphs
 * merged, left out, added, and French paragraphs merged. A link counts as found when the aligner
 * gives exactly the gold link (the same French and English paragraphs, either side possibly empty).
 * Two sets: news (the aligner's weights were set on it) and held-out (legal and report text written
 * afterwards and never used to tune anything: the honest figure).
 */
import { readFileSync } from 'node:fs';
import { type AlignmentLink, alignParagraphs } from '../src/domain/align';

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
const pairs = load('parallel-news');

/** The pairs starting at `offset` (rotated), so each variant is several documents. */
function rotated(source: Pairs, offset: number): Pairs {
  return [...source.slice(offset), ...source.slice(0, offset)];
}

/** Builds a case from the pairs and what happens at each: kept 1-1, English merged with the next, English left out, French merged with the next, an English paragraph added after. */
function variant(name: string, source: [string, string][], shape: (index: number) => 'keep' | 'merge-en' | 'drop-en' | 'merge-fr' | 'add-en'): Case {
  const french: string[] = [];
  const english: string[] = [];
  const gold: AlignmentLink[] = [];
  const reference: string[] = [];
  for (let k = 0; k < source.length; k++) {
    const [fr, en] = source[k]!;
    const next = source[k + 1];
    const what = shape(k);
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

const key = (link: AlignmentLink) => `${link.fr.join(',')}|${link.en.join(',')}`;

function score(found: readonly AlignmentLink[], gold: readonly AlignmentLink[]): { correct: number; found: number; gold: number } {
  const wanted = new Set(gold.map(key));
  return { correct: found.filter((link) => wanted.has(key(link))).length, found: found.length, gold: gold.length };
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
export function evaluateAligner(which: (typeof evaluationSets)[number] = 'news', glossEvery?: number): Array<{ set: string; precision: number; recall: number; f1: number; documents: number; links: number }> {
  const all = load(files[which]);
  const sets: Record<string, Case[]> = { clean: [], 'merged and left out': [] };
  for (let offset = 0; offset < all.length; offset += 4) {
    const source = rotated(all, offset);
    sets.clean!.push(variant(`clean ${offset}`, source, () => 'keep'));
    sets['merged and left out']!.push(
      variant(`reshaped ${offset}`, source, (k) => (k % 7 === 3 ? 'merge-en' : k % 11 === 5 ? 'drop-en' : k % 13 === 8 ? 'merge-fr' : k % 17 === 10 ? 'add-en' : 'keep')),
    );
  }
  return Object.entries(sets).map(([set, cases]) => {
    let correct = 0;
    let found = 0;
    let gold = 0;
    for (const item of cases) {
      const frenchGloss = glossEvery ? item.reference.map((text, i) => (i % glossEvery === 0 ? degraded(text) : undefined)) : undefined;
      const result = score(alignParagraphs(item.french, item.english, frenchGloss ? { frenchGloss } : {}), item.gold);
      correct += result.correct;
      found += result.found;
      gold += result.gold;
    }
    const precision = correct / found;
    const recall = correct / gold;
    return { set, precision, recall, f1: (2 * precision * recall) / (precision + recall), documents: cases.length, links: gold };
  });
}

/** 10,000 paragraphs a side: the pairs repeated with their numbers varied. */
export function alignmentSpeed(paragraphs = 10_000, runs = 3): number {
  const french: string[] = [];
  const english: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const [fr, en] = pairs[i % pairs.length]!;
    french.push(`${fr} (${i + 1})`);
    english.push(`${en} (${i + 1})`);
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    alignParagraphs(french, english);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const which of evaluationSets) {
    for (const result of evaluateAligner(which)) {
      console.log(`${which.padEnd(9)} ${result.set.padEnd(40)} precision ${(result.precision * 100).toFixed(1)} %  recall ${(result.recall * 100).toFixed(1)} %  F1 ${result.f1.toFixed(3)}  (${result.documents} documents, ${result.links} gold links)`);
    }
  }
  for (const every of [3, 1]) {
    for (const result of evaluateAligner('held-out', every)) {
      const label = `${result.set}, gloss ${every === 1 ? 'for all' : `1 in ${every}`}`;
      console.log(`held-out  ${label.padEnd(40)} precision ${(result.precision * 100).toFixed(1)} %  recall ${(result.recall * 100).toFixed(1)} %  F1 ${result.f1.toFixed(3)}`);
    }
  }
  console.log(`10,000 paragraphs a side aligned in ${alignmentSpeed().toFixed(0)} ms (median of 3)`);
}
