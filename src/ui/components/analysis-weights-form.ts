import { type AnalysisBand, type AnalysisWeights, analysisBands, defaultAnalysisWeights } from '../../domain/analysis';
import { api, ApiError } from '../api';
import { describe, setNotice } from './notice';
import { announceWeightsChanged } from './analysis-dialog';
import { el } from '../dom';
import { t } from '../i18n';
import type { Project } from '../types';

/**
 * The project's weighting table (owners): one percentage of the full rate per analysis band, in
 * the bands' order. The browser's own range check is off (`novalidate`): the server is the one
 * judge of a table, and what it refuses is shown by the field it names (`issues[].path`), the
 * whole problem in `status`. Once saved, open analyses of the project read their figures again.
 */
export function analysisWeightsForm(project: Project, status: HTMLElement): HTMLFormElement {
  const current: AnalysisWeights = { ...defaultAnalysisWeights, ...project.settings.analysisWeights };
  const fields = analysisBands.map((band) => {
    const id = `weight-${band}`;
    const input = el('input', { type: 'number', id, name: band, min: 0, max: 100, step: 1, inputmode: 'numeric', value: current[band], 'aria-describedby': `${id}-error` });
    const error = el('span', { class: 'field-error error', id: `${id}-error` });
    return { band, input, error };
  });
  const save = el('button', { type: 'submit', class: 'button primary' }, t('resources.weights.save'));
  const form = el(
    'form',
    { class: 'analysis-weights', novalidate: true, 'aria-labelledby': 'analysis-weights-heading' },
    el(
      'table',
      { class: 'qa-settings analysis-weights-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('analysis.columns.band')), el('th', { scope: 'col' }, t('resources.weights.percent')))),
      el(
        'tbody',
        {},
        ...fields.map(({ band, input, error }) =>
          el('tr', { 'data-band': band }, el('th', { scope: 'row' }, el('label', { for: input.id }, t(`analysis.bands.${band}`))), el('td', {}, input, '\u00a0%', error)),
        ),
      ),
    ),
    save,
  );

  const clear = () => {
    for (const { input, error } of fields) {
      input.removeAttribute('aria-invalid');
      error.textContent = '';
    }
  };
  /** The fields the server's problem names; the first of them takes the focus. */
  const showProblem = (error: unknown) => {
    setNotice(status, describe(error), true);
    const paths = error instanceof ApiError && Array.isArray(error.body.issues) ? (error.body.issues as Array<{ path?: unknown }>).map((issue) => String(issue.path ?? '')) : [];
    const named = fields.filter(({ band }) => paths.includes(`analysisWeights.${band}`));
    for (const { input, error: message } of named) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = t('resources.weights.invalid');
    }
    named[0]?.input.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clear();
    // An empty or unreadable field is NaN, which JSON sends as null: the server names it like any other bad value.
    const weights = Object.fromEntries(fields.map(({ band, input }) => [band, input.valueAsNumber])) as Record<AnalysisBand, number>;
    save.disabled = true;
    api
      .updateProject(project.id, { analysisWeights: weights })
      .then(() => {
        setNotice(status, t('resources.weights.saved'), false);
        announceWeightsChanged(project.id);
      })
      .catch(showProblem)
      .finally(() => {
        save.disabled = false;
      });
  });
  return form;
}
