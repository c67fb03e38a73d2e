import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

async function upload(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<number> {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const res = await t.app.request('/api/documents', { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

async function translate(documentId: number, position: number, target: string): Promise<void> {
  const { items } = await segmentsOf(t.app, documentId);
  const segment = items.find((item) => item.position === position)!;
  expect((await patch(t.app, segment.id, { target, status: 'translated', version: segment.version })).status).toBe(200);
}

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const cp1252 = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1252'));

const notice = 'Avis à la population\r\n\r\nLa mairie sera fermée le lundi 14 juillet.\r\n';
const page = '<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="iso-8859-1"><title>Été</title></head>\n<body>\n<p>Le café de la place ferme en août.</p>\n</body>\n</html>\n';

describe('GET /api/documents/:id/export in the source encoding', () => {
  it('gives back an untouched Windows-1252 text file byte for byte, and says its charset', async () => {
    const id = await upload('avis.txt', cp1252(notice));
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=windows-1252');
    expect(res.headers.get('x-encoding-changed')).toBeNull();
    expect(await bytesOf(res)).toEqual(cp1252(notice));
  });

  it('writes a translation the encoding holds in it, curly quotes and the euro as Windows-1252 bytes', async () => {
    const id = await upload('avis.txt', cp1252(notice));
    await translate(id, 0, 'Notice to “residents” (5 €)');
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.headers.get('x-encoding-changed')).toBeNull();
    expect(await bytesOf(res)).toEqual(cp1252(notice.replace('Avis à la population', 'Notice to “residents” (5 €)')));
  });

  it('switches a text file to UTF-8 for an emoji, and says so in X-Encoding-Changed', async () => {
    const id = await upload('avis.txt', cp1252(notice));
    await translate(id, 0, 'Notice to residents 📢');
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-encoding-changed')).toBe('utf-8; was=windows-1252');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(await bytesOf(res))).toBe(notice.replace('Avis à la population', 'Notice to residents 📢'));
  });

  it('keeps a Latin-1 page in Latin-1, what it cannot hold as character references, its meta charset as it was', async () => {
    const latin = new Uint8Array(iconv.encode(page, 'latin1'));
    const id = await upload('fermeture.html', latin);
    expect(await bytesOf(await t.app.request(`/api/documents/${id}/export`))).toEqual(latin);
    const { items } = await segmentsOf(t.app, id);
    await translate(id, items.find((item) => item.source.startsWith('Le café'))!.position, 'The “café” on the square closes in August.');
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.headers.get('x-encoding-changed')).toBeNull();
    const bytes = await bytesOf(res);
    expect([...bytes].some((byte) => byte >= 0x80 && byte <= 0x9f)).toBe(false);
    expect(iconv.decode(Buffer.from(bytes), 'latin1')).toBe(
      page.replace('lang="fr"', 'lang="en"').replace('Le café de la place ferme en août.', 'The &#8220;café&#8221; on the square closes in August.'),
    );
  });

  it('gives back untouched UTF-16 subtitles with their byte-order mark, and keeps UTF-16 for a translation', async () => {
    const srt = '1\r\n00:00:01,000 --> 00:00:04,000\r\nLe maire a inauguré la médiathèque.\r\n';
    const utf16 = new Uint8Array(iconv.encode(`\uFEFF${srt}`, 'utf-16le'));
    const id = await upload('reportage.srt', utf16);
    expect(await bytesOf(await t.app.request(`/api/documents/${id}/export`))).toEqual(utf16);
    await translate(id, 0, 'The mayor opened the media library 🎬');
    const res = await t.app.request(`/api/documents/${id}/export`);
    expect(res.headers.get('content-type')).toBe('application/x-subrip; charset=utf-16le');
    expect(res.headers.get('x-encoding-changed')).toBeNull();
    expect(await bytesOf(res)).toEqual(new Uint8Array(iconv.encode(`\uFEFF${srt.replace('Le maire a inauguré la médiathèque.', 'The mayor opened the media library 🎬')}`, 'utf-16le')));
  });

  it('writes a document exported to another format in UTF-8', async () => {
    const id = await upload('avis.txt', cp1252(notice));
    const res = await t.app.request(`/api/documents/${id}/export?format=md`);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('x-encoding-changed')).toBeNull();
    expect(new TextDecoder('utf-8', { fatal: true }).decode(await bytesOf(res))).toContain('Avis à la population');
  });
});
