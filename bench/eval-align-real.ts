/**
 * The aligner on real published French/English pairs (tests/fixtures/align/real: the Canadian
 * Digital Service's pages and posts, with gold links made by hand by someone who never saw the
 * aligner): link precision, recall and F1 per pair, the calibration of the scores (how many links
 * scored ≥ 0.5 are right, how many right links score below it), and the speed on the real
 * paragraphs reshaped (rotated, merged, left out, headings dropped on one side) to 10,000 and
 * 20,000 a side. `npm run eval:align` prints it after the fixture sets; `--json` for a script.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { type AlignmentLink, alignParagraphs } from '../src/domain/align';

export interface RealPair {
  name: string;
  licence: string;
  french: string[];
  english: string[];
  gold: Array<{ fr: number[]; en: number[] }>;
}

const folder = new URL('../tests/fixtures/align/real/', import.meta.url);

/** The real pairs, by name. */
export function realPairs(): RealPair[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as RealPair);
}

const key = (link: { fr: readonly number[]; en: readonly number[] }) => `${link.fr.join(',')}|${link.en.join(',')}`;

export interface RealScore {
  name: string;
  links: number;
  precision: number;
  recall: number;
  f1: number;
  /** Links the aligner scored ≥ 0.5, and how many of them are right. */
  sure: { found: number; right: number };
  /** Right links scored < 0.5 (they show as unsure). */
  rightUnsure: number;
  wrong: Array<{ fr: number[]; en: number[]; score: number | null }>;
}

/** Scores the aligner on one real pair. */
export function scoreReal(pair: RealPair): RealScore {
  const found = alignParagraphs(pair.french, pair.english);
  const wanted = new Set(pair.gold.map(key));
  const right = found.filter((link) => wanted.has(key(link)));
  const precision = right.length / found.length;
  const recall = right.length / pair.gold.length;
  // Scores only mean something on links that pair paragraphs; one-sided links are not scored for confidence.
  const scored = (link: AlignmentLink) => link.fr.length > 0 && link.en.length > 0 && typeof link.score === 'number';
  const sure = found.filter((link) => scored(link) && link.score >= 0.5);
  return {
    name: pair.name,
    links: pair.gold.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    sure: { found: sure.length, right: sure.filter((link) => wanted.has(key(link))).length },
    rightUnsure: right.filter((link) => scored(link) && link.score < 0.5).length,
    wrong: found.filter((link) => !wanted.has(key(link))).map((link) => ({ fr: [...link.fr], en: [...link.en], score: link.score })),
  };
}

/**
 * The real paragraphs reshaped as a long document's translation is: the pairs' gold links taken in
 * turn (rotated so that the text is not one document repeated), every 9th English link merged with
 * the next, every 13th left out, every 17th English heading-like line (short, no end punctuation)
 * dropped — until `size` French paragraphs.
 */
export function reshapedReal(size: number): { french: string[]; english: string[] } {
  const units = realPairs().flatMap((pair) => pair.gold.filter((link) => link.fr.length > 0).map((link) => ({ fr: link.fr.map((i) => pair.french[i]!).join(' '), en: link.en.map((j) => pair.english[j]!).join(' ') })));
  const french: string[] = [];
  const english: string[] = [];
  let k = 0;
  for (let round = 0; french.length < size; round++) {
    for (let u = 0; u < units.length && french.length < size; u++, k++) {
      const unit = units[(u + round * 37) % units.length]!;
      // A marker per round keeps repeated paragraphs apart, as different articles' paragraphs are.
      french.push(`${unit.fr} (${round})`);
      const en = unit.en === '' ? '' : `${unit.en} (${round})`;
      if (en === '' || k % 13 === 7) continue;
      if (k % 17 === 3 && en.length < 60 && !/[.!?:]\s*\(\d+\)$/u.test(en)) continue;
      if (k % 9 === 4 && english.length > 0) english[english.length - 1] += ` ${en}`;
      else english.push(en);
    }
  }
  return { french, english };
}

/** The speed benchmark's process (bench/align-speed-child.ts), bundled as the server is: built once. */
let speedChild: string | undefined;
function speedChildBundle(): string {
  if (speedChild) return speedChild;
  const out = join(mkdtempSync(join(tmpdir(), 'visavis-align-speed-')), 'align-speed.mjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('./align-speed-child.ts', import.meta.url))], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return (speedChild = out);
}

/**
 * Time (median), CPU time, the heap's growth and peak resident memory to align `size` reshaped
 * real paragraphs a side: the median of `processes` fresh processes, each the median of three runs
 * (the first run of a process compiles the aligner's code, as a running server has done before).
 * Nothing else runs in them: an evaluation before in the same process would leave its heap behind.
 */
export function realSpeed(size: number, processes = 3): { ms: number; cpuMs: number; heapMb: number; rssMb: number; english: number } {
  const texts = reshapedReal(size);
  const data = join(dirname(speedChildBundle()), `reshaped-${size}.json`);
  writeFileSync(data, JSON.stringify(texts));
  const results: Array<{ ms: number; cpuMs: number; heapMb: number; rssMb: number }> = [];
  for (let run = 0; run < processes; run++) {
    const child = spawnSync(process.execPath, ['--expose-gc', speedChildBundle(), data], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`The alignment speed run failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as (typeof results)[number]);
  }
  const median = results.sort((x, y) => x.ms - y.ms)[Math.floor(results.length / 2)]!;
  return { ...median, rssMb: Math.max(...results.map((result) => result.rssMb)), english: texts.english.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = realPairs().map(scoreReal);
  for (const score of scores) {
    console.log(
      `${score.name.padEnd(26)} links ${String(score.links).padStart(4)}  P ${(score.precision * 100).toFixed(1)} %  R ${(score.recall * 100).toFixed(1)} %  F1 ${score.f1.toFixed(3)}  sure right ${score.sure.right}/${score.sure.found}  right but unsure ${score.rightUnsure}`,
    );
    if (process.argv.includes('--wrong')) for (const link of score.wrong) console.log(`    wrong: fr ${link.fr.join(',')} en ${link.en.join(',')} score ${link.score}`);
  }
  const sure = scores.reduce((sum, score) => ({ found: sum.found + score.sure.found, right: sum.right + score.sure.right }), { found: 0, right: 0 });
  console.log(`calibration: ${sure.right}/${sure.found} links scored ≥ 0.5 are right (${((sure.right / sure.found) * 100).toFixed(1)} %); ${scores.reduce((sum, score) => sum + score.rightUnsure, 0)} right links score < 0.5`);
  if (!process.argv.includes('--no-speed')) {
    for (const size of [1_250, 5_000, 10_000, 20_000]) {
      const speed = realSpeed(size);
      console.log(`reshaped real text, ${size} French / ${speed.english} English paragraphs: median ${speed.ms.toFixed(0)} ms (${speed.cpuMs.toFixed(0)} ms of CPU), heap growth ${speed.heapMb.toFixed(0)} MB, peak ${speed.rssMb.toFixed(0)} MB resident (3 fresh processes × 3 runs)`);
    }
  }
}
