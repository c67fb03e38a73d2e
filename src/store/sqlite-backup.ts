import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import SQLite from 'better-sqlite3';
import { ConflictError, InvalidInputError } from '../domain/errors';
import { migrationNames } from './migrations';

/**
 * Backups of the embedded SQLite database, made and restored with SQLite's online backup API
 * (better-sqlite3's `backup`): a page-by-page copy that sees only committed transactions, so a
 * backup taken while the server saves is a consistent database as of one moment, WAL included.
 *
 * Both directions write to a temporary file next to the destination, check it, and rename it into
 * place: the destination is either untouched or complete, never half-written.
 */

/** Pages copied per step: 4 MB with SQLite's default page size, a short read each time. */
const pagesPerStep = 1024;
/**
 * A write by another connection (the server saving) between two steps makes SQLite start the copy
 * again. After this many restarts, the rest is copied in one step (one read transaction, which in
 * WAL mode does not hold the writers up), so a busy server cannot keep a backup from finishing.
 */
const restartsBeforeOneStep = 3;

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
  /** How many times a concurrent write made the copy start again. */
  restarts: number;
}

export interface BackupResult {
  pages: number;
  bytes: number;
  restarts: number;
}

/**
 * Copies the live database at `source` to `destination` (refused if it exists, unless `force`).
 * The copy is checked (`quick_check`) before it takes the destination's name.
 */
export async function backupSqlite(
  source: string,
  destination: string,
  options: { force?: boolean; onProgress?: (progress: BackupProgress) => void } = {},
): Promise<BackupResult> {
  if (!existsSync(source)) throw new InvalidInputError(`There is no database at ${source}.`);
  refuseExisting(destination, options.force, 'the backup');
  const db = openExisting(source, 'the database to back up');
  const partial = temporaryBeside(destination);
  let restarts = 0;
  let copied: { totalPages: number; remainingPages: number };
  try {
    refuseNotVisavis(db, source);
    let lastRemaining = Number.POSITIVE_INFINITY;
    copied = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        options.onProgress?.({ totalPages, remainingPages, restarts });
        return restarts >= restartsBeforeOneStep ? 0x7fffffff : pagesPerStep;
      },
    });
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  } finally {
    db.close();
  }
  try {
    settle(partial, 'The copy');
    renameSync(partial, destination);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  options.onProgress?.({ totalPages: copied.totalPages, remainingPages: 0, restarts });
  return { pages: copied.totalPages, bytes: statSync(destination).size, restarts };
}

/** What a backup file holds, once checked. */
export interface CheckedBackup {
  migrations: number;
  documents: number;
  users: number;
}

/**
 * Checks a backup: a SQLite database that passes `integrity_check`, made by vis-à-vis, by this
 * version or an older one (the server migrates it forward at start).
 */
export function checkBackup(path: string): CheckedBackup {
  if (!existsSync(path)) throw new InvalidInputError(`There is no backup at ${path}.`);
  const db = openExisting(path, 'the backup', true);
  try {
    refuseNotVisavis(db, path);
    const result = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
    const problems = result.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0) throw new InvalidInputError(`${path} is damaged (SQLite's integrity check: ${problems.slice(0, 3).join('; ')}).`);
    const applied = (db.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map((row) => row.name);
    const known = new Set(migrationNames);
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new InvalidInputError(`${path} was made by a newer version of vis-à-vis (schema ${unknown.at(-1)}): restore it with that version or a later one.`);
    }
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { migrations: applied.length, documents: count('documents'), users: count('users') };
  } finally {
    db.close();
  }
}

export interface RestoreResult extends CheckedBackup {
  /** Where the database that was replaced was kept, if there was one. */
  replacedKeptAt: string | undefined;
}

/**
 * Restores `backup` as the database at `target`: the backup is checked, then copied beside the
 * target, and the copy takes the target's name. An existing database is replaced only with
 * `force`, never while a server (or any other connection) has it open, and is kept beside, renamed
 * `<name>.replaced-<time>`, so a restore never destroys the only copy of anything.
 */
