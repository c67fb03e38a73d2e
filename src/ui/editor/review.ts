import { api } from '../api';
import { diffView } from '../components/diff-view';
import { submitOnCtrlEnter } from '../components/forms';
import { describe } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { ListedSegment } from '../types';
import { commandFor, keysOf } from './keymap';
import type { Row } from './row';

/** The QA override a segment's confirmation rests on (who, when, why), as the API gives it. */
export type OverrideOnRecord = NonNullable<ListedSegment['qaOverride']>;

/** "Confirmed over QA errors (Weekdays) by sacha, 6 Dec 2026: “…”" — the row's tooltip, the reviewer's note, the history. */
export function overrideText(override: { reason: string; checks: readonly string[]; author?: string | null }): string {
  return t('qa.ui.overridden', { author: override.author ?? '—', reason: override.reason, checks: override.checks.map((check) => t(`qa.checks.${check}`)).join(', ') });
}

/**
 * The row's mark "confirmed over QA": a visible mark whose name says it in words, the reason in a
 * tooltip shown on hover and on keyboard focus (aria-describedby), Esc hides it; a click opens the
 * history, where every override is listed. No mark when the confirmation rests on none.
 */
export function showOverride(row: Row, openHistory: () => void): void {
  const override = row.segment.qaOverride;
  let mark = row.side.querySelector<HTMLElement>('.qa-override-mark');
  if (!override) {
    mark?.remove();
    return;
  }
  const tipId = `qa-override-tip-${row.segment.id}`;
  if (!mark) {
    const button = el(
      'button',
      { type: 'button', class: 'qa-override-button', 'data-action': 'qa-override-history', 'aria-describedby': tipId },
      el('span', { 'aria-hidden': 'true' }, t('review.overrideMark')),
      el('span', { class: 'visually-hidden' }, t('review.overrideLabel')),
    );
    button.addEventListener('click', openHistory);
    // WCAG 1.4.13: a tooltip shown on focus can be dismissed without moving the focus.
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || mark?.classList.contains('tip-dismissed')) return;
      event.preventDefault();
      event.stopPropagation();
      mark?.classList.add('tip-dismissed');
    });
    button.addEventListener('blur', () => mark?.classList.remove('tip-dismissed'));
    mark = el('span', { class: 'qa-override-mark' }, button, el('span', { class: 'qa-override-tip', role: 'tooltip', id: tipId }));
    row.side.append(mark);
  }
  const tip = mark.querySelector<HTMLElement>('.qa-override-tip');
  if (tip) tip.textContent = `${overrideText(override)} · ${formatDate(override.at)}`;
}

/**
 * The segment's override as its row keeps it after a change: the one the change was made with,
 * else the one it had while the text stays the same and confirmed (domain/change.ts standingOverride).
 */
export function overrideAfter(before: ListedSegment, after: { target: string; status: ListedSegment['status']; qaOverride?: OverrideOnRecord | null | undefined }): OverrideOnRecord | null {
  if (after.qaOverride) return after.qaOverride;
  const confirmed = after.status === 'translated' || after.status === 'approved';
  return confirmed && after.target === before.target ? before.qaOverride : null;
}

/**
 * For a reviewer on a translated row confirmed over QA errors: the translator's reason under the
 * English, and a box for their own (optional) — the approve shortcut, in the box or the row, approves
 * with it. `approve` runs the approval; nothing is shown on other rows.
 */
export function showOverrideReview(row: Row, approve: () => void): void {
  const override = row.segment.qaOverride;
  let note = row.element.querySelector<HTMLElement>('.override-review');
  if (!override || row.segment.status !== 'translated') {
    note?.remove();
    return;
  }
  if (note) return;
  const reason = el('input', {
    type: 'text',
    class: 'override-review-reason',
    maxlength: 10000,
    'aria-label': t('review.overrideReason'),
    placeholder: t('review.overrideReason'),
    'aria-keyshortcuts': keysOf('approve').replace('Ctrl', 'Control'),
  });
  reason.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      row.box.focus();
      return;
    }
    if (commandFor(event, 'box')?.command !== 'approve') return;
    event.preventDefault();
    event.stopPropagation();
    approve();
  });
  note = el(
    'div',
    { class: 'override-review', role: 'group', 'aria-label': t('review.overrideTitle') },
    el('p', { class: 'override-review-text' }, overrideText(override), ' ', el('span', { class: 'hint' }, `(${formatDate(override.at)})`)),
    reason,
    ' ',
    el('span', { class: 'hint' }, t('review.overrideHint', { keys: keysOf('approve') })),
  );
  row.changes.after(note);
}

/** The reviewer's own reason to approve over QA, if they typed one. */
export function reviewerReason(row: Row): string | undefined {
  return row.element.querySelector<HTMLInputElement>('.override-review-reason')?.value.trim() || undefined;
}

/** The reviewer's note, gone (the row is no longer the active one, or no longer awaits review). */
export function hideOverrideReview(row: Row): void {
  row.element.querySelector('.override-review')?.remove();
}

/**
 * Rejecting asks why: a form under the row's English whose reason is required (it goes to the
 * translator as a comment with the rejection); Ctrl+Enter in it sends it, not the segment.
 */
export function askRejection(row: Row, reject: (reason: string) => void): void {
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
    reject(reason.value);
  });
  replaceChildren(row.message, form);
  reason.focus();
}

/** What changed under a row, each a button that shows (and hides) its diff: the source updated, someone else's edit. */
export function showChanges(row: Row, changedBy: string | undefined): void {
  const items: HTMLElement[] = [];
  if (row.segment.sourceChanged) items.push(changeToggle(row, t('editor.sourceChanged'), 'previous-source', 'source', 'fr'));
  if (changedBy) items.push(changeToggle(row, t('editor.changedBy', { name: changedBy }), 'previous', 'current', 'en'));
  replaceChildren(row.changes, ...items);
}

function changeToggle(row: Row, label: string, from: string, to: string, lang: string): HTMLElement {
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
