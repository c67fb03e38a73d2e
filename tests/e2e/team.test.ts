import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { e2eUser, openWorkbench, setUpFirstAdmin, signedInFetch, signInAs as signIn, type Workbench } from '../helpers/browser';

/** A team on one server: the administrator sets up a project and its members; each sees what their role allows. */

let server: RunningServer;
let workbench: Workbench;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let dialogs: string[];
const projectName = 'Newsroom <img src=x onerror=alert(1)>';
const sacha = { username: 'sacha', password: 'le mot de passe de Sacha' };
let projectId = 0;
let documentId = 0;

const signInAs = (user: { username: string; password: string }) => signIn(page, server.url, user.username, user.password);

/** Sacha back in the project as a reviewer, after a test removed them. */
async function addSachaBack(): Promise<void> {
  const back = await admin(`/api/projects/${projectId}/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sacha', role: 'reviewer' }),
  });
  expect(back.status).toBe(201);
}

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page, dialogs } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
});

afterAll(async () => {
  await workbench?.close();
});

describe('the administrator', () => {
  it('creates an account on the administration page', async () => {
    await page.goto(`${server.url}/#/admin`);
    await page.locator('#new-username').fill(sacha.username);
    await page.locator('#new-user-password').fill(sacha.password);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Created the account sacha.').waitFor();
    await page.locator('tr[data-user="sacha"]').waitFor();
    await page.reload();
    await page.locator('table.audit tr[data-event="user.created"]').first().waitFor();
  });

  it('creates a project, imports into it and invites the account as a viewer', async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator('#project-name').fill(projectName);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText(`Created the project “${projectName}”.`).waitFor();
    projectId = Number(/project=(\d+)/u.exec(page.url())?.[1]);
    const res = await admin('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Brève', text: 'Bonjour à tous.\n\nLe marché ouvre à 7 h.\n', projectId }),
    });
    documentId = ((await res.json()) as { id: number }).id;

    await page.locator('#project-members').click();
    await page.getByRole('heading', { name: `Members of “${projectName}”` }).waitFor();
    await page.locator('#member-username').fill('sacha');
    await page.locator('#member-role').selectOption('viewer');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Added sacha as Viewer.').waitFor();
    await page.locator('tr[data-member="sacha"]').waitFor();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('sees every project with the role in each on the projects page', async () => {
    await page.locator('#nav-projects').click();
    const row = page.locator(`tr[data-project="${projectId}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(0).textContent()).toBe(projectName);
    expect(await row.locator('td').nth(1).textContent()).toBe('Owner');
    expect(await row.locator('td').nth(2).textContent()).toBe('1 document');
  });
});

describe('a viewer', () => {
  it('reads the document but cannot type, confirm, delete or import', async () => {
    await signInAs(sacha);
    await page.goto(`${server.url}/#/projects`);
    await page.locator(`tr[data-project="${projectId}"]`).getByText('Viewer').waitFor();
    expect(await page.locator('tr[data-project]').count()).toBe(1);
    await page.goto(`${server.url}/#/`);
    expect(await page.locator('#nav-admin').count()).toBe(0);
    await page.locator('table.documents').getByText('Brève').waitFor();
    expect(await page.locator('table.documents .danger').count()).toBe(0);
    await page.locator('#no-upload').waitFor();
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('.segment-row').first().waitFor();
    await page.getByText('Read only: your role in this project is Viewer.').waitFor();
    expect(await page.locator('.segment-row textarea').first().getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('[data-action="confirm"]').count()).toBe(0);
    await page.locator('.segment-row textarea').first().click();
    await page.keyboard.type('Hello');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(1000);
    const revisions = await admin(`/api/documents/${documentId}/segments`);
    const { items } = (await revisions.json()) as { items: { target: string; status: string }[] };
    expect(items[0]).toMatchObject({ target: '', status: 'new' });
    // The members page is readable, not editable.
    await page.goto(`${server.url}/#/projects/${projectId}/members`);
    await page.getByText("Only the project's owners can change its members.").waitFor();
    expect(await page.locator('#member-username').count()).toBe(0);
  });
});

describe('a translator', () => {
  it('types and confirms, and has no approve or reject buttons', async () => {
    const res = await admin(`/api/projects/${projectId}/members/sacha`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'translator' }),
    });
    expect(res.status).toBe(200);
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.reload();
    await page.locator('.segment-row').first().waitFor();
    expect(await page.locator('[data-action="approve"]').count()).toBe(0);
    await page.locator('.segment-row textarea').first().fill('Hello everyone.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.segment-row').first().getAttribute('data-status')).toBe('translated');
  });
});

describe('a reviewer', () => {
  it('approves', async () => {
    await admin(`/api/projects/${projectId}/members/sacha`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'reviewer' }),
    });
    await page.reload();
    await page.locator('.segment-row [data-action="approve"]').first().click();
    await expect.poll(() => page.locator('.segment-row').first().getAttribute('data-status')).toBe('approved');
  });
});

