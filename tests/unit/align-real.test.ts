import { describe, expect, it } from 'vitest';
import { realPairs, scoreReal } from '../../bench/eval-align-real';

/**
 * The aligner on real published pairs (tests/fixtures/align/real, gold links made by hand by
 * sessions that never saw the aligner): no change may lower a pair below what it reaches now, nor
 * the calibration (links scored ≥ 0.5 are right at least 98 % of the time, issue 28).
 */
const floor: Record<string, number> = {};

describe('alignment of real published French/English pairs', () => {
  const scores = realPairs().map(scoreReal);

  it('keeps every pair at its F1 (1.000 where it is reached)', () => {
    expect(scores.length).toBeGreaterThanOrEqual(16);
    for (const score of scores) expect(score.f1, score.name).toBeGreaterThanOrEqual(floor[score.name] ?? 1);
  });

  it('scores links so that those at 0.5 or more are right at least 98 % of the time', () => {
    const sure = scores.reduce((sum, score) => ({ found: sum.found + score.sure.found, right: sum.right + score.sure.right }), { found: 0, right: 0 });
    expect(sure.right / sure.found).toBeGreaterThanOrEqual(0.98);
  });
});
