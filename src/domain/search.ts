/**
 * The key text search runs on: lower case, accents and typographic variants folded, so that
 * `debat` finds « Débat » and `l'homme` finds `l’homme`.
 *
 * @example
 * searchKey('Le « Débat » de l’Été'); // → 'le « debat » de l'ete'
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/gu, "'")
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/œ/gu, 'oe')
    .replace(/Œ/gu, 'OE')
    .toLowerCase();
}
