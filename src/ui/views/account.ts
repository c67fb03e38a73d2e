import { api, type Me } from '../api';
import { describe, noticeArea, report, setNotice } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { Token } from '../types';

/** The signed-in user's page: password, personal API tokens, signing out everywhere. */
export async function renderAccount(root: HTMLElement, me: Me, onSignedOut: () => void): Promise<void> {
  const status = noticeArea();
  const tokensHolder = el('div');
  const shown = el('div', { class: 'token-once', role: 'alert' });

  async function refresh(): Promise<void> {
    try {
      replaceChildren(tokensHolder, tokenTable((await api.tokens()).items));
    } catch (error) {
      replaceChildren(tokensHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function tokenTable(tokens: Token[]): HTMLElement {
    if (tokens.length === 0) return el('p', { class: 'empty' }, t('account.noTokens'));
    const rows = tokens.map((token) => {
      const revoke = token.revokedAt ? null : el('button', { type: 'button', class: 'button danger', 'data-revoke': token.id }, t('account.revoke'));
      revoke?.addEventListener('click', () => void report(status, () => api.revokeToken(token.id), () => t('account.revoked')).then(refresh));
      return el(
        'tr',
        { 'data-token': token.id },
        el('td', {}, token.name),
        el('td', {}, el('time', { datetime: token.createdAt }, formatDate(token.createdAt))),
        el('td', {}, token.revokedAt ? t('account.revoked') : t('account.active')),
        el('td', { class: 'actions' }, revoke),
      );
    });
    return el(
      'table',
      { class: 'tokens' },
      el('thead', {}, el('tr', {}, ...['name', 'created', 'state', 'actions'].map((column) => el('th', { scope: 'col' }, t(`account.${column}`))))),
      el('tbody', {}, ...rows),
    );
  }

  const current = el('input', { type: 'password', id: 'current-password', autocomplete: 'current-password', required: true });
  const next = el('input', { type: 'password', id: 'new-password', autocomplete: 'new-password', required: true, minlength: 10 });
  const passwordForm = el(
    'form',
    { class: 'password' },
    el('h2', {}, t('account.password')),
    el('label', { for: 'current-password' }, t('account.current')),
    current,
    el('label', { for: 'new-password' }, t('account.new')),
    next,
    el('p', { class: 'hint' }, t('auth.passwordHint')),
    el('button', { type: 'submit', class: 'button primary' }, t('account.change')),
  );
  passwordForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void report(status, () => api.changePassword(current.value, next.value), () => t('account.changed')).then((ok) => {
      if (ok) passwordForm.reset();
    });
  });

  const tokenName = el('input', { type: 'text', id: 'token-name', maxlength: 100, required: true });
  const tokenForm = el(
    'form',
    { class: 'new-token' },
    el('label', { for: 'token-name' }, t('account.tokenName')),
    tokenName,
    el('button', { type: 'submit', class: 'button' }, t('account.createToken')),
  );
  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .createToken(tokenName.value)
      .then((created) => {
        tokenForm.reset();
        replaceChildren(shown, el('p', {}, t('account.tokenCreated')), el('code', { id: 'new-token' }, created.token));
        return refresh();
      })
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });

  const everywhere = el('button', { type: 'button', class: 'button danger', id: 'sign-out-everywhere' }, t('account.everywhere'));
  everywhere.addEventListener('click', () => {
    api
      .logoutEverywhere()
      .then(onSignedOut)
      .catch((error: unknown) => setNotice(status, describe(error), true));
  });

  replaceChildren(
    root,
    el('h1', {}, t('account.title')),
    el('p', {}, t('auth.signedInAs', { name: me.username })),
    status,
    passwordForm,
    el('section', { class: 'tokens-section' }, el('h2', {}, t('account.tokens')), el('p', { class: 'hint' }, t('account.tokensIntro')), shown, tokensHolder, tokenForm),
    el('section', {}, el('h2', {}, t('account.everywhere')), el('p', { class: 'hint' }, t('account.everywhereHint')), everywhere),
  );
  await refresh();
}
