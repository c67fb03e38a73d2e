import { wordDiff } from '../../domain/diff';
import type { Span } from '../../domain/qa';
import { api } from '../api';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { FoundInDocument, ReplaceResult } from '../types';
import { diffView } from './diff-view';
import { describe } from './notice';

/** One match: in which segment, on which side, where. */
export interface FindHit {
  segmentId: number;
  position: number;
  side: 'source' | 'target';
  span: Span;
}

/** What the find panel asks of the editor it serves. */
export interface FindHost {
  documentId: number;
  canEdit: boolean;
  /** Shows a match: its segment focused, a target match selected in the box. */
  show(hit: FindHit): Promise<void>;
  /** Marks the matches in the rows on screen (none: the marks go). */
  mark(items: FoundInDocument['items']): void;
  /** Saves pending typing first: a replace reads the stored texts. */
  flush(): Promise<void>;
  /** The rows changed on the server: load them again. */
  reload(): Promise<void>;
  /** Back to the segment the panel was opened from. */
  returnFocus(): void;
}

/**
 * Find and replace over the whole document (Ctrl+H): matches counted and walked through (Enter,
 * Shift+Enter), options for case, whole words, regular expressions and accents; replace in the
 * current segment, or everywhere after a preview of each change, undone as one batch.
 */
export class FindReplacePanel {
  readonly element: HTMLElement;
  private readonly findInput = el('input', { type: 'search', id: 'find-text', 'aria-label': t('find.find'), placeholder: t('find.find'), maxlength: 1000 });
  private readonly replaceInput = el('input', { type: 'text', id: 'replace-text', 'aria-label': t('find.replaceWith'), placeholder: t('find.replaceWith'), maxlength: 10000 });
  private readonly options = {
    caseSensitive: el('input', { type: 'checkbox', id: 'find-case' }),
    wholeWord: el('input', { type: 'checkbox', id: 'find-word' }),
    regex: el('input', { type: 'checkbox', id: 'find-regex' }),
    ignoreAccents: el('input', { type: 'checkbox', id: 'find-accents' }),
  };
  private readonly scope = el('select', { id: 'find-in', 'aria-label': t('find.in') }, ...(['both', 'source', 'target'] as const).map((value) => el('option', { value }, t(`find.scope.${value}`))));
  private readonly count = el('span', { id: 'find-count', class: 'find-count', 'aria-live': 'polite' });
  private readonly preview = el('div', { id: 'replace-preview', class: 'replace-preview' });
  private hits: FindHit[] = [];
  private current = -1;
  private timer: number | undefined;
  /** Each search's turn: an answer to an older one is dropped. */
  private turn = 0;
  /** The search typed or chosen but not run yet, and the one running: walking the matches waits for them. */
  private stale = false;
  private running: Promise<void> | undefined;

