import { replaceSpan } from '../lib';
import { englishQuantities, frenchQuantities, sameValue, spelledOut } from '../quantities';
import type { Issue, PairRunner } from '../types';

/**
 * Every number of the source is in the target in English writing: `1 000,5` ↔ `1,000.5` or
 * `1000.5`, `3,5 %` ↔ `3.5%`, `220 milliards` ↔ `220 billion`, `1,2 million` ↔ `1.2 million` or
 * `1,200,000`, small whole numbers spelled out (`3` ↔ `three`). A number missing is an error; a
 * decimal comma left in the English, or a currency sign after the amount, a warning with its fix.
 */
export const numbers: PairRunner = {
  run: (pair) => {
    if ((!/\d/u.test(pair.source) && !/\d/u.test(pair.target))) return [];
    const issues: Issue[] = [];
    const { quantities, decimalCommas } = englishQuantities(pair.target);
    const available = [...quantities];
    for (const quantity of frenchQuantities(pair.source)) {
      const at = available.findIndex((other) => sameValue(other.value, quantity.value) || sameValue(Math.abs(other.value), Math.abs(quantity.value)));
      if (at >= 0) {
        available.splice(at, 1);
        continue;
      }
      if (Number.isInteger(quantity.value) && spelledOut(pair.target, quantity.value)) continue;
      issues.push({ key: 'numbers.missing', params: { number: quantity.text.trim() }, source: [{ start: quantity.start, end: quantity.end }] });
    }
    let fixed = pair.target;
    for (const comma of [...decimalCommas].reverse()) fixed = replaceSpan(fixed, comma, comma.text.replace(',', '.'));
    for (const comma of decimalCommas) {
      issues.push({ key: 'numbers.decimalComma', params: { number: comma.text, fixed: comma.text.replace(',', '.') }, target: [comma], fix: fixed, severity: 'warning' });
    }
    // `220 €` is French order: English writes the sign first.
    for (const match of pair.target.matchAll(/(?<![\p{N}.,])(\d[\d,.]*)[ \u00a0\u202f]?([€£$])(?![\p{N}])/gu)) {
      const span = { start: match.index, end: match.index + match[0].length };
      issues.push({ key: 'numbers.currency', params: { text: match[0], fixed: `${match[2]}${match[1]}` }, target: [span], fix: replaceSpan(pair.target, span, `${match[2]}${match[1]}`), severity: 'warning' });
    }
    return issues;
  },
};
