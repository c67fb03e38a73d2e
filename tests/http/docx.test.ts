import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchReport } from '../helpers/docx-fixture';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const wordType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function upload(bytes: Uint8Array<ArrayBuffer>, name = 'rapport.docx') {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: wordType }), name);
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

describe('a Word document through the API', () => {
  it('imports a .docx, and exports the English into the original package', async () => {
    t = await testApp();
    const report = await frenchReport();
    const res = await upload(report);
    expect(res.status).toBe(201);
    const { id, title } = (await res.json()) as { id: number; title: string };
    expect(title).toBe('rapport');
    const { items } = await segmentsOf(t.app, id);
    const body = items.find((item) => item.source.startsWith('La médiathèque'))!;
    const saved = await patch(t.app, body.id, {
      target: 'The library welcomed <pc id="1">12,000 readers</pc> in 2025, according to <pc id="2"><pc id="3">the report</pc></pc>.<ph id="5"/>',
      status: 'translated',
      version: 1,
    });
    expect(saved.status).toBe(200);

    const exported = await t.app.request(`/api/documents/${id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe(`${wordType}; charset=utf-8`);
    expect(exported.headers.get('content-disposition')).toContain('rapport.en.docx');
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const page = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    // Code 4 (italic "direction") was left out: dropped formatting, nothing else lost.
    expect(page).toContain('The library welcomed <strong>12,000 readers</strong> in 2025, according to <a href="https://ville.example/rapport">the report</a>.');
    expect(page).toContain('<h1>Rapport sur la médiathèque</h1>');
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('w:footnoteReference');
  });

  it('exports an untranslated Word document with every part as it was', async () => {
    t = await testApp();
    const report = await frenchReport();
    const { id } = (await (await upload(report)).json()) as { id: number };
    const parts = unzipSync(new Uint8Array(await (await t.app.request(`/api/documents/${id}/export`)).arrayBuffer()));
    const original = unzipSync(report);
    for (const name of Object.keys(original)) expect(parts[name], name).toEqual(original[name]);
  });

  it('refuses text named .docx with 415 and stores nothing', async () => {
    t = await testApp();
    const res = await upload(new TextEncoder().encode('Pas un document Word.') as Uint8Array<ArrayBuffer>);
    expect(res.status).toBe(415);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/not a Word document/u);
    expect(((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items).toEqual([]);
  });
});
