import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let dialogs: string[];
let pageErrors: string[];

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page, dialogs, pageErrors } = workbench);
});

afterAll(async () => {
  await workbench?.close();
});

const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

describe('the editor in Chromium', () => {
  it('creates the administrator on first start, then opens the demo document from the document list', async () => {
    await page.goto(server.url);
    await page.getByText('Open the one-time setup link').waitFor();
    await setUpFirstAdmin(page, server.setupUrl);
    await page.goto(server.url);
    const link = page.getByRole('link', { name: /Démo — La médiathèque/u });
    await link.waitFor();
    await link.click();
    await row(0).waitFor();
    expect(await page.locator('.segment-row').count()).toBe(17);
    expect(await row(0).locator('.source').textContent()).toBe('La médiathèque de Pontlevoy-sur-Cher rouvre ses portes après deux ans de travaux');
  });

  it('confirms a typed translation with Ctrl+Enter and jumps to the next unconfirmed segment', async () => {
    const target = row(0).locator('textarea');
    await target.click();
    await target.fill('The Pontlevoy-sur-Cher media library reopens after two years of works');
    await target.press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('1');
  });

  it('works without a DeepL key and says why no machine translation is offered', async () => {
    const panel = page.locator('.segment-panel');
    await panel.locator('#mt-state').getByText('No machine translation is configured on this server').waitFor();
    expect(await panel.locator('.suggestion[data-origin="mt"]').count()).toBe(0);
  });

  it('autosaves a draft after a pause and shows that it is saved', async () => {
    const target = row(7).locator('textarea');
    await target.click();
    await target.pressSequentially('After twenty-six months of works', { delay: 5 });
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    expect(await row(7).getAttribute('data-status')).toBe('draft');
  });

  it('copies the source with Ctrl+I and moves between segments with Alt+arrows', async () => {
    await row(2).locator('textarea').click();
    await page.keyboard.press('Control+i');
    expect(await row(2).locator('textarea').inputValue()).toBe('Publié le 12/03/2026, jeudi');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('3');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('2');
  });

  it('finds everything saved after a reload', async () => {
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
    await page.reload();
    await row(0).waitFor();
    expect(await row(0).locator('textarea').inputValue()).toBe('The Pontlevoy-sur-Cher media library reopens after two years of works');
    expect(await row(0).locator('.status-badge').textContent()).toBe('Translated');
    expect(await row(7).locator('textarea').inputValue()).toBe('After twenty-six months of works');
    expect(await row(2).getAttribute('data-status')).toBe('draft');
  });

  it("shows a colleague's change live, and both texts when it comes while the user is typing", async () => {
    const api = await signedInFetch(server.url);
    const edit = async (position: number, target: string) => {
      const id = await row(position).getAttribute('data-segment-id');
      const res = await api(`/api/segments/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target, version: 1 }) });
      expect(res.status).toBe(200);
    };
    // Not typing there: the row takes the change in place.
    await edit(8, 'Written by a colleague');
    await expect.poll(() => row(8).locator('textarea').inputValue()).toBe('Written by a colleague');
    // Typing there: both texts, nothing lost.
    const target = row(9).locator('textarea');
    await target.click();
    await target.fill('My own translation');
    await edit(9, 'Also written by a colleague');
    await row(9).locator('.conflict').waitFor({ timeout: 5000 });
    expect(await row(9).locator('.conflict .theirs').textContent()).toBe('Also written by a colleague');
    expect(await row(9).locator('.conflict .yours').textContent()).toBe('My own translation');
    expect(await page.locator('.save-state').textContent()).toBe('Version conflict: choose a version in the highlighted segment');
    await row(9).getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => row(9).getAttribute('data-save-state'), { timeout: 5000 }).toBe('saved');
    const stored = (await (await api('/api/documents/1/segments?after=8&limit=1')).json()) as { items: { target: string }[] };
    expect(stored.items[0]?.target).toBe('My own translation');
  });

  it('lists the shortcuts in a help overlay opened with ?', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Confirm the translation and go to the next unconfirmed segment');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('leaves the editor out of reach while the next view loads (no typing into a closed editor)', async () => {
    const list = (url: URL) => url.pathname === '/api/documents';
    await page.route(list, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(`${server.url}/#/`);
    // The editor is still drawn, but inert and the page busy, until the document list replaces it.
    await expect.poll(() => page.evaluate(() => document.querySelector('.segment-row textarea')?.closest('[inert]') !== null)).toBe(true);
    expect(await page.locator('main[aria-busy="true"]').count()).toBe(1);
    await page.locator('table.documents').waitFor();
    expect(await page.locator('main [inert]').count()).toBe(0);
    expect(await page.locator('main[aria-busy]').count()).toBe(0);
    await page.unroute(list);
    await page.goto(`${server.url}/#/documents/1`);
    await row(0).locator('textarea').waitFor();
  });

  it('shows the view asked for last when one asked for before it answers later', async () => {
    // The first route to ask who is signed in (the document list's) hears back a second later.
    const me = (url: URL) => url.pathname === '/api/auth/me';
    let first = true;
    let slowAnswered = () => {};
    const answered = new Promise<void>((resolve) => {
      slowAnswered = resolve;
    });
    await page.route(me, async (route) => {
      if (!first) return route.continue();
      first = false;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
      slowAnswered();
    });
    // The document list asked for, then this document again at once.
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.evaluate(() => {
      location.hash = '#/documents/1';
    });
    await answered;
    await expect.poll(() => page.locator('main[aria-busy]').count()).toBe(0);
    // Time for the list to be drawn, were it drawn over the document.
    await page.waitForTimeout(500);
    await page.unroute(me);
    expect(await page.locator('table.documents, .document-list').count()).toBe(0);
    expect(await page.locator('main [inert]').count()).toBe(0);
    await row(0).locator('textarea').click();
  });

  it('exports the English version with the confirmed translation', async () => {
    await page.locator('.toolbar .export-menu > summary').click();
    // The registry's formats by name, the document's own first.
    expect(await page.locator('.toolbar .export-menu a').first().getAttribute('data-export')).toBe('txt');
    expect(await page.locator('.toolbar .export-menu a').allTextContents()).toEqual(expect.arrayContaining(['Word (DOCX)', 'HTML', 'XLIFF 1.2 (French and English)', 'Review table (Word) (French and English)']));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="txt"]').click()]);
    expect(download.suggestedFilename()).toBe('Démo — La médiathèque de Pontlevoy-sur-Cher rouvre ses portes.en.txt');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('The Pontlevoy-sur-Cher media library reopens after two years of works\n\n')).toBe(true);
    expect(text).toContain('After twenty-six months of works');
  });

  it('switches the interface to French and remembers the choice', async () => {
    await page.locator('#language').selectOption('fr');
    await page.getByText('Source française').waitFor();
    await page.reload();
    await page.getByText('Source française').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await row(0).locator('.status-badge').textContent()).toBe('Traduit');
  });

  it('signs out, and a sign-in brings the work back', async () => {
    await page.locator('#sign-out').click();
    await page.locator('#password').waitFor();
    expect(await page.locator('.segment-row').count()).toBe(0);
    await page.locator('#username').fill('camille');
    await page.locator('#password').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Wrong username or password.').waitFor();
    await page.locator('#password').fill('un mot de passe assez long');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('#sign-out').waitFor();
  });

  it('never opened a dialog or threw a page error', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
