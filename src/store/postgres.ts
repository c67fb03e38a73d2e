import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { kyselyStore } from './kysely-store';
import { migrate } from './migrate';
import type { Database } from './schema';
import type { Store } from './store';

export interface PostgresStoreOptions {
  /** A connection URL: `postgres://user:password@host:5432/database`. */
  url: string;
  /** Connections this server instance keeps open at most (default 10). */
  poolSize?: number | undefined;
}

/**
 * PostgreSQL's 64-bit integers (`count(*)`) and numerics (`sum(…)`) arrive as strings by default;
 * here they arrive as numbers, as they do from SQLite, so the repositories read one shape.
 * Counts in this store never come near 2^53.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  }) as typeof pg.types.getTypeParser,
};

/**
 * Opens the scale-out store: a connection pool to a PostgreSQL database (tested with 15), migrated
 * to the latest schema before it is returned. Several server instances can share the database;
 * migrations take Kysely's lock, so instances starting together migrate once.
 *
 * @example
 * const store = await openPostgresStore({ url: 'postgres://visavis@db.internal/visavis' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the pool discards it and the next query opens a new one.
  pool.on('error', () => undefined);
  // A connection cut while a request holds it (between two statements of a transaction) emits
  // 'error' on the client itself, where no listener would crash the process: the request's next
  // statement fails instead, and answers 503 (store/faults.ts).
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(options.url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres');
  const store = kyselyStore(db, () => db.destroy());
  return Object.assign(store, { connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }) });
}

/** A database URL fit for logs: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/u, '//$1:***@');
  }
}
