import { InvalidReasonError } from './errors';

/** A reason is a note, not a document. */
export const maxReasonLength = 10_000;

/** How many visible letters or digits a reason needs at least. */
export const minReasonLetters = 3;

/**
 * What does not count as saying something: white space, format characters (zero-width space and
 * joiners, word joiner, bidi marks: Unicode `Cf`), space separators (`Zs`), and the Hangul fillers,
 * which Unicode calls letters but which draw nothing (U+3164, U+115F, U+1160, U+FFA0).
 */
const unseen = /[\s\p{Cf}\p{Zs}\u3164\u115F\u1160\uFFA0]/gu;
const letterOrDigit = /[\p{L}\p{N}]/gu;

/**
 * A reason given for a decision others will read (confirming over QA errors, ignoring a finding,
 * rejecting a segment), trimmed; throws InvalidReasonError when it has fewer than three visible
 * letters or digits, or is too long.
 *
 * @example
 * checkReason('  Le client le veut  ', 'The reason'); // → 'Le client le veut'
 * checkReason('\u200B\u2060\u3164', 'The reason');    // throws InvalidReasonError
 */
export function checkReason(text: string, what: string): string {
  const reason = text.trim();
  const visible = reason.replace(unseen, '').match(letterOrDigit)?.length ?? 0;
  if (visible < minReasonLetters) {
    throw new InvalidReasonError(`${what} must say why in at least ${minReasonLetters} letters or digits (spaces and invisible characters do not count).`);
  }
  if (reason.length > maxReasonLength) throw new InvalidReasonError(`${what} has at most ${maxReasonLength.toLocaleString('en')} characters.`);
  return reason;
}
