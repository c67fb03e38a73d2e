import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp({ maxUploadBytes: 64 * 1024 });
});
afterEach(async () => {
  await t.cleanup();
});

async function documentCount(): Promise<number> {
  return ((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items.length;
}

const postJson = (body: string) =>
  t.app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body });

function upload(name: string, content: BlobPart) {
  const form = new FormData();
  form.append('file', new File([content], name));
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

/** Each bad request gets its status and a problem+json body, and leaves no document behind. */
async function expectRefused(res: Response, status: number, code: string, detail?: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { type: string; title: string; status: number; detail: string; code: string };
  expect(body).toMatchObject({ status, code });
  expect(body.type).toBe(`urn:visavis:problem:${code}`);
  expect(body.title).toBeTruthy();
  if (detail) expect(body.detail).toMatch(detail);
  expect(await documentCount()).toBe(0);
}

describe('bad input on import', () => {
  it('refuses an empty document with 400', async () => {
    await expectRefused(await postJson(JSON.stringify({ text: '', format: 'txt' })), 400, 'empty_document', /empty/u);
  });

  it('refuses a whitespace-only document with 400', async () => {
    await expectRefused(await postJson(JSON.stringify({ text: ' \n\n\t \r\n', format: 'md' })), 400, 'empty_document');
    await expectRefused(await upload('vide.txt', '   \n\n'), 400, 'empty_document');
  });

  it('refuses a document with nothing to translate (only punctuation) with 400', async () => {
    await expectRefused(await postJson(JSON.stringify({ text: '* * *\n\n---', format: 'txt' })), 400, 'empty_document');
  });

  it('refuses a binary upload with 415 naming the supported formats', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expectRefused(await upload('photo.txt', png), 415, 'unsupported_format', /binary.*Supported formats: docx \(\.docx\), odt \(\.odt\), xliff \(\.xlf, \.xliff, \.sdlxliff, \.mqxliff, \.mxliff\), xliff2 \(\.xlf2\), tmx \(\.tmx\), review-docx \(\.docx\), csv \(\.csv\), html \(\.html, \.htm, \.xhtml\), srt \(\.srt\), vtt \(\.vtt\), po \(\.po, \.pot\), md \(\.md, \.markdown\), txt/u);
  });

  it('refuses an unknown extension with 415 naming the supported formats', async () => {
    await expectRefused(await upload('rapport.pdf', '%PDF-1.7'), 415, 'unsupported_format', /\.pdf.*Supported formats/u);
  });

  it('refuses an unknown format in JSON with 415', async () => {
    await expectRefused(await postJson(JSON.stringify({ text: 'Bonjour.', format: 'pdf' })), 415, 'unsupported_format', /Unknown format "pdf"/u);
  });

  it('refuses another content type with 415', async () => {
    const res = await t.app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Bonjour.' });
    await expectRefused(res, 415, 'unsupported_media_type', /multipart\/form-data/u);
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = 'Une phrase française assez longue pour remplir le fichier. '.repeat(2000);
    await expectRefused(await upload('gros.txt', big), 413, 'payload_too_large');
    await expectRefused(await postJson(JSON.stringify({ text: big, format: 'txt' })), 413, 'payload_too_large');
  });

  it('refuses malformed JSON with 400', async () => {
    await expectRefused(await postJson('{"text": "Bonjour"'), 400, 'malformed_json');
  });

  it('refuses JSON without text, and an upload without file, with 400', async () => {
    await expectRefused(await postJson(JSON.stringify({ title: 'Sans texte' })), 400, 'invalid_request', /text/u);
    const form = new FormData();
    form.append('title', 'Sans fichier');
    await expectRefused(await t.app.request('/api/documents', { method: 'POST', body: form }), 400, 'invalid_request', /file/u);
  });

  it('refuses a blank or over-long title with 400', async () => {
    await expectRefused(await postJson(JSON.stringify({ title: '   ', text: 'Bonjour.' })), 400, 'invalid_input', /title/u);
    await expectRefused(await postJson(JSON.stringify({ title: 'x'.repeat(201), text: 'Bonjour.' })), 400, 'invalid_request');
  });
});

describe('bad input elsewhere', () => {
  it('refuses a JSON body over 1 MB with 413 and changes nothing', async () => {
    const id = await importText(t.app, 'Bonjour.');
    const [segment] = (await segmentsOf(t.app, id)).items;
    const res = await patch(t.app, segment!.id, { target: 'x'.repeat(1024 * 1024 + 1), version: 1 });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'payload_too_large', detail: 'The request body is larger than the limit of 1 MB.' });
    expect((await segmentsOf(t.app, id)).items[0]).toMatchObject({ target: '', version: 1 });
  });

  it('refuses memory and glossary uploads over the upload limit with 413', async () => {
    const [project] = await t.services.projects.list();
    for (const path of [`/api/projects/${project!.id}/memory/import`, `/api/projects/${project!.id}/glossary/import`]) {
      const form = new FormData();
      form.append('file', new File(['x'.repeat(100 * 1024)], 'big.tmx'));
      const res = await t.app.request(path, { method: 'POST', body: form });
      expect(res.status, path).toBe(413);
    }
  });

  it('refuses a body whose Content-Length is over 1 MB before reading it', async () => {
    const id = await importText(t.app, 'Bonjour.');
    const [segment] = (await segmentsOf(t.app, id)).items;
    const res = await t.app.request(`/api/segments/${segment!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: JSON.stringify({ target: 'Hello.', version: 1 }),
    });
    expect(res.status).toBe(413);
    expect((await segmentsOf(t.app, id)).items[0]).toMatchObject({ target: '', version: 1 });
  });
});

describe('unknown routes', () => {
  it('answers 404 problem+json under /api', async () => {
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('the default upload limit', () => {
  it('is 20 MB: a larger upload gets 413 and stores nothing', async () => {
    const standard = await testApp();
    try {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)], 'enorme.txt'));
      const res = await standard.app.request('/api/documents', { method: 'POST', body: form });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'payload_too_large', detail: 'The upload is larger than the limit of 20 MB.' });
      expect(((await (await standard.app.request('/api/documents')).json()) as { items: unknown[] }).items).toHaveLength(0);
    } finally {
      await standard.cleanup();
    }
  });
});
