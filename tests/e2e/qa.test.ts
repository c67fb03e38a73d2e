import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/** Quality checks in the editor, in Chromium (issue 13): a refused confirmation, its one-click fix, the row's indicator, in French too. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Course', text: 'Il est arrivé 30e.\n\nLa hausse est de 3,5 %.\n' }),
  });
  documentId = ((await res.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

/** A new document whose first segment is confirmed with `target`. */
async function confirmedDocument(title: string, text: string, target: string): Promise<{ id: number; first: number }> {
  const created = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, text }) });
  const id = ((await created.json()) as { id: number }).id;
  const [first] = ((await (await admin(`/api/documents/${id}/segments`)).json()) as { items: Array<{ id: number }> }).items;
  await admin(`/api/segments/${first!.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target, status: 'translated', version: 1 }) });
  return { id, first: first!.id };
}

describe('quality checks in the editor', () => {
  it('refuses a confirmation with errors, lists the findings, and applies a fix in one click', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await row(0).locator('textarea').fill('He finished 30e.');
    await row(0).locator('textarea').press('Control+Enter');
    const refusal = row(0).locator('.qa-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('[data-check="ordinals"]').textContent()).toContain('French ordinal in English: write 30th, not 30e.');
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await refusal.locator('[data-check="ordinals"] [data-action="qa-fix"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    expect(await row(0).locator('textarea').inputValue()).toBe('He finished 30th.');
    expect(await row(0).getAttribute('data-qa')).toBe('none');
  });

  it('lets warnings through and marks the row, in the UI’s language', async () => {
    await page.locator('#language').selectOption('fr');
    await page.locator('#nav-projects').getByText('Projets').waitFor();
    // The editor is drawn again in French: wait for its rows, not the old ones.
    await page.locator('[data-action="confirm"]').getByText('Confirmer').waitFor();
    await row(1).locator('textarea').fill('The rise is 3,5%.');
    await row(1).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('translated');
    expect(await row(1).getAttribute('data-qa')).toBe('warning');
    expect(await row(1).locator('.qa-indicator').getAttribute('title')).toBe('Avertissement : Virgule décimale en anglais : écrire 3.5, pas 3,5.');
    expect(workbench.pageErrors).toEqual([]);
  });

  it("lists the document's findings, each a way to its segment", async () => {
    await page.locator('#show-qa').click();
    await page.locator('#qa-summary').waitFor();
    expect(await page.locator('#qa-summary').textContent()).toBe('0 erreurs et 1 avertissements dans les segments traduits.');
    const item = page.locator('#qa-list li[data-check="numbers"]');
    expect(await item.textContent()).toContain('Virgule décimale en anglais');
    await item.locator('.link-button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('1');
    // It has a fix: not taken here. Ignored with a reason, it leaves the list.
    expect(await item.locator('[data-action="qa-fix"]').count()).toBe(1);
    await item.locator('[data-action="qa-ignore"]').click();
    await item.locator('.qa-ignore-reason').fill('Le client veut la virgule.');
    await item.locator('.qa-ignore-reason').press('Enter');
    await expect.poll(() => page.locator('#qa-summary').textContent()).toBe('0 erreurs et 0 avertissements dans les segments traduits. 1 ignorée avec une raison.');
    await page.locator('#filter-status').selectOption('qa:findings');
    await expect.poll(() => page.locator('.segment-row').count()).toBe(0);
    await page.locator('#filter-status').selectOption('');
    // Another finding, for the filter below.
    await row(0).locator('textarea').fill('He finished 30th!');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-qa')).toBe('warning');
    // The filter shows only the segments with findings.
    await page.locator('#filter-status').selectOption('qa:findings');
    await expect.poll(() => page.locator('.segment-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-position')))).toEqual(['0']);
  });

  it('lets the owner turn a check off or change its severity, from the project page', async () => {
    await page.goto(`${server.url}/#/projects/1/resources`);
    // Each check says what it finds, in the UI's language.
    expect(await page.locator('#qa-about-numbers').textContent()).toContain('Un nombre de la source absent ou différent');
    await page.locator('#qa-numbers').selectOption('off');
    await page.locator('#qa-punctuation-end').selectOption('error');
    await expect.poll(async () => ((await (await admin('/api/projects/1')).json()) as { settings: { qa: unknown } }).settings.qa).toEqual({ numbers: 'off', 'punctuation-end': 'error' });
    await page.reload();
    expect(await page.locator('#qa-numbers').inputValue()).toBe('off');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('takes a rendering not to use in the glossary form, each label beside its own field', async () => {
    await page.goto(`${server.url}/#/projects/1/resources`);
    await page.locator('#term-source').fill('maire');
    await page.locator('#term-target').fill('mayor');
    await page.locator('#term-forbidden').fill('major');
    // Each label on the line of the field it names.
    for (const id of ['term-source', 'term-target', 'term-forbidden', 'term-notes']) {
      const label = await page.locator(`label[for="${id}"]`).boundingBox();
      const field = await page.locator(`#${id}`).boundingBox();
      expect(Math.abs(label!.y + label!.height / 2 - (field!.y + field!.height / 2)), id).toBeLessThan(field!.height / 2);
      expect(label!.x, id).toBeLessThan(field!.x);
    }
    await page.locator('#term-forbidden').press('Enter');
    await page.locator('tr[data-term="maire"] td.forbidden').getByText('major').waitFor();
  });

  it('marks the places a finding is about in the French and in the English, and selects them in the box', async () => {
    const res = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Conseil', text: 'Le maire parle mercredi.\n' }) });
    const id = ((await res.json()) as { id: number }).id;
    await page.goto(`${server.url}/#/documents/${id}`);
    // The glossary shows what not to use beside the term.
    expect(await row(0).locator('.source .term-forbidden').textContent()).toBe('major');
    await row(0).locator('textarea').fill('The major speaks on Tuesday.');
    await expect.poll(() => row(0).getAttribute('data-qa')).toBe('error');
    // The French words marked (the glossary's English shown beside a term aside).
    const marked = () =>
      row(0)
        .locator('.source mark.qa-span')
        .evaluateAll((marks) => marks.map((mark) => [...mark.querySelectorAll('mark.term, :scope > :not(.term-target):not(.term-forbidden)')].map((node) => node.textContent).join('') || mark.textContent));
    expect(await marked()).toEqual(['maire', 'mercredi']);
    // The indicator opens the row's findings, each with the place in the English marked.
    await row(0).locator('.qa-indicator').click();
    expect(await row(0).locator('.qa-indicator').getAttribute('aria-expanded')).toBe('true');
    const forbidden = row(0).locator('.qa-row li[data-check="glossary"]');
    expect(await forbidden.locator('.qa-excerpt mark.qa-span').textContent()).toBe('major');
    await forbidden.locator('.qa-place').click();
    const selected = () => page.evaluate(() => {
      const box = document.activeElement as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(await selected()).toBe('major');
    const weekday = row(0).locator('.qa-row li[data-check="weekdays"]');
    await weekday.locator('.qa-place').click();
    expect(await selected()).toBe('Tuesday');
    // The fix puts the glossary's English in its place; the list follows the saved text.
    await forbidden.locator('[data-action="qa-fix"]').click();
    expect(await row(0).locator('textarea').inputValue()).toBe('The mayor speaks on Tuesday.');
    await expect.poll(marked).toEqual(['mercredi']);
    expect(await row(0).locator('.qa-row li').evaluateAll((items) => items.map((item) => item.getAttribute('data-check')))).toEqual(['weekdays']);
    // From the document's list, the jump selects the place too.
    await page.locator('#show-qa').click();
    await page.locator('#qa-list li[data-check="weekdays"] .link-button').click();
    await expect.poll(selected).toBe('Tuesday');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('marks and selects those places in a segment with inline codes too, counting its words around the chips', async () => {
    // Markdown: bold around "maire", a line break (read as a space) before "mercredi".
    const res = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Conseil codé', format: 'md', text: 'Le **maire** parle\\\nmercredi.\n' }) });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: number }).id;
    await page.goto(`${server.url}/#/documents/${id}`);
    const box = row(0).locator('div.target');
    await box.waitFor();
    expect(await row(0).locator('.source .code-chip').count()).toBe(3);
    await box.click();
    await page.keyboard.press('Control+i');
    expect(await box.locator('.code-chip').count()).toBe(3);
    // Each French run of words typed over in English, the chips kept: The 1major1 speaks 2on Tuesday.
    const typeOver = async (run: number, english: string) => {
      await box.evaluate((element, index) => {
        const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)[index]!;
        const range = document.createRange();
        range.selectNodeContents(text);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      }, run);
      await page.keyboard.type(english);
    };
    await typeOver(3, 'on Tuesday.');
    await typeOver(2, ' speaks');
    await typeOver(1, 'major');
    await typeOver(0, 'The ');
    expect(await box.textContent()).toBe('The 1major1 speaks2on Tuesday.');
    expect(await box.locator('.code-chip').count()).toBe(3);
    await expect.poll(() => row(0).getAttribute('data-qa'), { timeout: 5000 }).toBe('error');
    const marked = () => row(0).locator('.source mark.qa-span').evaluateAll((marks) => marks.map((mark) => mark.firstChild?.textContent ?? ''));
    expect(await marked()).toEqual(['maire', 'mercredi']);
    // The chips are still there, between the marks.
    expect(await row(0).locator('.source .code-chip').count()).toBe(3);
    await row(0).locator('.qa-indicator').click();
    const forbidden = row(0).locator('.qa-row li[data-check="glossary"]');
    expect(await forbidden.locator('.qa-excerpt mark.qa-span').textContent()).toBe('major');
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    await forbidden.locator('.qa-place').click();
    expect(await selected()).toBe('major');
    await row(0).locator('.qa-row li[data-check="weekdays"] .qa-place').click();
    expect(await selected()).toBe('Tuesday');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('target'))).toBe(true);
    expect(workbench.pageErrors).toEqual([]);
  });

  it('keeps an edit QA finds an error in as a draft: nothing is lost on reload, and confirming asks for a reason', async () => {
    const { id, first } = await confirmedDocument('Conseil', 'Le conseil se réunira le 15 septembre.\n\nLa séance est publique.\n', 'The council will meet on 15 September.');
    // In English (the tests above left the page in French).
    await page.locator('#language').selectOption('en');
    await page.locator('#nav-projects').getByText('Projects').waitFor();
    await expect.poll(() => page.locator('main[aria-busy]').count()).toBe(0);
    await page.goto(`${server.url}/#/documents/${id}`);
    await page.getByRole('heading', { name: 'Conseil' }).waitFor();
    const box = row(0).locator('textarea.target');
    await box.fill('The council will meet on 16 September.');
    // The autosave stores it, as a draft: the row says why, the header says everything is saved.
    const held = row(0).locator('.qa-refusal');
    await held.waitFor();
    expect(await held.locator('strong').textContent()).toContain('Saved as a draft, not confirmed: 1 QA error.');
    expect(await held.textContent()).toContain('The source says September 15; the translation gives another day.');
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(await page.locator('.save-state').textContent()).not.toContain('qaOverride');
    // Leave the row, reload: the text is there, a draft with its finding.
    await box.press('Escape');
    await page.reload();
    await box.waitFor();
    expect(await box.inputValue()).toBe('The council will meet on 16 September.');
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    expect(await row(0).getAttribute('data-qa')).toBe('error');
    // Confirming asks for a reason: held again, then Ctrl+Enter goes to the reason box.
    await box.press('Control+Enter');
    await row(0).locator('.qa-refusal').waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await box.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('qa-reason');
    await page.keyboard.type('The council moved the meeting; the French will be corrected.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    const history = (await (await admin(`/api/segments/${first}/revisions`)).json()) as { items: Array<{ newStatus: string; qaOverride: { reason: string } | null }> };
    expect(history.items[0]).toMatchObject({ newStatus: 'translated', qaOverride: { reason: 'The council moved the meeting; the French will be corrected.' } });
    expect(workbench.pageErrors).toEqual([]);
  });

  it('confirms again by itself once the error is fixed in an edit of a confirmed segment', async () => {
    const { id } = await confirmedDocument('Vote', 'Le vote aura lieu le 3 mars.\n', 'The vote will take place on 3 March.');
    await page.goto(`${server.url}/#/documents/${id}`);
    await page.getByRole('heading', { name: 'Vote' }).waitFor();
    await row(0).locator('textarea.target').fill('The vote will take place on 4 March.');
    await row(0).locator('.qa-refusal').waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await row(0).locator('textarea.target').fill('The vote will be held on 3 March.');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    expect(await row(0).locator('.qa-refusal').count()).toBe(0);
  });

});
