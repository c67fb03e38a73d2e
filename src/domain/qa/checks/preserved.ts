import { distance } from 'fastest-levenshtein';
import { codePattern, fileNamePattern, fileNames, productCodes } from '../identifiers';
import { blank, replaceSpan } from '../lib';
import type { Issue, PairRunner, Span } from '../types';
import { identifierPattern, webIdentifiers } from '../web';

/**
 * Web addresses (with or without `https://`: `www.service-public.fr`, `impots.gouv.fr/particulier`),
 * e-mail addresses, @handles, #hashtags, file names (`releves_2023.csv`) and codes of the source,
 * copied into the target as they are — a domain and a file name in any case, a path and a tag
 * exactly, but for a language part of an address (`/fr` → `/en`, `fr.` → `en.`, `?lang=fr` →
 * `?lang=en`). One missing is an error; one changed is the same error, marked in the target where
 * the changed copy is, with the source's as the fix.
 */
export const preserved: PairRunner = {
  run: (pair) => {
    const sources = webIdentifiers(pair.source);
    const files = fileNames(blank(pair.source, sources));
    const issues: Issue[] = [...codes(pair.source, pair.target, [...sources, ...files]), ...changedFiles(pair.target, files)];
    if (sources.length === 0) return issues;
    const targets = webIdentifiers(pair.target);
    // The target's identifiers that copy none of the source's: where a changed one went.
    const strays = targets.filter((other) => !sources.some((mine) => identifierPattern(mine).test(other.text)));
    for (const found of sources) {
      if (identifierPattern(found).test(pair.target)) continue;
      const source = [{ start: found.start, end: found.end }];
      // A changed copy is of the same sort (a tag for a tag, with its sign) and not another identifier altogether.
      const near = strays
        .filter((other) => (found.kind === 'tag' ? other.kind === 'tag' && other.text[0] === found.text[0] : other.kind !== 'tag'))
        .map((other) => ({ other, cost: distance(other.text.toLowerCase(), found.text.toLowerCase()) }))
        .filter(({ other, cost }) => cost <= Math.max(3, Math.max(other.text.length, found.text.length) / 2))
        .sort((a, b) => a.cost - b.cost)[0]?.other;
      issues.push({
        key: 'preserved',
        params: { text: found.text },
        source,
        ...(near ? { target: [{ start: near.start, end: near.end }], fix: replaceSpan(pair.target, near, found.text) } : {}),
      });
    }
    return issues;
  },
};

/**
 * The source's codes of letters and digits (`LX-4402B`, identifiers.ts) not in the target, each an
 * error marking the target's code nearest it (`LX-4402`), the source's as the fix. Addresses and
 * tags are the web identifiers' own.
 */
function codes(source: string, target: string, web: readonly Span[]): Issue[] {
  if (!/\p{Lu}[\p{L}\p{N}/-]*\p{N}|\p{N}[\p{L}\p{N}/-]*\p{Lu}/u.test(source)) return [];
  const found = productCodes(blank(source, web));
  if (found.length === 0) return [];
  const targets = productCodes(blank(target, webIdentifiers(target)));
  const strays = targets.filter((other) => !found.some((mine) => codePattern(mine.text).test(other.text)));
  return lacking(target, found, strays, codePattern, 2);
}

/**
 * The source's file names (`rapport_annuel_2024.pdf`, identifiers.ts) not in the target, in any
 * case, each an error marking the target's file name that copies none of the source's (the nearest
 * one: `annual_report_2024.pdf`, `convocation.doc` for `convocation.docx`), the source's as the fix.
 */
function changedFiles(target: string, found: ReadonlyArray<Span & { text: string }>): Issue[] {
  if (found.length === 0) return [];
  const strays = fileNames(blank(target, webIdentifiers(target))).filter((other) => !found.some((mine) => fileNamePattern(mine.text).test(other.text)));
  return lacking(target, found, strays, fileNamePattern, Number.POSITIVE_INFINITY, (text) => text.toLowerCase());
}

/**
 * Each of the source's `found` that the target lacks (as `patternOf` reads it), once per text as
 * `keyOf` folds it: an error marking the target's nearest stray within `maxCost` edits, case
 * aside, with the source's text as the fix.
 */
function lacking(
  target: string,
  found: ReadonlyArray<Span & { text: string }>,
  strays: ReadonlyArray<Span & { text: string }>,
  patternOf: (text: string) => RegExp,
  maxCost: number,
  keyOf: (text: string) => string = (text) => text,
): Issue[] {
  const issues: Issue[] = [];
  const said = new Set<string>();
  for (const mine of found) {
    const key = keyOf(mine.text);
    if (said.has(key) || patternOf(mine.text).test(target)) continue;
    said.add(key);
    const folded = mine.text.toLowerCase();
    const near = strays
      .map((other) => ({ other, cost: distance(other.text.toLowerCase(), folded) }))
      .filter(({ cost }) => cost <= maxCost)
      .sort((a, b) => a.cost - b.cost)[0]?.other;
    issues.push({
      key: 'preserved',
      params: { text: mine.text },
      source: [{ start: mine.start, end: mine.end }],
      ...(near ? { target: [{ start: near.start, end: near.end }], fix: replaceSpan(target, near, mine.text) } : {}),
    });
  }
  return issues;
}
