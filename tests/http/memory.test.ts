import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
let projectId: number;
beforeEach(async () => {
  t = await testApp();
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
});

interface SuggestionJson {
  origin: string;
  text: string;
  score?: number;
  match?: string;
  quality?: string;
  sourceDiff?: { op: string; text: string }[];
}

const suggestions = async (segmentId: number) =>
  ((await (await t.app.request(`/api/segments/${segmentId}/suggestions`)).json()) as { items: SuggestionJson[] }).items;

/** A first document, translated and approved: what fills the memory. */
async function translatedDocument() {
  const id = await importText(t.app, 'Titre du jour\n\nLe marché ouvre à 7 h.\n\nLa séance est levée.', 'txt', 'Un', projectId);
  const [title, market, closing] = (await segmentsOf(t.app, id)).items;
  await patch(t.app, title!.id, { target: 'Headline of the day', status: 'translated', version: 1 });
  await patch(t.app, market!.id, { target: 'The market opens at 7 am.', status: 'translated', version: 1 });
  await patch(t.app, market!.id, { status: 'approved', version: 2 });
  await patch(t.app, closing!.id, { target: 'The session is closed.', status: 'translated', version: 1 });
  return { title: title!, market: market!, closing: closing! };
}

describe('the translation memory', () => {
  it('offers approved and translated pairs as 100 % matches, in context when the neighbours are the same', async () => {
    await translatedDocument();
    const second = await importText(t.app, 'Titre du jour\n\nLe marché ouvre à 7 h.\n\nAutre chose.', 'txt', 'Deux', projectId);
    const [, market, other] = (await segmentsOf(t.app, second)).items;
    const items = await suggestions(market!.id);
    expect(items[0]).toMatchObject({ origin: 'tm', text: 'The market opens at 7 am.', score: 100, match: 'exact', quality: 'approved' });
    expect(await suggestions(other!.id)).toEqual([]);
    const third = await importText(t.app, 'Titre du jour\n\nLe marché ouvre à 7 h.\n\nLa séance est levée.', 'txt', 'Trois', projectId);
    const [, inContext] = (await segmentsOf(t.app, third)).items;
    expect((await suggestions(inContext!.id))[0]).toMatchObject({ score: 100, match: 'in-context' });
  });

  it('finds fuzzy matches with the difference in the source', async () => {
    await translatedDocument();
    const id = await importText(t.app, 'Le marché ouvre à 8 h.', 'txt', 'Deux', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    const [match] = await suggestions(segment!.id);
    expect(match).toMatchObject({ origin: 'tm', text: 'The market opens at 7 am.', match: 'fuzzy' });
    expect(match!.score).toBeGreaterThanOrEqual(90);
    expect(match!.score).toBeLessThan(100);
    expect(match!.sourceDiff!.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: '7' },
      { op: 'insert', text: '8' },
    ]);
  });

  it('forgets a translation once it is rejected, and keeps only one unit per segment', async () => {
    const { closing } = await translatedDocument();
    await patch(t.app, closing.id, { target: 'The sitting is closed.', version: 2 });
    const id = await importText(t.app, 'La séance est levée.', 'txt', 'Deux', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect((await suggestions(segment!.id)).map((item) => item.text)).toEqual(['The sitting is closed.']);
    await patch(t.app, closing.id, { status: 'rejected', version: 3, comment: 'Non.' });
    expect(await suggestions(segment!.id)).toEqual([]);
  });

  it('answers concordance searches over sources and translations, ignoring case and accents', async () => {
    await translatedDocument();
    const search = async (q: string) =>
      ((await (await t.app.request(`/api/projects/${projectId}/memory/search?q=${encodeURIComponent(q)}`)).json()) as { items: { source: string }[] }).items.map((item) => item.source);
    expect(await search('SEANCE')).toEqual(['La séance est levée.']);
    expect(await search('market opens')).toEqual(['Le marché ouvre à 7 h.']);
    expect((await t.app.request(`/api/projects/${projectId}/memory/search?q=a`)).status).toBe(400);
  });

  it('exports TMX 1.4b and imports it into another project', async () => {
    await translatedDocument();
    const res = await t.app.request(`/api/projects/${projectId}/memory/export`);
    expect(res.headers.get('content-type')).toContain('application/x-tmx+xml');
    const tmx = await res.text();
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain('srclang="fr-FR"');
    expect(tmx).toContain('<seg>Le marché ouvre à 7 h.</seg>');
    const other = (await t.services.projects.create({ name: 'Rapports' }, undefined, { name: 'camille' })).id;
    const form = new FormData();
    form.append('file', new File([tmx], 'newsroom.tmx'));
    expect(await (await t.app.request(`/api/projects/${other}/memory/import`, { method: 'POST', body: form })).json()).toEqual({ imported: 3, skipped: 0 });
    const id = await importText(t.app, 'La séance est levée.', 'txt', 'Ailleurs', other);
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect((await suggestions(segment!.id))[0]).toMatchObject({ text: 'The session is closed.', score: 100, quality: 'translated' });
  });

  it('reads TMX from other tools (inline markup, other languages) and refuses what is not TMX', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>président<ept i="1">&lt;/b&gt;</ept> &amp; le ministre</seg></tuv><tuv xml:lang="en-GB"><seg>The president &amp; the minister</seg></tuv></tu>
<tu><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv></tu>
</body></tmx>`;
    const upload = (content: string) => {
      const form = new FormData();
      form.append('file', new File([content], 'other.tmx'));
      return t.app.request(`/api/projects/${projectId}/memory/import`, { method: 'POST', body: form });
    };
    expect(await (await upload(tmx)).json()).toEqual({ imported: 1, skipped: 0 });
    const found = (await (await t.app.request(`/api/projects/${projectId}/memory/search?q=ministre`)).json()) as { items: { source: string; target: string }[] };
    // TMX inline markup is a code, not text: <bpt>/<ept> around "président".
    expect(found.items).toEqual([
      expect.objectContaining({
        source: 'Le <pc id="1">président</pc> &amp; le ministre',
        target: 'The president &amp; the minister',
        codes: [{ id: '1', type: 'paired', kind: 'span', open: '<b>', close: '</b>', droppable: true }],
      }),
    ]);
    // The same file again adds nothing.
    expect(await (await upload(tmx)).json()).toEqual({ imported: 0, skipped: 1 });
    expect(((await (await t.app.request(`/api/projects/${projectId}/memory/search?q=ministre`)).json()) as { items: unknown[] }).items).toHaveLength(1);
    expect((await upload('<html><body>no</body></html>')).status).toBe(415);
    expect((await upload('<tmx version="1.4"><body></body></tmx>')).status).toBe(400);
  });
});
