import { mergeWithNext, type ReviewLink, type Side, shift, split, unlink } from '../../domain/align/review';
import { ApiError, api } from '../api';
import { isHelpOpen } from '../components/help-overlay';
import { describe, setNotice } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { acceptAttribute } from '../formats';
import { reveal } from '../editor/reveal';
import { t } from '../i18n';
import type { AcceptedAlignment, AlignmentReview } from '../types';

/**
 * The alignment view: the document's French segments and an English version side by side, one row
 * per link with the aligner's confidence (unsure links marked), corrected with the mouse or the
 * keyboard — merge, split, move a paragraph across a boundary, unlink — then accepted: each link
 * of one segment fills it as translated (origin alignment). Every correction is saved as it is
 * made (a reload loses nothing); English left unaligned stays in view until the end.
 */
export async function renderAlignment(root: HTMLElement, documentId: number): Promise<() => void> {
  const status = el('p', { class: 'notice', id: 'align-status', role: 'status', 'aria-live': 'polite' });
  const body = el('div', { class: 'align-body' }, t('editor.loading'));
  replaceChildren(root, el('a', { href: `#/documents/${documentId}`, class: 'back' }, `← ${t('align.back')}`), el('h1', {}, t('align.title')), status, body);
  let view: AlignmentView | undefined;
  try {
    const title = (await api.getDocument(documentId)).title;
    root.querySelector('h1')!.textContent = t('align.titleOf', { title });
    view = new AlignmentView(body, status, documentId, await api.alignment(documentId));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'not_found' && /alignment/u.test(error.message)) {
      replaceChildren(body, startForm(documentId, status, (review) => {
        view = new AlignmentView(body, status, documentId, review);
      }));
    } else {
      replaceChildren(body, el('p', { class: 'error' }, describe(error)));
    }
  }
  return () => view?.dispose();
}

/** No alignment under review: choose the English version to align. */
function startForm(documentId: number, status: HTMLElement, started: (review: AlignmentReview) => void): HTMLElement {
  const input = el('input', { type: 'file', id: 'align-file', accept: acceptAttribute() });
  // Slower and stronger, when an engine is configured: the French the memory does not know is machine-translated (paid once).
  const machine = el('input', { type: 'checkbox', id: 'align-mt' });
  const machineOption = el('label', { class: 'checkbox', hidden: true }, machine, ' ', t('align.useMt'));
  void api
    .mtStatus()
    .then((status) => {
      machineOption.hidden = !status.configured;
    })
    .catch(() => undefined);
  const form = el(
    'form',
    { class: 'align-start' },
    el('p', { class: 'hint' }, t('align.intro')),
    el('label', { for: 'align-file' }, t('align.file')),
    input,
    machineOption,
    el('button', { type: 'submit', class: 'button primary', id: 'align-start' }, t('align.start')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) {
      setNotice(status, t('align.noFile'), true);
      return;
    }
    setNotice(status, t('align.aligning'), false);
    api
      .startAlignment(documentId, file, machine.checked)
      .then((review) => {
        const assist = review.assist;
        setNotice(
          status,
          assist && (assist.memory > 0 || assist.mt > 0 || assist.mtError)
            ? t('align.assisted', { memory: assist.memory, mt: assist.mt }) + (assist.mtError ? ` ${t('align.mtFailed', { reason: assist.mtError })}` : '')
            : '',
          assist?.mtError !== undefined,
        );
        started(review);
      })
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });
  return form;
}

