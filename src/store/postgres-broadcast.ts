import pg from 'pg';
import type { Broadcast } from './store';

/** NOTIFY refuses payloads of 8000 bytes or more. */
export const maxPayloadBytes = 7900;

export interface PostgresBroadcastOptions<T> {
  url: string;
  /** The NOTIFY channel (default `visavis_live`). */
  channel?: string;
  /**
   * What to send instead of a message too large for NOTIFY; undefined drops it. (A live event
   * carrying a very long segment becomes "reload this document".)
   */
  shrink?: (message: T) => T | undefined;
  /** First wait before reconnecting after the connection drops (default 100 ms); doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  /**
   * The longest wait between two attempts (default 250 ms), so the relay is back within a moment
   * of the database's return. One attempt against a database that is down costs a refused
   * connection; a few per second from each instance is nothing to it.
   */
  maxReconnectDelayMs?: number;
}

/**
 * Messages between the server instances sharing a PostgreSQL database, over LISTEN/NOTIFY on one
 * dedicated connection, which comes back by itself if the server drops it (then `onGap` fires).
 *
 * @example
 * const live = await postgresBroadcast<RelayMessage>({ url });
 * live.receive((message) => …); live.send({ … });
 */
export async function postgresBroadcast<T>(options: PostgresBroadcastOptions<T>): Promise<Broadcast<T> & { close(): Promise<void> }> {
  const channel = options.channel ?? 'visavis_live';
  const firstDelay = options.reconnectDelayMs ?? 100;
  const maxDelay = Math.max(firstDelay, options.maxReconnectDelayMs ?? 250);
  const handlers: ((message: T) => void)[] = [];
  const gapHandlers: (() => void)[] = [];
  let client: pg.Client | undefined;
  let closed = false;
  let delay = firstDelay;
  const pending = new Set<Promise<void>>();
  /**
   * Payloads waiting to go: those of a few milliseconds (and those that came while a statement was
   * under way) go together in one statement (one `pg_notify` each, in one SELECT, in order), so
   * that under a burst of saves the relay costs one write to the database per batch rather than
   * one per event. Measured: each write to the database's socket cost the event loop about as much
   * as the rest of a save (waking the database's process), and the relay wrote once per save.
   */
  let queued: string[] = [];
  let flushing = false;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  const maxBatch = 100;
  /** How long an event may wait for others to go with it: well under what a person notices. */
  const batchWindowMs = 5;

  function flush(): void {
    scheduled = undefined;
    const current = client;
    if (queued.length === 0 || !current) {
      queued = [];
      return;
    }
    flushing = true;
    const batch = queued.slice(0, maxBatch);
    queued = queued.slice(maxBatch);
    const calls = batch.map((_, i) => `pg_notify($1, $${i + 2})`).join(', ');
    // Best effort, like the events: a lost notification costs a reload, not data.
    const sent = current.query(`select ${calls}`, [channel, ...batch]).then(
      () => undefined,
      () => undefined,
    );
    pending.add(sent);
    void sent.finally(() => {
      pending.delete(sent);
      flushing = false;
      if (queued.length > 0) flush();
    });
  }

  async function connect(): Promise<void> {
    // A database host that does not answer at all (rather than refusing) must not hold an attempt for long.
    const next = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 2000 });
    next.on('notification', (notification) => {
      if (notification.channel !== channel || !notification.payload) return;
      let message: T;
      try {
        message = JSON.parse(notification.payload) as T;
      } catch {
        return; // not ours
      }
      for (const handler of handlers) handler(message);
    });
    next.on('error', () => undefined); // 'end' follows; reconnection happens there
    next.on('end', () => {
      if (client !== next || closed) return;
      client = undefined;
      void reconnect();
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
  }

  async function reconnect(): Promise<void> {
    while (!closed && !client) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      delay = Math.min(delay * 2, maxDelay);
      try {
        await connect();
        delay = firstDelay;
        for (const handler of gapHandlers) handler();
      } catch {
        // still down: try again shortly
      }
    }
  }

  await connect();
  return {
    send(message) {
      let payload = JSON.stringify(message);
      if (Buffer.byteLength(payload) > maxPayloadBytes) {
        const smaller = options.shrink?.(message);
        if (smaller === undefined) return;
        payload = JSON.stringify(smaller);
        if (Buffer.byteLength(payload) > maxPayloadBytes) return;
      }
      queued.push(payload);
      if (!flushing && !scheduled) scheduled = setTimeout(flush, batchWindowMs);
    },
    receive(handler) {
      handlers.push(handler);
    },
    onGap(handler) {
      gapHandlers.push(handler);
    },
    async close() {
      // What was sent last (a CLI's final progress) still goes out.
      if (scheduled) {
        clearTimeout(scheduled);
        flush();
      }
      while (pending.size > 0) await Promise.all(pending);
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
