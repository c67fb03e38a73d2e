import { type ChildProcess, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCliAdmin, serveCli, signedInHeaders } from '../helpers/cli-server';
import { takeSseEvents } from '../helpers/sse';

/**
 * PostgreSQL stopped and started under load, on a cluster of this test's own (the shared test
 * server cannot be stopped under the other tests): during the outage every request that needs the
 * database answers 503 with Retry-After and a problem body, none 500; liveness stays up and
 * readiness goes down; once the database is back, saves go through again and the live relay is
 * back within a second (an open stream is told to reload what it may have missed).
 */
const dir = `/tmp/visavis-pg-outage-${process.pid}`;
let port = 0;
let url = '';
let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts (or restarts) this test's cluster with the project's own script; returns when it accepts connections. */
function startDatabase(): void {
  const started = spawnSync('bash', ['scripts/ensure-postgres.sh'], { env: { ...process.env, VISAVIS_PG_DIR: dir, VISAVIS_PG_PORT: String(port) }, encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`could not start PostgreSQL: ${started.stderr}`);
}

function stopDatabase(): void {
  const bin = spawnSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1'], { encoding: 'utf8' }).stdout.trim();
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const stopped = spawnSync(asOwner[0] ?? `${bin}/pg_ctl`, [...asOwner.slice(1), ...(asOwner.length ? [`${bin}/pg_ctl`] : []), '-D', dir, '-m', 'fast', '-w', 'stop'], { encoding: 'utf8' });
  if (stopped.status !== 0) throw new Error(`could not stop PostgreSQL: ${stopped.stderr}`);
}

beforeAll(async () => {
  port = await freePort();
  startDatabase();
  url = `postgres://postgres@127.0.0.1:${port}/postgres`;
}, 120_000);

afterAll(() => {
  server?.kill('SIGKILL');
  try {
    stopDatabase();
  } catch {
    // already stopped by a failed test
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a PostgreSQL outage under load', () => {
  it('answers 503 with Retry-After while the database is down, never 500, and comes back within a second', async () => {
    addCliAdmin(url);
    const started = await serveCli(url);
    server = started.child;
    const base = started.url;
    const headers = await signedInHeaders(base);
    const imported = await fetch(`${base}/api/documents`, { method: 'POST', headers, body: JSON.stringify({ title: 'Panne', text: Array.from({ length: 20 }, (_, i) => `Paragraphe ${i}.`).join('\n\n'), format: 'txt' }) });
    const { id } = (await imported.json()) as { id: number };
    const segments = ((await (await fetch(`${base}/api/documents/${id}/segments?limit=100`, { headers })).json()) as { items: Array<{ id: number; version: number }> }).items;

    // An editor's live stream, read as it comes.
    const stream = await fetch(`${base}/api/documents/${id}/events`, { headers });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const resets: number[] = [];
    let buffered = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        const { events, rest } = takeSseEvents(buffered + decoder.decode(value, { stream: true }));
        buffered = rest;
        for (const event of events) if (event.event === 'reset') resets.push(performance.now());
      }
    })();

    // Five editors save without pause; every answer is recorded.
    const answers: Array<{ status: number; retryAfter: string | null; code?: string; at: number }> = [];
    let stop = false;
    const editor = async (k: number) => {
      const segment = segments[k]!;
      for (let n = 0; !stop; n++) {
        const res = await fetch(`${base}/api/segments/${segment.id}`, { method: 'PATCH', headers, body: JSON.stringify({ target: `Editor ${k}, save ${n}.`, version: segment.version }) });
        const body = (await res.json()) as { version?: number; code?: string };
        if (res.status === 200) segment.version = body.version!;
        answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), code: body.code, at: performance.now() });
        if (res.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const editors = Array.from({ length: 5 }, (_, k) => editor(k));
    await new Promise((resolve) => setTimeout(resolve, 500));

    stopDatabase();
    const down = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(((await ready.json()) as { checks: Array<{ name: string; ok: boolean }> }).checks).toContainEqual(expect.objectContaining({ name: 'database', ok: false }));
    const list = await fetch(`${base}/api/documents`, { headers });
    expect(list.status).toBe(503);
    expect(await list.json()).toMatchObject({ status: 503, code: 'database_unavailable', unavailable: 'database', retryAfter: 5 });

    startDatabase();
    const back = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    stop = true;
    await Promise.all(editors);
    await reader.cancel();
    await reading;

    const during = answers.filter((answer) => answer.at > down + 200 && answer.at < back);
    expect(during.length).toBeGreaterThan(5);
    for (const answer of during) expect(answer).toMatchObject({ status: 503, retryAfter: '5', code: 'database_unavailable' });
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    expect(answers.filter((answer) => answer.at > back + 1000).every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => answer.at > back && answer.status === 200).length).toBeGreaterThan(0);
    // The relay came back and told the stream to reload what it may have missed.
    const relayBack = resets.find((at) => at > back);
    expect(relayBack, 'a reset event after the database came back').toBeDefined();
    expect(relayBack! - back).toBeLessThan(1000);
  }, 120_000);
});