  constructor(private readonly host: FindHost) {
    const checkbox = (input: HTMLInputElement, label: string) => el('label', { class: 'checkbox', for: input.id }, input, ` ${t(label)}`);
    const button = (id: string, label: string, onclick: () => void, title?: string) => el('button', { type: 'button', class: 'button small', id, onclick, ...(title ? { title } : {}) }, t(label));
    this.element = el(
      'section',
      { class: 'find-replace', id: 'find-replace', role: 'search', 'aria-label': t('find.title'), hidden: true },
      el('div', { class: 'find-row' }, this.findInput, button('find-previous', 'find.previous', () => void this.step(-1), 'Shift+Enter'), button('find-next', 'find.next', () => void this.step(1), 'Enter'), this.count),
      el(
        'div',
        { class: 'find-row' },
        checkbox(this.options.caseSensitive, 'find.case'),
        checkbox(this.options.wholeWord, 'find.word'),
        checkbox(this.options.regex, 'find.regex'),
        checkbox(this.options.ignoreAccents, 'find.accents'),
        this.scope,
      ),
      host.canEdit
        ? el('div', { class: 'find-row' }, this.replaceInput, button('replace-one', 'find.replaceOne', () => void this.replaceCurrent()), button('replace-preview-all', 'find.replaceAll', () => void this.previewAll()))
        : null,
      this.preview,
      button('find-close', 'find.close', () => this.close(), 'Esc'),
    );
    this.findInput.addEventListener('input', () => this.schedule());
    for (const input of [...Object.values(this.options), this.scope]) input.addEventListener('change', () => this.schedule(0));
    this.findInput.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void this.step(event.shiftKey ? -1 : 1);
    });
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.close();
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Opens the panel with the focus in the search (its text selected; `text`, the selection in the segment, when given). */
  open(text?: string): void {
    this.element.hidden = false;
    if (text) {
      this.findInput.value = text;
      this.schedule(0);
    }
    this.findInput.focus();
    this.findInput.select();
  }

  close(): void {
    this.element.hidden = true;
    window.clearTimeout(this.timer);
    this.turn++;
    this.hits = [];
    this.host.mark([]);
    replaceChildren(this.preview);
    this.host.returnFocus();
  }

  /** Searches again (the rows changed). */
  refresh(): void {
    if (this.isOpen && this.findInput.value !== '') void this.search();
  }

  private query() {
    return {
      find: this.findInput.value,
      options: Object.fromEntries(Object.entries(this.options).map(([name, input]) => [name, input.checked])) as Record<keyof FindReplacePanel['options'], boolean>,
      in: this.scope.value as 'both' | 'source' | 'target',
    };
  }

  /** A new search (the text or an option changed): the preview of the last one goes. */
  private schedule(delay = 250): void {
    replaceChildren(this.preview);
    window.clearTimeout(this.timer);
    this.stale = true;
    this.timer = window.setTimeout(() => void this.search(), delay);
  }

  private search(): Promise<void> {
    window.clearTimeout(this.timer);
    this.stale = false;
    this.running = this.runSearch();
    return this.running;
  }

  private async runSearch(): Promise<void> {
    const turn = ++this.turn;
    const query = this.query();
    if (query.find === '') {
      this.hits = [];
      this.current = -1;
      this.count.textContent = '';
      this.host.mark([]);
      return;
    }
    try {
      const found = await api.find(this.host.documentId, query);
      if (turn !== this.turn) return;
      this.hits = found.items.flatMap((item) => [
        ...item.source.map((span) => ({ segmentId: item.segmentId, position: item.position, side: 'source' as const, span })),
        ...item.target.map((span) => ({ segmentId: item.segmentId, position: item.position, side: 'target' as const, span })),
      ]);
      this.current = -1;
      this.host.mark(found.items);
      this.updateCount();
    } catch (error) {
      if (turn !== this.turn) return;
      this.hits = [];
      this.host.mark([]);
      this.count.textContent = describe(error);
      this.count.classList.add('error');
    }
  }

  private updateCount(): void {
    this.count.classList.remove('error');
    this.count.textContent = this.hits.length === 0 ? t('find.none') : this.current < 0 ? t('find.count', { count: this.hits.length }) : t('find.position', { current: this.current + 1, count: this.hits.length });
  }

  /** The next (or previous) match, round the document. */
  private async step(direction: 1 | -1): Promise<void> {
    if (this.stale || this.turn === 0) await this.search();
    else await this.running;
    if (this.hits.length === 0) return;
    this.current = (this.current + direction + this.hits.length) % this.hits.length;
    this.updateCount();
    await this.host.show(this.hits[this.current]!);
    // The focus stays in the search, so Enter goes on to the next one.
    this.findInput.focus();
  }

  /** Replaces in the current match's segment (every match of it), then goes on to the next. */
  private async replaceCurrent(): Promise<void> {
    const hit = this.hits[this.current] ?? this.hits.find((candidate) => candidate.side === 'target');
    if (!hit) return;
    await this.host.flush();
    const query = this.query();
    try {
      const result = await api.replace(this.host.documentId, { find: query.find, replace: this.replaceInput.value, options: query.options, segmentIds: [hit.segmentId] });
      this.say(result, false);
      await this.host.reload();
      await this.search();
      const next = this.hits.findIndex((candidate) => candidate.position > hit.position && candidate.side === 'target');
      if (next >= 0) {
        this.current = next - 1;
        await this.step(1);
      }
    } catch (error) {
      replaceChildren(this.preview, el('p', { class: 'error' }, describe(error)));
    }
  }

  /** Replace all: first every change shown (a dry run), then applied on request. */
  private async previewAll(): Promise<void> {
    await this.host.flush();
    const query = this.query();
    const body = { find: query.find, replace: this.replaceInput.value, options: query.options };
    try {
      const preview = await api.replace(this.host.documentId, { ...body, dryRun: true });
      if (preview.changes.length === 0) {
        replaceChildren(this.preview, el('p', { class: 'hint' }, t('find.nothingToReplace')));
        return;
      }
      const apply = el('button', { type: 'button', class: 'button primary small', id: 'replace-all' }, t('find.applyAll', { count: preview.changes.length }));
      const cancel = el('button', { type: 'button', class: 'button small', id: 'replace-cancel', onclick: () => replaceChildren(this.preview) }, t('find.cancel'));
      apply.addEventListener('click', () => {
        apply.disabled = true;
        api
          .replace(this.host.documentId, body)
          .then(async (result) => {
            this.say(result, true);
            await this.host.reload();
            await this.search();
          })
          .catch((error: unknown) => replaceChildren(this.preview, el('p', { class: 'error' }, describe(error))));
      });
      replaceChildren(
        this.preview,
        el('p', { class: 'hint' }, t('find.previewSummary', { count: preview.count, segments: preview.changes.length })),
        el(
          'ol',
          { class: 'replace-changes' },
          ...preview.changes.map((change) =>
            el('li', { 'data-segment-id': change.segmentId }, el('span', { class: 'segment-number' }, String(change.position + 1)), ' ', diffView(wordDiff(change.beforeText, change.afterText)), change.newStatus !== change.status ? el('span', { class: 'hint' }, ` ${t(`status.${change.status}`)} → ${t(`status.${change.newStatus}`)}`) : null),
          ),
        ),
        preview.skipped.length ? el('p', { class: 'hint' }, t('find.skipped', { count: preview.skipped.length })) : null,
        apply,
        cancel,
      );
      apply.focus();
    } catch (error) {
      replaceChildren(this.preview, el('p', { class: 'error' }, describe(error)));
    }
  }

  /** What a replace did, with Undo for a batch. */
  private say(result: ReplaceResult, all: boolean): void {
    const parts: Array<HTMLElement | string> = [t('find.replaced', { count: result.count, segments: result.changes.length })];
    if (result.skipped.length) parts.push(` ${t('find.skipped', { count: result.skipped.length })}`);
    const batch = result.batch;
    const undo =
      all && batch
        ? el(
            'button',
            {
              type: 'button',
              class: 'button small',
              id: 'replace-undo',
              onclick: () =>
                void api
                  .undoReplace(this.host.documentId, batch)
                  .then(async (undone) => {
                    replaceChildren(this.preview, el('p', { class: 'hint', id: 'replace-result' }, t('find.undone', { count: undone.restored.length }), undone.skipped.length ? ` ${t('find.undoSkipped', { count: undone.skipped.length })}` : ''));
                    await this.host.reload();
                    await this.search();
                  })
                  .catch((error: unknown) => replaceChildren(this.preview, el('p', { class: 'error' }, describe(error)))),
            },
            t('find.undo'),
          )
        : null;
    replaceChildren(this.preview, el('p', { class: 'hint', id: 'replace-result' }, ...parts), undo);
  }
}
