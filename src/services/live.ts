import { randomBytes } from 'node:crypto';
import type { Broadcast, JobRecord } from '../store/store';

/**
 * Live updates: every change to a document's segments or comments becomes an event with an id
 * that only grows, kept for a while so a client that reconnects with Last-Event-ID gets what it
 * missed; who edits which segment (presence); the progress of background jobs.
 *
 * One hub per server process. When several instances share a PostgreSQL database, a relay
 * (LISTEN/NOTIFY) carries each hub's events to the others, which deliver them to their own
 * clients under their own ids; an event id names the hub that gave it, so a client that
 * reconnects to another instance is told to reload rather than sent a wrong gap.
 */

export type LiveEventType = 'segment' | 'comment' | 'presence' | 'reset';

export interface LiveEvent {
  id: number;
  documentId: number;
  type: LiveEventType;
  data: unknown;
}

/**
 * The port use cases publish through: the hub in the server; in the segment writer's thread, a
 * collector whose events the main thread publishes.
 */
export interface LiveEvents {
  publish(documentId: number, type: LiveEventType, data: unknown): unknown;
}

/** A LiveEvents that keeps what it is told, for another thread to publish. */
export function collectedEvents(): LiveEvents & { taken(): Array<{ documentId: number; type: LiveEventType; data: unknown }> } {
  let events: Array<{ documentId: number; type: LiveEventType; data: unknown }> = [];
  return {
    publish(documentId, type, data) {
      events.push({ documentId, type, data });
    },
    taken() {
      const out = events;
      events = [];
      return out;
    },
  };
}

export interface Presence {
  username: string;
  segmentId: number | null;
}

/** What one hub tells the others: an event, a presence change, a job's progress. */
export type RelayMessage = { origin: string } & (
  | { kind: 'event'; documentId: number; type: LiveEventType; data: unknown }
  | { kind: 'presence'; documentId: number; username: string; segmentId: number | null }
  | { kind: 'job'; job: JobRecord }
  | { kind: 'access'; userId: number }
  | { kind: 'gap' }
);

/** Why an open stream was closed by the server: its credentials ended, or its access to the project did. */
export type WithdrawnReason = 'signed-out' | 'access-withdrawn';

/**
 * An open stream (document events, job progress) and the principal it was opened by. When that
 * user's access may have changed, the stream is held (it delivers nothing), `check` asks again
 * whether its credentials and role still allow reading, and it is released or closed.
 */
export interface GuardedStream {
  userId: number;
  check(): Promise<WithdrawnReason | undefined>;
  hold(): void;
  release(): void;
  close(reason: WithdrawnReason): void;
  /** The instance is stopping: the stream ends with no reason given, and its client reconnects (elsewhere). */
  end(): void;
}

/**
 * How hubs of several server instances reach each other. Messages come back to their sender too
 * (the hub ignores its own); delivery is best effort, as for the events themselves.
 */
export type LiveRelay = Broadcast<RelayMessage>;

/**
 * A relay message small enough for a channel with a size limit: a live event whose data is too
 * big (a very long segment) becomes "reload this document" on the other instances.
 */
export function shrinkRelayMessage(message: RelayMessage): RelayMessage | undefined {
  if (message.kind !== 'event') return undefined;
  return { origin: message.origin, kind: 'event', documentId: message.documentId, type: 'reset', data: { reason: 'missed' } };
}

type Listener = (event: LiveEvent) => void;
type JobListener = (job: JobRecord) => void;

/** Events kept per document for reconnecting clients, and for how many documents (the most recently active). */
const keptPerDocument = 500;
const keptDocuments = 200;
/** A presence not renewed for this long is dropped (clients renew it while a row is focused). */
export const presenceTtlMs = 60_000;

export interface LiveHubOptions {
  now?: () => Date;
  relay?: LiveRelay | undefined;
}

