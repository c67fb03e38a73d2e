import type { Permission } from '../../domain/permissions';
import { wordsOf } from '../components/inline-codes';
import { el, replaceChildren } from '../dom';
import { formatNumber, t } from '../i18n';
import { type Command, keysOf } from './keymap';
import type { Row } from './row';
import type { Suggestion } from '../types';

export interface ToolbarHost {
  can: (permission: Permission) => boolean;
  /** Runs a command of the keyboard map on the row, as its shortcut would. */
  run: (command: Command, row: Row) => void;
  insert: (row: Row, suggestion: Suggestion) => void;
}

/** A toolbar button: the command's label, its shortcut in the title and `aria-keyshortcuts`. */
function commandButton(command: Command, label: string, onclick: () => void, extra = ''): HTMLButtonElement {
  const keys = keysOf(command);
  return el('button', { type: 'button', class: `button small ${extra}`.trim(), 'data-action': command, title: keys, 'aria-keyshortcuts': keys.replace('Ctrl', 'Control'), onclick }, label);
}

/**
 * The one toolbar of the active segment, moved into whichever row is active: its actions (by role),
 * and its counts: source words, target and source characters and their ratio (the English of a
 * French text usually runs 10–20 % shorter; far off it, something is missing or added).
 */
export class SegmentToolbar {
  readonly element = el('div', { class: 'segment-toolbar', role: 'group' });
  private readonly counts = el('span', { class: 'char-count' });
  /** The best suggestion of the active segment, one click (or Ctrl+Shift+1) from the box: the side panel is a drawer in most windows. */
  private readonly best = el('div', { class: 'best-suggestion' });
  private row: Row | undefined;

  constructor(private readonly host: ToolbarHost) {}

  /** Builds the buttons for the user's role (once the document, and so the role, is known). */
  build(): void {
    const button = (command: Command, label: string, extra?: string) =>
      commandButton(command, label, () => {
        if (this.row) this.host.run(command, this.row);
      }, extra);
    const buttons: HTMLButtonElement[] = [];
    if (this.host.can('segment.edit')) buttons.push(button('confirm', t('editor.confirm'), 'primary'));
    if (this.host.can('segment.review')) buttons.push(button('approve', t('editor.approve')), button('reject', t('editor.reject'), 'danger'));
    if (this.host.can('segment.edit')) buttons.push(button('copySource', t('editor.copySource')));
    buttons.push(button('suggestions', t('panel.suggestions')), button('history', t('editor.history')), button('comments', t('editor.comments')));
    replaceChildren(this.element, ...buttons, this.best, this.counts);
  }

  /** Moves the toolbar into the row (now the active one). */
  attach(row: Row): void {
    if (this.row !== row) this.best.replaceChildren();
    this.row = row;
    this.element.setAttribute('aria-label', t('editor.toolbarLabel', { position: row.segment.position + 1 }));
    if (this.element.parentElement !== row.toolbarSlot) row.toolbarSlot.append(this.element);
    this.update();
  }

  /** Shows a segment's best suggestion, if it is the active one and the user may insert it. */
  suggest(segmentId: number, suggestion: Suggestion | undefined): void {
    const row = this.row;
    if (!row || row.segment.id !== segmentId) return;
    if (!suggestion || !this.host.can('segment.edit')) {
      this.best.replaceChildren();
      return;
    }
    const label = suggestion.origin === 'mt' ? t('toolbar.mt') : t('toolbar.tm', { score: suggestion.score ?? 0 });
    const keys = 'Ctrl+Shift+1';
    replaceChildren(
      this.best,
      el(
        'button',
        { type: 'button', class: 'best-insert', 'data-action': 'insert-best', title: `${t('suggestions.insert', { n: 1 })} (${keys})`, 'aria-keyshortcuts': 'Control+Shift+1', onclick: () => this.host.insert(row, suggestion) },
        el('span', { class: 'best-origin' }, label),
        ' ',
        el('span', { class: 'best-text', lang: 'en' }, wordsOf(suggestion.text, row.segment.codes)),
      ),
    );
  }

  /** The counts of the active row, again (after typing). */
  update(): void {
    const row = this.row;
    if (!row) return;
    const source = wordsOf(row.segment.source, row.segment.codes).length;
    const target = wordsOf(row.box.value, row.segment.codes).length;
    const ratio = source ? Math.round((target / source) * 100) : 0;
    this.counts.textContent = t('editor.counts', { words: formatNumber(row.segment.wordCount), target: formatNumber(target), source: formatNumber(source), ratio });
    this.counts.classList.toggle('off-ratio', target > 0 && (ratio < 50 || ratio > 150));
  }
}
