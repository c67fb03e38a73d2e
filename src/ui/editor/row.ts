import type { Finding as QaFinding } from '../../domain/qa';
import { el } from '../dom';
import { t } from '../i18n';
import type { Status } from '../../domain/segment';
import type { ListedSegment } from '../types';
import { icon } from '../components/icons';
import { inlineNodes, markCodesToPlace, targetBox } from '../components/inline-codes';
import { type UndoableBox, withUndo } from './undo';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';

/** One segment in the editor: its DOM and its save state. */
export interface Row {
  segment: ListedSegment;
  element: HTMLElement;
  /** The English: a text area, or a box with code chips for a segment with codes; its undo history its own. */
  box: UndoableBox;
  badge: HTMLElement;
  /** The quality checks' findings on the saved translation: a count with an icon (opens them, their places marked), the messages in its title. */
  qa: HTMLButtonElement;
  /** The French, its glossary terms and the places the findings are about marked. */
  source: HTMLElement;
  /** The findings of the saved translation, as the row last checked it, and where they are listed when opened. */
  findings: QaFinding[];
  details: HTMLElement;
  message: HTMLElement;
  /** Where the active segment's toolbar goes when this row is the active one: under its French and English. */
  toolbarSlot: HTMLElement;
  side: HTMLElement;
  /** Comment count (hidden when none), who else is here, and what changed (source, another person's edit). */
  commentsButton: HTMLButtonElement;
  presence: HTMLElement;
  changes: HTMLElement;
  state: SaveState;
  /** Why the last save failed, shown in the row and in the header. */
  error: string;
  timer: number | undefined;
  /** An inserted suggestion not saved yet: saved with its origin, so the history keeps it raw. */
  inserted?: { text: string; origin: 'mt' | 'tm' } | undefined;
  /** Saves of one row run one after another, so versions are never raced. */
  chain: Promise<boolean>;
  /**
   * The status a save asked for that the quality checks held back (the text was saved as a draft):
   * the next saves ask for it again, so that fixing the error confirms the segment as typing in a
   * confirmed segment would have; a reason confirms it anyway.
   */
  held?: Status | undefined;
}

/**
 * A compact row: number, kind, status and small indicators on the left; the French; the English in
 * a box that starts at the height of the French and grows with the text. The actions are not in
 * the row: the active row gets the one segment toolbar.
 */
export function createRow(segment: ListedSegment, sourceNodes: (text: string) => (string | HTMLElement)[], editable: boolean): Row {
  const source = el('div', { class: 'source', lang: 'fr' }, ...inlineNodes(segment.source, segment.codes, sourceNodes));
  // The French's chips show which codes the English has still to place, as it is typed.
  const box = withUndo(targetBox(segment.codes, { class: 'target', lang: 'en', spellcheck: 'true', 'aria-label': t('editor.targetLabel', { position: segment.position + 1 }) }, 1, (gaps) => markCodesToPlace(source, gaps)));
  box.value = segment.target;
  box.readOnly = !editable;
  const badge = el('span', { class: 'status-badge' });
  const qa = el('button', { type: 'button', class: 'qa-indicator', hidden: true, 'aria-expanded': 'false', 'data-action': 'qa-details' });
  const repeated = segment.repetitionOf !== null || segment.repetitions > 0;
  const repetition = repeated ? el('span', { class: 'repetition', title: t('editor.repeated', { count: segment.repetitions + 1 }), 'aria-label': t('editor.repeated', { count: segment.repetitions + 1 }) }, `↻ ${segment.repetitions + 1}`) : null;
  const commentsButton = el('button', { type: 'button', class: 'comments-count', 'data-action': 'comments', hidden: true });
  const presence = el('span', { class: 'presence', 'aria-live': 'polite' });
  const changes = el('div', { class: 'row-changes' });
  const message = el('div', { class: 'row-message', 'aria-live': 'polite' });
  const details = el('div', { class: 'row-qa' });
  const toolbarSlot = el('div', { class: 'toolbar-slot' });
  const side = el('div', { class: 'segment-side' }, badge, el('span', { class: 'kind' }, t(`kind.${segment.kind}`)), qa, commentsButton, repetition, presence);
  const element = el(
    'div',
    { class: `segment-row kind-${segment.kind}`, role: 'listitem', tabindex: '-1', 'data-segment-id': segment.id, 'data-position': segment.position },
    el('div', { class: 'segment-number' }, String(segment.position + 1)),
    source,
    el('div', { class: 'target-cell' }, box.element, box.gapsElement ?? null, changes, message, details),
    side,
    toolbarSlot,
  );
  return { segment, element, box, badge, qa, source, findings: [], details, message, toolbarSlot, side, commentsButton, presence, changes, state: 'saved', error: '', timer: undefined, chain: Promise.resolve(true) };
}

/** The row's comment indicator: hidden without comments, else a count (open ones in bold) labelled in words. */
export function showComments(row: Row): void {
  const { open, total } = row.segment.comments;
  row.commentsButton.hidden = total === 0;
  // The count in words is the button's label; the icon beside the number is decoration.
  row.commentsButton.replaceChildren(icon('comment'), String(total));
  row.commentsButton.setAttribute('aria-label', t('editor.commentsCount', { open, total }));
  row.commentsButton.title = t('editor.commentsCount', { open, total });
  row.commentsButton.classList.toggle('has-open', open > 0);
}
