import { inlineNodes } from '../components/inline-codes';
import { api, type Me } from '../api';
import { diffView } from '../components/diff-view';
import { describe } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { onEscape, submitOnCtrlEnter } from '../components/forms';
import { formatDate, t } from '../i18n';
import { overrideText } from '../editor/review';
import type { EditedSegment, ListedSegment, Revision, Suggestion, Thread } from '../types';
import type { MemoryUnit } from '../api';
import { concordanceMaxLength, truncateAtWord } from '../../domain/tm/concordance';

export interface PanelHost {
  /** Whether the user may edit (restore), comment. */
  canEdit: () => boolean;
  canComment: () => boolean;
  me: Me;
  /** A segment as the editor has it now (its version for a restore). */
  current: (segmentId: number) => ListedSegment | undefined;
  /** A restore went through: the editor updates the row. */
  restored: (result: EditedSegment) => void;
  /** Comments changed: the editor updates the row's count. */
  commented: (segmentId: number, threads: Thread[]) => void;
  /** Insert a suggestion into the segment's target. */
  insert: (segmentId: number, suggestion: Suggestion) => void;
  /** Esc in the panel: back to the segment (a drawer closes). */
  leave: () => void;
  /** The drawer's close button. */
  close: () => void;
  /** Whether the panel is kept beside the rows in a window where it would be a drawer; and the toggle. */
  pinned: () => boolean;
  pin: (pinned: boolean) => void;
  /** The suggestions of a segment were shown: the best one goes into the active row's toolbar too. */
  suggested: (segmentId: number, items: readonly Suggestion[]) => void;
  /** The project memory's units holding a text (concordance). */
  searchMemory: (q: string) => Promise<{ items: MemoryUnit[] }>;
}

type Tab = 'suggestions' | 'history' | 'comments' | 'concordance';
const panelTabs: readonly Tab[] = ['suggestions', 'history', 'comments', 'concordance'];

/**
 * The side panel for the focused segment: its history (every revision with author, time, origin
 * and status; a diff between any two; restore) and its comment threads.
 */
export class SegmentPanel {
  readonly element = el('aside', { class: 'segment-panel', 'aria-label': t('panel.label') });
  private segmentId: number | undefined;
  private tab: Tab = 'suggestions';
  /** The suggestions shown, for the insert shortcuts. */
  private listed: { segmentId: number; items: Suggestion[] } | undefined;

  /** The last concordance search, kept across segments. */
  private query = '';
  /** The selection searched for was longer than a search takes: cut, and the panel says so. */
  private truncated = false;

  constructor(private readonly host: PanelHost) {
    this.renderEmpty();
    onEscape(this.element, () => this.host.leave());
  }

  /** The focus into the panel: the first field or button of its tab, else the tab itself. */
  focus(): void {
    const body = this.element.querySelector('.panel-body');
    // A new comment's box, the concordance field, else the first control (an Insert button, the history's comparison).
    const target =
      body?.querySelector<HTMLElement>('textarea.comment-body, #panel-concordance') ??
      body?.querySelector<HTMLElement>('input, textarea, select, button') ??
      this.element.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    target?.focus();
  }

  /** The concordance tab searching the memory for a text (the selection, or the last search), the focus in its field. */
  concordance(segmentId: number, text: string): void {
    const wanted = text.trim();
    if (wanted && !wanted.includes('\n')) {
      // A long selection is searched for by its first words, and the panel says so (the API refuses more).
      this.query = truncateAtWord(wanted, concordanceMaxLength);
      this.truncated = this.query.length < wanted.length;
    }
    void this.show(segmentId, 'concordance').then(() => this.focus());
  }

  /** Shows a segment (the focused one), on a tab. */
  async show(segmentId: number, tab?: Tab): Promise<void> {
    this.segmentId = segmentId;
    if (tab) this.tab = tab;
    await this.refresh();
  }

  /** Reloads what the panel shows, if it shows this segment (after a live event). */
  async refreshIf(segmentId: number): Promise<void> {
    if (this.segmentId === segmentId) await this.refresh();
  }

  private renderEmpty(): void {
    replaceChildren(this.element, el('p', { class: 'hint' }, t('panel.empty')));
  }

