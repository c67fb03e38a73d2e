import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** Find in a whole document and replace in its targets, undone as a batch (issue 14, part 3). */

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

interface Row {
  id: number;
  position: number;
  target: string;
  status: string;
  version: number;
}
interface Result {
  dryRun: boolean;
  count: number;
  changes: Array<{ segmentId: number; position: number; before: string; after: string; beforeText: string; afterText: string; matches: number; status: string; newStatus: string }>;
  skipped: Array<{ segmentId: number; reason: string }>;
  batch: string | null;
}
const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** 150 paragraphs (more than a page of the editor), each translated; every tenth approved. */
async function setUp(): Promise<{ id: number; rows: Row[] }> {
  t = await testApp();
  const text = Array.from({ length: 150 }, (_, i) => `Le préfet a parlé au conseil ${i + 1}.`).join('\n\n');
  const id = await importText(t.app, text, 'txt', 'Conseil');
  let rows = (await segmentsOf(t.app, id)).items as unknown as Row[];
  for (const row of rows) {
    const res = await patch(t.app, row.id, { target: `The Prefect spoke to council ${row.position + 1}.`, status: 'translated', version: row.version });
    expect(res.status).toBe(200);
    if (row.position % 10 === 0) expect((await patch(t.app, row.id, { status: 'approved', version: row.version + 1 })).status).toBe(200);
  }
  rows = (await segmentsOf(t.app, id)).items as unknown as Row[];
  return { id, rows };
}
const replace = async (id: number, body: unknown, as: { request: TestApp['app']['request'] } = t.app) => {
  const res = await as.request(`/api/documents/${id}/replace`, json('POST', body));
  return { status: res.status, body: (await res.json()) as Result & { detail?: string } };
};

