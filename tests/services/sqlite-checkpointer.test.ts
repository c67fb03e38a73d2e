import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/store/sqlite-checkpointer';

/** The WAL checkpointer on its worker thread: it folds the log while the main connection never checkpoints. */
describe('SQLite checkpointer', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function database() {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-checkpointer-'));
    dirs.push(dir);
    const path = join(dir, 'store.sqlite');
    const db = new SQLite(path);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (text) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    })();
    return { db, path };
  }

  it('folds the write-ahead log into the database file from its own thread', async () => {
    const { db, path } = database();
    const before = statSync(path).size;
    const errors: Error[] = [];
    const checkpointer = startCheckpointer({ path, intervalMs: 20, onError: (error) => errors.push(error) });
    const deadline = Date.now() + 10_000;
    while (statSync(path).size <= before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await checkpointer.stop();
    expect(errors).toEqual([]);
    // The rows are in the database file although the main connection never checkpointed.
    expect(statSync(path).size).toBeGreaterThan(before + 100_000);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2000 });
    db.close();
  });

  it('starts no thread for a store closed before its first interval', async () => {
    const { db, path } = database();
    const before = statSync(path).size;
    const checkpointer = startCheckpointer({ path, intervalMs: 60_000, onError: () => undefined });
    await checkpointer.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nothing was folded: no worker ever ran.
    expect(statSync(path).size).toBe(before);
    db.close();
  });

  it('stops a thread that is still booting without waiting for it', async () => {
    const { db, path } = database();
    const checkpointer = startCheckpointer({ path, intervalMs: 1, onError: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await checkpointer.stop();
    // The main connection still works and checkpoints itself once the worker is gone.
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2000 });
    db.close();
  });
});
