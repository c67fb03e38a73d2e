import type { ListedSegment } from '../types';

/** What the others do in the document, as the server's event stream tells it. */
export interface LiveHandlers {
  /** A segment saved by someone (or something: a pre-translation). */
  segment: (segment: ListedSegment, author: string | null) => void;
  comment: (segmentId: number) => void;
  /** Who is in the document, and on which segment. */
  presence: (users: { username: string; segmentId: number | null }[]) => void;
  /** Many segments changed at once (a source update, a replace): the list is read again. */
  reset: () => void;
  /** The server ended the stream: the reader signed out elsewhere, or lost access to the project. */
  revoked: (reason: string) => void;
  /**
   * The stream's connection: open, trying again on its own (the browser reconnects and the server
   * replays what was missed), or closed for good (refused: the caller finds out why and opens another).
   */
  connection: (state: LiveConnection) => void;
}

export type LiveConnection = 'open' | 'connecting' | 'closed';

/**
 * Opens the document's event stream (server-sent events), each event parsed and handed to its
 * handler; none where the browser has no EventSource. A revoked stream is closed before it is said.
 */
export function listenToDocument(url: string, handlers: LiveHandlers): EventSource | undefined {
  if (typeof EventSource === 'undefined') return undefined;
  const events = new EventSource(url);
  const data = <T>(message: Event): T => JSON.parse((message as MessageEvent<string>).data) as T;
  events.addEventListener('segment', (message) => {
    const { segment, author } = data<{ segment: ListedSegment; author: string | null }>(message);
    handlers.segment(segment, author);
  });
  events.addEventListener('comment', (message) => handlers.comment(data<{ segmentId: number }>(message).segmentId));
  events.addEventListener('presence', (message) => handlers.presence(data<{ users: { username: string; segmentId: number | null }[] }>(message).users));
  events.addEventListener('reset', () => handlers.reset());
  events.addEventListener('open', () => handlers.connection('open'));
  events.addEventListener('error', () => handlers.connection(events.readyState === EventSource.CLOSED ? 'closed' : 'connecting'));
  events.addEventListener('revoked', (message) => {
    events.close();
    handlers.revoked(data<{ reason: string }>(message).reason);
  });
  return events;
}
