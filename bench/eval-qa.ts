/**
 * `npm run eval:qa`: precision and recall of the quality checks (src/domain/qa) on our own pairs.
 * Correct translations (tests/fixtures/qa and the alignment sets: news, reports, the sample
 * article) must give no finding; planted faults — each correct pair changed the way translators
 * err (a number, a day, a month, a time, an ordinal, French quotation marks or spacing left in, a
 * question made a statement, a bracket lost, a link changed, a word doubled, a capital lost, half
 * the text lost, nothing translated, a name misspelt) — must each give the expected check.
 */
import { readFileSync } from 'node:fs';
import { type CheckId, checkPair, type QaContext } from '../src/domain/qa';
import { heldOutReport } from './eval-qa-held-out';

type Pairs = Array<[string, string]>;
const load = (path: string): Pairs => (JSON.parse(readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8')) as { pairs: Pairs }).pairs;

export const glossary = [
  { source: 'mairie', target: 'town hall' },
  { source: 'maire', target: 'mayor' },
];

/** The correct pairs, each with the English variant its translation is written in. */
export function correctPairs(): Array<{ source: string; target: string; context: QaContext }> {
  const us: QaContext = { targetLang: 'en-US', glossary };
  const gb: QaContext = { targetLang: 'en-GB', glossary };
  const storm = JSON.parse(readFileSync(new URL('../tests/fixtures/align/storm.json', import.meta.url), 'utf8')) as { french: string[]; english: string[] };
  return [
    ...load('qa/correct-pairs.json').map(([source, target]) => ({ source, target, context: us })),
    ...load('qa/article-en.json').map(([source, target]) => ({ source, target, context: us })),
    ...load('align/parallel-news.json').map(([source, target]) => ({ source, target, context: us })),
    ...load('align/held-out.json').map(([source, target]) => ({ source, target, context: gb })),
    ...storm.french.slice(0, 1).map((source, i) => ({ source, target: storm.english[i]!, context: us })),
  ];
}

interface Mutation {
  check: CheckId;
  /** The faulty target, or undefined when the mutation does not apply to this pair. */
  apply(source: string, target: string): string | undefined;
}

const replaceFirst = (text: string, pattern: RegExp, by: (match: string) => string): string | undefined => {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index) + by(match[0]) + text.slice(match.index + match[0].length) : undefined;
};
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The faults planted, one kind each. */
export const mutations: Mutation[] = [
  // A digit changed in the first number of the target that comes from the source.
  {
    check: 'numbers',
    // (Not a time's or a date's number: those are the times and dates checks' to find.)
    apply: (source, target) =>
      /\d/u.test(source)
        ? replaceFirst(target, /(?<![\p{L}\p{N}:.,]|(?:January|February|March|April|May|June|July|August|September|October|November|December) )\d+(?:[.,]\d+)?(?![\p{N}]|(?:st|nd|rd|th|:)|\s?[ap]\.?m)/u, (number) =>
            number.replace(/\d(?=\D*$)/u, (digit) => String((Number(digit) + 3) % 10)),
          )
        : undefined,
  },
  { check: 'numbers', apply: (_, target) => replaceFirst(target, /\d\.\d/u, (number) => number.replace('.', ',')) },
  { check: 'weekdays', apply: (source, target) => (/lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/iu.test(source) ? replaceFirst(target, new RegExp(weekdays.join('|'), 'u'), (day) => weekdays[(weekdays.indexOf(day) + 1) % 7]!) : undefined) },
  { check: 'dates', apply: (source, target) => (/janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/iu.test(source) ? replaceFirst(target, new RegExp(months.join('|'), 'u'), (month) => months[(months.indexOf(month) + 1) % 12]!) : undefined) },
  { check: 'times', apply: (source, target) => (/\d\s?h/u.test(source) ? replaceFirst(target, /\d{1,2}(?=(?::\d{2})?\s?[ap]\.?m|:\d{2})/u, (hour) => String((Number(hour) % 12) + 1)) : undefined) },
  { check: 'ordinals', apply: (_, target) => replaceFirst(target, /(?<![\p{L}\p{N}])\d+(?:st|nd|rd|th)(?![\p{L}])/u, (ordinal) => `${ordinal.replace(/\D+$/u, '')}e`) },
  { check: 'quotes', apply: (_, target) => (/[“”"]/u.test(target) ? target.replace(/“|"(?=\p{L})/u, '« ').replace(/”|(?<=[\p{L},.!?])"/u, ' »') : undefined) },
  { check: 'spacing', apply: (_, target) => replaceFirst(target, /(?<=\S)(?:[?!%]|:(?!\/\/))/u, (mark) => ` ${mark}`) },
  { check: 'punctuation-end', apply: (source, target) => (/\?\s*[»"”]?\s*$/u.test(source) ? target.replace(/\?(?=[\s"”]*$)/u, '.') : undefined) },
  { check: 'punctuation-end', apply: (source, target) => (/[.!?]\s*$/u.test(source) && /\.$/u.test(target) ? target.slice(0, -1) : undefined) },
  { check: 'brackets', apply: (_, target) => replaceFirst(target, /\)/u, () => '') },
  { check: 'preserved', apply: (source, target) => (/https?:\/\/|@|#/u.test(source) ? replaceFirst(target, /https?:\/\/[^\s]+|[\w.+-]+@[\w.-]+|[#@][\p{L}\p{N}_]+/u, (kept) => kept.replace(/[\p{L}](?=[^\p{L}]*$)/u, 'x')) : undefined) },
  { check: 'repeated-word', apply: (_, target) => replaceFirst(target, /(?<![\p{L}])the (?=\p{L})/u, () => 'the the ') },
  { check: 'capitalization', apply: (source, target) => (/^\p{Lu}\p{Ll}/u.test(source) && /^\p{Lu}\p{Ll}/u.test(target) ? target[0]!.toLowerCase() + target.slice(1) : undefined) },
  { check: 'length', apply: (source, target) => (source.length >= 80 ? `${target.slice(0, Math.floor(target.length * 0.3)).trimEnd()}.` : undefined) },
  { check: 'empty-target', apply: () => '' },
  { check: 'untranslated', apply: (source) => (/\p{Ll}{3,}/u.test(source) ? source : undefined) },
  { check: 'glossary', apply: (source, target) => (/\bmaire\b/iu.test(source) ? replaceFirst(target, /\bmayor\b/iu, () => 'town leader') : undefined) },
  // A name copied from the source, a letter changed in the translation (`Dubois` → `Duboas`).
  {
    check: 'names',
    apply: (source, target) => {
      const name = [...target.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}{4,}(?![\p{L}])/gu)].find((match) => new RegExp(`(?<=[\\p{Ll},] )${match[0]}(?![\\p{L}])`, 'u').test(source));
      return name ? replaceFirst(target, new RegExp(`(?<![\\p{L}])${name[0]}(?![\\p{L}])`, 'u'), (word) => word.slice(0, 3) + (word[3] === 'a' ? 'e' : 'a') + word.slice(4)) : undefined;
    },
  },
];

export interface QaEvaluation {
  correct: number;
  falseFindings: Array<{ source: string; target: string; checks: string[] }>;
  planted: number;
  found: number;
  missed: Array<{ check: CheckId; source: string; target: string; got: string[] }>;
  byCheck: Record<string, { planted: number; found: number }>;
}

export function evaluateQa(): QaEvaluation {
  const pairs = correctPairs();
  const falseFindings: QaEvaluation['falseFindings'] = [];
  for (const pair of pairs) {
    const findings = checkPair({ source: pair.source, target: pair.target }, pair.context);
    if (findings.length) falseFindings.push({ source: pair.source, target: pair.target, checks: findings.map((finding) => `${finding.check}:${finding.key}`) });
  }
  const missed: QaEvaluation['missed'] = [];
  const byCheck: QaEvaluation['byCheck'] = {};
  let planted = 0;
  for (const mutation of mutations) {
    // Only faults planted in pairs that were clean: a finding then comes from the fault.
    for (const pair of pairs) {
      if (falseFindings.some((item) => item.source === pair.source && item.target === pair.target)) continue;
      const faulty = mutation.apply(pair.source, pair.target);
      if (faulty === undefined || faulty === pair.target) continue;
      planted++;
      const entry = (byCheck[mutation.check] ??= { planted: 0, found: 0 });
      entry.planted++;
      const got = checkPair({ source: pair.source, target: faulty }, pair.context).map((finding) => finding.check);
      if (got.includes(mutation.check)) entry.found++;
      else missed.push({ check: mutation.check, source: pair.source, target: faulty, got });
    }
  }
  return { correct: pairs.length, falseFindings, planted, found: planted - missed.length, missed, byCheck };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = evaluateQa();
  console.log(`correct pairs: ${result.correct}, with a finding: ${result.falseFindings.length} (${((result.falseFindings.length / result.correct) * 100).toFixed(1)} %)`);
  console.log(`planted faults: ${result.planted}, found: ${result.found} (recall ${((result.found / result.planted) * 100).toFixed(1)} %)`);
  for (const [check, entry] of Object.entries(result.byCheck)) console.log(`  ${check.padEnd(16)} ${entry.found}/${entry.planted}`);
  if (process.argv.includes('--verbose')) {
    for (const item of result.falseFindings) console.log('FALSE', item.checks.join(' '), '|', item.source, '→', item.target);
    for (const item of result.missed) console.log('MISSED', item.check, '| got', item.got.join(' '), '|', item.source, '→', item.target);
  }
  // The honest figure: pairs written by someone who never saw the checks (never read to tune them).
  for (const line of heldOutReport()) console.log(line);
}
