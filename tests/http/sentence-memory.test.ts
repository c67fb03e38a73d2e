import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** Sub-segment leverage: the memory works below the paragraph (issue 12, part 3). */

let t: TestApp;
let projectId: number;
beforeEach(async () => {
  t = await testApp();
  projectId = (await t.services.projects.create({ name: 'Agence' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
});

interface Part {
  source: string;
  target: string | null;
  score: number;
  unitId: number | null;
}
interface SuggestionJson {
  origin: string;
  text: string;
  score?: number;
  match?: string;
  quality?: string;
  parts?: Part[];
}

const suggestions = async (segmentId: number) =>
  ((await (await t.app.request(`/api/segments/${segmentId}/suggestions`)).json()) as { items: SuggestionJson[] }).items;

async function importTmx(xml: string) {
  const form = new FormData();
  form.append('file', new File([xml], 'omegat-project-save.tmx'));
  const res = await t.app.request(`/api/projects/${projectId}/memory/import`, { method: 'POST', body: form });
  expect(res.status).toBe(200);
  return (await res.json()) as { imported: number; skipped: number };
}

/** A memory as OmegaT writes it with its default sentence segmentation: one unit per sentence, upper-case languages, props. */
const sentenceTmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.1_0_1e8a2b0b" segtype="sentence" srclang="FR-FR"/>
  <body>
    <tu>
      <tuv lang="FR-FR"><seg>Le conseil municipal s'est réuni lundi soir.</seg></tuv>
      <tuv lang="EN-GB" changeid="dana" changedate="20260311T101500Z"><seg>The city council met on Monday evening.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="FR-FR"><seg>Il a voté le budget de 2027 à une large majorité.</seg></tuv>
      <tuv lang="EN-GB"><seg>It passed the 2027 budget by a large majority.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="FR-FR"><seg>L'opposition a dénoncé une hausse des impôts.</seg></tuv>
      <tuv lang="EN-GB"><seg>The opposition denounced a tax increase.</seg></tuv>
    </tu>
    <tu>
      <prop type="x-note">unrelated</prop>
      <tuv lang="FR-FR"><seg>La séance est levée.</seg></tuv>
      <tuv lang="EN-GB"><seg>The meeting is adjourned.</seg></tuv>
    </tu>
  </body>
</tmx>`;

describe('a sentence-level memory from another tool', () => {
  it('suggests for a paragraph made of its sentences, with the combined score and which sentences were found', async () => {
    expect(await importTmx(sentenceTmx)).toEqual({ imported: 4, skipped: 0 });
    const id = await importText(
      t.app,
      "Le conseil municipal s'est réuni lundi soir. Il a voté le budget de 2027 à une large majorité. L'opposition a dénoncé une hausse des impôts.\n\nLe conseil municipal s'est réuni lundi soir. Le maire était absent. L'opposition a dénoncé une hausse des impôts.",
      'txt',
      'Conseil',
      projectId,
    );
    const [whole, partial] = (await segmentsOf(t.app, id)).items;

    const [best] = await suggestions(whole!.id);
    expect(best).toMatchObject({
      origin: 'tm',
      match: 'assembled',
      // Every sentence found exactly: as sure as it gets without the memory holding the paragraph whole.
      score: 99,
      text: 'The city council met on Monday evening. It passed the 2027 budget by a large majority. The opposition denounced a tax increase.',
    });
    expect(best!.parts!.map((part) => [part.target, part.score])).toEqual([
      ['The city council met on Monday evening.', 100],
      ['It passed the 2027 budget by a large majority.', 100],
      ['The opposition denounced a tax increase.', 100],
    ]);

    // One sentence not in the memory: left in French, counted as nothing in the score.
    const [assembled] = await suggestions(partial!.id);
    expect(assembled!.match).toBe('assembled');
    expect(assembled!.text).toBe('The city council met on Monday evening. Le maire était absent. The opposition denounced a tax increase.');
    expect(assembled!.parts!.map((part) => part.target === null)).toEqual([false, true, false]);
    // 7 + 4 + 7 words: (7·100 + 4·0 + 7·100) / 18 = 77.
    expect(assembled!.score).toBe(77);
  });

  it('uses a fuzzy sentence match, and says nothing when no sentence is close enough', async () => {
    await importTmx(sentenceTmx);
    const id = await importText(
      t.app,
      "Le conseil municipal s'est réuni mardi soir. Il a voté le budget de 2027 à une large majorité.\n\nLe temps sera ensoleillé demain. Les routes seront chargées.",
      'txt',
      'Conseil',
      projectId,
    );
    const [fuzzy, unrelated] = (await segmentsOf(t.app, id)).items;
    const [match] = await suggestions(fuzzy!.id);
    expect(match!.match).toBe('assembled');
    expect(match!.parts![0]!.score).toBeGreaterThanOrEqual(75);
    expect(match!.parts![0]!.score).toBeLessThan(100);
    expect(match!.parts![1]!.score).toBe(100);
    expect(match!.score).toBeLessThan(99);
    expect(await suggestions(unrelated!.id)).toEqual([]);
  });

  it("suggests from a sentence-level TMX made by translate-toolkit's po2tmx", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-po2tmx-'));
    try {
      writeFileSync(
        join(dir, 'conseil.po'),
        [
          'msgid ""',
          'msgstr ""',
          '"Content-Type: text/plain; charset=UTF-8\\n"',
          '',
          'msgid "Le conseil municipal s\'est réuni lundi soir."',
          'msgstr "The city council met on Monday evening."',
          '',
          'msgid "Il a voté le budget de 2027 à une large majorité."',
          'msgstr "It passed the 2027 budget by a large majority."',
          '',
        ].join('\n'),
      );
      execFileSync('po2tmx', ['--source-language=fr-FR', '-l', 'en-GB', join(dir, 'conseil.po'), join(dir, 'conseil.tmx')], { stdio: 'pipe' });
      expect(await importTmx(readFileSync(join(dir, 'conseil.tmx'), 'utf8'))).toEqual({ imported: 2, skipped: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const id = await importText(t.app, "Le conseil municipal s'est réuni lundi soir. Il a voté le budget de 2027 à une large majorité.", 'txt', 'Conseil', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect((await suggestions(segment!.id))[0]).toMatchObject({
      match: 'assembled',
      score: 99,
      text: 'The city council met on Monday evening. It passed the 2027 budget by a large majority.',
    });
  });

  it('lets pre-translation fill a paragraph from sentence units', async () => {
    await importTmx(sentenceTmx);
    const id = await importText(
      t.app,
      "Il a voté le budget de 2027 à une large majorité. La séance est levée.\n\nUn paragraphe que personne n'a traduit. Vraiment personne.",
      'txt',
      'Conseil',
      projectId,
    );
    const res = await t.app.request(`/api/documents/${id}/pretranslate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memory: true, mt: false, minScore: 90 }),
    });
    expect(res.status).toBe(202);
    await t.services.jobs.settled(((await res.json()) as { jobId: number }).jobId);
    const [filled, left] = (await segmentsOf(t.app, id)).items;
    expect(filled).toMatchObject({ target: 'It passed the 2027 budget by a large majority. The meeting is adjourned.', status: 'draft' });
    expect(left).toMatchObject({ target: '', status: 'new' });
    const history = (await (await t.app.request(`/api/segments/${filled!.id}/revisions`)).json()) as { items: { origin: string }[] };
    expect(history.items[0]!.origin).toBe('tm');
  });
});

