import type { Actor } from '../../services/context';
import type { EditedSegment, EditSegmentInput } from '../../services/edit-segment';

/**
 * Runs segment saves (editSegment, the hot write path) somewhere other than the event loop. On
 * SQLite the server gives it a thread of its own with its own connection (thread.ts): SQLite's
 * part of a save, a third of its cost, then no longer holds up every other request.
 */
export interface SegmentWriter {
  /** The save, with the same result and the same typed errors as editSegment inline. `now` is the services' clock. */
  edit(input: EditSegmentInput, actor: Actor, now: string): Promise<EditedSegment>;
  /** True once the writer can no longer save (its thread stopped): the services then save inline. */
  readonly failed: boolean;
  close(): Promise<void>;
}
