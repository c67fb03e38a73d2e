import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/**
 * Saves on PostgreSQL go to the database in groups (store/postgres-saves.ts): each must still
 * succeed or conflict on its own, with exactly one revision per save that succeeded.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

async function revisionsOf(segmentId: number): Promise<Array<{ newTarget: string; version: number; origin: string }>> {
  return ((await (await t.app.request(`/api/segments/${segmentId}/revisions`)).json()) as { items: Array<{ newTarget: string; version: number; origin: string }> }).items;
}

describe('grouped saves on PostgreSQL', () => {
  it('save fifty segments at once, each with its one revision', async () => {
    const id = await importText(t.app, Array.from({ length: 50 }, (_, i) => `Phrase ${i}.`).join('\n\n'));
    const { items } = await segmentsOf(t.app, id);
    const answers = await Promise.all(items.map((segment, i) => patch(t.app, segment.id, { target: `Sentence ${i}.`, version: segment.version })));
    expect(answers.map((res) => res.status)).toEqual(items.map(() => 200));
    const after = await segmentsOf(t.app, id);
    for (const [i, segment] of after.items.entries()) {
      expect(segment).toMatchObject({ target: `Sentence ${i}.`, status: 'draft', version: items[i]!.version + 1 });
      expect((await revisionsOf(segment.id)).filter((revision) => revision.origin === 'human')).toEqual([expect.objectContaining({ newTarget: `Sentence ${i}.`, version: segment.version })]);
    }
  });

  it('let exactly one of twenty simultaneous saves of one version win, the others conflict with the winner', async () => {
    const id = await importText(t.app, 'Une seule phrase.');
    const [segment] = (await segmentsOf(t.app, id)).items;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => patch(t.app, segment!.id, { target: `Attempt ${n}.`, version: segment!.version })));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const winner = ((await answers[statuses.indexOf(200)]!.json()) as { target: string }).target;
    const conflict = (await answers[statuses.indexOf(409)]!.json()) as { current: { target: string; version: number } };
    expect(conflict.current).toMatchObject({ target: winner, version: segment!.version + 1 });
    expect((await revisionsOf(segment!.id)).filter((revision) => revision.origin === 'human')).toHaveLength(1);
  });

  it('save a segment again and again at the version each save answered (decided from the row held, not read)', async () => {
    const id = await importText(t.app, 'Encore une phrase.');
    let [segment] = (await segmentsOf(t.app, id)).items;
    let version = segment!.version;
    for (let n = 0; n < 10; n++) {
      const res = await patch(t.app, segment!.id, { target: `Draft ${n}.`, version });
      expect(res.status).toBe(200);
      version = ((await res.json()) as { version: number }).version;
    }
    // Another writer (a confirmation, which goes through a transaction) moves it on; a save at the old version is a conflict.
    const confirmed = await patch(t.app, segment!.id, { target: 'Final.', status: 'translated', version });
    expect(confirmed.status).toBe(200);
    expect((await patch(t.app, segment!.id, { target: 'Late.', version })).status).toBe(409);
    [segment] = (await segmentsOf(t.app, id)).items;
    expect(segment).toMatchObject({ target: 'Final.', status: 'translated', version: version + 1 });
    const history = (await revisionsOf(segment!.id)).filter((revision) => revision.origin === 'human');
    expect(history.map((revision) => revision.newTarget)).toEqual(['Final.', ...Array.from({ length: 10 }, (_, n) => `Draft ${9 - n}.`)]);
  });

  it('refuse a NUL character in a translation with 400, and save the others sent with it', async () => {
    const id = await importText(t.app, Array.from({ length: 10 }, (_, i) => `Phrase ${i}.`).join('\n\n'));
    const { items } = await segmentsOf(t.app, id);
    const answers = await Promise.all(items.map((segment, i) => patch(t.app, segment.id, { target: i === 3 ? 'Bad \u0000 text.' : `Good ${i}.`, version: segment.version })));
    expect(answers.map((res) => res.status)).toEqual(items.map((_, i) => (i === 3 ? 400 : 200)));
    expect(await answers[3]!.json()).toMatchObject({ detail: 'A translation cannot contain the NUL character (U+0000).' });
  });

  it('keep the saves of a group that one save the database refuses would fail', async () => {
    const id = await importText(t.app, Array.from({ length: 10 }, (_, i) => `Phrase ${i}.`).join('\n\n'));
    const { items } = await segmentsOf(t.app, id);
    const stored = await Promise.all(items.map(async (item) => (await t.store.segments.get(item.id))!));
    const now = new Date().toISOString();
    // Straight to the store, all in one turn of the event loop: one group. The fourth revision's
    // author has a NUL, which PostgreSQL refuses: the group's statement fails, then each save is
    // tried alone.
    const outcomes = await Promise.allSettled(
      stored.map((segment, i) =>
        t.store.segments.updateRecorded(segment, { target: `Good ${i}.`, status: 'draft', sourceChanged: false }, now, {
          segmentId: segment.id,
          documentId: segment.documentId,
          origin: 'human',
          author: i === 3 ? 'bad\u0000name' : 'camille',
          createdAt: now,
          previousTarget: segment.target,
          newTarget: `Good ${i}.`,
          previousStatus: segment.status,
          newStatus: 'draft',
          version: segment.version + 1,
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(items.map((_, i) => (i === 3 ? 'rejected' : 'fulfilled')));
    const after = await segmentsOf(t.app, id);
    expect(after.items.map((segment) => segment.target)).toEqual(items.map((segment, i) => (i === 3 ? segment.target : `Good ${i}.`)));
    for (const [i, segment] of after.items.entries()) {
      expect((await revisionsOf(segment.id)).filter((revision) => revision.origin === 'human')).toHaveLength(i === 3 ? 0 : 1);
    }
  });
});
