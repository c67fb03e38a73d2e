import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const translateToolkit = readFileSync(new URL('../fixtures/po2xliff-fr.xlf', import.meta.url), 'utf8');

function upload(path: string, name: string, body: string) {
  const form = new FormData();
  form.set('file', new Blob([body], { type: 'application/xml' }), name);
  return t.app.request(path, { method: 'POST', body: form });
}

async function exportOf(id: number, format: string): Promise<string> {
  const res = await t.app.request(`/api/documents/${id}/export?format=${format}`);
  expect(res.status).toBe(200);
  return res.text();
}

interface Row {
  id: number;
  source: string;
  target: string;
  status: string;
  version: number;
  comments: { total: number };
}

describe('XLIFF through the API', () => {
  it('imports an XLIFF file with its translations, statuses and notes, and the confirmed ones enter the memory', async () => {
    t = await testApp();
    const res = await upload('/api/documents', 'article.xlf', translateToolkit);
    expect(res.status).toBe(201);
    const { id, projectId } = (await res.json()) as { id: number; projectId: number };
    const { items } = (await segmentsOf(t.app, id)) as unknown as { items: Row[] };
    expect(items.map((item) => [item.source, item.target, item.status, item.comments.total])).toEqual([
      ['La médiathèque rouvre', 'The library reopens', 'approved', 1],
      ['Le maire a visité les lieux & parlé.', 'The mayor visited the place & spoke.', 'draft', 0],
      ['Les horaires restent inchangés.', '', 'new', 0],
    ]);
    const revisions = (await (await t.app.request(`/api/segments/${items[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string; newTarget: string }> };
    expect(revisions.items.map((revision) => [revision.origin, revision.newTarget])).toEqual([['import', 'The library reopens']]);
    const memory = (await (await t.app.request(`/api/projects/${projectId}/memory/search?q=rouvre`)).json()) as { items: Array<{ target: string }> };
    expect(memory.items.map((unit) => unit.target)).toEqual(['The library reopens']);
  });

  it('exports an XLIFF 2.0 file named .xlf back as XLIFF 2.0, and a 1.2 file named .xlf2 back as 1.2: the version is read from the content', async () => {
    t = await testApp();
    const version2 = readFileSync(new URL('../fixtures/units-fr.xlf', import.meta.url), 'utf8');
    expect(version2).toMatch(/<xliff[^>]*version="2\.0"/u);
    const two = await upload('/api/documents', 'client.xlf', version2);
    expect(two.status).toBe(201);
    const twoId = ((await two.json()) as { id: number }).id;
    const back = await t.app.request(`/api/documents/${twoId}/export`);
    expect(back.status).toBe(200);
    expect(await back.text()).toBe(version2);
    const one = await upload('/api/documents', 'misnamed.xlf2', translateToolkit);
    expect(one.status).toBe(201);
    const oneId = ((await one.json()) as { id: number }).id;
    // Back as the client's own file: untouched, it is translate-toolkit's XLIFF 1.1 as it came.
    expect(await (await t.app.request(`/api/documents/${oneId}/export`)).text()).toBe(translateToolkit);
  });

  it('exports a document as XLIFF 1.2 and 2.0 with its states, and takes the 1.2 file back after another tool edited it', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Le maire parle.\n\nLa séance est levée.\n\nÀ suivre.\n\nFin.\n', 'txt', 'Séance');
    const items = (await segmentsOf(t.app, id)).items as unknown as Row[];
    await patch(t.app, items[0]!.id, { target: 'The mayor speaks.', status: 'translated', version: 1 });
    await patch(t.app, items[1]!.id, { target: 'The meeting is closed.', version: 1 });
    const xliff = await exportOf(id, 'xliff');
    expect(xliff).toContain('<target state="translated">The mayor speaks.</target>');
    expect(await exportOf(id, 'xliff2')).toMatch(/vv:status="translated">\s*<segment state="translated">/u);

    // Meanwhile, someone edits segment 2 in the workbench: the file's change to it is a conflict.
    await patch(t.app, items[1]!.id, { target: 'The sitting is closed.', version: 2 });
    const edited = xliff
      .replace('<target state="translated">The mayor speaks.</target>', '<target state="signed-off">The mayor is speaking.</target>')
      .replace('<target state="new">The meeting is closed.</target>', '<target state="translated">The session is over.</target>')
      .replace('<source>À suivre.</source>', '<source>À suivre.</source><target state="translated">To be continued.</target>');
    const res = await upload(`/api/documents/${id}/targets`, 'retour.xlf', edited);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { updated: number[]; unchanged: number; conflicts: Array<{ segmentId: number; reason: string; current: string; incoming: string }>; unmatched: string[] };
    expect(summary.updated).toEqual([items[0]!.id, items[2]!.id]);
    expect(summary.unchanged).toBe(1);
    expect(summary.conflicts).toEqual([{ segmentId: items[1]!.id, position: 1, reason: 'changed-since-export', current: 'The sitting is closed.', incoming: 'The session is over.' }]);
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.map((item) => [item.target, item.status])).toEqual([
      ['The mayor is speaking.', 'approved'],
      ['The sitting is closed.', 'draft'],
      ['To be continued.', 'translated'],
      ['', 'new'],
    ]);
    const history = (await (await t.app.request(`/api/segments/${items[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string }> };
    expect(history.items[0]?.origin).toBe('import');
  });

  it("exports a client's XLIFF as their own file, and takes it back after their reviewer edited it, without conflicts", async () => {
    t = await testApp();
    const client = readFileSync(new URL('../fixtures/xliff/memoq-like.xlf', import.meta.url), 'utf8');
    const res = await upload('/api/documents', 'rapport.docx.mqxliff', client);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: number }).id;
    expect(await exportOf(id, 'xliff')).toBe(client);
    const items = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(items.map((item) => item.source)).toEqual(['Le <pc id="1">rapport</pc> annuel est prêt.', 'La séance est levée à 18 h.', 'Les élus « votent » mercredi.']);
    await patch(t.app, items[1]!.id, { target: 'The sitting closes at 6 p.m.', status: 'translated', version: items[1]!.version });
    const exported = await exportOf(id, 'xliff');
    const written = /<target state="translated" xmlns:vv="urn:visavis:xliff" vv:segment="(\d+)" vv:version="(\d+)" vv:status="translated">The sitting closes at 6 p\.m\. {2}<\/target>/u.exec(exported);
    expect(written?.[1]).toBe(String(items[1]!.id));
    // Everything but that new target is the client's file.
    expect(exported.replace(`\r\n          ${written![0]}`, '')).toBe(client);
    // Their reviewer changes it in memoQ: it comes back as an update of our version, not a conflict.
    const reviewed = exported.replace('>The sitting closes at 6 p.m.  </target>', '>The meeting ends at 6 p.m.  </target>');
    const back = await upload(`/api/documents/${id}/targets`, 'retour.mqxliff', reviewed);
    expect(back.status).toBe(200);
    const summary = (await back.json()) as { updated: number[]; conflicts: unknown[] };
    expect([summary.updated, summary.conflicts]).toEqual([[items[1]!.id], []]);
    expect(((await segmentsOf(t.app, id)).items as unknown as Row[])[1]?.target).toBe('The meeting ends at 6 p.m.');
  });

  it('refuses a plain-text file as targets with 400, and malformed XLIFF with 400, changing nothing', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Le maire parle.\n');
    const text = await upload(`/api/documents/${id}/targets`, 'notes.txt', 'The mayor speaks.');
    expect(text.status).toBe(400);
    expect(((await text.json()) as { detail: string }).detail).toMatch(/carries no translations/u);
    const broken = await upload(`/api/documents/${id}/targets`, 'retour.xlf', '<xliff version="1.2"><file><body><trans-unit id="1"><source>x');
    expect(broken.status).toBe(400);
    expect(((await segmentsOf(t.app, id)).items[0] as unknown as Row).target).toBe('');
  });

  it("a viewer may not send targets back (403)", async () => {
    t = await testApp();
    const projectId = (await t.services.projects.create({ name: 'Lecture' }, undefined, { name: 'camille' })).id;
    const id = await importText(t.app, 'Le maire parle.\n', 'txt', 'T', projectId);
    const viewer = await t.user('lea', 'viewer', projectId);
    const form = new FormData();
    form.set('file', new Blob([await exportOf(id, 'xliff')], { type: 'application/xml' }), 'x.xlf');
    expect((await viewer.request(`/api/documents/${id}/targets`, { method: 'POST', body: form })).status).toBe(403);
  });
});

