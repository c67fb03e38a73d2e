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

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function segment(text = 'Le président a appelé au calme mercredi.') {
  const documentId = await importText(t.app, text, 'txt', 'Dépêche', projectId);
  return (await segmentsOf(t.app, documentId)).items[0]!;
}

async function revisionIds(segmentId: number): Promise<number[]> {
  const { items } = (await (await t.app.request(`/api/segments/${segmentId}/revisions`)).json()) as { items: { id: number }[] };
  return items.map((item) => item.id);
}

describe('segment diffs', () => {
  it('compares any two revisions, the previous text, and the current one, word by word', async () => {
    const s = await segment();
    await patch(t.app, s.id, { target: 'The president called for calm on Wednesday.', version: 1 });
    await patch(t.app, s.id, { target: 'The Chinese president called for calm on Wednesday.', status: 'translated', version: 2 });
    const ids = await revisionIds(s.id);
    const [latest, first] = [ids[0]!, ids.at(-1)!];
    const diff = await (await t.app.request(`/api/segments/${s.id}/diff?from=${first}&to=current`)).json();
    expect(diff).toMatchObject({ from: { ref: first, text: '' }, to: { ref: 'current' } });
    const previous = (await (await t.app.request(`/api/segments/${s.id}/diff`)).json()) as { ops: { op: string; text: string }[] };
    expect(previous.ops.filter((op) => op.op !== 'equal')).toEqual([{ op: 'insert', text: 'Chinese ' }]);
    const between = (await (await t.app.request(`/api/segments/${s.id}/diff?from=${latest}&to=${latest}`)).json()) as { ops: unknown[] };
    expect(between.ops).toEqual([{ op: 'equal', text: 'The Chinese president called for calm on Wednesday.' }]);
  });

  it('compares with the target as last approved', async () => {
    const s = await segment();
    await patch(t.app, s.id, { target: 'The president called for calm.', status: 'translated', version: 1 });
    await patch(t.app, s.id, { status: 'approved', version: 2 });
    await patch(t.app, s.id, { target: 'The president urged calm.', version: 3 });
    const diff = (await (await t.app.request(`/api/segments/${s.id}/diff?from=approved`)).json()) as { ops: { op: string; text: string }[] };
    expect(diff.ops).toEqual([
      { op: 'equal', text: 'The president ' },
      { op: 'delete', text: 'called for ' },
      { op: 'insert', text: 'urged ' },
      { op: 'equal', text: 'calm.' },
    ]);
  });

  it('answers 404 for a revision of another segment or a text that does not exist, 400 for a bad reference', async () => {
    const [a, b] = (await segmentsOf(t.app, await importText(t.app, 'Un.\n\nDeux.', 'txt', 'Deux', projectId))).items;
    const [revisionOfB] = await revisionIds(b!.id);
    expect((await t.app.request(`/api/segments/${a!.id}/diff?from=${revisionOfB}`)).status).toBe(404);
    const never = await t.app.request(`/api/segments/${a!.id}/diff?from=approved`);
    expect(never.status).toBe(404);
    expect(((await never.json()) as { detail: string }).detail).toContain('approved');
    expect((await t.app.request(`/api/segments/${a!.id}/diff?from=yesterday`)).status).toBe(400);
    expect((await t.app.request(`/api/segments/${a!.id}/diff?from=suggestion`)).status).toBe(404);
  });
});

describe('restoring an old target', () => {
  it('puts it back as a new revision and keeps the history', async () => {
    const s = await segment();
    await patch(t.app, s.id, { target: 'First try.', version: 1 });
    await patch(t.app, s.id, { target: 'Second try.', version: 2 });
    const [, firstTry] = await revisionIds(s.id);
    const restored = await t.app.request(`/api/segments/${s.id}/restore`, post({ revision: firstTry, version: 3 }));
    expect(await restored.json()).toMatchObject({ target: 'First try.', version: 4, status: 'draft' });
    const history = (await (await t.app.request(`/api/segments/${s.id}/revisions`)).json()) as { items: { origin: string; newTarget: string }[] };
    expect(history.items.map((item) => [item.origin, item.newTarget])).toEqual([
      ['restore', 'First try.'],
      ['human', 'Second try.'],
      ['human', 'First try.'],
      ['import', ''],
    ]);
    expect((await t.app.request(`/api/segments/${s.id}/restore`, post({ revision: firstTry, version: 3 }))).status).toBe(409);
    expect((await t.app.request(`/api/segments/${s.id}/restore`, post({ revision: 999_999, version: 4 }))).status).toBe(404);
  });
});

