import { acceptAttribute, extensionsLabel } from '../formats';
import { exportMenu } from '../components/export-menu';
import { analysisButton } from '../components/analysis-dialog';
import { api } from '../api';
import { describe, noticeArea, setNotice } from '../components/notice';
import { progressBar } from '../components/progress-bar';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { DocumentSummary, Project } from '../types';

/**
 * The home page: the projects (filter and creation), the import form, and the documents with
 * their progress. The chosen project is kept in the address (`#/?project=2`).
 */
export async function renderDocumentList(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const status = noticeArea();
  const listHolder = el('div', { class: 'document-list' }, t('editor.loading'));
  const projectHolder = el('div', { class: 'projects' });
  const uploadHolder = el('div');
  replaceChildren(root, el('h1', {}, t('list.title')), projectHolder, uploadHolder, status, listHolder);
  let projectId = Number(query.get('project')) || undefined;
  let projects: Project[] = [];

  async function refresh(): Promise<void> {
    try {
      projects = (await api.listProjects()).items;
      if (projectId && !projects.some((project) => project.id === projectId)) projectId = undefined;
      replaceChildren(projectHolder, projectBar(projects, projectId, choose, status));
      replaceChildren(uploadHolder, uploadForm(projects, projectId, status, () => void refresh()));
      const { items } = await api.listDocuments(projectId);
      const byId = new Map(projects.map((project) => [project.id, project]));
      replaceChildren(listHolder, items.length ? documentTable(items, byId, status, refresh) : el('p', { class: 'empty' }, t('list.empty', { extensions: extensionsLabel() })));
    } catch (error) {
      replaceChildren(listHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function choose(id: number | undefined): void {
    projectId = id;
    history.replaceState(null, '', id ? `#/?project=${id}` : '#/');
    void refresh();
  }

  await refresh();
}

function projectBar(projects: Project[], current: number | undefined, choose: (id: number | undefined) => void, status: HTMLElement): HTMLElement {
  const select = el(
    'select',
    { id: 'project-filter' },
    el('option', { value: '' }, t('list.allProjects')),
    ...projects.map((project) => el('option', { value: project.id }, `${project.name} (${project.documentCount})`)),
  );
  select.value = current ? String(current) : '';
  select.addEventListener('change', () => choose(Number(select.value) || undefined));

  const name = el('input', { type: 'text', id: 'project-name', maxlength: 100, placeholder: t('list.projectName'), 'aria-label': t('list.projectName') });
  const create = el('form', { class: 'new-project' }, name, el('button', { type: 'submit', class: 'button' }, t('list.createProject')));
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .createProject(name.value)
      .then((project) => {
        setNotice(status, t('list.projectCreated', { name: project.name }), false);
        choose(project.id);
      })
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });
  const chosen = projects.find((project) => project.id === current);
  return el(
    'div',
    { class: 'project-bar' },
    el('label', { for: 'project-filter' }, t('list.project')),
    select,
    chosen ? el('span', { class: 'your-role' }, t('list.yourRole', { role: t(`role.${chosen.role}`) })) : null,
    chosen ? el('a', { class: 'button', id: 'project-members', href: `#/projects/${chosen.id}/members` }, t('list.members')) : null,
    chosen ? el('a', { class: 'button', id: 'project-resources', href: `#/projects/${chosen.id}/resources` }, t('list.resources')) : null,
    // The whole project against its memory: what a quote for all its documents would count.
    chosen ? analysisButton({ kind: 'project', id: chosen.id, title: chosen.name }, { label: t('analysis.openProject'), id: 'project-analysis' }) : null,
    el('span', { class: 'new-project-label' }, t('list.newProject')),
    create,
  );
}

function uploadForm(all: Project[], current: number | undefined, status: HTMLElement, onImported: () => void): HTMLElement {
  // Only where the user may add documents (owners); the server checks it again.
  const projects = all.filter((project) => project.permissions.includes('document.create'));
  if (projects.length === 0) return el('p', { class: 'hint', id: 'no-upload' }, t('list.noUpload'));
  const file = el('input', { type: 'file', name: 'file', accept: acceptAttribute(), id: 'upload-file' });
  const title = el('input', { type: 'text', name: 'title', maxlength: 200, id: 'upload-title' });
  const translation = el('input', { type: 'file', name: 'translation', accept: acceptAttribute(), id: 'upload-translation' });
  const project = el('select', { id: 'upload-project' }, ...projects.map((item) => el('option', { value: item.id }, item.name)));
  project.value = String(projects.find((item) => item.id === current)?.id ?? projects[0]?.id ?? '');
  const submit = el('button', { type: 'submit', class: 'button primary' }, t('list.upload.submit'));
  const form = el(
    'form',
    { class: 'upload', 'aria-labelledby': 'upload-heading' },
    el('h2', { id: 'upload-heading' }, t('list.upload.heading')),
    el('label', { for: 'upload-file' }, t('list.upload.file', { extensions: extensionsLabel() })),
    file,
    el('label', { for: 'upload-translation' }, t('list.upload.translation')),
    translation,
    el('label', { for: 'upload-title' }, t('list.upload.title')),
    title,
    el('label', { for: 'upload-project' }, t('list.project')),
    project,
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
      .uploadDocument(chosen, Number(project.value) || undefined, title.value.trim() || undefined, translation.files?.[0])
      .then((imported) => {
        const alignment = imported.alignment;
        const aligned = alignment
          ? ` ${t('list.upload.aligned', { filled: alignment.filled.length, check: alignment.unaligned.french.length + alignment.unaligned.english.length + alignment.uncertain.length + alignment.conflicts.length })}`
          : '';
        const held = imported.heldForQa.length > 0 ? ` ${t('list.upload.heldForQa', { count: imported.heldForQa.length })}` : '';
        setNotice(status, t('list.upload.done', { title: imported.title, count: imported.segmentCount }) + held + aligned, false);
        // The alignment is kept for review: its drafts are confirmed there, link by link.
        if (alignment) status.append(' ', el('a', { href: `#/documents/${imported.id}/align`, id: 'review-alignment' }, t('list.upload.reviewAlignment')));
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

function documentTable(items: DocumentSummary[], projects: Map<number, Project>, status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const rows = items.map((document) => {
    const project = projects.get(document.projectId);
    const remove = project?.permissions.includes('document.delete') ? el('button', { type: 'button', class: 'button danger' }, t('list.delete')) : null;
    remove?.addEventListener('click', () => {
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
      el(
        'td',
        {},
        el('a', { href: `#/documents/${document.id}`, class: 'document-title' }, document.title),
        el('div', { class: 'document-project' }, project?.name ?? ''),
        // The size and date under the title, shown in a narrow window instead of their columns (styles.css).
        el(
          'div',
          { class: 'document-meta' },
          `${t('list.segments', { count: document.statistics.segments })} · ${t('list.words', { count: document.statistics.words })} · `,
          el('time', { datetime: document.updatedAt }, formatDate(document.updatedAt)),
        ),
      ),
      el('td', { class: 'progress-cell' }, progressBar(document.statistics)),
      el('td', { class: 'size' }, t('list.segments', { count: document.statistics.segments }), el('br'), t('list.words', { count: document.statistics.words })),
      el('td', { class: 'date' }, el('time', { datetime: document.updatedAt }, formatDate(document.updatedAt))),
      el(
        'td',
        { class: 'actions' },
        el('a', { class: 'button', href: `#/documents/${document.id}` }, t('list.open')),
        exportMenu(document.id, document.format),
        analysisButton({ kind: 'document', id: document.id, title: document.title }),
        remove,
      ),
    );
  });
  return el(
    'table',
    { class: 'documents' },
    el('thead', {}, el('tr', {}, ...['title', 'progress', 'size', 'updated', 'actions'].map((column) => el('th', { scope: 'col', class: `column-${column}` }, t(`list.columns.${column}`))))),
    el('tbody', {}, ...rows),
  );
}
