/**
 * The quality checks on the development sets of issue 28 (tests/fixtures/qa/dev-28, and dev-28b
 * written later on the categories the checks missed most): pairs written blind like the held-out
 * set, but meant to be read: the misses and the false findings it prints are what to improve.
 * `npx tsx bench/eval-qa-dev.ts [--set dev-28b] [--details]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkPair } from '../src/domain/qa';
import type { HeldOutPair, Rate } from './eval-qa-held-out';

const setAt = process.argv.indexOf('--set');
const set = setAt > 0 ? process.argv[setAt + 1]! : 'dev-28';
if (!/^dev-[\w-]+$/u.test(set)) throw new Error(`--set names a development set (dev-28, dev-28b), not ${set}: the held-out set is never read here.`);
const folder = new URL(`../tests/fixtures/qa/${set}/`, import.meta.url);
const read = (prefix: string): HeldOutPair[] =>
  readdirSync(folder)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { pairs: HeldOutPair[] }).pairs);

const findings = (pair: HeldOutPair) => checkPair({ source: pair.source, target: pair.target }, { targetLang: pair.variant, glossary: [] });
const percent = (rate: Rate) => (rate.of === 0 ? '— (no pairs)' : `${((rate.hit / rate.of) * 100).toFixed(1)} % (${rate.hit}/${rate.of})`);

const recall: Record<string, Rate> = {};
const falseRate: Record<string, Rate> = {};
const lines: string[] = [];
for (const pair of read('faulty-')) {
  const found = findings(pair);
  const rate = (recall[pair.category] ??= { hit: 0, of: 0 });
  rate.of++;
  if (found.length > 0) rate.hit++;
  else lines.push(`MISSED [${pair.category}] ${pair.fault ?? ''} | ${pair.source} → ${pair.target}`);
}
for (const pair of read('correct-')) {
  const found = findings(pair);
  const rate = (falseRate[pair.category] ??= { hit: 0, of: 0 });
  rate.of++;
  if (found.length > 0) {
    rate.hit++;
    lines.push(`FALSE [${pair.category}] ${found.map((finding) => `${finding.severity} ${finding.key}`).join(', ')} | ${pair.variant} | ${pair.source} → ${pair.target}`);
  }
}
const total = (table: Record<string, Rate>) => Object.values(table).reduce((sum, rate) => ({ hit: sum.hit + rate.hit, of: sum.of + rate.of }), { hit: 0, of: 0 });
console.log(`${set}: recall ${percent(total(recall))}; false findings ${percent(total(falseRate))}`);
console.log(`  recall: ${Object.entries(recall).map(([category, rate]) => `${category} ${percent(rate)}`).join(', ')}`);
console.log(`  false: ${Object.entries(falseRate).map(([category, rate]) => `${category} ${percent(rate)}`).join(', ')}`);
if (process.argv.includes('--details')) for (const line of lines) console.log(line);
