import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, type SegmentJson, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const depeche = readFileSync(new URL('../fixtures/depeche-fr.txt', import.meta.url), 'utf8');

let t: TestApp;
let documentId: number;
let segments: SegmentJson[];
beforeEach(async () => {
  t = await testApp();
  documentId = await importText(t.app, depeche);
  segments = (await segmentsOf(t.app, documentId)).items;
});
afterEach(async () => {
  await t.cleanup();
});

const at = (position: number) => {
  const segment = segments[position];
  if (!segment) throw new Error(`no segment at ${position}`);
  return segment;
};

async function revisionsOf(id: number) {
  return ((await (await t.app.request(`/api/segments/${id}/revisions`)).json()) as { items: { origin: string; newTarget: string; previousTarget: string | null; newStatus: string; author: string | null }[] }).items;
}

describe('PATCH /api/segments/:id', () => {
  it('saves a typed target as a draft and records a revision', async () => {
    const res = await patch(t.app, at(7).id, { target: 'The Toulouse metropolitan area presented…', version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'draft', version: 2, target: 'The Toulouse metropolitan area presented…' });
    const [latest] = await revisionsOf(at(7).id);
    expect(latest).toMatchObject({ origin: 'human', previousTarget: '', newTarget: 'The Toulouse metropolitan area presented…', newStatus: 'draft' });
  });

  it('confirms a translation and then approves it', async () => {
    const confirmed = await patch(t.app, at(0).id, { target: 'Canal du Midi: Toulouse launches a bank renovation plan', status: 'translated', version: 1 });
    expect(await confirmed.json()).toMatchObject({ status: 'translated', version: 2 });
    const approved = await patch(t.app, at(0).id, { status: 'approved', version: 2 });
    expect(await approved.json()).toMatchObject({ status: 'approved', version: 3 });
  });

  it('refuses a stale version with 409 and the current segment, and writes nothing', async () => {
    await patch(t.app, at(7).id, { target: 'First version', version: 1 });
    const before = await revisionsOf(at(7).id);
    const res = await patch(t.app, at(7).id, { target: 'Written from an old page', version: 1 });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; current: SegmentJson };
    expect(body.code).toBe('version_conflict');
    expect(body.current).toMatchObject({ target: 'First version', version: 2 });
    expect(await revisionsOf(at(7).id)).toHaveLength(before.length);
    expect((await segmentsOf(t.app, documentId)).items[7]?.target).toBe('First version');
  });

  it('refuses an invalid transition with 422 and says why', async () => {
    const res = await patch(t.app, at(7).id, { status: 'approved', version: 1 });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'invalid_transition', detail: 'Cannot approve an empty segment: type a translation first.' });
    const confirmEmpty = await patch(t.app, at(7).id, { target: '   ', status: 'translated', version: 1 });
    expect(confirmEmpty.status).toBe(422);
    expect((await segmentsOf(t.app, documentId)).items[7]).toMatchObject({ status: 'new', version: 1 });
  });

  it('answers 404 for an unknown segment', async () => {
    expect((await patch(t.app, 424242, { target: 'x', version: 1 })).status).toBe(404);
  });

  it('answers 400 for a body without version, with an unknown status or an unknown field', async () => {
    for (const body of [{ target: 'x' }, { status: 'done', version: 1 }, { target: 'x', version: 1, colour: 'red' }]) {
      const res = await patch(t.app, at(7).id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.app.request(`/api/segments/${at(7).id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"target": "x",' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'malformed_json' });
  });

  it('stores SQL-looking text verbatim', async () => {
    const target = "Robert'); DROP TABLE segments;-- «\u00a0ok\u00a0»";
    await patch(t.app, at(7).id, { target, version: 1 });
    expect((await segmentsOf(t.app, documentId)).items[7]?.target).toBe(target);
  });
});

describe('repetitions', () => {
  it('fills the untranslated repetitions when a translation is confirmed, and says how many', async () => {
    const [first, second] = segments.filter((segment) => segment.kind === 'caption');
    const res = await patch(t.app, first!.id, { target: 'Cyclists ride along the Canal du Midi in Toulouse.', status: 'translated', version: 1 });
    const body = (await res.json()) as { propagated: { count: number; segments: { id: number; status: string }[] } };
    expect(body.propagated.count).toBe(1);
    expect(body.propagated.segments[0]).toMatchObject({ id: second!.id, status: 'translated' });
    const [revision] = await revisionsOf(second!.id);
    expect(revision).toMatchObject({ origin: 'propagation', newTarget: 'Cyclists ride along the Canal du Midi in Toulouse.' });
  });

  it('never overwrites a repetition someone already typed in', async () => {
    const [first, second] = segments.filter((segment) => segment.kind === 'caption');
    await patch(t.app, second!.id, { target: 'My own wording', version: 1 });
    const res = await patch(t.app, first!.id, { target: 'Cyclists…', status: 'translated', version: 1 });
    expect(((await res.json()) as { propagated: { count: number } }).propagated.count).toBe(0);
    expect((await segmentsOf(t.app, documentId)).items[second!.position]?.target).toBe('My own wording');
  });

  it('does not propagate a draft', async () => {
    const [first] = segments.filter((segment) => segment.kind === 'caption');
    const res = await patch(t.app, first!.id, { target: 'Not sure yet', version: 1 });
    expect(((await res.json()) as { propagated: { count: number } }).propagated.count).toBe(0);
  });
});

describe('GET /api/segments/:id/revisions', () => {
  it('lists the history newest first, starting from the import', async () => {
    await patch(t.app, at(7).id, { target: 'One', version: 1 });
    await patch(t.app, at(7).id, { target: 'Two', status: 'translated', version: 2, qaOverride: { reason: 'placeholder' } });
    const history = await revisionsOf(at(7).id);
    expect(history.map((revision) => [revision.origin, revision.newTarget, revision.newStatus])).toEqual([
      ['human', 'Two', 'translated'],
      ['human', 'One', 'draft'],
      ['import', '', 'new'],
    ]);
  });

  it('answers 404 for an unknown segment', async () => {
    expect((await t.app.request('/api/segments/999999/revisions')).status).toBe(404);
  });
});
