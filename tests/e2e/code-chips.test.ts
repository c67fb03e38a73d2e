import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { axeViolations } from '../helpers/axe';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/**
 * Chips a translator can handle (issue 27, item 2): drawn ⟨1 and 1⟩ and named for screen readers,
 * cut, copied and pasted with their identity, moved by dragging, a half-deleted pair marked and
 * never saved half, the missing codes listed under the box and placed with a click or F9, and the
 * French's chips saying which codes are still to place.
 */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: (path: string, init?: RequestInit) => Promise<Response>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const box = (position: number) => row(position).locator('div.target');

async function stored(position: number): Promise<{ target: string; status: string }> {
  const res = await admin(`/api/documents/${documentId}/segments?limit=20`);
  const { items } = (await res.json()) as { items: Array<{ position: number; target: string; status: string }> };
  return items.find((item) => item.position === position)!;
}

/** Puts the target's markup in the box as the API would have it (through the page, as a reload would). */
async function fill(position: number, text: string): Promise<void> {
  await box(position).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+i');
  await expect.poll(() => box(position).locator('.code-chip').count()).toBeGreaterThan(0);
  if (text !== '') await box(position).evaluate((element, words) => element.append(document.createTextNode(words)), text);
}

/** Selects from a character of the box's text to another, counting chips as nothing (they have no text of their own for this). */
async function selectBetween(position: number, from: { node: number; offset: number } | 'start', to: { node: number; offset: number } | 'end'): Promise<void> {
  await box(position).evaluate(
    (element, [start, end]) => {
      const range = document.createRange();
      if (start === 'start') range.setStart(element, 0);
      else range.setStart(element.childNodes[start.node]!, start.offset);
      if (end === 'end') range.setEnd(element, element.childNodes.length);
      else range.setEnd(element.childNodes[end.node]!, end.offset);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    },
    [from, to] as const,
  );
}

/** Puts the caret at the end of a box. */
async function caretAtEnd(position: number): Promise<void> {
  await box(position).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

/** The sides of the box's chips in order, as `open:1`. */
const chipOrder = (position: number) => box(position).locator('.code-chip').evaluateAll((chips) => chips.map((chip) => `${(chip as HTMLElement).dataset.side}:${(chip as HTMLElement).dataset.code}`));

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Chips',
      format: 'md',
      text: 'Le **maire** a visité [la mairie](https://ville.fr) hier[^1].\n\nLe *conseil* siège **ce soir**.\n\nLa **presse** est là.\n\nUne *phrase* de plus.\n\n[^1]: Note.\n',
    }),
  });
  documentId = ((await res.json()) as { id: number }).id;
  await page.goto(`${server.url}/#/documents/${documentId}`);
  await row(0).waitFor();
});

afterAll(async () => {
  await workbench?.close();
});

