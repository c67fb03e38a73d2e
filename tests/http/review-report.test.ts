import { HtmlValidate } from 'html-validate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let clock: Date;
let t: TestApp;
let projectId: number;
beforeEach(async () => {
  clock = new Date('2026-11-20T09:00:00Z');
  t = await testApp({ now: () => clock });
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
});

const tick = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

/** Three segments: one approved then edited, one approved and left alone, one translated, never approved. */
async function reviewedDocument() {
  const documentId = await importText(t.app, 'Un <b>premier</b> paragraphe.\n\nUn deuxième.\n\nUn troisième & dernier.', 'txt', 'Dépêche <script>', projectId);
  const [a, b, c] = (await segmentsOf(t.app, documentId)).items;
  const translator = await t.user('sacha', 'translator', projectId);
  const reviewer = await t.user('renee', 'reviewer', projectId);
  tick(1);
  await patch(translator, a!.id, { target: 'A first paragraph.', status: 'translated', version: 1 });
  await patch(translator, b!.id, { target: 'A second one.', status: 'translated', version: 1 });
  await patch(translator, c!.id, { target: 'A third & last one.', status: 'translated', version: 1 });
  tick(1);
  await patch(reviewer, a!.id, { status: 'approved', version: 2 });
  await patch(reviewer, b!.id, { status: 'approved', version: 2 });
  tick(60);
  await patch(reviewer, a!.id, { target: 'A <first> paragraph, revised.', version: 3 });
  await t.app.request(`/api/segments/${a!.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Revu <i>ici</i>.' }) });
  return { documentId, a: a!, b: b!, c: c! };
}

describe('the review report', () => {
  it('lists what changed since each approval, with diffs, authors and comments', async () => {
    const { documentId, a, c } = await reviewedDocument();
    const report = (await (await t.app.request(`/api/documents/${documentId}/review-report?format=json`)).json()) as {
      since: null;
      items: { segmentId: number; baseline: { kind: string; text: string }; ops: { op: string; text: string }[]; authors: string[]; comments: { body: string }[]; status: string }[];
    };
    expect(report.since).toBeNull();
    expect(report.items.map((item) => item.segmentId)).toEqual([a.id, c.id]);
    expect(report.items[0]).toMatchObject({ status: 'translated', baseline: { kind: 'approved', text: 'A first paragraph.' }, authors: ['renee'], comments: [{ body: 'Revu <i>ici</i>.' }] });
    expect(report.items[0]!.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'insert', text: '<' },
      { op: 'insert', text: '>' },
      { op: 'insert', text: ', revised' },
    ]);
    expect(report.items[1]).toMatchObject({ baseline: { kind: 'none', text: '' }, authors: ['sacha'] });
  });

  it('lists what changed since a date', async () => {
    const { documentId, a } = await reviewedDocument();
    const since = await (await t.app.request(`/api/documents/${documentId}/review-report?format=json&since=2026-11-20T09:30:00Z`)).json();
    expect(since).toMatchObject({ since: '2026-11-20T09:30:00.000Z', items: [{ segmentId: a.id, baseline: { kind: 'since', text: 'A first paragraph.' } }] });
    const all = (await (await t.app.request(`/api/documents/${documentId}/review-report?format=json&since=2026-11-20`)).json()) as { items: unknown[] };
    expect(all.items).toHaveLength(3);
    const bad = await t.app.request(`/api/documents/${documentId}/review-report?since=last%20week`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('not a date');
  });

  it('exports one valid, standalone HTML file with every text escaped', async () => {
    const { documentId } = await reviewedDocument();
    const res = await t.app.request(`/api/documents/${documentId}/review-report`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('.review.html');
    const page = await res.text();
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(page);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    expect(page).not.toMatch(/<script|<b>|<i>|src=|href=/u);
    expect(page).toContain('Dépêche &lt;script&gt;');
    expect(page).toContain('A <ins>&lt;</ins>first<ins>&gt;</ins> paragraph<ins>, revised</ins>.');
    expect(page).toContain('Revu &lt;i&gt;ici&lt;/i&gt;.');
  });
});

describe('document statistics', () => {
  it('gives words by status per translator, review changes and post-editing effort', async () => {
    const { documentId, c } = await reviewedDocument();
    // A machine suggestion, then the translator's post-edit.
    await t.store.revisions.append([
      { segmentId: c.id, documentId, origin: 'mt', author: 'sacha', createdAt: clock.toISOString(), previousTarget: 'A third & last one.', newTarget: 'A third and final one.', previousStatus: 'translated', newStatus: 'translated', version: 2 },
    ]);
    const stats = (await (await t.app.request(`/api/documents/${documentId}/stats`)).json()) as {
      statistics: { segments: number };
      changedByReview: number;
      postEditing: number;
      authors: { author: string; segments: number; words: number; byStatus: Record<string, { segments: number }> }[];
    };
    expect(stats.statistics.segments).toBe(3);
    expect(stats.changedByReview).toBe(1);
    expect(stats.postEditing).toBeGreaterThan(0);
    expect(stats.postEditing).toBeLessThan(100);
    const byName = Object.fromEntries(stats.authors.map((author) => [author.author, author]));
    expect(Object.keys(byName).sort()).toEqual(['renee', 'sacha']);
    expect(byName.sacha).toMatchObject({ segments: 2, byStatus: { approved: { segments: 1 }, translated: { segments: 1 } } });
    expect(byName.renee).toMatchObject({ segments: 1, byStatus: { translated: { segments: 1 } } });
  });
});
