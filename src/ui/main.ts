import { hideHelp, isHelpOpen, showHelp } from './components/help-overlay';
import { el, isTextField, replaceChildren } from './dom';
import { currentLanguage, initI18n, type Language, languages, setLanguage, t } from './i18n';
import { ApiError, api, type Me } from './api';
import { loadFormats } from './formats';
import { renderAccount } from './views/account';
import { renderAdmin } from './views/admin';
import { renderAlignment } from './views/alignment';
import { renderDocumentList } from './views/document-list';
import { renderMembers } from './views/members';
import { renderProjects } from './views/projects';
import { renderResources } from './views/project-resources';
import { renderReport } from './views/report';
import { renderSetup, renderSignIn } from './views/sign-in';
import { Editor } from './views/editor';

const main = el('main', { id: 'main' });
/** Says a view is on its way when it takes more than a moment (a live region: there before it speaks). */
const loading = el('div', { class: 'view-loading', role: 'status', 'aria-live': 'polite' });
/** How long a view may take before the loading indicator shows: a quick one shows none (no flicker). */
const loadingDelayMs = 200;
const header = el('header', { class: 'app-header' });
let editor: Editor | undefined;
/** Undoes what the view shown set up (the alignment view's keyboard listener). */
let leaveView: (() => void) | undefined;
let me: Me | undefined;

function renderHeader(): void {
  const switcher = el('select', { id: 'language', 'aria-label': t('language.label') }, ...languages.map((lng) => el('option', { value: lng }, t(`language.${lng}`))));
  switcher.value = currentLanguage();
  switcher.addEventListener('change', () => void changeLanguage(switcher.value as Language));
  replaceChildren(
    header,
    el('a', { href: '#/', class: 'brand' }, el('strong', {}, t('app.name')), el('span', { class: 'tagline' }, t('app.tagline'))),
    el(
      'nav',
      {},
      el('a', { href: '#/' }, t('nav.documents')),
      me ? el('a', { href: '#/projects', id: 'nav-projects' }, t('nav.projects')) : null,
      me ? el('a', { href: '#/account', id: 'nav-account' }, t('nav.account')) : null,
      me?.isAdmin ? el('a', { href: '#/admin', id: 'nav-admin' }, t('nav.admin')) : null,
      el('a', { href: '/api/docs' }, t('nav.apiDocs')),
      el('button', { type: 'button', class: 'button', 'aria-label': t('nav.help'), title: t('nav.help'), onclick: showHelp }, '?'),
      switcher,
      me ? el('span', { class: 'user', title: t('auth.signedInAs', { name: me.username }) }, me.username) : null,
      me ? el('button', { type: 'button', class: 'button', id: 'sign-out', onclick: () => void signOut() }, t('auth.signOut')) : null,
    ),
  );
}

async function signOut(): Promise<void> {
  await editor?.flush();
  await api.logout();
  me = undefined;
  await go('#/');
}

/** Shows the view of an address: once, whether the address changes (a hashchange) or not. */
async function go(hash: string): Promise<void> {
  if (location.hash === hash) await route();
  else location.hash = hash;
}

