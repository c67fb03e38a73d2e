import { api, type FileFormat } from './api';

/**
 * The format registry as the server lists it (`GET /api/formats`), read once at start: the
 * upload fields, the export menus and the help texts are made from it, never from a list here.
 */
let known: FileFormat[] = [];

export async function loadFormats(): Promise<void> {
  known = (await api.formats()).items;
}

/** Formats documents can be imported from. */
export function importFormats(): FileFormat[] {
  return known.filter((format) => format.import);
}

/** Formats the English version can be exported to. */
export function exportFormats(): FileFormat[] {
  return known.filter((format) => format.export);
}

/** The `accept` attribute of a document upload field: every extension and media type. */
export function acceptAttribute(): string {
  const formats = importFormats();
  return [...formats.flatMap((format) => format.extensions.map((ext) => `.${ext}`)), ...formats.flatMap((format) => format.mediaTypes)].join(',');
}

/** `.md, .txt`: the extensions documents are known by, for labels. */
export function extensionsLabel(): string {
  return importFormats()
    .map((format) => `.${format.extensions[0]}`)
    .join(', ');
}

/** The `accept` attribute of a field taking a translation back: the bilingual formats only. */
export function bilingualAcceptAttribute(): string {
  const formats = known.filter((format) => format.bilingual && format.import);
  return [...formats.flatMap((format) => format.extensions.map((ext) => `.${ext}`)), ...formats.flatMap((format) => format.mediaTypes)].join(',');
}
