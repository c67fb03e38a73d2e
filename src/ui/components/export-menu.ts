import { api } from '../api';
import { el } from '../dom';
import { exportFormats } from '../formats';
import { t } from '../i18n';

/**
 * The export menu of a document: every format of the registry by its name, the document's own
 * first. One button that opens a list, rather than a row of buttons per format.
 */
export function exportMenu(documentId: number, ownFormat?: string): HTMLElement {
  const formats = [...exportFormats()].sort((a, b) => Number(b.id === ownFormat) - Number(a.id === ownFormat));
  return el(
    'details',
    { class: 'export-menu' },
    el('summary', { class: 'button' }, t('editor.exportMenu')),
    el(
      'ul',
      { role: 'list' },
      ...formats.map((format) =>
        el('li', {}, el('a', { href: api.exportUrl(documentId, format.id), download: '', 'data-export': format.id }, format.bilingual ? t('editor.exportBilingual', { format: format.name }) : format.name)),
      ),
    ),
  );
}
