import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseListenAddress } from '../../src/config';
import { startServer } from '../../src/main';
import { type Family, parseExposition, samplesOf } from '../helpers/prometheus-text';
import { listenTo } from '../helpers/sse';
import { importText, patch, segmentsOf, storeKind, testApp, type TestApp, testPassword } from '../helpers/test-app';

const token = 'jeton-de-collecte.2024~abc';
const bearer = { authorization: `Bearer ${token}` };

/** Reads /metrics with the token, checks the content type, parses the text strictly. */
async function scrape(t: TestApp): Promise<Map<string, Family>> {
  const res = await t.anonymous('/metrics', { headers: bearer });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return new Map(parseExposition(await res.text()).map((family) => [family.name, family]));
}

function familyOf(families: Map<string, Family>, name: string): Family {
  const family = families.get(name);
  if (!family) throw new Error(`no ${name} in the metrics`);
  return family;
}

/** The one sample of `name` with these labels (0 when the series does not exist yet). */
function valueOf(families: Map<string, Family>, name: string, labels: Record<string, string> = {}, sample = name): number {
  const found = samplesOf(familyOf(families, name), labels, sample);
  expect(found.length, `${sample} ${JSON.stringify(labels)}`).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

const requestsOf = (families: Map<string, Family>, labels: Record<string, string>) => valueOf(families, 'visavis_http_requests_total', labels);
const timedOf = (families: Map<string, Family>, labels: Record<string, string>) =>
  valueOf(families, 'visavis_http_request_duration_seconds', labels, 'visavis_http_request_duration_seconds_count');

describe('the metrics, off', () => {
  it('answer 404 at /metrics, as any unknown path, token or not', async () => {
    const t = await testApp();
    try {
      const unknown = await t.anonymous('/nothing-here');
      for (const res of [await t.anonymous('/metrics'), await t.anonymous('/metrics', { headers: bearer }), await t.app.request('/metrics')]) {
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
        expect(((await res.json()) as { code: string }).code).toBe('not_found');
      }
    } finally {
      await t.cleanup();
    }
  });

  it('are off unless a token or an address is configured', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, address: undefined });
    expect(loadConfig({ VISAVIS_METRICS_TOKEN: '  ', VISAVIS_METRICS_ADDRESS: '' }).metrics).toEqual({ token: undefined, address: undefined });
    expect(loadConfig({ VISAVIS_METRICS_TOKEN: token }).metrics.token).toBe(token);
    expect(() => loadConfig({ VISAVIS_METRICS_TOKEN: 'secret' })).toThrow(/VISAVIS_METRICS_TOKEN: at least 16 characters/);
    expect(() => loadConfig({ VISAVIS_METRICS_TOKEN: 'un jeton avec des espaces' })).toThrow(/VISAVIS_METRICS_TOKEN/);
  });

  it('read their address as host:port, [IPv6]:port or a port on the loopback', () => {
    expect(parseListenAddress('127.0.0.1:9464')).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(parseListenAddress('[::1]:9464')).toEqual({ host: '::1', port: 9464 });
    expect(parseListenAddress('metrics.internal:9464')).toEqual({ host: 'metrics.internal', port: 9464 });
    expect(parseListenAddress('9464')).toEqual({ host: '127.0.0.1', port: 9464 });
    for (const wrong of ['::1:9464', '127.0.0.1', '127.0.0.1:99999', 'http://127.0.0.1:9464', '[nope]:9464']) {
      expect(() => parseListenAddress(wrong), wrong).toThrow(/not an address to listen on/);
    }
    expect(() => loadConfig({ VISAVIS_METRICS_ADDRESS: 'localhost' })).toThrow(/VISAVIS_METRICS_ADDRESS/);
  });
});

