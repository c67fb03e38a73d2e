import { englishTimes } from '../calendar';
import { frenchIdentifiers, hasIdentifier } from '../identifiers';
import { replaceSpan, spans } from '../lib';
import { converted, inUnit, sameUnit, unitAfter } from '../measures';
import { englishVagueCounts, frenchVagueCounts } from '../number-words';
import { englishQuantities, frenchQuantities, type Quantity, sameValue } from '../quantities';
import type { Issue, PairRunner } from '../types';

/** The same number, as written: by value, the sign aside, and a measure in the same unit or none. */
const same = (french: Quantity, english: Quantity): boolean => {
  // `250 000 euros` → `$250,000` is another amount; `baissé de 0,3 point` → `fell by 0.3%` another figure.
  if (french.currency && english.currency && french.currency !== english.currency) return false;
  if (french.points && english.percent) return false;
  if (!sameValue(english.value, french.value) && !sameValue(Math.abs(english.value), Math.abs(french.value))) return false;
  // `120 km/h` → `120 mph` is a unit changed, not the number kept.
  return !(french.unit && english.unit && french.unit.dimension === english.unit.dimension && !sameUnit(french.unit, english.unit));
};

/** The same number, as a translator may rewrite it: a measure converted, a part as a percentage (`un sur quatre` → `25%`). */
const near = (french: Quantity, english: Quantity): boolean => {
  if (french.unit && english.unit) return !sameUnit(french.unit, english.unit) && converted({ value: french.value, unit: french.unit }, { value: english.value, unit: english.unit });
  // `une trentaine` → `about 30`, `nearly thirty`: a count within a tenth of it (`seventy` is no `soixantaine`).
  if (french.approx) return english.kind === 'count' && !english.percent && !english.unit && english.value >= french.value * 0.9 && english.value <= french.value * 1.1;
  if (french.kind === 'part' && english.percent) return Math.abs(french.value * 100 - english.value) <= 1;
  if (french.percent && english.kind === 'part') return Math.abs(french.value - english.value * 100) <= 1;
  return false;
};

