import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/** Segments with inline codes in the editor: chips that are one piece, Ctrl+I, F9, and what is saved. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: (path: string, init?: RequestInit) => Promise<Response>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const box = (position: number) => row(position).locator('div.target');

async function stored(position: number): Promise<{ target: string; status: string }> {
  const res = await admin(`/api/documents/${documentId}/segments?limit=10`);
  const { items } = (await res.json()) as { items: Array<{ position: number; target: string; status: string }> };
  return items.find((item) => item.position === position)!;
}

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Mairie',
      format: 'md',
      text: 'Le **maire** a visité [la mairie](https://ville.fr) hier[^1].\n\nUn paragraphe sans balise.\n\nLe *conseil* siège.\n\n[^1]: Note.\n',
    }),
  });
  documentId = ((await res.json()) as { id: number }).id;
  await page.goto(`${server.url}/#/documents/${documentId}`);
  await row(0).waitFor();
});

afterAll(async () => {
  await workbench?.close();
});

describe('inline codes in the editor', () => {
  it('shows the codes of the source as numbered chips with their markup in the tooltip', async () => {
    const chips = row(0).locator('.source .code-chip');
    expect(await chips.allTextContents()).toEqual(['1', '1', '2', '2', '3']);
    expect(await chips.nth(2).getAttribute('title')).toBe('Link: [');
    expect(await chips.nth(3).getAttribute('title')).toBe('Link: ](https://ville.fr)');
    expect(await chips.nth(4).getAttribute('title')).toBe('Note reference: [^1]');
    expect(await row(0).locator('.source').textContent()).toBe('Le 1maire1 a visité 2la mairie2 hier3.');
    // A plain segment keeps its plain text area.
    expect(await row(1).locator('textarea.target').count()).toBe(1);
  });

  it('copies the source with its chips (Ctrl+I) and saves the translation with its codes placed', async () => {
    await box(0).click();
    await page.keyboard.press('Control+i');
    expect(await box(0).locator('.code-chip').count()).toBe(5);
    await expect.poll(() => stored(0).then((segment) => segment.target), { timeout: 5000 }).toBe(
      'Le <pc id="1">maire</pc> a visité <pc id="2">la mairie</pc> hier<ph id="3"/>.',
    );
  });

  it('deletes a chip whole with Backspace, never half of it', async () => {
    await box(0).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Backspace'); // the full stop
    await page.keyboard.press('Backspace'); // chip 3, whole
    expect(await box(0).locator('.code-chip').count()).toBe(4);
    expect(await box(0).textContent()).toBe('Le 1maire1 a visité 2la mairie2 hier');
    await expect.poll(() => stored(0).then((segment) => segment.target), { timeout: 5000 }).toBe('Le <pc id="1">maire</pc> a visité <pc id="2">la mairie</pc> hier');
  });

  it('inserts the next missing code with F9: a pair around the selected words', async () => {
    await box(2).click();
    await page.keyboard.type('The council sits.');
    // Select "council" and wrap it in code 1.
    await box(2).evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      range.setStart(text, 4);
      range.setEnd(text, 11);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.press('F9');
    await expect.poll(() => stored(2).then((segment) => segment.target), { timeout: 5000 }).toBe('The <pc id="1">council</pc> sits.');
    await page.keyboard.press('F9');
    await page.getByText('Every code of the source is already in the translation.').waitFor();
  });

  it('types over chips without entering them, and exports the English with the markup', async () => {
    await box(0).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('The mayor visited.');
    expect(await box(0).locator('.code-chip').count()).toBe(0);
    await page.keyboard.press('F9');
    await page.keyboard.type('yesterday');
    await page.keyboard.press('Control+Enter');
    // The note reference is left out: the quality checks refuse it, and it is confirmed anyway, with a reason.
    const refusal = page.locator('.segment-row[data-position="0"] .qa-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('[data-check="inline-codes"]').first().textContent()).toContain('are not in the translation');
    await refusal.locator('.qa-reason').fill('The note is dropped in the English edition.');
    await refusal.locator('.qa-reason').press('Control+Enter');
    await expect.poll(() => stored(0), { timeout: 5000 }).toEqual(expect.objectContaining({ status: 'translated', target: 'The mayor visited.<pc id="1">yesterday</pc>' }));
    const exported = await (await admin(`/api/documents/${documentId}/export`)).text();
    expect(exported.split('\n')[0]).toBe('The mayor visited.**yesterday**[^1]');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('takes back copying the source and F9 with Ctrl+Z, chips and all, and redoes with Ctrl+Shift+Z', async () => {
    const chips = () => box(2).locator('.code-chip').count();
    await box(2).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('My draft');
    await page.keyboard.press('Control+i');
    expect(await chips()).toBe(2);
    expect(await box(2).textContent()).toBe('Le 1conseil1 siège.');
    await page.keyboard.press('Control+z');
    expect(await box(2).textContent()).toBe('My draft');
    expect(await chips()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    expect(await box(2).textContent()).toBe('Le 1conseil1 siège.');
    expect(await chips()).toBe(2);
    // The chips put back by redo are chips still: one piece, not typed into.
    expect(await box(2).locator('.code-chip').first().getAttribute('contenteditable')).toBe('false');
    await page.keyboard.press('Control+z');
    expect(await box(2).textContent()).toBe('My draft');
    await page.keyboard.press('End');
    await page.keyboard.press('F9');
    expect(await chips()).toBe(2);
    await page.keyboard.type('!');
    expect(await box(2).textContent()).toBe('My draft1!1');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await box(2).textContent()).toBe('My draft');
    await expect.poll(() => stored(2).then((segment) => segment.target), { timeout: 5000 }).toBe('My draft');
    expect(workbench.pageErrors).toEqual([]);
  });
});
