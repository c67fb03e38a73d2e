import { statuses } from '../../domain/segment';
import { el } from '../dom';
import { formatNumber, t } from '../i18n';
import type { DocumentStats } from '../types';

/**
 * The document's statistics as a small chart: one bar per translator, as long as the words they
 * translated, split by status (patterns and labels, not colour alone), with the figures as text.
 */
export function statsChart(stats: DocumentStats): HTMLElement {
  const widest = Math.max(1, ...stats.authors.map((author) => author.words));
  const rows = stats.authors.map((author) => {
    const bar = el('div', { class: 'stats-bar', role: 'img', 'aria-label': t('stats.words', { count: author.words }) });
    bar.style.width = `${Math.max(2, (author.words / widest) * 100)}%`;
    for (const status of statuses) {
      const words = author.byStatus[status].words;
      if (!words) continue;
      const part = el('span', { class: `progress-part status-${status}`, title: `${t(`status.${status}`)}: ${formatNumber(words)}` });
      part.style.width = `${(words / Math.max(author.words, 1)) * 100}%`;
      bar.append(part);
    }
    return el(
      'li',
      { 'data-author': author.author },
      el('strong', {}, author.author),
      el('div', { class: 'stats-track' }, bar),
      el(
        'span',
        { class: 'stats-figures' },
        t('stats.words', { count: author.words }),
        ' · ',
        t('list.segments', { count: author.segments }),
        author.postEditing === null ? '' : ` · ${t('stats.postEditing', { percent: author.postEditing })}`,
      ),
    );
  });
  return el(
    'section',
    { class: 'stats', 'aria-label': t('editor.statistics') },
    el(
      'p',
      {},
      t('stats.changedByReview', { count: stats.changedByReview }),
      stats.postEditing === null ? '' : ` · ${t('stats.postEditing', { percent: stats.postEditing })}`,
    ),
    rows.length ? el('ul', { class: 'stats-authors' }, ...rows) : el('p', { class: 'hint' }, t('stats.none')),
  );
}
