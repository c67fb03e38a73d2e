import { el } from '../dom';
import { t } from '../i18n';
import type { DiffOp } from '../types';

/**
 * A word diff as text with <ins> and <del>: marked by underline and strike-through (and the
 * screen-reader labels of ins/del), not by colour alone. Text nodes only.
 */
export function diffView(ops: readonly DiffOp[], lang = 'en'): HTMLElement {
  if (ops.every((op) => op.op === 'equal')) return el('p', { class: 'diff unchanged', lang }, ops.map((op) => op.text).join('') || t('diff.empty'));
  return el(
    'p',
    { class: 'diff', lang },
    ...ops.map((op) => (op.op === 'insert' ? el('ins', {}, op.text) : op.op === 'delete' ? el('del', {}, op.text) : op.text)),
  );
}
