/**
 * Who a credential belongs to and a user's role where: read on every request (a save needs both),
 * changed rarely. Entries live a few seconds and are all forgotten at once whenever the services
 * change anyone's access (live.onAccessChanged, which also hears the other instances' changes
 * through the relay). The few seconds bound what a change made outside the server (the CLI on
 * the same SQLite file) takes to be seen.
 */
export interface AccessCacheOptions {
  /** How long an entry is trusted without a change being announced. Default 5 s. */
  ttlMs?: number;
  /** Beyond this many entries the cache starts over. Default 10,000. */
  maxEntries?: number;
  /** Milliseconds, on the services' clock (session expiry is compared with it). */
  clock: () => number;
}

export interface AccessCache {
  /**
   * The cached value for `key`, or what `load` finds (kept until `until`, at most the TTL).
   * Nothing is kept when `load` finds nothing or throws: refusals are always asked again.
   */
  get<T>(key: string, load: () => Promise<{ value: T; until?: number } | undefined>): Promise<T | undefined>;
  /** Forgets everything, including what loads already under way would have stored. */
  clear(): void;
}

/**
 * @example
 * const cache = accessCache({ clock: () => Date.now() });
 * await cache.get('session:…', async () => ({ value: user, until: expiresAt }));
 */
export function accessCache(options: AccessCacheOptions): AccessCache {
  const ttl = options.ttlMs ?? 5_000;
  const max = options.maxEntries ?? 10_000;
  const entries = new Map<string, { value: unknown; until: number }>();
  /** Bumped by every clear: a load that started before a change must not store what it read. */
  let epoch = 0;
  return {
    async get<T>(key: string, load: () => Promise<{ value: T; until?: number } | undefined>): Promise<T | undefined> {
      const now = options.clock();
      const hit = entries.get(key);
      if (hit && hit.until > now) return hit.value as T;
      const started = epoch;
      const loaded = await load();
      if (loaded === undefined) return undefined;
      if (started === epoch) {
        if (entries.size >= max) entries.clear();
        entries.set(key, { value: loaded.value, until: Math.min(now + ttl, loaded.until ?? Number.POSITIVE_INFINITY) });
      }
      return loaded.value;
    },
    clear() {
      epoch++;
      entries.clear();
    },
  };
}
