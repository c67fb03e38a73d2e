import { confirmedStatuses, type Status, statuses } from '../../domain/segment';
import { findTerms } from '../../domain/glossary';
import type { Permission } from '../../domain/permissions';
import { ApiError, api, type Me } from '../api';
import type { Span } from '../../domain/qa';
import { FindReplacePanel } from '../components/find-replace';
import { exportMenu } from '../components/export-menu';
import { SegmentPanel } from './segment-panel';
import { progressBar } from '../components/progress-bar';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { DocumentSummary, EditedSegment, ListedSegment, Thread } from '../types';
import { describe } from '../components/notice';
import { type Command, commandFor, keysOf } from '../editor/keymap';
import { createRow, type Row, showComments } from '../editor/row';
import { SegmentToolbar } from '../editor/segment-toolbar';
import { SegmentList } from '../editor/segment-list';
import { toolsMenu } from '../editor/tools-menu';
import { listenToDocument } from '../editor/live';
import { QaView } from '../editor/qa-view';
import { PreviewPane } from '../editor/preview';
import { Autosave } from '../editor/autosave';
import { askRejection, hideOverrideReview, overrideAfter, reviewerReason, showChanges, showOverride, showOverrideReview } from '../editor/review';
import { RevealKeeper, isTextEntry, typingOutside } from '../editor/reveal';
import { onEscape } from '../components/forms';

const unconfirmed = 'new,draft,rejected';
/** How long after a refused event stream another is opened. */
const liveRetryMs = 3000;
/** Where the browser remembers that the side panel is kept beside the rows. */
const pinnedPanelKey = 'visavis-panel-pinned';
/** The widths where the panel is a drawer unless pinned beside the rows (as in styles.css). */
const pinnableWidths = '(min-width: 1000px) and (max-width: 1599px)';

interface EditorQuery {
  /** The segment to open at (its number less one). */
  position: number;
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
 * segment in one scrolling list drawn a window at a time (editor/segment-list), one toolbar under
 * the active row, the side panel, the keys of the keyboard map. It puts the parts of editor/
 * together: rows, autosave and conflicts, QA, review, live updates, tools.
 */
export class Editor {
  /** Every row alive (in the page, or kept off screen with its state). */
  private get rows(): Row[] {
    return this.list.rows();
  }
  private query: EditorQuery;
  private document: DocumentSummary | undefined;

  /** What the user's role in the document's project allows (the server checks it again). */
  private can(permission: Permission): boolean {
    return this.document?.permissions?.includes(permission) ?? false;
  }
  /** The document as one scrolling list, drawn a window at a time. */
  private readonly list = new SegmentList({
    filter: () => ({ status: this.query.status || undefined, q: this.query.q || undefined }),
    fetch: (query) => api.segments(this.documentId, query),
    create: (segment) => this.createRow(segment),
    droppable: (row) => row.state === 'saved' && row.segment.id !== this.focusedId && !row.element.contains(document.activeElement),
    // Read again with the list: the segment says who changed it last.
    refresh: (row, segment) => this.refreshRow(row, segment, undefined),
    failed: (error) => this.setNotice(describe(error), true),
  });
  /** How many segments the list holds (with the filters). */
  private readonly listCount = el('span', { class: 'list-count', 'aria-live': 'polite' });
  /** Status changes said to screen readers (visually hidden). */
  private readonly announcer = el('div', { class: 'visually-hidden', 'aria-live': 'polite', id: 'announcer' });
  private readonly notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  private readonly progressHolder = el('div', { class: 'document-progress' });
  private statsTimer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly documentId: number,
    query: Partial<EditorQuery>,
    private readonly me: Me,
  ) {
    this.query = { position: query.position ?? 0, status: query.status ?? '', q: query.q ?? '' };
    this.list.element.addEventListener('keydown', (event) => this.onKeydown(event));
    window.addEventListener('beforeunload', this.warnUnsaved);
    window.addEventListener('keydown', this.onViewKeydown);
    this.seenBefore = lastSeen(me.username, documentId);
    this.panel = new SegmentPanel({
      canEdit: () => this.can('segment.edit'),
      canComment: () => this.can('segment.comment'),
      insert: (segmentId, suggestion) => {
        const row = this.list.rowById(segmentId);
        if (row) this.insertSuggestion(row, suggestion);
      },
      me,
      current: (segmentId) => this.list.rowById(segmentId)?.segment,
      restored: (result) => {
        const row = this.list.rowById(result.id);
        if (!row) return;
        this.applyResult(row, result);
        row.box.value = result.target;
        this.autosave.setState(row, 'saved');
      },
      commented: (segmentId, threads) => this.updateComments(segmentId, threads),
      leave: () => {
        if (!this.pinnedHere()) this.closeDrawer();
        this.returnToSegment();
      },
      close: () => this.closeDrawer(),
      pinned: () => this.body.classList.contains('panel-pinned'),
      pin: (pinned) => this.setPinned(pinned),
      suggested: (segmentId, items) => this.toolbar.suggest(segmentId, items[0]),
      searchMemory: (q) => (this.document ? api.searchMemory(this.document.projectId, q) : Promise.resolve({ items: [] })),
    });
    onEscape(this.qaView.holder, () => this.returnToSegment());
  }

