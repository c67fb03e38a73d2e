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
 *
 * The bar and the import form are built once and brought up to date in place, so that a refresh
 * never takes away a name being typed or a file already chosen; and only the latest refresh is
 * drawn, so that an answer that comes late (the list asked for before a project was created) never
 * undoes the choice made since.
 */
export async function renderDocumentList(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const status = noticeArea();
  const listHolder = el('div', { class: 'document-list' }, t('editor.loading'));
  let projectId = Number(query.get('project')) || undefined;
  let turn = 0;
  const bar = projectBar(choose, status);
  const upload = uploadForm(status, () => void refresh());
  replaceChildren(root, el('h1', {}, t('list.title')), bar.element, upload.element, status, listHolder);

  async function refresh(): Promise<void> {
    const mine = ++turn;
    try {
      const projects = (await api.listProjects()).items;
      if (mine !== turn) return;
      if (projectId && !projects.some((project) => project.id === projectId)) projectId = undefined;
      bar.update(projects, projectId);
      upload.update(projects, projectId);
      const { items } = await api.listDocuments(projectId);
      if (mine !== turn) return;
      const byId = new Map(projects.map((project) => [project.id, project]));
      replaceChildren(listHolder, items.length ? documentTable(items, byId, status, refresh) : el('p', { class: 'empty' }, t('list.empty', { extensions: extensionsLabel() })));
    } catch (error) {
      if (mine === turn) replaceChildren(listHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function choose(id: number | undefined): void {
    projectId = id;
    history.replaceState(null, '', id ? `#/?project=${id}` : '#/');
    void refresh();
  }

  await refresh();
}

interface Part {
  element: HTMLElement;
  update(projects: Project[], current: number | undefined): void;
}

function projectBar(choose: (id: number | undefined) => void, status: HTMLElement): Part {
  const select = el('select', { id: 'project-filter' }, el('option', { value: '' }, t('list.allProjects')));
  select.addEventListener('change', () => choose(Number(select.value) || undefined));

  const name = el('input', { type: 'text', id: 'project-name', maxlength: 100, placeholder: t('list.projectName'), 'aria-label': t('list.projectName') });
  const create = el('form', { class: 'new-project' }, name, el('button', { type: 'submit', class: 'button' }, t('list.createProject')));
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .createProject(name.value)
      .then((project) => {
        setNotice(status, t('list.projectCreated', { name: project.name }), false);
        create.reset();
        choose(project.id);
      })
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });
  let chosenParts: HTMLElement[] = [];
  const element = el('div', { class: 'project-bar' }, el('label', { for: 'project-filter' }, t('list.project')), select, el('span', { class: 'new-project-label' }, t('list.newProject')), create);
  return {
    element,
    update(projects, current) {
      replaceChildren(select, el('option', { value: '' }, t('list.allProjects')), ...projects.map((project) => el('option', { value: project.id }, `${project.name} (${project.documentCount})`)));
      select.value = current ? String(current) : '';
      for (const part of chosenParts) part.remove();
      const chosen = projects.find((project) => project.id === current);
      chosenParts = chosen
        ? [
            el('span', { class: 'your-role' }, t('list.yourRole', { role: t(`role.${chosen.role}`) })),
            el('a', { class: 'button', id: 'project-members', href: `#/projects/${chosen.id}/members` }, t('list.members')),
            el('a', { class: 'button', id: 'project-resources', href: `#/projects/${chosen.id}/resources` }, t('list.resources')),
            // The whole project against its memory: what a quote for all its documents would count.
            analysisButton({ kind: 'project', id: chosen.id, title: chosen.name }, { label: t('analysis.openProject'), id: 'project-analysis' }),
          ]
        : [];
      select.after(...chosenParts);
    },
  };
}

function uploadForm(status: HTMLElement, onImported: () => void): Part {
  const file = el('input', { type: 'file', name: 'file', accept: acceptAttribute(), id: 'upload-file' });
  const title = el('input', { type: 'text', name: 'title', maxlength: 200, id: 'upload-title' });
  const translation = el('input', { type: 'file', name: 'translation', accept: acceptAttribute(), id: 'upload-translation' });
  const project = el('select', { id: 'upload-project' });
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
        // The project stays chosen for the next file.
        const into = project.value;
        form.reset();
        project.value = into;
        onImported();
      })
      .catch((error: unknown) => setNotice(status, describe(error), true))
      .finally(() => {
        submit.disabled = false;
      });
  });
  // Only where the user may add documents (owners); the server checks it again. Nothing is shown
  // until the projects are known.
  const element = el('div');
  return {
    element,
    update(all, current) {
      const projects = all.filter((item) => item.permissions.includes('document.create'));
      if (projects.length === 0) {
        replaceChildren(element, el('p', { class: 'hint', id: 'no-upload' }, t('list.noUpload')));
        return;
      }
      const kept = project.value;
      replaceChildren(project, ...projects.map((item) => el('option', { value: item.id }, item.name)));
      // The filter's project when it is one the user may add to; else the one chosen before; else the first.
      const next = projects.find((item) => item.id === current) ?? projects.find((item) => String(item.id) === kept) ?? projects[0];
      project.value = String(next?.id ?? '');
      if (form.parentElement !== element) replaceChildren(element, form);
    },
  };
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
