import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { threadSegmentWriter } from '../../src/workers/segment-writer';
import type { LiveEvent } from '../../src/services/live';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/**
 * On SQLite the server saves segments on a thread of its own, with a second connection to the
 * same file (src/workers/segment-writer.ts). The HTTP tests save inline; these run the saves through
 * the built thread (npm test builds it first), as the server does.
 */
let t: TestApp | undefined;
let writer: Awaited<ReturnType<typeof threadSegmentWriter>> | undefined;
afterEach(async () => {
  await writer?.close();
  await t?.cleanup();
  writer = undefined;
  t = undefined;
});

/**
 * An app whose saves go to a writer thread on its SQLite file. The app opens (and migrates) the
 * store first, as the server does; the thread joins the file after.
 */
async function appWithWriter(): Promise<TestApp> {
  const app = await testApp({
    segmentWriter: {
      get failed() {
        return writer?.failed ?? false;
      },
      edit: (input, actor, now) => writer!.edit(input, actor, now),
      close: async () => writer?.close(),
    },
  });
  writer = await threadSegmentWriter({ workerFile: loadConfig({}).segmentWriterFile, path: app.path });
  return app;
}

describe('segment saves on the writer thread', () => {
  it('save, confirm and fill repetitions exactly as inline, and announce the change to live editors', async () => {
    t = await appWithWriter();
    const documentId = await importText(t.app, 'Photo : la mairie.\n\nLe conseil a voté.\n\nPhoto : la mairie.');
    const [caption, paragraph, repeated] = (await segmentsOf(t.app, documentId)).items;
    const events: LiveEvent[] = [];
    t.services.live.subscribe(documentId, (event) => events.push(event));

    const draft = await patch(t.app, paragraph!.id, { target: 'The council voted.', version: paragraph!.version });
    expect(draft.status).toBe(200);
    expect(await draft.json()).toMatchObject({ target: 'The council voted.', status: 'draft', version: paragraph!.version + 1, propagated: { count: 0 } });

    const confirmed = await patch(t.app, caption!.id, { target: 'Photo: the town hall.', status: 'translated', version: caption!.version });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'translated', propagated: { count: 1, segments: [{ id: repeated!.id, target: 'Photo: the town hall.', status: 'translated' }] } });

    // Written by the thread's connection, read back by the server's.
    const items = (await segmentsOf(t.app, documentId)).items;
    expect(items.map((segment) => [segment.target, segment.status])).toEqual([
      ['Photo: the town hall.', 'translated'],
      ['The council voted.', 'draft'],
      ['Photo: the town hall.', 'translated'],
    ]);
    const history = (await (await t.app.request(`/api/segments/${repeated!.id}/revisions`)).json()) as { items: Array<{ origin: string }> };
    expect(history.items.map((revision) => revision.origin)).toEqual(['propagation', 'import']);
    const memory = await (await t.app.request('/api/projects/1/memory/export')).text();
    expect(memory).toContain('Photo: the town hall.');
    expect(events.filter((event) => event.type === 'segment')).toHaveLength(3);
  });

  it('refuse what inline saves refuse, with the same answers', async () => {
    t = await appWithWriter();
    const documentId = await importText(t.app, 'Le conseil a voté.');
    const [segment] = (await segmentsOf(t.app, documentId)).items;
    await patch(t.app, segment!.id, { target: 'The council voted.', version: segment!.version });

    const stale = await patch(t.app, segment!.id, { target: 'Too late.', version: segment!.version });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'version_conflict', current: { id: segment!.id, target: 'The council voted.', version: segment!.version + 1 } });

    const approveDraft = await patch(t.app, segment!.id, { status: 'approved', version: segment!.version + 1 });
    expect(approveDraft.status).toBe(422);
    expect(await approveDraft.json()).toMatchObject({ code: 'invalid_transition' });

    const translator = await t.user('dominique', 'translator');
    const notAllowed = await patch(translator, segment!.id, { status: 'rejected', comment: 'Non.', version: segment!.version + 1 });
    expect(notAllowed.status).toBe(403);
  });

  it('hold a confirmation with QA errors as a draft, as inline, and take a reason to confirm it', async () => {
    t = await appWithWriter();
    const documentId = await importText(t.app, 'Le maire a parlé mercredi.\n\nLe maire a parlé mercredi.');
    const [segment, repeated] = (await segmentsOf(t.app, documentId)).items;
    const events: LiveEvent[] = [];
    t.services.live.subscribe(documentId, (event) => events.push(event));
    const held = await patch(t.app, segment!.id, { target: 'The mayor spoke on Tuesday.', status: 'translated', version: 1 });
    expect(await held.json()).toMatchObject({ status: 'draft', version: 2, heldForQa: true, findings: [{ check: 'weekdays', severity: 'error' }], propagated: { count: 0 } });
    const invisible = await patch(t.app, segment!.id, { status: 'translated', version: 2, qaOverride: { reason: '\u200B\u2060\u3164' } });
    expect(await invisible.json()).toMatchObject({ code: 'invalid_reason' });
    const overridden = await patch(t.app, segment!.id, { status: 'translated', version: 2, qaOverride: { reason: 'The French article has the wrong day.' } });
    expect(await overridden.json()).toMatchObject({ status: 'translated', heldForQa: false, propagated: { count: 1, segments: [{ id: repeated!.id }] } });
    const history = (await (await t.app.request(`/api/segments/${segment!.id}/revisions`)).json()) as { items: Array<{ qaOverride: unknown }> };
    expect(history.items[0]!.qaOverride).toEqual({ reason: 'The French article has the wrong day.', checks: ['weekdays'] });
    // The thread's events reach the main thread's hub: the draft, then the confirmation and its repetition.
    expect(events.map((event) => event.type)).toEqual(['segment', 'segment', 'segment']);
  });

  it('let exactly one of twenty simultaneous saves of one version win, while imports write on the main connection', async () => {
    t = await appWithWriter();
    const documentId = await importText(t.app, Array.from({ length: 40 }, (_, i) => `Paragraphe ${i}.`).join('\n\n'));
    const items = (await segmentsOf(t.app, documentId)).items;
    const contested = items[0]!;
    const [same, others, imports] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => patch(t!.app, contested.id, { target: `Version ${i}.`, version: contested.version }))),
      Promise.all(items.slice(1).map((segment) => patch(t!.app, segment.id, { target: `Paragraph ${segment.position}.`, version: segment.version }))),
      // Both connections write at once: neither may fail for the other (busy), nothing is lost.
      Promise.all(Array.from({ length: 5 }, (_, i) => importText(t!.app, Array.from({ length: 600 }, (_, k) => `Dépêche ${i}, paragraphe ${k}.`).join('\n\n')))),
    ]);
    expect(same.map((res) => res.status).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    expect(others.every((res) => res.status === 200)).toBe(true);
    expect(imports).toHaveLength(5);
    const after = (await segmentsOf(t.app, documentId)).items;
    expect(after[0]!.version).toBe(contested.version + 1);
    expect(after.slice(1).every((segment) => segment.target === `Paragraph ${segment.position}.`)).toBe(true);
    expect((await segmentsOf(t.app, imports[4]!)).total).toBe(600);
  });

  it('go on inline when the thread has stopped', async () => {
    t = await appWithWriter();
    const documentId = await importText(t.app, 'Le conseil a voté.');
    const [segment] = (await segmentsOf(t.app, documentId)).items;
    await writer!.close();
    expect(writer!.failed).toBe(true);
    const res = await patch(t.app, segment!.id, { target: 'The council voted.', version: segment!.version });
    expect(res.status).toBe(200);
  });
});
