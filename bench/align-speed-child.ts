/**
 * One process of the alignment speed benchmark (bench/eval-align-real.ts `realSpeed`): aligns the
 * paragraphs of a JSON file three times and prints the median run as JSON. It is bundled by esbuild
 * as the server is (scripts/build.mjs), so that the time is the shipped code's, not the test
 * loader's (tsx keeps every function's name, a call at each closure made).
 */
import { readFileSync } from 'node:fs';
import { alignParagraphs } from '../src/domain/align';

const { french, english } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { french: string[]; english: string[] };
const runs: Array<{ ms: number; cpuMs: number; heapMb: number }> = [];
for (let run = 0; run < 3; run++) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const cpu = process.cpuUsage();
  const started = performance.now();
  alignParagraphs(french, english);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // The heap's growth when it is done: what it keeps and what is not yet collected.
  runs.push({ ms, cpuMs: (used.user + used.system) / 1000, heapMb: (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - before) / 1e6 });
}
const median = runs.sort((x, y) => x.ms - y.ms)[1]!;
console.log(JSON.stringify({ ...median, rssMb: process.resourceUsage().maxRSS / 1024 }));
