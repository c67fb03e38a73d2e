import { blank, fold, lastOf, spans } from './lib';
import type { Span } from './types';
import { englishTimes, frenchTimes } from './calendar';

/** A number of a text, its value with any magnitude word after it (`1,2 million` = 1 200 000). */
export interface Quantity extends Span {
  value: number;
  text: string;
}

const frenchMagnitudes: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 };
const englishMagnitudes: Record<string, number> = { thousand: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, k: 1e3 };

const minus = '(?:(?<![\\p{L}\\p{N}])[-−])?';
const frenchNumber = new RegExp(`${minus}(?<![\\p{N},.])(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:,\\d+)?(?![\\p{N}])(?:[ \\u00a0\\u202f]*(mille|millions?|milliards?|billions?)(?![\\p{L}]))?`, 'gu');
const englishNumber = new RegExp(`${minus}(?<![\\p{N},.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{N}])(?:[ \\u00a0]*(thousand|millions?|billions?|trillion|bn|mn|m|k)(?![\\p{L}]))?`, 'gu');
/** An English number with a decimal comma (`3,5`, `12,75`): French writing left in the English. */
const decimalComma = /(?<![\p{N},.])\d+,(?:\d{1,2}|\d{4,})(?![\p{N}])/gu;

const value = (digits: string, magnitude: string | undefined, table: Record<string, number>): number => Number(digits) * (magnitude ? (table[fold(magnitude)] ?? 1) : 1);

/** Arabic ordinals in French writing: `30e`, `1er`, `1re`, `2nd` (group 1 the number, group 2 the suffix). */
export function frenchOrdinals(text: string) {
  return spans(text, /(?<![\p{L}\p{N}])(\d+)(e|er|re|ère|ème|nd|nde)(?![\p{L}])/gu);
}

/** The numbers of a French text (times and ordinals left to their checks). */
export const frenchQuantities = lastOf(function frenchQuantities(text: string): Quantity[] {
  const rest = blank(text, [...frenchTimes(text), ...frenchOrdinals(text)]);
  return spans(rest, frenchNumber).map((found) => {
    const digits = found.text.replace(/[ \u00a0\u202f]*(mille|millions?|milliards?|billions?)$/u, '').replace(/[ \u00a0\u202f]/gu, '').replace(',', '.').replace('−', '-');
    return { start: found.start, end: found.end, text: found.text, value: value(digits, found.groups[0], frenchMagnitudes) };
  });
});

/** The numbers of an English text (times left out), and the decimal commas found in it. */
export const englishQuantities = lastOf(function englishQuantities(text: string): { quantities: Quantity[]; decimalCommas: Quantity[] } {
  const withoutTimes = blank(text, englishTimes(text));
  const decimalCommas = spans(withoutTimes, decimalComma).map((found) => ({ start: found.start, end: found.end, text: found.text, value: Number(found.text.replace(',', '.')) }));
  const rest = blank(withoutTimes, decimalCommas);
  const quantities = spans(rest, englishNumber).map((found) => {
    let magnitude = found.groups[0] || undefined;
    let text = found.text;
    // `m`, `mn`, `bn` and `k` are amounts only after a currency sign (`$3.2m`); `6.20 m` is metres.
    if (magnitude && /^(m|mn|bn|k)$/u.test(magnitude) && !/[$€£]\s*$/u.test(rest.slice(Math.max(0, found.start - 2), found.start))) {
      text = text.slice(0, text.length - magnitude.length).trimEnd();
      magnitude = undefined;
    }
    const digits = text.replace(/[ \u00a0]*(thousand|millions?|billions?|trillion|bn|mn|m|k)$/u, '').replace(/,/gu, '').replace('−', '-');
    return { start: found.start, end: found.start + text.length, text, value: value(digits, magnitude, englishMagnitudes) };
  });
  // A decimal comma still says its number: it is matched (and reported as a warning of its own).
  return { quantities: [...quantities, ...decimalCommas].sort((a, b) => a.start - b.start), decimalCommas };
});

const smallNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Whether an English text spells a small whole number out (`three` for 3). */
export function spelledOut(text: string, number: number): boolean {
  const word = smallNumbers[number];
  return word !== undefined && new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text);
}

export const sameValue = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
