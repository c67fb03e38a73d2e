import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import { kyselyStore } from './kysely-store';
import { sqliteHotPath } from './sqlite-hot-path';
import { startCheckpointer } from './sqlite-checkpointer';
import { migrate } from './migrate';
import type { Database } from './schema';
import type { Store } from './store';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for a throwaway database. */
  path: string;
  /**
   * Whether this connection folds the WAL back on a worker thread (default). The segment
   * writer's second connection (src/workers/segment-writer.ts) leaves that to the server's main one.
   */
  checkpoints?: boolean;
}

/**
 * Opens (creating if needed) the embedded SQLite store: one file in WAL mode with foreign keys on,
 * migrated to the latest schema before it is returned.
 *
 * @example
 * const store = await openSqliteStore({ path: './data/visavis.sqlite' });
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const connection = new SQLite(options.path);
  // WAL lets readers go on while a write commits; synchronous=NORMAL is durable in WAL mode
  // except for the last transactions on a power cut (never corrupts), and makes each commit
  // cost no fsync. A busy timeout covers a CLI writing while the server runs.
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('busy_timeout = 5000');

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  // Migrations run with foreign keys off (SQLite cannot add a REFERENCES column with a default
  // otherwise); the check below then proves nothing was left dangling before they are switched on.
  connection.pragma('foreign_keys = OFF');
  await migrate(db, 'sqlite');
  const dangling = connection.pragma('foreign_key_check') as unknown[];
  if (dangling.length > 0) {
    await db.destroy();
    throw new Error(`The database has ${dangling.length} rows pointing at missing rows; refusing to start.`);
  }
  connection.pragma('foreign_keys = ON');

  const checkpointer =
    options.path === ':memory:' || options.checkpoints === false
      ? undefined
      : startCheckpointer({
          path: options.path,
          // If the worker fails, SQLite goes back to checkpointing inside commits: slower, never lost.
          onError: () => connection.pragma('wal_autocheckpoint = 1000'),
        });
  if (checkpointer || options.checkpoints === false) connection.pragma('wal_autocheckpoint = 0');

  return kyselyStore(
    db,
    async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
    { direct: sqliteHotPath(connection) },
  );
}

/** Statements kept prepared, by SQL text. Kysely prepares every query anew, which costs more than running it. */
const statementCacheSize = 256;

/**
 * The connection as Kysely's SQLite dialect sees it, with prepared statements reused: the hot
 * paths (a segment save is five statements) then skip SQLite's parser and planner.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        // Bulk inserts make one-off statements; a full cache is simply emptied.
        if (cache.size >= statementCacheSize) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
