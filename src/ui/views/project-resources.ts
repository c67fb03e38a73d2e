import { inlineNodes } from '../components/inline-codes';
import { analysisButton } from '../components/analysis-dialog';
import { analysisWeightsForm } from '../components/analysis-weights-form';
import { api, type GlossaryEntry } from '../api';
import { describe, noticeArea, report, setNotice } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { Project } from '../types';
import { checks, type QaSettings } from '../../domain/qa';

/**
 * A project's language resources: machine-translation settings (owners), the analysis weighting
 * table (owners), the glossary (kept by reviewers and owners, read by all), and the translation
 * memory (concordance, TMX in and out).
 */
export async function renderResources(root: HTMLElement, projectId: number): Promise<void> {
  const status = noticeArea();
  let project: Project;
  try {
    project = await api.getProject(projectId);
  } catch (error) {
    replaceChildren(root, el('p', { class: 'error' }, describe(error)), el('a', { href: '#/' }, t('editor.back')));
    return;
  }
  const may = (permission: string) => (project.permissions as string[]).includes(permission);
  const glossaryHolder = el('div');

  async function refreshGlossary(): Promise<void> {
    try {
      replaceChildren(glossaryHolder, glossaryTable((await api.glossary(projectId)).items));
    } catch (error) {
      replaceChildren(glossaryHolder, el('p', { class: 'error' }, describe(error)));
    }
  }

  function glossaryTable(items: GlossaryEntry[]): HTMLElement {
    if (!items.length) return el('p', { class: 'empty' }, t('resources.noTerms'));
    const manage = may('glossary.manage');
    return el(
      'table',
      { class: 'members glossary' },
      el('thead', {}, el('tr', {}, ...['source', 'target', 'forbidden', 'notes'].map((column) => el('th', { scope: 'col' }, t(`resources.${column}`))), manage ? el('th', { scope: 'col' }, t('resources.actions')) : null)),
      el(
        'tbody',
        {},
        ...items.map((term) => {
          const remove = manage ? el('button', { type: 'button', class: 'button small danger', 'data-delete-term': term.id }, t('resources.delete')) : null;
          remove?.addEventListener('click', () => void report(status, () => api.deleteTerm(term.id), () => t('resources.deleted', { term: term.source })).then(refreshGlossary));
          const edit = manage ? el('button', { type: 'button', class: 'button small', 'data-edit-term': term.id }, t('resources.edit')) : null;
          const row = el(
            'tr',
            { 'data-term': term.source },
            el('td', { lang: 'fr' }, term.source),
            el('td', { lang: 'en' }, term.target),
            el('td', { lang: 'en', class: 'forbidden' }, term.forbidden),
            el('td', {}, term.notes),
            manage ? el('td', { class: 'actions' }, edit, remove) : null,
          );
          edit?.addEventListener('click', () => {
            // The row becomes a small form: French term, English term, renderings not to use, notes.
            const fields = ['source', 'target', 'forbidden', 'notes'] as const;
            const limits = { source: 200, target: 200, forbidden: 1000, notes: 2000 };
            const inputs = fields.map((field) => el('input', { type: 'text', value: term[field], maxlength: limits[field], 'aria-label': t(`resources.${field}`) }));
            const save = el('button', { type: 'button', class: 'button small primary' }, t('resources.save'));
            save.addEventListener('click', () => {
              void report(
                status,
                () => api.updateTerm(term.id, { source: inputs[0]!.value, target: inputs[1]!.value, forbidden: inputs[2]!.value, notes: inputs[3]!.value }),
                () => t('resources.updated', { term: inputs[0]!.value.trim() }),
              ).then(refreshGlossary);
            });
            replaceChildren(row, ...inputs.map((input) => el('td', {}, input)), el('td', { class: 'actions' }, save));
            inputs[1]!.focus();
          });
          return row;
        }),
      ),
    );
  }

  // Machine translation settings.
  const settings = el('section', {}, el('h2', {}, t('resources.mtSettings')));
  if (may('project.manage')) {
    const variant = el('select', { id: 'target-lang' }, el('option', { value: 'en-US' }, 'English (US)'), el('option', { value: 'en-GB' }, 'English (UK)'));
    variant.value = project.settings.targetLang;
    const formality = el('select', { id: 'formality' }, ...['default', 'more', 'less'].map((value) => el('option', { value }, t(`resources.formality.${value}`))));
    formality.value = project.settings.formality;
    const save = () =>
      void report(
        status,
        () => api.updateProject(projectId, { targetLang: variant.value as 'en-US' | 'en-GB', formality: formality.value as 'default' | 'more' | 'less' }),
        () => t('resources.saved'),
      );
    variant.addEventListener('change', save);
    formality.addEventListener('change', save);
    settings.append(el('div', { class: 'compare' }, el('label', { for: 'target-lang' }, t('resources.variant')), variant, el('label', { for: 'formality' }, t('resources.formalityLabel')), formality));
  } else {
    settings.append(el('p', {}, `${t('resources.variant')}: ${project.settings.targetLang} · ${t('resources.formalityLabel')}: ${t(`resources.formality.${project.settings.formality}`)}`));
  }

  // Quality checks: each on with its own severity, off, or another severity (owners); listed for the others.
  const qa = el('section', { id: 'qa-settings' }, el('h2', {}, t('resources.qa')), el('p', { class: 'hint' }, t('resources.qaHint')));
  const current = project.settings.qa ?? {};
  const choices = ['default', 'error', 'warning', 'off'] as const;
  const selects = checks.map((check) => {
    const select = el(
      'select',
      { id: `qa-${check.id}`, 'data-check': check.id, disabled: !may('project.manage'), 'aria-describedby': `qa-about-${check.id}` },
      ...choices.map((choice) => el('option', { value: choice }, choice === 'default' ? t('resources.qaDefault', { severity: t(`qa.ui.${check.severity}`) }) : t(`resources.qaChoice.${choice}`))),
    );
    select.value = current[check.id] ?? 'default';
    return { check, select };
  });
  const saveQa = () => {
    const chosen: QaSettings = {};
    for (const { check, select } of selects) if (select.value !== 'default') chosen[check.id] = select.value as 'error' | 'warning' | 'off';
    void report(status, () => api.updateProject(projectId, { qa: chosen }), () => t('resources.saved'));
  };
  for (const { select } of selects) select.addEventListener('change', saveQa);
  qa.append(
    el(
      'table',
      { class: 'qa-settings' },
      el(
        'tbody',
        {},
        // Each check with what it finds, in the UI's language (the English is the check's own description).
        ...selects.map(({ check, select }) =>
          el('tr', {}, el('th', { scope: 'row' }, el('label', { for: `qa-${check.id}` }, t(`qa.checks.${check.id}`))), el('td', {}, select), el('td', { class: 'hint qa-about', id: `qa-about-${check.id}` }, t(`qa.about.${check.id}`))),
        ),
      ),
    ),
  );

  // The analysis weighting table: owners change it; the others see it in every analysis's weight column.
  const weights = may('project.manage')
    ? el(
        'section',
        { id: 'analysis-weights', 'aria-labelledby': 'analysis-weights-heading' },
        el('h2', { id: 'analysis-weights-heading' }, t('resources.weights.heading')),
        el('p', { class: 'hint' }, t('resources.weights.hint')),
        analysisWeightsForm(project, status),
        analysisButton({ kind: 'project', id: projectId, title: project.name }, { label: t('analysis.openProject'), id: 'resources-analysis' }),
      )
    : null;

  // Glossary.
  const glossary = el('section', {}, el('h2', {}, t('resources.glossary')), glossaryHolder, el('a', { class: 'button', href: api.glossaryExportUrl(projectId), download: '', id: 'glossary-export' }, t('resources.exportCsv')));
  if (may('glossary.manage')) {
    const source = el('input', { type: 'text', id: 'term-source', required: true, maxlength: 200, lang: 'fr' });
    const target = el('input', { type: 'text', id: 'term-target', maxlength: 200, lang: 'en' });
    const forbidden = el('input', { type: 'text', id: 'term-forbidden', maxlength: 1000, lang: 'en', placeholder: t('resources.forbiddenHint') });
    const notes = el('input', { type: 'text', id: 'term-notes', maxlength: 2000 });
    const add = el(
      'form',
      { class: 'invite' },
      el('h3', {}, t('resources.addTerm')),
      el('label', { for: 'term-source' }, t('resources.source')),
      source,
      el('label', { for: 'term-target' }, t('resources.target')),
      target,
      el('label', { for: 'term-forbidden' }, t('resources.forbidden')),
      forbidden,
      el('label', { for: 'term-notes' }, t('resources.notes')),
      notes,
      el('button', { type: 'submit', class: 'button primary' }, t('resources.add')),
    );
    add.addEventListener('submit', (event) => {
      event.preventDefault();
      void report(status, () => api.addTerm(projectId, { source: source.value, target: target.value, forbidden: forbidden.value, notes: notes.value }), () => t('resources.added', { term: source.value.trim() })).then((ok) => {
        if (ok) add.reset();
        return refreshGlossary();
      });
    });
    const file = el('input', { type: 'file', id: 'glossary-file', accept: '.csv,.tsv,text/csv' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      api
        .importGlossary(projectId, chosen)
        .then((result) => {
          setNotice(status, t('resources.imported', result), false);
          file.value = '';
          return refreshGlossary();
        })
        .catch((error: unknown) => setNotice(status, describe(error), true));
    });
    glossary.append(add, el('label', { for: 'glossary-file' }, t('resources.importCsv')), file);
  }

  // Memory: concordance, TMX.
  const query = el('input', { type: 'search', id: 'concordance', placeholder: t('resources.concordance'), 'aria-label': t('resources.concordance') });
  const results = el('div', { class: 'concordance-results', 'aria-live': 'polite' });
  const search = el('form', { class: 'report-since' }, query, el('button', { type: 'submit', class: 'button' }, t('resources.search')));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .searchMemory(projectId, query.value)
      .then(({ items }) =>
        replaceChildren(
          results,
          items.length
            ? el(
                'table',
                { class: 'members memory' },
                el('tbody', {}, ...items.map((unit) => el('tr', {}, el('td', { lang: 'fr' }, ...inlineNodes(unit.source, unit.codes)), el('td', { lang: 'en' }, ...inlineNodes(unit.target, unit.codes)), el('td', {}, t(`resources.quality.${unit.quality}`))))),
              )
            : el('p', { class: 'empty' }, t('resources.noUnits')),
        ),
      )
      .catch((error: unknown) => replaceChildren(results, el('p', { class: 'error' }, describe(error))));
  });
  const memory = el('section', {}, el('h2', {}, t('resources.memory')), search, results, el('a', { class: 'button', href: api.memoryExportUrl(projectId), download: '' }, t('resources.exportTmx')));
  if (may('project.manage')) {
    const tmx = el('input', { type: 'file', id: 'tmx-file', accept: '.tmx,.xml' });
    tmx.addEventListener('change', () => {
      const chosen = tmx.files?.[0];
      if (!chosen) return;
      api
        .importMemory(projectId, chosen)
        .then((result) => {
          setNotice(status, t('resources.tmxImported', result), false);
          tmx.value = '';
        })
        .catch((error: unknown) => setNotice(status, describe(error), true));
    });
    memory.append(el('label', { for: 'tmx-file' }, t('resources.importTmx')), tmx);
  }

  replaceChildren(
    root,
    el('a', { href: `#/?project=${projectId}`, class: 'back' }, `← ${t('members.back')}`),
    el('h1', {}, t('resources.title', { name: project.name })),
    status,
    settings,
    qa,
    weights,
    glossary,
    memory,
  );
  await refreshGlossary();
}
