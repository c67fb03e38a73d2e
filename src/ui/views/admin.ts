import { api, type Me } from '../api';
import { describe, noticeArea, report } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { AuditEvent, User } from '../types';

/** Site administration: accounts, and the audit log of security events. */
export async function renderAdmin(root: HTMLElement, me: Me): Promise<void> {
  const status = noticeArea();
  const usersHolder = el('div');
  const auditBody = el('tbody');
  const older = el('button', { type: 'button', class: 'button', id: 'audit-older' }, t('admin.older'));

  async function refreshUsers(): Promise<void> {
    try {
      replaceChildren(usersHolder, userTable((await api.users()).items));
    } catch (error) {
      replaceChildren(usersHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function userTable(users: User[]): HTMLElement {
    const rows = users.map((user) => {
      const toggle = el('button', { type: 'button', class: 'button' }, user.isAdmin ? t('admin.removeAdmin') : t('admin.makeAdmin'));
      toggle.addEventListener('click', () => {
        void report(status, () => api.updateUser(user.username, { isAdmin: !user.isAdmin }), () => t('admin.updated', { name: user.username })).then(refreshUsers);
      });
      const remove = user.id === me.id ? null : el('button', { type: 'button', class: 'button danger' }, t('admin.delete'));
      remove?.addEventListener('click', () => {
        if (!window.confirm(t('admin.deleteConfirm', { name: user.username }))) return;
        void report(status, () => api.deleteUser(user.username), () => t('admin.deleted', { name: user.username })).then(refreshUsers);
      });
      return el(
        'tr',
        { 'data-user': user.username },
        el('td', {}, user.username),
        el('td', {}, user.isAdmin ? t('admin.isAdmin') : ''),
        el('td', {}, el('time', { datetime: user.createdAt }, formatDate(user.createdAt))),
        el('td', { class: 'actions' }, toggle, remove),
      );
    });
    return el('table', { class: 'users' }, el('tbody', {}, ...rows));
  }

  async function loadAudit(before?: number): Promise<void> {
    try {
      const { items } = await api.audit(before);
      auditBody.append(...items.map(auditRow));
      older.hidden = items.length < 100;
      const last = items.at(-1);
      older.onclick = last ? () => void loadAudit(last.id) : null;
    } catch (error) {
      replaceChildren(auditBody, el('tr', {}, el('td', { class: 'error' }, describe(error))));
    }
  }

  function auditRow(event: AuditEvent): HTMLElement {
    return el(
      'tr',
      { 'data-event': event.event },
      el('td', {}, el('time', { datetime: event.at }, formatDate(event.at))),
      el('td', {}, event.event),
      el('td', {}, event.actor ?? ''),
      el('td', {}, event.subject ?? ''),
      el('td', {}, event.address ?? ''),
      el('td', { class: 'detail' }, event.detail ? JSON.stringify(event.detail) : ''),
    );
  }

  const username = el('input', { type: 'text', id: 'new-username', required: true, maxlength: 40, autocomplete: 'off' });
  const password = el('input', { type: 'password', id: 'new-user-password', required: true, minlength: 10, autocomplete: 'new-password' });
  const isAdmin = el('input', { type: 'checkbox', id: 'new-user-admin' });
  const create = el(
    'form',
    { class: 'new-user' },
    el('h2', {}, t('admin.createUser')),
    el('label', { for: 'new-username' }, t('auth.username')),
    username,
    el('label', { for: 'new-user-password' }, t('auth.password')),
    password,
    el('label', { class: 'checkbox' }, isAdmin, ` ${t('admin.isAdmin')}`),
    el('button', { type: 'submit', class: 'button primary' }, t('admin.create')),
  );
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = username.value.trim();
    void report(status, () => api.createUser(name, password.value, isAdmin.checked), () => t('admin.created', { name })).then((ok) => {
      if (ok) create.reset();
      return refreshUsers();
    });
  });

  const columns = ['at', 'event', 'actor', 'subject', 'address', 'detail'];
  replaceChildren(
    root,
    el('h1', {}, t('admin.title')),
    status,
    el('section', {}, el('h2', {}, t('admin.users')), usersHolder, create),
    el(
      'section',
      {},
      el('h2', {}, t('admin.audit')),
      el('table', { class: 'audit' }, el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, t(`admin.columns.${column}`))))), auditBody),
      older,
    ),
  );
  await Promise.all([refreshUsers(), loadAudit()]);
}