class AlignmentView {
  private links: ReviewLink[];
  private version: number;
  private selected = 0;
  /** Earlier states of the links, for Ctrl+Z. */
  private readonly undoStack: ReviewLink[][] = [];
  private saving: Promise<void> = Promise.resolve();
  private readonly list = el('ol', { class: 'align-links', id: 'align-links', role: 'listbox', tabindex: 0, 'aria-label': t('align.links') });
  private readonly summary = el('p', { class: 'hint', id: 'align-summary' });
  private readonly french: Map<number, AlignmentReview['french'][number]>;
  /** The sticky toolbar over the links: a revealed link goes below it. */
  private readonly toolbar: HTMLElement;
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor(
    private readonly root: HTMLElement,
    private readonly status: HTMLElement,
    private readonly documentId: number,
    private readonly review: AlignmentReview,
  ) {
    this.links = review.links;
    this.version = review.version;
    this.french = new Map(review.french.map((segment) => [segment.id, segment]));
    const button = (id: string, label: string, keys: string, action: () => void, extra = '') =>
      el('button', { type: 'button', class: `button small ${extra}`, id, title: keys, 'aria-keyshortcuts': keys, onclick: action }, label);
    this.toolbar = el(
      'div',
      { class: 'toolbar align-toolbar', role: 'toolbar', 'aria-label': t('align.tools') },
      button('align-merge', t('align.merge'), 'M', () => this.apply((links, k) => mergeWithNext(links, k))),
      button('align-split', t('align.split'), 'S', () => this.apply((links, k) => split(links, k))),
      button('align-unlink', t('align.unlink'), 'U', () => this.apply((links, k) => unlink(links, k))),
      button('align-en-up', t('align.englishUp'), 'Alt+ArrowUp', () => this.move('english', 'up')),
      button('align-en-down', t('align.englishDown'), 'Alt+ArrowDown', () => this.move('english', 'down')),
      button('align-fr-up', t('align.frenchUp'), 'Alt+Shift+ArrowUp', () => this.move('segments', 'up')),
      button('align-fr-down', t('align.frenchDown'), 'Alt+Shift+ArrowDown', () => this.move('segments', 'down')),
      button('align-undo', t('align.undo'), 'Control+Z', () => this.undo()),
      button('align-accept', t('align.accept'), 'Control+Enter', () => void this.accept(), 'primary'),
      button('align-discard', t('align.discard'), '', () => void this.discard()),
    );
    replaceChildren(
      root,
      el('p', { class: 'hint' }, t('align.help', { file: review.filename ?? t('align.pasted'), threshold: Math.round(review.threshold * 100) })),
      this.toolbar,
      this.summary,
      el('div', { class: 'align-head', 'aria-hidden': 'true' }, el('span', {}, t('align.french')), el('span', {}, t('align.confidence')), el('span', {}, t('align.english'))),
      this.list,
    );
    this.list.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      if (row) this.select(Number(row.dataset.index));
    });
    document.addEventListener('keydown', this.onKey);
    this.render();
    // Focusing the whole list would scroll its top under the toolbar: the selected link is shown instead.
    this.list.focus({ preventScroll: true });
    this.revealSelected();
  }

  /** The selected link fully in view, below the sticky toolbar (editor/reveal). */
  private revealSelected(): void {
    const link = this.list.querySelector(`#align-link-${this.selected}`);
    if (link) reveal(link, { header: this.toolbar });
  }

  dispose(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  private render(): void {
    const unsure = this.links.filter((link) => link.score !== null && link.score < this.review.threshold && link.segments.length > 0 && link.english.length > 0).length;
    const frenchAlone = this.links.filter((link) => link.english.length === 0).reduce((sum, link) => sum + link.segments.length, 0);
    const englishAlone = this.links.filter((link) => link.segments.length === 0).reduce((sum, link) => sum + link.english.length, 0);
    this.summary.textContent = t('align.summary', { links: this.links.length, unsure, french: frenchAlone, english: englishAlone });
    this.selected = Math.min(this.selected, this.links.length - 1);
    replaceChildren(this.list, ...this.links.map((link, index) => this.row(link, index)));
    this.list.setAttribute('aria-activedescendant', `align-link-${this.selected}`);
  }

  private row(link: ReviewLink, index: number): HTMLElement {
    const unsure = link.score !== null && link.score < this.review.threshold;
    const kind = link.segments.length === 0 ? 'english-only' : link.english.length === 0 ? 'french-only' : unsure ? 'unsure' : 'linked';
    const score =
      link.segments.length === 0 || link.english.length === 0
        ? t('align.unaligned')
        : link.score === null
          ? t('align.byHand')
          : `${Math.round(link.score * 100)} %`;
    return el(
      'li',
      {
        class: `align-link ${kind}${index === this.selected ? ' selected' : ''}`,
        id: `align-link-${index}`,
        role: 'option',
        'aria-selected': String(index === this.selected),
        'data-index': index,
        'data-kind': kind,
      },
      el(
        'div',
        { class: 'align-side align-fr', lang: 'fr' },
        ...link.segments.map((id) => {
          const segment = this.french.get(id);
          return el('p', { 'data-segment-id': id }, el('span', { class: 'align-number' }, String((segment?.position ?? 0) + 1)), segment?.text ?? '');
        }),
      ),
      el('div', { class: 'align-score', title: unsure ? t('align.unsureHint') : '' }, score),
      el(
        'div',
        { class: 'align-side align-en', lang: 'en' },
        ...link.english.map((j) => el('p', { 'data-english': j }, el('span', { class: 'align-number' }, `E${j + 1}`), this.review.english[j] ?? '')),
      ),
    );
  }

  private select(index: number): void {
    this.selected = Math.max(0, Math.min(this.links.length - 1, index));
    for (const row of this.list.querySelectorAll<HTMLElement>('.align-link')) {
      const on = Number(row.dataset.index) === this.selected;
      row.classList.toggle('selected', on);
      row.setAttribute('aria-selected', String(on));
    }
    this.list.setAttribute('aria-activedescendant', `align-link-${this.selected}`);
    this.revealSelected();
  }

  /** Applies a correction to the selected link, keeps the state before for undo, and saves. */
  private apply(change: (links: ReviewLink[], index: number) => ReviewLink[], select?: (before: ReviewLink[], after: ReviewLink[]) => number): void {
    let next: ReviewLink[];
    try {
      next = change(this.links, this.selected);
    } catch {
      // Nothing to merge with, to split or to move: said in the UI's language.
      setNotice(this.status, t('align.cannot'), true);
      return;
    }
    setNotice(this.status, '', false);
    this.undoStack.push(this.links);
    const before = this.links;
    this.links = next;
    if (select) this.selected = select(before, next);
    this.render();
    this.revealSelected();
    this.save();
  }

  private move(side: Side, direction: 'up' | 'down'): void {
    this.apply(
      (links, k) => shift(links, k, side, direction),
      // The selection stays on the link that was moved from, wherever it now is.
      (before, after) => {
        const link = before[this.selected]!;
        const stays = direction === 'up' ? link[side].slice(1) : link[side].slice(0, -1);
        const other: Side = side === 'segments' ? 'english' : 'segments';
        const found = after.findIndex((item) => (stays.length > 0 ? item[side][0] === stays[0] : link[other].length > 0 && item[other][0] === link[other][0]));
        return found >= 0 ? found : this.selected;
      },
    );
  }

  private undo(): void {
    const previous = this.undoStack.pop();
    if (!previous) return;
    this.links = previous;
    this.render();
    this.revealSelected();
    this.save();
  }

  /** Saves the links as they are now, one save after another (each needs the version the last one gave). */
  private save(): void {
    const links = this.links;
    this.saving = this.saving.then(async () => {
      try {
        const saved = await api.saveAlignment(this.documentId, this.version, links);
        this.version = saved.version;
      } catch (error) {
        setNotice(this.status, error instanceof ApiError && error.status === 409 ? t('align.changedElsewhere') : describe(error), true);
      }
    });
  }

  private async accept(): Promise<void> {
    await this.saving;
    setNotice(this.status, t('align.accepting'), false);
    let result: AcceptedAlignment;
    try {
      result = await api.acceptAlignment(this.documentId, this.version, this.links);
    } catch (error) {
      setNotice(this.status, describe(error), true);
      return;
    }
    this.dispose();
    setNotice(this.status, t('align.accepted', { filled: result.filled.length - result.heldForQa.length, conflicts: result.conflicts.length }), result.conflicts.length > 0);
    const positions = (ids: number[]) => ids.map((id) => (this.french.get(id)?.position ?? 0) + 1).join(', ');
    replaceChildren(
      this.root,
      el(
        'div',
        { class: 'align-result', id: 'align-result' },
        result.heldForQa.length ? el('p', { id: 'align-held' }, t('align.heldForQa', { positions: positions(result.heldForQa.map((held) => held.segmentId)) })) : null,
        result.conflicts.length ? el('p', {}, t('align.conflicts', { positions: positions(result.conflicts.map((conflict) => conflict.segmentId)) })) : null,
        result.shared.length ? el('p', {}, t('align.shared', { positions: result.shared.map((item) => positions(item.segmentIds)).join(' · ') })) : null,
        result.unaligned.french.length ? el('p', {}, t('align.frenchLeft', { positions: positions(result.unaligned.french) })) : null,
        result.unaligned.english.length
          ? el('div', {}, el('p', {}, t('align.englishLeft', { count: result.unaligned.english.length })), el('ul', { class: 'align-leftover', lang: 'en' }, ...result.unaligned.english.map((text) => el('li', {}, text))))
          : null,
        el('a', { class: 'button primary', href: `#/documents/${this.documentId}`, id: 'align-to-editor' }, t('align.toEditor')),
      ),
    );
  }

  private async discard(): Promise<void> {
    if (!confirm(t('align.discardConfirm'))) return;
    await this.saving;
    try {
      await api.discardAlignment(this.documentId);
    } catch (error) {
      setNotice(this.status, describe(error), true);
      return;
    }
    this.dispose();
    location.hash = `#/documents/${this.documentId}`;
  }

  private key(event: KeyboardEvent): void {
    if (isHelpOpen()) return;
    if (event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName)) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const handled = (): void => event.preventDefault();
    if (event.key === 'ArrowDown' && plain) {
      handled();
      this.select(this.selected + 1);
    } else if (event.key === 'ArrowUp' && plain) {
      handled();
      this.select(this.selected - 1);
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && event.altKey) {
      handled();
      this.move(event.shiftKey ? 'segments' : 'english', event.key === 'ArrowUp' ? 'up' : 'down');
    } else if (plain && (event.key === 'm' || event.key === 'M')) {
      handled();
      this.apply((links, k) => mergeWithNext(links, k));
    } else if (plain && (event.key === 's' || event.key === 'S')) {
      handled();
      this.apply((links, k) => split(links, k));
    } else if (plain && (event.key === 'u' || event.key === 'U')) {
      handled();
      this.apply((links, k) => unlink(links, k));
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      handled();
      this.undo();
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      handled();
      void this.accept();
    }
  }
}
