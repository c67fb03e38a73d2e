import type { Permission } from '../../domain/permissions';
import { api } from '../api';
import { analysisButton } from '../components/analysis-dialog';
import { jobProgress } from '../components/job-progress';
import { describe } from '../components/notice';
import { statsChart } from '../components/stats-chart';
import { el, replaceChildren } from '../dom';
import { acceptAttribute, bilingualAcceptAttribute } from '../formats';
import { t } from '../i18n';

export interface ToolsHost {
  documentId: number;
  /** For the analysis dialog's heading. */
  documentTitle: string;
  can: (permission: Permission) => boolean;
  /** Where the statistics chart and a pre-translation's progress show. */
  statsHolder: HTMLElement;
  jobHolder: HTMLElement;
  notice: (message: string, warning: boolean) => void;
  /** The document changed on the server (a file taken in, a pre-translation's progress): the rows and statistics read again. */
  changed: () => Promise<void>;
}

/**
 * The editor's rarer tools, by role, in one menu: the review report, statistics and analysis for everyone,
 * pre-translation, files taken back and alignment for translators, a source update for owners. It
 * closes once a tool is chosen (a file chooser keeps it open until a file is chosen).
 */
export function toolsMenu(host: ToolsHost): HTMLElement {
  const report = el('a', { class: 'button', href: `#/documents/${host.documentId}/report`, id: 'review-report' }, t('editor.reviewReport'));
  const statsButton = el('button', { type: 'button', class: 'button', id: 'show-stats', 'aria-expanded': 'false' }, t('editor.statistics'));
  statsButton.addEventListener('click', () => {
    const open = statsButton.getAttribute('aria-expanded') !== 'true';
    statsButton.setAttribute('aria-expanded', String(open));
    if (!open) {
      host.statsHolder.replaceChildren();
      return;
    }
    api
      .stats(host.documentId)
      .then((stats) => replaceChildren(host.statsHolder, statsChart(stats)))
      .catch((error: unknown) => host.notice(describe(error), true));
  });
  const update = host.can('document.update')
    ? fileButton(host, 'source-file', acceptAttribute(), t('editor.updateSource'), async (file) => {
        const summary = await api.updateSource(host.documentId, file);
        return { notice: t('editor.sourceUpdated', { unchanged: summary.unchanged, changed: summary.changed, added: summary.added, removed: summary.removed }), warning: false };
      })
    : null;
  // An XLIFF or review table exported from here and edited elsewhere: its changed targets come back.
  const takeBack = host.can('segment.edit')
    ? fileButton(host, 'targets-file', bilingualAcceptAttribute(), t('editor.importTargets'), async (file) => {
        const summary = await api.importTargets(host.documentId, file);
        const conflicts = summary.conflicts.map((conflict) => conflict.position + 1).join(', ');
        return {
          notice:
            t('editor.targetsImported', { count: summary.updated.length, unchanged: summary.unchanged, conflicts: summary.conflicts.length }) +
            (conflicts ? ` ${t('editor.targetsConflicts', { positions: conflicts })}` : ''),
          warning: summary.conflicts.length > 0,
        };
      })
    : null;
  let pretranslate: HTMLElement | null = null;
  if (host.can('segment.edit')) {
    pretranslate = el('button', { type: 'button', class: 'button', id: 'pretranslate' }, t('jobs.start'));
    pretranslate.addEventListener('click', () => {
      api
        .pretranslate(host.documentId, { memory: true, mt: true, minScore: 75 })
        .then(({ jobId }) => followJob(host, jobId))
        .catch((error: unknown) => host.notice(describe(error), true));
    });
  }
  // An English version that already exists: aligned, reviewed link by link, then accepted.
  const align = host.can('segment.edit') ? el('a', { class: 'button', href: `#/documents/${host.documentId}/align`, id: 'open-alignment' }, t('editor.align')) : null;
  // The menu stays open behind the analysis dialog, so that closing the dialog gives focus back to its button.
  const analysis = analysisButton({ kind: 'document', id: host.documentId, title: host.documentTitle }, { id: 'open-analysis' });
  const menu = el('details', { class: 'tools-menu' }, el('summary', { class: 'button' }, t('editor.tools')), el('div', { class: 'menu-items' }, report, statsButton, analysis, pretranslate, update, takeBack, align));
  for (const item of [statsButton, pretranslate]) item?.addEventListener('click', () => menu.removeAttribute('open'));
  return menu;
}

/** A button that sends a chosen file (a revised source, a file taken back), then says what happened and reads the document again. */
function fileButton(host: ToolsHost, id: string, accept: string, label: string, send: (file: File) => Promise<{ notice: string; warning: boolean }>): HTMLElement {
  const file = el('input', { type: 'file', id, accept, class: 'visually-hidden' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    send(chosen)
      .then(async ({ notice, warning }) => {
        host.notice(notice, warning);
        file.value = '';
        await host.changed();
      })
      .catch((error: unknown) => host.notice(describe(error), true));
  });
  return el('label', { class: 'button', for: id }, label, file);
}

/** A pre-translation's progress above the rows; the rows fill live as it goes. */
function followJob(host: ToolsHost, jobId: number): void {
  const progress = jobProgress(jobId, (job) => {
    if (job.state === 'done') host.notice(t('jobs.finished', { done: job.done }), false);
    void host.changed();
  });
  replaceChildren(host.jobHolder, progress);
}
