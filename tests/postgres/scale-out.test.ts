import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createServices } from '../../src/services';
import { openPostgresStore } from '../../src/store/postgres';
import { openStorage, startServer } from '../../src/main';
import type { MachineTranslator } from '../../src/providers/mt/machine-translator';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { openStore } from '../../src/store/open';
import type { JobRecord } from '../../src/store/store';
import { startDeepLStandIn } from '../helpers/deepl-stand-in';
import { createTestDatabase, onServer } from '../helpers/postgres';
import { patch, segmentsOf, testPassword } from '../helpers/test-app';

/**
 * What only PostgreSQL is for: several server instances on one database. Each "instance" here is a
 * store (its own connection pool), services and app, as a separate process would have.
 */

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const fixture = new URL('../fixtures/depeche-fr.txt', import.meta.url).pathname;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const created = await createTestDatabase();
  cleanups.push(created.drop);
  return created.url;
}

/** An instance as `visavis serve` makes one: the store and the relay of live events. */
async function instance(url: string, machineTranslator?: MachineTranslator) {
  const { store, relay, close } = await openStorage(url);
  cleanups.push(close);
  const services = createServices({ store, liveRelay: relay, passwordCost: { N: 1024, r: 8, p: 1 }, machineTranslator, jobs: { retryDelayMs: 5 } });
  const app = createApp({ store, services, publicDir: loadConfig({}).publicDir, trustProxy: false });
  return { store, services, app };
}

/** Two instances on one database, and an API token of the administrator valid on both. */
async function twoInstances(machineTranslator?: MachineTranslator) {
  const url = await database();
  const a = await instance(url, machineTranslator);
  const b = await instance(url, machineTranslator);
  await a.services.accounts.createUser({ username: 'camille', password: testPassword, isAdmin: true });
  const { token } = await b.services.accounts.createToken({ username: 'camille', name: 'tests' });
  const client = (app: typeof a.app) => ({
    request: (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return Promise.resolve(app.request(path, { ...init, headers }));
    },
  });
  return { url, a: client(a.app), b: client(b.app), apps: { a: a.app, b: b.app }, services: { a: a.services, b: b.services }, store: a.store };
}

