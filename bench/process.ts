import autocannon from 'autocannon';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** `BENCH_CPU_PROFILE=<folder>` writes a V8 CPU profile of each server process there (open it in Chrome's DevTools). */
const profileArgs = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE] : [];

/** Starts a server process (node `args`) and resolves with the address it prints once it listens. */
export async function startProcess(args: string[], env: Record<string, string>, cwd?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...profileArgs, ...args], { cwd, env: { ...process.env, VISAVIS_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/u.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { url, child };
}

/** Stops a server process and waits for it to exit. */
export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A segment a save load edits, with the version it was last seen at. */
export interface LoadedSegment {
  id: number;
  version: number;
  /** Its number in the document (1…n). */
  n: number;
}

/**
 * Segment saves at 50 connections for `duration` seconds: each request takes a segment no other
 * request is saving, with its current version (`body` says what is sent), and gives it back with
 * the version the server answered. autocannon resets a connection's context between requests, so
 * the pool lives out here.
 */
export function saveLoad(options: { url: string; cookie: string; segments: LoadedSegment[]; duration: number; body: (segment: LoadedSegment, counter: number) => Record<string, unknown> }) {
  const free = options.segments;
  let counter = 0;
  return autocannon({
    url: options.url,
    connections: 50,
    duration: options.duration,
    requests: [
      {
        method: 'PATCH',
        path: '/',
        setupRequest: (request, context) => {
          const segment = free.shift();
          if (!segment) throw new Error('segment pool exhausted');
          (context as { segment?: LoadedSegment }).segment = segment;
          counter++;
          return {
            ...request,
            path: `/api/segments/${segment.id}`,
            headers: { 'content-type': 'application/json', cookie: options.cookie },
            body: JSON.stringify({ ...options.body(segment, counter), version: segment.version }),
          };
        },
        onResponse: (status, body, context) => {
          const segment = (context as { segment: LoadedSegment }).segment;
          const parsed = JSON.parse(body) as { version?: number; current?: { version: number } };
          segment.version = status === 200 ? (parsed.version ?? segment.version) : (parsed.current?.version ?? segment.version);
          free.push(segment);
        },
      },
    ],
  });
}

/** One side of a before/after benchmark: a built checkout. */
export interface Side {
  name: string;
  dir: string;
}

/** The code at `revision`, built in a temporary git worktree sharing this checkout's dependencies; `remove` deletes it. */
export function prepareBase(revision: string): Side & { remove: () => void } {
  const commit = execFileSync('git', ['rev-parse', '--short', revision], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'visavis-base-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
  // The same dependencies: the base's package.json differs at most by test tools.
  symlinkSync(join(resolve('.'), 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'inherit' });
  return {
    name: `base (${commit})`,
    dir,
    remove: () => {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The save benchmarks' setup: an administrator on `database`, the server of `dir` on it, signed in,
 * 1,000 distinct news-like paragraphs imported (a number and a weekday each, so the checks have
 * work to do); `save` runs the load for some seconds, drafts or confirmations.
 */
export async function saveBench(dir: string, database: string): Promise<{ child: ChildProcess; save: (duration: number, confirm: boolean) => ReturnType<typeof saveLoad> }> {
  const password = 'benchmark password';
  spawnSync(process.execPath, [join(dir, 'dist/cli.js'), 'user', 'add', 'bench', '--admin', '--password-stdin', '--db', database], { cwd: dir, input: password, stdio: ['pipe', 'ignore', 'inherit'] });
  const { url, child } = await startProcess([join(dir, 'dist/cli.js'), 'serve', '--port', '0', '--db', database], {}, dir);
  try {
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const text = Array.from({ length: 1000 }, (_, i) => `Le conseil municipal a voté ${i + 1} mesures mardi pour le quartier numéro ${i + 7}.`).join('\n\n');
    const imported = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ title: 'Bench', text }) });
    const { id } = (await imported.json()) as { id: number };
    const listed = (await (await fetch(`${url}/api/documents/${id}/segments?limit=1000`, { headers: { cookie } })).json()) as { items: Array<{ id: number; version: number; position: number }> };
    const segments = listed.items.map((segment) => ({ id: segment.id, version: segment.version, n: segment.position + 1 }));
    const save = (duration: number, confirm: boolean) =>
      saveLoad({
        url,
        cookie,
        segments,
        duration,
        body: (segment, counter) => {
          const target = `The town council voted on ${segment.n} measures on Tuesday for district number ${segment.n + 6} (${counter}).`;
          return confirm ? { target, status: 'translated' } : { target };
        },
      });
    return { child, save };
  } catch (error) {
    await stop(child);
    throw error;
  }
}
