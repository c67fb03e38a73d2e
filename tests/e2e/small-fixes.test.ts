import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';
import { sampleArticlePath } from '../helpers/sample';

/** Small breakages a translator meets (issue 27), in Chromium. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let articleId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function open(hash: string, width: number, language: 'en' | 'fr' = 'en'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}/${hash}`);
  await page.evaluate((lng) => localStorage.setItem('visavis-lang', lng), language);
  await page.reload();
}

async function segments(): Promise<Array<{ id: number; version: number; source: string }>> {
  const res = await admin(`/api/documents/${articleId}/segments?offset=0&limit=10`);
  if (res.status !== 200) throw new Error(`segments: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { items: Array<{ id: number; version: number; source: string }> }).items;
}

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  articleId = await opened.importText('Chine-Russie : Xi Jinping veut un plan bilatéral ambitieux', readFileSync(sampleArticlePath(), 'utf8'));
});

afterAll(async () => {
  await workbench?.close();
});

describe('first-run setup', () => {
  // First: the workbench has just been set up through the link, nothing else visited yet.
  it('takes the one-time secret out of the address and out of the tab’s history once the administrator is created', async () => {
    expect(page.url()).not.toContain('secret');
    await page.goBack();
    expect(page.url()).not.toContain('secret');
  });
});

describe('the document list', () => {
  it.each(['en', 'fr'] as const)('fits 800 px (%s), the Actions column whole and the size and date under the title', async (language) => {
    await open('#/', 800, language);
    const document = page.locator('table.documents tbody tr').first();
    await document.waitFor();
    expect(await noSideScroll()).toBe(true);
    const table = await page.locator('table.documents').boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(800);
    const actions = await document.locator('td.actions').boundingBox();
    expect(actions!.x + actions!.width).toBeLessThanOrEqual(800);
    expect(await document.locator('td.actions a.button').isVisible()).toBe(true);
    expect(await document.locator('.document-meta').isVisible()).toBe(true);
    expect(await document.locator('.document-meta').textContent()).toMatch(language === 'en' ? /^\d+ segments · [\d,]+ words · / : /^\d+ segments · [\d\s  ]+ mots · /u);
  });

  it('keeps the size and date columns in a wide window', async () => {
    await open('#/', 1440);
    const document = page.locator('table.documents tbody tr').first();
    await document.waitFor();
    expect(await document.locator('td.size').isVisible()).toBe(true);
    expect(await document.locator('td.date').isVisible()).toBe(true);
    expect(await document.locator('.document-meta').isVisible()).toBe(false);
  });

  it('lists each extension once in the upload field, in its accept attribute and its label', async () => {
    await open('#/', 1440);
    const accept = (await page.locator('#upload-file').getAttribute('accept'))!.split(',');
    expect(accept).toContain('.docx');
    expect(accept.length).toBe(new Set(accept).size);
    const label = (await page.locator('label[for="upload-file"]').textContent())!;
    const listed = label.match(/\.[a-z0-9]+/gu) ?? [];
    expect(listed).toContain('.docx');
    expect(listed.length).toBe(new Set(listed).size);
  });
});

describe('the editor’s search box', () => {
  it('stays at least 120 px wide in French at 800 px, the toolbar wrapping instead, nothing scrolling sideways', async () => {
    await open(`#/documents/${articleId}`, 800, 'fr');
    await row(0).waitFor();
    const box = await page.locator('#filter-search').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(120);
    expect(await noSideScroll()).toBe(true);
  });
});

describe('a concordance search on a long selection', () => {
  it('searches for the selection’s first words within the limit and says so, in both languages', async () => {
    for (const language of ['en', 'fr'] as const) {
      await open(`#/documents/${articleId}`, 1600, language);
      // The French of segment 10: 361 characters, all selected, then Ctrl+K.
      const source = row(9).locator('.source');
      await source.waitFor();
      const french = (await source.textContent())!;
      expect(french.length).toBeGreaterThan(200);
      await row(9).locator('textarea').click();
      await source.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
      await page.keyboard.press('Control+k');
      const panel = page.locator('.segment-panel');
      const notice = panel.locator('.concordance-truncated');
      await notice.waitFor();
      expect(await notice.textContent()).toBe(
        language === 'en'
          ? 'Your selection was too long: searching for its first words (200 characters at most).'
          : 'Votre sélection était trop longue : recherche sur ses premiers mots (200 caractères au plus).',
      );
      const query = await panel.locator('#panel-concordance').inputValue();
      expect(query.length).toBeLessThanOrEqual(200);
      expect(query.length).toBeGreaterThan(150);
      // Cut after a whole word.
      expect(french.trim().startsWith(query)).toBe(true);
      expect(french.trim()[query.length]).toMatch(/\s/u);
      await panel.locator('.concordance-results .hint:not(.concordance-truncated)').waitFor();
      expect(await panel.locator('.concordance-results .error').count()).toBe(0);
      expect(await panel.textContent()).not.toContain('Too big');
    }
  });

  it('answers a too-long search in the API with a 400 problem that reads as a sentence', async () => {
    const projects = (await (await admin('/api/projects')).json()) as { items: Array<{ id: number }> };
    const res = await admin(`/api/projects/${projects.items[0]!.id}/memory/search?q=${encodeURIComponent('mot '.repeat(60))}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toContain('longer than 200 characters');
    expect(problem.detail).not.toMatch(/too big|expected string/iu);
  });
});

describe('icons', () => {
  it('shows no emoji in the editor; its icons are SVG with an accessible name', async () => {
    const [first, second] = await segments();
    expect((await admin(`/api/segments/${first!.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'Is "AA" an agency?' }) })).status).toBe(201);
    // A translation identical to its French: a QA finding on the row.
    const patched = await admin(`/api/segments/${second!.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: second!.source, status: 'draft', version: second!.version }) });
    expect(patched.status).toBe(200);
    await open(`#/documents/${articleId}`, 1440);
    const comments = row(0).locator('.comments-count');
    const qa = row(1).locator('.qa-indicator');
    await comments.waitFor();
    await qa.waitFor();
    const emoji = await page.evaluate(() => {
      const pictographic = /\p{Extended_Pictographic}/u;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (pictographic.test(node.textContent ?? '')) found.push(node.textContent ?? '');
      for (const element of document.body.querySelectorAll('*')) {
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(element, pseudo).content;
          if (pictographic.test(content)) found.push(`${element.className}${pseudo} ${content}`);
        }
        for (const name of ['aria-label', 'title', 'placeholder']) {
          const value = element.getAttribute(name) ?? '';
          if (pictographic.test(value)) found.push(`${element.tagName}[${name}] ${value}`);
        }
      }
      return found;
    });
    expect(emoji).toEqual([]);
    // The comment count: an SVG beside the number, the button named in words.
    expect(await comments.locator('svg').count()).toBe(1);
    expect(await comments.textContent()).toBe('1');
    expect(await comments.getAttribute('aria-label')).toBe('Comments: 1 (1 open)');
    // The QA indicator: an SVG beside the count, the severity in words for screen readers.
    expect(await qa.locator('svg[aria-hidden="true"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^(Error|Warning) 1 QA$/u }).count()).toBeGreaterThanOrEqual(1);
    // Every SVG is named, or hidden inside a named control.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('main svg')]
        .filter((svg) => {
          if (svg.getAttribute('role') === 'img') return !svg.getAttribute('aria-label');
          const control = svg.closest('button, a');
          return svg.getAttribute('aria-hidden') !== 'true' || !control || !(control.getAttribute('aria-label') || control.textContent?.trim());
        })
        .map((svg) => svg.outerHTML),
    );
    expect(unnamed).toEqual([]);
  });
});

describe('between views', () => {
  it.each([
    ['en', 'Loading…'],
    ['fr', 'Chargement…'],
  ] as const)('says a view is loading when it takes more than 200 ms (%s), and nothing once it is there', async (language, words) => {
    await open('#/', 1440, language);
    await page.locator('table.documents').waitFor();
    const status = page.locator('.view-loading[role="status"]');
    expect(await status.textContent()).toBe('');
    // The projects page answering slowly.
    await page.route('**/api/projects', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.evaluate(() => {
      location.hash = '#/projects';
    });
    await expect.poll(() => status.textContent()).toBe(words);
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toBe('');
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    await page.unroute('**/api/projects');
  });
});
