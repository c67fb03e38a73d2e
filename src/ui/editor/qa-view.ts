import { plainText } from '../../domain/inline';
import type { Status } from '../../domain/segment';
import type { Permission } from '../../domain/permissions';
import { checkPair, pairOf, type QaContext, type QaSettings, type Span } from '../../domain/qa';
import { api } from '../api';
import { icon } from '../components/icons';
import { inlineNodes } from '../components/inline-codes';
import { describe } from '../components/notice';
import { excerpt, findingItem, markSpans } from '../components/qa-spans';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { FindingView } from '../types';
import { onEscape, submitOnCtrlEnter } from '../components/forms';
import { keysOf } from './keymap';
import type { Row } from './row';

export interface QaHost {
  documentId: () => number;
  can: (permission: Permission) => boolean;
  rowById: (segmentId: number) => Row | undefined;
  /** Saves a row (with a status, a reason to confirm over errors); resolves to whether it was stored. */
  save: (row: Row, status?: Status, qaOverride?: { reason: string }) => Promise<boolean>;
  /** To a segment, a span of its English selected. */
  jumpTo: (segmentId: number, position: number, span?: Span) => Promise<void>;
  /** A confirmation went through after a refusal: on to the next segment. */
  confirmed: (row: Row) => Promise<void>;
  notice: (message: string, error: boolean) => void;
  /** The French as the rows show it, glossary terms marked. */
  sourceNodes: (text: string) => (string | HTMLElement)[];
  /** The matches of the open search in a segment's French. */
  findMarks: (segmentId: number) => Span[] | undefined;
}

/**
 * The quality checks in the editor: each row's findings on its saved translation (an indicator,
 * the places marked in the French, a list with excerpts of the English and fixes), a confirmation
 * the checks refused (with a reason to confirm anyway), and the document's list of findings.
 */
export class QaView {
  /** The document's findings, listed on demand (Alt+Q); Esc goes back to the segment. */
  readonly holder = el('div', { class: 'qa-holder', id: 'qa-list', tabindex: '-1' });
  readonly toggle = el('button', { type: 'button', class: 'button', id: 'show-qa', 'aria-expanded': 'false', 'aria-controls': 'qa-list', title: keysOf('qaList') }, t('qa.ui.list'));
  /** What the checks need (the project's English, glossary and settings), once the project is read. */
  checks: { context: QaContext; settings: QaSettings } | undefined;

  constructor(private readonly host: QaHost) {
    this.toggle.addEventListener('click', () => {
      const open = this.toggle.getAttribute('aria-expanded') !== 'true';
      this.toggle.setAttribute('aria-expanded', String(open));
      if (open) void this.showList();
      else this.holder.replaceChildren();
    });
  }

