/**
 * `npx tsx bench/fit-align-calibration.ts`: refits the constants of src/domain/align/calibration.ts.
 * Aligns the development cases (bench/align-dev.ts: the news pairs in sections, headings added and
 * left out, paragraphs merged, split and left out) and the news set's reshaped documents, labels
 * each link right or wrong by the gold, and fits a logistic regression of the label on the link's
 * features (calibrationFeatures) by Newton's method. Prints the constants to paste, and what they
 * give: the share of right links among those scored ≥ 0.5, and how many right links fall below.
 * Never run on the held-out set or the real published pairs.
 */
import { type AlignmentLink, type AlignWeights, alignParagraphs, type CalibrationConstants, calibrationConstants, calibrationFeatures, type LinkEvidence, linkProbability } from '../src/domain/align';
import { type AlignCase, developmentCases } from './align-dev';

const key = (link: AlignmentLink) => `${link.fr.join(',')}|${link.en.join(',')}`;

/** Each link of each case with its evidence and whether the gold has it. */
export function labelledLinks(cases: readonly AlignCase[], weights?: Partial<AlignWeights>): Array<{ evidence: LinkEvidence; right: boolean }> {
  const out: Array<{ evidence: LinkEvidence; right: boolean }> = [];
  for (const item of cases) {
    const gold = new Set(item.gold.map(key));
    const evidence: LinkEvidence[] = [];
    const links = alignParagraphs(item.french, item.english, { evidence, ...(weights ? { weights } : {}) });
    links.forEach((link, k) => out.push({ evidence: evidence[k]!, right: gold.has(key(link)) }));
  }
  return out;
}

/** Logistic regression by Newton's method, with a little ridge so that a separable set stays finite. */
export function fitLogistic(rows: ReadonlyArray<{ x: readonly number[]; y: number; offset?: number }>, ridge = 0.01, iterations = 50): number[] {
  const size = rows[0]!.x.length + 1;
  const beta = new Array<number>(size).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const row of rows) {
      const x = [1, ...row.x];
      const z = (row.offset ?? 0) + x.reduce((sum, value, k) => sum + value * beta[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < size; a++) {
        gradient[a]! += (row.y - p) * x[a]!;
        for (let b = 0; b < size; b++) hessian[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
      }
    }
    for (let a = 1; a < size; a++) {
      gradient[a]! -= ridge * beta[a]!;
      hessian[a]![a]! += ridge;
    }
    const delta = solve(hessian, gradient);
    let change = 0;
    for (let k = 0; k < size; k++) {
      beta[k]! += delta[k]!;
      change += Math.abs(delta[k]!);
    }
    if (change < 1e-9) break;
  }
  return beta;
}

/** Gaussian elimination with partial pivoting (the systems are 9 × 9). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, k) => [...row, vector[k]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const head = a[col]![col]! || 1e-12;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = a[row]![col]! / head;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  return a.map((row, k) => row[n]! / (a[k]![k]! || 1e-12));
}

/** The calibration's figures on labelled links: right among ≥ 0.5, right links below 0.5. */
export function calibrationFigures(links: ReadonlyArray<{ evidence: LinkEvidence; right: boolean }>, constants?: Readonly<CalibrationConstants>) {
  let sure = 0;
  let sureRight = 0;
  let unsure = 0;
  let unsureRight = 0;
  for (const link of links) {
    const score = constants ? linkProbability(link.evidence, constants) : linkProbability(link.evidence);
    if (score >= 0.5) {
      sure++;
      if (link.right) sureRight++;
    } else {
      unsure++;
      if (link.right) unsureRight++;
    }
  }
  return { sure, sureRight, unsure, unsureRight };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const links = labelledLinks(developmentCases());
  const beta = fitLogistic(links.map((link) => ({ x: calibrationFeatures(link.evidence), y: link.right ? 1 : 0 })));
  const constants = calibrationConstants(beta.map((value) => Math.round(value * 1000) / 1000));
  console.log(`${links.length} links, ${links.filter((link) => !link.right).length} wrong`);
  console.log(`export const calibration: Readonly<CalibrationConstants> = ${JSON.stringify(constants).replace(/"/gu, '').replace(/,/gu, ', ').replace(/:/gu, ': ')};`);
  const figures = calibrationFigures(links, constants);
  console.log(`fitted: right among ≥ 0.5: ${figures.sureRight}/${figures.sure}; right below 0.5: ${figures.unsureRight}/${figures.unsure}`);
  const before = calibrationFigures(links);
  console.log(`as in code: right among ≥ 0.5: ${before.sureRight}/${before.sure}; right below 0.5: ${before.unsureRight}/${before.unsure}`);
}
