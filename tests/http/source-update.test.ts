import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleArticlePath } from '../helpers/sample';
import { importText, patch, type SegmentJson, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const sample = readFileSync(sampleArticlePath(), 'utf8');

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

const sendSource = (documentId: number, text: string, format?: string) =>
  t.app.request(`/api/documents/${documentId}/source`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, format }),
  });

/** The sample as revised after publication: two paragraphs edited, one inserted, one removed, two swapped. */
function revisedSample(): { text: string; inserted: string; removed: string; swapped: [string, string] } {
  const blocks = sample.split('\n\n');
  const inserted = 'Un paragraphe entièrement nouveau, ajouté par la rédaction après la publication initiale.';
  blocks[8] = blocks[8]!.replace('a estimé', 'a jugé');
  blocks[13] = blocks[13]!.replace('En septembre dernier', 'En septembre 2025');
  const removed = blocks[15]!.trim();
  const swapped: [string, string] = [blocks[5]!, blocks[6]!];
  [blocks[5], blocks[6]] = [blocks[6]!, blocks[5]!];
  blocks.splice(15, 1);
  blocks.splice(12, 0, inserted);
  return { text: blocks.join('\n\n'), inserted, removed, swapped };
}

describe('updating the source of the sample article', () => {
  let documentId: number;
  let before: SegmentJson[];

  beforeEach(async () => {
    documentId = await importText(t.app, sample, 'txt', 'Chine-Russie');
    before = (await segmentsOf(t.app, documentId)).items;
    const versions = new Map(before.map((segment) => [segment.id, segment.version]));
    for (const segment of before) {
      if (versions.get(segment.id) !== segment.version) continue; // filled as a repetition
      // Placeholder translations: the quality checks would refuse them (their numbers are not there).
      const res = await patch(t.app, segment.id, { target: `EN ${segment.position}`, status: 'translated', version: segment.version, qaOverride: { reason: 'placeholder' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { propagated: { segments: { id: number; version: number }[] } };
      for (const filled of body.propagated.segments) versions.set(filled.id, filled.version);
    }
    before = (await segmentsOf(t.app, documentId)).items;
  });

  it('keeps unchanged and moved segments, flags edited ones, adds new ones and archives removed ones', async () => {
    const revised = revisedSample();
    const res = await sendSource(documentId, revised.text);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { unchanged: number; changed: number; added: number; removed: number; changedIds: number[]; addedIds: number[] };
    expect(summary).toMatchObject({ changed: 2, added: 1, removed: 1, unchanged: before.length - 3 });

    const after = (await segmentsOf(t.app, documentId)).items;
    // The segments are those of the new text, in its order.
    const fresh = (await segmentsOf(t.app, await importText(t.app, revised.text, 'txt', 'Direct'))).items;
    expect(after.map((segment) => segment.source)).toEqual(fresh.map((segment) => segment.source));
    expect(after.map((segment) => segment.position)).toEqual(after.map((_, i) => i));

    const edited = after.filter((segment) => summary.changedIds.includes(segment.id));
    expect(edited.map((segment) => segment.status)).toEqual(['draft', 'draft']);
    expect(edited.every((segment) => segment.sourceChanged)).toBe(true);
    const poutine = edited.find((segment) => segment.source.includes('a jugé'))!;
    expect(poutine.previousSource).toContain('a estimé');
    expect(poutine.target).toBe(before.find((segment) => segment.id === poutine.id)!.target);
    const diff = (await (await t.app.request(`/api/segments/${poutine.id}/diff?from=previous-source&to=source`)).json()) as { ops: { op: string; text: string }[] };
    expect(diff.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: 'estimé' },
      { op: 'insert', text: 'jugé' },
    ]);

    const added = after.find((segment) => summary.addedIds.includes(segment.id))!;
    expect(added).toMatchObject({ source: revised.inserted, target: '', status: 'new', sourceChanged: false });

    // Swapped paragraphs are the same segments, translation and status intact.
    for (const text of revised.swapped) {
      const first = text.split('\n')[0]!.slice(0, 30);
      const old = before.find((segment) => segment.source.startsWith(first))!;
      expect(after.find((segment) => segment.id === old.id)).toMatchObject({ target: old.target, status: 'translated', version: old.version });
    }

    // The removed paragraph is archived with its history, not deleted.
    const gone = before.find((segment) => segment.source.startsWith(revised.removed.slice(0, 30)))!;
    expect(after.some((segment) => segment.id === gone.id)).toBe(false);
    const history = await t.app.request(`/api/segments/${gone.id}/revisions`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(2);

    // Statistics count the live segments only; the export follows the new source.
    const document = (await (await t.app.request(`/api/documents/${documentId}`)).json()) as { statistics: { segments: number; byStatus: Record<string, { segments: number }> } };
    expect(document.statistics.segments).toBe(after.length);
    expect(document.statistics.byStatus.draft!.segments).toBe(2);
    const exported = await (await t.app.request(`/api/documents/${documentId}/export?format=txt&untranslated=source`)).text();
    expect(exported).toContain(revised.inserted);

    // Confirming the kept target against the new source settles the change.
    const confirmed = await patch(t.app, poutine.id, { target: poutine.target, status: 'translated', version: poutine.version, qaOverride: { reason: 'placeholder' } });
    expect(await confirmed.json()).toMatchObject({ status: 'translated', sourceChanged: false });
  });

  it('changes nothing when the source is the same, and can be applied twice', async () => {
    expect(await (await sendSource(documentId, sample)).json()).toMatchObject({ unchanged: before.length, changed: 0, added: 0, removed: 0 });
    const revised = revisedSample().text;
    await sendSource(documentId, revised);
    expect(await (await sendSource(documentId, revised)).json()).toMatchObject({ changed: 0, added: 0, removed: 0 });
    const positions = (await segmentsOf(t.app, documentId)).items.map((segment) => segment.position);
    expect(positions).toEqual(positions.map((_, i) => i));
  });

  it('refuses a source in another format, an empty one, or a missing document, changing nothing', async () => {
    const markdown = await sendSource(documentId, '# Titre\n\nTexte.', 'md');
    expect(markdown.status).toBe(400);
    expect(((await markdown.json()) as { detail: string }).detail).toContain('imported as txt');
    expect((await sendSource(documentId, '   \n')).status).toBe(400);
    expect((await sendSource(999, 'Texte.')).status).toBe(404);
    expect((await segmentsOf(t.app, documentId)).items).toEqual(before);
  });
});
