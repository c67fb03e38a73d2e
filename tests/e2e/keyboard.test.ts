import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/** The editor from the keyboard alone (issue 14, parts 2, 5 and 6), in Chromium. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let importText: (title: string, text: string) => Promise<number>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const focusedPosition = () => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? null);
const focusIsRow = () => page.evaluate(() => document.activeElement?.classList.contains('segment-row') ?? false);

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin, importText } = opened);
  ({ server, page } = workbench);
  documentId = await opened.importText('Clavier', Array.from({ length: 130 }, (_, i) => `Phrase numéro ${i + 1}.`).join('\n\n'));
});

afterAll(async () => {
  await workbench?.close();
});

describe('the editor from the keyboard', () => {
  it('translates and confirms ten segments without the mouse', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await expect.poll(focusedPosition).toBe('0');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.type(`Sentence number ${i + 1}.`);
      await page.keyboard.press('Control+Enter');
      await expect.poll(focusedPosition).toBe(String(i + 1));
    }
    await expect.poll(() => row(9).getAttribute('data-status')).toBe('translated');
    // The status changes are said to screen readers; each row is a labelled group.
    expect(await page.locator('#announcer').textContent()).toBe('Segment 10: Translated');
    expect(await row(9).getAttribute('aria-label')).toBe('Segment 10, Paragraph, Translated');
    // Its own confirmed rows do not say "changed by" anyone.
    expect(await page.locator('.row-changes .change-toggle').count()).toBe(0);
  });

  it('leaves the text box with Esc, moves between rows with the arrows, and goes back in with Enter', async () => {
    await page.keyboard.press('Escape');
    expect(await focusIsRow()).toBe(true);
    expect(await focusedPosition()).toBe('10');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedPosition()).toBe('8');
    expect(await focusIsRow()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await focusedPosition()).toBe('8');
  });

  it('goes to a segment by number with Ctrl+G, across pages, and opens the help with F1 from a text box', async () => {
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goto-segment');
    await page.keyboard.type('125');
    await page.keyboard.press('Enter');
    await expect.poll(focusedPosition).toBe('124');
    await page.keyboard.press('F1');
    await page.locator('.help-dialog').waitFor();
    expect(await page.locator('.help-dialog').textContent()).toContain('Go to a segment by its number');
    await page.keyboard.press('Escape');
    expect(await page.locator('.help-dialog').count()).toBe(0);
  });

  it('undoes copying the source with Ctrl+Z, giving the draft back', async () => {
    const box = row(124).locator('textarea');
    await box.focus();
    await page.keyboard.type('My draft');
    await page.keyboard.press('Control+i');
    expect(await box.inputValue()).toBe('Phrase numéro 125.');
    await page.keyboard.press('Control+z');
    expect(await box.inputValue()).toBe('My draft');
    await page.keyboard.press('Control+Shift+z');
    expect(await box.inputValue()).toBe('Phrase numéro 125.');
  });

  it('a refused confirmation of an empty target leaves nothing unsaved', async () => {
    const box = row(125).locator('textarea');
    await box.focus();
    await page.keyboard.press('Control+Enter');
    await row(125).locator('.row-message .error').waitFor();
    expect(await row(125).getAttribute('data-save-state')).toBe('saved');
    // (The draft of the row above is saved by then too.)
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    // Leaving asks nothing.
    await page.goto(`${server.url}/#/`);
    await page.locator('#nav-projects').waitFor();
    expect(workbench.dialogs).toEqual([]);
  });

  it('sends a rejection reason with Ctrl+Enter instead of confirming the segment', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await row(0).locator('[data-action="reject"]').click();
    await page.locator('.reject-reason').fill('Say "sentence" with a capital.');
    await page.locator('.reject-reason').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('rejected');
    const comments = (await (await admin(`/api/segments/${await row(0).getAttribute('data-segment-id')}/comments`)).json()) as { items: Array<{ body: string }> };
    expect(comments.items.map((thread) => thread.body)).toEqual(['Say "sentence" with a capital.']);
    expect(workbench.pageErrors).toEqual([]);
  });

  it('shows a change of status as such in the history, and compares with the last different text', async () => {
    // The actions are in the active row's toolbar.
    await row(1).locator('textarea').focus();
    await row(1).locator('[data-action="approve"]').click();
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('approved');
    // Approving moved on to the next segment: back to this one, its history from the toolbar.
    await row(1).locator('textarea').focus();
    await row(1).locator('[data-action="history"]').click();
    await page.locator('.revisions li').first().waitFor();
    expect(await page.locator('.revisions li').first().locator('.revision-text').textContent()).toBe('Status: Translated → Approved');
    // The default comparison is with the empty text before the translation, not with the approval.
    await expect.poll(() => page.locator('.panel-diff ins').allTextContents()).toEqual(['Sentence number 2.']);
  });

  it('reviews ten segments without the mouse: Ctrl+Shift+Enter approves and moves on, Alt+R rejects with a reason', async () => {
    const id = await importText('Relecture', Array.from({ length: 12 }, (_, i) => `Phrase à relire ${i + 1}.`).join('\n\n'));
    const listed = ((await (await admin(`/api/documents/${id}/segments?limit=20`)).json()) as { items: Array<{ id: number; version: number; position: number }> }).items;
    for (const segment of listed) {
      const res = await admin(`/api/segments/${segment.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: `Sentence to review ${segment.position + 1}.`, status: 'translated', version: segment.version }) });
      expect(res.status).toBe(200);
    }
    await page.goto(`${server.url}/#/documents/${id}`);
    // This document's editor, not the last one's still on the page while it loads.
    await page.locator('.document-heading').getByText('Relecture').waitFor();
    await expect.poll(focusedPosition).toBe('0');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Control+Shift+Enter');
      await expect.poll(focusedPosition).toBe(String(i + 1));
    }
    await page.keyboard.press('Alt+r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('reject-reason') ?? false)).toBe(true);
    await page.keyboard.type('"Review" is the word here.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row(10).getAttribute('data-status')).toBe('rejected');
    const stored = ((await (await admin(`/api/documents/${id}/segments?limit=20`)).json()) as { items: Array<{ status: string }> }).items.map((segment) => segment.status);
    expect(stored).toEqual([...Array<string>(10).fill('approved'), 'rejected', 'translated']);
    expect(workbench.pageErrors).toEqual([]);
  });
});
