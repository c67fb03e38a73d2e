import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const article = 'Titre de l’article\n\nPremier paragraphe.\n\nDeuxième paragraphe\n, qui continue.\n\n#culture\n';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = await testApp();
  id = await importText(t.app, article, 'txt', 'Été à Paris');
  const { items } = await segmentsOf(t.app, id);
  await patch(t.app, items[0]!.id, { target: 'Title of the article', status: 'translated', version: 1 });
  await patch(t.app, items[1]!.id, { target: 'First paragraph.', version: 1 });
});
afterEach(async () => {
  await t.cleanup();
});

describe('GET /api/documents/:id/export', () => {
  it('writes the English text in the source layout, untranslated segments as their source with its line breaks', async () => {
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-untranslated-segments')).toBe('2');
    expect(await res.text()).toBe('Title of the article\n\nFirst paragraph.\n\nDeuxième paragraphe\n, qui continue.\n\n#culture\n');
  });

  it('names the file <title>.en.<ext>, keeping accents for browsers that read filename*', async () => {
    const res = await t.app.request(`/api/documents/${id}/export?format=md`);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('filename="Ete a Paris.en.md"');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Été à Paris.en.md')}`);
  });

  it('writes Markdown with headings restored', async () => {
    const res = await t.app.request(`/api/documents/${id}/export?format=md&untranslated=empty`);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await res.text()).toBe('# Title of the article\n\nFirst paragraph.\n');
  });

  it('leaves untranslated segments empty when asked', async () => {
    const res = await t.app.request(`/api/documents/${id}/export?untranslated=empty`);
    expect(await res.text()).toBe('Title of the article\n\nFirst paragraph.\n\n\n\n\n');
  });

  it('refuses with 422 when asked to fail on untranslated segments', async () => {
    const res = await t.app.request(`/api/documents/${id}/export?untranslated=fail`);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'untranslated_segments', untranslated: 2, detail: '2 segments are not translated yet.' });
  });

  it('refuses an unknown format with 415 and an unknown policy with 400', async () => {
    expect((await t.app.request(`/api/documents/${id}/export?format=pdf`)).status).toBe(415);
    expect((await t.app.request(`/api/documents/${id}/export?untranslated=maybe`)).status).toBe(400);
  });

  it('answers 404 for an unknown document', async () => {
    expect((await t.app.request('/api/documents/9999/export')).status).toBe(404);
  });
});
