import { describe, expect, it } from 'vitest';
import { liveHub } from '../../src/services/live';

describe('the live hub', () => {
  it('replays what a reconnecting client missed, and only that', () => {
    const hub = liveHub();
    const first = hub.publish(1, 'segment', { n: 1 });
    hub.publish(2, 'segment', { n: 'other document' });
    hub.publish(1, 'segment', { n: 2 });
    const { missed, unsubscribe } = hub.subscribe(1, () => undefined, first.id);
    expect(missed).toEqual([expect.objectContaining({ documentId: 1, data: { n: 2 } })]);
    unsubscribe();
    expect(hub.listenerCount(1)).toBe(0);
  });

  it('asks for a reload when the gap is unknown: from another run, or a forgotten document', () => {
    const hub = liveHub();
    expect(hub.subscribe(1, () => undefined, 42).missed).toBe('reset');
    const old = hub.publish(1, 'segment', {});
    for (let document = 2; document <= 250; document++) hub.publish(document, 'segment', {});
    expect(hub.subscribe(1, () => undefined, old.id - 1).missed).toBe('reset');
    const recent = hub.publish(250, 'segment', { last: true });
    expect(hub.subscribe(250, () => undefined, recent.id - 1).missed).toEqual([recent]);
  });

  it('forgets a presence not renewed within a minute', () => {
    let now = new Date('2026-11-24T10:00:00Z');
    const hub = liveHub(() => now);
    hub.setPresence(1, 'sacha', 7);
    expect(hub.presenceOf(1)).toEqual([{ username: 'sacha', segmentId: 7 }]);
    now = new Date('2026-11-24T10:01:01Z');
    expect(hub.presenceOf(1)).toEqual([]);
  });
});
