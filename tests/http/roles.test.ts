import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
let projectId: number;
beforeEach(async () => {
  t = await testApp();
  projectId = (await t.services.projects.create({ name: 'Newsroom FR→EN' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
});

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function oneSegment(text = 'Bonjour.') {
  const documentId = await importText(t.app, text, 'txt', 'Brève', projectId);
  const [segment] = (await segmentsOf(t.app, documentId)).items;
  return { documentId, segment: segment! };
}

async function revisionsOf(segmentId: number) {
  return ((await (await t.app.request(`/api/segments/${segmentId}/revisions`)).json()) as { items: { author: string; newStatus: string }[] }).items;
}

describe('review rights', () => {
  it('lets a translator confirm but not approve or reject; a reviewer approves', async () => {
    const translator = await t.user('sacha', 'translator', projectId);
    const reviewer = await t.user('renee', 'reviewer', projectId);
    const { segment } = await oneSegment();
    const confirmed = await patch(translator, segment.id, { target: 'Hello.', status: 'translated', version: 1 });
    expect(confirmed.status).toBe(200);
    for (const status of ['approved', 'rejected']) {
      const refused = await patch(translator, segment.id, { status, version: 2 });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('reviewer') });
    }
    const approved = await patch(reviewer, segment.id, { status: 'approved', version: 2 });
    expect(approved.status).toBe(200);
    // A translator editing an approved segment sends it back to translated.
    const edited = await patch(translator, segment.id, { target: 'Hello!', version: 3 });
    expect(await edited.json()).toMatchObject({ status: 'translated', version: 4 });
    expect((await revisionsOf(segment.id)).map((revision) => [revision.author, revision.newStatus])).toEqual([
      ['sacha', 'translated'],
      ['renee', 'approved'],
      ['sacha', 'translated'],
      ['camille', 'new'],
    ]);
  });

  it("refuses a viewer's write and leaves no revision", async () => {
    const viewer = await t.user('victor', 'viewer', projectId);
    const { documentId, segment } = await oneSegment();
    const res = await patch(viewer, segment.id, { target: 'Hacked.', version: 1 });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await revisionsOf(segment.id)).toHaveLength(1);
    const stored = (await segmentsOf(viewer, documentId)).items[0]!;
    expect(stored).toMatchObject({ target: '', status: 'new', version: 1 });
  });
});