describe('several instances on one PostgreSQL database', () => {
  it('migrate once when they start together on an empty database', async () => {
    const url = await database();
    await onServer(async (client) => {
      // The template is already migrated: start from a really empty database instead.
      const name = new URL(url).pathname.slice(1);
      await client.query(`drop database "${name}" with (force)`);
      await client.query(`create database "${name}"`);
    });
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url, poolSize: 2 })));
    try {
      const services = createServices({ store: stores[0]! });
      expect((await services.projects.list()).map((project) => project.name)).toEqual(['Default project']);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('make one demo document between them when they start together on an empty database', async () => {
    for (let round = 0; round < 3; round++) {
      const url = await database();
      const config = { ...loadConfig({}), port: 0, databasePath: url, logLevel: 'silent' as const };
      const servers = await Promise.all([startServer(config), startServer(config)]);
      try {
        const health = (await (await fetch(`${servers[1].url}/api/health`)).json()) as { documents: number };
        expect(health.documents).toBe(1);
      } finally {
        for (const server of servers) await server.close();
      }
    }
  });

  it("see each other's work: a document imported on one is edited on the other", async () => {
    const { a, b } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Brève', text: 'Le marché ouvre.\n\nLa séance est levée.\n' }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const [first] = (await segmentsOf(b, id)).items;
    expect((await patch(b, first!.id, { target: 'The market opens.', status: 'translated', version: first!.version })).status).toBe(200);
    expect((await segmentsOf(a, id)).items[0]).toMatchObject({ target: 'The market opens.', status: 'translated', lastAuthor: 'camille' });
  });

  it('let exactly one of two simultaneous saves of the same version win; the other gets 409 with the winner', async () => {
    const { a, b } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Course', text: 'Premier arrivé.\n' }) });
    const { id } = (await res.json()) as { id: number };
    for (let round = 0; round < 10; round++) {
      const [segment] = (await segmentsOf(a, id)).items;
      const answers = await Promise.all([
        patch(a, segment!.id, { target: `From A, round ${round}.`, version: segment!.version }),
        patch(b, segment!.id, { target: `From B, round ${round}.`, version: segment!.version }),
      ]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = (await answers.find((answer) => answer.status === 200)!.json()) as { target: string; version: number };
      const loser = (await answers.find((answer) => answer.status === 409)!.json()) as { current: { target: string; version: number } };
      expect(loser.current).toMatchObject({ target: winner.target, version: winner.version });
    }
    const [segment] = (await segmentsOf(b, id)).items;
    const history = (await (await b.request(`/api/segments/${segment!.id}/revisions`)).json()) as { items: unknown[] };
    // The import, then one revision per round: no lost update, no revision for the loser.
    expect(history.items).toHaveLength(11);
    expect(segment!.version).toBe(11);
  });

  it('answer 409, not 500, to the second of two simultaneous creations of the same name', async () => {
    const { a, b } = await twoInstances();
    const both = (path: string, body: (i: number) => unknown) =>
      Promise.all([a, b].map((client, i) => client.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body(i)) }))).then((answers) =>
        answers.map((answer) => answer.status).sort(),
      );
    for (let round = 0; round < 5; round++) {
      expect(await both('/api/admin/users', () => ({ username: `sacha${round}`, password: testPassword }))).toEqual([201, 409]);
      expect(await both('/api/projects', (i) => ({ name: i ? `Desk ${round}` : `DESK ${round}` }))).toEqual([201, 409]);
      expect(await both('/api/projects/1/glossary', () => ({ source: `mairie ${round}`, target: `town hall ${round}` }))).toEqual([201, 409]);
      expect(await both('/api/projects/1/members', () => ({ username: `sacha${round}`, role: 'translator' }))).toEqual([201, 409]);
    }
  });

  it('keep one memory unit per segment when many segments are approved at once', async () => {
    const { a, b } = await twoInstances();
    const text = Array.from({ length: 40 }, (_, i) => `La phrase numéro ${i + 1} est répétée.`).join('\n\n');
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Lot', text }) });
    const { id } = (await res.json()) as { id: number };
    const segments = (await segmentsOf(a, id)).items;
    await Promise.all(segments.map((segment, i) => patch(i % 2 ? a : b, segment.id, { target: `Sentence ${i + 1} is repeated.`, status: 'translated', version: segment.version })));
    const translated = (await segmentsOf(b, id)).items;
    expect(translated.every((segment) => segment.status === 'translated')).toBe(true);
    const answers = await Promise.all(translated.map((segment, i) => patch(i % 2 ? b : a, segment.id, { status: 'approved', version: segment.version })));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const exported = await (await a.request('/api/projects/1/memory/export')).text();
    expect(exported.match(/<tu[\s>]/gu)).toHaveLength(40);
  });
});

