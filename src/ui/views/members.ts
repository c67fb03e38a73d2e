import { type Role, roles } from '../../domain/permissions';
import { api } from '../api';
import { describe, noticeArea, report } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { Member, Project } from '../types';

function roleSelect(id: string, value: Role, label: string): HTMLSelectElement {
  const select = el('select', { id, 'aria-label': label }, ...roles.map((role) => el('option', { value: role }, t(`role.${role}`))));
  select.value = value;
  return select;
}

/** A project's members: everyone in it sees them; owners add, change roles and remove. */
export async function renderMembers(root: HTMLElement, projectId: number): Promise<void> {
  const status = noticeArea();
  let project: Project;
  try {
    project = await api.getProject(projectId);
  } catch (error) {
    replaceChildren(root, el('p', { class: 'error' }, describe(error)), el('a', { href: '#/' }, t('editor.back')));
    return;
  }
  const manage = project.permissions.includes('members.manage');
  const tableHolder = el('div');

  async function refresh(): Promise<void> {
    try {
      replaceChildren(tableHolder, memberTable((await api.members(projectId)).items));
    } catch (error) {
      replaceChildren(tableHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function memberTable(members: Member[]): HTMLElement {
    const rows = members.map((member) => {
      const label = `${t('members.role')}: ${member.username}`;
      const role = manage ? roleSelect(`role-${member.userId}`, member.role, label) : t(`role.${member.role}`);
      if (role instanceof HTMLSelectElement) {
        role.addEventListener('change', () => {
          const chosen = role.value as Role;
          void report(status, () => api.changeRole(projectId, member.username, chosen), () =>
            t('members.changed', { name: member.username, role: t(`role.${chosen}`) }),
          ).then(refresh);
        });
      }
      const remove = manage ? el('button', { type: 'button', class: 'button danger', 'data-remove': member.username }, t('members.remove')) : null;
      remove?.addEventListener('click', () => {
        if (!window.confirm(t('members.removeConfirm', { name: member.username }))) return;
        void report(status, () => api.removeMember(projectId, member.username), () => t('members.removed', { name: member.username })).then(refresh);
      });
      return el(
        'tr',
        { 'data-member': member.username },
        el('td', {}, member.username),
        el('td', {}, role),
        el('td', {}, el('time', { datetime: member.addedAt }, formatDate(member.addedAt))),
        manage ? el('td', { class: 'actions' }, remove) : null,
      );
    });
    const columns = ['username', 'role', 'since', ...(manage ? ['actions'] : [])];
    return el(
      'table',
      { class: 'members' },
      el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, t(`members.${column}`))))),
      el('tbody', {}, ...rows),
    );
  }

  function inviteForm(): HTMLElement {
    const username = el('input', { type: 'text', id: 'member-username', required: true, maxlength: 40, autocomplete: 'off' });
    const role = roleSelect('member-role', 'translator', t('members.role'));
    const form = el(
      'form',
      { class: 'invite' },
      el('h2', {}, t('members.invite')),
      el('label', { for: 'member-username' }, t('members.username')),
      username,
      el('label', { for: 'member-role' }, t('members.role')),
      role,
      el('button', { type: 'submit', class: 'button primary' }, t('members.add')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = role.value as Role;
      void report(status, () => api.addMember(projectId, username.value.trim(), chosen), () =>
        t('members.added', { name: username.value.trim(), role: t(`role.${chosen}`) }),
      ).then((ok) => {
        if (ok) form.reset();
        return refresh();
      });
    });
    return form;
  }

  replaceChildren(
    root,
    el('a', { href: `#/?project=${projectId}`, class: 'back' }, `← ${t('members.back')}`),
    el('h1', {}, t('members.title', { name: project.name })),
    el('p', {}, t('list.yourRole', { role: t(`role.${project.role}`) })),
    status,
    tableHolder,
    manage ? inviteForm() : el('p', { class: 'hint' }, t('members.readOnly')),
  );
  await refresh();
}
