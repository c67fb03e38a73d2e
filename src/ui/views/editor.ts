import { confirmedStatuses, type Status, statuses } from '../../domain/segment';
import { findTerms } from '../../domain/glossary';
import type { Permission } from '../../domain/permissions';
import { ApiError, api, type Me } from '../api';
import { checkPair, pairOf, type QaContext, type QaSettings, type Span } from '../../domain/qa';
import { excerpt, findingItem, markSpans } from '../components/qa-spans';
import { FindReplacePanel } from '../components/find-replace';
import { acceptAttribute, bilingualAcceptAttribute } from '../formats';
import { exportMenu } from '../components/export-menu';
import { diffView } from '../components/diff-view';
import { jobProgress } from '../components/job-progress';
import { statsChart } from '../components/stats-chart';
import { SegmentPanel } from './segment-panel';
import { progressBar } from '../components/progress-bar';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { DocumentSummary, EditedSegment, FindingView, ListedSegment, Thread } from '../types';
import { describe } from '../components/notice';
import { inlineNodes } from '../components/inline-codes';
import { type Command, commandFor, keysOf } from '../editor/keymap';
import { createRow, type Row, type SaveState, showComments } from '../editor/row';
import { SegmentToolbar } from '../editor/segment-toolbar';
import { submitOnCtrlEnter } from '../components/forms';

export const pageSize = 100;
const autosaveDelayMs = 800;
const unconfirmed = 'new,draft,rejected';

interface EditorQuery {
  page: number;
  status: string;
  q: string;
}

const isConfirmed = (status: Status) => confirmedStatuses.includes(status);