describe('comments', () => {
  it('keeps threads with replies, resolves and reopens them, and counts them on each row', async () => {
    const s = await segment();
    const translator = await t.user('sacha', 'translator', projectId);
    const viewer = await t.user('victor', 'viewer', projectId);
    const thread = (await (await translator.request(`/api/segments/${s.id}/comments`, post({ body: '« appelé au calme » : called for calm ?' }))).json()) as { id: number };
    const reply = (await (await t.app.request(`/api/segments/${s.id}/comments`, post({ body: 'Oui.', replyTo: thread.id }))).json()) as { id: number; parentId: number };
    expect(reply.parentId).toBe(thread.id);
    // A reply to a reply joins the thread.
    expect(await (await translator.request(`/api/segments/${s.id}/comments`, post({ body: 'Merci.', replyTo: reply.id }))).json()).toMatchObject({ parentId: thread.id });
    expect((await viewer.request(`/api/segments/${s.id}/comments`, post({ body: 'Moi aussi.' }))).status).toBe(403);
    expect((await translator.request(`/api/segments/${s.id}/comments`, post({ body: '   ' }))).status).toBe(400);

    let row = (await segmentsOf(t.app, s.documentId)).items[0]!;
    expect(row).toMatchObject({ comments: { open: 1, total: 3 } });
    const resolved = await translator.request(`/api/comments/${reply.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resolved: true }) });
    expect(await resolved.json()).toMatchObject({ id: thread.id, resolvedBy: 'sacha', replies: [{ body: 'Oui.' }, { body: 'Merci.' }] });
    row = (await segmentsOf(t.app, s.documentId)).items[0]!;
    expect(row).toMatchObject({ comments: { open: 0, total: 3 } });
    // Replying reopens it.
    await t.app.request(`/api/segments/${s.id}/comments`, post({ body: 'Finalement, non.', replyTo: thread.id }));
    const threads = (await (await viewer.request(`/api/segments/${s.id}/comments`)).json()) as { items: { resolvedAt: string | null; replies: unknown[] }[] };
    expect(threads.items).toHaveLength(1);
    expect(threads.items[0]).toMatchObject({ resolvedAt: null });
    expect(threads.items[0]!.replies).toHaveLength(3);
  });

  it('refuses a reply to a comment of another segment', async () => {
    const [a, b] = (await segmentsOf(t.app, await importText(t.app, 'Un.\n\nDeux.', 'txt', 'Deux', projectId))).items;
    const onA = (await (await t.app.request(`/api/segments/${a!.id}/comments`, post({ body: 'Sur A.' }))).json()) as { id: number };
    expect((await t.app.request(`/api/segments/${b!.id}/comments`, post({ body: 'Sur B ?', replyTo: onA.id }))).status).toBe(400);
    expect((await t.app.request('/api/comments/999999', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"resolved":true}' })).status).toBe(404);
  });
});

describe('rejecting', () => {
  it('needs a comment, which starts a thread by the reviewer', async () => {
    const s = await segment();
    const reviewer = await t.user('renee', 'reviewer', projectId);
    await patch(t.app, s.id, { target: 'The president called for calm.', status: 'translated', version: 1 });
    const bare = await patch(reviewer, s.id, { status: 'rejected', version: 2 });
    expect(bare.status).toBe(422);
    expect(((await bare.json()) as { detail: string }).detail).toContain('needs a comment');
    expect((await patch(reviewer, s.id, { status: 'rejected', version: 2, comment: '  ' })).status).toBe(422);
    const rejected = await patch(reviewer, s.id, { status: 'rejected', version: 2, comment: 'Il manque « mercredi ».' });
    expect(await rejected.json()).toMatchObject({ status: 'rejected', version: 3 });
    const threads = (await (await t.app.request(`/api/segments/${s.id}/comments`)).json()) as { items: unknown[] };
    expect(threads.items).toEqual([expect.objectContaining({ author: 'renee', body: 'Il manque « mercredi ».', resolvedAt: null })]);
  });

  it('leaves no comment when the rejection itself is refused', async () => {
    const s = await segment();
    const refused = await patch(t.app, s.id, { status: 'rejected', version: 1, comment: 'Vide !' });
    expect(refused.status).toBe(422);
    expect(await (await t.app.request(`/api/segments/${s.id}/comments`)).json()).toEqual({ items: [] });
  });
});
