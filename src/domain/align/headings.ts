/**
 * Headings and short lines (a title, `Article 3 – Durée`, `Photo : Jean Durand`, a date line) are
 * a class of their own for the aligner: a heading is translated by a heading or left out, never
 * glued to a paragraph. The importer knows a segment's kind when the format has markup (a Word
 * heading style, an HTML `<h2>`); plain text has none, so the text itself is read.
 */

/** Longer than this, a line is a paragraph whatever its punctuation. */
const maxHeadingChars = 90;
const maxHeadingWords = 12;

/**
 * Whether a paragraph reads as a heading or a short line: short, without the punctuation that
 * ends a sentence, and starting as a title starts (a capital, a number, a section mark).
 *
 * @example
 * looksLikeHeading('Article 3 – Durée de la location'); // → true
 * looksLikeHeading('Le contrat est conclu pour un an.'); // → false
 */
export function looksLikeHeading(text: string): boolean {
  const line = text.trim();
  if (line === '' || line.length > maxHeadingChars) return false;
  const words = line.split(/\s+/u).length;
  if (words > maxHeadingWords) return false;
  // An interview's or a survey's numbered question (`Q2. How did it help?`, `Question 3 : Pourquoi ?`) heads the answer under it.
  if (/^(?:Q|Question)\s?\d{1,2}\s?[.:)–—-]\s/u.test(line) && /\?["'’”»)\]\s]*$/u.test(line)) return true;
  // A few words trailing off (`Le mot de la fin…`, `Et ensuite...`): a heading's flourish, not a sentence's stop.
  if (words <= 5 && /[^.](?:…|\.\.\.)["'’”»)\]\s]*$/u.test(line) && !/[.!?;]\s/u.test(line)) return /^[\p{Lu}\p{N}§«“"'‘([–—-]/u.test(line);
  // A sentence ends with its stop (or a closing quotation or bracket after it); a heading does not.
  if (/[.!?…;,]["'’”»)\]\s]*$/u.test(line)) return false;
  // A sentence leading into a list (`Here are five tips to help you:`) ends with a colon; a heading with one is short (`Par exemple :`).
  if (/:["'’”»)\]\s]*$/u.test(line) && words >= 5) return false;
  return /^[\p{Lu}\p{N}§«“"'‘([–—-]/u.test(line);
}

/**
 * Whether a paragraph is a short line (a heading's length, or half as long again), with or without the stop that ends a sentence: a list item,
 * a table cell, a caption. A heading's translation may be such a line (a list item translated
 * with its full stop on one side only), so a heading linked to one is no mismatch to speak of.
 *
 * @example
 * looksShort('Toutes les images ont des attributs de remplacement.'); // → true
 */
export function looksShort(text: string): boolean {
  const line = text.trim();
  // A translation runs longer than its heading-like original (French by a sixth or so): half as long again.
  return line !== '' && line.length <= 1.5 * maxHeadingChars && line.split(/\s+/u).length <= 1.5 * maxHeadingWords;
}

/**
 * Whether line `k` is in a run of three or more lines that `heading` says are headings (a list's
 * items, a table's cells; a heading and a line added under it make two): `k` itself is not asked.
 */
export function inRunOfThree(heading: (k: number) => boolean, k: number): boolean {
  return (heading(k - 1) && heading(k + 1)) || (heading(k + 1) && heading(k + 2)) || (heading(k - 1) && heading(k - 2));
}