/** When the user last opened the document in this browser (null: never, or no storage), noted as now for next time. */
function lastSeen(username: string, documentId: number): string | null {
  const key = `visavis.seen.${username}.${documentId}`;
  try {
    const before = localStorage.getItem(key);
    localStorage.setItem(key, new Date().toISOString());
    return before;
  } catch {
    return null;
  }
}

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
  /** Status changes said to screen readers (visually hidden). */
  private readonly announcer = el('div', { class: 'visually-hidden', 'aria-live': 'polite', id: 'announcer' });
  private readonly notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  private readonly progressHolder = el('div', { class: 'document-progress' });
  private readonly pagers = [el('nav', { class: 'pager' }), el('nav', { class: 'pager' })];
  private statsTimer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly documentId: number,
    query: Partial<EditorQuery>,
    private readonly me: Me,
  ) {
    this.query = { page: query.page ?? 0, status: query.status ?? '', q: query.q ?? '' };
    this.list.addEventListener('keydown', (event) => this.onKeydown(event));
    window.addEventListener('beforeunload', this.warnUnsaved);
    window.addEventListener('keydown', this.onViewKeydown);
    this.seenBefore = lastSeen(me.username, documentId);
    this.panel = new SegmentPanel({
      canEdit: () => this.can('segment.edit'),
      canComment: () => this.can('segment.comment'),
      insert: (segmentId, suggestion) => {
        const row = this.rows.find((candidate) => candidate.segment.id === segmentId);
        if (row) this.insertSuggestion(row, suggestion);
      },
      me,
      current: (segmentId) => this.rows.find((row) => row.segment.id === segmentId)?.segment,
      restored: (result) => {
        const row = this.rows.find((candidate) => candidate.segment.id === result.id);
        if (!row) return;
        this.applyResult(row, result);
        row.box.value = result.target;
        this.setState(row, 'saved');
      },
      commented: (segmentId, threads) => this.updateComments(segmentId, threads),
      leave: () => {
        this.closeDrawer();
        this.returnToSegment();
      },
      close: () => this.closeDrawer(),
      suggested: (segmentId, items) => this.toolbar.suggest(segmentId, items[0]),
      searchMemory: (q) => (this.document ? api.searchMemory(this.document.projectId, q) : Promise.resolve({ items: [] })),
    });
    this.qaHolder.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.returnToSegment();
    });
  }

  private readonly panel: SegmentPanel;
  /** The one toolbar of the active segment, moved from row to row. */
  private readonly toolbar = new SegmentToolbar({
    can: (permission) => this.can(permission),
    run: (command, row) => this.run(command, row),
    insert: (row, suggestion) => this.insertSuggestion(row, suggestion),
  });
  /** The rows and the side panel (a drawer over the rows in a narrow window). */
  private readonly body = el('div', { class: 'editor-body' });
  private focusedId: number | undefined;
  private events: EventSource | undefined;
  private presenceTimer: number | undefined;
  private panelTimer: number | undefined;
  /** Who else edits which segment, from the live presence events. */
  private others: { username: string; segmentId: number | null }[] = [];
  private readonly statsHolder = el('div', { class: 'stats-holder' });
  /** The document's QA findings, listed on demand, each a way to its segment. */
  private readonly qaHolder = el('div', { class: 'qa-holder', id: 'qa-list', tabindex: '-1' });
  private readonly jobHolder = el('div', { class: 'job-holder' });
  /** The project glossary, highlighted in the sources. */
  private terms: { source: string; target: string; forbidden: string }[] = [];
  /** What the quality checks need (the project's English, glossary and settings), run here on each saved row. */
  private qa: { context: QaContext; settings: QaSettings } | undefined;

  /** The source as text with its glossary terms marked, each followed by its English equivalent. */
  private sourceWithTerms(source: string): (string | HTMLElement)[] {
    const hits = findTerms(source, this.terms);
    const out: (string | HTMLElement)[] = [];
    let at = 0;
    for (const hit of hits) {
      if (hit.start > at) out.push(source.slice(at, hit.start));
      const { forbidden } = hit.term;
      const hint = [hit.target ? t('editor.termHint', { target: hit.target }) : '', forbidden ? t('editor.termForbidden', { forbidden }) : ''].filter(Boolean).join('\n');
      out.push(el('mark', { class: 'term', title: hint }, source.slice(hit.start, hit.end)));
      if (hit.target) out.push(el('span', { class: 'term-target', lang: 'en' }, hit.target));
      if (forbidden) out.push(el('span', { class: 'term-forbidden', lang: 'en', title: t('editor.termForbidden', { forbidden }) }, el('s', {}, forbidden)));
      at = hit.end;
    }
    if (at < source.length) out.push(source.slice(at));
    return out;
  }

  /** When this user last opened the document in this browser (null: never), and the segments others changed since it opened. */
  private readonly seenBefore: string | null;
  private readonly changedLive = new Set<number>();

  /** Ctrl+G: a segment number to go to. */
  private readonly gotoInput = el('input', { type: 'number', id: 'goto-segment', min: 1, inputmode: 'numeric', class: 'goto-input', 'aria-label': t('editor.goto'), placeholder: '#' });

  /** To the segment at a position (its number less one): the filters cleared when they hide it. */
  private async goToPosition(position: number): Promise<void> {
    if (this.query.status !== '' || this.query.q !== '') {
      this.query.status = '';
      this.query.q = '';
      for (const input of this.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#filter-status, #filter-search')) input.value = '';
    }
    const page = Math.floor(position / pageSize);
    if (page !== this.query.page || !this.rows.some((row) => row.segment.position === position)) await this.loadPage(page, 'none');
    const row = this.rows.find((candidate) => candidate.segment.position === position);
    if (row) this.focusRow(row);
  }

  /** Back to the segment last worked on. */
  private returnToSegment(): void {
    const row = this.rows.find((candidate) => candidate.segment.id === this.focusedId) ?? this.rows[0];
    if (row) this.focusRow(row);
  }

  /** Find and replace over the whole document (Ctrl+H), made once the document (and so the user's role) is known. */
  private find: FindReplacePanel | undefined;
  /** The matches of the open search, by segment: marked in the rows' French. */
  private findMarks = new Map<number, Span[]>();

  /** Keys of the whole view, wherever the focus is: the panels, find and replace, go to, the QA list, the status filter. */
  private readonly onViewKeydown = (event: KeyboardEvent): void => {
    const row = this.activeRow();
    // Esc with the focus nowhere (a panel drawn again under it): back to the segment.
    if (event.key === 'Escape' && document.activeElement === document.body && row && !event.defaultPrevented) {
      this.focusRow(row);
      return;
    }
    const found = commandFor(event, 'view');
    if (!found || !row || !this.find) return;
    event.preventDefault();
    this.run(found.command, row);
  };

  /** Stops listening to the window; call before leaving the view. */
  dispose(): void {
    window.removeEventListener('beforeunload', this.warnUnsaved);
    window.removeEventListener('keydown', this.onViewKeydown);
    window.clearTimeout(this.statsTimer);
    window.clearInterval(this.presenceTimer);
    window.clearTimeout(this.panelTimer);
    this.events?.close();
    if (this.focusedId !== undefined && this.can('project.read')) void api.presence(this.documentId, null).catch(() => undefined);
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
      this.terms = (await api.glossary(this.document.projectId).catch(() => ({ items: [] }))).items;
      const project = await api.getProject(this.document.projectId).catch(() => undefined);
      if (project) this.qa = { context: { targetLang: project.settings.targetLang, glossary: this.terms }, settings: project.settings.qa ?? {} };
    } catch (error) {
      const message = error instanceof ApiError && error.status === 404 ? t('errors.notFound') : describe(error);
      replaceChildren(this.root, el('p', { class: 'error' }, message), el('a', { href: '#/' }, t('editor.back')));
      return;
    }
    this.find = new FindReplacePanel({
      documentId: this.documentId,
      canEdit: this.can('segment.edit'),
      show: async (hit) => this.jumpTo(hit.segmentId, hit.position, hit.side === 'target' ? hit.span : undefined),
      mark: (items) => {
        this.findMarks = new Map(items.filter((item) => item.source.length > 0).map((item) => [item.segmentId, item.source]));
        for (const row of this.rows) this.renderSource(row);
      },
      flush: () => this.flush(),
      reload: () => this.loadPage(this.query.page, 'none'),
      returnFocus: () => this.returnToSegment(),
    });
    const openFind = el('button', { type: 'button', class: 'button', id: 'open-find', title: keysOf('find'), onclick: () => this.find?.open() }, t('find.button'));
    this.gotoInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        const number = Number(this.gotoInput.value);
        if (Number.isInteger(number) && number >= 1) void this.goToPosition(Math.min(number, Math.max(1, this.document?.statistics.segments ?? number)) - 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.returnToSegment();
      }
    });
    replaceChildren(
      this.root,
      // Two lines, under 80 px: the document and its progress; the tools (the rarer ones in a menu).
      el(
        'header',
        { class: 'editor-header' },
        el(
          'div',
          { class: 'header-line' },
          el('a', { href: '#/', class: 'back', title: t('editor.back'), 'aria-label': t('editor.back') }, '←'),
          el('h1', { class: 'document-heading', title: this.document.title }, this.document.title),
          this.progressHolder,
          this.saveIndicator,
        ),
        el(
          'div',
          { class: 'toolbar' },
          ...this.filters(),
          el('label', { class: 'goto', title: keysOf('goto') }, el('span', { class: 'label-text' }, `${t('editor.goto')} `), this.gotoInput),
          openFind,
          this.qaButton(),
          this.reviewTools(),
          this.exportLinks(),
          this.pagers[0],
        ),
      ),
      this.find.element,
      this.announcer,
      this.statsHolder,
      this.qaHolder,
      this.jobHolder,
      this.notice,
      this.body,
      this.pagers[1],
    );
    replaceChildren(
      this.body,
      el(
        'div',
        { class: 'editor-main' },
        el('div', { class: 'columns-heading', 'aria-hidden': 'true' }, el('span', {}, t('editor.source')), el('span', {}, t('editor.target'))),
        this.list,
      ),
      this.panel.element,
    );
    this.toolbar.build();
    this.listen();
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
      el('option', { value: 'translated' }, t('editor.awaitingReview')),
      ...statuses.map((s) => el('option', { value: s }, t(`status.${s}`))),
      el('option', { value: 'qa:findings' }, t('qa.ui.filterFindings')),
      el('option', { value: 'qa:errors' }, t('qa.ui.filterErrors')),
    );
    status.value = this.query.status;
    status.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.returnToSegment();
    });
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
    return [el('label', { class: 'filter' }, el('span', { class: 'label-text' }, `${t('editor.filterStatus')} `), status), search];
  }

  private exportLinks(): HTMLElement {
    return exportMenu(this.documentId, this.document?.format);
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
      pager.hidden = pages === 1;
      const previous = el('button', { type: 'button', class: 'button small', disabled: this.query.page === 0, 'data-page': 'previous', 'aria-label': t('editor.previous'), title: t('editor.previous') }, '‹');
      const next = el('button', { type: 'button', class: 'button small', disabled: this.query.page >= pages - 1, 'data-page': 'next', 'aria-label': t('editor.next'), title: t('editor.next') }, '›');
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
    const row = createRow(segment, (text) => this.sourceWithTerms(text), this.can('segment.edit'));
    this.updateBadge(row);
    this.updateRowExtras(row);
    row.qa.addEventListener('click', () => this.toggleRowFindings(row));
    row.box.element.addEventListener('input', () => this.onInput(row));
    row.box.element.addEventListener('focus', () => this.markActive(row));
    row.element.addEventListener('focus', () => this.markActive(row));
    row.commentsButton.addEventListener('click', () => this.openPanel(row, 'comments'));
    return row;
  }

  /** Keys in the rows: a segment's keys act in its text box only (Ctrl+Enter in a rejection reason sends that reason); on a focused row, the row keys. */
  private onKeydown(event: KeyboardEvent): void {
    const row = this.rows.find((candidate) => candidate.element.contains(event.target as Node));
    if (!row) return;
    const scope = event.target === row.element ? 'row' : row.box.element.contains(event.target as Node) ? 'box' : undefined;
    const found = scope ? commandFor(event, scope) : undefined;
    if (!found) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(found.command, row, found.digit);
  }

  /** The active row: the one last focused on this page, or the first. */
  private activeRow(): Row | undefined {
    return this.rows.find((row) => row.segment.id === this.focusedId) ?? this.rows[0];
  }

  /** What each command of the keyboard map does (the toolbar's buttons run the same). */
  private run(command: Command, row: Row, digit?: number): void {
    const editable = this.can('segment.edit');
    const review = this.can('segment.review');
    switch (command) {
      case 'confirm':
        if (editable) void this.confirm(row);
        return;
      case 'approve':
        if (review) void this.approve(row);
        return;
      case 'reject':
        if (review) this.askRejection(row);
        return;
      case 'copySource':
        if (editable) this.copySource(row);
        return;
      case 'insertSuggestion': {
        const suggestion = this.panel.suggestion(row.segment.id, (digit ?? 1) - 1);
        if (suggestion) this.insertSuggestion(row, suggestion);
        return;
      }
      case 'insertCode':
        // As in memoQ: the next code the target lacks, at the caret (a pair around the selection).
        if (editable && !row.box.insertNextCode()) this.setNotice(row.segment.codes.length ? t('codes.noneMissing') : t('codes.none'), false);
        return;
      case 'next':
      case 'previous':
        void this.move(row, command === 'next' ? 1 : -1);
        return;
      case 'leaveBox':
        row.element.focus();
        return;
      case 'enterBox':
        this.focusRow(row);
        return;
      case 'rowDown':
      case 'rowUp':
        this.stepRow(row, command === 'rowDown' ? 1 : -1);
        return;
      case 'suggestions':
      case 'history':
      case 'comments':
        this.openPanel(row, command, true);
        return;
      case 'concordance':
        this.panel.concordance(row.segment.id, selectedText());
        this.openDrawer();
        return;
      case 'qaList':
        void this.openQaList();
        return;
      case 'statusFilter':
        this.root.querySelector<HTMLSelectElement>('#filter-status')?.focus();
        return;
      case 'find':
        this.find?.open(oneLine(selectedText()));
        return;
      case 'goto':
        this.gotoInput.focus();
        this.gotoInput.select();
        return;
      case 'undo':
      case 'redo':
      case 'help':
      case 'helpAnywhere':
        return;
    }
  }

  /** On a row (after Esc): the row above or below gets the focus, across pages. */
  private stepRow(row: Row, step: 1 | -1): void {
    const next = this.rows[this.rows.indexOf(row) + step];
    if (next) {
      next.element.focus();
      next.element.scrollIntoView({ block: 'nearest' });
      return;
    }
    const pages = Math.ceil(this.total / pageSize);
    const page = this.query.page + step;
    if (page >= 0 && page < pages) void this.loadPage(page, 'none').then(() => this.rows.at(step === 1 ? 0 : -1)?.element.focus());
  }

  private onInput(row: Row): void {
    if (row.segment.id === this.focusedId) this.toolbar.update();
    this.setState(row, 'unsaved');
    window.clearTimeout(row.timer);
    row.timer = window.setTimeout(() => void this.save(row), autosaveDelayMs);
  }

  private copySource(row: Row): void {
    row.box.replace(row.segment.source);
    this.onInput(row);
  }

  /** Queues a save of the row (its text, and a status if given); resolves to whether it was stored. */
  private save(row: Row, status?: Status, qaOverride?: { reason: string }): Promise<boolean> {
    window.clearTimeout(row.timer);
    row.chain = row.chain.then(() => this.send(row, status, qaOverride));
    return row.chain;
  }

  private async send(row: Row, status?: Status, qaOverride?: { reason: string }): Promise<boolean> {
    if (row.state === 'conflict') return false;
    const problem = row.box.problem();
    if (problem) {
      this.setState(row, 'error', problem);
      return false;
    }
    const target = row.box.value;
    if (status === undefined && target === row.segment.target) {
      this.setState(row, 'saved');
      return true;
    }
    this.setState(row, 'saving');
    try {
      const origin = row.inserted?.text === target ? row.inserted.origin : undefined;
      const result = await api.editSegment(row.segment.id, { target, status, version: row.segment.version, ...(origin ? { origin } : {}), ...(qaOverride ? { qaOverride } : {}) });
      row.inserted = undefined;
      this.applyResult(row, result);
      if (row.box.value === target) this.setState(row, 'saved');
      else this.onInput(row);
      if (result.propagated.count > 0) this.setNotice(t('editor.propagated', { count: result.propagated.count }), false);
      this.scheduleStatistics();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && isSegment(error.body.current)) {
        this.showConflict(row, error.body.current, target);
      } else if (error instanceof ApiError && error.code === 'qa_errors' && status !== undefined) {
        // Refused for QA errors: the text is kept as a draft, the findings shown, and confirming anyway takes a reason.
        await this.send(row);
        this.showQaRefusal(row, (error.body.findings ?? []) as FindingView[], status);
      } else if (error instanceof ApiError && error.code === 'invalid_transition' && target === row.segment.target) {
        // Only the status was refused (confirming an empty target): the text is as stored, nothing is unsaved.
        this.setState(row, 'saved');
        replaceChildren(row.message, el('span', { class: 'error', role: 'alert' }, describe(error)));
      } else {
        this.setState(row, 'error', describe(error));
      }
      return false;
    }
  }

  private applyResult(row: Row, result: EditedSegment): void {
    // The last change is this user's now: not "changed by" anyone else.
    row.segment = { ...row.segment, target: result.target, status: result.status, version: result.version, updatedAt: result.updatedAt, lastAuthor: this.me.username };
    this.changedLive.delete(row.segment.id);
    this.updateBadge(row);
    for (const filled of result.propagated.segments) {
      const other = this.rows.find((candidate) => candidate.segment.id === filled.id);
      if (!other) continue;
      other.segment = { ...other.segment, ...filled, lastAuthor: this.me.username };
      if (other.state === 'saved') other.box.value = filled.target;
      this.updateBadge(other);
    }
  }

  private showConflict(row: Row, current: ListedSegment, mine: string, author?: string | null): void {
    this.setState(row, 'conflict');
    const keepMine = el('button', { type: 'button', class: 'button primary', 'data-action': 'keep-mine' }, t('conflict.keepMine'));
    const takeTheirs = el('button', { type: 'button', class: 'button', 'data-action': 'take-theirs' }, t('conflict.takeTheirs'));
    keepMine.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.box.value = mine;
      this.setState(row, 'unsaved');
      void this.save(row);
    });
    takeTheirs.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.box.value = current.target;
      this.updateBadge(row);
      this.setState(row, 'saved');
    });
    replaceChildren(
      row.message,
      el(
        'div',
        { class: 'conflict', role: 'alert' },
        el('strong', {}, author ? t('conflict.titleBy', { name: author }) : t('conflict.title')),
        el('p', {}, t('conflict.explain')),
        el('div', { class: 'conflict-texts' }, el('div', {}, el('h3', {}, t('conflict.theirs')), el('p', { class: 'theirs' }, ...inlineNodes(current.target, row.segment.codes))), el('div', {}, el('h3', {}, t('conflict.yours')), el('p', { class: 'yours' }, ...inlineNodes(mine, row.segment.codes)))),
        keepMine,
        takeTheirs,
      ),
    );
  }

  /** The QA errors that refused a confirmation, with a reason box to confirm anyway (the reason goes into the revision). */
  private showQaRefusal(row: Row, findings: readonly FindingView[], status: Status): void {
    const reason = el('textarea', { class: 'qa-reason', rows: 2, 'aria-label': t('qa.ui.reason'), placeholder: t('qa.ui.reason') });
    const anyway = el('button', { type: 'button', class: 'button small', 'data-action': 'qa-override' }, t('qa.ui.confirmAnyway'));
    const send = () => {
      const text = reason.value.trim();
      if (!text) {
        reason.focus();
        return;
      }
      this.confirmAgain(row, status, { reason: text });
    };
    anyway.addEventListener('click', send);
    // Ctrl+Enter in the reason box sends it (and does not confirm the segment behind it).
    reason.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        event.stopPropagation();
        send();
      }
    });
    replaceChildren(
      row.message,
      el(
        'div',
        { class: 'qa-refusal', role: 'alert' },
        el('strong', {}, t('qa.ui.refused')),
        el(
          'ul',
          { class: 'qa-findings' },
          ...findings.map((finding) =>
            // One click applies the check's fix, then confirms again.
            findingItem(finding, {}, this.placeOf(row, finding.targetSpans[0]), this.fixButton(row, finding.suggestion, () => this.confirmAgain(row, status))),
          ),
        ),
        reason,
        anyway,
      ),
    );
  }

  /** Every QA finding of the document (GET …/qa), each a button to its segment. */
  private async showQaList(): Promise<void> {
    replaceChildren(this.qaHolder, el('p', { class: 'hint' }, t('editor.loading')));
    try {
      const qa = await api.documentQa(this.documentId);
      replaceChildren(
        this.qaHolder,
        el('p', { class: 'hint', id: 'qa-summary' }, t('qa.ui.summary', { errors: qa.errors, warnings: qa.warnings }), qa.ignored ? ` ${t('qa.ui.ignored', { count: qa.ignored })}` : ''),
        el(
          'ul',
          { class: 'qa-findings qa-document' },
          ...qa.items.map((finding) => {
            const row = this.rows.find((candidate) => candidate.segment.id === finding.segmentId);
            return el(
              'li',
              { class: `qa-${finding.severity}`, 'data-check': finding.check, 'data-segment-id': finding.segmentId },
              el(
                'button',
                // To the segment, the place in its English selected.
                { type: 'button', class: 'link-button', onclick: () => void this.jumpTo(finding.segmentId, finding.position, finding.target ?? undefined) },
                t('report.segment', { position: finding.position + 1 }),
              ),
              ' · ',
              el('span', { class: 'qa-severity' }, t(`qa.ui.${finding.severity}`)),
              ' ',
              t(`qa.${finding.key}`, finding.params ?? {}),
              row && finding.target && row.segment.codes.length === 0 ? ' ' : null,
              row && finding.target && row.segment.codes.length === 0 ? excerpt(row.segment.target, finding.target) : null,
              this.can('segment.edit') ? ' ' : null,
              this.can('segment.edit') ? this.fixControl(finding.segmentId, finding.suggestion) : null,
              this.can('segment.edit') ? this.ignoreControl(finding.segmentId, finding) : null,
            );
          }),
        ),
      );
    } catch (error) {
      replaceChildren(this.qaHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  /** "Fix": the check's correction put into the segment's box and saved (a plain segment on this page). */
  private fixControl(segmentId: number, fix: string | null | undefined): HTMLElement | null {
    const row = this.rows.find((candidate) => candidate.segment.id === segmentId);
    return row ? this.fixButton(row, fix, () => void this.save(row).then(() => this.showQaList())) : null;
  }

  /**
   * The place in the row's English a finding is about: the words around it, the place marked; a
   * click selects it in the box (a plain segment's box holds the very text the offsets count in).
   */
  private placeOf(row: Row, span: Span | undefined): HTMLElement | null {
    if (!span || row.segment.codes.length > 0) return null;
    const text = row.box.value;
    if (span.end > text.length) return null;
    return el('button', { type: 'button', class: 'link-button qa-place', title: t('qa.ui.select'), onclick: () => this.selectInBox(row, span) }, excerpt(text, span));
  }

  /** Selects a span of the row's English in its box (plain segments), scrolled into view. */
  private selectInBox(row: Row, span: Span): void {
    const box = row.box.element;
    if (!(box instanceof HTMLTextAreaElement) || span.end > box.value.length) return;
    box.focus();
    box.setSelectionRange(span.start, span.end);
  }

  /** The row's findings under its English, each with its place marked (and a fix), or closed again. */
  private toggleRowFindings(row: Row): void {
    const open = row.qa.getAttribute('aria-expanded') === 'true';
    row.qa.setAttribute('aria-expanded', String(!open));
    if (open) {
      row.details.replaceChildren();
      return;
    }
    replaceChildren(
      row.details,
      el(
        'ul',
        { class: 'qa-findings qa-row' },
        ...row.findings.map((finding) =>
          findingItem(finding, {}, this.placeOf(row, finding.target?.[0]), this.can('segment.edit') ? this.fixButton(row, finding.fix, () => void this.save(row)) : null),
        ),
      ),
    );
  }

  /**
   * A check's fix in one click: put into the row's box, then `apply` (save, confirm again). Only
   * for plain segments: a fix is written in words, and would drop a segment's codes.
   */
  private fixButton(row: Row, fix: string | null | undefined, apply: () => void): HTMLElement | null {
    if (fix === undefined || fix === null || row.segment.codes.length > 0) return null;
    const onclick = () => {
      row.box.value = fix;
      apply();
    };
    return el('button', { type: 'button', class: 'button small', 'data-action': 'qa-fix', onclick }, t('qa.ui.fix'));
  }

  /** Sends the row again with the status a refusal stopped (and a reason to override, if given); on to the next segment once confirmed. */
  private confirmAgain(row: Row, status: Status, qaOverride?: { reason: string }): void {
    void this.save(row, status, qaOverride).then((saved) => {
      if (saved && status === 'translated') void this.focusNextUnconfirmed(row);
    });
  }

  /** "Ignore…": a reason, then the finding leaves the list (until the translation changes). */
  private ignoreControl(segmentId: number, finding: Pick<FindingView, 'check' | 'key'>): HTMLElement {
    const holder = el('span', { class: 'qa-ignore' });
    const open = el('button', { type: 'button', class: 'button small', 'data-action': 'qa-ignore' }, t('qa.ui.ignore'));
    open.addEventListener('click', () => {
      const reason = el('input', { type: 'text', class: 'qa-ignore-reason', 'aria-label': t('qa.ui.ignoreReason'), placeholder: t('qa.ui.ignoreReason') });
      const send = el('button', { type: 'button', class: 'button small', 'data-action': 'qa-ignore-send' }, t('qa.ui.ignore'));
      const submit = () => {
        const text = reason.value.trim();
        if (!text) {
          reason.focus();
          return;
        }
        api
          .ignoreFinding(segmentId, { check: finding.check, key: finding.key, reason: text })
          .then(() => this.showQaList())
          .catch((error: unknown) => this.setNotice(describe(error), true));
      };
      send.addEventListener('click', submit);
      reason.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          submit();
        }
      });
      replaceChildren(holder, reason, send);
      reason.focus();
    });
    holder.append(open);
    return holder;
  }

  /** Puts the focus on a segment: on this page, or on its page once loaded (the filters cleared if they hide it). */
  private async jumpTo(segmentId: number, position: number, span?: Span): Promise<void> {
    const here = this.rows.find((row) => row.segment.id === segmentId);
    if (here) {
      this.focusRow(here);
    } else if (this.query.status !== '' || this.query.q !== '') {
      location.hash = `#/documents/${this.documentId}?page=${Math.floor(position / pageSize) + 1}`;
      return;
    } else {
      await this.loadPage(Math.floor(position / pageSize), segmentId);
    }
    const row = this.rows.find((candidate) => candidate.segment.id === segmentId);
    if (row && span) this.selectInBox(row, span);
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
    row.box.focus();
    row.element.scrollIntoView({ block: 'nearest' });
  }

  private markActive(row: Row): void {
    for (const other of this.rows) other.element.classList.toggle('active', other === row);
    this.toolbar.attach(row);
    if (this.focusedId === row.segment.id) return;
    this.focusedId = row.segment.id;
    window.clearTimeout(this.panelTimer);
    this.panelTimer = window.setTimeout(() => void this.panel.show(row.segment.id), 250);
    this.announcePresence();
  }

  /** Puts a suggestion in the row and saves it at once, marked as machine or memory output. */
  private insertSuggestion(row: Row, suggestion: { text: string; origin: 'mt' | 'tm' }): void {
    if (!this.can('segment.edit')) return;
    // As typing: Ctrl+Z brings the draft back.
    row.box.replace(suggestion.text);
    row.inserted = { text: suggestion.text, origin: suggestion.origin };
    this.setState(row, 'unsaved');
    void this.save(row);
    row.box.focus();
  }

  /**
   * Opens the panel on a segment at a tab (a button, a shortcut): wins over the panel following the
   * focus; a narrow window's drawer slides over the rows. From a shortcut, the focus goes into it.
   */
  private openPanel(row: Row, tab: 'suggestions' | 'history' | 'comments', focus = false): void {
    window.clearTimeout(this.panelTimer);
    this.openDrawer();
    void this.panel.show(row.segment.id, tab).then(() => {
      if (focus) this.panel.focus();
    });
  }

  /** The side panel as a drawer over the rows (narrow windows; a wide one shows it beside them). */
  private openDrawer(): void {
    this.body.classList.add('panel-open');
  }

  private closeDrawer(): void {
    this.body.classList.remove('panel-open');
  }

  /** Alt+Q: the document's QA findings, the focus on the first (Esc comes back to the segment). */
  private async openQaList(): Promise<void> {
    const button = this.root.querySelector<HTMLButtonElement>('#show-qa');
    button?.setAttribute('aria-expanded', 'true');
    await this.showQaList();
    (this.qaHolder.querySelector<HTMLElement>('li button') ?? this.qaHolder).focus();
  }

  /** Tells the others which segment this user is on, now and every half minute while the editor is open. */
  private announcePresence(): void {
    const say = () => void api.presence(this.documentId, this.focusedId ?? null).catch(() => undefined);
    say();
    window.clearInterval(this.presenceTimer);
    this.presenceTimer = window.setInterval(say, 30_000);
  }

  private async approve(row: Row): Promise<void> {
    if (await this.save(row, 'approved')) await this.move(row, 1);
  }

  /** Rejecting asks why: the comment is required and goes to the translator with the rejection. */
  private askRejection(row: Row): void {
    const reason = el('textarea', { rows: 2, class: 'reject-reason', 'aria-label': t('review.why'), placeholder: t('review.why'), maxlength: 10000 });
    const submit = el('button', { type: 'submit', class: 'button small danger' }, t('editor.reject'));
    const cancel = el('button', { type: 'button', class: 'button small' }, t('review.cancel'));
    const error = el('span', { class: 'error' });
    const form = el('form', { class: 'reject-form', role: 'group', 'aria-label': t('review.title') }, el('strong', {}, t('review.title')), reason, submit, cancel, error);
    submitOnCtrlEnter(reason, form);
    cancel.addEventListener('click', () => row.message.replaceChildren());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        error.textContent = t('review.whyRequired');
        reason.focus();
        return;
      }
      void this.reject(row, reason.value);
    });
    replaceChildren(row.message, form);
    reason.focus();
  }

  private async reject(row: Row, comment: string): Promise<void> {
    try {
      const result = await api.editSegment(row.segment.id, { target: row.box.value, status: 'rejected', version: row.segment.version, comment });
      this.applyResult(row, result);
      this.setState(row, 'saved');
      row.segment = { ...row.segment, comments: { open: row.segment.comments.open + 1, total: row.segment.comments.total + 1 } };
      this.updateRowExtras(row);
      this.scheduleStatistics();
      await this.panel.refreshIf(row.segment.id);
    } catch (error) {
      this.setState(row, 'error', describe(error));
    }
  }

  /** The comment count, who else is on the row, and what changed under it. */
  private updateRowExtras(row: Row): void {
    showComments(row);
    const here = this.others.filter((other) => other.segmentId === row.segment.id && other.username !== this.me.username);
    row.presence.textContent = here.length ? t('editor.editing', { names: here.map((other) => other.username).join(', ') }) : '';
    const items: HTMLElement[] = [];
    if (row.segment.sourceChanged) items.push(this.changeToggle(row, t('editor.sourceChanged'), 'previous-source', 'source', 'fr'));
    if (this.changedSinceSeen(row.segment)) {
      items.push(this.changeToggle(row, t('editor.changedBy', { name: row.segment.lastAuthor }), 'previous', 'current', 'en'));
    }
    replaceChildren(row.changes, ...items);
  }

  /**
   * Whether someone else changed the segment since this user last looked: while the editor is open
   * (a live update), or since their last visit to the document in this browser.
   */
  private changedSinceSeen(segment: ListedSegment): boolean {
    if (!segment.lastAuthor || segment.lastAuthor === this.me.username || segment.status === 'new') return false;
    return this.changedLive.has(segment.id) || (this.seenBefore !== null && segment.updatedAt > this.seenBefore);
  }

  /** A button that shows (and hides) a diff of the row: the source change, or someone else's edit. */
  private changeToggle(row: Row, label: string, from: string, to: string, lang: string): HTMLElement {
    const holder = el('div', { class: 'change-diff' });
    const button = el('button', { type: 'button', class: 'button small change-toggle', 'aria-expanded': 'false' }, label);
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-expanded') === 'true') {
        button.setAttribute('aria-expanded', 'false');
        holder.replaceChildren();
        return;
      }
      button.setAttribute('aria-expanded', 'true');
      api
        .diff(row.segment.id, from, to)
        .then((diff) => replaceChildren(holder, diffView(diff.ops, lang)))
        .catch((error: unknown) => replaceChildren(holder, el('span', { class: 'error' }, describe(error))));
    });
    return el('div', { class: 'change' }, button, holder);
  }

  private updateComments(segmentId: number, threads: Thread[]): void {
    const row = this.rows.find((candidate) => candidate.segment.id === segmentId);
    if (!row) return;
    const total = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
    const open = threads.filter((thread) => !thread.resolvedAt).length;
    row.segment = { ...row.segment, comments: { open, total } };
    this.updateRowExtras(row);
  }

  /** Live updates from the others: rows change in place, unless this user is typing in them. */
  private listen(): void {
    if (typeof EventSource === 'undefined') return;
    this.events?.close();
    const events = new EventSource(api.eventsUrl(this.documentId));
    this.events = events;
    events.addEventListener('segment', (message) => {
      const { segment, author } = JSON.parse((message as MessageEvent<string>).data) as { segment: ListedSegment; author: string | null };
      const row = this.rows.find((candidate) => candidate.segment.id === segment.id);
      if (!row || segment.version <= row.segment.version) return;
      const typing = row.state !== 'saved' || (document.activeElement === row.box.element && row.box.value !== row.segment.target);
      if (typing) {
        this.showConflict(row, { ...row.segment, ...segment }, row.box.value, author);
        return;
      }
      row.segment = { ...row.segment, ...segment, lastAuthor: author };
      this.changedLive.add(segment.id);
      row.box.value = segment.target;
      this.updateBadge(row);
      this.updateRowExtras(row);
      row.element.classList.add('changed-elsewhere');
      window.setTimeout(() => row.element.classList.remove('changed-elsewhere'), 1500);
      this.scheduleStatistics();
      void this.panel.refreshIf(segment.id);
    });
    events.addEventListener('comment', (message) => {
      const { segmentId } = JSON.parse((message as MessageEvent<string>).data) as { segmentId: number };
      if (!this.rows.some((row) => row.segment.id === segmentId)) return;
      api
        .comments(segmentId)
        .then(({ items }) => this.updateComments(segmentId, items))
        .catch(() => undefined);
      void this.panel.refreshIf(segmentId);
    });
    events.addEventListener('presence', (message) => {
      this.others = (JSON.parse((message as MessageEvent<string>).data) as { users: { username: string; segmentId: number | null }[] }).users;
      for (const row of this.rows) this.updateRowExtras(row);
    });
    events.addEventListener('reset', () => {
      void this.loadPage(this.query.page, 'none').then(() => this.find?.refresh());
      this.scheduleStatistics();
    });
    // The server ended the stream: this reader signed out elsewhere, or lost access to the project.
    events.addEventListener('revoked', (message) => {
      const { reason } = JSON.parse((message as MessageEvent<string>).data) as { reason: string };
      events.close();
      if (this.events === events) this.events = undefined;
      if (reason === 'access-withdrawn') {
        replaceChildren(this.root, el('p', { class: 'error', role: 'alert', id: 'access-withdrawn' }, t('editor.accessWithdrawn')), el('a', { href: '#/' }, t('editor.back')));
      } else {
        // The router asks who is signed in, and shows the sign-in page on 401.
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
    });
  }

  /** Tools by role, in a menu: report and statistics for everyone, pre-translation and files for translators, a source update for owners. */
  private reviewTools(): HTMLElement {
    const report = el('a', { class: 'button', href: `#/documents/${this.documentId}/report`, id: 'review-report' }, t('editor.reviewReport'));
    const statsButton = el('button', { type: 'button', class: 'button', id: 'show-stats', 'aria-expanded': 'false' }, t('editor.statistics'));
    statsButton.addEventListener('click', () => {
      const open = statsButton.getAttribute('aria-expanded') !== 'true';
      statsButton.setAttribute('aria-expanded', String(open));
      if (!open) {
        this.statsHolder.replaceChildren();
        return;
      }
      api
        .stats(this.documentId)
        .then((stats) => replaceChildren(this.statsHolder, statsChart(stats)))
        .catch((error: unknown) => this.setNotice(describe(error), true));
    });
    const update = this.can('document.update')
      ? this.fileButton('source-file', acceptAttribute(), t('editor.updateSource'), async (file) => {
          const summary = await api.updateSource(this.documentId, file);
          return { notice: t('editor.sourceUpdated', { unchanged: summary.unchanged, changed: summary.changed, added: summary.added, removed: summary.removed }), warning: false };
        })
      : null;
    // An XLIFF or review table exported from here and edited elsewhere: its changed targets come back.
    const takeBack = this.can('segment.edit')
      ? this.fileButton('targets-file', bilingualAcceptAttribute(), t('editor.importTargets'), async (file) => {
          const summary = await api.importTargets(this.documentId, file);
          const conflicts = summary.conflicts.map((conflict) => conflict.position + 1).join(', ');
          return {
            notice:
              t('editor.targetsImported', { count: summary.updated.length, unchanged: summary.unchanged, conflicts: summary.conflicts.length }) +
              (conflicts ? ` ${t('editor.targetsConflicts', { positions: conflicts })}` : ''),
            warning: summary.conflicts.length > 0,
          };
        })
      : null;
    let pretranslate: HTMLElement | null = null;
    if (this.can('segment.edit')) {
      pretranslate = el('button', { type: 'button', class: 'button', id: 'pretranslate' }, t('jobs.start'));
      pretranslate.addEventListener('click', () => {
        api
          .pretranslate(this.documentId, { memory: true, mt: true, minScore: 75 })
          .then(({ jobId }) => this.followJob(jobId))
          .catch((error: unknown) => this.setNotice(describe(error), true));
      });
    }
    // An English version that already exists: aligned, reviewed link by link, then accepted.
    const align = this.can('segment.edit') ? el('a', { class: 'button', href: `#/documents/${this.documentId}/align`, id: 'open-alignment' }, t('editor.align')) : null;
    // The rarer tools in one menu; it closes once one is chosen (a file chooser keeps it open until chosen).
    const menu = el('details', { class: 'tools-menu' }, el('summary', { class: 'button' }, t('editor.tools')), el('div', { class: 'menu-items' }, report, statsButton, pretranslate, update, takeBack, align));
    for (const item of [statsButton, pretranslate]) item?.addEventListener('click', () => menu.removeAttribute('open'));
    return menu;
  }

  /** The document's QA findings, listed on demand (Alt+Q). */
  private qaButton(): HTMLElement {
    const qaButton = el('button', { type: 'button', class: 'button', id: 'show-qa', 'aria-expanded': 'false', 'aria-controls': 'qa-list', title: keysOf('qaList') }, t('qa.ui.list'));
    qaButton.addEventListener('click', () => {
      const open = qaButton.getAttribute('aria-expanded') !== 'true';
      qaButton.setAttribute('aria-expanded', String(open));
      if (open) void this.showQaList();
      else this.qaHolder.replaceChildren();
    });
    return qaButton;
  }

  /**
   * A button that sends a chosen file (a revised source, a file taken back), then says what
   * happened and reloads the rows and the statistics.
   */
  private fileButton(id: string, accept: string, label: string, send: (file: File) => Promise<{ notice: string; warning: boolean }>): HTMLElement {
    const file = el('input', { type: 'file', id, accept, class: 'visually-hidden' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      send(chosen)
        .then(async ({ notice, warning }) => {
          this.setNotice(notice, warning);
          file.value = '';
          await this.loadPage(this.query.page, 'none');
          this.scheduleStatistics();
        })
        .catch((error: unknown) => this.setNotice(describe(error), true));
    });
    return el('label', { class: 'button', for: id }, label, file);
  }

  /** Shows a pre-translation's progress above the rows; the rows fill live as it goes. */
  private followJob(jobId: number): void {
    const progress = jobProgress(jobId, (job) => {
      if (job.state === 'done') this.setNotice(t('jobs.finished', { done: job.done }), false);
      void this.loadPage(this.query.page, 'none');
      this.scheduleStatistics();
    });
    replaceChildren(this.jobHolder, progress);
  }

  private updateBadge(row: Row): void {
    const { position, kind, status } = row.segment;
    if (row.element.dataset.status !== undefined && row.element.dataset.status !== status) this.announce(t('editor.statusAnnounced', { position: position + 1, status: t(`status.${status}`) }));
    row.badge.className = `status-badge status-${status}`;
    row.badge.textContent = t(`status.${status}`);
    row.element.dataset.status = status;
    row.element.setAttribute('aria-label', t('editor.rowLabel', { position: position + 1, kind: t(`kind.${kind}`), status: t(`status.${status}`) }));
    this.updateQa(row);
  }

  /**
   * The row's French with its glossary terms, and marked: the matches of the open search, else the
   * places its QA findings are about (a plain segment: the offsets count in its words).
   */
  private renderSource(row: Row): void {
    const { source, codes } = row.segment;
    const found = this.findMarks.get(row.segment.id);
    if (codes.length > 0) {
      if (found === undefined && !row.source.querySelector('mark.find-span')) return;
      replaceChildren(row.source, ...inlineNodes(source, codes, (text) => this.sourceWithTerms(text)));
      return;
    }
    const marks = found ?? row.findings.flatMap((finding) => finding.source ?? []);
    replaceChildren(row.source, ...markSpans(source, marks, (piece) => this.sourceWithTerms(piece), found ? 'find-span' : 'qa-span'));
  }

  /** The quality checks on the row's saved translation: an icon and a count (not colour alone), the messages in the title. */
  private updateQa(row: Row): void {
    const segment = row.segment;
    const findings = this.qa && segment.target !== '' ? checkPair(pairOf(segment), this.qa.context, this.qa.settings) : [];
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    row.findings = findings;
    row.qa.hidden = findings.length === 0;
    row.element.dataset.qa = errors > 0 ? 'error' : findings.length > 0 ? 'warning' : 'none';
    this.renderSource(row);
    if (row.qa.getAttribute('aria-expanded') === 'true') {
      row.qa.setAttribute('aria-expanded', 'false');
      if (findings.length > 0) this.toggleRowFindings(row);
      else row.details.replaceChildren();
    }
    if (findings.length === 0) return;
    row.qa.className = `qa-indicator ${errors > 0 ? 'qa-error' : 'qa-warning'}`;
    row.qa.textContent = `${errors > 0 ? '✖' : '⚠'} ${t('qa.ui.count', { count: findings.length })}`;
    row.qa.title = findings.map((finding) => t('qa.ui.line', { severity: t(`qa.ui.${finding.severity}`), message: t(`qa.${finding.key}`, finding.params ?? {}) })).join('\n');
  }

  private announce(text: string): void {
    this.announcer.textContent = text;
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

/** The text selected in a text field or the page. */
function selectedText(): string {
  const active = document.activeElement;
  const inField = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0) : '';
  return inField || (window.getSelection()?.toString() ?? '');
}

/** A selection to search for: one line, trimmed, or nothing. */
function oneLine(text: string): string | undefined {
  return text.includes('\n') ? undefined : text.trim() || undefined;
}
