import { openPostgresStore, redactUrl } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './store';

/** True for a PostgreSQL connection URL, false for a SQLite file path. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location);
}

/**
 * Opens the store a location names: a `postgres://` URL opens the PostgreSQL store, anything else
 * is a SQLite file path (or `:memory:`).
 *
 * @example
 * await openStore('./data/visavis.sqlite');
 * await openStore('postgres://visavis@db.internal/visavis');
 */
export function openStore(location: string, options: { poolSize?: number } = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore({ url: location, poolSize: options.poolSize }) : openSqliteStore({ path: location });
}

/** How to name a store location in logs and messages, without a password. */
export function describeStore(location: string): string {
  return isPostgresUrl(location) ? redactUrl(location) : location;
}