describe('sentence units of translated paragraphs', () => {
  const paragraph =
    "Le maire de Lyon a présenté mardi son plan pour le climat. Il prévoit 1 200 nouveaux arbres d'ici à 2030. « Nous n'avons plus le temps d'attendre », a-t-il déclaré.";
  const translation =
    'The mayor of Lyon presented his climate plan on Tuesday. It provides for 1,200 new trees by 2030. "We no longer have time to wait," he said.';

  it('are stored with the paragraph, found on their own, and gone with it', async () => {
    const first = await importText(t.app, paragraph, 'txt', 'Climat', projectId);
    const [segment] = (await segmentsOf(t.app, first)).items;
    await patch(t.app, segment!.id, { target: translation, status: 'translated', version: 1 });

    // The paragraph's own sentences do not suggest for the paragraph itself.
    expect((await suggestions(segment!.id)).filter((item) => item.match === 'assembled')).toEqual([]);

    // A caption that is one of its sentences: an exact match from the sentence unit.
    const second = await importText(t.app, "Il prévoit 1 200 nouveaux arbres d'ici à 2030.\n\nLe maire de Lyon a présenté mardi son plan pour le climat. Le vote aura lieu en juin.", 'txt', 'Suite', projectId);
    const [caption, reordered] = (await segmentsOf(t.app, second)).items;
    expect((await suggestions(caption!.id))[0]).toMatchObject({ text: 'It provides for 1,200 new trees by 2030.', score: 100, match: 'exact', quality: 'translated' });
    const [assembled] = await suggestions(reordered!.id);
    expect(assembled).toMatchObject({ match: 'assembled', text: 'The mayor of Lyon presented his climate plan on Tuesday. Le vote aura lieu en juin.' });

    // The memory's own units are paragraphs: the sentences are neither searched nor exported.
    const found = (await (await t.app.request(`/api/projects/${projectId}/memory/search?q=arbres`)).json()) as { items: { source: string }[] };
    expect(found.items.map((item) => item.source)).toEqual([paragraph]);
    const tmx = await (await t.app.request(`/api/projects/${projectId}/memory/export`)).text();
    expect(tmx.match(/<tu[ >]/gu)).toHaveLength(1);
    expect(await t.store.memory.count(projectId)).toBe(1);

    // Rejected: the paragraph leaves the memory, and its sentences with it.
    await patch(t.app, segment!.id, { status: 'rejected', version: 2, comment: 'Le ton ne va pas.' });
    expect(await suggestions(caption!.id)).toEqual([]);
    expect(await suggestions(reordered!.id)).toEqual([]);
  });

  it('follow the paragraph when its translation changes', async () => {
    const first = await importText(t.app, paragraph, 'txt', 'Climat', projectId);
    const [segment] = (await segmentsOf(t.app, first)).items;
    await patch(t.app, segment!.id, { target: translation, status: 'translated', version: 1 });
    await patch(t.app, segment!.id, { target: translation.replace('1,200 new trees', '1,200 more trees'), status: 'translated', version: 2 });
    const second = await importText(t.app, "Il prévoit 1 200 nouveaux arbres d'ici à 2030.", 'txt', 'Suite', projectId);
    const [caption] = (await segmentsOf(t.app, second)).items;
    const items = await suggestions(caption!.id);
    expect(items.map((item) => item.text)).toEqual(['It provides for 1,200 more trees by 2030.']);
  });

  it('feed sentence-level TMX to no one twice: importing a paragraph memory derives its sentences too', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="fr-FR"><seg>${paragraph.replace(/"/gu, '&quot;')}</seg></tuv><tuv xml:lang="en-US"><seg>${translation.replace(/"/gu, '&quot;')}</seg></tuv></tu></body></tmx>`;
    expect(await importTmx(tmx)).toEqual({ imported: 1, skipped: 0 });
    const id = await importText(t.app, "« Nous n'avons plus le temps d'attendre », a-t-il déclaré.", 'txt', 'Citation', projectId);
    const [quote] = (await segmentsOf(t.app, id)).items;
    expect((await suggestions(quote!.id))[0]).toMatchObject({ text: '"We no longer have time to wait," he said.', score: 100 });
    expect(await t.store.memory.count(projectId)).toBe(1);
  });
});
