import type { Segment } from '../domain/segment';

/**
 * The segments this instance last wrote or read, each at its version: a save that comes with the
 * version it saw (an editor saving the segment it has just saved) is decided from the row held
 * here instead of reading it again. A row at a given version never changes in what a decision
 * reads (source, codes, target, status: every change of them takes a new version; moving a
 * segment does not change them), and the write happens only at that version, so a row another
 * instance has changed since is a version conflict, read afresh, as when reading first.
 * PostgreSQL only, where the read is a round trip; SQLite saves run on their own thread.
 */
export interface RecentSegments {
  /** The segment, if held at exactly `version`. */
  at(id: number, version: number): Segment | undefined;
  remember(segment: Segment): void;
  forget(id: number): void;
}

export function recentSegments(capacity = 10_000): RecentSegments {
  const held = new Map<number, Segment>();
  return {
    at(id, version) {
      const segment = held.get(id);
      return segment && segment.version === version ? segment : undefined;
    },
    remember(segment) {
      held.delete(segment.id);
      if (held.size >= capacity) held.delete(held.keys().next().value!);
      held.set(segment.id, segment);
    },
    forget(id) {
      held.delete(id);
    },
  };
}
