import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const french = 'Le maire de Pontlevoy a parlé mardi.\n\nLe budget atteint 3,2 millions d’euros.\n\nLa séance est levée à 22 h 30.\n\nPhoto : Jean Durand\n';
const english = 'The mayor of Pontlevoy spoke on Tuesday.\n\nThe meeting closed at 10:30 p.m.\n\nEditor’s note: figures updated on Wednesday.\n\nPhoto: Jean Durand\n';

interface Row {
  id: number;
  target: string;
  status: string;
  version: number;
}

describe('importing a French document with its English version', () => {
  it('aligns the English onto the segments: drafts with origin alignment, and what is left over listed', async () => {
    t = await testApp();
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Séance', text: french, translationText: english }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: number; alignment: { filled: number[]; unaligned: { french: number[]; english: string[] }; conflicts: unknown[] } };
    const { items } = (await segmentsOf(t.app, body.id)) as unknown as { items: Row[] };
    expect(items.map((item) => [item.target, item.status])).toEqual([
      ['The mayor of Pontlevoy spoke on Tuesday.', 'draft'],
      ['', 'new'],
      ['The meeting closed at 10:30 p.m.', 'draft'],
      ['Photo: Jean Durand', 'draft'],
    ]);
    expect(body.alignment.filled).toHaveLength(3);
    expect(body.alignment.unaligned).toEqual({ french: [items[1]!.id], english: ['Editor’s note: figures updated on Wednesday.'] });
    const history = (await (await t.app.request(`/api/segments/${items[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string }> };
    expect(history.items[0]?.origin).toBe('alignment');
  });

  it('takes the English as a file of another format beside the French upload (multipart)', async () => {
    t = await testApp();
    const form = new FormData();
    form.set('file', new Blob([french], { type: 'text/plain' }), 'seance.txt');
    form.set('translation', new Blob(['# The mayor of Pontlevoy spoke on Tuesday\n\nThe meeting closed at **10:30 p.m.**\n\nPhoto: Jean Durand\n'], { type: 'text/markdown' }), 'seance.en.md');
    const res = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const { items } = (await segmentsOf(t.app, id)) as unknown as { items: Row[] };
    expect(items.map((item) => item.target)).toEqual(['The mayor of Pontlevoy spoke on Tuesday', '', 'The meeting closed at 10:30 p.m.', 'Photo: Jean Durand']);
  });
});

describe('aligning an English version onto an existing document', () => {
  it('fills only empty targets and lists the ones already translated differently', async () => {
    t = await testApp();
    const id = await importText(t.app, french, 'txt', 'Séance');
    const before = (await segmentsOf(t.app, id)).items as unknown as Row[];
    await patch(t.app, before[0]!.id, { target: 'The mayor spoke.', status: 'translated', version: 1 });
    const res = await t.app.request(`/api/documents/${id}/translation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: english }) });
    expect(res.status).toBe(200);
    const result = (await res.json()) as { filled: number[]; conflicts: Array<{ segmentId: number; current: string; incoming: string }> };
    expect(result.conflicts).toEqual([{ segmentId: before[0]!.id, position: 0, current: 'The mayor spoke.', incoming: 'The mayor of Pontlevoy spoke on Tuesday.' }]);
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.map((item) => [item.target, item.status])).toEqual([
      ['The mayor spoke.', 'translated'],
      ['', 'new'],
      ['The meeting closed at 10:30 p.m.', 'draft'],
      ['Photo: Jean Durand', 'draft'],
    ]);
  });

  it("uses the project's glossary as anchors: a link it supports is sure enough to fill", async () => {
    t = await testApp();
    const projectId = (await t.services.projects.create({ name: 'Mairie' }, undefined, { name: 'camille' })).id;
    // Two French paragraphs alike, and terms the seed lexicon does not know: only the glossary tells them apart.
    const id = await importText(t.app, 'La chaufferie biomasse ferme ce soir.\n\nLa ressourcerie ferme ce soir.\n', 'txt', 'Brève', projectId);
    const align = async () =>
      (await (await t.app.request(`/api/documents/${id}/translation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'The reuse centre closes tonight.\n' }) })).json()) as { filled: number[]; uncertain: unknown[] };
    expect((await align()).filled).toEqual([]);
    const term = await t.app.request(`/api/projects/${projectId}/glossary`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: 'ressourcerie', target: 'reuse centre' }) });
    expect(term.status).toBe(201);
    const { items } = (await segmentsOf(t.app, id)) as unknown as { items: Row[] };
    expect((await align()).filled).toEqual([items[1]!.id]);
  });

  it('refuses a bilingual file as the English version (400), and a viewer (403)', async () => {
    t = await testApp();
    const id = await importText(t.app, french);
    const xliff = await t.app.request(`/api/documents/${id}/translation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '<xliff version="1.2"/>', format: 'xliff' }) });
    expect(xliff.status).toBe(400);
    expect(((await xliff.json()) as { detail: string }).detail).toMatch(/already pairs French and English/u);
    const viewer = await t.user('lea', 'viewer');
    const refused = await viewer.request(`/api/documents/${id}/translation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: english }) });
    expect(refused.status).toBe(403);
  });
});
