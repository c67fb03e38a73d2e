/**
 * The editor's keyboard map: every shortcut declared once, here. The editor looks up what a key
 * press does (`commandFor`), and the help overlay and the README's table list the same entries.
 *
 * Scopes: `box` acts in a segment's text box, `row` on a focused row (after Esc), `view` anywhere
 * in the editor; `browser` keys are the page's (help), listed only. A command may have several keys
 * (redo: Ctrl+Shift+Z and Ctrl+Y); the first is the one tooltips show.
 */
export type Scope = 'box' | 'row' | 'view' | 'browser';

export interface Shortcut {
  readonly command: string;
  /** Modifiers and key as `Ctrl+Shift+Enter`; `Digit` stands for 1 to 9. `Ctrl` is ⌘ on a Mac. */
  readonly keys: string;
  readonly scope: Scope;
  /** The i18n key of what it does. */
  readonly help: string;
}

export const editorKeymap = [
  { command: 'confirm', keys: 'Ctrl+Enter', scope: 'box', help: 'help.confirm' },
  { command: 'approve', keys: 'Ctrl+Shift+Enter', scope: 'box', help: 'help.approve' },
  { command: 'reject', keys: 'Alt+R', scope: 'box', help: 'help.reject' },
  { command: 'copySource', keys: 'Ctrl+I', scope: 'box', help: 'help.copySource' },
  { command: 'insertSuggestion', keys: 'Ctrl+Shift+Digit', scope: 'box', help: 'help.insertSuggestion' },
  { command: 'insertCode', keys: 'F9', scope: 'box', help: 'help.insertCode' },
  { command: 'next', keys: 'Alt+ArrowDown', scope: 'box', help: 'help.next' },
  { command: 'previous', keys: 'Alt+ArrowUp', scope: 'box', help: 'help.previous' },
  // As in Matecat and memoQ; in the text box only, so lists and fields elsewhere keep Ctrl+↑/↓.
  { command: 'next', keys: 'Ctrl+ArrowDown', scope: 'box', help: 'help.nextCtrl' },
  { command: 'previous', keys: 'Ctrl+ArrowUp', scope: 'box', help: 'help.previousCtrl' },
  // The box's own history, by typed runs (editor/undo.ts), never the page-wide one of the browser.
  { command: 'undo', keys: 'Ctrl+Z', scope: 'box', help: 'help.undo' },
  { command: 'redo', keys: 'Ctrl+Shift+Z', scope: 'box', help: 'help.redo' },
  { command: 'redo', keys: 'Ctrl+Y', scope: 'box', help: 'help.redoY' },
  { command: 'leaveBox', keys: 'Escape', scope: 'box', help: 'help.leaveBox' },
  { command: 'rowDown', keys: 'ArrowDown', scope: 'row', help: 'help.rowDown' },
  { command: 'rowUp', keys: 'ArrowUp', scope: 'row', help: 'help.rowUp' },
  { command: 'enterBox', keys: 'Enter', scope: 'row', help: 'help.enterBox' },
  { command: 'suggestions', keys: 'Alt+S', scope: 'view', help: 'help.suggestions' },
  { command: 'history', keys: 'Alt+H', scope: 'view', help: 'help.history' },
  { command: 'comments', keys: 'Alt+C', scope: 'view', help: 'help.comments' },
  { command: 'concordance', keys: 'Ctrl+K', scope: 'view', help: 'help.concordance' },
  { command: 'qaList', keys: 'Alt+Q', scope: 'view', help: 'help.qaList' },
  { command: 'statusFilter', keys: 'Alt+L', scope: 'view', help: 'help.statusFilter' },
  { command: 'find', keys: 'Ctrl+H', scope: 'view', help: 'help.find' },
  { command: 'goto', keys: 'Ctrl+G', scope: 'view', help: 'help.goto' },
  { command: 'preview', keys: 'Alt+P', scope: 'view', help: 'help.preview' },
  { command: 'helpAnywhere', keys: 'F1', scope: 'browser', help: 'help.helpAnywhere' },
  { command: 'help', keys: '?', scope: 'browser', help: 'help.help' },
] as const satisfies readonly Shortcut[];

export type Command = (typeof editorKeymap)[number]['command'];

interface Combo {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(keys: string): Combo {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  return { ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/**
 * Whether a key press is the combination. Letters and digits go by their place on the keyboard
 * (`event.code`), so that Alt+S is Alt+S on any layout and with Alt's dead keys; but Ctrl with a
 * Latin letter goes by the letter, as the browser's own Ctrl+Z does: on a French AZERTY keyboard
 * Ctrl+Z is the key marked Z (where QWERTY has W), and on a German one Ctrl+Y and Ctrl+Z are not swapped.
 */
function matches(combo: Combo, event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) !== combo.ctrl || event.shiftKey !== combo.shift || event.altKey !== combo.alt) return false;
  if (combo.key === 'Digit') return /^Digit[1-9]$/u.test(event.code);
  if (/^[A-Z]$/u.test(combo.key) && combo.ctrl && !combo.alt && /^[a-z]$/iu.test(event.key)) return event.key.toUpperCase() === combo.key;
  if (/^[A-Z]$/u.test(combo.key)) return event.code === `Key${combo.key}`;
  return event.key === combo.key;
}

const combos = editorKeymap.filter((shortcut) => shortcut.scope !== 'browser').map((shortcut) => ({ ...shortcut, combo: parse(shortcut.keys) }));

/** What a key press does where it happened: the command, and the digit for `Digit` keys. */
export function commandFor(event: KeyboardEvent, scope: Exclude<Scope, 'browser'>): { command: Command; digit?: number } | undefined {
  const found = combos.find((shortcut) => shortcut.scope === scope && matches(shortcut.combo, event));
  if (!found) return undefined;
  const digit = /^Digit([1-9])$/u.exec(event.code)?.[1];
  return found.combo.key === 'Digit' && digit ? { command: found.command, digit: Number(digit) } : { command: found.command };
}

const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', Digit: '1…9' };

/** The keys as the help shows them: `['Ctrl', 'Shift', '1…9']`. */
export function displayKeys(keys: string): string[] {
  return keys === '?' ? ['?'] : keys.split('+').map((key) => names[key] ?? key);
}

/** The first shortcut of a command as a tooltip says it: `Ctrl+Enter`. */
export function keysOf(command: Command): string {
  const found = editorKeymap.find((shortcut) => shortcut.command === command);
  return found ? displayKeys(found.keys).join('+') : '';
}