describe('chips a translator can handle', () => {
  it('draws an opening ⟨1 and a closing 1⟩, and names each side for screen readers', async () => {
    const chips = row(0).locator('.source .code-chip');
    const drawn = await chips.evaluateAll((nodes) => nodes.map((node) => `${getComputedStyle(node, '::before').content}|${node.textContent}|${getComputedStyle(node, '::after').content}`));
    expect(drawn).toEqual(['"⟨"|1|none', 'none|1|"⟩"', '"⟨"|2|none', 'none|2|"⟩"', 'none|3|none']);
    expect(await chips.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')))).toEqual([
      'Start of bold 1',
      'End of bold 1',
      'Start of link 2',
      'End of link 2',
      'Note reference 3',
    ]);
  });

  it('marks in the French the codes the English has still to place, as they are placed', async () => {
    const toPlace = () => row(1).locator('.source .code-chip.to-place').count();
    expect(await toPlace()).toBe(4);
    await box(1).click();
    await page.keyboard.type('The council sits ');
    // Nothing placed yet: listed under the box of the active row.
    const gaps = row(1).locator('.code-gaps');
    await gaps.waitFor();
    expect(await gaps.locator('button').allTextContents()).toEqual(['⟨1 1⟩', '⟨2 2⟩']);
    expect(await gaps.locator('button').first().getAttribute('aria-label')).toBe('Place Italic 1');
    await page.keyboard.press('F9');
    await page.keyboard.type('x');
    await page.keyboard.press('End');
    expect(await toPlace()).toBe(2);
    // A click on the listed code places it where the caret was.
    await gaps.locator('button[data-code="2"]').click();
    await page.keyboard.type('tonight');
    expect(await toPlace()).toBe(0);
    expect(await gaps.isHidden()).toBe(true);
    await expect.poll(() => stored(1).then((segment) => segment.target), { timeout: 5000 }).toBe('The council sits <pc id="1">x</pc><pc id="2">tonight</pc>');
  });

  it('marks a half-deleted pair, lists its missing side, never saves half of it, and places the side with a click', async () => {
    await fill(2, '');
    await expect.poll(() => stored(2).then((segment) => segment.target), { timeout: 5000 }).toBe('La <pc id="1">presse</pc> est là.');
    // Caret right after the closing chip, then Backspace: that side goes, the opening stays.
    await box(2).evaluate((element) => {
      const close = element.querySelector('.code-chip[data-side="close"]')!;
      const range = document.createRange();
      range.setStartAfter(close);
      range.collapse(true);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.press('Backspace');
    expect(await chipOrder(2)).toEqual(['open:1']);
    const open = box(2).locator('.code-chip.incomplete');
    expect(await open.getAttribute('aria-label')).toBe('Start of bold 1 (its other side is missing)');
    const gaps = row(2).locator('.code-gaps.has-halves');
    await gaps.waitFor();
    expect(await gaps.locator('button').allTextContents()).toEqual(['1⟩']);
    await row(2).locator('.row-message').getByText('Start of bold 1 has lost its end').waitFor();
    // Confirming does not store half a pair.
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(600);
    expect(await stored(2)).toEqual(expect.objectContaining({ target: 'La <pc id="1">presse</pc> est là.', status: 'draft' }));
    await row(2).locator('.row-message').getByText('has lost its end').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The listed side goes where the caret is: after "presse".
    await box(2).evaluate((element) => {
      const text = Array.from(element.childNodes).find((node) => node.textContent?.startsWith('presse'))!;
      const range = document.createRange();
      range.setStart(text, 'presse'.length);
      range.collapse(true);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    });
    await gaps.locator('button').click();
    expect(await chipOrder(2)).toEqual(['open:1', 'close:1']);
    expect(await box(2).locator('.code-chip.incomplete').count()).toBe(0);
    await expect.poll(() => stored(2).then((segment) => segment.target), { timeout: 5000 }).toBe('La <pc id="1">presse</pc> est là.');
  });

  it('places the missing side of a half pair with F9 before any absent code', async () => {
    await box(2).click();
    await page.keyboard.press('Control+End');
    await box(2).evaluate((element) => {
      element.querySelector('.code-chip[data-side="open"]')!.remove();
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    });
    expect(await row(2).locator('.code-gaps.has-halves button').allTextContents()).toEqual(['⟨1']);
    await box(2).evaluate((element) => {
      const range = document.createRange();
      range.setStart(element.firstChild!, 3);
      range.collapse(true);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.press('F9');
    expect(await chipOrder(2)).toEqual(['open:1', 'close:1']);
    await expect.poll(() => stored(2).then((segment) => segment.target), { timeout: 5000 }).toBe('La <pc id="1">presse</pc> est là.');
  });

  it('cuts chips with their words and pastes them back as the same codes, Ctrl+Z taking the paste back', async () => {
    await fill(0, '');
    await expect.poll(() => stored(0).then((segment) => segment.target), { timeout: 5000 }).toBe('Le <pc id="1">maire</pc> a visité <pc id="2">la mairie</pc> hier<ph id="3"/>.');
    // Select "⟨1maire1⟩ " (nodes: "Le ", chip, "maire", chip, " a visité ", …).
    await selectBetween(0, { node: 0, offset: 3 }, { node: 4, offset: 1 });
    await page.keyboard.press('Control+x');
    expect(await chipOrder(0)).toEqual(['open:2', 'close:2', 'standalone:3']);
    // Paste at the end of the box.
    await caretAtEnd(0);
    await page.keyboard.press('Control+v');
    expect(await chipOrder(0)).toEqual(['open:2', 'close:2', 'standalone:3', 'open:1', 'close:1']);
    await expect.poll(() => stored(0).then((segment) => segment.target), { timeout: 5000 }).toBe('Le a visité <pc id="2">la mairie</pc> hier<ph id="3"/>.<pc id="1">maire</pc> ');
    await page.keyboard.press('Control+z');
    expect(await chipOrder(0)).toEqual(['open:2', 'close:2', 'standalone:3']);
    await page.keyboard.press('Control+Shift+z');
    expect(await chipOrder(0)).toEqual(['open:2', 'close:2', 'standalone:3', 'open:1', 'close:1']);
  });

  it('pastes a copy of chips already in the box as words only, never a second code 1', async () => {
    await selectBetween(0, 'start', 'end');
    await page.keyboard.press('Control+c');
    await caretAtEnd(0);
    await page.keyboard.press('Control+v');
    expect(await chipOrder(0)).toEqual(['open:2', 'close:2', 'standalone:3', 'open:1', 'close:1']);
    expect(await box(0).textContent()).toBe('Le a visité 2la mairie2 hier3.1maire1 Le a visité la mairie hier.maire ');
    expect(await row(0).locator('.row-message .error').count()).toBe(0);
  });

  it('pastes chips into another segment with the same codes as themselves, and text only where the codes differ', async () => {
    // Segment 3 has one italic code like segment 1's code 1.
    await box(1).evaluate((element) => {
      const open = element.querySelector('.code-chip[data-code="1"][data-side="open"]')!;
      const close = element.querySelector('.code-chip[data-code="1"][data-side="close"]')!;
      const range = document.createRange();
      range.setStartBefore(open);
      range.setEndAfter(close);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await box(1).focus();
    await page.keyboard.press('Control+c');
    await box(3).click();
    await page.keyboard.type('One more ');
    await page.keyboard.press('Control+v');
    expect(await chipOrder(3)).toEqual(['open:1', 'close:1']);
    await expect.poll(() => stored(3).then((segment) => segment.target), { timeout: 5000 }).toBe('One more <pc id="1">x</pc>');
    // Segment 2's code 1 is bold, not italic: the words come, the chips do not.
    await box(2).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+v');
    expect(await chipOrder(2)).toEqual(['open:1', 'close:1']);
    expect(await box(2).textContent()).toBe('La 1presse1 est là.x');
  });

  it('moves a chip by dragging it, as one step Ctrl+Z takes back', async () => {
    await fill(3, '');
    await box(3).evaluate((element) => {
      element.replaceChildren();
    });
    await box(3).click();
    await page.keyboard.type('One more sentence');
    await page.keyboard.press('Home');
    await page.keyboard.press('F9');
    // ⟨1 1⟩ at the start; drag the closing chip to after "One".
    expect(await chipOrder(3)).toEqual(['open:1', 'close:1']);
    const close = box(3).locator('.code-chip[data-side="close"]');
    const closeBox = (await close.boundingBox())!;
    const target = await box(3).evaluate((element) => {
      const text = Array.from(element.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('One'))!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('One') + 3;
      range.setStart(text, at - 1);
      range.setEnd(text, at);
      const rect = range.getBoundingClientRect();
      return { x: rect.right - 1, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(closeBox.x + closeBox.width / 2, closeBox.y + closeBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x - 10, target.y, { steps: 4 });
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => stored(3).then((segment) => segment.target), { timeout: 5000 }).toBe('<pc id="1">One</pc> more sentence');
    await box(3).focus();
    await page.keyboard.press('Control+z');
    expect(await box(3).evaluate((element) => (element as HTMLElement).innerText)).toMatch(/^1\s*1One more sentence$/u);
    expect(workbench.pageErrors).toEqual([]);
  });
});