describe('finding in a document', () => {
  it('covers every segment, not one page, with the places in source and target', async () => {
    const { id, rows } = await setUp();
    const res = await t.app.request(`/api/documents/${id}/find?q=prefet&accents=1`);
    expect(res.status).toBe(200);
    const found = (await res.json()) as { count: number; items: Array<{ segmentId: number; position: number; source: Array<{ start: number; end: number }>; target: Array<{ start: number; end: number }> }> };
    // "préfet" in each source, "Prefect" is not "prefet".
    expect(found.count).toBe(150);
    expect(found.items.at(-1)).toEqual({ segmentId: rows[149]!.id, position: 149, source: [{ start: 3, end: 9 }], target: [] });
    const both = (await (await t.app.request(`/api/documents/${id}/find?q=pr%C3%A9fet|prefect&regex=true`)).json()) as { count: number };
    expect(both.count).toBe(300);
    const english = (await (await t.app.request(`/api/documents/${id}/find?q=council%2015&word=1&in=target`)).json()) as { items: Array<{ position: number }> };
    expect(english.items.map((item) => item.position)).toEqual([14]);
    const cased = (await (await t.app.request(`/api/documents/${id}/find?q=prefect&case=true`)).json()) as { count: number };
    expect(cased.count).toBe(0);
  });

  it('refuses a bad search with what is wrong', async () => {
    const { id } = await setUp();
    for (const [query, detail] of [
      ['q=(oups&regex=1', /^The regular expression cannot be read: /u],
      ['q=', /q/u],
      ['q=x&in=everywhere', /in/u],
      ['q=x&regex=maybe', /regex/u],
    ] as const) {
      const res = await t.app.request(`/api/documents/${id}/find?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    }
    expect((await t.app.request('/api/documents/999/find?q=x')).status).toBe(404);
  });
});

describe('replacing in the targets', () => {
  it('previews the changes in a dry run, writing nothing', async () => {
    const { id, rows } = await setUp();
    const preview = await replace(id, { find: 'Prefect', replace: 'prefect', options: { caseSensitive: true }, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, count: 150, batch: null, skipped: [] });
    expect(preview.body.changes[0]).toEqual({
      segmentId: rows[0]!.id,
      position: 0,
      before: 'The Prefect spoke to council 1.',
      after: 'The prefect spoke to council 1.',
      beforeText: 'The Prefect spoke to council 1.',
      afterText: 'The prefect spoke to council 1.',
      matches: 1,
      status: 'approved',
      newStatus: 'translated',
    });
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after).toEqual(rows);
  });

  it('replaces all as one batch: a revision of origin replace each, approved back to translated, and undoes it', async () => {
    const { id, rows } = await setUp();
    const done = await replace(id, { find: 'Prefect', replace: 'Prefect of Police', options: { wholeWord: true } });
    expect(done.status).toBe(200);
    expect(done.body.count).toBe(150);
    expect(done.body.batch).toMatch(/^[0-9a-f-]{36}$/u);
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.every((row) => row.target.startsWith('The Prefect of Police spoke'))).toBe(true);
    expect(after.every((row) => row.status === 'translated')).toBe(true);
    const history = (await (await t.app.request(`/api/segments/${rows[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string; previousStatus: string; newStatus: string }> };
    expect(history.items[0]).toMatchObject({ origin: 'replace', previousStatus: 'approved', newStatus: 'translated' });

    // Someone changes segment 2 meanwhile: undoing leaves it as they made it.
    expect((await patch(t.app, after[1]!.id, { target: 'The Chief of Police spoke to council 2.', version: after[1]!.version })).status).toBe(200);
    const undone = await t.app.request(`/api/documents/${id}/replace/undo`, json('POST', { batch: done.body.batch }));
    expect(undone.status).toBe(200);
    const { restored, skipped } = (await undone.json()) as { restored: unknown[]; skipped: Array<{ position: number }> };
    expect(restored).toHaveLength(149);
    expect(skipped.map((row) => row.position)).toEqual([1]);
    const back = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(back.map((row) => [row.target, row.status])).toEqual(rows.map((row, i) => (i === 1 ? ['The Chief of Police spoke to council 2.', 'translated'] : [row.target, row.status])));
    const restoredHistory = (await (await t.app.request(`/api/segments/${rows[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string; newStatus: string }> };
    expect(restoredHistory.items[0]).toMatchObject({ origin: 'restore', newStatus: 'approved' });
    // Undoing twice: nothing left to restore.
    const again = (await (await t.app.request(`/api/documents/${id}/replace/undo`, json('POST', { batch: done.body.batch }))).json()) as { restored: unknown[] };
    expect(again.restored).toEqual([]);
    expect((await t.app.request(`/api/documents/${id}/replace/undo`, json('POST', { batch: 'no-such-batch' }))).status).toBe(404);
  });

  it('replaces in the segments named only, with groups, and never empties a target', async () => {
    const { id, rows } = await setUp();
    const one = await replace(id, { find: 'council (\\d+)', replace: 'council no. $1', options: { regex: true }, segmentIds: [rows[4]!.id] });
    expect(one.body.changes.map((change) => change.after)).toEqual(['The Prefect spoke to council no. 5.']);
    const emptied = await replace(id, { find: '.*', replace: '', options: { regex: true }, segmentIds: [rows[5]!.id], dryRun: true });
    expect(emptied.body.changes).toEqual([]);
    expect(emptied.body.skipped).toEqual([{ segmentId: rows[5]!.id, position: 5, reason: 'empty' }]);
    const foreign = await replace(id, { find: 'x', replace: 'y', segmentIds: [999_999] });
    expect(foreign.status).toBe(404);
    const nothing = await replace(id, { find: 'nowhere to be found', replace: 'y' });
    expect(nothing.body).toEqual({ dryRun: false, count: 0, changes: [], skipped: [], heldForQa: [], batch: null });
  });

  it('is for translators and up; bad input is refused', async () => {
    const { id } = await setUp();
    const viewer = await t.user('vic', 'viewer');
    expect((await replace(id, { find: 'Prefect', replace: 'x' }, viewer)).status).toBe(403);
    for (const body of [{ find: '', replace: 'x' }, { find: 'x' }, { find: 'x', replace: 'y', options: { fuzzy: true } }, { find: '[', replace: 'y', options: { regex: true } }]) {
      const refused = await replace(id, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.detail).toBeTruthy();
    }
  });

  it('never overwrites a target typed at the same time', async () => {
    const { id, rows } = await setUp();
    const row = rows[3]!;
    const [replaced, typed] = await Promise.all([replace(id, { find: 'Prefect', replace: 'Governor', segmentIds: [row.id] }), patch(t.app, row.id, { target: 'Typed meanwhile for council 4.', version: row.version })]);
    const [final] = ((await segmentsOf(t.app, id)).items as unknown as Row[]).filter((segment) => segment.id === row.id);
    if (typed.status === 200) {
      // The typing came first: the replace found another text and left it.
      expect(final!.target).toBe('Typed meanwhile for council 4.');
      expect(replaced.body.changes).toEqual([]);
    } else {
      // The replace came first: the typing, on a stale version, was refused.
      expect(typed.status).toBe(409);
      expect(final!.target).toBe('The Governor spoke to council 4.');
    }
  });
});
