import { describe, expect, it } from 'vitest';
import { warmQualityChecks } from '../../src/services/qa';

/**
 * The checks warmed up after the server starts (services/qa.ts): one check on one pair at a time,
 * other work going on between the steps, and an end when the server closes.
 */
describe('warming the quality checks up', () => {
  it('runs a step at a time, leaving the event loop to other work between them', async () => {
    let turns = 0;
    let done = false;
    const other = () => {
      turns++;
      if (!done) setImmediate(other);
    };
    setImmediate(other);
    await warmQualityChecks();
    done = true;
    // Every check on three pairs, twice: other work ran between the steps, not only after them all.
    expect(turns).toBeGreaterThan(100);
  });

  it('stops at the next step once asked', async () => {
    let steps = 0;
    await warmQualityChecks(() => ++steps > 3);
    expect(steps).toBe(4);
  });
});
