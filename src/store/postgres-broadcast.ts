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
  /** First wait before reconnecting after the connection drops; doubles up to 30 s. */
  reconnectDelayMs?: number;
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
  const firstDelay = options.reconnectDelayMs ?? 500;
  const handlers: ((message: T) => void)[] = [];
  const gapHandlers: (() => void)[] = [];
  let client: pg.Client | undefined;
  let closed = false;
  let delay = firstDelay;
  const pending = new Set<Promise<void>>();

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: options.url });
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
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    client = next;
  }

  async function reconnect(): Promise<void> {
    while (!closed && !client) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      delay = Math.min(delay * 2, 30_000);
      try {
        await connect();
        delay = firstDelay;
        for (const handler of gapHandlers) handler();
      } catch {
        // still down: wait longer
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
      // Best effort, like the events: a lost notification costs a reload, not data.
      const sent = client?.query('select pg_notify($1, $2)', [channel, payload]).then(
        () => undefined,
        () => undefined,
      );
      if (sent) {
        pending.add(sent);
        void sent.finally(() => pending.delete(sent));
      }
    },
    receive(handler) {
      handlers.push(handler);
    },
    onGap(handler) {
      gapHandlers.push(handler);
    },
    async close() {
      // What was sent last (a CLI's final progress) still goes out.
      await Promise.all(pending);
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
