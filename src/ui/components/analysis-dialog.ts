import { api } from '../api';
import { describe } from './notice';
import { el, replaceChildren } from '../dom';
import { formatNumber, t } from '../i18n';
import type { AnalysisReport } from '../types';

/** The figures of an analysis as a table: bands × segments, words, characters, weight and weighted words. */
export function analysisTable(analysis: AnalysisReport): HTMLTableElement {
  const columns = ['segments', 'words', 'characters', 'weight', 'weighted'] as const;
  const cells = (values: ReadonlyArray<number | string>) => values.map((value) => el('td', { class: 'number' }, typeof value === 'number' ? formatNumber(value) : value));
  return el(
    'table',
    { class: 'analysis-table' },
    el('caption', {}, t('analysis.caption')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('analysis.columns.band')), ...columns.map((column) => el('th', { scope: 'col', class: 'number' }, t(`analysis.columns.${column}`))))),
    el(
      'tbody',
      {},
      ...analysis.bands.map((band) =>
        el(
          'tr',
          { 'data-band': band.band },
          el('th', { scope: 'row' }, t(`analysis.bands.${band.band}`)),
          ...cells([band.segments, band.words, band.characters, `${formatNumber(analysis.weights[band.band])} %`, band.weighted]),
        ),
      ),
    ),
    el('tfoot', {}, el('tr', { 'data-band': 'total' }, el('th', { scope: 'row' }, t('analysis.total')), ...cells([analysis.total.segments, analysis.total.words, analysis.total.characters, '', analysis.total.weighted]))),
  );
}

/**
 * A button opening the document's word-count analysis against the memory in a modal dialog (the
 * browser's own <dialog>: focus kept inside, Escape closes), with a CSV download link.
 */
export function analysisButton(documentId: number, title: string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'button analysis-open', 'aria-haspopup': 'dialog' }, t('analysis.open'));
  button.addEventListener('click', () => {
    const body = el('div', { class: 'analysis-body', 'aria-live': 'polite' }, t('analysis.loading'));
    const close = el('button', { type: 'button', class: 'button' }, t('analysis.close'));
    const dialog = el(
      'dialog',
      { class: 'analysis-dialog', 'aria-labelledby': `analysis-title-${documentId}` },
      el('h2', { id: `analysis-title-${documentId}` }, t('analysis.title', { title })),
      el('p', { class: 'hint' }, t('analysis.explain')),
      body,
      el(
        'div',
        { class: 'analysis-actions' },
        el('a', { class: 'button analysis-csv', href: `/api/documents/${documentId}/analysis?format=csv`, download: `analysis-document-${documentId}.csv` }, t('analysis.csv')),
        close,
      ),
    );
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      button.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    void api
      .analysis(documentId)
      .then((analysis) => replaceChildren(body, analysisTable(analysis)))
      .catch((error: unknown) => replaceChildren(body, el('p', { class: 'error' }, describe(error))));
  });
  return button;
}