  private async refresh(): Promise<void> {
    const id = this.segmentId;
    if (id === undefined) return this.renderEmpty();
    const tabs = el(
      'div',
      { class: 'panel-tabs', role: 'tablist' },
      ...panelTabs.map((tab) => {
        const button = el('button', { type: 'button', role: 'tab', class: 'button small', 'aria-selected': String(this.tab === tab), 'data-tab': tab }, t(`panel.${tab}`));
        button.addEventListener('click', () => {
          this.tab = tab;
          void this.refresh();
        });
        return button;
      }),
    );
    const body = el('div', { class: 'panel-body' }, t('editor.loading'));
    const position = this.host.current(id)?.position;
    const close = el('button', { type: 'button', class: 'button small panel-close', 'aria-label': t('panel.close'), title: t('panel.close'), onclick: () => this.host.close() }, '×');
    // Between 1,000 and 1,600 px: beside the rows, at the cost of their width, rather than a drawer over them.
    const pin = el('button', { type: 'button', class: 'button small panel-pin', 'aria-pressed': String(this.host.pinned()), title: t('panel.pinHint') }, t('panel.pin'));
    pin.addEventListener('click', () => this.host.pin(!this.host.pinned()));
    replaceChildren(this.element, el('div', { class: 'panel-heading' }, el('h2', {}, t('panel.title', { position: (position ?? 0) + 1 })), el('span', { class: 'panel-controls' }, pin, close)), tabs, body);
    try {
      if (this.tab === 'concordance') replaceChildren(body, ...(await this.concordanceSearch()));
      else if (this.tab === 'history') replaceChildren(body, ...(await this.history(id)));
      else if (this.tab === 'suggestions') replaceChildren(body, ...(await this.suggestions(id)));
      else replaceChildren(body, ...(await this.comments(id)));
    } catch (error) {
      replaceChildren(body, el('p', { class: 'error' }, describe(error)));
    }
  }

  /** A search of the project memory: the units holding the text, French and English. */
  private async concordanceSearch(): Promise<HTMLElement[]> {
    const input = el('input', { type: 'search', id: 'panel-concordance', value: this.query, maxlength: concordanceMaxLength, 'aria-label': t('panel.concordanceLabel'), placeholder: t('panel.concordanceLabel') });
    const results = el('div', { class: 'concordance-results', 'aria-live': 'polite' });
    const form = el('form', { class: 'concordance-form', role: 'search' }, input, el('button', { type: 'submit', class: 'button small' }, t('resources.search')));
    const search = async () => {
      this.query = input.value.trim();
      if (!this.query) {
        results.replaceChildren();
        return;
      }
      const truncated = this.truncated ? el('p', { class: 'hint concordance-truncated' }, t('panel.concordanceTruncated', { limit: concordanceMaxLength })) : null;
      this.truncated = false;
      try {
        const { items } = await this.host.searchMemory(this.query);
        replaceChildren(
          results,
          truncated,
          items.length
            ? el('ul', { class: 'concordance' }, ...items.slice(0, 20).map((unit) => el('li', {}, el('p', { lang: 'fr' }, ...inlineNodes(unit.source, unit.codes)), el('p', { lang: 'en', class: 'suggestion-text' }, ...inlineNodes(unit.target, unit.codes)))))
            : el('p', { class: 'hint' }, t('resources.noUnits')),
        );
      } catch (error) {
        replaceChildren(results, el('p', { class: 'error' }, describe(error)));
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void search();
    });
    await search();
    return [form, results];
  }

  /** The n-th suggestion shown for a segment (for Ctrl+Shift+digit). */
  suggestion(segmentId: number, index: number): Suggestion | undefined {
    return this.listed?.segmentId === segmentId ? this.listed.items[index] : undefined;
  }