describe('outsiders', () => {
  it('get the same 404 for what exists in a project they are not in as for what does not exist', async () => {
    const outsider = await t.user('olga');
    const { documentId, segment } = await oneSegment();
    const pairs: [string, string][] = [
      [`/api/projects/${projectId}`, '/api/projects/999'],
      [`/api/documents/${documentId}`, '/api/documents/999'],
      [`/api/documents/${documentId}/segments`, '/api/documents/999/segments'],
      [`/api/segments/${segment.id}/revisions`, '/api/segments/999999/revisions'],
    ];
    for (const [existing, missing] of pairs) {
      const [a, b] = [await outsider.request(existing), await outsider.request(missing)];
      expect([a.status, b.status], existing).toEqual([404, 404]);
      const [bodyA, bodyB] = [(await a.json()) as { detail: string }, (await b.json()) as { detail: string }];
      expect(bodyA.detail.replace(/\d+/gu, 'N')).toBe(bodyB.detail.replace(/\d+/gu, 'N'));
    }
    expect((await patch(outsider, segment.id, { target: 'x', version: 1 })).status).toBe(404);
  });

  it('see only their own projects and documents in the lists', async () => {
    const outsider = await t.user('olga');
    await oneSegment();
    expect(await (await outsider.request('/api/projects')).json()).toEqual({ items: [] });
    expect(await (await outsider.request('/api/documents')).json()).toEqual({ items: [] });
    const translator = await t.user('sacha', 'translator', projectId);
    const projects = ((await (await translator.request('/api/projects')).json()) as { items: { name: string; role: string; permissions: string[] }[] }).items;
    expect(projects).toEqual([expect.objectContaining({ name: 'Newsroom FR→EN', role: 'translator', permissions: ['project.read', 'segment.edit', 'segment.comment'] })]);
    expect(((await (await translator.request('/api/documents')).json()) as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('projects and members', () => {
  it('makes the creator owner of a new project, who imports into it by default', async () => {
    const creator = await t.user('ines');
    const created = (await (await creator.request('/api/projects', post({ name: 'Rapports' }))).json()) as { id: number };
    expect(created).toMatchObject({ name: 'Rapports', role: 'owner' });
    const imported = await creator.request('/api/documents', post({ text: 'Un rapport.' }));
    expect(imported.status).toBe(201);
    expect(((await imported.json()) as { projectId: number }).projectId).toBe(created.id);
  });

  it('refuses an import by someone who owns no project, naming why', async () => {
    const translator = await t.user('sacha', 'translator', projectId);
    const res = await translator.request('/api/documents', post({ text: 'Un article.' }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toContain('create one');
    expect((await translator.request('/api/documents', post({ text: 'Un article.', projectId }))).status).toBe(403);
    expect(await t.services.documents.count()).toBe(0);
  });

  it('lets an owner invite, change roles and remove, but never the last owner', async () => {
    const owner = await t.user('olivia', 'owner', projectId);
    await t.user('sacha');
    const members = `/api/projects/${projectId}/members`;
    expect((await owner.request(members, post({ username: 'SACHA', role: 'translator' }))).status).toBe(201);
    expect((await owner.request(members, post({ username: 'sacha', role: 'viewer' }))).status).toBe(409);
    expect((await owner.request(members, post({ username: 'nobody', role: 'viewer' }))).status).toBe(400);
    expect((await owner.request(members, post({ username: 'sacha', role: 'boss' }))).status).toBe(400);
    const patchRole = (username: string, role: string) =>
      owner.request(`${members}/${username}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
    expect(await (await patchRole('sacha', 'reviewer')).json()).toMatchObject({ username: 'sacha', role: 'reviewer' });
    const lastOwner = await patchRole('olivia', 'viewer');
    expect(lastOwner.status).toBe(409);
    expect(await lastOwner.json()).toMatchObject({ code: 'last_owner' });
    expect((await owner.request(`${members}/olivia`, { method: 'DELETE' })).status).toBe(409);
    expect((await owner.request(`${members}/ghost`, { method: 'DELETE' })).status).toBe(404);
    expect((await owner.request(`${members}/sacha`, { method: 'DELETE' })).status).toBe(204);
    const listed = (await (await owner.request(members)).json()) as { items: { username: string; role: string }[] };
    expect(listed.items.map((member) => [member.username, member.role])).toEqual([['olivia', 'owner']]);
  });

  it('lets only an owner delete a document, and logs it', async () => {
    const reviewer = await t.user('renee', 'reviewer', projectId);
    const owner = await t.user('olivia', 'owner', projectId);
    const { documentId } = await oneSegment();
    expect((await reviewer.request(`/api/documents/${documentId}`, { method: 'DELETE' })).status).toBe(403);
    expect((await owner.request(`/api/documents/${documentId}`, { method: 'DELETE' })).status).toBe(204);
    const audit = (await (await t.app.request('/api/admin/audit?event=document.deleted')).json()) as { items: unknown[] };
    expect(audit.items).toEqual([expect.objectContaining({ actor: 'olivia', subject: String(documentId), projectId, detail: { title: 'Brève' } })]);
  });

  it("tells the editor the caller's role and permissions on a document", async () => {
    const viewer = await t.user('victor', 'viewer', projectId);
    const { documentId } = await oneSegment();
    expect(await (await viewer.request(`/api/documents/${documentId}`)).json()).toMatchObject({ role: 'viewer', permissions: ['project.read'] });
    expect(await (await t.app.request(`/api/documents/${documentId}`)).json()).toMatchObject({ role: 'owner' });
  });
});
