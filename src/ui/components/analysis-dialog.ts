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

/** What an analysis is of: one document, or every document of a project (repetitions counted across them). */
export interface AnalysisSubject {
  kind: 'document' | 'project';
  id: number;
  /** The document's title or the project's name, for the dialog's heading. */
  title: string;
}

export interface AnalysisButtonOptions {
  /** The button's text; "Analysis" unless given. */
  label?: string;
  id?: string;
}

/** Open analysis dialogs read their figures again when this is posted (the weighting table changed, here or in another tab). */
const channelName = 'visavis-analysis';

/** Tells open analyses of the project, in this tab and the others, that its weighting table changed. */
export function announceWeightsChanged(projectId: number): void {
  const message = { projectId };
  window.dispatchEvent(new CustomEvent(channelName, { detail: message }));
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(message);
  channel.close();
}

/**
 * A button opening the word-count analysis of a document or a whole project against the memory in
 * a modal dialog (the browser's own <dialog>: focus kept inside, Escape closes), with a CSV
 * download link. The figures are read when it opens, and again if the project's weighting table
 * changes while it is open.
 */
export function analysisButton(subject: AnalysisSubject, options: AnalysisButtonOptions = {}): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'button analysis-open', 'aria-haspopup': 'dialog', id: options.id }, options.label ?? t('analysis.open'));
  button.addEventListener('click', () => {
    const { kind, id, title } = subject;
    const headingId = `analysis-title-${kind}-${id}`;
    const body = el('div', { class: 'analysis-body', 'aria-live': 'polite' }, t('analysis.loading'));
    const close = el('button', { type: 'button', class: 'button' }, t('analysis.close'));
    const dialog = el(
      'dialog',
      { class: 'analysis-dialog', 'aria-labelledby': headingId, 'data-analysis': kind },
      el('h2', { id: headingId }, kind === 'project' ? t('analysis.projectTitle', { name: title }) : t('analysis.title', { title })),
      el('p', { class: 'hint' }, t(kind === 'project' ? 'analysis.explainProject' : 'analysis.explain')),
      body,
      el(
        'div',
        { class: 'analysis-actions' },
        el('a', { class: 'button analysis-csv', href: `/api/${kind}s/${id}/analysis?format=csv`, download: `analysis-${kind}-${id}.csv` }, t('analysis.csv')),
        close,
      ),
    );
    let projectId: number | undefined = kind === 'project' ? id : undefined;
    const load = () =>
      (kind === 'project' ? api.projectAnalysis(id) : api.analysis(id))
        .then((analysis) => {
          projectId = analysis.projectId;
          replaceChildren(body, analysisTable(analysis));
        })
        .catch((error: unknown) => replaceChildren(body, el('p', { class: 'error' }, describe(error))));
    const reloadIfOurs = (changed: unknown) => {
      if (typeof changed === 'object' && changed !== null && (changed as { projectId?: unknown }).projectId === projectId) void load();
    };
    const onWindow = (event: Event) => reloadIfOurs((event as CustomEvent<unknown>).detail);
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName);
    channel?.addEventListener('message', (event: MessageEvent<unknown>) => reloadIfOurs(event.data));
    window.addEventListener(channelName, onWindow);
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      channel?.close();
      window.removeEventListener(channelName, onWindow);
      dialog.remove();
      button.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    void load();
  });
  return button;
}