/** Who is signed in; on 401 shows the sign-in page (or first-run setup) and answers false. */
async function signedIn(path: string, search: string): Promise<boolean> {
  try {
    me = await api.me();
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  me = undefined;
  renderHeader();
  const after = () => {
    // The one-time secret leaves the address bar and this tab's history once used (replaced, not a new entry).
    if (path === '/setup') history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    void route();
  };
  const { needed } = await api.setupNeeded();
  if (needed) renderSetup(main, new URLSearchParams(search).get('secret') ?? undefined, after);
  else renderSignIn(main, after);
  return false;
}

async function changeLanguage(lng: Language): Promise<void> {
  await editor?.flush();
  await setLanguage(lng);
  renderHeader();
  await route();
}

/**
 * Shows the view of the address. The view being left stays on screen until the next one is
 * drawn, but inert: a click or a key there would reach a view already closed (an editor whose
 * typing nobody saves any more).
 *
 * Routes run one after the other, and one asked for while another is under way runs only if it is
 * still the last asked for when its turn comes: two views loading at once would each draw when
 * their data came back, so a slow one asked for first (the document list after signing in) could
 * cover the one asked for last (the document opened meanwhile).
 */
async function route(): Promise<void> {
  const turn = ++routes;
  const slow = window.setTimeout(() => {
    if (turn === routes) loading.textContent = t('nav.loading');
  }, loadingDelayMs);
  busy();
  const before = routing;
  let finished = () => {};
  routing = new Promise((resolve) => {
    finished = resolve;
  });
  try {
    await before;
    if (turn !== routes) return;
    busy();
    await showRoute();
  } finally {
    finished();
    window.clearTimeout(slow);
    // Replaced, or left in place (a route that failed): usable again once the last route is done.
    if (turn === routes) {
      for (const child of main.children) if (child instanceof HTMLElement) child.inert = false;
      main.removeAttribute('aria-busy');
      loading.textContent = '';
    } else {
      // Drawn, but the view asked for since will replace it.
      busy();
    }
  }
}
/** Routes asked for: only the last one is drawn, and makes the page usable again when it ends. */
let routes = 0;
/** Settles when the route under way has ended. */
let routing: Promise<void> = Promise.resolve();

function busy(): void {
  for (const child of main.children) if (child instanceof HTMLElement) child.inert = true;
  main.setAttribute('aria-busy', 'true');
}

async function showRoute(): Promise<void> {
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const match = /^\/documents\/(\d+)$/.exec(path);
  const members = /^\/projects\/(\d+)\/members$/.exec(path);
  const report = /^\/documents\/(\d+)\/report$/.exec(path);
  const alignment = /^\/documents\/(\d+)\/align$/.exec(path);
  const resources = /^\/projects\/(\d+)\/resources$/.exec(path);
  if (editor) {
    await editor.flush();
    editor.dispose();
    editor = undefined;
  }
  leaveView?.();
  leaveView = undefined;
  if (!(await signedIn(path, search))) return;
  renderHeader();
  if (match) {
    const params = new URLSearchParams(search);
    // ?segment=N opens at segment N; ?page=N (links from before the one scrolling list) at its first segment.
    const segment = Number(params.get('segment') ?? '0') - 1;
    const page = Number(params.get('page') ?? '1') - 1;
    const position = segment >= 0 ? segment : page > 0 ? page * 100 : 0;
    editor = new Editor(main, Number(match[1]), { position, status: params.get('status') ?? '', q: params.get('q') ?? '' }, me!);
    await editor.render();
  } else if (resources) {
    await renderResources(main, Number(resources[1]));
  } else if (alignment) {
    leaveView = await renderAlignment(main, Number(alignment[1]));
  } else if (report) {
    await renderReport(main, Number(report[1]), new URLSearchParams(search).get('since') ?? undefined);
  } else if (path === '/projects') {
    await renderProjects(main);
  } else if (members) {
    await renderMembers(main, Number(members[1]));
  } else if (path === '/account' && me) {
    await renderAccount(main, me, () => {
      me = undefined;
      void go('#/');
    });
  } else if (path === '/admin' && me?.isAdmin) {
    await renderAdmin(main, me);
  } else {
    await renderDocumentList(main, new URLSearchParams(search));
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && isHelpOpen()) {
    event.preventDefault();
    hideHelp();
  } else if ((event.key === 'F1' || (event.key === '?' && !isTextField(event.target))) && !isHelpOpen()) {
    // F1 from anywhere, text boxes included; ? outside them.
    event.preventDefault();
    showHelp();
  }
});

async function start(): Promise<void> {
  await Promise.all([initI18n(), loadFormats()]);
  document.title = t('app.name');
  renderHeader();
  replaceChildren(document.body, header, loading, main);
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
