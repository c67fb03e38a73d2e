import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { type Element, isTag } from 'domhandler';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchReport } from '../helpers/docx-fixture';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

const article = new Uint8Array(readFileSync(new URL('../fixtures/article-fr.html', import.meta.url)));
const guide = readFileSync(new URL('../fixtures/guide-fr.md', import.meta.url), 'utf8');

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

async function upload(name: string, bytes: Uint8Array<ArrayBuffer> | string, type = 'text/html'): Promise<number> {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type }), name);
  const res = await t.app.request('/api/documents', { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

async function preview(id: number): Promise<string> {
  const res = await t.app.request(`/api/documents/${id}/preview`);
  expect(res.status).toBe(200);
  return res.text();
}

/** Every element of a page, as the parser reads it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      found.push(node);
      visit(node.children);
    }
  };
  visit(parseDocument(html).children);
  return found;
}

/** The text of the wrapper of a segment. */
function wrapperText(html: string, segmentId: number): string | undefined {
  const wrapper = elementsOf(html).find((element) => element.attribs['data-vv-segment'] === String(segmentId));
  if (!wrapper) return undefined;
  const text = (node: Element): string => node.children.map((child) => (isTag(child) ? text(child) : 'data' in child ? String(child.data) : '')).join('');
  return text(wrapper);
}

describe('the live preview of a document', () => {
  it('is a sandboxed page that runs no script and loads nothing, framed by the editor only', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Titre\n\nUn premier paragraphe.');
    const res = await t.app.request(`/api/documents/${id}/preview`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )sandbox allow-same-origin(;|$)/u);
    expect(policy).not.toContain('allow-scripts');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a web page’s layout with the English in place, each segment in its wrapper, the untranslated ones in French', async () => {
    t = await testApp();
    const id = await upload('mediatheque.html', article);
    const { items } = await segmentsOf(t.app, id);
    const heading = items.find((item) => item.kind === 'heading')!;
    expect((await patch(t.app, heading.id, { target: 'The library reopens after <pc id="1">two years</pc> of works', status: 'translated', version: 1 })).status).toBe(200);
    const html = await preview(id);
    expect(html).toContain(`<h1><span data-vv-segment="${heading.id}">The library reopens after <em>two years</em> of works</span></h1>`);
    const quote = items.find((item) => item.source === 'Chaque lecteur y trouvera sa place.')!;
    expect(html).toContain(`<blockquote>\n      <p><span data-vv-segment="${quote.id}" class="vv-untranslated" lang="fr">Chaque lecteur y trouvera sa place.</span></p>`);
    // The photo is a box with its alt text (itself a segment); links keep their words, not their address.
    const alt = items.find((item) => item.source === 'La façade rénovée de la médiathèque')!;
    expect(wrapperText(html, alt.id)).toBe('La façade rénovée de la médiathèque');
    expect(html).toContain('class="vv-image"');
    expect(html).toContain('<a title="Site de la mairie" class="vv-link">');
    expect(html).not.toMatch(/<script|<img|href=|src=/iu);
    // The page's own style sheet comes along.
    expect(html).toContain('body { font-family: Georgia, serif; }');
  });

  it('leaves out every script, handler, frame, object and outside resource of a hostile page', async () => {
    t = await testApp();
    const hostile = `<!DOCTYPE html><html lang="fr"><head><title>Piège</title>
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">
<style>@import url("https://evil.example/a.css"); p { background: url(https://evil.example/p.png); }</style>
<script>parent.document.title = 'piraté';</script></head>
<body onload="parent.pwned = 1">
<p onclick="alert(1)" style="color: green">Un paragraphe <a href="javascript:alert(1)">piégé</a> à traduire.</p>
<img src="https://evil.example/pixel.gif" onerror="parent.pwned = 2" alt="Une image piégée">
<iframe src="https://evil.example/"></iframe><object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">
<svg><script>parent.pwned = 3</script></svg>
<form action="https://evil.example/"><button formaction="https://evil.example/">Envoyer le formulaire</button></form>
<p data-vv-segment="1" style="background-image: url(https://evil.example/bg.png)">Un faux segment.</p>
<script>parent.pwned = 4</script>
</body></html>`;
    const id = await upload('piege.html', hostile);
    const html = await preview(id);
    expect(html).toContain('Un paragraphe');
    for (const forbidden of [/<script/iu, /\son[a-z]+\s*=/iu, /<iframe/iu, /<object/iu, /<embed/iu, /<svg/iu, /<base/iu, /<link/iu, /http-equiv/iu, /javascript:/iu, /evil\.example/iu, /@import/iu, /action=/iu, /<img/iu]) {
      expect(html).not.toMatch(forbidden);
    }
    // Only our wrappers carry data-vv-segment; the page's fake one is gone.
    const { items } = await segmentsOf(t.app, id);
    const ids = new Set(items.map((item) => String(item.id)));
    const marked = elementsOf(html).filter((element) => element.attribs['data-vv-segment'] !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    for (const element of marked) {
      expect(element.name).toBe('span');
      expect(ids.has(element.attribs['data-vv-segment']!)).toBe(true);
    }
    expect(html).toContain('<p style="color: green">');
    expect(html).toContain('Une image piégée');
  });

  it('draws Markdown as HTML: headings, lists, quotations, tables, links by their words', async () => {
    t = await testApp();
    const id = await importText(t.app, guide, 'md', 'Guide');
    const { items } = await segmentsOf(t.app, id);
    const title = items.find((item) => item.source === 'Guide du bénévole' && item.kind === 'heading')!;
    expect((await patch(t.app, title.id, { target: 'Volunteer guide', status: 'translated', version: title.version })).status).toBe(200);
    const html = await preview(id);
    expect(html).toContain(`<h1><span data-vv-segment="${title.id}">Volunteer guide</span></h1>`);
    expect(html).toMatch(/<ul>\s*<li><span data-vv-segment="\d+" class="vv-untranslated" lang="fr">Prévoyez des chaussures fermées\.<\/span><\/li>/u);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<table class="vv-table">');
    expect(html).toContain('<a class="vv-link">banque alimentaire</a>');
    expect(html).not.toContain('https://exemple.fr/banque');
    // The front matter is not shown; every segment a reader sees has its wrapper.
    expect(html).not.toContain('titre:');
    for (const item of items.filter((segment) => segment.kind === 'paragraph' || segment.kind === 'list-item')) expect(wrapperText(html, item.id), item.source).toBeDefined();
  });

  it('draws a Word document from its segments, with its formatting, headings and table cells', async () => {
    t = await testApp();
    const id = await upload('rapport.docx', await frenchReport(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { items } = await segmentsOf(t.app, id);
    const heading = items.find((item) => item.kind === 'heading')!;
    expect((await patch(t.app, heading.id, { target: 'Report on the library', status: 'translated', version: heading.version })).status).toBe(200);
    const html = await preview(id);
    expect(html).toContain(`<h1><span data-vv-segment="${heading.id}">Report on the library</span></h1>`);
    const bold = items.find((item) => item.source.includes('12 000 lecteurs'))!;
    expect(html).toMatch(new RegExp(`<span data-vv-segment="${bold.id}" class="vv-untranslated" lang="fr">La médiathèque a accueilli <strong>12 000 lecteurs</strong> en 2025, selon <span class="vv-link">(<span>)?le rapport(</span>)?</span> de la <em>direction</em>`, 'u'));
    expect(html).toContain('<table class="vv-table">');
  });

  it('shows each subtitle with its timing', async () => {
    t = await testApp();
    const srt = '1\n00:00:01,000 --> 00:00:03,500\nBonjour à tous.\n\n2\n00:00:04,000 --> 00:00:06,000\nBienvenue au journal.\n';
    const id = await upload('journal.srt', srt, 'application/x-subrip');
    const { items } = await segmentsOf(t.app, id);
    expect((await patch(t.app, items[0]!.id, { target: 'Hello everyone.', status: 'translated', version: items[0]!.version })).status).toBe(200);
    const html = await preview(id);
    expect(html).toContain(`<div class="vv-cue"><span class="vv-timing">00:00:01,000 --&gt; 00:00:03,500</span><p><span data-vv-segment="${items[0]!.id}">Hello everyone.</span></p></div>`);
    expect(html).toContain('00:00:04,000 --&gt; 00:00:06,000');
  });

  it('escapes the words of a plain text, and says 404, 403 and 401 as problems', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Titre\n\nLes balises <script>alert(1)</script> sont du texte & le restent.');
    const html = await preview(id);
    expect(html).toContain('Les balises &lt;script&gt;alert(1)&lt;/script&gt; sont du texte &amp; le restent.');
    const missing = await t.app.request('/api/documents/9999/preview');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const outsider = await t.user('dominique');
    const refused = await outsider.request(`/api/documents/${id}/preview`);
    expect(refused.status === 403 || refused.status === 404).toBe(true);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.anonymous(`/api/documents/${id}/preview`)).status).toBe(401);
    const viewer = await t.user('sacha', 'viewer');
    expect((await viewer.request(`/api/documents/${id}/preview`)).status).toBe(200);
  });
});
