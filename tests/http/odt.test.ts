import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const odtType = 'application/vnd.oasis.opendocument.text';
const rapport = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/odt/rapport.odt', import.meta.url))));

async function upload(bytes: Uint8Array<ArrayBuffer>, name = 'rapport.odt') {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: odtType }), name);
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

describe('a LibreOffice Writer document through the API', () => {
  it('imports an .odt, and exports the English into the original package', async () => {
    t = await testApp();
    const res = await upload(rapport);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const { items } = await segmentsOf(t.app, id);
    expect(items.map((item) => item.source)).toContain('Source : rapport annuel 2025.');
    const body = items.find((item) => item.source.includes('La médiathèque'))!;
    // Code 4 (italic "direction") left out: dropped formatting, nothing else lost.
    const saved = await patch(t.app, body.id, {
      target: '<ph id="1"/>The library welcomed <pc id="2">12,000 readers</pc> in 2025, according to <pc id="3">the report</pc>.<ph id="5"/>',
      status: 'translated',
      version: 1,
    });
    expect(saved.status).toBe(200);

    const exported = await t.app.request(`/api/documents/${id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain(odtType);
    expect(exported.headers.get('content-disposition')).toContain('rapport.en.odt');
    const content = strFromU8(unzipSync(new Uint8Array(await exported.arrayBuffer()))['content.xml']!);
    expect(content).toMatch(/The library welcomed <text:span text:style-name="T1">12,000 readers<\/text:span> in 2025, according to <text:a [^>]*>the report<\/text:a>\.<text:note /u);
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">Rapport sur la médiathèque</text:h>');
  });

  it('exports an untranslated ODT as the file uploaded, byte for byte', async () => {
    t = await testApp();
    const { id } = (await (await upload(rapport)).json()) as { id: number };
    const bytes = new Uint8Array(await (await t.app.request(`/api/documents/${id}/export`)).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(rapport))).toBe(true);
  });

  it('refuses text named .odt with 415 and stores nothing', async () => {
    t = await testApp();
    const res = await upload(new TextEncoder().encode('Pas un document LibreOffice.') as Uint8Array<ArrayBuffer>);
    expect(res.status).toBe(415);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/not an OpenDocument text/u);
    expect(((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items).toEqual([]);
  });
});