const frenchPrice = /(?<![\p{N},.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?)[\s\u00a0\u202f]*(?:€|euros?)[\s\u00a0\u202f]+(?:le|la|l['’]|par|du)[\s\u00a0\u202f]*/gu;
const englishPrice = /(?<![\p{N},.])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s\u00a0]*(?:euros?)?[\s\u00a0]*(?:per|a|an|\/)[\s\u00a0]*/gu;

/**
 * A price per unit keeps its unit or is converted: `14,50 € le mètre carré` → `€14.50 per square
 * foot` (the same figure for a unit ten times smaller) is an error; `€1.35 per square foot` is right.
 */
function perUnit(source: string, target: string): Issue[] {
  const issues: Issue[] = [];
  const english = [...target.matchAll(englishPrice)].flatMap((match) => {
    const unit = unitAfter(target.slice(match.index + match[0].length, match.index + match[0].length + 30), 'en');
    return unit ? [{ value: Number(match[1]!.replace(/,/gu, '')), unit, start: match.index, end: match.index + match[0].length, text: match[0] }] : [];
  });
  for (const match of source.matchAll(frenchPrice)) {
    const unit = unitAfter(source.slice(match.index + match[0].length, match.index + match[0].length + 30), 'fr');
    if (!unit) continue;
    const value = Number(match[1]!.replace(/[ \u00a0\u202f]/gu, '').replace(',', '.'));
    const wrong = english.find((other) => sameValue(other.value, value) && other.unit.dimension === unit.dimension && !sameUnit(other.unit, unit));
    if (!wrong) continue;
    // The price per English unit: the French price times the English unit's size in the French unit.
    const price = (value * wrong.unit.scales[0]!.factor) / unit.scales[0]!.factor;
    issues.push({ key: 'numbers.conversion', params: { number: `${match[0].trim()} ${unit.symbol}`, text: `${wrong.text.trim()} ${wrong.unit.symbol}`, expected: `${Math.round(price * 100) / 100} per ${wrong.unit.symbol}` }, source: [{ start: match.index, end: match.index + match[0].length }], target: [{ start: wrong.start, end: wrong.end }] });
  }
  return issues;
}

/** The digits of a number grouped by spaces in the English, grouped any way, or after a country code for a leading `0`. */
function sameDigits(target: string, text: string): boolean {
  const digits = text.replace(/\D/gu, '');
  // A dot between groups only in a long number (`514.555.0199`): `1.250` is a decimal.
  const grouped = (run: string) => run.split('').join(digits.length >= 8 ? '[\\s\\u00a0\\u202f.\\-]?' : '[\\s\\u00a0\\u202f\\-]?');
  if (new RegExp(`(?<![\\p{N}])${grouped(digits)}(?![\\p{N}])`, 'u').test(target)) return true;
  return digits.length >= 5 && digits.startsWith('0') && new RegExp(`\\+\\d{1,3}[\\s\\u00a0.\\-]*(?:\\(0\\)[\\s\\u00a0]*)?${grouped(digits.slice(1))}(?![\\p{N}])`, 'u').test(target);
}

/**
 * Vague counts keep their order of magnitude: `des dizaines de manifestants` → `dozens` or `scores`,
 * not `hundreds`; `des centaines de milliers` → `hundreds of thousands`, not `hundreds`. Said
 * otherwise (`many`, `a crowd of`), no finding: only another vague count in the English is one.
 */
function magnitudes(source: string, target: string): Issue[] {
  if (!/(?:aines|illiers|illions|illiards)(?![\p{L}])/u.test(source)) return [];
  const french = frenchVagueCounts(source);
  if (french.length === 0) return [];
  const english = englishVagueCounts(target);
  const others = english.filter((other) => !french.some((mine) => mine.magnitude === other.magnitude));
  if (others.length === 0) return [];
  return french
    .filter((mine) => !english.some((other) => other.magnitude === mine.magnitude))
    .map((mine) => ({ key: 'numbers.magnitude', params: { number: mine.text, text: others[0]!.text }, source: [{ start: mine.start, end: mine.end }], target: others.map(({ start, end }) => ({ start, end })) }));
}

/**
 * Every number of the source is in the target in English writing: `1 000,5` ↔ `1,000.5` or
 * `1000.5`, `3,5 %` ↔ `3.5%`, `220 milliards` ↔ `220 billion`, `1,2 million` ↔ `1.2 million` or
 * `1,200,000`; in words or digits either way (`deux` ↔ `2` or `two`, `3` ↔ `three`, `un milliard`
 * ↔ `$1 billion`, `un sur quatre` ↔ `one in four`, `multiplié par trois` ↔ `tripled`); measures
 * converted as a translator rounds (`120 km/h` ↔ `75 mph`); telephone numbers and legal
 * references digit for digit (`le 49.3` ↔ `Article 49.3`). A number missing is an error; a
 * decimal comma left in the English, or a currency sign after the amount, a warning with its fix.
 */
export const numbers: PairRunner = {
  run: (pair) => {
    // `le 49-3` → `Article 49.3`: digits joined by a hyphen are a reference when the English has them so joined, a range otherwise.
    const joined = spans(pair.source, /(?<![\p{N}.,-])\d+[-–]\d+(?![\p{N}-])/gu).filter((found) => hasIdentifier(pair.target, { digits: found.text.replace(/\D/gu, '') }));
    const inJoined = (quantity: Quantity) => joined.some((span) => span.start <= quantity.start && quantity.end <= span.end);
    const french = joined.length ? frenchQuantities(pair.source).filter((quantity) => !inJoined(quantity)) : frenchQuantities(pair.source);
    const identifiers = frenchIdentifiers(pair.source);
    const issues: Issue[] = magnitudes(pair.source, pair.target);
    if (french.length === 0 && identifiers.length === 0 && !/\d/u.test(pair.target)) return issues;
    const { quantities, decimalCommas } = englishQuantities(pair.target);
    // Each English number answers one French number: the same kind first (`doublé` ↔ `doubled`,
    // `deux` ↔ `two`), then any writing of the value, then conversions and percentages. The
    // English numbers are looked up by value, so a long text is not read once per number.
    const byValue = new Map<string, Quantity[]>();
    const keyOf = (value: number) => Math.abs(value).toPrecision(9);
    for (const quantity of quantities) byValue.set(keyOf(quantity.value), [...(byValue.get(keyOf(quantity.value)) ?? []), quantity]);
    const used = new Set<Quantity>();
    const take = (list: readonly Quantity[], matches: (french: Quantity, english: Quantity) => boolean) =>
      list.filter((quantity) => {
        const bucket = byValue.get(keyOf(quantity.value)) ?? [];
        const at = bucket.findIndex((other) => matches(quantity, other));
        if (at < 0) return true;
        used.add(bucket.splice(at, 1)[0]!);
        return false;
      });
    const unmatched = take(
      take(french, (quantity, other) => quantity.kind === other.kind && same(quantity, other)),
      same,
    );
    // Conversions and percentages: only the English measures, percentages and parts can answer.
    const rewritten = quantities.filter((other) => other.unit || other.percent || other.kind === 'part' || (other.kind === 'count' && unmatched.some((quantity) => quantity.approx)));
    const times = englishTimes(pair.target);
    for (const quantity of unmatched) {
      const found = rewritten.find((other) => !used.has(other) && near(quantity, other));
      if (found) {
        used.add(found);
        continue;
      }
      // `une trentaine` → `dozens of`, `a few`: said otherwise, no finding unless the English gives another count.
      if (quantity.approx && !quantities.some((other) => !used.has(other) && other.kind === 'count' && !other.unit && !other.percent)) continue;
      // `trois pièces` → `two-bedroom`: a French flat counts its rooms, an English one its bedrooms.
      if (/^[\s\u00a0\u202f]+pi[èe]ces?(?![\p{L}])/u.test(pair.source.slice(quantity.end, quantity.end + 12)) && quantities.some((other) => other.value === quantity.value - 1 && /^[\s\u00a0-]+bedrooms?(?![\p{L}])/u.test(pair.target.slice(other.end, other.end + 12)))) continue;
      // `RCS 812 345 678`, `PC 033 281 23`: digits grouped by spaces, kept as written, name rather than count.
      // Telephone numbers too, however the English groups them (`1 877 512-3088` → `1-877-512-3088`) and with
      // the country code for the trunk `0` (`022 418 50 30` → `+41 22 418 50 30`).
      if (/^\d{1,3}(?:[ \u00a0\u202f]\d{2,3})+$/u.test(quantity.text) && sameDigits(pair.target, quantity.text)) continue;
      // `CM2`, `CE1`: a French school year, which the English names by its own system (`Year 6`, `fifth grade`, `final year of primary school`);
      // `sans-plomb 95`, `SP98`: a fuel grade, which `unleaded` may say alone.
      const before = pair.source.slice(Math.max(0, quantity.start - 12), quantity.start);
      if (/(?<![\p{L}])C[EM]$/u.test(before) && (quantity.value === 1 || quantity.value === 2)) continue;
      if (/(?<![\p{L}])(?:sans[-\s\u00a0]plomb|SP)[\s\u00a0]*$/iu.test(before) && (quantity.value === 95 || quantity.value === 98)) continue;
      // `neuf heures` → `9 a.m.`
      if (quantity.hours && times.some((time) => time.hour === quantity.value || time.hour % 12 === quantity.value % 12)) continue;
      const source = [{ start: quantity.start, end: quantity.end }];
      const measure = quantity.unit && rewritten.find((other) => other.unit?.dimension === quantity.unit!.dimension && !sameUnit(other.unit, quantity.unit!));
      if (measure?.unit && quantity.unit) {
        issues.push({ key: 'numbers.conversion', params: { number: `${quantity.text.trim()} ${quantity.unit.symbol}`, text: measure.text.trim() + ' ' + measure.unit.symbol, expected: inUnit({ value: quantity.value, unit: quantity.unit }, measure.unit) }, source, target: [{ start: measure.start, end: measure.end }] });
      } else {
        issues.push({ key: 'numbers.missing', params: { number: quantity.text.trim() }, source });
      }
    }
    issues.push(...perUnit(pair.source, pair.target));
    for (const identifier of identifiers) {
      if (hasIdentifier(pair.target, identifier)) continue;
      issues.push({ key: 'numbers.identifier', params: { number: identifier.text }, source: [{ start: identifier.start, end: identifier.end }] });
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
    return issues.sort((a, b) => (a.source?.[0]?.start ?? Infinity) - (b.source?.[0]?.start ?? Infinity));
  },
};
