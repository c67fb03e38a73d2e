import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, signInAs as signIn, type Workbench } from '../helpers/browser';

/**
 * Review carries QA overrides through (issue 27, item 3): the translator's reason to confirm over
 * QA errors on the row and in the history, a reviewer's one-key approval over it, where the focus
 * goes after a rejection, and what approving says when the next segment is not confirmed.
 */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const password = 'un mot de passe assez long';
const wrongDay = 'The French article has the wrong day; checked with the desk.';

const post = (body: unknown, method = 'POST') => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const focusedPosition = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('.segment-row')?.dataset.position ?? document.activeElement?.tagName ?? null);

/** The API as one of the project's members (a session of their own). */
async function fetchAs(username: string): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(res.status).toBe(204);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    headers.set('origin', server.url);
    return fetch(`${server.url}${path}`, { ...init, headers });
  };
}

const signInAs = (username: string) => signIn(page, server.url, username, password);

async function openDocument(): Promise<void> {
  await page.goto(`${server.url}/#/documents/${documentId}`);
  await row(0).waitFor();
  await expect.poll(focusedPosition).toBe('0');
}

async function history(position: number): Promise<Array<{ author: string; newStatus: string; qaOverride: { reason: string } | null }>> {
  const id = await row(position).getAttribute('data-segment-id');
  return ((await (await admin(`/api/segments/${id}/revisions`)).json()) as { items: Array<{ author: string; newStatus: string; qaOverride: { reason: string } | null }> }).items;
}

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const project = (await (await admin('/api/projects', post({ name: 'Conseil municipal' }))).json()) as { id: number };
  for (const [username, role] of [
    ['sacha', 'translator'],
    ['renee', 'reviewer'],
  ]) {
    expect((await admin('/api/admin/users', post({ username, password }))).status).toBe(201);
    expect((await admin(`/api/projects/${project.id}/members`, post({ username, role }))).status).toBe(201);
  }
  const french = [
    'Le maire a parlé mercredi.',
    'Le conseil a voté mercredi.',
    'Le budget est adopté.',
    'La presse est présente.',
    'Le public applaudit.',
    'La séance est suspendue.',
    'La séance est levée.',
  ];
  const imported = await admin('/api/documents', post({ title: 'Séance', text: `${french.join('\n\n')}\n`, projectId: project.id }));
  documentId = ((await imported.json()) as { id: number }).id;
  // Segment 1 is translated by the browser (the first test); the others through the API, as sacha.
  const sacha = await fetchAs('sacha');
  const segments = ((await (await admin(`/api/documents/${documentId}/segments?limit=20`)).json()) as { items: Array<{ id: number }> }).items;
  const save = async (index: number, body: object) => expect((await sacha(`/api/segments/${segments[index]!.id}`, post({ version: 1, ...body }, 'PATCH'))).status).toBe(200);
  await save(1, { target: 'The council voted on Tuesday.', status: 'translated', qaOverride: { reason: 'The minutes say Tuesday.' } });
  await save(2, { target: 'The budget is adopted.', status: 'translated' });
  await save(3, { target: 'The press is' });
  await save(4, { target: 'The audience applauds.', status: 'translated' });
  await save(6, { target: 'The meeting is closed.', status: 'translated' });
});

afterAll(async () => {
  await workbench?.close();
});