describe("interoperability with translate-toolkit (Debian's po2xliff and xliff2po)", () => {
  it('xliff2po reads our XLIFF 1.2 export and gives back our targets; we read what po2xliff writes', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Le maire parle.\n\nLa séance est levée & close.\n\nÀ suivre.\n', 'txt', 'Séance');
    const items = (await segmentsOf(t.app, id)).items as unknown as Row[];
    await patch(t.app, items[0]!.id, { target: 'The mayor speaks.', status: 'translated', version: 1 });
    await patch(t.app, items[1]!.id, { target: 'The sitting is closed & over.', status: 'translated', version: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'visavis-tt-'));
    try {
      writeFileSync(join(dir, 'ours.xlf'), await exportOf(id, 'xliff'));
      execFileSync('xliff2po', [join(dir, 'ours.xlf'), join(dir, 'ours.po')], { stdio: 'pipe' });
      const po = readFileSync(join(dir, 'ours.po'), 'utf8');
      expect(po).toContain('msgid "Le maire parle."\nmsgstr "The mayor speaks."');
      expect(po).toContain('msgid "La séance est levée & close."\nmsgstr "The sitting is closed & over."');

      // And back: the PO made into XLIFF by translate-toolkit imports with its translations.
      execFileSync('po2xliff', [join(dir, 'ours.po'), join(dir, 'theirs.xlf')], { stdio: 'pipe' });
      const res = await upload('/api/documents', 'theirs.xlf', readFileSync(join(dir, 'theirs.xlf'), 'utf8'));
      expect(res.status).toBe(201);
      const back = (await segmentsOf(t.app, ((await res.json()) as { id: number }).id)).items as unknown as Row[];
      expect(back.map((item) => [item.source, item.target])).toEqual([
        ['Le maire parle.', 'The mayor speaks.'],
        ['La séance est levée & close.', 'The sitting is closed & over.'],
        ['À suivre.', ''],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
