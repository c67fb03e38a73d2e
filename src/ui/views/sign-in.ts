import { api } from '../api';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { describe } from '../components/notice';

function credentialsForm(submitLabel: string, hint: string | undefined, onSubmit: (username: string, password: string) => Promise<unknown>, onDone: () => void): HTMLFormElement {
  const username = el('input', { type: 'text', id: 'username', name: 'username', autocomplete: 'username', required: true, maxlength: 40 });
  const password = el('input', { type: 'password', id: 'password', name: 'password', autocomplete: hint ? 'new-password' : 'current-password', required: true, maxlength: 1024 });
  const error = el('p', { class: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'button primary' }, submitLabel);
  const form = el(
    'form',
    { class: 'sign-in' },
    el('label', { for: 'username' }, t('auth.username')),
    username,
    el('label', { for: 'password' }, t('auth.password')),
    password,
    hint ? el('p', { class: 'hint' }, hint) : null,
    submit,
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    onSubmit(username.value, password.value)
      .then(onDone)
      .catch((failure: unknown) => {
        error.textContent = describe(failure);
        password.value = '';
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** The sign-in page, shown whenever the API says 401. */
export function renderSignIn(root: HTMLElement, onDone: () => void): void {
  replaceChildren(root, el('h1', {}, t('auth.signIn')), credentialsForm(t('auth.submit'), undefined, (u, p) => api.login(u, p), onDone));
  root.querySelector<HTMLInputElement>('#username')?.focus();
}

/** First run: create the administrator with the one-time secret from the setup link. */
export function renderSetup(root: HTMLElement, secret: string | undefined, onDone: () => void): void {
  if (!secret) {
    replaceChildren(root, el('h1', {}, t('auth.setupTitle')), el('p', { class: 'notice' }, t('auth.setupNeeded')));
    return;
  }
  replaceChildren(
    root,
    el('h1', {}, t('auth.setupTitle')),
    el('p', {}, t('auth.setupIntro')),
    credentialsForm(t('auth.setupSubmit'), t('auth.passwordHint'), (u, p) => api.setup(secret, u, p), onDone),
  );
  root.querySelector<HTMLInputElement>('#username')?.focus();
}
