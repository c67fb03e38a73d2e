import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

const postProject = (body: unknown) =>
  t.app.request('/api/projects', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function documentsOf(projectId?: number) {
  const res = await t.app.request(`/api/documents${projectId === undefined ? '' : `?projectId=${projectId}`}`);
  return { status: res.status, body: (await res.json()) as { items: { id: number; projectId: number }[] } };
}

describe('projects', () => {
  it('start with a default project that documents go into', async () => {
    const { items } = (await (await t.app.request('/api/projects')).json()) as { items: { id: number; name: string; documentCount: number }[] };
    expect(items).toEqual([expect.objectContaining({ name: 'Default project', documentCount: 0 })]);
    const id = await importText(t.app, 'Un texte.');
    const { body } = await documentsOf();
    expect(body.items).toEqual([expect.objectContaining({ id, projectId: items[0]?.id })]);
  });

  it('are created with a unique name, whatever its case', async () => {
    const res = await postProject({ name: '  Newsroom   FR→EN ' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: 'Newsroom FR→EN', documentCount: 0 });
    const again = await postProject({ name: 'newsroom fr→en' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'already_exists', detail: 'A project named "newsroom fr→en" already exists.' });
  });

  it('refuse a blank or over-long name with 400', async () => {
    expect((await postProject({ name: '   ' })).status).toBe(400);
    expect((await postProject({ name: 'x'.repeat(101) })).status).toBe(400);
    expect((await postProject({})).status).toBe(400);
  });

  it('hold the documents imported into them, by JSON or upload, and filter the list', async () => {
    const project = (await (await postProject({ name: 'Rapports' })).json()) as { id: number };
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Rapport annuel.', projectId: project.id }),
    });
    expect(await res.json()).toMatchObject({ projectId: project.id });
    const form = new FormData();
    form.append('file', new File(['Deuxième rapport.'], 'rapport.txt'));
    form.append('projectId', String(project.id));
    const uploaded = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(await uploaded.json()).toMatchObject({ projectId: project.id });
    await importText(t.app, 'Ailleurs.');

    expect((await documentsOf(project.id)).body.items).toHaveLength(2);
    expect((await documentsOf()).body.items).toHaveLength(3);
    expect(await (await t.app.request(`/api/projects/${project.id}`)).json()).toMatchObject({ name: 'Rapports', documentCount: 2 });
  });

  it('answer 404 for an unknown project, and an import into one stores nothing', async () => {
    expect((await t.app.request('/api/projects/999')).status).toBe(404);
    expect((await documentsOf(999)).status).toBe(404);
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Perdu ?', projectId: 999 }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ detail: 'No project with id 999.' });
    expect((await documentsOf()).body.items).toHaveLength(0);
  });
});
