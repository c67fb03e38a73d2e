import { ApiError, api } from '../api';
import { progressBar } from '../components/progress-bar';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { DocumentSummary } from '../types';

/** The home page: import form and the documents with their progress. */
export async function renderDocumentList(root: HTMLElement): Promise<void> {
  const status = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const listHolder = el('div', { class: 'document-list' }, t('editor.loading'));
  replaceChildren(root, el('h1', {}, t('list.title')), uploadForm(status, () => void refresh()), status, listHolder);

  async function refresh(): Promise<void> {
    try {
      const { items } = await api.listDocuments();
      replaceChildren(listHolder, items.length ? documentTable(items, status, refresh) : el('p', { class: 'empty' }, t('list.empty')));
    } catch (error) {
      replaceChildren(listHolder, el('p', { class: 'error' }, describe(error)));
    }
  }
  await refresh();
}

function uploadForm(status: HTMLElement, onImported: () => void): HTMLElement {
  const file = el('input', { type: 'file', name: 'file', accept: '.txt,.md,.markdown,text/plain,text/markdown', id: 'upload-file' });
  const title = el('input', { type: 'text', name: 'title', maxlength: 200, id: 'upload-title' });
  const submit = el('button', { type: 'submit', class: 'button primary' }, t('list.upload.submit'));
  const form = el(
    'form',
    { class: 'upload', 'aria-labelledby': 'upload-heading' },
    el('h2', { id: 'upload-heading' }, t('list.upload.heading')),
    el('label', { for: 'upload-file' }, t('list.upload.file')),
    file,
    el('label', { for: 'upload-title' }, t('list.upload.title')),
    title,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) {
      setNotice(status, t('list.upload.noFile'), true);
      return;
    }
    submit.disabled = true;
    setNotice(status, t('list.upload.uploading'), false);
    api
      .uploadDocument(chosen, title.value.trim() || undefined)
      .then((imported) => {
        setNotice(status, t('list.upload.done', { title: imported.title, count: imported.segmentCount }), false);
        form.reset();
        onImported();
      })
      .catch((error: unknown) => setNotice(status, describe(error), true))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function documentTable(items: DocumentSummary[], status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const rows = items.map((document) => {
    const remove = el('button', { type: 'button', class: 'button danger' }, t('list.delete'));
    remove.addEventListener('click', () => {
      if (!window.confirm(t('list.deleteConfirm', { title: document.title }))) return;
      api
        .deleteDocument(document.id)
        .then(() => {
          setNotice(status, t('list.deleted', { title: document.title }), false);
          return refresh();
        })
        .catch((error: unknown) => setNotice(status, describe(error), true));
    });
    return el(
      'tr',
      { 'data-document-id': document.id },
      el('td', {}, el('a', { href: `#/documents/${document.id}`, class: 'document-title' }, document.title)),
      el('td', { class: 'progress-cell' }, progressBar(document.statistics)),
      el(
        'td',
        { class: 'size' },
        t('list.segments', { count: document.statistics.segments }),
        el('br'),
        t('list.words', { count: document.statistics.words }),
      ),
      el('td', {}, el('time', { datetime: document.updatedAt }, formatDate(document.updatedAt))),
      el(
        'td',
        { class: 'actions' },
        el('a', { class: 'button', href: `#/documents/${document.id}` }, t('list.open')),
        el('a', { class: 'button', href: api.exportUrl(document.id, 'txt'), download: '' }, 'TXT'),
        el('a', { class: 'button', href: api.exportUrl(document.id, 'md'), download: '' }, 'MD'),
        remove,
      ),
    );
  });
  return el(
    'table',
    { class: 'documents' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['title', 'progress', 'size', 'updated', 'actions'].map((column) => el('th', { scope: 'col' }, t(`list.columns.${column}`))),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

function setNotice(status: HTMLElement, message: string, isError: boolean): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/** A message for a failed request, in the user's language where we know the case. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('errors.network');
    return t('errors.generic', { detail: error.message });
  }
  return error instanceof Error ? error.message : String(error);
}
