import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/** Undo by typed runs, per segment, and Ctrl+↑/↓ between segments (issue 27), in Chromium. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let plainId = 0;
let codedId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const area = (position: number) => row(position).locator('textarea.target');
const chipBox = (position: number) => row(position).locator('div.target');
const focusedPosition = () => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? null);
const caret = () => page.evaluate(() => (document.activeElement instanceof HTMLTextAreaElement ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null));

async function stored(documentId: number, position: number): Promise<string> {
  const { items } = (await (await admin(`/api/documents/${documentId}/segments?limit=20`)).json()) as { items: Array<{ position: number; target: string }> };
  return items.find((item) => item.position === position)?.target ?? '';
}

/** Opens a document and waits for its own rows (not the last document's, still on the page while it loads). */
async function open(documentId: number, title: string): Promise<void> {
  await page.goto(`${server.url}/#/documents/${documentId}`);
  await page.locator('.document-heading').getByText(title).waitFor();
  await row(0).waitFor();
}

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  plainId = await opened.importText('Recette', ['Laisser cuire 3 min.', 'Ajouter le sel.', 'Servir chaud.', 'Bon appétit.', 'Fin de la recette.'].join('\n\n'));
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Conseil', format: 'md', text: 'Le *conseil* siège.\n\nLe **maire** parle.\n' }),
  });
  codedId = ((await res.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

describe('undo in a segment’s text box', () => {
  it('takes back a typed word at a time with Ctrl+Z, the caret where it was, and redoes with Ctrl+Y and Ctrl+Shift+Z', async () => {
    await open(plainId, 'Recette');
    await area(0).focus();
    await page.keyboard.type('3 min');
    await page.keyboard.press('Control+z');
    // The whole word, not its last letter; the caret back after "3 ".
    expect(await area(0).inputValue()).toBe('3 ');
    expect(await caret()).toEqual([2, 2]);
    await page.keyboard.press('Control+z');
    expect(await area(0).inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    expect(await area(0).inputValue()).toBe('3 ');
    await page.keyboard.press('Control+Shift+z');
    expect(await area(0).inputValue()).toBe('3 min');
    expect(await caret()).toEqual([5, 5]);
    // Nothing more to redo: the text stays.
    await page.keyboard.press('Control+y');
    expect(await area(0).inputValue()).toBe('3 min');
  });

  it('ends a typed run at a pause of a second, and at a move of the caret', async () => {
    await page.keyboard.type(' on');
    await page.waitForTimeout(1200);
    await page.keyboard.type('ce');
    await page.keyboard.press('Control+z');
    expect(await area(0).inputValue()).toBe('3 min on');
    await page.keyboard.press('Home');
    await page.keyboard.type('About');
    await page.keyboard.press('Control+z');
    expect(await area(0).inputValue()).toBe('3 min on');
    await page.keyboard.press('Control+z');
    expect(await area(0).inputValue()).toBe('3 min ');
  });

  it('saves the undone text as any typing', async () => {
    await expect.poll(() => stored(plainId, 0), { timeout: 5000 }).toBe('3 min ');
    await expect.poll(() => row(0).getAttribute('data-save-state')).toBe('saved');
  });

  it('takes back a paste in one step', async () => {
    await area(4).focus();
    await page.keyboard.type('The end');
    // A copy of "Serve hot." from another row, pasted after the words typed.
    await area(3).fill('Serve hot.');
    await area(3).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await area(4).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(': ');
    await page.keyboard.press('Control+v');
    expect(await area(4).inputValue()).toBe('The end: Serve hot.');
    await page.keyboard.press('Control+z');
    expect(await area(4).inputValue()).toBe('The end: ');
    // Then the word typed before it, punctuation and all.
    await page.keyboard.press('Control+z');
    expect(await area(4).inputValue()).toBe('The ');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await area(4).inputValue()).toBe('The end: Serve hot.');
  });

  it('keeps each segment’s history to itself: undo after moving on never touches the segment left', async () => {
    await area(1).focus();
    await page.keyboard.type('Add salt.');
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(focusedPosition).toBe('2');
    await page.keyboard.type('Serve');
    await page.keyboard.press('Control+z');
    expect(await area(2).inputValue()).toBe('');
    // Nothing left to undo here: the segment above keeps its words.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await area(2).inputValue()).toBe('');
    expect(await area(1).inputValue()).toBe('Add salt.');
    await expect.poll(() => stored(plainId, 1), { timeout: 5000 }).toBe('Add salt.');
    // Back in the first segment, its own history is there still.
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(focusedPosition).toBe('1');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+z');
    expect(await area(1).inputValue()).toBe('Add ');
    expect(workbench.pageErrors).toEqual([]);
  });
});

describe('undo with inline codes', () => {
  it('takes back an inserted code alone, the words around it intact, and a typed word next', async () => {
    await open(codedId, 'Conseil');
    await chipBox(0).click();
    await page.keyboard.type('The council sits.');
    // Select "council" and put code 1 around it.
    await chipBox(0).evaluate((element) => {
      const range = document.createRange();
      range.setStart(element.firstChild!, 4);
      range.setEnd(element.firstChild!, 11);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('F9');
    expect(await chipBox(0).locator('.code-chip').count()).toBe(2);
    await page.keyboard.press('Control+z');
    expect(await chipBox(0).textContent()).toBe('The council sits.');
    expect(await chipBox(0).locator('.code-chip').count()).toBe(0);
    // The words selected again, as they were when F9 was pressed.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('council');
    // Redo puts the pair back with its id, chips that are one piece.
    await page.keyboard.press('Control+y');
    expect(await chipBox(0).textContent()).toBe('The 1council1 sits.');
    expect(await chipBox(0).locator('.code-chip[data-code="1"][contenteditable="false"]').count()).toBe(2);
    await expect.poll(() => stored(codedId, 0), { timeout: 5000 }).toBe('The <pc id="1">council</pc> sits.');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await chipBox(0).textContent()).toBe('The council ');
  });

  it('never breaks a pair: a chip deleted and taken back returns with its id and its partner', async () => {
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+y');
    expect(await chipBox(0).textContent()).toBe('The 1council1 sits.');
    // Delete the opening chip of the pair: the text has half a pair.
    await chipBox(0).evaluate((element) => {
      const open = element.querySelector('.code-chip[data-side="open"]')!;
      const range = document.createRange();
      range.setStartAfter(open);
      range.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Backspace');
    expect(await chipBox(0).locator('.code-chip').count()).toBe(1);
    await page.keyboard.press('Control+z');
    expect(await chipBox(0).textContent()).toBe('The 1council1 sits.');
    expect(await chipBox(0).locator('.code-chip[data-code="1"]').evaluateAll((chips) => chips.map((chip) => (chip as HTMLElement).dataset.side))).toEqual(['open', 'close']);
    await expect.poll(() => stored(codedId, 0), { timeout: 5000 }).toBe('The <pc id="1">council</pc> sits.');
  });

  it('takes back a paste in a box with codes in one step', async () => {
    await chipBox(1).click();
    await page.keyboard.type('The mayor');
    await chipBox(1).evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' speaks\nat length.');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await chipBox(1).textContent()).toBe('The mayor speaks at length.');
    await page.keyboard.press('Control+z');
    expect(await chipBox(1).textContent()).toBe('The mayor');
    await page.keyboard.press('Control+z');
    expect(await chipBox(1).textContent()).toBe('The ');
    expect(workbench.pageErrors).toEqual([]);
  });
});

describe('Ctrl+↑ and Ctrl+↓', () => {
  it('move to the previous and next segment, the focus in its English, the text left as it is', async () => {
    await open(plainId, 'Recette');
    await area(2).focus();
    const before = await Promise.all([0, 1, 2, 3, 4].map((position) => area(position).inputValue()));
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(focusedPosition).toBe('3');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await row(3).getAttribute('class')).toContain('active');
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(focusedPosition).toBe('1');
    expect(await Promise.all([0, 1, 2, 3, 4].map((position) => area(position).inputValue()))).toEqual(before);
    expect(await page.locator('.save-state').textContent()).toBe('All changes saved');
  });

  it('leave Ctrl+↑/↓ to the fields outside the rows', async () => {
    await page.locator('#filter-search').focus();
    await page.keyboard.press('Control+ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-search');
    expect(workbench.pageErrors).toEqual([]);
  });
});