describe('live updates between instances (LISTEN/NOTIFY)', () => {
  it('carry an edit made on one instance to the editors connected to the other, and who edits what', async () => {
    const { a, services } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Direct', text: 'Le conseil se réunit.\n' }) });
    const { id } = (await res.json()) as { id: number };
    const [segment] = (await segmentsOf(a, id)).items;
    const seenOnB: { type: string; data: unknown }[] = [];
    services.b.live.subscribe(id, (event) => seenOnB.push({ type: event.type, data: event.data }));
    expect((await patch(a, segment!.id, { target: 'The council meets.', version: segment!.version })).status).toBe(200);
    await expect.poll(() => seenOnB.find((event) => event.type === 'segment')?.data, { timeout: 3000 }).toMatchObject({ author: 'camille', segment: { id: segment!.id, target: 'The council meets.' } });
    services.a.live.setPresence(id, 'sacha', segment!.id);
    await expect.poll(() => services.b.live.presenceOf(id), { timeout: 3000 }).toEqual([{ username: 'sacha', segmentId: segment!.id }]);
  });

  it('forget on one instance, within a second, the access a member lost on the other (each remembers roles and sessions)', async () => {
    const { a, apps, services } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Brève', text: 'Le marché ouvre.\n' }) });
    const { id } = (await res.json()) as { id: number };
    const projects = await services.a.projects.list();
    await services.a.accounts.createUser({ username: 'sacha', password: testPassword });
    await services.a.projects.addMember(projects[0]!.id, { username: 'sacha', role: 'translator' }, { name: 'camille' });
    const { token } = await services.a.accounts.createToken({ username: 'sacha', name: 'tests' });
    const asSacha = (path: string) => apps.b.request(path, { headers: { authorization: `Bearer ${token}` } });
    // Instance B now remembers Sacha's token and role…
    expect((await asSacha(`/api/documents/${id}`)).status).toBe(200);
    expect((await asSacha(`/api/documents/${id}`)).status).toBe(200);
    // …and instance A removes Sacha: B hears it through the relay.
    expect((await a.request(`/api/projects/${projects[0]!.id}/members/sacha`, { method: 'DELETE' })).status).toBe(204);
    await expect.poll(async () => (await asSacha(`/api/documents/${id}`)).status, { timeout: 1000, interval: 20 }).toBe(404);
  });

  it('close a stream open on one instance within a second when its reader is removed on the other', async () => {
    const { a, b, apps, services } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Confidentiel', text: 'Le conseil se réunit en secret.\n' }) });
    const { id } = (await res.json()) as { id: number };
    const projects = await services.a.projects.list();
    const sacha = await services.a.accounts.createUser({ username: 'sacha', password: testPassword });
    await services.a.projects.addMember(projects[0]!.id, { username: 'sacha', role: 'translator' }, { name: 'camille' });
    const { token } = await services.a.accounts.createToken({ username: 'sacha', name: 'tests' });
    // Sacha reads the document's events through instance A…
    const stream = await apps.a.request(`/api/documents/${id}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let text = '';
    const read = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return Date.now();
        text += new TextDecoder().decode(value);
      }
    })();
    await expect.poll(() => services.a.live.guardedCount(sacha.id), { timeout: 2000 }).toBe(1);
    // …and an owner removes them on instance B.
    const since = Date.now();
    expect((await b.request(`/api/projects/${projects[0]!.id}/members/sacha`, { method: 'DELETE' })).status).toBe(204);
    const endedAt = await Promise.race([read, new Promise<number>((resolve) => setTimeout(() => resolve(Number.POSITIVE_INFINITY), 3000))]);
    expect(endedAt - since).toBeLessThan(1000);
    expect(text).toContain('event: revoked\ndata: {"reason":"access-withdrawn"}');
    expect(text).not.toContain('event: segment');
  });

  it('turn an event too large for NOTIFY into "reload" on the other instance', async () => {
    const { a, services } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Long', text: 'Un très long paragraphe.\n' }) });
    const { id } = (await res.json()) as { id: number };
    const [segment] = (await segmentsOf(a, id)).items;
    const seenOnB: string[] = [];
    services.b.live.subscribe(id, (event) => seenOnB.push(event.type));
    expect((await patch(a, segment!.id, { target: 'A very long paragraph. '.repeat(420), version: segment!.version })).status).toBe(200);
    await expect.poll(() => seenOnB, { timeout: 3000 }).toEqual(['reset']);
  });

  it('come back by themselves when the listening connection drops, telling editors to reload what they may have missed', async () => {
    const { url, a, services } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Coupure', text: 'Le courant revient.\n' }) });
    const { id } = (await res.json()) as { id: number };
    const seenOnB: string[] = [];
    services.b.live.subscribe(id, (event) => seenOnB.push(event.type));
    const name = new URL(url).pathname.slice(1);
    // As a PostgreSQL restart or a failover would: every listening connection to this database is cut.
    await onServer((client) => client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query like 'listen %'`, [name]));
    await expect.poll(() => seenOnB, { timeout: 5000 }).toContain('reset');
    const [segment] = (await segmentsOf(a, id)).items;
    expect((await patch(a, segment!.id, { target: 'Power is back.', version: segment!.version })).status).toBe(200);
    await expect.poll(() => seenOnB.filter((type) => type === 'segment').length, { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('start one pre-translation of a document when two instances are asked at the same moment', async () => {
    const { a, b } = await twoInstances();
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Doublon', text: 'Une seule fois.\n' }) });
    const { id } = (await res.json()) as { id: number };
    for (let round = 0; round < 5; round++) {
      const body = JSON.stringify({ memory: true, mt: false });
      const answers = await Promise.all([a, b].map((client) => client.request(`/api/documents/${id}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 202)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 202)).toEqual([409]);
      // Let it finish (memory only, nothing to find) before the next round.
      const { jobId } = (await answers.find((answer) => answer.status === 202)!.json()) as { jobId: number };
      await expect.poll(async () => ((await (await a.request(`/api/jobs/${jobId}`)).json()) as { state: string }).state, { timeout: 5000 }).toBe('done');
    }
  });

  it("let an instance follow and cancel a job running on another, whose runner then stops", async () => {
    const deepl = await startDeepLStandIn();
    cleanups.push(() => deepl.close());
    const { a, b, services, store } = await twoInstances(deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 0, timeoutMs: 300 }));
    const text = Array.from({ length: 30 }, (_, i) => `Le paragraphe ${i + 1} annonce des travaux.`).join('\n\n');
    const res = await a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Travaux', text }) });
    const { id } = (await res.json()) as { id: number };
    deepl.failNext('hang', 'hang', 'hang');
    const started = await a.request(`/api/documents/${id}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ memory: false }) });
    const { jobId } = (await started.json()) as { jobId: number };
    const followedOnB: JobRecord[] = [];
    services.b.jobs.listen(jobId, (job) => followedOnB.push(job));
    await expect.poll(() => followedOnB.some((job) => /Retrying/u.test(job.message ?? '')), { timeout: 5000 }).toBe(true);
    const cancelled = await b.request(`/api/jobs/${jobId}/cancel`, { method: 'POST' });
    expect(await cancelled.json()).toMatchObject({ state: 'cancelled' });
    await services.a.jobs.settled(jobId);
    expect(await store.jobs.get(jobId)).toMatchObject({ state: 'cancelled' });
    expect((await segmentsOf(b, id)).items.every((segment) => segment.target === '')).toBe(true);
  });
});

describe('the PostgreSQL store from the command line', () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill('SIGTERM');
    server = undefined;
  });

  it('imports and lists with --db <url>, and serves the same database without printing its password', async () => {
    const url = await database();
    const withPassword = new URL(url);
    withPassword.password = 'not-checked-by-trust-auth';
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args, '--db', withPassword.toString()], { encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
    const imported = run('import', fixture, '--title', 'Dépêche');
    expect(imported.status).toBe(0);
    expect(imported.stdout.trim()).toMatch(/^\d+$/u);
    expect(imported.stderr).toContain('Imported "Dépêche": 16 segments.');
    const listed = run('list', '--json');
    expect((JSON.parse(listed.stdout) as { title: string }[]).map((document) => document.title)).toContain('Dépêche');

    server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', withPassword.toString()], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
    const banner = await new Promise<string>((resolve, reject) => {
      let output = '';
      server!.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('\n')) resolve(output);
      });
      server!.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    expect(banner).toContain('postgres://postgres:***@127.0.0.1');
    expect(banner).not.toContain('not-checked-by-trust-auth');
    const health = (await (await fetch(`${/serving (http:\/\/\S+)/u.exec(banner)![1]}/api/health`)).json()) as { status: string; documents: number };
    expect(health).toMatchObject({ status: 'ok', documents: 1 });
  });

  it('says clearly when the database cannot be reached, without the password', async () => {
    const unreachable = 'postgres://visavis:s3cret@127.0.0.1:1/visavis';
    await expect(openStore(unreachable)).rejects.toThrow(/^Cannot connect to PostgreSQL at postgres:\/\/visavis:\*\*\*@127\.0\.0\.1:1\/visavis: /u);
    const result = spawnSync(process.execPath, [cli, 'list', '--db', unreachable], { encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Cannot connect to PostgreSQL');
    expect(result.stderr).not.toContain('s3cret');
  });
});
