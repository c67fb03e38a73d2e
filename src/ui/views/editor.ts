import { confirmedStatuses, type Status, statuses } from '../../domain/segment';
import type { Permission } from '../../domain/permissions';
import { ApiError, api } from '../api';
import { progressBar } from '../components/progress-bar';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { DocumentSummary, EditedSegment, ListedSegment } from '../types';
import { describe } from '../components/notice';

export const pageSize = 100;
const autosaveDelayMs = 800;
const unconfirmed = 'new,draft,rejected';

type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

interface Row {
  segment: ListedSegment;
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  badge: HTMLElement;
  message: HTMLElement;
  state: SaveState;
  /** Why the last save failed, shown in the row and in the header. */
  error: string;
  timer: number | undefined;
  /** Saves of one row run one after another, so versions are never raced. */
  chain: Promise<boolean>;
}

interface EditorQuery {
  page: number;
  status: string;
  q: string;
}

const isConfirmed = (status: Status) => confirmedStatuses.includes(status);

/**
 * The side-by-side editor: French source on the left, English target on the right, one row per
 * segment, a page of 100 rows at a time (documents of thousands of segments stay responsive).
 * Drafts autosave after a pause; a version conflict shows both texts and loses neither.
 */
export class Editor {
  private rows: Row[] = [];
  private total = 0;
  private query: EditorQuery;
  private document: DocumentSummary | undefined;

  /** What the user's role in the document's project allows (the server checks it again). */
  private can(permission: Permission): boolean {
    return this.document?.permissions?.includes(permission) ?? false;
  }
  private readonly list = el('div', { class: 'segments', role: 'list' });
  private readonly saveIndicator = el('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });
  private readonly notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  private readonly progressHolder = el('div', { class: 'document-progress' });
  private readonly pagers = [el('nav', { class: 'pager' }), el('nav', { class: 'pager' })];
  private statsTimer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly documentId: number,
    query: Partial<EditorQuery>,
  ) {
    this.query = { page: query.page ?? 0, status: query.status ?? '', q: query.q ?? '' };
    this.list.addEventListener('keydown', (event) => this.onKeydown(event));
    window.addEventListener('beforeunload', this.warnUnsaved);
  }

  /** Stops listening to the window; call before leaving the view. */
  dispose(): void {
    window.removeEventListener('beforeunload', this.warnUnsaved);
    window.clearTimeout(this.statsTimer);
  }

  /** Whether some typing is not saved yet. */
  hasUnsaved(): boolean {
    return this.rows.some((row) => row.state !== 'saved');
  }

  /** Saves every pending edit now. */
  async flush(): Promise<void> {
    await Promise.all(this.rows.filter((row) => row.state === 'unsaved').map((row) => this.save(row)));
    await Promise.all(this.rows.map((row) => row.chain));
  }

  async render(): Promise<void> {
    try {
      this.document = await api.getDocument(this.documentId);
    } catch (error) {
      const message = error instanceof ApiError && error.status === 404 ? t('errors.notFound') : describe(error);
      replaceChildren(this.root, el('p', { class: 'error' }, message), el('a', { href: '#/' }, t('editor.back')));
      return;
    }
    replaceChildren(
      this.root,
      el(
        'header',
        { class: 'editor-header' },
        el('a', { href: '#/', class: 'back' }, `← ${t('editor.back')}`),
        el('h1', { class: 'document-heading' }, this.document.title),
        this.progressHolder,
        el('div', { class: 'toolbar' }, ...this.filters(), this.exportLinks(), this.saveIndicator),
      ),
      this.notice,
      this.pagers[0],
      el('div', { class: 'columns-heading', 'aria-hidden': 'true' }, el('span', {}, t('editor.source')), el('span', {}, t('editor.target'))),
      this.list,
      this.pagers[1],
    );
    replaceChildren(this.progressHolder, progressBar(this.document.statistics));
    if (!this.can('segment.edit') && this.document.role) {
      this.setNotice(t('editor.readOnly', { role: t(`role.${this.document.role}`) }), false);
    }
    this.updateSaveIndicator();
    await this.loadPage(this.query.page, 'first');
  }

