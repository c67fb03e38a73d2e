import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { editorKeymap } from '../../src/ui/editor/keymap';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';
import { sampleArticlePath } from '../helpers/sample';

/** A dense editor, its one segment toolbar, the side panel as a drawer, and the panels' shortcuts (issue 14, parts 1 and 2), in Chromium. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let articleId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
const focusedPosition = () => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? null);

/** Rows wholly inside the window. */
const rowsInView = () =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.segment-row')].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
const height = (selector: string) => page.evaluate((css) => document.querySelector(css)?.getBoundingClientRect().height ?? 0, selector);

async function openArticle(width: number, language: 'en' | 'fr' = 'en'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((lng) => localStorage.setItem('visavis-lang', lng), language);
  await page.goto(`${server.url}/#/documents/${articleId}`);
  await page.reload();
  await expect.poll(focusedPosition).toBe('0');
}

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  articleId = await opened.importText('Chine-Russie', readFileSync(sampleArticlePath(), 'utf8'));
});

afterAll(async () => {
  await workbench?.close();
});

describe('the dense editor', () => {
  it('shows at least twelve rows of the sample article at 1440×900, with one toolbar for the active segment', async () => {
    await openArticle(1440);
    expect(await rowsInView()).toBeGreaterThanOrEqual(12);
    expect(await height('.editor-header')).toBeLessThan(80);
    // One set of actions, in the active row; the other rows have none.
    expect(await page.locator('.segment-toolbar').count()).toBe(1);
    expect(await page.locator('[data-action="confirm"]').count()).toBe(1);
    expect(await row(0).locator('.segment-toolbar [data-action="confirm"]').count()).toBe(1);
    await row(3).locator('textarea').click();
    expect(await row(3).locator('.segment-toolbar').count()).toBe(1);
    expect(await row(0).locator('.segment-toolbar').count()).toBe(0);
    expect(await row(3).locator('[data-action="confirm"]').getAttribute('title')).toBe('Ctrl+Enter');
    // Each row: number, kind, status; the panel is a drawer here, closed.
    expect(await row(3).locator('.segment-number').textContent()).toBe('4');
    expect(await row(3).locator('.kind').textContent()).toBe('Metadata');
    expect(await row(3).locator('.status-badge').textContent()).toBe('New');
    expect(await page.locator('.segment-panel').isVisible()).toBe(false);
  });

  it('starts the English box at the height of the French and grows it with the text; counts characters and the ratio', async () => {
    const paragraph = row(9);
    await paragraph.locator('textarea').click();
    const sourceHeight = await paragraph.locator('.source').evaluate((element) => element.getBoundingClientRect().height);
    const before = await paragraph.locator('textarea').evaluate((element) => element.getBoundingClientRect().height);
    expect(before).toBeGreaterThanOrEqual(sourceHeight - 2);
    expect(await paragraph.locator('.char-count').textContent()).toBe('58 words · 0/361 characters (0 %)');
    const long = 'Xi stressed that relations between China and Russia were entering a new phase of development. '.repeat(6);
    await paragraph.locator('textarea').fill(long);
    await expect.poll(() => paragraph.locator('.char-count').textContent()).toBe(`58 words · ${long.length}/361 characters (${Math.round((long.length / 361) * 100)} %)`);
    // Far over the source's length: marked.
    expect(await paragraph.locator('.char-count').getAttribute('class')).toContain('off-ratio');
    const after = await paragraph.locator('textarea').evaluate((element) => element.getBoundingClientRect().height);
    expect(after).toBeGreaterThan(before + 20);
    // No scroll bar inside the box: it shows all its text.
    expect(await paragraph.locator('textarea').evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    await paragraph.locator('textarea').fill('');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
  });

  it('fits 800 px in French: no horizontal scrolling, a header under 100 px, and the panel as a drawer', async () => {
    await openArticle(800, 'fr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // The toolbar wraps onto a second line rather than squeeze the search box under 120 px (issue 27: tests/e2e/small-fixes.test.ts).
    expect(await height('.editor-header')).toBeLessThan(100);
    const tops = await page.locator('.editor-header .toolbar > *:not([hidden])').evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(40);
    // Nothing runs out of its column in a row.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.segment-row > *')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.className),
    );
    expect(overflowing).toEqual([]);
    expect(await page.locator('.segment-panel').isVisible()).toBe(false);
    await page.keyboard.press('Alt+h');
    const panel = page.locator('.segment-panel');
    await panel.locator('.revisions, .panel-diff').first().waitFor();
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    // Over the rows, within the window.
    await expect.poll(async () => {
      const box = await panel.boundingBox();
      return box ? box.x + box.width : Infinity;
    }).toBeLessThanOrEqual(800);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await focusedPosition()).toBe('0');
    // The drawer's × closes it too.
    await page.locator('.segment-toolbar [data-action="comments"]').click();
    await panel.locator('.comment-body').waitFor();
    await panel.locator('.panel-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
  });
});

describe('the side panel pinned beside the rows', () => {
  it('keeps the panel beside the rows at 1440 px once pinned, in this browser, until unpinned', async () => {
    await openArticle(1440);
    const panel = page.locator('.segment-panel');
    await page.keyboard.press('Alt+s');
    await panel.locator('.panel-pin').waitFor();
    expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await panel.locator('.panel-pin').click();
    expect(await panel.locator('.panel-pin').getAttribute('aria-pressed')).toBe('true');
    // Beside the rows, not over them, and nothing scrolls sideways.
    const besides = () =>
      page.evaluate(() => {
        const rows = document.querySelector('.editor-main')!.getBoundingClientRect();
        const side = document.querySelector('.segment-panel')!.getBoundingClientRect();
        return getComputedStyle(document.querySelector('.segment-panel')!).position === 'sticky' && rows.right <= side.left && side.right <= window.innerWidth && document.documentElement.scrollWidth <= document.documentElement.clientWidth;
      });
    await expect.poll(besides).toBe(true);
    // Esc goes back to the segment and leaves the panel where it is; it follows the focus.
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('0');
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Segment 2');
    // Still pinned after a reload (back on segment 2, from the address); still a drawer, closed, in a narrow window.
    await page.reload();
    await expect.poll(focusedPosition).toBe('1');
    await expect.poll(besides).toBe(true);
    await page.setViewportSize({ width: 800, height: 900 });
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.keyboard.press('Alt+h');
    await expect.poll(() => panel.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(await panel.locator('.panel-pin').isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    // Back at 1440: pinned still; its × unpins it, and the drawer is closed.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(besides).toBe(true);
    await panel.locator('.panel-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('visavis-panel-pinned'))).toBeNull();
    // At 1,600 px it sits beside the rows anyway: no pin to press.
    await page.setViewportSize({ width: 1600, height: 900 });
    expect(await panel.locator('.panel-pin').isVisible()).toBe(false);
  });
});

describe('the panels from the keyboard', () => {
  it('opens suggestions, history and comments with Alt+S, Alt+H and Alt+C, the focus in the panel, and Esc back to the segment', async () => {
    await openArticle(1440);
    await row(2).locator('textarea').click();
    const panel = page.locator('.segment-panel');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('comment-body') ?? false)).toBe(true);
    expect(await panel.locator('h2').textContent()).toBe('Segment 3');
    expect(await panel.locator('[aria-selected="true"]').textContent()).toBe('Comments');
    await page.keyboard.type('Is "AA" an agency?');
    await page.keyboard.press('Control+Enter');
    await panel.getByText('Is "AA" an agency?').waitFor();
    await expect.poll(() => row(2).locator('.comments-count').textContent()).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('2');
    await page.keyboard.press('Alt+s');
    await expect.poll(() => panel.locator('[aria-selected="true"]').textContent()).toBe('Suggestions');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+h');
    await expect.poll(() => panel.locator('[aria-selected="true"]').textContent()).toBe('History');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('2');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  });

  it('searches the memory for the selected French with Ctrl+K', async () => {
    const res = await admin(`/api/documents/${articleId}/segments?offset=0&limit=1`);
    const first = ((await res.json()) as { items: Array<{ id: number; version: number }> }).items[0];
    const confirmed = await admin(`/api/segments/${first?.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ target: 'China-Russia: Xi Jinping wants an ambitious bilateral plan', status: 'translated', version: first?.version }),
    });
    expect(confirmed.status).toBe(200);
    await openArticle(1440);
    await row(4).locator('textarea').click();
    // "Xi Jinping" selected in the French of segment 5, then Ctrl+K.
    await row(4).locator('.source').evaluate((source) => {
      const text = source.firstChild as Text;
      const start = (text.textContent ?? '').indexOf('Xi Jinping');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Xi Jinping'.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+k');
    const panel = page.locator('.segment-panel');
    await panel.locator('.concordance li').first().waitFor();
    expect(await activeId()).toBe('panel-concordance');
    expect(await panel.locator('#panel-concordance').inputValue()).toBe('Xi Jinping');
    expect(await panel.locator('.concordance').textContent()).toContain('China-Russia: Xi Jinping wants an ambitious bilateral plan');
    // Another search from the field.
    await panel.locator('#panel-concordance').fill('introuvable');
    await panel.locator('#panel-concordance').press('Enter');
    await panel.getByText('Nothing found in the memory.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('4');
  });

  it('goes to the QA findings with Alt+Q and to the status filter with Alt+L, and back with Esc', async () => {
    await row(1).locator('textarea').click();
    await page.keyboard.press('Alt+q');
    await page.locator('#qa-summary').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#qa-list') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('1');
    await page.keyboard.press('Alt+l');
    expect(await activeId()).toBe('filter-status');
    await page.keyboard.press('Escape');
    await expect.poll(focusedPosition).toBe('1');
  });

  it('lists every shortcut of the keyboard map in the help, which is made from it', async () => {
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.locator('table.shortcuts:not(#alignment-shortcuts) tr').count()).toBe(editorKeymap.length);
    const text = await help.textContent();
    for (const label of ['Search the memory for the selected text (concordance)', 'Filter the segments by status', 'Redo']) expect(text).toContain(label);
    await page.keyboard.press('Escape');
    expect(workbench.pageErrors).toEqual([]);
  });
});
