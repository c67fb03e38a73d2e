/**
 * A Content-Disposition for a download: an ASCII fallback name and the exact UTF-8 one (RFC 6266),
 * so « Dépêche » arrives as itself in browsers and as "Depeche" in older tools.
 */
export function attachment(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[^\x20-\x7e]/gu, '').replace(/["\\]/gu, '').replace(/ {2,}/gu, ' ');
  return `attachment; filename="${ascii || 'download'}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