export async function restoreSqlite(backup: string, target: string, options: { force?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  const checked = checkBackup(backup);
  const exists = existsSync(target);
  if (exists && !options.force) {
    throw new ConflictError('database_exists', `A database already exists at ${target}: add --force to replace it (it will be kept beside, renamed).`);
  }
  if (exists) refuseInUse(target);
  const source = openExisting(backup, 'the backup', true);
  const partial = temporaryBeside(target);
  try {
    await source.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  } finally {
    source.close();
  }
  let replacedKeptAt: string | undefined;
  try {
    settle(partial, 'The restored copy');
    if (exists) {
      // Checked again at the last moment: a server may have started since.
      refuseInUse(target);
      replacedKeptAt = `${target}.replaced-${(options.now ?? new Date()).toISOString().replaceAll(':', '-')}`;
      renameSync(target, replacedKeptAt);
    }
    // A WAL or shared-memory file left by the replaced database must not be applied to the new one.
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    renameSync(partial, target);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  return { ...checked, replacedKeptAt };
}

/**
 * Refuses when another connection has the database open. Leaving WAL mode needs the database to
 * itself: SQLite refuses it (SQLITE_BUSY, at once with no busy timeout) while any other connection
 * is open, which a running server always has. The check leaves the file in rollback-journal mode,
 * with its WAL folded in; the server puts it back into WAL mode when it opens it.
 */
function refuseInUse(path: string): void {
  const db = openExisting(path, 'the database to replace');
  try {
    db.pragma('busy_timeout = 0');
    let mode: string;
    try {
      mode = String(db.pragma('journal_mode = DELETE', { simple: true }));
    } catch (error) {
      if (isBusy(error)) throw inUse(path);
      throw error;
    }
    if (mode.toLowerCase() === 'wal') throw inUse(path);
  } finally {
    db.close();
  }
}

function inUse(path: string): ConflictError {
  return new ConflictError('database_in_use', `The database at ${path} is in use (a server is running on it?): stop the server, then restore.`);
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function openExisting(path: string, what: string, readonly = false): SQLite.Database {
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { fileMustExist: true, readonly });
  } catch (error) {
    throw new InvalidInputError(`Cannot open ${what} at ${path}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    db.close();
    throw new InvalidInputError(`${path} is not a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  return db;
}

function refuseNotVisavis(db: SQLite.Database, path: string): void {
  const tables = new Set((db.prepare(`select name from sqlite_master where type = 'table'`).all() as Array<{ name: string }>).map((row) => row.name));
  for (const table of ['kysely_migration', 'documents', 'segments', 'users']) {
    if (!tables.has(table)) throw new InvalidInputError(`${path} is a SQLite database, but not a vis-à-vis one (no ${table} table).`);
  }
}

/**
 * Makes a fresh copy one self-contained file (rollback-journal mode, no `-wal` or `-shm` beside
 * it; the server goes back to WAL mode when it opens it) and checks it with `quick_check`.
 */
function settle(path: string, what: string): void {
  const db = new SQLite(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const result = (db.pragma('quick_check', { simple: false }) as Array<Record<string, string>>).map((row) => Object.values(row)[0]);
    if (result.length !== 1 || result[0] !== 'ok') throw new Error(`${what} fails SQLite's quick check: ${result.slice(0, 3).join('; ')}.`);
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function refuseExisting(path: string, force: boolean | undefined, what: string): void {
  if (!existsSync(dirname(path))) throw new InvalidInputError(`Cannot write ${what}: the folder ${dirname(path)} does not exist.`);
  if (existsSync(path) && !force) throw new ConflictError('file_exists', `${path} already exists: choose another name, or add --force to replace it.`);
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.partial-${process.pid}-${Date.now()}`);
}
