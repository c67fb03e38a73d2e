import { describe, expect, it } from 'vitest';
import { type LiveRelay, type RelayMessage, liveHub } from '../../src/services/live';
import type { JobRecord } from '../../src/store/store';

/** A relay as PostgreSQL's NOTIFY is one: every message, serialized, to every hub, the sender included. */
function memoryRelay() {
  const handlers: ((message: RelayMessage) => void)[] = [];
  const gaps: (() => void)[] = [];
  const connect = (): LiveRelay => ({
    send: (message) => {
      const wire = JSON.stringify(message);
      for (const handler of handlers) handler(JSON.parse(wire) as RelayMessage);
    },
    receive: (handler) => void handlers.push(handler),
    onGap: (handler) => void gaps.push(handler),
  });
  /** As when the first hub's connection came back after a drop. */
  connect.gapOnFirst = () => gaps[0]?.();
  return connect;
}

describe('the live hub', () => {
  it('replays what a reconnecting client missed, and only that', () => {
    const hub = liveHub();
    const first = hub.publish(1, 'segment', { n: 1 });
    hub.publish(2, 'segment', { n: 'other document' });
    hub.publish(1, 'segment', { n: 2 });
    const { missed, unsubscribe } = hub.subscribe(1, () => undefined, hub.eventId(first));
    expect(missed).toEqual([expect.objectContaining({ documentId: 1, data: { n: 2 } })]);
    unsubscribe();
    expect(hub.listenerCount(1)).toBe(0);
  });

  it('asks for a reload when the gap is unknown: from another run, or a forgotten document', () => {
    const hub = liveHub();
    expect(hub.subscribe(1, () => undefined, '42').missed).toBe('reset');
    expect(hub.subscribe(1, () => undefined, liveHub().eventId({ id: 0, documentId: 1, type: 'segment', data: {} })).missed).toBe('reset');
    const old = hub.publish(1, 'segment', {});
    for (let document = 2; document <= 250; document++) hub.publish(document, 'segment', {});
    expect(hub.subscribe(1, () => undefined, hub.eventId({ ...old, id: old.id - 1 })).missed).toBe('reset');
    const recent = hub.publish(250, 'segment', { last: true });
    expect(hub.subscribe(250, () => undefined, hub.eventId({ ...recent, id: recent.id - 1 })).missed).toEqual([recent]);
  });

  it('forgets a presence not renewed within a minute', () => {
    let now = new Date('2026-11-24T10:00:00Z');
    const hub = liveHub({ now: () => now });
    hub.setPresence(1, 'sacha', 7);
    expect(hub.presenceOf(1)).toEqual([{ username: 'sacha', segmentId: 7 }]);
    now = new Date('2026-11-24T10:01:01Z');
    expect(hub.presenceOf(1)).toEqual([]);
  });
});

/** Two hubs, as on two server instances, and the relay between them. */
function twoHubs() {
  const relay = memoryRelay();
  return { relay, a: liveHub({ relay: relay() }), b: liveHub({ relay: relay() }) };
}

describe('hubs of several instances, joined by a relay', () => {
  const job: JobRecord = {
    id: 7, kind: 'pretranslate', documentId: 1, state: 'running', options: {}, done: 3, total: 10, message: null,
    createdBy: 'camille', createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:01.000Z', runner: 'a', leaseUntil: null,
  };

  it("deliver each other's events once, under their own ids", () => {
    const { a, b } = twoHubs();
    const seenOnA: unknown[] = [];
    const seenOnB: unknown[] = [];
    a.subscribe(1, (event) => seenOnA.push(event.data));
    b.subscribe(1, (event) => seenOnB.push(event.data));
    a.publish(1, 'segment', { from: 'a' });
    b.publish(1, 'comment', { from: 'b' });
    expect(seenOnA).toEqual([{ from: 'a' }, { from: 'b' }]);
    expect(seenOnB).toEqual([{ from: 'a' }, { from: 'b' }]);
  });

  it('share who edits what', () => {
    const { a, b } = twoHubs();
    a.setPresence(1, 'sacha', 4);
    expect(b.setPresence(1, 'camille', 5)).toEqual([{ username: 'sacha', segmentId: 4 }, { username: 'camille', segmentId: 5 }]);
    expect(a.presenceOf(1)).toEqual([{ username: 'sacha', segmentId: 4 }, { username: 'camille', segmentId: 5 }]);
    a.setPresence(1, 'sacha', null);
    expect(b.presenceOf(1)).toEqual([{ username: 'camille', segmentId: 5 }]);
  });

  it("tell a client that reconnects to the other instance to reload, since ids are each hub's own", () => {
    const { a, b } = twoHubs();
    const seen = a.publish(1, 'segment', { n: 1 });
    b.publish(1, 'segment', { n: 2 });
    expect(b.subscribe(1, () => undefined, a.eventId(seen)).missed).toBe('reset');
    expect(a.subscribe(1, () => undefined, a.eventId(seen)).missed).toEqual([expect.objectContaining({ data: { n: 2 } })]);
  });

  it("carry a job's progress to those following it on another instance", () => {
    const { a, b } = twoHubs();
    const followed: JobRecord[] = [];
    const stop = b.listenJob(7, (progress) => followed.push(progress));
    a.publishJob(job);
    a.publishJob({ ...job, id: 8 });
    stop();
    a.publishJob({ ...job, done: 4 });
    expect(followed).toEqual([job]);
  });

  it('make both sides reload what they watch after one of them lost its relay for a while', () => {
    const { relay, a, b } = twoHubs();
    const onA: string[] = [];
    const onB: string[] = [];
    a.subscribe(1, (event) => onA.push(event.type));
    b.subscribe(2, (event) => onB.push(event.type));
    relay.gapOnFirst();
    expect(onA).toEqual(['reset']);
    expect(onB).toEqual(['reset']);
  });
});
