/**
 * The quality checks on the held-out set of issue 28 (tests/fixtures/qa/held-out-28): 360 faulty
 * and 385 correct French → English pairs of news, business, legal and public-service text, each
 * faulty pair with one planted fault, written by helper sessions that never saw the checks and
 * after the checks were built. Nothing is tuned on it: this is the honest figure. Recall is the
 * share of faulty pairs with at least one finding; false findings the share of correct pairs with
 * at least one (warnings count in both). translate-toolkit's `pofilter` (Debian's) runs on the
 * same pairs for comparison, when installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPair, type Finding } from '../src/domain/qa';

export interface HeldOutPair {
  source: string;
  target: string;
  variant: 'en-US' | 'en-GB';
  category: string;
  fault?: string;
}

const folder = new URL('../tests/fixtures/qa/held-out-28/', import.meta.url);

/** The held-out pairs: `faulty-*.json` and `correct-*.json`. */
export function heldOutPairs(): { faulty: HeldOutPair[]; correct: HeldOutPair[] } {
  const read = (prefix: string) =>
    readdirSync(folder)
      .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { pairs: HeldOutPair[] }).pairs);
  return { faulty: read('faulty-'), correct: read('correct-') };
}

export interface Rate {
  hit: number;
  of: number;
}

export interface HeldOutScore {
  /** Faulty pairs with a finding (any severity), overall and by category. */
  recall: Rate;
  recallByCategory: Record<string, Rate>;
  /** Faulty pairs with an error. */
  recallErrors: Rate;
  /** Correct pairs with a finding (any severity), overall and by category. */
  falseFindings: Rate;
  falseByCategory: Record<string, Rate>;
  /** Correct pairs with an error. */
  falseErrors: Rate;
  /** The faulty pairs missed and the correct pairs flagged, for reading (never for tuning). */
  missed: HeldOutPair[];
  flagged: Array<HeldOutPair & { findings: string[] }>;
}

const findingsOf = (pair: HeldOutPair): Finding[] => checkPair({ source: pair.source, target: pair.target }, { targetLang: pair.variant, glossary: [] });

const add = (table: Record<string, Rate>, key: string, hit: boolean) => {
  const rate = (table[key] ??= { hit: 0, of: 0 });
  rate.of++;
  if (hit) rate.hit++;
};

/** Our checks on the held-out set. */
export function scoreHeldOut(): HeldOutScore {
  const { faulty, correct } = heldOutPairs();
  const score: HeldOutScore = { recall: { hit: 0, of: 0 }, recallByCategory: {}, recallErrors: { hit: 0, of: 0 }, falseFindings: { hit: 0, of: 0 }, falseByCategory: {}, falseErrors: { hit: 0, of: 0 }, missed: [], flagged: [] };
  for (const pair of faulty) {
    const findings = findingsOf(pair);
    score.recall.of++;
    score.recallErrors.of++;
    if (findings.length > 0) score.recall.hit++;
    else score.missed.push(pair);
    if (findings.some((finding) => finding.severity === 'error')) score.recallErrors.hit++;
    add(score.recallByCategory, pair.category, findings.length > 0);
  }
  for (const pair of correct) {
    const findings = findingsOf(pair);
    score.falseFindings.of++;
    score.falseErrors.of++;
    if (findings.length > 0) {
      score.falseFindings.hit++;
      score.flagged.push({ ...pair, findings: findings.map((finding) => `${finding.severity} ${finding.key}`) });
    }
    if (findings.some((finding) => finding.severity === 'error')) score.falseErrors.hit++;
    add(score.falseByCategory, pair.category, findings.length > 0);
  }
  return score;
}

const quote = (text: string) => `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, '\\n')}"`;

/** pofilter (translate-toolkit) on the same pairs: recall and false findings; undefined when it is not installed. */
export function pofilterOnHeldOut(): { recall: Rate; falseFindings: Rate } | undefined {
  const { faulty, correct } = heldOutPairs();
  const dir = mkdtempSync(join(tmpdir(), 'visavis-pofilter-'));
  try {
    const entries = [...faulty.map((pair, i) => ({ id: `f${i}`, pair })), ...correct.map((pair, i) => ({ id: `c${i}`, pair }))];
    const po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: en\\n"', ''];
    for (const { id, pair } of entries) po.push(`msgctxt ${quote(id)}`, `msgid ${quote(pair.source)}`, `msgstr ${quote(pair.target)}`, '');
    writeFileSync(join(dir, 'in.po'), po.join('\n'));
    try {
      execFileSync('pofilter', ['--language=en', '--progress=none', '--errorlevel=none', '-i', join(dir, 'in.po'), '-o', join(dir, 'out.po')], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    const flagged = new Set([...readFileSync(join(dir, 'out.po'), 'utf8').matchAll(/^msgctxt "([fc]\d+)"/gmu)].map((match) => match[1]!));
    return {
      recall: { hit: faulty.filter((_, i) => flagged.has(`f${i}`)).length, of: faulty.length },
      falseFindings: { hit: correct.filter((_, i) => flagged.has(`c${i}`)).length, of: correct.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const percent = (rate: Rate) => `${((rate.hit / rate.of) * 100).toFixed(1)} % (${rate.hit}/${rate.of})`;

/** The lines `npm run eval:qa` prints for the held-out set. */
export function heldOutReport(details = false): string[] {
  const score = scoreHeldOut();
  const lines = [
    `held-out (issue 28, never tuned on): recall ${percent(score.recall)}, errors only ${percent(score.recallErrors)}; false findings ${percent(score.falseFindings)}, errors only ${percent(score.falseErrors)}`,
    `  recall by category: ${Object.entries(score.recallByCategory)
      .map(([category, rate]) => `${category} ${percent(rate)}`)
      .join(', ')}`,
    `  false findings by category: ${Object.entries(score.falseByCategory)
      .map(([category, rate]) => `${category} ${percent(rate)}`)
      .join(', ')}`,
  ];
  const pofilter = pofilterOnHeldOut();
  lines.push(pofilter ? `  pofilter (translate-toolkit) on the same pairs: recall ${percent(pofilter.recall)}, false findings ${percent(pofilter.falseFindings)}` : '  pofilter: not installed (scripts/ensure-translate-toolkit.sh)');
  if (details) {
    for (const pair of score.missed) lines.push(`  missed [${pair.category}] ${pair.fault ?? ''}: ${pair.source} → ${pair.target}`);
    for (const pair of score.flagged) lines.push(`  flagged [${pair.category}] ${pair.findings.join(', ')}: ${pair.source} → ${pair.target}`);
  }
  return lines;
}

if (process.argv[1]?.endsWith('eval-qa-held-out.ts')) {
  for (const line of heldOutReport(process.argv.includes('--details'))) console.log(line);
}
