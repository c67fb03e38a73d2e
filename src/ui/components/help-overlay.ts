import { el } from '../dom';
import { t } from '../i18n';
import { displayKeys, editorKeymap } from '../editor/keymap';

/** The editor's shortcuts as the help lists them, made from its keyboard map (a shortcut is declared once). */
export const shortcuts = editorKeymap.map((shortcut) => ({ keys: displayKeys(shortcut.keys), action: shortcut.help }));

/** The alignment view's keys (views/alignment.ts). */
export const alignmentShortcuts = [
  { keys: ['↑', '↓'], action: 'help.alignSelect' },
  { keys: ['M'], action: 'help.alignMerge' },
  { keys: ['S'], action: 'help.alignSplit' },
  { keys: ['U'], action: 'help.alignUnlink' },
  { keys: ['Alt', '↑ / ↓'], action: 'help.alignEnglish' },
  { keys: ['Alt', 'Shift', '↑ / ↓'], action: 'help.alignFrench' },
  { keys: ['Ctrl', 'Z'], action: 'help.alignUndo' },
  { keys: ['Ctrl', 'Enter'], action: 'help.alignAccept' },
] as const;

let open: HTMLElement | undefined;
let returnFocus: Element | null = null;

export function isHelpOpen(): boolean {
  return open !== undefined;
}

export function showHelp(): void {
  if (open) return;
  returnFocus = document.activeElement;
  const close = el('button', { type: 'button', class: 'button', onclick: hideHelp }, t('help.close'));
  const rows = (list: ReadonlyArray<{ keys: readonly string[]; action: string }>) =>
    list.map((shortcut) =>
      el(
        'tr',
        {},
        el('td', {}, ...shortcut.keys.flatMap((key, i) => [i > 0 ? ' + ' : null, el('kbd', {}, key)])),
        el('td', {}, t(shortcut.action)),
      ),
    );
  const dialog = el(
    'div',
    { class: 'help-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'help-title' },
    el('h2', { id: 'help-title' }, t('help.title')),
    el('table', { class: 'shortcuts' }, el('tbody', {}, ...rows(shortcuts))),
    el('h3', {}, t('help.alignTitle')),
    el('table', { class: 'shortcuts', id: 'alignment-shortcuts' }, el('tbody', {}, ...rows(alignmentShortcuts))),
    close,
  );
  open = el('div', { class: 'help-backdrop', onclick: (event: Event) => event.target === open && hideHelp() }, dialog);
  document.body.append(open);
  close.focus();
}

export function hideHelp(): void {
  open?.remove();
  open = undefined;
  if (returnFocus instanceof HTMLElement) returnFocus.focus();
}
