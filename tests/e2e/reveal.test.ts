import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/**
 * The active segment is always fully in view (issue 27, item 1): after each way of getting to a
 * row — Ctrl+G, an address with `?segment=`, confirm-and-next, find next, a filter, a chunk that
 * comes late — and in the alignment view, the row (with its toolbar) is entirely inside the window
 * and below the sticky header, at 1440×900 and at 800×900.
 */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let importText: (title: string, text: string) => Promise<number>;
let documentId = 0;
let longId = 0;
let alignId = 0;

// No figures: the English typed in the tests has none, and the quality checks would hold it back.
const sentences = [
  'Le conseil municipal de Pontlevoy s’est réuni mardi soir dans la salle des fêtes.',
  'Le budget primitif est en hausse sur un an, a souligné l’adjoint aux finances.',
  'L’opposition a demandé le report du vote sur la rénovation de l’école Jules-Ferry.',
  'Les travaux de voirie de la rue Nationale commenceront au début de l’été.',
  'Le maire a rappelé que la commune n’a pas augmenté ses taux d’imposition.',
  'Une réunion publique sur le plan local d’urbanisme aura lieu à l’automne.',
];
/** Paragraphs of one to six sentences, so rows differ in height (and estimates miss); "canal" in three of them. */
function paragraph(i: number): string {
  const count = i % 7 === 0 ? 6 : 1 + (i % 3);
  const words = Array.from({ length: count }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
  // A name of its own, so that no two are repetitions (confirming one would fill the other).
  const name = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
  return `Dossier ${name} : ${[11, 63, 116].includes(i) ? 'Le canal du Berry sera curé. ' : ''}${words}`;
}
const english = 'The council met on Tuesday evening.';

const activeBox = (header: string, row: string) =>
  page.evaluate(
    ([headerSelector, rowSelector]) => {
      const element = document.querySelector(rowSelector!);
      const bar = document.querySelector(headerSelector!);
      if (!element) return { inView: false, why: 'no row' };
      const box = element.getBoundingClientRect();
      const top = bar ? bar.getBoundingClientRect().bottom : 0;
      const inView = box.top >= top - 0.5 && box.bottom <= window.innerHeight + 0.5 && box.left >= -0.5 && box.right <= window.innerWidth + 0.5;
      return { inView, why: `row ${Math.round(box.top)}–${Math.round(box.bottom)}, header bottom ${Math.round(top)}, window ${window.innerHeight}` };
    },
    [header, row],
  );

/** 'in view', or where the row is when it is not. */
const placement = async (header: string, row: string) => {
  const box = await activeBox(header, row);
  return box.inView ? 'in view' : box.why;
};

/** The active row, its toolbar in it, is entirely in the window and below the editor's sticky header; and stays so once the page settles. */
async function expectActiveInView(position: number, settleMs = 600): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.querySelector('.segment-row.active')?.getAttribute('data-position'))).toBe(String(position));
  expect(await page.locator('.segment-row.active .segment-toolbar').count()).toBe(1);
  await expect.poll(() => placement('.editor-header', '.segment-row.active'), { timeout: 3000 }).toBe('in view');
  // Rows measured, the toolbar filled, chunks arrived: still in view.
  await page.waitForTimeout(settleMs);
  const settled = await activeBox('.editor-header', '.segment-row.active');
  expect(settled.inView, settled.why).toBe(true);
}

async function expectSelectedLinkInView(): Promise<void> {
  await expect.poll(() => placement('.align-toolbar', '.align-link.selected'), { timeout: 3000 }).toBe('in view');
  await page.waitForTimeout(300);
  const settled = await activeBox('.align-toolbar', '.align-link.selected');
  expect(settled.inView, settled.why).toBe(true);
}

const focusedPosition = () => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? null);

async function goTo(number: number): Promise<void> {
  await page.keyboard.press('Control+g');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goto-segment');
  await page.keyboard.type(String(number));
  await page.keyboard.press('Enter');
  await expect.poll(focusedPosition, { timeout: 5000 }).toBe(String(number - 1));
}

async function open(id: number, query = ''): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/documents/${id}${query}`);
}

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin, importText } = opened);
  ({ server, page } = workbench);
});

/** The documents of one window size: a 120-paragraph report (51 to 90 translated), a 450-paragraph one, an alignment under review. */
async function importDocuments(): Promise<void> {
  documentId = await importText('Conseil municipal', Array.from({ length: 120 }, (_, i) => paragraph(i)).join('\n\n'));
  // Segments 51 to 90 translated: the next unconfirmed after 50 is far below.
  const listed = await admin(`/api/documents/${documentId}/segments?limit=200`);
  if (listed.status !== 200) throw new Error(`segments: ${listed.status} ${await listed.text()}`);
  const segments = ((await listed.json()) as { items: Array<{ id: number; position: number }> }).items;
  for (const segment of segments.filter((item) => item.position >= 50 && item.position < 90)) {
    await admin(`/api/segments/${segment.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: english, status: 'translated', version: 1 }) });
  }
  longId = await importText('Rapport long', Array.from({ length: 450 }, (_, i) => paragraph(i)).join('\n\n'));
  alignId = await importText('Séance', Array.from({ length: 60 }, (_, i) => `${i + 1}. ${sentences[i % sentences.length]}`).join('\n\n'));
  const version = Array.from({ length: 60 }, (_, i) => `${i + 1}. The council met on Tuesday, item ${i + 1}.`).join('\n\n');
  const started = await admin(`/api/documents/${alignId}/alignment`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: version }) });
  if (started.status !== 201) throw new Error(`alignment failed: ${started.status}`);
}

afterAll(async () => {
  await workbench?.close();
});

