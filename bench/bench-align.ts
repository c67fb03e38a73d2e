/**
 * `npx tsx bench/bench-align.ts [sizes…]`: time and memory of the paragraph aligner on long reshaped
 * documents, 1,250 to 20,000 paragraphs a side. The text is real-looking, not one pair repeated:
 * the project's news and held-out pairs (tests/fixtures/align) rotated into sections with
 * headings, paragraphs of varied length (two pairs joined, or cut to their first sentence), and
 * reshaped as published translations are (headings on one side only, paragraphs merged, split or
 * left out, a note added). Each measurement runs in a fresh process (one warm-up alignment first),
 * so the peak resident memory it reports is that alignment's; medians of three.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alignParagraphs, type AlignWork } from '../src/domain/align';
import { headingPairs, loadPairs } from './align-dev';

type Pairs = Array<[string, string]>;

/** The first sentence of a paragraph (up to its first stop followed by a capital), or the paragraph. */
const firstSentence = (text: string): string => /^.*?[.!?»"”](?=\s+[«"“\p{Lu}])/u.exec(text)?.[0] ?? text;

/** A reshaped document pair of `size` French paragraphs or so, and how many English. Deterministic. */
export function reshapedDocument(size: number): { french: string[]; english: string[] } {
  const pairs: Pairs = [...loadPairs('parallel-news'), ...loadPairs('held-out')];
  const french: string[] = [];
  const english: string[] = [];
  let random = 20_261_206;
  const next = () => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random / 2147483648;
  };
  let k = 0;
  let section = 0;
  while (french.length < size) {
    const [headingFr, headingEn] = headingPairs[section++ % headingPairs.length]!;
    const roll = next();
    if (roll < 0.8) {
      french.push(headingFr);
      english.push(headingEn);
    } else if (roll < 0.9) english.push(headingEn);
    else french.push(headingFr);
    const paragraphs = 2 + Math.floor(next() * 6);
    for (let p = 0; p < paragraphs; p++) {
      // A step through the pairs that is prime to their number: every rotation comes round.
      k = (k + 7) % pairs.length;
      let [fr, en] = pairs[k]!;
      const length = next();
      if (length < 0.15) {
        const [frNext, enNext] = pairs[(k + 1) % pairs.length]!;
        fr = `${fr} ${frNext}`;
        en = `${en} ${enNext}`;
      } else if (length < 0.3) {
        fr = firstSentence(fr);
        en = firstSentence(en);
      }
      const shape = next();
      if (shape < 0.05) {
        // The English merges this paragraph with the next one.
        const [frNext, enNext] = pairs[(k + 3) % pairs.length]!;
        french.push(fr, frNext);
        english.push(`${en} ${enNext}`);
      } else if (shape < 0.08) {
        const [frNext, enNext] = pairs[(k + 3) % pairs.length]!;
        french.push(`${fr} ${frNext}`);
        english.push(en, enNext);
      } else if (shape < 0.12) french.push(fr);
      else if (shape < 0.13) english.push(en);
      else {
        french.push(fr);
        english.push(en);
      }
      if (next() < 0.01) english.push("Editor's note: this article has been updated with the latest figures.");
    }
  }
  return { french, english };
}

/** One measurement, in this process: milliseconds, the work done, and the peak resident memory in MB. */
function measureOnce(size: number): { ms: number; cpuMs: number; work: AlignWork; peakMb: number; englishSize: number } {
  const warm = reshapedDocument(1_250);
  alignParagraphs(warm.french, warm.english);
  const { french, english } = reshapedDocument(size);
  const work: AlignWork = { cells: 0, beads: 0, passes: 0 };
  const started = performance.now();
  const cpu = process.cpuUsage();
  alignParagraphs(french, english, { work });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, work, peakMb: process.resourceUsage().maxRSS / 1024, englishSize: english.length };
}

/** Median time and peak memory of `runs` fresh processes aligning `size` paragraphs a side. */
export function alignmentBenchmark(size: number, runs = 3): { size: number; englishSize: number; ms: number; cpuMs: number; peakMb: number; cells: number; beads: number; passes: number } {
  const results: Array<ReturnType<typeof measureOnce>> = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--once', String(size)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`The alignment benchmark failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ReturnType<typeof measureOnce>);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    size,
    englishSize: results[0]!.englishSize,
    ms: median(results.map((result) => result.ms)),
    cpuMs: median(results.map((result) => result.cpuMs)),
    peakMb: median(results.map((result) => result.peakMb)),
    cells: results[0]!.work.cells,
    beads: results[0]!.work.beads,
    passes: results[0]!.work.passes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--once') console.log(JSON.stringify(measureOnce(Number(process.argv[3]))));
  else {
    const sizes = process.argv.slice(2).map(Number);
    for (const size of sizes.length > 0 ? sizes : [1_250, 5_000, 10_000, 20_000]) {
      const result = alignmentBenchmark(size);
      console.log(
        `${size.toLocaleString('en')} French / ${result.englishSize.toLocaleString('en')} English paragraphs, reshaped: ${result.ms.toFixed(0)} ms (${result.cpuMs.toFixed(0)} ms of CPU), peak ${result.peakMb.toFixed(0)} MB resident (medians of 3; ${result.cells.toLocaleString('en')} cells, ${result.beads.toLocaleString('en')} beads scored, ${result.passes} pass${result.passes > 1 ? 'es' : ''})`,
      );
    }
  }
}
