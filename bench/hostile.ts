/**
 * `npm run bench:hostile [-- --base <revision>]`: the server under hostile load (issue 24), the
 * code at `<revision>` (default: the commit before issue 24's work) against the working tree.
 *
 * On a 20,000-paragraph document with its translation: five review reports, five DOCX exports,
 * a memory pre-translation of a second 20,000-paragraph document, 80 catastrophic regular
 * expressions sent by a viewer and a replace dry run that would turn a 10,000-character target
 * into 10⁸ characters, all at once. Meanwhile editors (another process, editor-probe.ts) ask
 * /api/health and save segments back to back, an owner imports a two-paragraph file one second
 * in, and the server's resident memory is read every 50 ms.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareBase, type Side, startProcess, stop } from './process';
import { hostileSection, withSection } from './sections';
import { percentile } from './stats';

const args = process.argv.slice(2);
const defaultBase = '2dede92';
const base = args.includes('--base') ? (args[args.indexOf('--base') + 1] ?? defaultBase) : defaultBase;
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
/** `BENCH_SIDES=current` measures the working tree only. */
const onlyCurrent = process.env.BENCH_SIDES === 'current';
/**
 * `BENCH_BASE_RUNS=<file>`: the base side's runs as an earlier run printed them (a JSON array of
 * its `base (…): {…}` objects), instead of measuring the base again (its code does not change;
 * its setup alone takes minutes).
 */
const baseRunsFile = process.env.BENCH_BASE_RUNS;
const paragraphs = Number(process.env.BENCH_PARAGRAPHS ?? 20_000);
/** Requests still unanswered after this long count as timeouts. */
const capMs = 180_000;
const root = resolve('.');

interface Run {
  health: { p99: number; max: number; count: number };
  saves: { p99: number; max: number; count: number; failures: number };
  /** The owner's small import: status and time to answer. */
  smallImport: { status: number; ms: number };
  peakRssMb: number;
  /** Answers by kind of request: status → count ("timeout" when unanswered after the cap). */
  answers: Record<string, Record<string, number>>;
  /** From the first hostile request to the last answer. */
  wallMs: number;
  /** The memory pre-translation job: its end state and how long it took. */
  pretranslation: string;
}

const sentences = [
  'Le conseil municipal a adopté un plan de rénovation de {n} millions d’euros pour les écoles du quartier.',
  'Selon la préfecture, {n} habitants ont été relogés après les inondations de la semaine dernière.',
  'La ministre a confirmé l’ouverture de {n} kilomètres de pistes cyclables avant la fin de l’année.',
  'D’après les chiffres publiés jeudi, la fréquentation des bibliothèques a augmenté de {n} %.',
];
const english = [
  'The town council adopted a {n} million euro renovation plan for the district’s schools.',
  'According to the prefecture, {n} residents were rehoused after last week’s floods.',
  'The minister confirmed that {n} kilometres of cycle lanes would open before the end of the year.',
  'According to figures published on Thursday, library attendance rose by {n}%.',
];
const paragraph = (texts: string[], i: number) => texts[i % texts.length]!.replace('{n}', String(i + 1));