for (const [width, height, motion] of [
  [1440, 900, 'no-preference'],
  [800, 900, 'reduce'],
] as const) {
  describe(`at ${width}×${height} (motion: ${motion})`, () => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ reducedMotion: motion });
      await importDocuments();
    });

    it('opens an address with ?segment=19 with that row fully in view', async () => {
      await open(documentId, '?segment=19');
      await expect.poll(focusedPosition).toBe('18');
      await expectActiveInView(18);
    });

    it('goes to segment 30, then 110 and back to 3, with Ctrl+G', async () => {
      for (const number of [30, 110, 3]) {
        await goTo(number);
        await expectActiveInView(number - 1);
      }
    });

    it('confirms and goes on with Ctrl+Enter, row after row and then far below', async () => {
      await goTo(40);
      for (let position = 39; position < 50; position++) {
        await page.keyboard.type(english);
        await page.keyboard.press('Control+Enter');
        // After 50 the next unconfirmed is 91.
        const next = position === 49 ? 90 : position + 1;
        await expect.poll(focusedPosition).toBe(String(next));
        // A row that was already drawn has nothing left to arrive; the jump far below waits for its chunk.
        await expectActiveInView(next, next === 90 ? 600 : 150);
      }
    });

    it('finds each match in turn with the find panel open under the header', async () => {
      await page.keyboard.press('Control+h');
      await page.locator('#find-text').fill('canal');
      await expect.poll(() => page.locator('#find-count').textContent(), { timeout: 5000 }).toBe('3 matches');
      for (const position of [11, 63, 116, 11]) {
        await page.locator('#find-text').press('Enter');
        await expectActiveInView(position);
        // The focus stays in the search, for the next Enter.
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('find-text');
      }
      await page.locator('#find-text').press('Escape');
    });

    it('shows the first row of a filter, and a search typed in the filter keeps its focus', async () => {
      await goTo(100);
      await page.locator('#filter-status').selectOption('translated');
      // Its first row: segment 40, confirmed above.
      await expectActiveInView(39);
      await page.locator('#filter-status').selectOption('');
      await expect.poll(() => page.locator('.list-count').textContent()).toBe('120 segments');
      await goTo(100);
      await page.locator('#filter-search').click();
      await page.keyboard.type('curé');
      await expect.poll(() => page.locator('.list-count').textContent()).toBe('3 segments');
      await expectActiveInView(11);
      // Typing on after the list changed goes on in the search, not into a segment.
      await page.keyboard.type(' xyz');
      expect(await page.locator('#filter-search').inputValue()).toBe('curé xyz');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-search');
      await page.locator('#filter-search').fill('');
      await expect.poll(() => page.locator('.list-count').textContent()).toBe('120 segments');
    });

    it('reveals a row whose chunk, or the chunk above it, comes late', async () => {
      await open(longId);
      await expect.poll(focusedPosition).toBe('0');
      const slow = (url: URL) => url.pathname.endsWith('/segments') && url.searchParams.get('offset') === '200';
      await page.route(slow, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await route.continue();
      });
      // Its own chunk late.
      await goTo(330);
      await expectActiveInView(329);
      // The chunk above it late: rows above it change height when it comes.
      await open(longId, '?segment=405');
      await expect.poll(focusedPosition, { timeout: 5000 }).toBe('404');
      await expectActiveInView(404);
      await page.waitForTimeout(1500);
      const settled = await activeBox('.editor-header', '.segment-row.active');
      expect(settled.inView, settled.why).toBe(true);
      await page.unroute(slow);
    });

    it(motion === 'reduce' ? 'jumps, never glides, when the user prefers reduced motion' : 'glides over a short way', async () => {
      await open(documentId);
      await expect.poll(focusedPosition).toBe('0');
      // The first row below the window: a short way down.
      const below = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.segment-row')].find((row) => row.getBoundingClientRect().top > window.innerHeight)!.dataset.position);
      await page.keyboard.press('Control+g');
      await page.keyboard.type(String(Number(below) + 1));
      // Every scroll position the page goes through in the next half second.
      const positions = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const seen = new Set([Math.round(window.scrollY)]);
            const end = performance.now() + 500;
            const sample = () => {
              seen.add(Math.round(window.scrollY));
              if (performance.now() < end) requestAnimationFrame(sample);
              else resolve(seen.size);
            };
            requestAnimationFrame(sample);
          }),
      );
      await page.keyboard.press('Enter');
      if (motion === 'reduce') expect(await positions).toBeLessThanOrEqual(3);
      else expect(await positions).toBeGreaterThan(4);
      await expectActiveInView(Number(below));
    });

    it('opens the alignment view with the selected link in view, and keeps it there through merge, split and move', async () => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/documents/${alignId}/align`);
      await page.locator('.align-link.selected').waitFor();
      await expectSelectedLinkInView();
      // The link at the bottom of the window, merged with the next ones: it grows downwards.
      const bottom = await page.evaluate(() => {
        const links = [...document.querySelectorAll<HTMLElement>('.align-link')];
        return links.filter((link) => link.getBoundingClientRect().bottom <= window.innerHeight).length - 1;
      });
      await page.locator(`.align-link[data-index="${bottom}"]`).click();
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('m');
        await expectSelectedLinkInView();
      }
      await page.keyboard.press('s');
      await expectSelectedLinkInView();
      await page.keyboard.press('Alt+ArrowDown');
      await expectSelectedLinkInView();
      // Down the list with the arrows, and back up under the toolbar.
      for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
      await expectSelectedLinkInView();
      for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowUp');
      await expectSelectedLinkInView();
      expect(workbench.pageErrors).toEqual([]);
    });
  });
}
