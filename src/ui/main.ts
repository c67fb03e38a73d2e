import { hideHelp, isHelpOpen, showHelp } from './components/help-overlay';
import { el, isTextField, replaceChildren } from './dom';
import { currentLanguage, initI18n, type Language, languages, setLanguage, t } from './i18n';
import { renderDocumentList } from './views/document-list';
import { Editor } from './views/editor';

const main = el('main', { id: 'main' });
const header = el('header', { class: 'app-header' });
let editor: Editor | undefined;

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
      el('a', { href: '/api/docs' }, t('nav.apiDocs')),
      el('button', { type: 'button', class: 'button', 'aria-label': t('nav.help'), title: t('nav.help'), onclick: showHelp }, '?'),
      switcher,
    ),
  );
}

async function changeLanguage(lng: Language): Promise<void> {
  await editor?.flush();
  await setLanguage(lng);
  renderHeader();
  await route();
}

async function route(): Promise<void> {
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const match = /^\/documents\/(\d+)$/.exec(path);
  if (editor) {
    await editor.flush();
    editor.dispose();
    editor = undefined;
  }
  if (match) {
    const params = new URLSearchParams(search);
    const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
    editor = new Editor(main, Number(match[1]), { page, status: params.get('status') ?? '', q: params.get('q') ?? '' });
    await editor.render();
  } else {
    await renderDocumentList(main, new URLSearchParams(search));
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && isHelpOpen()) {
    event.preventDefault();
    hideHelp();
  } else if (event.key === '?' && !isTextField(event.target) && !isHelpOpen()) {
    event.preventDefault();
    showHelp();
  }
});

async function start(): Promise<void> {
  await initI18n();
  document.title = t('app.name');
  renderHeader();
  replaceChildren(document.body, header, main);
  window.addEventListener('hashchange', () => void route());
  await route();
}

void start();
