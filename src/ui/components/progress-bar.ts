import { statuses } from '../../domain/segment';
import { el } from '../dom';
import { formatNumber, t } from '../i18n';
import type { DocumentSummary } from '../types';

/**
 * A stacked bar of segments by status. Each part has a text label and a pattern class, so the
 * bar does not rely on colour alone; the percentage is confirmed (translated + approved) words.
 */
export function progressBar(statistics: DocumentSummary['statistics']): HTMLElement {
  const total = Math.max(statistics.segments, 1);
  const confirmedWords = statistics.byStatus.translated.words + statistics.byStatus.approved.words;
  const percent = statistics.words ? Math.round((confirmedWords / statistics.words) * 100) : 0;
  const bar = el('div', { class: 'progress-bar', role: 'img', 'aria-label': t('progress.label', { percent }) });
  const legend = el('ul', { class: 'progress-legend' });
  for (const status of statuses) {
    const count = statistics.byStatus[status].segments;
    if (!count) continue;
    const label = t('progress.legend', { status: t(`status.${status}`), n: formatNumber(count) });
    const part = el('span', { class: `progress-part status-${status}`, title: label });
    part.style.width = `${(count / total) * 100}%`;
    bar.append(part);
    legend.append(el('li', { class: `status-${status}` }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), label));
  }
  return el('div', { class: 'progress', 'data-percent': percent }, el('div', { class: 'progress-text' }, t('progress.label', { percent })), bar, legend);
}
