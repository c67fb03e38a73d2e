/**
 * What an inline code stands for, so the editor can draw it and checks can reason about it.
 * Formats map their own markup onto these (Markdown `**` → `bold`, DOCX `w:hyperlink` → `link`).
 */
export const codeKinds = [
  'bold',
  'italic',
  'underline',
  'strike',
  'superscript',
  'subscript',
  'code',
  'link',
  'span',
  'image',
  'break',
  'tab',
  'footnote',
  'field',
  'html',
  'other',
] as const;
export type CodeKind = (typeof codeKinds)[number];

/**
 * One inline code of a segment's source. A paired code wraps translatable words (bold, a link's
 * text, an image's alt text); a standalone code stands alone (a line break, a footnote reference).
 * The original markup stays here, outside the translatable text: the translator moves codes but
 * cannot edit them, and the format puts the markup back around the words they were placed around.
 */
export interface InlineCode {
  /** Unique in its segment: `1`, `2`… in source order. */
  id: string;
  type: 'paired' | 'standalone';
  kind: CodeKind;
  /** The markup: a paired code's opening, or a standalone code's whole text. Shown in the chip's tooltip. */
  open: string;
  /** A paired code's closing markup. */
  close?: string | undefined;
  /**
   * What a format needs beyond the markup to write the code back (a DOCX run's properties, an
   * XLIFF code's attributes), as the format's own JSON-safe data. Never shown, never edited.
   */
  data?: Record<string, unknown> | undefined;
  /**
   * Formatting a translator may drop (emphasis, a link): exported without it. A code that is not
   * droppable (an image, a footnote reference, a field) and is missing from a target is written at
   * its end rather than lost.
   */
  droppable: boolean;
}

/** A segment's content as a sequence: text, and the opening, closing or standalone codes around it. */
export type InlineToken =
  | { type: 'text'; text: string }
  | { type: 'open'; id: string }
  | { type: 'close'; id: string }
  | { type: 'standalone'; id: string };