describe('the server restarted while the editor is open', () => {
  const events = (url: URL) => url.pathname === `/api/documents/${documentId}/events`;
  const liveState = () => page.evaluate(() => document.querySelector('[data-live]')?.getAttribute('data-live') ?? null);
  const refused = (route: import('playwright-core').Route) => route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad gateway' });

  it('reconnects by itself after a restart, and shows what changed while it was away', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('[data-live="open"]').waitFor();
    await workbench.restart();
    await page.locator('.live-state').getByText('Live updates interrupted: reconnecting…').waitFor();
    // Saved on the new instance before the browser reconnects: its events cannot be replayed from the old one's ids.
    const listed = (await (await admin(`/api/documents/${documentId}/segments`)).json()) as { items: { id: number; version: number }[] };
    const first = listed.items[0];
    const saved = await admin(`/api/segments/${first?.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'Hello everyone.', version: first?.version }) });
    expect(saved.status).toBe(200);
    await expect.poll(liveState, { timeout: 10_000 }).toBe('open');
    expect(await page.locator('.live-state').textContent()).toBe('');
    await expect.poll(() => page.locator('.segment-row textarea').first().inputValue()).toBe('Hello everyone.');
  });

  it('says that live updates stopped, and once a stream opens again shows what changed meanwhile', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('[data-live="open"]').waitFor();
    expect(await page.locator('.live-state').textContent()).toBe('');
    // While the server restarts, a proxy in front of it answers 502: the browser's EventSource does not try again after that.
    await page.route(events, refused);
    await workbench.restart();
    await page.locator('.live-state').getByText('Live updates interrupted: reconnecting…').waitFor();
    await expect.poll(liveState, { timeout: 10_000 }).toBe('closed');
    // Meanwhile someone translates the second segment: no event can tell this editor.
    const listed = (await (await admin(`/api/documents/${documentId}/segments`)).json()) as { items: { id: number; version: number }[] };
    const second = listed.items[1];
    const saved = await admin(`/api/segments/${second?.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'The market opens at 7 a.m.', version: second?.version }) });
    expect(saved.status).toBe(200);
    await page.unroute(events);
    // The editor opens another stream by itself, then reads the document again.
    await expect.poll(liveState, { timeout: 10_000 }).toBe('open');
    expect(await page.locator('.live-state').textContent()).toBe('');
    await expect.poll(() => page.locator('.segment-row textarea').nth(1).inputValue()).toBe('The market opens at 7 a.m.');
  });

  it('tells the member removed from the project while no stream was open, when the next one is refused', async () => {
    await page.reload();
    await page.locator('[data-live="open"]').waitFor();
    await page.route(events, refused);
    await workbench.restart();
    await page.locator('.live-state').getByText('Live updates interrupted: reconnecting…').waitFor();
    // Removed with no stream open to say it: the editor asks why its stream was refused.
    expect((await admin(`/api/projects/${projectId}/members/sacha`, { method: 'DELETE' })).status).toBe(204);
    await page.getByText('You no longer have access to this project.').waitFor({ timeout: 10_000 });
    await page.unroute(events);
    expect(await page.locator('.segment-row').count()).toBe(0);
    await addSachaBack();
    await page.goto(`${server.url}/#/`);
  });
});

describe('access withdrawn while the editor is open', () => {
  it('tells the member removed from the project at once, and shows nothing more of it', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('[data-live="open"]').waitFor();
    const removed = await admin(`/api/projects/${projectId}/members/sacha`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    await page.getByText('You no longer have access to this project.').waitFor({ timeout: 2000 });
    expect(await page.locator('.segment-row').count()).toBe(0);
    await addSachaBack();
  });

  it('shows the sign-in page when an administrator resets the password (every session ends)', async () => {
    await page.reload(); // the same address: only a reload renders the editor again
    await page.locator('[data-live="open"]').waitFor();
    sacha.password = 'un mot de passe remis à zéro';
    const reset = await admin('/api/admin/users/sacha', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: sacha.password }) });
    expect(reset.status).toBe(200);
    await page.locator('#username').waitFor({ timeout: 2000 });
    await signInAs(sacha);
  });
});

describe('the account page', () => {
  it('creates a token shown once, revokes it, and changes the password', async () => {
    await page.goto(`${server.url}/#/account`);
    await page.locator('#token-name').fill('export script');
    await page.getByRole('button', { name: 'Create a token' }).click();
    const token = (await page.locator('#new-token').textContent()) ?? '';
    expect(token).toMatch(/^vv_/u);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await page.locator('button[data-revoke]').click();
    await page.locator('table.tokens').getByText('Revoked').first().waitFor();
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    await page.locator('#current-password').fill(sacha.password);
    await page.locator('#new-password').fill('un tout nouveau mot de passe');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();
    sacha.password = 'un tout nouveau mot de passe';
  });

  it('speaks French too', async () => {
    await page.locator('#language').selectOption('fr');
    await page.getByRole('heading', { name: 'Votre compte' }).waitFor();
    await page.locator('#language').selectOption('en');
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
  });

  it('signs out everywhere', async () => {
    await page.locator('#sign-out-everywhere').click();
    await page.locator('#username').waitFor();
    await signInAs(e2eUser);
    expect(dialogs).toEqual([]);
  });
});
