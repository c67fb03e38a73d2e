import { api } from '../api';
import { describe, noticeArea, setNotice } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { Project } from '../types';

/** The projects the user belongs to, with their role in each, and a form to create one (they own it). */
export async function renderProjects(root: HTMLElement): Promise<void> {
  const status = noticeArea();
  const holder = el('div', {}, t('editor.loading'));

  const name = el('input', { type: 'text', id: 'new-project-name', maxlength: 100, required: true });
  const create = el(
    'form',
    { class: 'invite' },
    el('h2', {}, t('list.newProject')),
    el('label', { for: 'new-project-name' }, t('list.projectName')),
    name,
    el('button', { type: 'submit', class: 'button primary' }, t('list.createProject')),
  );
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .createProject(name.value)
      .then((project) => {
        setNotice(status, t('list.projectCreated', { name: project.name }), false);
        create.reset();
        return refresh();
      })
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });

  async function refresh(): Promise<void> {
    try {
      const { items } = await api.listProjects();
      replaceChildren(holder, items.length ? table(items) : el('p', { class: 'empty' }, t('projects.empty')));
    } catch (error) {
      replaceChildren(holder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function table(projects: Project[]): HTMLElement {
    const rows = projects.map((project) =>
      el(
        'tr',
        { 'data-project': project.id },
        el('td', {}, el('a', { href: `#/?project=${project.id}` }, project.name)),
        el('td', {}, t(`role.${project.role}`)),
        el('td', {}, t('list.documents', { count: project.documentCount })),
        el('td', {}, el('time', { datetime: project.createdAt }, formatDate(project.createdAt))),
        el(
          'td',
          { class: 'actions' },
          el('a', { class: 'button', href: `#/projects/${project.id}/members` }, t('list.members')),
          el('a', { class: 'button', href: `#/projects/${project.id}/resources`, 'data-resources': project.id }, t('list.resources')),
        ),
      ),
    );
    return el(
      'table',
      { class: 'members projects-table' },
      el('thead', {}, el('tr', {}, ...['name', 'role', 'documents', 'created', 'actions'].map((column) => el('th', { scope: 'col' }, t(`projects.columns.${column}`))))),
      el('tbody', {}, ...rows),
    );
  }

  replaceChildren(root, el('h1', {}, t('projects.title')), status, holder, create);
  await refresh();
}
