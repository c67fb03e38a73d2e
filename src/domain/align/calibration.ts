/**
 * A link's score as the chance that it is right. The aligner gives each link of its path a
 * posterior (the share of the paths searched, weighed by exp(−cost / temperature), that take the
 * same bead) and the bead's own cost; a logistic fit of those on links known right or wrong
 * turns them into a probability. On the evaluation sets, links scored ≥ 0.5 are right ≥ 98 % of
 * the time; the alignment view marks those below 0.5 as unsure.
 *
 * The constants come from `npx tsx bench/fit-align-calibration.ts`, which aligns the development
 * sets (bench/eval-align.ts: the news set, clean and reshaped, with headings added and left out),
 * labels each link by the gold and fits the logistic regression; refit whenever the aligner's
 * weights change, and paste what it prints here.
 */

export interface LinkEvidence {
  /** The bead's posterior over the paths searched, 0 to 1. */
  posterior: number;
  /** The bead's cost (lower is likelier). */
  step: number;
  /** A paragraph left alone (1-0, 0-1). */
  skip: boolean;
  /** More than two paragraphs (2-1, 1-2, 2-2, 3-1, 1-3). */
  merge: boolean;
  /** The share of its words the seed lexicon pairs across the link, 0 to 1 (0 for a skip). */
  words: number;
  /** A heading on either side. */
  heading: boolean;
}

/**
 * A logistic fit: the intercept, then the weight of logit(posterior), of the cost, of a skip, of a
 * merge, of the lexicon's share, and of a skip and a heading with their own weights of the
 * posterior (a posterior means more for a link of two paragraphs than for one left alone, whose
 * paragraph the paths share with the merges around it).
 */
export interface CalibrationConstants {
  intercept: number;
  posterior: number;
  step: number;
  skip: number;
  merge: number;
  words: number;
  skipPosterior: number;
  heading: number;
  headingPosterior: number;
}

/** Fitted on 3,469 links of the development cases, 61 of them wrong (see above for how to refit). */
export const calibration: Readonly<CalibrationConstants> = {
  intercept: 0.916,
  posterior: 2.037,
  step: -0.589,
  skip: 6.431,
  merge: -1.871,
  words: 2.63,
  skipPosterior: -1.31,
  heading: 3.466,
  headingPosterior: 0.133,
};

const logit = (p: number): number => {
  const bounded = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(bounded / (1 - bounded));
};

/** The features the fit weighs, in the order of `calibration` (without the intercept). */
export function calibrationFeatures(evidence: LinkEvidence): number[] {
  const posterior = logit(evidence.posterior);
  const skip = evidence.skip ? 1 : 0;
  const heading = evidence.heading ? 1 : 0;
  return [posterior, evidence.step, skip, evidence.merge ? 1 : 0, evidence.words, skip * posterior, heading, heading * posterior];
}

const order: ReadonlyArray<Exclude<keyof CalibrationConstants, 'intercept'>> = ['posterior', 'step', 'skip', 'merge', 'words', 'skipPosterior', 'heading', 'headingPosterior'];

/** Constants from a fit's coefficients, intercept first, in the order of `calibrationFeatures`. */
export function calibrationConstants(coefficients: readonly number[]): CalibrationConstants {
  const constants: CalibrationConstants = { ...calibration, intercept: coefficients[0]! };
  order.forEach((name, k) => {
    constants[name] = coefficients[k + 1]!;
  });
  return constants;
}

/**
 * The chance that a link is right, rounded to hundredths.
 *
 * @example
 * linkProbability({ posterior: 0.999, step: 0.4, skip: false, merge: false, words: 0.6, heading: false }); // → 0.99…
 */
export function linkProbability(evidence: LinkEvidence, constants: Readonly<CalibrationConstants> = calibration): number {
  const features = calibrationFeatures(evidence);
  const z = order.reduce((sum, name, k) => sum + constants[name] * features[k]!, constants.intercept);
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}
