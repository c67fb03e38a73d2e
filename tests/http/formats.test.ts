import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

function upload(bytes: Uint8Array<ArrayBuffer>, name: string): RequestInit {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  return { method: 'POST', body: form };
}

describe('the format registry', () => {
  it('is listed by GET /api/formats, to anyone, with what each format can do', async () => {
    t = await testApp();
    const res = await t.anonymous('/api/formats');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<{ id: string; extensions: string[]; mediaTypes: string[]; import: boolean; export: boolean; bilingual: boolean }> };
    expect(items.map((format) => format.id).sort()).toEqual(['csv', 'docx', 'html', 'md', 'odt', 'po', 'review-docx', 'srt', 'tmx', 'txt', 'vtt', 'xliff', 'xliff2']);
    expect(items.find((format) => format.id === 'md')).toMatchObject({ extensions: ['md', 'markdown'], mediaTypes: expect.arrayContaining(['text/markdown']), import: true, export: true, bilingual: false });
    expect(items.find((format) => format.id === 'xliff')).toMatchObject({ name: 'XLIFF 1.2', extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff'], import: true, export: true, bilingual: true });
    // The refusal of an unknown extension names exactly what the registry lists.
    const refused = await t.app.request('/api/documents', upload(new TextEncoder().encode('Bonjour.'), 'article.pdf'));
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { supported: string[] }).supported.sort()).toEqual(items.map((format) => format.id).sort());
  });

  it('is not what a memory or glossary import names when it refuses a file: they say what they take', async () => {
    t = await testApp();
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]);
    const memory = await t.app.request('/api/projects/1/memory/import', upload(binary, 'memoire.tmx'));
    expect(memory.status).toBe(415);
    const memoryProblem = (await memory.json()) as { detail: string; supported: string[] };
    expect(memoryProblem.supported).toEqual(['tmx']);
    expect(memoryProblem.detail).toContain('Supported formats: tmx (.tmx).');
    expect(memoryProblem.detail).not.toContain('txt');
    const notTmx = await t.app.request('/api/projects/1/memory/import', upload(new TextEncoder().encode('<html></html>'), 'page.tmx'));
    expect(((await notTmx.json()) as { supported: string[] }).supported).toEqual(['tmx']);
    const glossary = await t.app.request('/api/projects/1/glossary/import', upload(binary, 'termes.csv'));
    expect(glossary.status).toBe(415);
    expect(((await glossary.json()) as { supported: string[] }).supported).toEqual(['csv']);
  });
});
