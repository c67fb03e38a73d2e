/**
 * `npm run bench:saves [-- --base <revision>]`: segment saves at 50 connections, the code at
 * `<revision>` (default: the commit before the one change path, issue 23) against the working
 * tree, in one run on the same machine. The base is built in a temporary git worktree; the two
 * servers are measured in turns (base, current, base, current…) so that a noisy neighbour slows
 * both alike, and the medians and their ratio are written to docs/benchmarks.md.
 *
 * Two loads: drafts (an edit, as autosave sends it) and confirmations (status translated: the QA
 * gate runs on each, the memory is fed, repetitions are looked for).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { savesSection, withSection } from './sections';
import { prepareBase, type Side, saveBench, stop } from './process';
import { percentile } from './stats';

const args = process.argv.slice(2);
const base = args.includes('--base') ? (args[args.indexOf('--base') + 1] ?? 'e4d1f15^') : 'e4d1f15^';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** `BENCH_LOADS=draft` measures drafts only (a quicker comparison). */
const loads = process.env.BENCH_LOADS === 'draft' ? [false] : [false, true];
const root = resolve('.');

interface Run {
  rate: number;
  p99: number;
  errors: number;
  /** The server process's CPU time (all its threads) per save, in µs: steadier than a rate on a shared machine. */
  cpu: number;
}

/** User + system CPU time of a process so far, in seconds (Linux /proc; NaN elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** One measurement: a fresh database, 1,000 paragraphs, 50 connections saving for 10 s after a 3 s warm-up. */
async function measure(side: Side, confirm: boolean): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-saves-'));
  try {
    const { child, save } = await saveBench(side.dir, join(dir, 'bench.sqlite'));
    try {
      await save(3, confirm);
      const cpuBefore = cpuSeconds(child.pid);
      const result = await save(10, confirm);
      const cpu = ((cpuSeconds(child.pid) - cpuBefore) / result.requests.total) * 1e6;
      return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, cpu };
    } finally {
      await stop(child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim() !== '';
  const baseSide = prepareBase(base);
  const current: Side = { name: `current (${head}${dirty ? ', with uncommitted changes' : ''})`, dir: root };
  const results = new Map<string, Run[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      for (const confirm of loads) {
        for (const side of round % 2 === 0 ? [baseSide, current] : [current, baseSide]) {
          const run = await measure(side, confirm);
          const key = `${side.name}|${confirm ? 'confirm' : 'draft'}`;
          results.set(key, [...(results.get(key) ?? []), run]);
          console.log(`${side.name} ${confirm ? 'confirmations' : 'drafts'}: ${Math.round(run.rate)}/s, p99 ${run.p99} ms, ${Math.round(run.cpu)} µs CPU a save, ${run.errors} errors`);
        }
      }
    }
  } finally {
    baseSide.remove();
  }

  const row = (kind: 'draft' | 'confirm') => {
    const of = (side: Side) => results.get(`${side.name}|${kind}`) ?? [];
    const [b, c] = [of(baseSide), of(current)];
    const rate = (runs: Run[]) => median(runs.map((run) => run.rate));
    const p99 = (runs: Run[]) => median(runs.map((run) => run.p99));
    const cpu = (runs: Run[]) => Math.round(median(runs.map((run) => run.cpu)));
    const errors = (runs: Run[]) => runs.reduce((sum, run) => sum + run.errors, 0);
    const target = kind === 'draft' ? rate(c) >= 3000 && errors(c) === 0 : errors(c) === 0;
    // The runs of one round were back to back: their ratio is the least noisy comparison.
    const paired = median(c.map((run, i) => run.rate / (b[i]?.rate ?? Number.NaN)));
    return `| ${kind === 'draft' ? 'Drafts (autosave)' : 'Confirmations (QA gate, memory, repetitions)'} | ${Math.round(rate(b))}/s, p99 ${p99(b)} ms, ${cpu(b)} µs | ${Math.round(rate(c))}/s, p99 ${p99(c)} ms, ${cpu(c)} µs | ${paired.toFixed(2)} (${c.map((run, i) => (run.rate / (b[i]?.rate ?? Number.NaN)).toFixed(2)).join(', ')}) | ${(cpu(c) / cpu(b)).toFixed(2)} | ${errors(b)} / ${errors(c)} | ${kind === 'draft' ? '≥ 3,000/s' : 'no errors'} | ${target ? 'yes' : '**no**'} |`;
  };
  const body = `## Saves before and after the one change path (issue 23)

\`npm run bench:saves\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}.
The two sides are ${baseSide.name}, built in a temporary worktree, and ${current.name}. Each run: a fresh SQLite
database, 1,000 paragraphs, autocannon with 50 connections for 10 s after a 3 s warm-up, each request saving a segment no
other request is saving, with its current version, signed in with a session cookie; ${rounds} runs of each, the two servers in turns.
Medians of the runs: saves/s, the p99 latency of each run, and the server's CPU time (all threads) per save, which a
noisy neighbour disturbs less than a rate. The rate ratio is current / base, the median of each round's pair (the pairs
in brackets); the CPU ratio is current / base of the medians.

| Load | Base | Current | Rate ratio | CPU ratio | Errors (base / current) | Target | Met |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row('draft')}
${row('confirm')}
`;
  const path = 'docs/benchmarks.md';
  writeFileSync(path, withSection(readFileSync(path, 'utf8'), savesSection, body));
  console.log(body);
}

await main();