  private readonly panel: SegmentPanel;
  /** The row navigated to, kept fully in view while the list settles around it. */
  private readonly keeper = new RevealKeeper();
  /** The one toolbar of the active segment, moved from row to row. */
  private readonly toolbar = new SegmentToolbar({
    can: (permission) => this.can(permission),
    run: (command, row) => this.run(command, row),
    insert: (row, suggestion) => this.insertSuggestion(row, suggestion),
  });
  /** The sticky header's height (it grows with the find panel), for rows scrolled into view to stay clear of it. */
  private readonly headerSize = new ResizeObserver((entries) => {
    const height = entries[0]?.borderBoxSize[0]?.blockSize;
    if (height) document.documentElement.style.setProperty('--editor-header', `${Math.ceil(height)}px`);
  });
  /** The quality checks: on each row, on a refused confirmation, and the document's list. */
  private readonly qaView = new QaView({
    documentId: () => this.documentId,
    can: (permission) => this.can(permission),
    rowById: (segmentId) => this.list.rowById(segmentId),
    save: (row, status, qaOverride) => this.autosave.save(row, status, qaOverride),
    jumpTo: (segmentId, position, span) => this.jumpTo(segmentId, position, span),
    confirmed: (row) => this.focusNextUnconfirmed(row),
    notice: (message, error) => this.setNotice(message, error),
    sourceNodes: (text) => this.sourceWithTerms(text),
    findMarks: (segmentId) => this.findMarks.get(segmentId),
  });
  /** The live preview of the English beside (or under) the rows, toggled with Alt+P. */
  private readonly preview = new PreviewPane({
    url: () => api.previewUrl(this.documentId),
    toggled: (open) => this.body.classList.toggle('preview-open', open),
  });
  /** Saving as the user types, conflicts, and the header's save state. */
  private readonly autosave = new Autosave({
    rows: () => this.rows,
    applied: (row, result) => this.applyResult(row, result),
    refused: (row, findings, status) => this.qaView.showRefusal(row, findings, status),
    shown: (row) => this.updateBadge(row),
  });
  /** The rows and the side panel (a drawer over the rows in a narrow window). */
  private readonly body = el('div', { class: pinnedBefore() ? 'editor-body panel-pinned' : 'editor-body' });
  private focusedId: number | undefined;
  /** Where the steps still on their way (Alt+↓, ↓ on a row) are going, by index in the list. */
  private stepTarget: number | undefined;
  private events: EventSource | undefined;
  /** The event stream's state said in the header when updates from the others stop. */
  private readonly liveState = el('span', { class: 'live-state', role: 'status', 'aria-live': 'polite' });
  /** Whether a stream has been open (before, its opening is not an interruption). */
  private liveOpened = false;
  /** Whether a stream was refused since: the next one to open reads the list again. */
  private liveLost = false;
  private liveRetry: number | undefined;
  /** Left: nothing more is opened. */
  private disposed = false;
  private presenceTimer: number | undefined;
  private panelTimer: number | undefined;
  /** Who else edits which segment, from the live presence events. */
  private others: { username: string; segmentId: number | null }[] = [];
  private readonly statsHolder = el('div', { class: 'stats-holder' });
  private readonly jobHolder = el('div', { class: 'job-holder' });
  /** The project glossary, highlighted in the sources. */
  private terms: { source: string; target: string; forbidden: string }[] = [];

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
      await this.reload(position);
    }
    // Without filters, a segment's place in the list is its position.
    const row = await this.list.show(position);
    if (row) this.focusRow(row);
  }

  /** Back to the segment last worked on (drawn again if it was scrolled away). */
  private returnToSegment(): void {
    const index = this.focusedId === undefined ? undefined : this.list.indexOf(this.focusedId);
    void this.list.show(index ?? 0).then((row) => {
      if (row) this.focusRow(row);
    });
  }

  /** Find and replace over the whole document (Ctrl+H), made once the document (and so the user's role) is known. */
  private find: FindReplacePanel | undefined;
  /** The matches of the open search, by segment: marked in the rows' French. */
  private findMarks = new Map<number, Span[]>();

  /** Keys of the whole view, wherever the focus is: the panels, find and replace, go to, the QA list, the status filter. */
  private readonly onViewKeydown = (event: KeyboardEvent): void => {
    // Esc with the focus nowhere (a panel drawn again under it): back to the segment.
    if (event.key === 'Escape' && document.activeElement === document.body && !event.defaultPrevented) {
      this.returnToSegment();
      return;
    }
    const row = this.activeRow();
    const found = commandFor(event, 'view');
    if (!found || !row || !this.find) return;
    event.preventDefault();
    this.run(found.command, row);
  };

  /** Stops listening to the window; call before leaving the view. */
  dispose(): void {
    this.list.dispose();
    this.preview.dispose();
    this.keeper.release();
    this.headerSize.disconnect();
    window.removeEventListener('beforeunload', this.warnUnsaved);
    window.removeEventListener('keydown', this.onViewKeydown);
    window.clearTimeout(this.statsTimer);
    window.clearInterval(this.presenceTimer);
    window.clearTimeout(this.panelTimer);
    window.clearTimeout(this.liveRetry);
    this.disposed = true;
    this.events?.close();
    this.events = undefined;
    // The root is the next view's: the stream's state was this one's.
    delete this.root.dataset.live;
    if (this.focusedId !== undefined && this.can('project.read')) void api.presence(this.documentId, null).catch(() => undefined);
  }

  /** Whether some typing is not saved yet. */
  hasUnsaved(): boolean {
    return this.autosave.hasUnsaved();
  }

  /** Saves every pending edit now. */
  async flush(): Promise<void> {
    await this.autosave.flush();
  }

  async render(): Promise<void> {
    try {
      this.document = await api.getDocument(this.documentId);
      this.terms = (await api.glossary(this.document.projectId).catch(() => ({ items: [] }))).items;
      const project = await api.getProject(this.document.projectId).catch(() => undefined);
      if (project) this.qaView.checks = { context: { targetLang: project.settings.targetLang, glossary: this.terms }, settings: project.settings.qa ?? {} };
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
        for (const row of this.rows) this.qaView.renderSource(row);
      },
      flush: () => this.flush(),
      reload: () => this.reload(),
      returnFocus: () => this.returnToSegment(),
    });
    const openFind = el('button', { type: 'button', class: 'button', id: 'open-find', title: keysOf('find'), onclick: () => this.find?.open() }, t('find.button'));
    this.gotoInput.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const number = Number(this.gotoInput.value);
      if (Number.isInteger(number) && number >= 1) void this.goToPosition(Math.min(number, Math.max(1, this.document?.statistics.segments ?? number)) - 1);
    });
    onEscape(this.gotoInput, () => this.returnToSegment());
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
          this.autosave.indicator,
          this.liveState,
        ),
        el(
          'div',
          { class: 'toolbar' },
          ...this.filters(),
          el('label', { class: 'goto', title: keysOf('goto') }, el('span', { class: 'label-text' }, `${t('editor.goto')} `), this.gotoInput),
          openFind,
          this.qaView.toggle,
          this.preview.toggle,
          toolsMenu({
            documentId: this.documentId,
            documentTitle: this.document.title,
            can: (permission) => this.can(permission),
            statsHolder: this.statsHolder,
            jobHolder: this.jobHolder,
            notice: (message, warning) => this.setNotice(message, warning),
            changed: async () => {
              await this.reload();
              this.scheduleStatistics();
            },
          }),
          exportMenu(this.documentId, this.document.format),
          this.listCount,
        ),
        // In the sticky header: searching never scrolls the match out of sight.
        this.find.element,
      ),
      this.announcer,
      this.statsHolder,
      this.qaView.holder,
      this.jobHolder,
      this.notice,
      this.body,
    );
    replaceChildren(
      this.body,
      el(
        'div',
        { class: 'editor-main' },
        el('div', { class: 'columns-heading', 'aria-hidden': 'true' }, el('span', {}, t('editor.source')), el('span', {}, t('editor.target'))),
        this.list.element,
        this.preview.element,
      ),
      this.panel.element,
    );
    this.toolbar.build();
    this.listen();
    const header = this.root.querySelector('.editor-header');
    if (header) this.headerSize.observe(header);
    replaceChildren(this.progressHolder, progressBar(this.document.statistics));
    if (!this.can('segment.edit') && this.document.role) {
      this.setNotice(t('editor.readOnly', { role: t(`role.${this.document.role}`) }), false);
    }
    this.autosave.showState();
    await this.reload(this.query.position);
    const first = await this.list.show(Math.min(this.query.position, Math.max(0, this.list.total - 1)));
    if (first) this.offerRow(first);
    performance.mark('visavis:editor-ready');
    // The rows the user types in first; the preview's page (a whole document to lay out) after them.
    this.preview.restore();
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
    onEscape(status, () => this.returnToSegment());
    status.addEventListener('change', () => {
      this.query.status = status.value;
      void this.reload(0, 'first');
    });
    const search = el('input', { type: 'search', id: 'filter-search', placeholder: t('editor.search'), 'aria-label': t('editor.search'), value: this.query.q });
    let timer: number | undefined;
    search.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        this.query.q = search.value.trim();
        void this.reload(0, 'first');
      }, 300);
    });
    return [el('label', { class: 'filter' }, el('span', { class: 'label-text' }, `${t('editor.filterStatus')} `), status), search];
  }

  /**
   * Reads the list again (after saving pending edits): new filters, or new data (an import, a
   * pre-translation), the list drawn around an index; `first` puts the focus on its first row.
   */
  private async reload(around?: number, focus?: 'first'): Promise<void> {
    await this.flush();
    const focusedAt = () => (this.focusedId === undefined ? undefined : this.list.indexOf(this.focusedId));
    const hadFocus = this.list.element.contains(document.activeElement);
    try {
      await this.list.reset(around ?? focusedAt() ?? 0);
    } catch (error) {
      this.setNotice(describe(error), true);
      return;
    }
    this.listCount.textContent = t('editor.segmentCount', { count: this.list.total });
    this.rememberQuery();
    // The first row; or the segment the user was on, drawn again where it was (its box focused again if it was).
    const active = focus === 'first' ? 0 : around === undefined ? focusedAt() : undefined;
    if (active === undefined) return;
    const row = await this.list.show(active);
    if (row && focus === 'first') this.offerRow(row);
    else if (row && hadFocus) this.focusRow(row);
  }

  private rememberQuery(): void {
    const params = new URLSearchParams();
    const position = this.focusedId === undefined ? undefined : this.list.rowById(this.focusedId)?.segment.position;
    if (position) params.set('segment', String(position + 1));
    if (this.query.status) params.set('status', this.query.status);
    if (this.query.q) params.set('q', this.query.q);
    const suffix = params.size ? `?${params}` : '';
    history.replaceState(null, '', `#/documents/${this.documentId}${suffix}`);
  }

  private createRow(segment: ListedSegment): Row {
    const row = createRow(segment, (text) => this.sourceWithTerms(text), this.can('segment.edit'));
    this.updateBadge(row);
    this.updateRowExtras(row);
    row.qa.addEventListener('click', () => this.qaView.toggleRow(row));
    row.box.element.addEventListener('input', () => this.onInput(row));
    row.box.element.addEventListener('focus', () => this.markActive(row));
    row.element.addEventListener('focus', () => this.markActive(row));
    row.commentsButton.addEventListener('click', () => this.openPanel(row, 'comments'));
    return row;
  }

  /** Keys in the rows: a segment's keys act in its text box only (Ctrl+Enter in a rejection reason sends that reason); on a focused row, the row keys. */
  private onKeydown(event: KeyboardEvent): void {
    const row = this.list.rowOf(event.target as Node);
    if (!row) return;
    const scope = event.target === row.element ? 'row' : row.box.element.contains(event.target as Node) ? 'box' : undefined;
    const found = scope ? commandFor(event, scope) : undefined;
    if (!found) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(found.command, row, found.digit);
  }

  /** The active row: the one last focused, or the first. */
  private activeRow(): Row | undefined {
    return (this.focusedId === undefined ? undefined : this.list.rowById(this.focusedId)) ?? this.rows[0];
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
        if (review) askRejection(row, (reason) => void this.reject(row, reason));
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
        this.settleNow();
        this.panel.concordance(row.segment.id, selectedText());
        this.openDrawer();
        return;
      case 'qaList':
        void this.qaView.openList();
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
      case 'preview':
        this.preview.setOpen(!this.preview.isOpen());
        return;
      case 'undo':
        row.box.undo();
        return;
      case 'redo':
        row.box.redo();
        return;
      case 'help':
      case 'helpAnywhere':
        return;
    }
  }

  /** On a row (after Esc): the row above or below gets the focus. */
  private stepRow(row: Row, step: 1 | -1): void {
    void this.step(row, step).then((next) => {
      if (!next) return;
      next.element.focus({ preventScroll: true });
      this.revealRow(next);
    });
  }

  /**
   * The row a step away, shown. Steps taken faster than a chunk arrives count from the row the last
   * one is going to, not from the focused row, so no key press is lost; only the last one's row is returned.
   */
  private async step(from: Row, step: 1 | -1): Promise<Row | undefined> {
    const base = this.stepTarget ?? this.list.indexOf(from.segment.id);
    if (base === undefined) return undefined;
    const target = Math.min(Math.max(0, base + step), this.list.total - 1);
    this.stepTarget = target;
    try {
      const row = await this.list.show(target);
      return this.stepTarget === target ? row : undefined;
    } finally {
      if (this.stepTarget === target) this.stepTarget = undefined;
    }
  }

  private onInput(row: Row): void {
    if (row.segment.id === this.focusedId) this.toolbar.update();
    this.autosave.typed(row);
  }

  private copySource(row: Row): void {
    row.box.replace(row.segment.source);
    this.onInput(row);
  }

  /** A save went through: the row and the segments it filled take what was stored; the statistics follow. */
  private applyResult(row: Row, result: EditedSegment): void {
    if (result.propagated.count > 0) this.setNotice(t('editor.propagated', { count: result.propagated.count }), false);
    this.scheduleStatistics();
    // The last change is this user's now: not "changed by" anyone else.
    row.segment = { ...row.segment, target: result.target, status: result.status, version: result.version, updatedAt: result.updatedAt, lastAuthor: this.me.username, qaOverride: overrideAfter(row.segment, result) };
    this.changedLive.delete(row.segment.id);
    this.updateBadge(row);
    this.preview.saved(row.segment);
    for (const filled of result.propagated.segments) {
      this.preview.saved({ ...filled, source: row.segment.source, codes: row.segment.codes });
      const other = this.list.rowById(filled.id);
      if (!other) {
        this.list.update(filled);
        continue;
      }
      other.segment = { ...other.segment, ...filled, lastAuthor: this.me.username };
      if (other.state === 'saved') other.box.value = filled.target;
      this.updateBadge(other);
    }
  }

  /** Puts the focus on a segment, scrolled to (the filters cleared if they hide it), a span of its English selected. */
  private async jumpTo(segmentId: number, position: number, span?: Span): Promise<void> {
    const index = this.list.indexOf(segmentId);
    const row = index === undefined ? await this.goToPosition(position).then(() => this.list.rowById(segmentId)) : await this.list.show(index);
    if (!row) return;
    this.focusRow(row);
    if (span) row.box.select(span);
  }

  private async confirm(row: Row): Promise<void> {
    // Held back for QA and not changed since: the reason box is the way on (Esc comes back).
    if (row.held && row.state === 'saved' && row.box.value === row.segment.target && this.qaView.focusReason(row)) return;
    if (await this.autosave.save(row, 'translated')) await this.focusNextUnconfirmed(row);
  }

  /** To the next segment not confirmed yet after this one, in the list (fetched as needed); the end of the list says so. */
  private async focusNextUnconfirmed(from: Row): Promise<void> {
    const focused = document.activeElement;
    const start = this.list.indexOf(from.segment.id);
    if (start === undefined) return;
    const filtered = this.query.status !== '' || this.query.q !== '';
    let index = start + 1;
    if (!filtered) {
      // Without filters the list is the document: the server finds the next one, however far.
      try {
        const { items } = await api.segments(this.documentId, { status: unconfirmed, after: from.segment.position, offset: 0, limit: 1 });
        index = items[0]?.position ?? this.list.total;
      } catch (error) {
        this.setNotice(describe(error), true);
        return;
      }
    } else {
      // A filtered list: its rows in turn (the next one at least, as the rows of a page did).
      for (; index < this.list.total; index++) {
        const segment = this.list.segmentAt(index) ?? (await this.list.show(index))?.segment;
        if (!segment || !isConfirmed(segment.status)) break;
      }
    }
    const next = index < this.list.total ? await this.list.show(index) : undefined;
    // Typing somewhere else by the time the next one came: the user went on without it.
    if (document.activeElement !== focused && isTextEntry(document.activeElement)) return;
    if (next) this.focusRow(next);
    else this.setNotice(t('editor.allConfirmed'), false);
  }

  private async move(from: Row, step: 1 | -1): Promise<void> {
    const next = await this.step(from, step);
    if (next) this.focusRow(next);
  }

  /** The user went to a row: the focus in its box (which gives it the toolbar), the row revealed. */
  private focusRow(row: Row): void {
    row.box.element.focus({ preventScroll: true });
    this.revealRow(row);
  }

  /**
   * A row to show without being asked to (the first of a filter, the one in the address on
   * opening): the focus goes to it unless the user is typing elsewhere meanwhile (the search), in
   * which case it only becomes the active row, revealed.
   */
  private offerRow(row: Row): void {
    if (!typingOutside(this.list.element)) {
      this.focusRow(row);
      return;
    }
    this.markActive(row);
    this.revealRow(row);
  }

  /** Fully in view with its toolbar, below the sticky header, and kept so while the list settles (editor/reveal). */
  private revealRow(row: Row): void {
    this.keeper.keep(row.element, { header: this.root.querySelector('.editor-header'), container: this.list.element });
  }

  /**
   * The row the user is on: marked, given the toolbar, then (once they stay, 250 ms) shown in the
   * panel, told to the others and put in the address. Moving through rows does no more than the first two.
   */
  private markActive(row: Row): void {
    const previous = this.focusedId === undefined ? undefined : this.list.rowById(this.focusedId);
    if (previous !== row) previous?.element.classList.remove('active');
    if (previous && previous !== row) hideOverrideReview(previous);
    row.element.classList.add('active');
    this.toolbar.attach(row);
    if (this.can('segment.review')) showOverrideReview(row, () => void this.approve(row));
    if (this.focusedId === row.segment.id) return;
    this.focusedId = row.segment.id;
    this.preview.follow(row.segment.id);
    window.clearTimeout(this.panelTimer);
    this.panelTimer = window.setTimeout(() => {
      this.panelTimer = undefined;
      void this.panel.show(row.segment.id);
      this.settled();
    }, 250);
  }

  /** The user stays on a segment: it goes into the address and is told to the others. */
  private settled(): void {
    this.rememberQuery();
    this.announcePresence();
  }

  /** Puts a suggestion in the row and saves it at once, marked as machine or memory output. */
  private insertSuggestion(row: Row, suggestion: { text: string; origin: 'mt' | 'tm' }): void {
    if (!this.can('segment.edit')) return;
    // As typing: Ctrl+Z brings the draft back.
    row.box.replace(suggestion.text);
    row.inserted = { text: suggestion.text, origin: suggestion.origin };
    this.autosave.setState(row, 'unsaved');
    void this.autosave.save(row);
    row.box.focus();
  }

  /**
   * Opens the panel on a segment at a tab (a button, a shortcut): wins over the panel following the
   * focus; a narrow window's drawer slides over the rows. From a shortcut, the focus goes into it.
   */
  private openPanel(row: Row, tab: 'suggestions' | 'history' | 'comments', focus = false): void {
    this.settleNow();
    this.openDrawer();
    void this.panel.show(row.segment.id, tab).then(() => {
      if (focus) this.panel.focus();
    });
  }

  /** A panel opened by hand wins over the one following the focus: that one is not shown, the rest done now. */
  private settleNow(): void {
    if (this.panelTimer === undefined) return;
    window.clearTimeout(this.panelTimer);
    this.panelTimer = undefined;
    this.settled();
  }

  /** The side panel as a drawer over the rows (narrow windows; a wide one shows it beside them). */
  private openDrawer(): void {
    this.body.classList.add('panel-open');
  }

  /** The drawer closed; a panel pinned beside the rows unpinned (its × closes it as a drawer's does). */
  private closeDrawer(): void {
    if (this.pinnedHere()) this.setPinned(false);
    this.body.classList.remove('panel-open');
  }

  /** Whether the panel is pinned beside the rows now: pinned, in a window where it would be a drawer but has room. */
  private pinnedHere(): boolean {
    return this.body.classList.contains('panel-pinned') && window.matchMedia(pinnableWidths).matches;
  }

  /** Keeps the panel beside the rows (where it would be a drawer), remembered in this browser. */
  private setPinned(pinned: boolean): void {
    try {
      if (pinned) localStorage.setItem(pinnedPanelKey, '1');
      else localStorage.removeItem(pinnedPanelKey);
    } catch {
      // Storage refused (a private window's quota): pinned for this page only.
    }
    this.body.classList.toggle('panel-pinned', pinned);
    this.panel.element.querySelector('.panel-pin')?.setAttribute('aria-pressed', String(pinned));
    if (pinned) this.openDrawer();
  }

  /** Tells the others which segment this user is on, now and every half minute while the editor is open. */
  private announcePresence(): void {
    const say = () => void api.presence(this.documentId, this.focusedId ?? null).catch(() => undefined);
    say();
    window.clearInterval(this.presenceTimer);
    this.presenceTimer = window.setInterval(say, 30_000);
  }

  /**
   * Approves, then on to the next segment to review (translated), never silently past one not
   * confirmed: a draft, new or rejected segment skipped is said. Over a QA override on record,
   * the reviewer's own reason (optional) goes with the approval.
   */
  private async approve(row: Row): Promise<void> {
    const reason = row.segment.qaOverride ? reviewerReason(row) : undefined;
    if (await this.autosave.save(row, 'approved', reason ? { reason } : undefined)) await this.focusNextToReview(row);
  }

  /**
   * After an approval or a rejection: the focus to the next segment awaiting review (translated)
   * after this one. When the very next segment is not confirmed (new, draft, rejected), the notice
   * says it was passed over; when none awaits review, the notice says so and the focus stays.
   */
  private async focusNextToReview(from: Row): Promise<void> {
    const start = this.list.indexOf(from.segment.id);
    if (start === undefined) return;
    const filtered = this.query.status !== '' || this.query.q !== '';
    let index = this.list.total;
    let following: ListedSegment | undefined;
    try {
      if (!filtered) {
        // Without filters the list is the document: the server finds the next one, however far.
        const [next, toReview] = await Promise.all([
          api.segments(this.documentId, { after: from.segment.position, offset: 0, limit: 1 }),
          api.segments(this.documentId, { status: 'translated', after: from.segment.position, offset: 0, limit: 1 }),
        ]);
        following = next.items[0];
        index = toReview.items[0]?.position ?? this.list.total;
      } else {
        following = this.list.segmentAt(start + 1) ?? (await this.list.show(start + 1))?.segment;
        for (let at = start + 1; at < this.list.total; at++) {
          const segment = this.list.segmentAt(at) ?? (await this.list.show(at))?.segment;
          if (segment?.status === 'translated') {
            index = at;
            break;
          }
        }
      }
    } catch (error) {
      this.setNotice(describe(error), true);
      return;
    }
    const next = index < this.list.total ? await this.list.show(index) : undefined;
    const skipped = following && !isConfirmed(following.status) ? following : undefined;
    const said = { position: (skipped?.position ?? 0) + 1, status: t(`status.${skipped?.status ?? 'draft'}`), next: (next?.segment.position ?? 0) + 1 };
    if (skipped) this.setNotice(next ? t('review.skippedUnconfirmed', said) : t('review.skippedUnconfirmedLast', said), false);
    else if (!next) this.setNotice(t('review.noneLeft'), false);
    if (next) this.focusRow(next);
    // Nothing left to review after a rejection (its form gone with the focus): back to this segment.
    else if (document.activeElement === null || document.activeElement === document.body) this.focusRow(from);
  }

  private async reject(row: Row, comment: string): Promise<void> {
    try {
      const result = await api.editSegment(row.segment.id, { target: row.box.value, status: 'rejected', version: row.segment.version, comment });
      this.applyResult(row, result);
      this.autosave.setState(row, 'saved');
      row.segment = { ...row.segment, comments: { open: row.segment.comments.open + 1, total: row.segment.comments.total + 1 } };
      this.updateRowExtras(row);
      this.scheduleStatistics();
      // Sent: on to the next segment to review (the form that had the focus is gone).
      await this.focusNextToReview(row);
      await this.panel.refreshIf(row.segment.id);
    } catch (error) {
      this.autosave.setState(row, 'error', describe(error));
    }
  }

  /** The comment count, who else is on the row, and what changed under it. */
  private updateRowExtras(row: Row): void {
    showComments(row);
    const here = this.others.filter((other) => other.segmentId === row.segment.id && other.username !== this.me.username);
    row.presence.textContent = here.length ? t('editor.editing', { names: here.map((other) => other.username).join(', ') }) : '';
    showChanges(row, this.changedSinceSeen(row.segment) ? (row.segment.lastAuthor ?? undefined) : undefined);
  }

  /**
   * Whether someone else changed the segment since this user last looked: while the editor is open
   * (a live update), or since their last visit to the document in this browser.
   */
  private changedSinceSeen(segment: ListedSegment): boolean {
    if (!segment.lastAuthor || segment.lastAuthor === this.me.username || segment.status === 'new') return false;
    return this.changedLive.has(segment.id) || (this.seenBefore !== null && segment.updatedAt > this.seenBefore);
  }

  private updateComments(segmentId: number, threads: Thread[]): void {
    const row = this.rows.find((candidate) => candidate.segment.id === segmentId);
    if (!row) return;
    const total = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0);
    const open = threads.filter((thread) => !thread.resolvedAt).length;
    row.segment = { ...row.segment, comments: { open, total } };
    this.updateRowExtras(row);
  }

  /**
   * A row shows a newer version of its segment (someone else's edit, the list read again), unless
   * this user is typing in it: then both texts, and theirs is not lost.
   */
  private refreshRow(row: Row, segment: ListedSegment, author: string | null | undefined): void {
    const typing = row.state !== 'saved' || (document.activeElement === row.box.element && row.box.value !== row.segment.target);
    if (typing) {
      this.autosave.conflict(row, { ...row.segment, ...segment }, row.box.value, author ?? segment.lastAuthor);
      return;
    }
    row.segment = { ...row.segment, ...segment, qaOverride: overrideAfter(row.segment, segment), ...(author === undefined ? {} : { lastAuthor: author }) };
    row.box.value = segment.target;
    this.updateBadge(row);
    this.updateRowExtras(row);
  }

  /** Live updates from the others: rows change in place, unless this user is typing in them. */
  private listen(): void {
    this.events?.close();
    this.root.dataset.live = 'connecting';
    const events = listenToDocument(api.eventsUrl(this.documentId), {
      segment: (segment, author) => {
        const row = this.list.rowById(segment.id);
        this.preview.saved(segment);
        this.changedLive.add(segment.id);
        this.scheduleStatistics();
        if (!row) {
          // Not drawn: its data, for when it is (the override it rested on, unless its text or confirmation changed).
          const index = this.list.indexOf(segment.id);
          const before = index === undefined ? undefined : this.list.segmentAt(index);
          this.list.update({ ...segment, lastAuthor: author, qaOverride: before ? overrideAfter(before, segment) : null });
          return;
        }
        if (segment.version <= row.segment.version) return;
        this.refreshRow(row, segment, author);
        row.element.classList.add('changed-elsewhere');
        window.setTimeout(() => row.element.classList.remove('changed-elsewhere'), 1500);
        void this.panel.refreshIf(segment.id);
      },
      comment: (segmentId) => {
        if (!this.list.rowById(segmentId)) return;
        api
          .comments(segmentId)
          .then(({ items }) => this.updateComments(segmentId, items))
          .catch(() => undefined);
        void this.panel.refreshIf(segmentId);
      },
      presence: (users) => {
        this.others = users;
        for (const row of this.rows) this.updateRowExtras(row);
      },
      reset: () => {
        this.preview.reloadSoon();
        void this.reload().then(() => this.find?.refresh());
        this.scheduleStatistics();
      },
      revoked: (reason) => {
        if (this.events === events) this.events = undefined;
        this.cutOff(reason === 'access-withdrawn' ? 'access-withdrawn' : 'signed-out');
      },
      connection: (state) => {
        if (this.events !== events) return;
        this.root.dataset.live = state;
        if (state === 'open') {
          // A stream opened again after one was refused starts from now: what was missed is read again.
          if (this.liveLost) {
            this.liveLost = false;
            void this.reload();
            this.scheduleStatistics();
          }
          this.liveOpened = true;
          this.liveState.textContent = '';
          return;
        }
        // Not said while the first stream opens: only when updates from the others stop.
        if (this.liveOpened) this.liveState.textContent = t('live.interrupted');
        if (state === 'closed') void this.streamRefused();
      },
    });
    this.events = events;
  }

  /**
   * The event stream was refused (the browser does not try again then): why is asked of the
   * document itself. Signed out or access withdrawn is said; otherwise (the server restarting,
   * a proxy's error) another stream is opened a little later.
   */
  private async streamRefused(): Promise<void> {
    this.events?.close();
    this.events = undefined;
    this.liveLost = true;
    const refusal = await api.getDocument(this.documentId).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Left meanwhile: the root is another view's.
    if (this.disposed) return;
    if (refusal instanceof ApiError && refusal.status === 401) return this.cutOff('signed-out');
    if (refusal instanceof ApiError && (refusal.status === 403 || refusal.status === 404)) return this.cutOff('access-withdrawn');
    window.clearTimeout(this.liveRetry);
    this.liveRetry = window.setTimeout(() => this.listen(), liveRetryMs);
  }

  /** The editor closed to this reader: their access to the project withdrawn, or their session ended. */
  private cutOff(reason: 'access-withdrawn' | 'signed-out'): void {
    delete this.root.dataset.live;
    if (reason === 'access-withdrawn') {
      replaceChildren(this.root, el('p', { class: 'error', role: 'alert', id: 'access-withdrawn' }, t('editor.accessWithdrawn')), el('a', { href: '#/' }, t('editor.back')));
    } else {
      // The router asks who is signed in, and shows the sign-in page on 401.
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  }

  private updateBadge(row: Row): void {
    const { position, kind, status } = row.segment;
    if (row.element.dataset.status !== undefined && row.element.dataset.status !== status) this.announce(t('editor.statusAnnounced', { position: position + 1, status: t(`status.${status}`) }));
    row.badge.className = `status-badge status-${status}`;
    row.badge.textContent = t(`status.${status}`);
    row.element.dataset.status = status;
    row.element.setAttribute('aria-label', t('editor.rowLabel', { position: position + 1, kind: t(`kind.${kind}`), status: t(`status.${status}`) }));
    this.qaView.update(row);
    showOverride(row, () => this.openPanel(row, 'history', true));
    // The reviewer's note goes once the segment no longer awaits review (approved, rejected, edited).
    if (row.segment.id === this.focusedId && this.can('segment.review')) showOverrideReview(row, () => void this.approve(row));
  }

  private announce(text: string): void {
    this.announcer.textContent = text;
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


/** Whether this browser kept the side panel beside the rows last time. */
function pinnedBefore(): boolean {
  try {
    return localStorage.getItem(pinnedPanelKey) === '1';
  } catch {
    return false;
  }
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
