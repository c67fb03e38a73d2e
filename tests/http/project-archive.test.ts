import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richProject } from '../helpers/rich-project';
import { segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
let projectId: number;
beforeEach(async () => {
  t = await testApp();
  projectId = await richProject(t.services);
});
afterEach(async () => {
  await t.cleanup();
});

type Request = TestApp['app']['request'];

const download = async (request: Request, id = projectId) => request(`/api/projects/${id}/archive`);

async function upload(request: Request, bytes: Uint8Array, name?: string) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], 'projet.visavis.zip', { type: 'application/zip' }));
  if (name !== undefined) form.append('name', name);
  return request('/api/projects/import', { method: 'POST', body: form });
}

async function archiveBytes(): Promise<Uint8Array> {
  const res = await download(t.app.request);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/** The archive's entries changed by `change`; with `sign`, the manifest's checksums follow (a consistent but altered archive). */
function altered(bytes: Uint8Array, change: (files: Record<string, Uint8Array>, manifest: Record<string, unknown>) => void, sign = true): Uint8Array {
  const files = unzipSync(bytes) as Record<string, Uint8Array>;
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown> & { entries: Record<string, { sha256: string; bytes: number }> };
  change(files, manifest);
  if (sign) {
    manifest.entries = Object.fromEntries(
      Object.entries(files)
        .filter(([name]) => name !== 'manifest.json')
        .map(([name, data]) => [name, { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength }]),
    );
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files as Zippable);
}

const lines = (data: Uint8Array) => strFromU8(data).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const ndjson = (records: readonly unknown[]) => strToU8(`${records.map((record) => JSON.stringify(record)).join('\n')}\n`);

async function expectProblem(res: Response, status: number, code: string, detail: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { code: string; detail: string };
  expect(body.code).toBe(code);
  expect(body.detail).toMatch(detail);
}

/** Nothing of a refused import is left: the same projects, documents and memory as before. */
async function expectNothingLeft(before: { projects: number; documents: number }) {
  const projects = await t.store.projects.list();
  expect(projects.length).toBe(before.projects);
  expect(await t.services.documents.count()).toBe(before.documents);
  for (const project of projects) expect(await t.store.archives.documentIds(project.id)).toEqual((await t.store.documents.list(project.id)).map((document) => document.id).sort((a, b) => a - b));
  expect(await t.store.projects.findByName('Dépêches FR→EN (2)')).toBeUndefined();
}

const counts = async () => ({ projects: (await t.store.projects.list()).length, documents: await t.services.documents.count() });

describe('project archives over HTTP', () => {
  it('lets an owner download the project as a zip, and import it back as a new project of which they are owner', async () => {
    const owner = await t.user('odile', 'owner', projectId);
    const res = await download(owner.request);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''D%C3%A9p%C3%AAches%20FR%E2%86%92EN.visavis.zip");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const manifest = JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']!)) as { format: string; version: number; app: { version: string }; counts: Record<string, number> };
    expect(manifest).toMatchObject({ format: 'visavis-project', version: 1, app: { version: expect.any(String) as string } });
    // Two documents keep their original file: the Word report and the client’s XLIFF (written back into itself).
    expect(manifest.counts).toMatchObject({ documents: 4, members: 4, glossary: 2, originals: 2 });

    const imported = await upload(owner.request, bytes);
    expect(imported.status).toBe(201);
    const body = (await imported.json()) as { project: { id: number; name: string }; members: { added: { username: string; role: string }[]; unknown: string[] } };
    // The name is taken (the original is there): the copy gets a number.
    expect(body.project.name).toBe('Dépêches FR→EN (2)');
    expect(body.members.added).toEqual(
      expect.arrayContaining([
        { username: 'Élodie', role: 'owner' },
        { username: 'marc', role: 'translator' },
        { username: 'ghost', role: 'reviewer' },
        { username: 'odile', role: 'owner' },
      ]),
    );
    expect(body.members.unknown).toEqual([]);
    const project = await owner.request(`/api/projects/${body.project.id}`);
    expect(((await project.json()) as { role: string; documentCount: number; settings: { targetLang: string } }).documentCount).toBe(4);
    const documents = (await (await owner.request(`/api/documents?projectId=${body.project.id}`)).json()) as { items: { id: number; title: string }[] };
    const depeche = documents.items.find((document) => document.title === 'depeche')!;
    const segments = await segmentsOf(owner, depeche.id);
    expect(segments.items[0]).toMatchObject({ source: 'Le préfet a réuni les maires.', target: 'The prefect gathered the mayors.', status: 'approved', lastAuthor: 'Élodie' });
    const named = await upload(owner.request, bytes, 'Copie de travail');
    expect(((await named.json()) as { project: { name: string } }).project.name).toBe('Copie de travail');
    await expectProblem(await upload(owner.request, bytes, 'copie de travail'), 409, 'already_exists', /already exists/u);
  });

  it('refuses the archive to a translator (403) and to someone outside the project (404)', async () => {
    const translator = await t.user('tristan', 'translator', projectId);
    await expectProblem(await download(translator.request), 403, 'forbidden', /translator/u);
    const outsider = await t.user('olga');
    await expectProblem(await download(outsider.request), 404, 'not_found', /project/u);
    expect((await t.anonymous(`/api/projects/${projectId}/archive`)).status).toBe(401);
  });

  it('lists members without an account here, and adds none for them', async () => {
    const bytes = altered(await archiveBytes(), (files, manifest) => {
      files['members.ndjson'] = ndjson([
        { username: 'ÉLODIE', role: 'reviewer', addedAt: '2026-01-05T10:00:00.000Z' },
        { username: 'inconnue', role: 'owner', addedAt: '2026-01-05T10:00:00.000Z' },
      ]);
      (manifest.counts as Record<string, number>).members = 2;
    });
    const body = (await (await upload(t.app.request, bytes)).json()) as {
      project: { id: number };
      members: { added: unknown[]; unknown: string[] };
    };
    expect(body.members).toEqual({ added: [{ username: 'Élodie', role: 'reviewer' }, { username: 'camille', role: 'owner' }], unknown: ['inconnue'] });
    expect(await t.services.accounts.findUser('inconnue').catch(() => undefined)).toBeUndefined();
  });

  describe('refuses a bad archive with a problem, keeping nothing of it', () => {
    const cases: Array<[string, (bytes: Uint8Array) => Uint8Array, number, string, RegExp]> = [
      ['a file that is not a zip', () => strToU8('Le préfet a réuni les maires.'), 400, 'invalid_archive', /not a zip archive/u],
      ['a zip cut short', (bytes) => bytes.slice(0, bytes.byteLength - 100), 400, 'invalid_archive', /damaged/u],
      ['a zip damaged inside', (bytes) => bytes.map((byte, i) => (i > 200 && i < 400 ? byte ^ 0x5a : byte)), 400, 'invalid_archive', /damaged/u],
      ['a zip without a manifest', () => zipSync({ 'project.json': strToU8('{}') }), 400, 'invalid_archive', /no manifest\.json/u],
      ['an entry whose checksum does not match', (bytes) => altered(bytes, (files) => (files['glossary.ndjson'] = strToU8(strFromU8(files['glossary.ndjson']!).replace('prefect', 'perfect'))), false), 400, 'invalid_archive', /glossary\.ndjson does not match its checksum/u],
      ['a missing entry', (bytes) => altered(bytes, (files) => delete files['segments.ndjson']), 400, 'invalid_archive', /lacks segments\.ndjson/u],
      ['an entry the manifest does not list', (bytes) => altered(bytes, (files) => (files['originals/999'] = strToU8('x')), false), 400, 'invalid_archive', /originals\/999, which its manifest does not list/u],
      ['an entry outside the archive (zip slip)', (bytes) => altered(bytes, (files) => (files['../../etc/cron.d/visavis'] = strToU8('* * * * * root sh')), false), 400, 'invalid_archive', /outside the archive/u],
      ['an unknown entry', (bytes) => altered(bytes, (files) => (files['notes.txt'] = strToU8('?'))), 400, 'invalid_archive', /not part of a vis-à-vis project archive/u],
      ['another kind of archive', (bytes) => altered(bytes, (_files, manifest) => (manifest.format = 'omegat-project')), 400, 'invalid_archive', /not a vis-à-vis project archive/u],
      ['an archive of a newer version', (bytes) => altered(bytes, (_files, manifest) => (manifest.version = 2)), 422, 'archive_version', /newer vis-à-vis \(archive format version 2\).*Upgrade/u],
      ['a record of the wrong shape', (bytes) => altered(bytes, (files) => (files['documents.ndjson'] = strToU8(strFromU8(files['documents.ndjson']!).replace('"bom":true', '"bom":"oui"')))), 400, 'invalid_archive', /documents\.ndjson, line 1: bom/u],
      ['more records than the manifest says', (bytes) => altered(bytes, (files) => (files['glossary.ndjson'] = ndjson([...lines(files['glossary.ndjson']!), { source: 'maire', target: 'mayor', forbidden: '', notes: '', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' }]))), 400, 'invalid_archive', /glossary\.ndjson has more records/u],
      [
        'a revision of a segment the archive does not hold (found after documents and segments were written)',
        (bytes) => altered(bytes, (files) => (files['revisions.ndjson'] = ndjson(lines(files['revisions.ndjson']!).map((revision, i) => (i === 3 ? { ...revision, segment: 999_999 } : revision))))),
        400,
        'invalid_archive',
        /revisions\.ndjson: segment 999999 is not in the archive/u,
      ],
      [
        'a memory unit of a segment the archive does not hold (the last entry written)',
        (bytes) => altered(bytes, (files) => (files['memory.ndjson'] = ndjson(lines(files['memory.ndjson']!).map((unit) => ({ ...unit, segment: 888_888 }))))),
        400,
        'invalid_archive',
        /memory\.ndjson: segment 888888 is not in the archive/u,
      ],
      ['a document in a format this server does not know', (bytes) => altered(bytes, (files) => (files['documents.ndjson'] = strToU8(strFromU8(files['documents.ndjson']!).replace('"format":"md"', '"format":"rtf"')))), 400, 'invalid_archive', /format "rtf"/u],
    ];
    it.each(cases)('%s', async (_name, make, status, code, detail) => {
      const bytes = make(await archiveBytes());
      const before = await counts();
      await expectProblem(await upload(t.app.request, bytes), status, code, detail);
      await expectNothingLeft(before);
    });

    it('an archive larger than the upload limit allows (413)', async () => {
      const small = await testApp({ maxUploadBytes: 256 });
      try {
        await expectProblem(await upload(small.app.request, await archiveBytes()), 413, 'payload_too_large', /larger than the limit/u);
      } finally {
        await small.cleanup();
      }
    });

    it('an upload without a file (400)', async () => {
      const res = await t.app.request('/api/projects/import', { method: 'POST', body: new FormData() });
      expect(res.status).toBe(400);
    });
  });

  it('keeps a project being imported out of sight, and sweeps one a crash left behind', async () => {
    const long = new Date(Date.now() - 60 * 60_000).toISOString();
    const left = await t.store.archives.createProject({ name: 'Import interrompu', settings: { targetLang: 'en-US', formality: 'default', qa: {} } }, long);
    await t.store.archives.insertDocument(left, { title: 'À moitié', format: 'txt', encoding: 'utf-8', bom: false, trailer: '', inlineCodes: true, createdAt: long, updatedAt: long }, long);
    expect(((await (await t.app.request('/api/projects')).json()) as { items: { id: number }[] }).items.map((project) => project.id)).not.toContain(left);
    expect((await t.app.request(`/api/projects/${left}`)).status).toBe(404);
    expect(await t.services.documents.sweepAbandonedImports()).toBeGreaterThanOrEqual(1);
    expect(await t.store.projects.findByName('Import interrompu')).toBeUndefined();
    expect(await t.store.archives.documentIds(left)).toEqual([]);
  });
});
