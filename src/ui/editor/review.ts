import { api } from '../api';
import { diffView } from '../components/diff-view';
import { submitOnCtrlEnter } from '../components/forms';
import { describe } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { Row } from './row';

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
