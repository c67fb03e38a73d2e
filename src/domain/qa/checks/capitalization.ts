import type { PairRunner } from '../types';

/** A target starting in lower case where the source starts with a capital. */
export const capitalization: PairRunner = {
  run: (pair) => {
    const source = /\p{L}/u.exec(pair.source);
    const target = /\p{L}/u.exec(pair.target);
    if (!source || !target) return [];
    // Only when the target starts with its letter (after quotation marks or brackets): `2025 will be…` starts with a number.
    if (/[\p{N}]/u.test(pair.target.slice(0, target.index))) return [];
    // A sentence starting with a lower-case brand or unit ("iPhone", "km") is the writer's choice: only the first letter of a word counts.
    if (!/\p{Lu}/u.test(source[0]) || !/\p{Ll}/u.test(target[0]) || /^\p{Ll}{1,4}\p{Lu}/u.test(pair.target.slice(target.index))) return [];
    // An identifier or an address opening the text (`email_address (required)`, `example.org - a tool`) keeps its case.
    if (/^[\p{Ll}\p{N}]+(?:[_.][\p{L}\p{N}]+)+/u.test(pair.target.slice(target.index))) return [];
    const at = target.index;
    return [{ key: 'capitalization', target: [{ start: at, end: at + 1 }], fix: pair.target.slice(0, at) + target[0].toUpperCase() + pair.target.slice(at + 1) }];
  },
};