  private filters(): HTMLElement[] {
    const status = el(
      'select',
      { id: 'filter-status', 'aria-label': t('editor.filterStatus') },
      el('option', { value: '' }, t('editor.all')),
      el('option', { value: unconfirmed }, t('editor.unconfirmed')),
      ...statuses.map((s) => el('option', { value: s }, t(`status.${s}`))),
    );
    status.value = this.query.status;
    status.addEventListener('change', () => {
      this.query.status = status.value;
      void this.loadPage(0, 'first');
    });
    const search = el('input', { type: 'search', id: 'filter-search', placeholder: t('editor.search'), 'aria-label': t('editor.search'), value: this.query.q });
    let timer: number | undefined;
    search.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        this.query.q = search.value.trim();
        void this.loadPage(0, 'first');
      }, 300);
    });
    return [el('label', { class: 'filter' }, `${t('editor.filterStatus')} `, status), search];
  }

  private exportLinks(): HTMLElement {
    return el(
      'span',
      { class: 'exports' },
      ...['txt', 'md'].map((format) =>
        el('a', { class: 'button', href: api.exportUrl(this.documentId, format), download: '', 'data-export': format }, t('editor.export', { format: format.toUpperCase() })),
      ),
    );
  }

  /** Loads a page (after saving pending edits) and focuses a row: the first, the last, or one by id. */
  private async loadPage(page: number, focus: 'first' | 'last' | 'none' | number): Promise<void> {
    await this.flush();
    let result: { total: number; items: ListedSegment[] };
    try {
      result = await api.segments(this.documentId, {
        status: this.query.status || undefined,
        q: this.query.q || undefined,
        offset: page * pageSize,
        limit: pageSize,
      });
    } catch (error) {
      this.setNotice(describe(error), true);
      return;
    }
    this.query.page = page;
    this.total = result.total;
    this.rows = result.items.map((segment) => this.createRow(segment));
    replaceChildren(this.list, ...(this.rows.length ? this.rows.map((row) => row.element) : [el('p', { class: 'empty' }, t('editor.noMatch'))]));
    this.renderPagers();
    this.rememberQuery();
    const target = focus === 'first' ? this.rows[0] : focus === 'last' ? this.rows[this.rows.length - 1] : typeof focus === 'number' ? this.rows.find((row) => row.segment.id === focus) : undefined;
    if (target) this.focusRow(target);
  }

  private renderPagers(): void {
    const pages = Math.max(1, Math.ceil(this.total / pageSize));
    for (const pager of this.pagers) {
      const previous = el('button', { type: 'button', class: 'button', disabled: this.query.page === 0, 'data-page': 'previous' }, `‹ ${t('editor.previous')}`);
      const next = el('button', { type: 'button', class: 'button', disabled: this.query.page >= pages - 1, 'data-page': 'next' }, `${t('editor.next')} ›`);
      previous.addEventListener('click', () => void this.loadPage(this.query.page - 1, 'first'));
      next.addEventListener('click', () => void this.loadPage(this.query.page + 1, 'first'));
      replaceChildren(pager, previous, el('span', { class: 'page-number' }, t('editor.page', { page: this.query.page + 1, pages })), next);
    }
  }

  private rememberQuery(): void {
    const params = new URLSearchParams();
    if (this.query.page) params.set('page', String(this.query.page + 1));
    if (this.query.status) params.set('status', this.query.status);
    if (this.query.q) params.set('q', this.query.q);
    const suffix = params.size ? `?${params}` : '';
    history.replaceState(null, '', `#/documents/${this.documentId}${suffix}`);
  }

  private createRow(segment: ListedSegment): Row {
    const textarea = el('textarea', {
      class: 'target',
      lang: 'en',
      spellcheck: 'true',
      rows: Math.max(2, Math.ceil(segment.source.length / 70)),
      'aria-label': t('editor.targetLabel', { position: segment.position + 1 }),
    });
    textarea.value = segment.target;
    const badge = el('span', { class: 'status-badge' });
    const message = el('div', { class: 'row-message', 'aria-live': 'polite' });
    const repetition = segment.repetitionOf !== null || segment.repetitions > 0
      ? el('span', { class: 'repetition', title: t('editor.repeated', { count: segment.repetitions + 1 }) }, t('editor.repeated', { count: segment.repetitions + 1 }))
      : null;
    const element = el(
      'div',
      { class: `segment-row kind-${segment.kind}`, role: 'listitem', 'data-segment-id': segment.id, 'data-position': segment.position },
      el('div', { class: 'segment-number', title: t(`kind.${segment.kind}`) }, String(segment.position + 1), el('span', { class: 'kind' }, t(`kind.${segment.kind}`))),
      el('div', { class: 'source', lang: 'fr' }, segment.source),
      el('div', { class: 'target-cell' }, textarea, message),
      el(
        'div',
        { class: 'segment-side' },
        badge,
        el('span', { class: 'words' }, t('list.words', { count: segment.wordCount })),
        repetition,
        this.can('segment.edit') ? el('button', { type: 'button', class: 'button small', 'data-action': 'confirm', title: 'Ctrl+Enter' }, t('editor.confirm')) : null,
        this.can('segment.review') ? el('button', { type: 'button', class: 'button small', 'data-action': 'approve' }, t('editor.approve')) : null,
        this.can('segment.review') ? el('button', { type: 'button', class: 'button small danger', 'data-action': 'reject' }, t('editor.reject')) : null,
      ),
    );
    textarea.readOnly = !this.can('segment.edit');
    const row: Row = { segment, element, textarea, badge, message, state: 'saved', error: '', timer: undefined, chain: Promise.resolve(true) };
    this.updateBadge(row);
    textarea.addEventListener('input', () => this.onInput(row));
    textarea.addEventListener('focus', () => this.markActive(row));
    element.querySelector('[data-action="confirm"]')?.addEventListener('click', () => void this.confirm(row));
    element.querySelector('[data-action="approve"]')?.addEventListener('click', () => void this.save(row, 'approved'));
    element.querySelector('[data-action="reject"]')?.addEventListener('click', () => void this.save(row, 'rejected'));
    return row;
  }

  private onKeydown(event: KeyboardEvent): void {
    const row = this.rows.find((candidate) => candidate.element.contains(event.target as Node));
    if (!row) return;
    const editable = this.can('segment.edit');
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && event.key === 'Enter') {
      event.preventDefault();
      if (editable) void this.confirm(row);
    } else if (ctrl && !event.shiftKey && event.key.toLowerCase() === 'i') {
      event.preventDefault();
      if (editable) this.copySource(row);
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      void this.move(row, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  private onInput(row: Row): void {
    this.setState(row, 'unsaved');
    window.clearTimeout(row.timer);
    row.timer = window.setTimeout(() => void this.save(row), autosaveDelayMs);
  }

  private copySource(row: Row): void {
    row.textarea.value = row.segment.source;
    this.onInput(row);
  }

  /** Queues a save of the row (its text, and a status if given); resolves to whether it was stored. */
  private save(row: Row, status?: Status): Promise<boolean> {
    window.clearTimeout(row.timer);
    row.chain = row.chain.then(() => this.send(row, status));
    return row.chain;
  }

  private async send(row: Row, status?: Status): Promise<boolean> {
    if (row.state === 'conflict') return false;
    const target = row.textarea.value;
    if (status === undefined && target === row.segment.target) {
      this.setState(row, 'saved');
      return true;
    }
    this.setState(row, 'saving');
    try {
      const result = await api.editSegment(row.segment.id, { target, status, version: row.segment.version });
      this.applyResult(row, result);
      if (row.textarea.value === target) this.setState(row, 'saved');
      else this.onInput(row);
      if (result.propagated.count > 0) this.setNotice(t('editor.propagated', { count: result.propagated.count }), false);
      this.scheduleStatistics();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && isSegment(error.body.current)) {
        this.showConflict(row, error.body.current, target);
      } else {
        this.setState(row, 'error', describe(error));
      }
      return false;
    }
  }

  private applyResult(row: Row, result: EditedSegment): void {
    row.segment = { ...row.segment, target: result.target, status: result.status, version: result.version, updatedAt: result.updatedAt };
    this.updateBadge(row);
    for (const filled of result.propagated.segments) {
      const other = this.rows.find((candidate) => candidate.segment.id === filled.id);
      if (!other) continue;
      other.segment = { ...other.segment, ...filled };
      if (other.state === 'saved') other.textarea.value = filled.target;
      this.updateBadge(other);
    }
  }

  private showConflict(row: Row, current: ListedSegment, mine: string): void {
    this.setState(row, 'conflict');
    const keepMine = el('button', { type: 'button', class: 'button primary', 'data-action': 'keep-mine' }, t('conflict.keepMine'));
    const takeTheirs = el('button', { type: 'button', class: 'button', 'data-action': 'take-theirs' }, t('conflict.takeTheirs'));
    keepMine.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.textarea.value = mine;
      this.setState(row, 'unsaved');
      void this.save(row);
    });
    takeTheirs.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.textarea.value = current.target;
      this.updateBadge(row);
      this.setState(row, 'saved');
    });
    replaceChildren(
      row.message,
      el(
        'div',
        { class: 'conflict', role: 'alert' },
        el('strong', {}, t('conflict.title')),
        el('p', {}, t('conflict.explain')),
        el('div', { class: 'conflict-texts' }, el('div', {}, el('h3', {}, t('conflict.theirs')), el('p', { class: 'theirs' }, current.target)), el('div', {}, el('h3', {}, t('conflict.yours')), el('p', { class: 'yours' }, mine))),
        keepMine,
        takeTheirs,
      ),
    );
  }

  private async confirm(row: Row): Promise<void> {
    if (await this.save(row, 'translated')) await this.focusNextUnconfirmed(row);
  }

  private async focusNextUnconfirmed(from: Row): Promise<void> {
    const index = this.rows.indexOf(from);
    const next = this.rows.slice(index + 1).find((row) => !isConfirmed(row.segment.status));
    if (next) {
      this.focusRow(next);
      return;
    }
    const filtered = this.query.status !== '' || this.query.q !== '';
    try {
      const { items } = await api.segments(this.documentId, { status: unconfirmed, after: from.segment.position, offset: 0, limit: 1 });
      const found = items[0];
      if (!found) {
        this.setNotice(t('editor.allConfirmed'), false);
        return;
      }
      if (!filtered) await this.loadPage(Math.floor(found.position / pageSize), found.id);
      else if ((this.query.page + 1) * pageSize < this.total) await this.loadPage(this.query.page + 1, 'first');
      else this.setNotice(t('editor.allConfirmed'), false);
    } catch (error) {
      this.setNotice(describe(error), true);
    }
  }

  private async move(from: Row, step: 1 | -1): Promise<void> {
    const next = this.rows[this.rows.indexOf(from) + step];
    if (next) this.focusRow(next);
    else if (step === 1 && (this.query.page + 1) * pageSize < this.total) await this.loadPage(this.query.page + 1, 'first');
    else if (step === -1 && this.query.page > 0) await this.loadPage(this.query.page - 1, 'last');
  }

  private focusRow(row: Row): void {
    row.textarea.focus();
    row.element.scrollIntoView({ block: 'nearest' });
  }

  private markActive(row: Row): void {
    for (const other of this.rows) other.element.classList.toggle('active', other === row);
  }

  private updateBadge(row: Row): void {
    row.badge.className = `status-badge status-${row.segment.status}`;
    row.badge.textContent = t(`status.${row.segment.status}`);
    row.element.dataset.status = row.segment.status;
  }

  private setState(row: Row, state: SaveState, detail?: string): void {
    row.state = state;
    row.error = detail ?? '';
    row.element.dataset.saveState = state;
    if (state === 'error') replaceChildren(row.message, el('span', { class: 'error' }, row.error));
    else if (state !== 'conflict') row.message.replaceChildren();
    this.updateSaveIndicator();
  }

  private updateSaveIndicator(): void {
    const states = new Set(this.rows.map((row) => row.state));
    const state: SaveState = states.has('conflict') ? 'conflict' : states.has('error') ? 'error' : states.has('saving') ? 'saving' : states.has('unsaved') ? 'unsaved' : 'saved';
    this.saveIndicator.dataset.state = state;
    this.saveIndicator.textContent =
      state === 'error' ? t('save.error', { detail: this.rows.find((row) => row.state === 'error')?.error ?? '' }) : t(`save.${state}`);
  }

  private scheduleStatistics(): void {
    window.clearTimeout(this.statsTimer);
    this.statsTimer = window.setTimeout(() => {
      api
        .getDocument(this.documentId)
        .then((document) => {
          this.document = document;
          replaceChildren(this.progressHolder, progressBar(document.statistics));
        })
        .catch((error: unknown) => this.setNotice(describe(error), true));
    }, 400);
  }

  private setNotice(message: string, isError: boolean): void {
    this.notice.textContent = message;
    this.notice.classList.toggle('error', isError);
  }

  private readonly warnUnsaved = (event: BeforeUnloadEvent): void => {
    if (this.hasUnsaved()) event.preventDefault();
  };
}

function isSegment(value: unknown): value is ListedSegment {
  return typeof value === 'object' && value !== null && 'version' in value && 'target' in value;
}