export function liveHub(options: LiveHubOptions = {}) {
  const now = options.now ?? (() => new Date());
  const relay = options.relay;
  /** Names this hub in event ids: ids from another instance, or from before a restart, are not ours. */
  const instance = randomBytes(6).toString('base64url');
  let lastId = 0;
  const recent = new Map<number, LiveEvent[]>();
  const listeners = new Map<number, Set<Listener>>();
  const jobListeners = new Map<number, Set<JobListener>>();
  const presence = new Map<number, Map<string, { segmentId: number | null; at: number }>>();
  const guarded = new Map<number, Set<GuardedStream>>();
  const accessListeners = new Set<() => void>();

  /** Tells the listeners (caches of who may do what) that someone's access may have changed. */
  function forgetAccess(): void {
    for (const listener of accessListeners) listener();
  }

  /** Re-checks every open stream of the user: nothing is delivered to one until it passes. */
  function recheck(userId: number): void {
    // First what was remembered about anyone's access (caches), so the checks below read afresh.
    forgetAccess();
    for (const stream of guarded.get(userId) ?? []) {
      stream.hold();
      stream.check().then(
        (reason) => (reason ? stream.close(reason) : stream.release()),
        // Unable to tell (the database is unreachable): closing is the safe side; the editor reconnects.
        () => stream.close('signed-out'),
      );
    }
  }

  function deliver(documentId: number, type: LiveEventType, data: unknown): LiveEvent {
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

  function publish(documentId: number, type: LiveEventType, data: unknown): LiveEvent {
    relay?.send({ origin: instance, kind: 'event', documentId, type, data });
    return deliver(documentId, type, data);
  }

  function presenceOf(documentId: number): Presence[] {
    const entries = presence.get(documentId);
    if (!entries) return [];
    const cutoff = now().getTime() - presenceTtlMs;
    for (const [username, entry] of entries) if (entry.at < cutoff) entries.delete(username);
    return [...entries].map(([username, entry]) => ({ username, segmentId: entry.segmentId }));
  }

  function changePresence(documentId: number, username: string, segmentId: number | null): Presence[] {
    const entries = presence.get(documentId) ?? new Map();
    if (segmentId === null) entries.delete(username);
    else entries.set(username, { segmentId, at: now().getTime() });
    presence.set(documentId, entries);
    const snapshot = presenceOf(documentId);
    deliver(documentId, 'presence', { users: snapshot });
    return snapshot;
  }

  function deliverJob(job: JobRecord): void {
    for (const listener of jobListeners.get(job.id) ?? []) listener(job);
  }

  relay?.receive((message) => {
    if (message.origin === instance) return;
    if (message.kind === 'event') deliver(message.documentId, message.type, message.data);
    else if (message.kind === 'presence') changePresence(message.documentId, message.username, message.segmentId);
    else if (message.kind === 'job') deliverJob(message.job);
    else if (message.kind === 'access') recheck(message.userId);
    else resetWatched();
  });
  /** Whoever watches a document here reloads it: events may have been lost. */
  function resetWatched(): void {
    // Access changes may have been missed too.
    forgetAccess();
    for (const documentId of [...listeners.keys()]) deliver(documentId, 'reset', { reason: 'missed' });
  }
  // While this hub's relay was down, it missed the others' events and they missed its own: both
  // sides reload what they watch.
  relay?.onGap(() => {
    resetWatched();
    relay.send({ origin: instance, kind: 'gap' });
  });

  /** Set once the instance stops: streams opened from then on end at once. */
  let stopping = false;

  return {
    publish,
    /** Registers an open stream with its principal; returns how to forget it when it ends. */
    guard(stream: GuardedStream): () => void {
      const set = guarded.get(stream.userId) ?? new Set<GuardedStream>();
      set.add(stream);
      guarded.set(stream.userId, set);
      if (stopping) stream.end();
      return () => {
        set.delete(stream);
        if (set.size === 0) guarded.delete(stream.userId);
      };
    },
    /**
     * Says that what a user may read may have changed (signed out, a session or token ended, a
     * role changed or was removed, the account deleted): their open streams, on every instance,
     * check again at once and close if reading is no longer allowed.
     */
    accessChanged(userId: number): void {
      relay?.send({ origin: instance, kind: 'access', userId });
      recheck(userId);
    },
    /**
     * Calls `listener` whenever someone's access may have changed, here or on another instance
     * (or when such news may have been missed); returns how to stop.
     */
    onAccessChanged(listener: () => void): () => void {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
    /**
     * Checks every open stream once more, without holding them: for changes nobody announced
     * (made with the CLI from another process on the same SQLite file). Returns how many closed.
     */
    async recheckAll(): Promise<number> {
      const streams = [...guarded.values()].flatMap((set) => [...set]);
      const reasons = await Promise.all(streams.map((stream) => stream.check().catch((): WithdrawnReason => 'signed-out')));
      let closed = 0;
      reasons.forEach((reason, i) => {
        if (reason) {
          streams[i]!.close(reason);
          closed++;
        }
      });
      return closed;
    },
    /**
     * The instance is stopping: every open stream ends now, and any opened later at once, so that
     * the server can close. Clients reconnect (to another instance, or to this one restarted) with
     * the last event id they saw, and reload what cannot be replayed.
     */
    endStreams(): number {
      stopping = true;
      const streams = [...guarded.values()].flatMap((set) => [...set]);
      for (const stream of streams) stream.end();
      return streams.length;
    },
    guardedCount: (userId: number) => guarded.get(userId)?.size ?? 0,
    /** Event streams open on this instance (documents' and jobs'), counted when the metrics ask. */
    openStreams(): number {
      let open = 0;
      for (const set of guarded.values()) open += set.size;
      return open;
    },
    /** The id a client sees for an event (the SSE `id:` field), naming this hub. */
    eventId: (event: LiveEvent): string => `${instance}.${event.id}`,
    /**
     * Listens to a document's events. With `lastEventId` (as the client got it), first returns
     * what came after it, or `'reset'` when that is not known here (too old, from another
     * instance, or from before a restart): the client should reload the document's data.
     */
    subscribe(documentId: number, listener: Listener, lastEventId?: string): { missed: LiveEvent[] | 'reset'; unsubscribe: () => void } {
      const set = listeners.get(documentId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(documentId, set);
      let missed: LiveEvent[] | 'reset' = [];
      if (lastEventId !== undefined) {
        const match = /^([\w-]+)\.(\d+)$/u.exec(lastEventId);
        const seen = match?.[1] === instance ? Number(match[2]) : undefined;
        const kept = recent.get(documentId) ?? [];
        const oldest = kept[0]?.id ?? lastId + 1;
        if (seen === undefined || seen > lastId || (seen + 1 < oldest && seen < lastId)) missed = 'reset';
        else missed = kept.filter((event) => event.id > seen);
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
      relay?.send({ origin: instance, kind: 'presence', documentId, username, segmentId });
      return changePresence(documentId, username, segmentId);
    },
    presenceOf,
    listenerCount: (documentId: number) => listeners.get(documentId)?.size ?? 0,
    /** Tells everyone following a job (on any instance) how it stands. */
    publishJob(job: JobRecord): void {
      relay?.send({ origin: instance, kind: 'job', job });
      deliverJob(job);
    },
    /** Follows a job's progress; returns how to stop. */
    listenJob(jobId: number, listener: JobListener): () => void {
      const set = jobListeners.get(jobId) ?? new Set<JobListener>();
      set.add(listener);
      jobListeners.set(jobId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) jobListeners.delete(jobId);
      };
    },
  };
}

export type LiveHub = ReturnType<typeof liveHub>;
