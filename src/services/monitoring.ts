import { VersionConflictError, VisavisError } from '../domain/errors';
import type { EditedSegment } from './edit-segment';

/**
 * What became of an editor's save: stored (`saved`), stored as a draft because the quality checks
 * found errors (`held_for_qa`), refused because someone saved the segment first (`conflict`),
 * refused by the rules (`refused`: a transition, inline codes, a role, a missing segment), or
 * failed for another reason (`failed`: the database, the writer thread).
 */
export const saveOutcomes = ['saved', 'held_for_qa', 'conflict', 'refused', 'failed'] as const;
export type SaveOutcome = (typeof saveOutcomes)[number];

/** The saves counted so far, by outcome. */
export type SaveCounts = Readonly<Record<SaveOutcome, number>>;

/**
 * Counts the editor's saves by outcome, as plain numbers the metrics read when scraped: a save,
 * the hot path, pays one increment. Counted around editSegment, the one function every save goes
 * through on the main thread — segment-change.ts runs on the SQLite writer's thread for them, where
 * nothing counted would reach the metrics.
 *
 * @example
 * const saves = saveTally();
 * await saves.track(editSegment(context, input, actor));
 * saves.counts.saved; // → 1
 */
export function saveTally(): { counts: SaveCounts; track(save: Promise<EditedSegment>): Promise<EditedSegment> } {
  const counts: Record<SaveOutcome, number> = { saved: 0, held_for_qa: 0, conflict: 0, refused: 0, failed: 0 };
  return {
    counts,
    track: (save) =>
      save.then(
        (edited) => {
          counts[edited.heldForQa ? 'held_for_qa' : 'saved']++;
          return edited;
        },
        (error: unknown) => {
          counts[error instanceof VersionConflictError ? 'conflict' : error instanceof VisavisError ? 'refused' : 'failed']++;
          throw error;
        },
      ),
  };
}
