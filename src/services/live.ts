/**
 * Live updates within one server process: every change to a document's segments or comments
 * becomes an event with an id that only grows, kept for a while so a client that reconnects
 * with Last-Event-ID gets what it missed. (Several instances on one PostgreSQL database would
 * relay these through LISTEN/NOTIFY; see docs/decisions.md.)
 */

export type LiveEventType = 'segment' | 'comment' | 'presence' | 'reset';

export interface LiveEvent {
  id: number;
  documentId: number;
  type: LiveEventType;
  data: unknown;
}

export interface Presence {
  username: string;
  segmentId: number | null;
}

type Listener = (event: LiveEvent) => void;

/** Events kept per document for reconnecting clients, and for how many documents (the most recently active). */
const keptPerDocument = 500;
const keptDocuments = 200;
/** A presence not renewed for this long is dropped (clients renew it while a row is focused). */
export const presenceTtlMs = 60_000;

export function liveHub(now: () => Date = () => new Date()) {
  let lastId = 0;
  const recent = new Map<number, LiveEvent[]>();
  const listeners = new Map<number, Set<Listener>>();
  const presence = new Map<number, Map<string, { segmentId: number | null; at: number }>>();

  function publish(documentId: number, type: LiveEventType, data: unknown): LiveEvent {
    const event: LiveEvent = { id: ++lastId, documentId, type, data };
    const kept = recent.get(documentId) ?? [];
    kept.push(event);
    if (kept.length > keptPerDocument) kept.splice(0, kept.length - keptPerDocument);
    // Most recently active last; the least recently active document's history goes first.
    recent.delete(documentId);
    recent.set(documentId, kept);
    if (recent.size > keptDocuments) recent.delete(recent.keys().next().value!);
    for (const listener of listeners.get(documentId) ?? []) listener(event);
    return event;
  }

  function presenceOf(documentId: number): Presence[] {
    const entries = presence.get(documentId);
    if (!entries) return [];
    const cutoff = now().getTime() - presenceTtlMs;
    for (const [username, entry] of entries) if (entry.at < cutoff) entries.delete(username);
    return [...entries].map(([username, entry]) => ({ username, segmentId: entry.segmentId }));
  }

  return {
    publish,
    /**
     * Listens to a document's events. With `lastEventId`, first returns what came after it, or
     * `'reset'` when that is no longer known (too old, or from before a restart): the client
     * should reload the document's data.
     */
    subscribe(documentId: number, listener: Listener, lastEventId?: number): { missed: LiveEvent[] | 'reset'; unsubscribe: () => void } {
      const set = listeners.get(documentId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(documentId, set);
      let missed: LiveEvent[] | 'reset' = [];
      if (lastEventId !== undefined) {
        const kept = recent.get(documentId) ?? [];
        const oldest = kept[0]?.id ?? lastId + 1;
        if (lastEventId > lastId || (lastEventId + 1 < oldest && lastEventId < lastId)) missed = 'reset';
        else missed = kept.filter((event) => event.id > lastEventId);
      }
      return {
        missed,
        unsubscribe: () => {
          set.delete(listener);
          if (set.size === 0) listeners.delete(documentId);
        },
      };
    },
    /** Says who is editing which segment (null: nothing), and tells the others. */
    setPresence(documentId: number, username: string, segmentId: number | null): Presence[] {
      const entries = presence.get(documentId) ?? new Map();
      if (segmentId === null) entries.delete(username);
      else entries.set(username, { segmentId, at: now().getTime() });
      presence.set(documentId, entries);
      const snapshot = presenceOf(documentId);
      publish(documentId, 'presence', { users: snapshot });
      return snapshot;
    },
    presenceOf,
    listenerCount: (documentId: number) => listeners.get(documentId)?.size ?? 0,
  };
}

export type LiveHub = ReturnType<typeof liveHub>;
