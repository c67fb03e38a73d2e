import { describe, expect, it } from 'vitest';
import { accessCache } from '../../src/services/access-cache';

describe('the access cache', () => {
  it('answers from memory until the TTL, then asks again', async () => {
    let now = 1_000;
    let loads = 0;
    const cache = accessCache({ clock: () => now, ttlMs: 5_000 });
    const load = async () => ({ value: `role ${++loads}` });
    expect(await cache.get('k', load)).toBe('role 1');
    now += 4_999;
    expect(await cache.get('k', load)).toBe('role 1');
    now += 1;
    expect(await cache.get('k', load)).toBe('role 2');
  });

  it('keeps an entry no longer than its own deadline (a session expiring before the TTL)', async () => {
    let now = 0;
    let loads = 0;
    const cache = accessCache({ clock: () => now, ttlMs: 5_000 });
    const load = async () => ({ value: ++loads, until: 1_000 });
    await cache.get('session', load);
    now = 999;
    expect(await cache.get('session', load)).toBe(1);
    now = 1_000;
    expect(await cache.get('session', load)).toBe(2);
  });

  it('never remembers a refusal: nothing found or an error is asked again next time', async () => {
    const cache = accessCache({ clock: () => 0 });
    let calls = 0;
    expect(await cache.get('unknown', async () => (++calls, undefined))).toBeUndefined();
    expect(await cache.get('unknown', async () => (++calls, undefined))).toBeUndefined();
    await expect(cache.get('denied', async () => Promise.reject(new Error('not a member')))).rejects.toThrow('not a member');
    expect(await cache.get('denied', async () => ({ value: 'member now' }))).toBe('member now');
    expect(calls).toBe(2);
  });

  it('forgets everything on clear, and does not store what a load read before the change', async () => {
    const cache = accessCache({ clock: () => 0 });
    expect(await cache.get('k', async () => ({ value: 'editor' }))).toBe('editor');
    cache.clear();
    // A load under way while access changes: it read the old role, which must not be kept.
    let finish: (value: { value: string }) => void = () => undefined;
    const slow = cache.get('k', () => new Promise<{ value: string }>((resolve) => (finish = resolve)));
    cache.clear();
    finish({ value: 'editor (read before the change)' });
    expect(await slow).toBe('editor (read before the change)');
    expect(await cache.get('k', async () => ({ value: 'viewer' }))).toBe('viewer');
  });

  it('starts over rather than grow past its size', async () => {
    let loads = 0;
    const cache = accessCache({ clock: () => 0, maxEntries: 2 });
    const load = async () => ({ value: ++loads });
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load); // full: emptied, then c stored
    expect(await cache.get('c', load)).toBe(3);
    expect(await cache.get('a', load)).toBe(4);
  });
});
