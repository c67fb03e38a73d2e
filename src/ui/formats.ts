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

/**
 * Every extension and media type of some formats, each once: several formats share one (the
 * review DOCX is a `.docx` as Word's is, XLIFF 1.2 and 2.0 are both `.xlf`).
 */
function acceptOf(formats: FileFormat[]): string {
  return [...new Set([...formats.flatMap((format) => format.extensions.map((ext) => `.${ext}`)), ...formats.flatMap((format) => format.mediaTypes)])].join(',');
}

/** The `accept` attribute of a document upload field: every extension and media type. */
export function acceptAttribute(): string {
  return acceptOf(importFormats());
}

/** `.md, .txt`: the extensions documents are known by, for labels, each once. */
export function extensionsLabel(): string {
  return [...new Set(importFormats().map((format) => `.${format.extensions[0]}`))].join(', ');
}

/** The `accept` attribute of a field taking a translation back: the bilingual formats only. */
export function bilingualAcceptAttribute(): string {
  return acceptOf(known.filter((format) => format.bilingual && format.import));
}
