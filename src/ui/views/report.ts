import { plainText } from '../../domain/inline';
import { inlineNodes } from '../components/inline-codes';
import { api } from '../api';
import { excerpt, findingItem } from '../components/qa-spans';
import { diffView } from '../components/diff-view';
import { describe } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { formatDate, t } from '../i18n';
import type { ReviewReport } from '../types';

/** The review report of a document: what changed since a date or since each approval, with diffs and comments. */
export async function renderReport(root: HTMLElement, documentId: number, since: string | undefined): Promise<void> {
  const body = el('div', { class: 'report-body' }, t('editor.loading'));
  const date = el('input', { type: 'date', id: 'report-since', value: since?.slice(0, 10) ?? '' });
  const download = el('a', { class: 'button', id: 'report-download', href: api.reviewReportUrl(documentId, since), download: '' }, t('report.download'));
  const form = el(
    'form',
    { class: 'report-since' },
    el('label', { for: 'report-since' }, t('report.since')),
    date,
    el('button', { type: 'submit', class: 'button' }, t('report.show')),
    download,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/documents/${documentId}/report${date.value ? `?since=${date.value}` : ''}`;
  });
  replaceChildren(
    root,
    el('a', { href: `#/documents/${documentId}`, class: 'back' }, `← ${t('report.back')}`),
    el('h1', {}, t('report.title')),
    form,
    body,
  );
  let report: ReviewReport;
  try {
    report = await api.reviewReport(documentId, since);
  } catch (error) {
    replaceChildren(body, el('p', { class: 'error' }, describe(error)));
    return;
  }
  root.querySelector('h1')!.textContent = t('report.titleOf', { title: report.document.title });
  const intro = report.since ? t('report.sinceDate', { date: formatDate(report.since) }) : t('report.sinceApproval');
  replaceChildren(
    body,
    el('p', { class: 'hint' }, intro, ' · ', t('report.count', { count: report.items.length })),
    ...report.items.map((item) =>
      el(
        'article',
        { class: 'report-item', 'data-segment-id': item.segmentId },
        el(
          'h2',
          {},
          t('report.segment', { position: item.position + 1 }),
          ' ',
          el('span', { class: `status-badge status-${item.status}` }, t(`status.${item.status}`)),
          item.authors.length ? ` · ${item.authors.join(', ')}` : '',
        ),
        el('p', { class: 'source', lang: 'fr' }, ...inlineNodes(item.source, item.codes)),
        diffView(item.ops),
        item.qa.length
          ? el(
              'ul',
              { class: 'qa-findings' },
              // Each with the place in the English it is about (a plain segment: the offsets count in its text).
              ...item.qa.map((finding) => findingItem(finding, {}, finding.target ? excerpt(plainText(item.target, item.codes), finding.target) : null)),
            )
          : null,
        ...item.qaOverrides.map((override) => el('p', { class: 'qa-override' }, t('qa.ui.overridden', { author: override.author ?? '—', reason: override.reason, checks: override.checks.map((check) => t(`qa.checks.${check}`)).join(', ') }))),
        item.comments.length
          ? el(
              'ul',
              { class: 'threads' },
              ...item.comments.map((thread) =>
                el(
                  'li',
                  { class: thread.resolvedAt ? 'thread resolved' : 'thread open' },
                  el('strong', {}, thread.author ?? '—'),
                  ` ${thread.body}`,
                  ...thread.replies.map((reply) => el('div', { class: 'reply' }, el('strong', {}, reply.author ?? '—'), ` ${reply.body}`)),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}