  /**
   * The QA errors that held a confirmation back (the text is saved, as a draft), with a reason box
   * to confirm anyway (the reason goes into the revision): Ctrl+Enter in the row goes there.
   */
  showRefusal(row: Row, findings: readonly FindingView[], status: Status): void {
    const reason = el('textarea', { class: 'qa-reason', rows: 2, 'aria-label': t('qa.ui.reason'), placeholder: t('qa.ui.reason') });
    const anyway = el('button', { type: 'submit', class: 'button small', 'data-action': 'qa-override' }, t('qa.ui.confirmAnyway'));
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const form = el(
      'form',
      { class: 'qa-refusal', role: 'alert' },
      el('strong', {}, t('qa.ui.held', { count: errors }), ' ', el('span', { class: 'hint' }, t('qa.ui.heldHint', { keys: keysOf('confirm') }))),
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
    );
    // Ctrl+Enter in the reason box sends it (and does not confirm the segment behind it).
    submitOnCtrlEnter(reason, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      if (text) this.confirmAgain(row, status, { reason: text });
      else reason.focus();
    });
    // Esc goes back to the English box, to fix the text instead.
    onEscape(form, () => row.box.focus());
    replaceChildren(row.message, form);
  }

  /** The reason box of a confirmation held back for QA, if the row shows one: focused (true), or nothing to focus (false). */
  focusReason(row: Row): boolean {
    const reason = row.message.querySelector<HTMLTextAreaElement>('.qa-refusal .qa-reason');
    reason?.focus();
    return reason !== null;
  }

  /** Every QA finding of the document (GET …/qa), each a button to its segment. */
  async showList(): Promise<void> {
    replaceChildren(this.holder, el('p', { class: 'hint' }, t('editor.loading')));
    try {
      const qa = await api.documentQa(this.host.documentId());
      replaceChildren(
        this.holder,
        el('p', { class: 'hint', id: 'qa-summary' }, t('qa.ui.summary', { errors: qa.errors, warnings: qa.warnings }), qa.ignored ? ` ${t('qa.ui.ignored', { count: qa.ignored })}` : ''),
        el(
          'ul',
          { class: 'qa-findings qa-document' },
          ...qa.items.map((finding) => {
            const row = this.host.rowById(finding.segmentId);
            return el(
              'li',
              { class: `qa-${finding.severity}`, 'data-check': finding.check, 'data-segment-id': finding.segmentId },
              el(
                'button',
                // To the segment, the place in its English selected.
                { type: 'button', class: 'link-button', onclick: () => void this.host.jumpTo(finding.segmentId, finding.position, finding.target ?? undefined) },
                t('report.segment', { position: finding.position + 1 }),
              ),
              ' · ',
              el('span', { class: 'qa-severity' }, t(`qa.ui.${finding.severity}`)),
              ' ',
              t(`qa.${finding.key}`, finding.params ?? {}),
              row && finding.target ? ' ' : null,
              row && finding.target ? excerpt(plainText(row.segment.target, row.segment.codes), finding.target) : null,
              this.host.can('segment.edit') ? ' ' : null,
              this.host.can('segment.edit') ? this.fixControl(finding.segmentId, finding.suggestion) : null,
              this.host.can('segment.edit') ? this.ignoreControl(finding.segmentId, finding) : null,
            );
          }),
        ),
      );
    } catch (error) {
      replaceChildren(this.holder, el('p', { class: 'error' }, describe(error)));
    }
  }

  /** "Fix": the check's correction put into the segment's box and saved (a plain segment on this page). */
  private fixControl(segmentId: number, fix: string | null | undefined): HTMLElement | null {
    const row = this.host.rowById(segmentId);
    return row ? this.fixButton(row, fix, () => void this.host.save(row).then(() => this.showList())) : null;
  }

  /**
   * The place in the row's English a finding is about: the words around it, the place marked; a
   * click selects it in the box (the offsets count in its words, codes out).
   */
  private placeOf(row: Row, span: Span | undefined): HTMLElement | null {
    if (!span) return null;
    const text = plainText(row.box.value, row.segment.codes);
    if (span.end > text.length) return null;
    return el('button', { type: 'button', class: 'link-button qa-place', title: t('qa.ui.select'), onclick: () => row.box.select(span) }, excerpt(text, span));
  }

  /** The row's findings under its English, each with its place marked (and a fix), or closed again. */
  toggleRow(row: Row): void {
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
          findingItem(finding, {}, this.placeOf(row, finding.target?.[0]), this.host.can('segment.edit') ? this.fixButton(row, finding.fix, () => void this.host.save(row)) : null),
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
    void this.host.save(row, status, qaOverride).then((saved) => {
      if (saved && status === 'translated') void this.host.confirmed(row);
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
          .then(() => this.showList())
          .catch((error: unknown) => this.host.notice(describe(error), true));
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

  /** Alt+Q: the document's QA findings, the focus on the first (Esc comes back to the segment). */
  async openList(): Promise<void> {
    this.toggle.setAttribute('aria-expanded', 'true');
    await this.showList();
    (this.holder.querySelector<HTMLElement>('li button') ?? this.holder).focus();
  }

  /**
   * The row's French with its glossary terms, and marked: the matches of the open search, else the
   * places its QA findings are about (a plain segment: the offsets count in its words).
   */
  renderSource(row: Row): void {
    const { source, codes } = row.segment;
    const found = this.host.findMarks(row.segment.id);
    const marks = found ?? row.findings.flatMap((finding) => finding.source ?? []);
    const className = found ? 'find-span' : 'qa-span';
    if (codes.length > 0) {
      // Drawn again only when there is something to mark or unmark: its chips stay as they are otherwise.
      if (marks.length === 0 && !row.source.querySelector('mark')) return;
      replaceChildren(row.source, ...inlineNodes(source, codes, (text) => this.host.sourceNodes(text), { spans: marks, className }));
      return;
    }
    replaceChildren(row.source, ...markSpans(source, marks, (piece) => this.host.sourceNodes(piece), className));
  }

  /** Rows whose saved translation is still to check, and whether a slice of checking is scheduled. */
  private readonly pending = new Set<Row>();
  private scheduled = false;

  /**
   * The quality checks on the row's saved translation, soon: rows are checked a few milliseconds at
   * a time after the page has drawn them, so that opening a document or a chunk of rows arriving
   * never waits for the checks (a dozen rows cost a hundred milliseconds or more).
   */
  update(row: Row): void {
    this.pending.add(row);
    if (this.scheduled) return;
    this.scheduled = true;
    window.setTimeout(() => this.checkPending(), 0);
  }

  private checkPending(): void {
    this.scheduled = false;
    const started = performance.now();
    for (const row of this.pending) {
      this.pending.delete(row);
      if (row.element.isConnected) this.checkNow(row);
      if (performance.now() - started > 8) break;
    }
    if (this.pending.size > 0 && !this.scheduled) {
      this.scheduled = true;
      window.setTimeout(() => this.checkPending(), 0);
    }
  }

  /** The quality checks on the row's saved translation: an icon and a count (not colour alone), the messages in the title. */
  checkNow(row: Row): void {
    this.pending.delete(row);
    const segment = row.segment;
    const findings = this.checks && segment.target !== '' ? checkPair(pairOf(segment), this.checks.context, this.checks.settings) : [];
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    row.findings = findings;
    row.qa.hidden = findings.length === 0;
    row.element.dataset.qa = errors > 0 ? 'error' : findings.length > 0 ? 'warning' : 'none';
    this.renderSource(row);
    if (row.qa.getAttribute('aria-expanded') === 'true') {
      row.qa.setAttribute('aria-expanded', 'false');
      if (findings.length > 0) this.toggleRow(row);
      else row.details.replaceChildren();
    }
    if (findings.length === 0) return;
    row.qa.className = `qa-indicator ${errors > 0 ? 'qa-error' : 'qa-warning'}`;
    // The severity in words for screen readers (not colour or shape alone); the icon says it to the eye.
    const severity = errors > 0 ? 'error' : 'warning';
    row.qa.replaceChildren(icon(severity), el('span', { class: 'visually-hidden' }, `${t(`qa.ui.${severity}`)} `), t('qa.ui.count', { count: findings.length }));
    row.qa.title = findings.map((finding) => t('qa.ui.line', { severity: t(`qa.ui.${finding.severity}`), message: t(`qa.${finding.key}`, finding.params ?? {}) })).join('\n');
  }
}
