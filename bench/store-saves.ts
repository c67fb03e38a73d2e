/**
 * `npm run bench:stores` (and the end of `npm run bench`): segment saves on PostgreSQL against
 * SQLite, the same code on the same machine in one run. The two stores are measured in turns
 * (SQLite, PostgreSQL, PostgreSQL, SQLite…) so that a noisy neighbour slows both alike; the
 * medians and the ratio of each round's pair go to docs/benchmarks.md. PostgreSQL is the
 * throwaway server scripts/ensure-postgres.sh starts (fsync off, as for the tests: the ratio
 * compares the code paths, not the disks).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { withSection } from './sections';
import { prepareBase, saveBench, stop } from './process';
import { percentile } from './stats';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** `BENCH_STORES=postgres` measures one store only (to profile it, with BENCH_CPU_PROFILE). */
const only = process.env.BENCH_STORES as Kind | undefined;
const root = resolve('.');
const storesSection = { start: '<!-- bench:stores -->', end: '<!-- /bench:stores -->' };
type Kind = 'sqlite' | 'postgres';
type Load = 'draft' | 'confirm';

interface Run {
  rate: number;
  p99: number;
  errors: number;
}

async function withDatabase<T>(kind: Kind, work: (location: string) => Promise<T>): Promise<T> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-stores-'));
    try {
      return await work(join(dir, 'bench.sqlite'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const server = execFileSync('bash', ['scripts/ensure-postgres.sh'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const name = `visavis_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  // BENCH_PG_SOCKET=<folder>: through the server's Unix socket rather than TCP on loopback.
  if (process.env.BENCH_PG_SOCKET) url.searchParams.set('host', process.env.BENCH_PG_SOCKET);
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

/** One measurement: a fresh database, 1,000 paragraphs, 50 connections saving for 10 s after a 3 s warm-up. */
function measure(kind: Kind, load: Load, dir = root): Promise<Run> {
  return withDatabase(kind, async (database) => {
    const { child, save } = await saveBench(dir, database);
    try {
      await save(3, load === 'confirm');
      const result = await save(10, load === 'confirm');
      return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
    } finally {
      await stop(child);
    }
  });
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const results = new Map<string, Run[]>();
  // BENCH_BASE=<revision>: PostgreSQL drafts of that code too, to see what this code changed there.
  const base = process.env.BENCH_BASE ? prepareBase(process.env.BENCH_BASE) : undefined;
  const baseRuns: Run[] = [];
  for (let round = 0; round < rounds; round++) {
    if (base) {
      const run = await measure('postgres', 'draft', base.dir);
      baseRuns.push(run);
      console.log(`${base.name} postgres drafts: ${Math.round(run.rate)}/s, p99 ${run.p99} ms, ${run.errors} errors`);
    }
    for (const load of process.env.BENCH_LOADS === 'draft' ? (['draft'] as const) : (['draft', 'confirm'] as const)) {
      for (const kind of round % 2 === 0 ? (['sqlite', 'postgres'] as const) : (['postgres', 'sqlite'] as const)) {
        if (only && kind !== only) continue;
        const run = await measure(kind, load);
        results.set(`${kind}|${load}`, [...(results.get(`${kind}|${load}`) ?? []), run]);
        console.log(`${kind} ${load}s: ${Math.round(run.rate)}/s, p99 ${run.p99} ms, ${run.errors} errors`);
      }
    }
  }
  base?.remove();
  const row = (load: Load) => {
    const [s, p] = (['sqlite', 'postgres'] as const).map((kind) => results.get(`${kind}|${load}`) ?? []) as [Run[], Run[]];
    const ratios = p.map((run, i) => run.rate / (s[i]?.rate ?? Number.NaN));
    const ratio = median(ratios);
    const errors = [...s, ...p].reduce((sum, run) => sum + run.errors, 0);
    // The issue's target is for saves as the editor sends them (drafts); confirmations are reported.
    const met = load === 'draft' ? (ratio >= 0.5 && errors === 0 ? 'yes' : '**no**') : '—';
    return `| ${load === 'draft' ? 'Drafts (autosave)' : 'Confirmations (QA gate, memory, repetitions)'} | ${Math.round(median(s.map((run) => run.rate)))}/s, p99 ${median(s.map((run) => run.p99))} ms | ${Math.round(median(p.map((run) => run.rate)))}/s, p99 ${median(p.map((run) => run.p99))} ms | ${ratio.toFixed(2)} (${ratios.map((value) => value.toFixed(2)).join(', ')}) | ${errors} | ${load === 'draft' ? '≥ 0.50' : 'none (reported)'} | ${met} |`;
  };
  const body = `## PostgreSQL saves against SQLite's (issue 25)

\`npm run bench:stores\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, code at ${head}.
The same server on a fresh SQLite file and on a fresh PostgreSQL 15 database (the local test server, loopback, fsync off),
1,000 paragraphs, autocannon with 50 connections for 10 s after a 3 s warm-up, each request saving a segment no other request
is saving; ${rounds} runs of each, the two stores in turns. Medians of the runs; the ratio is PostgreSQL / SQLite, the median
of each round's pair (the pairs in brackets).

| Load | SQLite | PostgreSQL | Ratio | Errors | Target | Met |
| --- | --- | --- | --- | --- | --- | --- |
${row('draft')}
${row('confirm')}
${base ? `\nThe same PostgreSQL drafts with the code at ${base.name}: ${Math.round(median(baseRuns.map((run) => run.rate)))}/s, p99 ${median(baseRuns.map((run) => run.p99))} ms (runs ${baseRuns.map((run) => Math.round(run.rate)).join(', ')}).\n` : ''}`;
  const path = 'docs/benchmarks.md';
  writeFileSync(path, withSection(readFileSync(path, 'utf8'), storesSection, body));
  console.log(body);
}

await main();
