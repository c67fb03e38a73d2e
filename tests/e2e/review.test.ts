import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, signInAs as signIn, type Workbench } from '../helpers/browser';

/** A reviewer rejects with a comment; the translator sees why, fixes it, and the reviewer approves. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const password = 'un mot de passe assez long';

const post = (body: unknown, method = 'POST') => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

const signInAs = (username: string) => signIn(page, server.url, username, password);

async function openDocument(): Promise<void> {
  await page.goto(`${server.url}/#/documents/${documentId}`);
  await row(0).waitFor();
}

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const project = (await (await admin('/api/projects', post({ name: 'Newsroom' }))).json()) as { id: number };
  for (const [username, role] of [
    ['sacha', 'translator'],
    ['renee', 'reviewer'],
  ]) {
    expect((await admin('/api/admin/users', post({ username, password }))).status).toBe(201);
    expect((await admin(`/api/projects/${project.id}/members`, post({ username, role }))).status).toBe(201);
  }
  const imported = await admin('/api/documents', post({ title: 'Brève', text: 'Le président a appelé au calme mercredi.\n\nLa séance est levée.\n', projectId: project.id }));
  documentId = ((await imported.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

describe('the review workflow in Chromium', () => {
  it('the translator confirms a translation', async () => {
    await signInAs('sacha');
    await openDocument();
    await row(0).locator('textarea').fill('The president called for calm.');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
  });

  it('the reviewer filters what awaits review and rejects it with a required comment', async () => {
    await signInAs('renee');
    await openDocument();
    await page.locator('#filter-status').selectOption('translated');
    await expect.poll(() => page.locator('.segment-row').count()).toBe(1);
    await row(0).locator('[data-action="reject"]').click();
    await row(0).locator('.reject-form button[type="submit"]').click();
    await row(0).getByText('Say why: a rejection needs a comment.').waitFor();
    await row(0).locator('.reject-reason').fill('Il manque « mercredi ».');
    await row(0).locator('.reject-form button[type="submit"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('rejected');
    // The row's indicator: a count, labelled in words.
    expect(await row(0).locator('.comments-count').textContent()).toBe('1');
    expect(await row(0).locator('.comments-count').getAttribute('aria-label')).toBe('Comments: 1 (1 open)');
  });

  it('the translator sees why, fixes it, answers and resolves the thread', async () => {
    await signInAs('sacha');
    await openDocument();
    expect(await row(0).getAttribute('data-status')).toBe('rejected');
    await row(0).locator('.comments-count').click();
    const panel = page.locator('.segment-panel');
    await panel.getByText('Il manque « mercredi ».').waitFor();
    expect(await panel.locator('.thread strong').first().textContent()).toBe('renee');
    await row(0).locator('textarea').fill('The president called for calm on Wednesday.');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await row(0).locator('.comments-count').click();
    await panel.locator('.reply-body').fill('Corrigé.');
    await panel.getByRole('button', { name: 'Reply' }).click();
    await panel.getByText('Corrigé.').waitFor();
    await panel.getByRole('button', { name: 'Resolve' }).click();
    await panel.getByText('Resolved by sacha').waitFor();
    expect(await row(0).locator('.comments-count').getAttribute('aria-label')).toBe('Comments: 2 (0 open)');
  });

  it('the reviewer sees the fix as a diff and approves with Ctrl+Shift+Enter', async () => {
    await signInAs('renee');
    await openDocument();
    await row(0).getByRole('button', { name: 'Changed by sacha' }).click();
    await row(0).locator('.change-diff ins').waitFor();
    expect(await row(0).locator('.change-diff ins').textContent()).toBe(' on Wednesday');
    await row(0).locator('textarea').click();
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('approved');
  });

  it('the history panel compares two versions and restores an old one', async () => {
    await signInAs('sacha');
    await openDocument();
    await row(0).locator('[data-action="history"]').click();
    const panel = page.locator('.segment-panel');
    await panel.locator('.revisions li').first().waitFor();
    expect(await panel.locator('.revisions li').count()).toBeGreaterThanOrEqual(4);
    await panel.locator('.panel-diff .diff').waitFor();
    const oldVersion = panel.locator('.revisions li').filter({ hasText: 'The president called for calm.' }).first();
    await oldVersion.locator('[data-restore]').click();
    await expect.poll(() => row(0).locator('textarea').inputValue()).toBe('The president called for calm.');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await panel.getByText('restored').first().waitFor();
  });

  it('shows who else is on a segment, and the statistics chart', async () => {
    await openDocument();
    const id = Number(await row(1).getAttribute('data-segment-id'));
    await admin(`/api/documents/${documentId}/presence`, post({ segmentId: id }));
    await row(1).locator('.presence').getByText('camille editing').waitFor();
    await admin(`/api/documents/${documentId}/presence`, post({ segmentId: null }));
    await expect.poll(() => row(1).locator('.presence').textContent()).toBe('');
    await page.locator('.tools-menu > summary').click();
    await page.locator('#show-stats').click();
    await page.locator('.stats-authors li[data-author="sacha"]').waitFor();
    expect(await page.locator('.stats').textContent()).toContain('segment changed in review');
  });

  it('lets the owner update the source and shows what changed under a translation', async () => {
    await page.locator('#sign-out').click();
    await page.locator('#username').fill('camille');
    await page.locator('#password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#sign-out').waitFor();
    await openDocument();
    await page.locator('#source-file').setInputFiles({
      name: 'breve.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Le président a appelé au calme mercredi soir.\n\nLa séance est levée.\n\nUn nouveau paragraphe.\n'),
    });
    await page.getByText('Source updated: 1 unchanged, 1 changed, 1 added, 0 removed.').waitFor();
    await row(2).waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await row(0).getByRole('button', { name: 'Source changed' }).click();
    expect(await row(0).locator('.change-diff ins').textContent()).toBe(' soir');
  });

  it('shows the review report, whose HTML export opens in Chromium on its own', async () => {
    await page.locator('.tools-menu > summary').click();
    await page.locator('#review-report').click();
    await page.getByRole('heading', { name: 'Review report: Brève' }).waitFor();
    await page.locator('.report-item').first().waitFor();
    const href = await page.locator('#report-download').getAttribute('href');
    const exported = await (await admin(href!)).text();
    const viewer = await page.context().newPage();
    const errors: string[] = [];
    viewer.on('pageerror', (error) => errors.push(error.message));
    await viewer.setContent(exported);
    expect(await viewer.title()).toBe('Review report: Brève');
    expect(await viewer.locator('article').count()).toBeGreaterThanOrEqual(1);
    expect(await viewer.locator('script').count()).toBe(0);
    await viewer.close();
    expect(errors).toEqual([]);
    expect(workbench.dialogs).toEqual([]);
    expect(workbench.pageErrors).toEqual([]);
  });
});
