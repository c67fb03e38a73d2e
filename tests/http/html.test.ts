import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const article = new Uint8Array(readFileSync(new URL('../fixtures/article-fr.html', import.meta.url)));

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

async function upload(name: string, bytes: Uint8Array<ArrayBuffer> | string, type = 'text/html') {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type }), name);
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

describe('a web page through the API', () => {
  it('imports an .html upload, titled by its <title>, and exports it with the English in place', async () => {
    t = await testApp();
    const res = await upload('mediatheque.html', article);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: number; title: string; segmentCount: number };
    // 19: the link's title in the quoted paragraph is a segment of its own.
    expect(created.segmentCount).toBe(19);
    const { items } = await segmentsOf(t.app, created.id);
    const heading = items.find((item) => item.kind === 'heading')!;
    expect(heading.source).toBe('La médiathèque de Pontlevoy rouvre après <pc id="1">deux ans</pc> de travaux');
    expect((await patch(t.app, heading.id, { target: 'The library reopens after <pc id="1">two years</pc> of works', status: 'translated', version: 1 })).status).toBe(200);

    const exported = await t.app.request(`/api/documents/${created.id}/export`);
    expect(exported.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toContain('.en.html');
    const html = await exported.text();
    expect(html).toContain('<h1>The library reopens after <em>two years</em> of works</h1>');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<script>window.dataLayer = [{ page: "médiathèque" }];</script>');
  });

  it('exports an untranslated page exactly as it was uploaded', async () => {
    t = await testApp();
    const { id } = (await (await upload('page.htm', article)).json()) as { id: number };
    const exported = new Uint8Array(await (await t.app.request(`/api/documents/${id}/export`)).arrayBuffer());
    expect(Buffer.from(exported).equals(article)).toBe(true);
  });

  it('refuses a binary file named .html with 415, and a page without text with 400, storing nothing', async () => {
    t = await testApp();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe, 0x00, 0x01]);
    const binary = await upload('article.html', zip);
    expect(binary.status).toBe(415);
    expect(((await binary.json()) as { code: string }).code).toBe('unsupported_format');
    const empty = await upload('vide.html', '<html><head><script>var a = 1;</script></head><body><img src="x.png"></body></html>');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { code: string }).code).toBe('empty_document');
    expect(((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses a page nested thousands of levels deep with 400 and a reason', async () => {
    t = await testApp();
    const res = await upload('profond.html', `<p>${'<span>'.repeat(5000)}texte${'</span>'.repeat(5000)}</p>`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/nested more than 500 levels/u);
  });
});