function tmx(count: number): string {
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const units = Array.from(
    { length: count },
    (_, i) => `<tu><tuv xml:lang="fr-FR"><seg>${escape(paragraph(sentences, i))}</seg></tuv><tuv xml:lang="en-US"><seg>${escape(paragraph(english, i))}</seg></tuv></tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en" srclang="fr-FR" datatype="plaintext"/><body>\n${units.join('\n')}\n</body></tmx>\n`;
}

/** Resident memory of a process in MB (Linux /proc), threads included. */
function rssMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status >= 300) throw new Error(`login ${username}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function json<T>(res: Response, expected: number[]): Promise<T> {
  const text = await res.text();
  if (!expected.includes(res.status)) throw new Error(`${res.url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

async function waitForJob(url: string, cookie: string, jobId: number, limitMs: number): Promise<string> {
  const started = performance.now();
  for (;;) {
    let job: { state: string; done: number; total: number };
    try {
      job = await json(await fetch(`${url}/api/jobs/${jobId}`, { headers: { cookie } }), [200]);
    } catch (error) {
      // A server that held its event loop for longer than its keep-alive timeout resets the idle connection it closes.
      if (error instanceof TypeError) continue;
      throw error;
    }
    if (['done', 'failed', 'cancelled'].includes(job.state)) return `${job.state} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (performance.now() - started > limitMs) return `${job.state} (${job.done}/${job.total}) after ${Math.round(limitMs / 1000)} s`;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function measure(side: Side): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-hostile-'));
  const database = join(dir, 'bench.sqlite');
  const password = 'benchmark password';
  for (const [name, admin] of [
    ['bench', true],
    ['viewer', false],
  ] as const) {
    spawnSync(process.execPath, [join(side.dir, 'dist/cli.js'), 'user', 'add', name, ...(admin ? ['--admin'] : []), '--password-stdin', '--db', database], {
      cwd: side.dir,
      input: password,
      stdio: ['pipe', 'ignore', 'inherit'],
    });
  }
  const { url, child } = await startProcess([join(side.dir, 'dist/cli.js'), 'serve', '--port', '0', '--db', database], {}, side.dir);
  try {
    const owner = await login(url, 'bench', password);
    const viewer = await login(url, 'viewer', password);
    const post = (path: string, body: unknown, cookie = owner) => fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: url }, body: JSON.stringify(body) });
    const text = Array.from({ length: paragraphs }, (_, i) => paragraph(sentences, i)).join('\n\n');
    // The document under load, translated from the memory (every segment gets a target and a revision).
    const translated = await json<{ id: number; projectId: number }>(await post('/api/documents', { title: 'Translated', text }), [201]);
    const form = new FormData();
    form.set('file', new Blob([tmx(paragraphs)], { type: 'application/x-tmx+xml' }), 'memory.tmx');
    await json(await fetch(`${url}/api/projects/${translated.projectId}/memory/import`, { method: 'POST', headers: { cookie: owner, origin: url }, body: form }), [200, 201]);
    const setupJob = await json<{ jobId: number }>(await post(`/api/documents/${translated.id}/pretranslate`, { memory: true, mt: false }), [202]);
    console.log(`  setup pre-translation: ${await waitForJob(url, owner, setupJob.jobId, 600_000)}`);
    const fresh = await json<{ id: number }>(await post('/api/documents', { title: 'Fresh', text, projectId: translated.projectId }), [201]);
    await json(await post(`/api/projects/${translated.projectId}/members`, { username: 'viewer', role: 'viewer' }), [201]);
    const page = await json<{ items: Array<{ id: number; version: number }> }>(await fetch(`${url}/api/documents/${translated.id}/segments?limit=202`, { headers: { cookie: owner } }), [200]);
    const [first, ...rest] = page.items;
    // The amplifier: a 10,000-character target of which a regular expression can never be sure.
    await json(
      await fetch(`${url}/api/segments/${first!.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: owner, origin: url },
        body: JSON.stringify({ target: `${'a'.repeat(9_999)}!`, version: first!.version }),
      }),
      [200],
    );

    const probe = spawn(process.execPath, ['--import', 'tsx', new URL('./editor-probe.ts', import.meta.url).pathname, JSON.stringify({ url, cookie: owner, segments: rest.slice(0, 200) })], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    probe.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((ready, reject) => {
      probe.stdout.on('data', () => (output.includes('ready\n') ? ready() : undefined));
      probe.once('exit', (code) => reject(new Error(`the editor probe exited with ${code}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    probe.stdin.write('start\n');

    let peakRss = rssMb(child.pid);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(child.pid))), 50);
    const answers: Record<string, Record<string, number>> = {};
    const tally = async (kind: string, request: () => Promise<Response>): Promise<number> => {
      let status: string;
      try {
        const res = await request();
        await res.arrayBuffer();
        status = String(res.status);
      } catch (error) {
        status = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network error';
      }
      answers[kind] = { ...answers[kind], [status]: (answers[kind]?.[status] ?? 0) + 1 };
      return Number(status);
    };
    const signal = () => AbortSignal.timeout(capMs);
    const started = performance.now();
    let pretranslation = 'not started';
    const hostile = [
      ...Array.from({ length: 5 }, () => tally('review report', () => fetch(`${url}/api/documents/${translated.id}/review-report?since=2000-01-01`, { headers: { cookie: owner }, signal: signal() }))),
      ...Array.from({ length: 5 }, () => tally('DOCX export', () => fetch(`${url}/api/documents/${translated.id}/export?format=docx`, { headers: { cookie: owner }, signal: signal() }))),
      ...Array.from({ length: 80 }, () =>
        tally('catastrophic find (viewer)', () => fetch(`${url}/api/documents/${translated.id}/find?regex=true&q=${encodeURIComponent('(a+)+$')}`, { headers: { cookie: viewer }, signal: signal() })),
      ),
      tally('replace dry run 10,000 × 10,000', () =>
        fetch(`${url}/api/documents/${translated.id}/replace`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: owner, origin: url },
          body: JSON.stringify({ find: 'a', replace: 'b'.repeat(10_000), dryRun: true }),
          signal: signal(),
        }),
      ),
      (async () => {
        const res = await post(`/api/documents/${fresh.id}/pretranslate`, { memory: true, mt: false });
        answers['memory pre-translation'] = { [String(res.status)]: 1 };
        if (res.status === 202) pretranslation = await waitForJob(url, owner, ((await res.json()) as { jobId: number }).jobId, capMs);
      })(),
    ];
    const smallImport = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const form = new FormData();
      form.set('file', new Blob(['Le maire a inauguré la médiathèque.\n\nLes travaux ont duré deux ans.'], { type: 'text/plain' }), 'small.txt');
      const sent = performance.now();
      const status = await tally('small import (owner)', () => fetch(`${url}/api/documents`, { method: 'POST', headers: { cookie: owner, origin: url }, body: form, signal: signal() }));
      return { status, ms: performance.now() - sent };
    })();
    const small = await smallImport;
    await Promise.all(hostile);
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    const exited = new Promise((resolve) => probe.once('exit', resolve));
    probe.stdin.end();
    await exited;
    const measured = JSON.parse(output.split('\n').find((line) => line.startsWith('{')) ?? '{}') as { health: number[]; saves: number[]; saveFailures: number };
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const health = sorted(measured.health);
    const saves = sorted(measured.saves);
    return {
      health: { p99: percentile(health, 0.99), max: health[health.length - 1] ?? Number.NaN, count: health.length },
      saves: { p99: percentile(saves, 0.99), max: saves[saves.length - 1] ?? Number.NaN, count: saves.length, failures: measured.saveFailures },
      smallImport: small,
      peakRssMb: peakRss,
      answers,
      wallMs,
      pretranslation,
    };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : 'n/a');

function describe(runs: Run[]): Record<string, string> {
  const answers = new Map<string, Map<string, number>>();
  for (const run of runs) {
    for (const [kind, statuses] of Object.entries(run.answers)) {
      const counts = answers.get(kind) ?? new Map<string, number>();
      for (const [status, count] of Object.entries(statuses)) counts.set(status, (counts.get(status) ?? 0) + count);
      answers.set(kind, counts);
    }
  }
  const fiveHundreds = runs.reduce((sum, run) => sum + Object.values(run.answers).reduce((inner, statuses) => inner + Object.entries(statuses).filter(([status]) => status.startsWith('5') && status !== '503').reduce((n, [, count]) => n + count, 0), 0), 0);
  return {
    health: `p99 ${ms(median(runs.map((run) => run.health.p99)))}, max ${ms(Math.max(...runs.map((run) => run.health.max)))}`,
    saves: `p99 ${ms(median(runs.map((run) => run.saves.p99)))}, max ${ms(Math.max(...runs.map((run) => run.saves.max)))} (${runs.reduce((sum, run) => sum + run.saves.count, 0)} saves, ${runs.reduce((sum, run) => sum + run.saves.failures, 0)} failed)`,
    smallImport: runs.map((run) => `${run.smallImport.status} in ${ms(run.smallImport.ms)}`).join('; '),
    rss: `${Math.round(Math.max(...runs.map((run) => run.peakRssMb)))} MB`,
    wall: ms(median(runs.map((run) => run.wallMs))),
    pretranslation: runs.map((run) => run.pretranslation).join('; '),
    fiveHundreds: String(fiveHundreds),
    answers: [...answers].map(([kind, counts]) => `${kind}: ${[...counts].map(([status, count]) => `${count} × ${status}`).join(', ')}`).join('; '),
  };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim() !== '';
  const reused = baseRunsFile ? (JSON.parse(readFileSync(baseRunsFile, 'utf8')) as Run[]) : undefined;
  const baseSide = onlyCurrent || reused ? undefined : prepareBase(base);
  const current: Side = { name: `current (${head}${dirty ? ', with uncommitted changes' : ''})`, dir: root };
  const results = new Map<string, Run[]>();
  const baseName = `base (${base}${reused ? ', runs of an earlier measure' : ''})`;
  if (reused) results.set(baseName, reused);
  try {
    for (let round = 0; round < rounds; round++) {
      const sides = baseSide ? (round % 2 === 0 ? [baseSide, current] : [current, baseSide]) : [current];
      for (const side of sides) {
        const run = await measure(side);
        results.set(side.name, [...(results.get(side.name) ?? []), run]);
        console.log(`${side.name}: ${JSON.stringify(run)}`);
      }
    }
  } finally {
    baseSide?.remove();
  }
  const sides = [baseSide ?? (reused ? { name: baseName, dir: '' } : undefined), current].filter((side): side is Side => side !== undefined);
  const described = sides.map((side) => describe(results.get(side.name) ?? []));
  const current_ = described[described.length - 1]!;
  const currentRuns = results.get(current.name) ?? [];
  const met = {
    health: median(currentRuns.map((run) => run.health.p99)) < 100,
    saves: median(currentRuns.map((run) => run.saves.p99)) < 100,
    smallImport: currentRuns.every((run) => run.smallImport.status === 201 && run.smallImport.ms < 2_000),
    rss: Math.max(...currentRuns.map((run) => run.peakRssMb)) < 1024,
    fiveHundreds: current_.fiveHundreds === '0',
  };
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
  const column = (key: keyof ReturnType<typeof describe>) => described.map((side) => side[key]).join(' | ');
  const body = `## Under hostile load (issue 24)

\`npm run bench:hostile\`, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}; ${rounds} run${rounds > 1 ? 's' : ''} of each side (medians of the runs' p99; maxima of their maxima).
A fresh SQLite database; a ${paragraphs.toLocaleString('en-US')}-paragraph document translated from the memory, and a second one, empty. All at once:
five review reports and five DOCX exports of the first, a memory pre-translation of the second, 80 \`find?regex=true&q=(a+)+$\`
from a viewer and a replace dry run \`{find: "a", replace: "b" × 10,000}\` over a 10,000-character target. Meanwhile one editor
asks \`/api/health\` and four save segments back to back (another process), an owner imports a two-paragraph file one second in,
and the server's resident memory is read every 50 ms. 503s are counted apart from the 500s (a refusal to queue, with Retry-After).

| | ${sides.map((side) => side.name).join(' | ')} | Target | Met |
| --- | ${sides.map(() => '---').join(' | ')} | --- | --- |
| \`/api/health\` | ${column('health')} | p99 < 100 ms | ${yes(met.health)} |
| A save | ${column('saves')} | p99 < 100 ms | ${yes(met.saves)} |
| Owner's small import | ${column('smallImport')} | 201 within 2 s | ${yes(met.smallImport)} |
| Peak resident memory | ${column('rss')} | < 1 GB | ${yes(met.rss)} |
| Answers 500 | ${column('fiveHundreds')} | none | ${yes(met.fiveHundreds)} |
| Until the last answer | ${column('wall')} | | |
| Memory pre-translation | ${column('pretranslation')} | | |
| Answers | ${column('answers')} | | |
`;
  const path = 'docs/benchmarks.md';
  writeFileSync(path, withSection(readFileSync(path, 'utf8'), hostileSection, body));
  console.log(body);
}

await main();
