import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const depeche = readFileSync(new URL('../fixtures/depeche-fr.txt', import.meta.url), 'utf8');
const guide = readFileSync(new URL('../fixtures/guide-fr.md', import.meta.url), 'utf8');

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

function upload(name: string, content: BlobPart, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new File([content], name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

describe('POST /api/documents', () => {
  it('imports JSON text and answers 201 with the id, title and segment count', async () => {
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Dépêche', text: depeche, format: 'txt' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: number; title: string; segmentCount: number };
    expect(body).toMatchObject({ title: 'Dépêche', segmentCount: 16 });
    expect(body.id).toBeGreaterThan(0);
  });

  it('imports an uploaded .txt file, titled after the file name', async () => {
    const res = await upload('canal-du-midi.txt', depeche);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ title: 'canal-du-midi', segmentCount: 16 });
  });

  it('imports an uploaded .md file with its block structure', async () => {
    const res = await upload('guide.md', guide, { title: 'Guide du bénévole' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const { items } = await segmentsOf(t.app, id);
    expect(items.map((segment) => segment.kind)).toContain('list-item');
    expect(items.map((segment) => segment.kind)).toContain('table-cell');
  });

  it('converts a Windows-1252 upload instead of mangling its accents', async () => {
    const res = await upload('ancien.txt', new Uint8Array(iconv.encode('Élan «\u00a0décisif\u00a0» pour l’économie.\r\n', 'windows-1252')));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect((await segmentsOf(t.app, id)).items[0]?.source).toBe('Élan «\u00a0décisif\u00a0» pour l’économie.');
    const doc = (await (await t.app.request(`/api/documents/${id}`)).json()) as { encoding: string };
    expect(doc.encoding).toBe('windows-1252');
  });

  it('marks repetitions of the same source', async () => {
    const id = await importText(t.app, depeche);
    const { items } = await segmentsOf(t.app, id);
    const [first, second] = items.filter((segment) => segment.kind === 'caption');
    expect(first?.repetitionOf).toBeNull();
    expect(first?.repetitions).toBe(1);
    expect(second?.repetitionOf).toBe(first?.id);
  });
});

describe('GET /api/documents and /api/documents/:id', () => {
  it('lists documents with segment and word counts by status', async () => {
    const id = await importText(t.app, 'Titre\n\nUn paragraphe de cinq mots.\n', 'txt', 'Court');
    const res = await t.app.request('/api/documents');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { id: number; statistics: { segments: number; words: number; byStatus: Record<string, { segments: number }> } }[] };
    expect(items).toHaveLength(1);
    expect(items[0]?.id).toBe(id);
    expect(items[0]?.statistics).toMatchObject({ segments: 2, words: 6 });
    expect(items[0]?.statistics.byStatus.new?.segments).toBe(2);
    expect(items[0]?.statistics.byStatus.approved?.segments).toBe(0);
  });

  it('shows one document with its statistics', async () => {
    const id = await importText(t.app, depeche, 'txt', 'Canal');
    const res = await t.app.request(`/api/documents/${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, title: 'Canal', format: 'txt', statistics: { segments: 16 } });
  });

  it('answers 404 problem+json for an unknown document', async () => {
    const res = await t.app.request('/api/documents/999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Not found', detail: 'No document with id 999.' });
  });

  it('answers 400 for an id that is not a number', async () => {
    const res = await t.app.request('/api/documents/abc');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid_request' });
  });
});

describe('GET /api/documents/:id/segments', () => {
  it('pages through segments in document order with the total', async () => {
    const id = await importText(t.app, depeche);
    const res = await t.app.request(`/api/documents/${id}/segments?offset=5&limit=3`);
    const page = (await res.json()) as { total: number; items: { position: number }[] };
    expect(page.total).toBe(16);
    expect(page.items.map((segment) => segment.position)).toEqual([5, 6, 7]);
  });

  it('filters by status and by text, ignoring case and accents', async () => {
    const id = await importText(t.app, depeche);
    expect((await segmentsOf(t.app, id, '&q=RIVERAINS')).items).toHaveLength(1);
    expect((await segmentsOf(t.app, id, '&q=renovation')).items[0]?.position).toBe(0);
    expect((await segmentsOf(t.app, id, '&status=new,draft')).total).toBe(16);
    expect((await segmentsOf(t.app, id, '&status=approved')).total).toBe(0);
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const id = await importText(t.app, 'Une hausse de 5 % en un an.\n\nUne baisse de 5 points.\n');
    expect((await segmentsOf(t.app, id, `&q=${encodeURIComponent('5 %')}`)).total).toBe(1);
    expect((await segmentsOf(t.app, id, '&q=_')).total).toBe(0);
  });

  it('refuses an unknown status with 400', async () => {
    const id = await importText(t.app, depeche);
    const res = await t.app.request(`/api/documents/${id}/segments?status=done`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain('Unknown status done');
  });
});

describe('DELETE /api/documents/:id', () => {
  it('deletes the document with its segments; a second delete is 404', async () => {
    const id = await importText(t.app, depeche);
    expect((await t.app.request(`/api/documents/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.app.request(`/api/documents/${id}/segments`)).status).toBe(404);
    expect((await t.app.request(`/api/documents/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});
