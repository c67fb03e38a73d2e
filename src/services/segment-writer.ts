import type { Actor } from './context';
import type { EditedSegment, EditSegmentInput } from './edit-segment';
import type { LiveEventType } from './live';

/** A save done elsewhere, and the live events it published there (the caller publishes them here). */
export interface WrittenSegment {
  value: EditedSegment;
  events: Array<{ documentId: number; type: LiveEventType; data: unknown }>;
}

/**
 * Runs segment saves (editSegment, the hot write path) somewhere other than the event loop: the
 * port the services define, which the server on SQLite fills with a thread holding its own
 * connection (src/workers/segment-writer.ts). SQLite's part of a save, a third of its cost, then
 * no longer holds up every other request.
 */
export interface SegmentWriter {
  /** The save, with the same result and the same typed errors as editSegment inline. `now` is the services' clock. */
  edit(input: EditSegmentInput, actor: Actor, now: string): Promise<WrittenSegment>;
  /** True once the writer can no longer save (its thread stopped): the services then save inline. */
  readonly failed: boolean;
  close(): Promise<void>;
}