describe('QA overrides in review, in Chromium', () => {
  it('the translator confirms over a QA error with a reason, and the row is marked at once', async () => {
    await signInAs('sacha');
    await openDocument();
    await row(0).locator('textarea').fill('The mayor spoke on Tuesday.');
    await row(0).locator('textarea').press('Control+Enter');
    await row(0).locator('.qa-refusal .qa-reason').fill(wrongDay);
    await row(0).locator('[data-action="qa-override"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await row(0).locator('.qa-override-button').waitFor();
  });

  it('shows the reviewer the mark, its reason on hover and on keyboard focus, and the history', async () => {
    await signInAs('renee');
    await openDocument();
    const mark = row(0).locator('.qa-override-button');
    // A visible mark, named in words; the reason is its description.
    expect(await mark.isVisible()).toBe(true);
    expect(await row(0).getByRole('button', { name: 'Confirmed over QA errors', exact: true }).count()).toBe(1);
    const tipId = await mark.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.textContent()).toContain(`Confirmed over QA errors (Weekdays) by sacha: “${wrongDay}”`);
    expect(await tip.isVisible()).toBe(false);
    await mark.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Focused from the keyboard: the reason shows; Esc hides it, and the focus stays.
    await mark.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('qa-override-button'))).toBe(true);
    // The mark opens the history, where the override is: who, when, why.
    await mark.click();
    const override = page.locator('.segment-panel .revisions li .revision-override').first();
    await override.waitFor();
    expect(await override.textContent()).toBe(`Confirmed over QA errors (Weekdays) by sacha: “${wrongDay}”`);
    expect(await page.locator('.segment-panel .revisions li').filter({ has: page.locator('.revision-override') }).first().locator('.revision-meta').textContent()).toContain('sacha');
    // A segment confirmed without errors has no mark.
    expect(await row(2).locator('.qa-override-button').count()).toBe(0);
  });

  it('approves an overridden segment with one key, the translator\'s reason in sight, and moves to the next to review', async () => {
    await row(0).locator('textarea').focus();
    const note = row(0).locator('.override-review');
    await note.waitFor();
    expect(await note.textContent()).toContain(wrongDay);
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('approved');
    await expect.poll(focusedPosition).toBe('1');
    expect(await note.count()).toBe(0);
    const [approval] = await history(0);
    expect(approval).toMatchObject({ author: 'renee', newStatus: 'approved', qaOverride: null });
    // Still marked: the approval rests on the translator's reason.
    expect(await row(0).locator('.qa-override-button').count()).toBe(1);
  });

  it('records the reviewer\'s own reason when they give one, the same key in its box approving', async () => {
    const reason = row(1).locator('.override-review-reason');
    await reason.waitFor();
    expect(await row(1).locator('.override-review').textContent()).toContain('The minutes say Tuesday.');
    await reason.fill('Checked against the minutes.');
    await reason.press('Control+Shift+Enter');
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('approved');
    const [approval] = await history(1);
    expect(approval).toMatchObject({ author: 'renee', newStatus: 'approved', qaOverride: { reason: 'Checked against the minutes.' } });
    await expect.poll(focusedPosition).toBe('2');
  });

  it('after a rejection is sent, the focus goes to the next segment to review, past a draft it names', async () => {
    await page.keyboard.press('Alt+r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('reject-reason') ?? false)).toBe(true);
    await page.keyboard.type('Say "passed", as the minutes do.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row(2).getAttribute('data-status')).toBe('rejected');
    await expect.poll(focusedPosition).toBe('4');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('target'))).toBe(true);
    expect(await page.locator('.job-holder + .notice').textContent()).toBe('Segment 4 is not confirmed (Draft): skipped. On to segment 5, the next awaiting review.');
  });

  it('approving says so when the next segment is not confirmed, then goes to the next awaiting review', async () => {
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => row(4).getAttribute('data-status')).toBe('approved');
    await expect.poll(() => page.locator('.job-holder + .notice').textContent()).toBe('Segment 6 is not confirmed (New): skipped. On to segment 7, the next awaiting review.');
    await expect.poll(focusedPosition).toBe('6');
    // The last one: nothing left to review, and the focus stays.
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => row(6).getAttribute('data-status')).toBe('approved');
    await expect.poll(() => page.locator('.job-holder + .notice').textContent()).toBe('No segment after this one awaits review.');
    expect(await focusedPosition()).toBe('6');
    expect(workbench.pageErrors).toEqual([]);
  });
});