  private async suggestions(id: number): Promise<HTMLElement[]> {
    if (!this.host.canEdit()) return [el('p', { class: 'hint' }, t('suggestions.readOnly'))];
    const [list, status] = await Promise.all([api.suggestions(id), api.mtStatus().catch(() => undefined)]);
    this.listed = { segmentId: id, items: list.items };
    this.host.suggested(id, list.items);
    const items = list.items.map((suggestion, index) => {
      const insert = el('button', { type: 'button', class: 'button small', 'data-insert': index, title: `Ctrl+Shift+${index + 1}` }, t('suggestions.insert', { n: index + 1 }));
      insert.addEventListener('click', () => this.host.insert(id, suggestion));
      return el(
        'li',
        { class: `suggestion origin-${suggestion.origin}`, 'data-origin': suggestion.origin },
        el(
          'div',
          { class: 'suggestion-meta' },
          suggestion.origin === 'mt'
            ? t('suggestions.mt', { provider: suggestion.provider === 'deepl' ? 'DeepL' : (suggestion.provider ?? '') })
            : suggestion.parts
              ? t('suggestions.assembled', { score: suggestion.score ?? 0, found: suggestion.parts.filter((part) => part.target !== null).length, count: suggestion.parts.length })
              : t('suggestions.tm', { score: suggestion.score ?? 0 }),
        ),
        suggestion.parts ? assembledParts(suggestion.parts) : suggestion.sourceDiff ? diffView(suggestion.sourceDiff, 'fr') : null,
        el('p', { class: 'suggestion-text', lang: 'en' }, ...inlineNodes(suggestion.text, this.host.current(id)?.codes ?? [])),
        insert,
      );
    });
    const mtLine = list.mt.configured
      ? list.mt.error
        ? el('p', { class: 'error', id: 'mt-state' }, list.mt.error)
        : el('p', { class: 'hint', id: 'mt-state' }, status?.usage?.characters ? t('suggestions.usage', { count: status.usage.characters.count, limit: status.usage.characters.limit }) : t('suggestions.mtReady'))
      : el('p', { class: 'hint', id: 'mt-state' }, t('suggestions.noMt'));
    return [items.length ? el('ol', { class: 'suggestions' }, ...items) : el('p', { class: 'hint' }, t('suggestions.none')), mtLine];
  }

  private async history(id: number): Promise<HTMLElement[]> {
    const { items } = await api.revisions(id);
    const diffHolder = el('div', { class: 'panel-diff', 'aria-live': 'polite' });
    const choice = (name: string, selected: string) => {
      const select = el(
        'select',
        { id: `diff-${name}`, 'aria-label': t(`panel.${name}`) },
        el('option', { value: 'current' }, t('panel.currentText')),
        ...items.map((revision) => el('option', { value: revision.id }, `${formatDate(revision.createdAt)} · ${revision.author ?? '—'} · ${t(`status.${revision.newStatus}`)}`)),
      );
      select.value = selected;
      select.addEventListener('change', () => void compare());
      return select;
    };
    // By default, the last text that differs from the current one (an approval does not change the text: comparing with it says nothing).
    const current = items[0]?.newTarget;
    const differing = items.find((revision) => revision.newTarget !== current) ?? items.at(-1);
    const from = choice('from', String(differing?.id ?? 'current'));
    const to = choice('to', 'current');
    const compare = async () => {
      try {
        replaceChildren(diffHolder, diffView((await api.diff(id, from.value, to.value)).ops));
      } catch (error) {
        replaceChildren(diffHolder, el('p', { class: 'error' }, describe(error)));
      }
    };
    await compare();
    return [
      el('div', { class: 'compare' }, el('label', { for: 'diff-from' }, t('panel.from')), from, el('label', { for: 'diff-to' }, t('panel.to')), to),
      diffHolder,
      el('ol', { class: 'revisions', reversed: true }, ...items.map((revision) => this.revisionItem(id, revision))),
    ];
  }

