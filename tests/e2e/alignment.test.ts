import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/** The alignment view in Chromium: an English version aligned, corrected with the keyboard and the mouse, accepted (issue 12, part 2). */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;

const french = 'Le maire de Pontlevoy a parlé mardi.\n\nLe budget atteint 3,2 millions d’euros.\n\nIl sera voté le 12 juin.\n\nLa séance est levée à 22 h 30.\n\nPhoto : Jean Durand\n';
const english = 'The mayor of Pontlevoy spoke on Tuesday.\n\nThe budget reaches €3.2 million.\n\nThe meeting closed at 10:30 p.m.\n\nEditor’s note: figures updated on Wednesday.\n\nPhoto: Jean Durand\n';

const rows = () => page.locator('.align-link');
const row = (index: number) => page.locator(`.align-link[data-index="${index}"]`);
/** Each link as [French segment numbers, English paragraph numbers]. */
const shape = () =>
  page.locator('.align-link').evaluateAll((items) =>
    items.map((item) => [
      [...item.querySelectorAll('.align-fr .align-number')].map((n) => n.textContent).join(','),
      [...item.querySelectorAll('.align-en .align-number')].map((n) => n.textContent).join(','),
    ]),
  );

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await page.setViewportSize({ width: 1440, height: 900 });
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const imported = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Séance', text: french }) });
  documentId = ((await imported.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

describe('the alignment view', () => {
  it('aligns an English file chosen from the editor and shows each link with its confidence', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('.tools-menu > summary').click();
    await page.locator('#open-alignment').click();
    await page.locator('#align-file').setInputFiles({ name: 'seance.en.txt', mimeType: 'text/plain', buffer: Buffer.from(english) });
    await page.locator('#align-start').click();
    await row(0).waitFor();
    // The English merged nothing but left the vote out and added a note.
    expect(await shape()).toEqual([
      ['1', 'E1'],
      ['2', 'E2'],
      ['3', ''],
      ['4', 'E3'],
      ['', 'E4'],
      ['5', 'E5'],
    ]);
    expect(await row(2).getAttribute('data-kind')).toBe('french-only');
    expect(await row(4).getAttribute('data-kind')).toBe('english-only');
    expect(await row(0).locator('.align-score').textContent()).toMatch(/^\d+ %$/u);
    await expect.poll(() => page.locator('#align-summary').textContent()).toContain('unaligned: 1 French, 1 English');
  });

  it('merges, shifts and undoes with the keyboard, and keeps the corrections across a reload', async () => {
    // Its keys are in the help (?), and do nothing while the help is open.
    await row(1).click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.locator('#alignment-shortcuts').textContent()).toContain('Merge the link with the next one');
    await page.keyboard.press('m');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await rows().count()).toBe(6);
    // The vote belongs with the budget: merge the budget link with the vote (a 2-1).
    await row(1).click();
    await page.keyboard.press('m');
    expect(await shape()).toEqual([
      ['1', 'E1'],
      ['2,3', 'E2'],
      ['4', 'E3'],
      ['', 'E4'],
      ['5', 'E5'],
    ]);
    expect(await row(1).locator('.align-score').textContent()).toBe('by hand');
    // The note: moved up onto the meeting (Alt+↑ from its own row), then back down.
    await row(3).click();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await shape()).toEqual([
      ['1', 'E1'],
      ['2,3', 'E2'],
      ['4', 'E3,E4'],
      ['5', 'E5'],
    ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await shape()).toEqual([
      ['1', 'E1'],
      ['2,3', 'E2'],
      ['4', 'E3'],
      ['5', 'E4,E5'],
    ]);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect((await shape())[3]).toEqual(['', 'E4']);
    // Nothing to merge after the last link: said, nothing changes.
    await row(4).click();
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('#align-status').textContent()).toContain('Not possible here');
    // Every correction was saved: a reload shows the same links.
    await expect.poll(async () => ((await (await admin(`/api/documents/${documentId}/alignment`)).json()) as { links: unknown[] }).links.length).toBe(5);
    await page.reload();
    await row(0).waitFor();
    expect(await shape()).toEqual([
      ['1', 'E1'],
      ['2,3', 'E2'],
      ['4', 'E3'],
      ['', 'E4'],
      ['5', 'E5'],
    ]);
  });

  it('splits with the mouse, accepts with Ctrl+Enter, and shows what is left over', async () => {
    await row(1).click();
    await page.locator('#align-split').click();
    expect((await shape()).slice(1, 3)).toEqual([
      ['2', 'E2'],
      ['3', ''],
    ]);
    expect(await rows().count()).toBe(6);
    await page.keyboard.press('Control+Enter');
    await page.locator('#align-result').waitFor();
    expect(await page.locator('#align-status').textContent()).toContain('4 segments filled as translated');
    expect(await page.locator('.align-leftover li').allTextContents()).toEqual(['Editor’s note: figures updated on Wednesday.']);
    await page.locator('#align-to-editor').click();
    await page.locator('.segment-row[data-position="0"]').waitFor();
    const statuses = await page.locator('.segment-row').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toEqual(['translated', 'translated', 'new', 'translated', 'translated']);
    const segments = (await (await admin(`/api/documents/${documentId}/segments`)).json()) as { items: Array<{ id: number; target: string }> };
    expect(segments.items[1]!.target).toBe('The budget reaches €3.2 million.');
    const history = (await (await admin(`/api/segments/${segments.items[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string }> };
    expect(history.items[0]!.origin).toBe('alignment');
    expect(workbench.pageErrors).toEqual([]);
  });
});
