import { api, ApiError } from '../api';
import { el } from '../dom';
import { exportFormats } from '../formats';
import { t } from '../i18n';
import { describe, noticeArea, setNotice } from './notice';

/**
 * The export menu of a document: every format of the registry by its name, the document's own
 * first. One button that opens a list, rather than a row of buttons per format. A click fetches
 * the file and saves it, so the menu can say what the download alone would not: that the file is
 * not in the encoding it came in (the server's `X-Encoding-Changed`), or why there is no file.
 * The links stay real links (a new tab, "save link as" work without this).
 */
export function exportMenu(documentId: number, ownFormat?: string): HTMLElement {
  const formats = [...exportFormats()].sort((a, b) => Number(b.id === ownFormat) - Number(a.id === ownFormat));
  const notice = noticeArea();
  const onClick = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (!(event instanceof MouseEvent) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void download(link.href, notice);
  };
  return el(
    'details',
    { class: 'export-menu' },
    el('summary', { class: 'button' }, t('editor.exportMenu')),
    el(
      'ul',
      { role: 'list' },
      ...formats.map((format) =>
        el('li', {}, el('a', { href: api.exportUrl(documentId, format.id), download: '', 'data-export': format.id, onclick: onClick }, format.bilingual ? t('editor.exportBilingual', { format: format.name }) : format.name)),
      ),
      el('li', {}, notice),
    ),
  );
}

/** Fetches an export, saves it under the server's file name, and reports a change of encoding or a refusal in `notice`. */
async function download(href: string, notice: HTMLElement): Promise<void> {
  setNotice(notice, '', false);
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    setNotice(notice, describe(new ApiError(0, 'network_error', 'network', {})), true);
    return;
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    setNotice(notice, describe(new ApiError(response.status, String(body.code ?? 'http_error'), String(body.detail ?? response.statusText), body)), true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const save = el('a', { href: url, download: filenameOf(response.headers.get('content-disposition')) });
  document.body.append(save);
  save.click();
  save.remove();
  // The browser has the file once the click is handled; the URL is freed a little later for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const changed = /^([^;\s]+)\s*;\s*was=([^;\s]+)/u.exec(response.headers.get('x-encoding-changed') ?? '');
  if (changed) setNotice(notice, t('editor.exportEncodingChanged', { encoding: changed[1]!.toUpperCase(), was: changed[2]! }), false);
}

/** The file name of a `Content-Disposition: attachment`, its UTF-8 form (`filename*=UTF-8''…`) preferred. */
function filenameOf(disposition: string | null): string {
  const extended = /filename\*=UTF-8''([^;]+)/iu.exec(disposition ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  return /filename="([^"]*)"/iu.exec(disposition ?? '')?.[1] ?? '';
}