describe('the metrics on the main port, behind VISAVIS_METRICS_TOKEN', () => {
  let t: TestApp;
  let documentId: number;

  beforeAll(async () => {
    t = await testApp({ metrics: { token } });
    documentId = await importText(t.app, 'Le maire a présenté le budget.\n\nLe conseil municipal l’a voté.', 'txt', 'Conseil municipal');
  });
  afterAll(() => t.cleanup());

  it('refuse a scraper without the token, with a wrong one, or with a user’s credentials (401, problem body)', async () => {
    const attempts: Array<[string, Record<string, string>]> = [
      ['no credentials', {}],
      ['a wrong token of the same length', { authorization: `Bearer ${'x'.repeat(token.length)}` }],
      ['a wrong token of another length', { authorization: 'Bearer nope' }],
      ['another scheme', { authorization: `Basic ${Buffer.from(`metrics:${token}`).toString('base64')}` }],
      ['the token in another header', { 'x-metrics-token': token }],
    ];
    for (const [what, headers] of attempts) {
      const res = await t.anonymous('/metrics', { headers });
      expect(res.status, what).toBe(401);
      expect(res.headers.get('content-type'), what).toBe('application/problem+json; charset=utf-8');
      expect(res.headers.get('www-authenticate'), what).toBe('Bearer realm="metrics"');
      expect(await res.json(), what).toMatchObject({ status: 401, code: 'unauthenticated', instance: '/metrics' });
    }
    // An administrator's API token is a user's credential, not the scraper's.
    expect((await t.app.request('/metrics')).status).toBe(401);
    expect((await t.anonymous('/metrics', { headers: { authorization: `bearer ${token}` } })).status).toBe(200);
  });

  it('export every family with its type, in a text any Prometheus parser reads', async () => {
    const families = await scrape(t);
    const expected: Record<string, Family['type']> = {
      visavis_http_requests_total: 'counter',
      visavis_http_request_duration_seconds: 'histogram',
      visavis_segment_saves_total: 'counter',
      visavis_live_streams: 'gauge',
      visavis_jobs: 'gauge',
      visavis_worker_threads: 'gauge',
      visavis_worker_busy_threads: 'gauge',
      visavis_worker_queue_length: 'gauge',
      visavis_worker_task_duration_seconds: 'histogram',
      process_resident_memory_bytes: 'gauge',
      process_cpu_seconds_total: 'counter',
      nodejs_heap_size_used_bytes: 'gauge',
      nodejs_eventloop_lag_seconds: 'gauge',
      nodejs_eventloop_lag_p99_seconds: 'gauge',
      nodejs_gc_duration_seconds: 'histogram',
    };
    for (const [name, type] of Object.entries(expected)) expect(familyOf(families, name).type, name).toBe(type);
    for (const family of families.values()) expect(family.help, family.name).not.toBe('');
    expect(valueOf(families, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // The pool's connections on PostgreSQL; SQLite has no pool.
    const pool = ['visavis_db_pool_connections', 'visavis_db_pool_idle_connections', 'visavis_db_pool_waiting_requests'];
    if (storeKind === 'postgres') {
      for (const name of pool) expect(familyOf(families, name).type, name).toBe('gauge');
      expect(valueOf(families, 'visavis_db_pool_connections')).toBeGreaterThanOrEqual(1);
    } else {
      for (const name of pool) expect(families.has(name), name).toBe(false);
    }
  });

  it('count requests by route template and status, never by the path they were sent to', async () => {
    const route = { method: 'GET', route: '/api/documents/:id/segments' };
    const before = await scrape(t);
    for (let i = 0; i < 5; i++) await segmentsOf(t.app, documentId);
    const after = await scrape(t);
    expect(requestsOf(after, { ...route, status: '200' }) - requestsOf(before, { ...route, status: '200' })).toBe(5);
    expect(timedOf(after, route) - timedOf(before, route)).toBe(5);
    const routes = samplesOf(familyOf(after, 'visavis_http_requests_total')).map((sample) => sample.labels.route!);
    expect(routes).toContain('/api/documents/:id/segments');
    expect(routes.filter((label) => /\/\d+(\/|$)/u.test(label)), 'labels with an id in them').toEqual([]);
  });

  it('count what no route answered under one label, whatever was asked', async () => {
    const unmatched = { method: 'GET', route: 'unmatched', status: '404' };
    const before = await scrape(t);
    for (const path of ['/api/nothing/here/42', '/wp-login.php?user=admin', `/${'x'.repeat(300)}`, '/api/documents/abc/segments/nope']) {
      expect((await t.app.request(path)).status, path).toBe(404);
    }
    expect((await t.anonymous('/assets/app.js')).status).toBe(200);
    const after = await scrape(t);
    expect(requestsOf(after, unmatched) - requestsOf(before, unmatched)).toBe(4);
    expect(requestsOf(after, { method: 'GET', route: 'static', status: '200' }) - requestsOf(before, { method: 'GET', route: 'static', status: '200' })).toBe(1);
  });

  it('do not count the scrapes themselves', async () => {
    await scrape(t);
    await t.anonymous('/metrics');
    const families = await scrape(t);
    expect(samplesOf(familyOf(families, 'visavis_http_requests_total')).filter((sample) => sample.labels.route === '/metrics')).toEqual([]);
  });

  it('count the editor’s saves by outcome', async () => {
    const [segment] = (await segmentsOf(t.app, documentId)).items;
    const before = await scrape(t);
    expect((await patch(t.app, segment!.id, { target: 'The mayor presented the budget.', version: segment!.version })).status).toBe(200);
    // The same version again: someone (here, we) saved first.
    expect((await patch(t.app, segment!.id, { target: 'The mayor presented his budget.', version: segment!.version })).status).toBe(409);
    const after = await scrape(t);
    const saves = (families: Map<string, Family>, outcome: string) => valueOf(families, 'visavis_segment_saves_total', { outcome });
    expect(saves(after, 'saved') - saves(before, 'saved')).toBe(1);
    expect(saves(after, 'conflict') - saves(before, 'conflict')).toBe(1);
    expect(saves(after, 'refused') - saves(before, 'refused')).toBe(0);
    const patched = { method: 'PATCH', route: '/api/segments/:id' };
    expect(requestsOf(after, { ...patched, status: '409' }) - requestsOf(before, { ...patched, status: '409' })).toBe(1);
  });

  it('tell how many event streams are open', async () => {
    expect(valueOf(await scrape(t), 'visavis_live_streams')).toBe(0);
    const stream = await listenTo(t.app.request, `/api/documents/${documentId}/events`);
    await stream.next('presence');
    expect(valueOf(await scrape(t), 'visavis_live_streams')).toBe(1);
    await stream.close();
    const deadline = Date.now() + 2000;
    while (valueOf(await scrape(t), 'visavis_live_streams') !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(valueOf(await scrape(t), 'visavis_live_streams')).toBe(0);
  });

  it('count the jobs by state, every state present', async () => {
    const job = await t.services.jobs.start(documentId, { memory: true, mt: false, minScore: 75 }, { name: 'camille' });
    await t.services.jobs.settled(job.id);
    const families = await scrape(t);
    const states = Object.fromEntries(samplesOf(familyOf(families, 'visavis_jobs')).map((sample) => [sample.labels.state, sample.value]));
    expect(states).toEqual({ queued: 0, running: 0, paused: 0, done: 1, failed: 0, cancelled: 0 });
  });

  it('keep each app’s numbers apart (a registry per app)', async () => {
    const other = await testApp({ metrics: { token } });
    try {
      await other.anonymous('/api/health');
      const families = await scrape(other);
      expect(requestsOf(families, { method: 'GET', route: '/api/health', status: '200' })).toBe(1);
      expect(requestsOf(families, { method: 'GET', route: '/api/documents/:id/segments', status: '200' })).toBe(0);
    } finally {
      await other.cleanup();
    }
  });
});

describe('the metrics on an address of their own (VISAVIS_METRICS_ADDRESS)', () => {
  it('are served there without a token, count what the main port does, and stop with the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-metrics-'));
    const config = { ...loadConfig({ VISAVIS_METRICS_ADDRESS: '127.0.0.1:0' }), port: 0, databasePath: join(dir, 'metrics.sqlite'), logLevel: 'silent' as const };
    const server = await startServer(config);
    try {
      expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/u);
      const metricsUrl = server.metricsUrl!;
      const read = async () => {
        const res = await fetch(metricsUrl);
        expect(res.status).toBe(200);
        return new Map(parseExposition(await res.text()).map((family) => [family.name, family]));
      };
      // Not on the main port (no token set), and nothing else on the metrics address.
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      expect((await fetch(new URL('/api/health', metricsUrl))).status).toBe(404);

      const before = await read();
      expect(samplesOf(familyOf(before, 'visavis_worker_threads')).map((sample) => [sample.labels.lane, sample.value])).toEqual([
        ['import', config.parseThreads],
        ['document', config.parseThreads],
        ['search', config.parseThreads],
      ]);

      // The first administrator, signed in; an import (on a worker thread) and a save (on the SQLite writer's thread).
      const secret = new URL(server.setupUrl!.replace('/#/', '/')).searchParams.get('secret');
      const setup = await fetch(`${server.url}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secret, username: 'camille', password: testPassword }) });
      expect(setup.status).toBe(201);
      const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
      const as = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...init.headers, cookie, origin: server.url } });
      const app = { request: as };
      const documentId = await importText(app, 'La séance est ouverte à dix-huit heures.', 'txt', 'Séance');
      const [segment] = (await segmentsOf(app, documentId)).items;
      expect((await patch(app, segment!.id, { target: 'The session opens at six p.m.', version: segment!.version })).status).toBe(200);

      const after = await read();
      const imports = { method: 'POST', route: '/api/documents', status: '201' };
      expect(requestsOf(after, imports) - requestsOf(before, imports)).toBe(1);
      expect(valueOf(after, 'visavis_segment_saves_total', { outcome: 'saved' }) - valueOf(before, 'visavis_segment_saves_total', { outcome: 'saved' })).toBe(1);
      const tasks = (families: Map<string, Family>) =>
        valueOf(families, 'visavis_worker_task_duration_seconds', { kind: 'document' }, 'visavis_worker_task_duration_seconds_count');
      expect(tasks(after) - tasks(before)).toBe(1);
      expect(samplesOf(familyOf(after, 'visavis_worker_queue_length')).map((sample) => sample.value)).toEqual([0, 0, 0]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(fetch(server.metricsUrl!)).rejects.toThrow();
  });
});
