import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** The alignment view's API: an English version aligned for review, corrected, then accepted (issue 12, part 2). */

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const french = 'Le maire de Pontlevoy a parlé mardi.\n\nLe budget atteint 3,2 millions d’euros.\n\nIl sera voté en juin.\n\nLa séance est levée à 22 h 30.\n\nPhoto : Jean Durand\n';
// The English merged the budget paragraphs, added a note, and left nothing else out.
const english =
  'The mayor of Pontlevoy spoke on Tuesday.\n\nThe budget reaches €3.2 million and will be voted on in June.\n\nThe meeting closed at 10:30 p.m.\n\nEditor’s note: figures updated on Wednesday.\n\nPhoto: Jean Durand\n';

interface Link {
  segments: number[];
  english: number[];
  score: number | null;
}
interface Review {
  version: number;
  french: Array<{ id: number; text: string; target: string; status: string }>;
  english: string[];
  links: Link[];
  threshold: number;
}
interface Row {
  id: number;
  target: string;
  status: string;
  version: number;
}

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function start(documentId: number, text = english): Promise<Review> {
  const res = await t.app.request(`/api/documents/${documentId}/alignment`, json('POST', { text }));
  expect(res.status).toBe(201);
  return (await res.json()) as Review;
}

describe('an alignment under review', () => {
  it('links the English for review without filling anything, and lists every paragraph of both sides once', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const review = await start(id);
    const ids = review.french.map((segment) => segment.id);
    expect(review.links.map((link) => [link.segments.map((s) => ids.indexOf(s)), link.english])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
      [[], [3]],
      [[4], [4]],
    ]);
    expect(review.links.every((link) => link.score !== null && link.score >= 0 && link.score <= 1)).toBe(true);
    expect(review.threshold).toBe(0.5);
    // Nothing is filled until accepted.
    expect(((await segmentsOf(t.app, id)).items as unknown as Row[]).every((row) => row.target === '')).toBe(true);
    // It survives a reload.
    expect(((await (await t.app.request(`/api/documents/${id}/alignment`)).json()) as Review).links).toEqual(review.links);
  });

  it('saves corrected links, refuses links that lose or reorder a paragraph (400), and a stale version (409)', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const review = await start(id);
    const [s0, s1, s2, s3, s4] = review.french.map((segment) => segment.id);
    // Unlink the 2-1: the budget English goes with its first paragraph, the vote stays unaligned.
    const corrected: Link[] = [
      { segments: [s0!], english: [0], score: 0.9 },
      { segments: [s1!], english: [1], score: null },
      { segments: [s2!], english: [], score: null },
      { segments: [s3!], english: [2], score: 0.9 },
      { segments: [], english: [3], score: 0.5 },
      { segments: [s4!], english: [4], score: 0.9 },
    ];
    const saved = await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 1, links: corrected }));
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Review).version).toBe(2);

    const stale = await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 1, links: corrected }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'alignment_changed' });

    const lost = await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 2, links: corrected.slice(1) }));
    expect(lost.status).toBe(400);
    expect(((await lost.json()) as { detail: string }).detail).toMatch(/French segments/u);
    const swapped = corrected.map((link) => ({ ...link }));
    swapped[0] = { ...swapped[0]!, english: [1] };
    swapped[1] = { ...swapped[1]!, english: [0] };
    const reordered = await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 2, links: swapped }));
    expect(reordered.status).toBe(400);
    expect(((await reordered.json()) as { detail: string }).detail).toMatch(/English paragraphs are not in order/u);
    const empty = await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 2, links: [...corrected, { segments: [], english: [], score: null }] }));
    expect(empty.status).toBe(400);
    // Nothing of the refused saves was kept.
    expect(((await (await t.app.request(`/api/documents/${id}/alignment`)).json()) as Review).version).toBe(2);
  });

  it('accepts: one-segment links fill targets as translated with origin alignment, feed the memory, and never overwrite typed work', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const rows = (await segmentsOf(t.app, id)).items as unknown as Row[];
    // Someone translated the last segment their own way meanwhile.
    await patch(t.app, rows[4]!.id, { target: 'Picture: Jean Durand', status: 'translated', version: 1 });
    const review = await start(id);
    const res = await t.app.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: review.version }));
    expect(res.status).toBe(200);
    const accepted = (await res.json()) as {
      filled: number[];
      conflicts: Array<{ segmentId: number; incoming: string }>;
      shared: Array<{ segmentIds: number[]; english: string }>;
      unaligned: { french: number[]; english: string[] };
    };
    expect(accepted.filled).toEqual([rows[0]!.id, rows[3]!.id]);
    expect(accepted.conflicts).toEqual([expect.objectContaining({ segmentId: rows[4]!.id, incoming: 'Photo: Jean Durand' })]);
    expect(accepted.shared).toEqual([{ segmentIds: [rows[1]!.id, rows[2]!.id], english: 'The budget reaches €3.2 million and will be voted on in June.' }]);
    expect(accepted.unaligned).toEqual({ french: [], english: ['Editor’s note: figures updated on Wednesday.'] });

    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.map((row) => [row.target, row.status])).toEqual([
      ['The mayor of Pontlevoy spoke on Tuesday.', 'translated'],
      ['', 'new'],
      ['', 'new'],
      ['The meeting closed at 10:30 p.m.', 'translated'],
      ['Picture: Jean Durand', 'translated'],
    ]);
    const history = (await (await t.app.request(`/api/segments/${rows[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string; newStatus: string }> };
    expect(history.items[0]).toMatchObject({ origin: 'alignment', newStatus: 'translated' });
    // The review is closed.
    expect((await t.app.request(`/api/documents/${id}/alignment`)).status).toBe(404);

    // The pairs are in the memory, the shared one too.
    const other = await importText(t.app, 'Le maire de Pontlevoy a parlé mardi.\n\nLe budget atteint 3,2 millions d’euros. Il sera voté en juin.', 'txt', 'Autre');
    const [mayor, budget] = (await segmentsOf(t.app, other)).items;
    const suggestions = async (segmentId: number) => ((await (await t.app.request(`/api/segments/${segmentId}/suggestions`)).json()) as { items: Array<{ text: string; score: number }> }).items;
    expect((await suggestions(mayor!.id))[0]).toMatchObject({ text: 'The mayor of Pontlevoy spoke on Tuesday.', score: 100 });
    expect((await suggestions(budget!.id))[0]).toMatchObject({ text: 'The budget reaches €3.2 million and will be voted on in June.', score: 100 });
  });

  it('confirms the drafts a first alignment filled, even re-linked, and restoring undoes a fill', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const quick = await t.app.request(`/api/documents/${id}/translation`, json('POST', { text: english }));
    expect(((await quick.json()) as { filled: number[] }).filled).toHaveLength(3);
    const review = (await (await t.app.request(`/api/documents/${id}/alignment`)).json()) as Review;
    const [s0, s1, s2, s3, s4] = review.french.map((segment) => segment.id);
    // The translator moves the note onto the photo caption by mistake, then corrects it: here, the last link keeps the caption.
    const links: Link[] = [
      { segments: [s0!], english: [0], score: null },
      { segments: [s1!], english: [1], score: null },
      { segments: [s2!], english: [], score: null },
      { segments: [s3!], english: [2], score: null },
      { segments: [], english: [3], score: null },
      { segments: [s4!], english: [4], score: null },
    ];
    const accepted = (await (await t.app.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: review.version, links }))).json()) as { filled: number[]; conflicts: unknown[] };
    expect(accepted.conflicts).toEqual([]);
    expect(accepted.filled).toEqual([s0, s1, s3, s4]);
    const rows = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(rows.map((row) => row.status)).toEqual(['translated', 'translated', 'new', 'translated', 'translated']);
    expect(rows[1]!.target).toBe('The budget reaches €3.2 million and will be voted on in June.');

    // Restoring the revision before the alignment undoes it.
    const history = (await (await t.app.request(`/api/segments/${s1}/revisions`)).json()) as { items: Array<{ id: number; origin: string }> };
    expect(history.items[0]!.origin).toBe('alignment');
    const first = history.items.at(-1)!;
    const restored = await t.app.request(`/api/segments/${s1}/restore`, json('POST', { revision: first.id, version: rows[1]!.version }));
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as Row).target).toBe('');
  });

  it('brings the links up to date after a source update: removed segments out, new ones unaligned', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    await start(id);
    const res = await t.app.request(`/api/documents/${id}/source`, json('POST', { text: french.replace('Il sera voté en juin.\n\n', 'Un paragraphe nouveau.\n\n') }));
    expect(res.status).toBe(200);
    const review = (await (await t.app.request(`/api/documents/${id}/alignment`)).json()) as Review;
    const ids = review.french.map((segment) => segment.id);
    expect(review.links.flatMap((link) => link.segments)).toEqual(ids);
    expect(review.links.flatMap((link) => link.english)).toEqual([0, 1, 2, 3, 4]);
    const accepted = await t.app.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: review.version }));
    expect(accepted.status).toBe(200);
  });

  it('refuses bad input with problems, and viewers may look but not change', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    expect((await t.app.request(`/api/documents/${id}/alignment`)).status).toBe(404);
    expect((await t.app.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: 1 }))).status).toBe(404);
    expect((await t.app.request(`/api/documents/${id}/alignment`, json('POST', { text: '' }))).status).toBe(400);
    expect((await t.app.request(`/api/documents/${id}/alignment`, json('POST', { nothing: true }))).status).toBe(400);
    expect((await t.app.request('/api/documents/9999/alignment', json('POST', { text: english }))).status).toBe(404);
    const review = await start(id);
    expect((await t.app.request(`/api/documents/${id}/alignment`, json('PUT', { version: 1, links: [{ segments: ['x'], english: [], score: 2 }] }))).status).toBe(400);
    const viewer = await t.user('vera', 'viewer');
    expect((await viewer.request(`/api/documents/${id}/alignment`)).status).toBe(200);
    expect((await viewer.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: review.version }))).status).toBe(403);
    expect((await viewer.request(`/api/documents/${id}/alignment`, { method: 'DELETE' })).status).toBe(403);
    expect((await t.app.request(`/api/documents/${id}/alignment`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.app.request(`/api/documents/${id}/alignment`)).status).toBe(404);
  });

  it('lets only one of two concurrent accepts apply', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const review = await start(id);
    const results = await Promise.all([1, 2, 3].map(() => t.app.request(`/api/documents/${id}/alignment/accept`, json('POST', { version: review.version }))));
    expect(results.map((res) => res.status).sort()).toEqual([200, 404, 404]);
    const history = (await (await t.app.request(`/api/segments/${review.french[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string }> };
    expect(history.items.filter((item) => item.origin === 'alignment')).toHaveLength(1);
  });
});