  private revisionItem(id: number, revision: Revision): HTMLElement {
    const restore =
      this.host.canEdit() && revision.newTarget !== this.host.current(id)?.target
        ? el('button', { type: 'button', class: 'button small', 'data-restore': revision.id }, t('panel.restore'))
        : null;
    restore?.addEventListener('click', () => {
      const segment = this.host.current(id);
      if (!segment) return;
      api
        .restore(id, revision.id, segment.version)
        .then((result) => {
          this.host.restored(result);
          return this.refresh();
        })
        .catch((error: unknown) => replaceChildren(this.element, el('p', { class: 'error' }, describe(error))));
    });
    return el(
      'li',
      { 'data-revision': revision.id },
      el(
        'div',
        { class: 'revision-meta' },
        el('strong', {}, revision.author ?? '—'),
        ' · ',
        el('time', { datetime: revision.createdAt }, formatDate(revision.createdAt)),
        ' · ',
        t(`origin.${revision.origin}`),
        ' · ',
        el('span', { class: `status-badge status-${revision.newStatus}` }, t(`status.${revision.newStatus}`)),
      ),
      // A change of status only says so, rather than repeating the text.
      revision.previousTarget === revision.newTarget && revision.previousStatus !== null && revision.previousStatus !== revision.newStatus
        ? el('p', { class: 'revision-text status-change' }, t('panel.statusChange', { from: t(`status.${revision.previousStatus}`), to: t(`status.${revision.newStatus}`) }))
        : el('p', { class: 'revision-text', lang: 'en' }, revision.newTarget || t('diff.empty')),
      // Confirmed (or approved) over QA errors: who and when are the line above; why, here.
      revision.qaOverride ? el('p', { class: 'revision-override' }, overrideText({ ...revision.qaOverride, author: revision.author })) : null,
      restore,
    );
  }

  private async comments(id: number): Promise<HTMLElement[]> {
    const { items } = await api.comments(id);
    this.host.commented(id, items);
    const threads = items.map((thread) => this.thread(id, thread));
    const form = this.host.canComment() ? this.commentForm(id, undefined, t('panel.newComment')) : null;
    return [items.length ? el('ul', { class: 'threads' }, ...threads) : el('p', { class: 'hint' }, t('panel.noComments')), ...(form ? [form] : [])];
  }

  private thread(id: number, thread: Thread): HTMLElement {
    const toggle = this.host.canComment()
      ? el('button', { type: 'button', class: 'button small', 'data-resolve': thread.id }, thread.resolvedAt ? t('panel.reopen') : t('panel.resolve'))
      : null;
    toggle?.addEventListener('click', () => {
      api
        .resolveComment(thread.id, !thread.resolvedAt)
        .then(() => this.refresh())
        .catch((error: unknown) => replaceChildren(this.element, el('p', { class: 'error' }, describe(error))));
    });
    const line = (comment: { author: string | null; body: string; createdAt: string }) =>
      el('div', { class: 'comment' }, el('strong', {}, comment.author ?? '—'), ' ', el('time', { datetime: comment.createdAt }, formatDate(comment.createdAt)), el('p', {}, comment.body));
    return el(
      'li',
      { class: thread.resolvedAt ? 'thread resolved' : 'thread open', 'data-thread': thread.id },
      line(thread),
      ...thread.replies.map((reply) => el('div', { class: 'reply' }, line(reply))),
      thread.resolvedAt ? el('p', { class: 'hint' }, t('panel.resolvedBy', { name: thread.resolvedBy ?? '—' })) : null,
      toggle,
      this.host.canComment() ? this.commentForm(id, thread.id, t('panel.reply')) : null,
    );
  }

  private commentForm(id: number, replyTo: number | undefined, label: string): HTMLElement {
    const body = el('textarea', { rows: 2, 'aria-label': label, maxlength: 10000, required: true, class: replyTo ? 'reply-body' : 'comment-body' });
    const form = el('form', { class: 'comment-form' }, body, el('button', { type: 'submit', class: 'button small', title: 'Ctrl+Enter' }, label));
    submitOnCtrlEnter(body, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!body.value.trim()) return;
      api
        .addComment(id, body.value, replyTo)
        .then(() => this.refresh())
        // The focus stays in the panel (its box was drawn again).
        .then(() => this.focus())
        .catch((error: unknown) => replaceChildren(this.element, el('p', { class: 'error' }, describe(error))));
    });
    return form;
  }
}

/** An assembled suggestion's sentences: each with its match score, or marked as not found. */
function assembledParts(parts: NonNullable<Suggestion['parts']>): HTMLElement {
  return el(
    'ol',
    { class: 'assembled-parts' },
    ...parts.map((part) =>
      el(
        'li',
        { class: part.target === null ? 'part-missing' : 'part-found', lang: 'fr' },
        part.source,
        el('span', { class: 'part-score' }, part.target === null ? ` — ${t('suggestions.notFound')}` : ` — ${part.score} %`),
      ),
    ),
  );
}
