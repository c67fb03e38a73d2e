import { afterEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let deepl: DeepLStandIn;
let t: TestApp;
let projectId: number;

async function setUp(options: { characterLimit?: number; configured?: boolean; timeoutMs?: number } = {}) {
  deepl = await startDeepLStandIn({ characterLimit: options.characterLimit });
  t = await testApp({
    ...(options.configured === false
      ? {}
      : { machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 1, timeoutMs: options.timeoutMs ?? 2000 }) }),
    jobs: { retryDelayMs: 5 },
  });
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
}

afterEach(async () => {
  await t?.cleanup();
  await deepl?.close();
});

/** A document of `count` distinct paragraphs of real-looking French. */
async function longDocument(count: number) {
  const text = Array.from({ length: count }, (_, i) => `Le paragraphe ${i + 1} rapporte que la commune a voté ${i * 3} mesures nouvelles pour l’année.`).join('\n\n');
  return importText(t.app, text, 'txt', 'Long', projectId);
}

async function pretranslate(documentId: number, body: unknown = {}) {
  const res = await t.app.request(`/api/documents/${documentId}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(202);
  const { jobId } = (await res.json()) as { jobId: number };
  await t.services.jobs.settled(jobId);
  return (await (await t.app.request(`/api/jobs/${jobId}`)).json()) as { id: number; state: string; done: number; total: number; message: string | null };
}

describe('pre-translation', () => {
  it('fills a 1,000-segment document with at most 21 DeepL requests, each within its limits', async () => {
    await setUp();
    const id = await longDocument(1000);
    const job = await pretranslate(id, { memory: true, mt: true, minScore: 75 });
    expect(job).toMatchObject({ state: 'done', done: 1000, total: 1000, message: null });
    const requests = deepl.translations();
    expect(requests.length).toBeLessThanOrEqual(21);
    for (const request of requests) {
      expect(request.form.getAll('text').length).toBeLessThanOrEqual(50);
      expect(request.bytes).toBeLessThanOrEqual(128 * 1024);
    }
    expect(requests[1]!.form.get('context')).toContain('Le paragraphe 50');
    expect(requests[1]!.form.get('split_sentences')).toBe('nonewlines');
    const { items } = await segmentsOf(t.app, id);
    expect(items.every((segment) => segment.status === 'draft' && segment.target === `[EN-US] ${segment.source}`)).toBe(true);
    const history = (await (await t.app.request(`/api/segments/${items[0]!.id}/revisions`)).json()) as { items: { origin: string; author: string }[] };
    expect(history.items[0]).toMatchObject({ origin: 'mt', author: 'camille' });
  }, 30_000);

  it('uses memory matches first, never touches what a person typed, and never pays twice', async () => {
    await setUp();
    const first = await importText(t.app, 'La séance est levée.', 'txt', 'Un', projectId);
    const [done] = (await segmentsOf(t.app, first)).items;
    await patch(t.app, done!.id, { target: 'The sitting is closed.', status: 'translated', version: 1 });
    const id = await importText(t.app, 'La séance est levée.\n\nLe marché ouvre à 7 h.\n\nUne phrase déjà traduite.', 'txt', 'Deux', projectId);
    const [closing, market, typed] = (await segmentsOf(t.app, id)).items;
    await patch(t.app, typed!.id, { target: 'Already translated by hand.', version: 1 });
    const job = await pretranslate(id);
    expect(job).toMatchObject({ state: 'done', done: 2 });
    const after = (await segmentsOf(t.app, id)).items;
    expect(after.map((segment) => segment.target)).toEqual(['The sitting is closed.', '[EN-US] Le marché ouvre à 7 h.', 'Already translated by hand.']);
    const origins = async (segmentId: number) => ((await (await t.app.request(`/api/segments/${segmentId}/revisions`)).json()) as { items: { origin: string }[] }).items[0]!.origin;
    expect(await origins(closing!.id)).toBe('tm');
    expect(await origins(market!.id)).toBe('mt');
    expect(deepl.translations()).toHaveLength(1);
    // Emptied again and re-run: the translation comes from the MT cache.
    await patch(t.app, market!.id, { target: '', version: 2 });
    await pretranslate(id);
    expect(deepl.translations()).toHaveLength(1);
    expect((await segmentsOf(t.app, id)).items[1]!.target).toBe('[EN-US] Le marché ouvre à 7 h.');
  });

  it('pauses when the DeepL quota is used up, with whole segments only, and resumes later', async () => {
    await setUp({ characterLimit: 5000 });
    const id = await longDocument(200);
    const paused = await pretranslate(id, { memory: false, mt: true });
    expect(paused.state).toBe('paused');
    expect(paused.message).toContain('quota');
    expect(paused.done).toBeGreaterThan(0);
    expect(paused.done).toBeLessThan(200);
    const { items } = await segmentsOf(t.app, id);
    expect(items.filter((segment) => segment.target !== '')).toHaveLength(paused.done);
    expect(items.every((segment) => segment.target === '' || segment.target === `[EN-US] ${segment.source}`)).toBe(true);
    deepl.setCharacterLimit(undefined);
    const resumed = await t.app.request(`/api/jobs/${paused.id}/resume`, { method: 'POST' });
    expect(resumed.status).toBe(200);
    await t.services.jobs.settled(paused.id);
    expect(await (await t.app.request(`/api/jobs/${paused.id}`)).json()).toMatchObject({ state: 'done', done: 200 });
  }, 30_000);

  it('backs off and continues after a 429, and gives up with a clear message after repeated 5xx', async () => {
    await setUp();
    const id = await longDocument(60);
    deepl.failNext(429, 429);
    expect(await pretranslate(id, { memory: false, mt: true })).toMatchObject({ state: 'done', done: 60 });
    const other = await longDocument(10);
    deepl.failNext(500, 502, 503);
    const failed = await pretranslate(other, { memory: false, mt: true });
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(/unavailable.*Gave up after 3 tries/su);
    expect((await segmentsOf(t.app, other)).items.every((segment) => segment.target === '')).toBe(true);
  }, 30_000);

  it('retries a request that times out, and goes on', async () => {
    await setUp({ timeoutMs: 300 });
    const id = await longDocument(30);
    deepl.failNext('hang');
    expect(await pretranslate(id, { memory: false, mt: true })).toMatchObject({ state: 'done', done: 30 });
    expect(deepl.translations()).toHaveLength(2);
  });

  it('can be cancelled, keeping what it filled, and refuses a second job on the same document', async () => {
    await setUp();
    const id = await longDocument(400);
    const res = await t.app.request(`/api/documents/${id}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"memory":false}' });
    const { jobId } = (await res.json()) as { jobId: number };
    expect((await t.app.request(`/api/documents/${id}/pretranslate`, { method: 'POST' })).status).toBe(409);
    const cancelled = await (await t.app.request(`/api/jobs/${jobId}/cancel`, { method: 'POST' })).json();
    expect(cancelled).toMatchObject({ state: 'cancelled' });
    expect((cancelled as { done: number }).done).toBeLessThan(400);
  });

  it('takes over a job whose runner stopped (another instance, the CLI), never one whose runner is alive', async () => {
    await setUp();
    const id = await longDocument(20);
    const now = Date.now();
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    const job = async (runner: string, leaseUntil: string) => {
      const created = await t.store.jobs.create({ kind: 'pretranslate', documentId: id, options: { memory: false, mt: true, minScore: 75 }, createdBy: 'camille' }, at(-60_000));
      expect(await t.store.jobs.claim(created.id, runner, at(-60_000), leaseUntil)).toMatchObject({ state: 'running', runner });
      return created.id;
    };
    const alive = await job('elsewhere:1:alive', at(60_000));
    expect(await t.store.jobs.claim(alive, 'another:2:runner', at(0), at(60_000)), 'a live claim is not taken').toBeUndefined();
    expect(await t.services.jobs.resumeInterrupted()).toBe(0);
    expect(await t.store.jobs.update(alive, { state: 'cancelled' }, at(0))).toMatchObject({ state: 'cancelled' });

    const abandoned = await job('elsewhere:1:stopped', at(-1_000));
    expect(await t.services.jobs.resumeInterrupted()).toBe(1);
    await t.services.jobs.settled(abandoned);
    expect(await (await t.app.request(`/api/jobs/${abandoned}`)).json()).toMatchObject({ state: 'done', done: 20, total: 20 });
  });

  it('waits for a job another process claimed first, until it stops there', async () => {
    await setUp();
    const id = await longDocument(3);
    const now = new Date().toISOString();
    const created = await t.store.jobs.create({ kind: 'pretranslate', documentId: id, options: { memory: false, mt: true, minScore: 75 }, createdBy: 'camille' }, now);
    await t.store.jobs.claim(created.id, 'elsewhere:1:runner', now, new Date(Date.now() + 60_000).toISOString());
    let finished = false;
    const waiting = t.services.jobs.stopped(created.id, 10).then((job) => {
      finished = true;
      return job;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(finished).toBe(false);
    await t.store.jobs.update(created.id, { state: 'done', done: 3, total: 3 }, new Date().toISOString(), { runner: 'elsewhere:1:runner' });
    expect(await waiting).toMatchObject({ state: 'done', done: 3 });
  });

  it('stops writing when its job was cancelled by another process, and leaves the cancellation as it is', async () => {
    await setUp({ timeoutMs: 300 });
    const id = await longDocument(30);
    deepl.failNext('hang', 'hang', 'hang');
    const { id: jobId } = await t.services.jobs.start(id, { memory: false, mt: true, minScore: 75 }, { name: 'camille' });
    await expect.poll(async () => (await t.store.jobs.get(jobId))?.message ?? '', { timeout: 5000 }).toMatch(/Retrying/u);
    // What another instance's cancel does: a change of state in the store, nothing in this process.
    await t.store.jobs.update(jobId, { state: 'cancelled', message: 'Cancelled.' }, new Date().toISOString(), { states: ['queued', 'running', 'paused'] });
    await t.services.jobs.settled(jobId);
    expect(await t.store.jobs.get(jobId)).toMatchObject({ state: 'cancelled', message: 'Cancelled.' });
    expect((await segmentsOf(t.app, id)).items.every((segment) => segment.target === '')).toBe(true);
  });

  it('refuses to resume a failed job while a newer one is under way for the document', async () => {
    await setUp({ timeoutMs: 500 });
    const id = await longDocument(10);
    deepl.failNext(500, 502, 503);
    const failed = await pretranslate(id, { memory: false, mt: true });
    expect(failed.state).toBe('failed');
    deepl.failNext('hang'); // keeps the newer job busy for a moment
    const res = await t.app.request(`/api/documents/${id}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"memory":false}' });
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: number };
    const resumed = await t.app.request(`/api/jobs/${failed.id}/resume`, { method: 'POST' });
    expect(resumed.status).toBe(409);
    expect(await resumed.json()).toMatchObject({ code: 'job_running' });
    await t.services.jobs.settled(jobId);
    expect(await t.store.jobs.get(failed.id)).toMatchObject({ state: 'failed' });
  });

  it('streams its progress as Server-Sent Events until it ends', async () => {
    await setUp();
    const id = await longDocument(120);
    const res = await t.app.request(`/api/documents/${id}/pretranslate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"memory":false}' });
    const { jobId } = (await res.json()) as { jobId: number };
    const events = await (await t.app.request(`/api/jobs/${jobId}/events`)).text(); // the stream ends with the job
    const progress = [...events.matchAll(/data: (.*)/gu)].map((match) => JSON.parse(match[1]!) as { done: number; state: string });
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 120 });
    expect(progress.map((event) => event.done)).toEqual([...progress.map((event) => event.done)].sort((a, b) => a - b));
  });

  it('uses only the memory without a DeepL key, and says so', async () => {
    await setUp({ configured: false });
    const id = await longDocument(3);
    expect(await pretranslate(id)).toMatchObject({ state: 'done', done: 0, message: expect.stringContaining('Only memory matches were used') });
  });
});
