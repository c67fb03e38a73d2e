import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../src/services';
import { migrationProvider } from '../../src/store/migrations';
import { openSqliteStore } from '../../src/store/sqlite';
import { tempStore } from '../helpers/test-app';
import { unitsOf } from '../../bench/memory';
import { matchBounds } from '../../src/domain/tm/match';

describe('migrations', () => {
  it('move the documents of a store made before projects into the default project, losing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-migrate-'));
    const path = join(dir, 'old.sqlite');
    try {
      // A database as the first release left it: only the first migration, with a translated segment.
      const connection = new SQLite(path);
      const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: connection }) });
      const { error } = await new Migrator({ db: old, provider: migrationProvider('sqlite') }).migrateTo('001-initial');
      expect(error).toBeUndefined();
      connection.exec(`
        insert into documents (title, format, encoding, bom, trailer, created_at, updated_at)
          values ('Ancien', 'txt', 'utf-8', 0, '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
        insert into segments (document_id, position, kind, source, source_hash, prefix, joins, target, status, version, word_count, search_text, created_at, updated_at)
          values (1, 0, 'paragraph', 'Bonjour.', 'h', '', '[]', 'Hello.', 'translated', 2, 1, 'bonjour.', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
        insert into revisions (segment_id, document_id, origin, author, created_at, previous_target, new_target, previous_status, new_status, segment_version)
          values (1, 1, 'human', 'ana', '2026-01-01T00:00:00.000Z', '', 'Hello.', 'new', 'translated', 2);
      `);
      await old.destroy();

      const store = await openSqliteStore({ path });
      const services = createServices({ store });
      const [project] = await services.projects.list();
      expect(project).toMatchObject({ name: 'Default project', documentCount: 1 });
      const [document] = await services.documents.list();
      expect(document).toMatchObject({ title: 'Ancien', projectId: project?.id });
      expect((await services.documents.segments(document!.id, { offset: 0, limit: 10 })).items[0]).toMatchObject({ target: 'Hello.', status: 'translated' });
      // The history survives the rebuild of the revisions table (migration 005), and takes new origins.
      expect(await services.segments.revisions(1)).toEqual([expect.objectContaining({ id: 1, author: 'ana', newTarget: 'Hello.' })]);
      const [revision] = await services.segments.revisions(1);
      await services.segments.restore({ segmentId: 1, revisionId: revision!.id, version: 2 }, { name: 'ana' });
      // With accounts: the site administrator owns it, anyone else sees nothing until invited.
      const admin = await services.accounts.createUser({ username: 'camille', password: 'un mot de passe assez long', isAdmin: true });
      const other = await services.accounts.createUser({ username: 'sacha', password: 'un mot de passe assez long' });
      expect(await services.projects.list(admin)).toEqual([expect.objectContaining({ name: 'Default project', role: 'owner' })]);
      expect(await services.projects.list(other)).toEqual([]);
      expect(await services.documents.list(other)).toEqual([]);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 019 (origin replace, revisions.batch)', () => {
  it('keeps every revision and its QA override through the rebuild of the revisions table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-migrate-'));
    const path = join(dir, 'old.sqlite');
    try {
      const connection = new SQLite(path);
      const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: connection }) });
      const { error } = await new Migrator({ db: old, provider: migrationProvider('sqlite') }).migrateTo('018-forbidden-terms');
      expect(error).toBeUndefined();
      connection.exec(`
        insert into documents (project_id, title, format, encoding, bom, trailer, created_at, updated_at)
          values (1, 'Ancien', 'txt', 'utf-8', 0, '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
        insert into segments (document_id, position, kind, source, source_hash, prefix, joins, target, status, version, word_count, search_text, created_at, updated_at)
          values (1, 0, 'paragraph', 'Mardi.', 'h', '', '[]', 'Tuesday.', 'translated', 2, 1, 'mardi.', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
        insert into revisions (segment_id, document_id, origin, author, created_at, previous_target, new_target, previous_status, new_status, segment_version, qa_override)
          values (1, 1, 'human', 'ana', '2026-01-01T00:00:00.000Z', '', 'Tuesday.', 'new', 'translated', 2, '{"reason":"Checked.","checks":["weekdays"]}');
      `);
      await old.destroy();
      const store = await openSqliteStore({ path });
      const services = createServices({ store });
      expect(await services.segments.revisions(1)).toEqual([expect.objectContaining({ id: 1, author: 'ana', qaOverride: { reason: 'Checked.', checks: ['weekdays'] }, batch: null })]);
      const replaced = await services.documents.replace(1, { find: 'Tuesday', replace: 'Tue' }, { name: 'ana' });
      expect(replaced.changes).toHaveLength(1);
      expect((await services.segments.revisions(1))[0]).toMatchObject({ origin: 'replace', batch: replaced.batch });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 024 (memory pairs of common words)', () => {
  it('indexes the units stored before it under their pairs of common words, so that their sentences are found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-migrate-'));
    const path = join(dir, 'memory.sqlite');
    const store = await openSqliteStore({ path });
    try {
      const project = await store.projects.create('Mémoire', '2026-01-01T00:00:00.000Z');
      const sentences = ['Est la qui la à de est du à a qui a de à est.', 'Il est à la mairie et il y a du monde.'];
      await store.transaction((tx) => tx.memory.putMany(unitsOf(project.id, sentences), '2026-01-01T00:00:00.000Z'));
      await store.close();
      // The database as the version before left it: no pair terms, migration 024 not run.
      const raw = new SQLite(path);
      const removed = raw.prepare("delete from tm_terms where term like '% %'").run().changes;
      raw.prepare("delete from kysely_migration where name = '024-memory-pairs'").run();
      raw.close();
      expect(removed).toBeGreaterThan(15);
      const reopened = await openSqliteStore({ path });
      const pairs = await reopened.memory.within(project.id, matchBounds('Est la qui la à de est du à la qui a de à est.', 75), 10);
      expect(pairs.map((unit) => unit.source)).toContain(sentences[0]);
      const check = new SQLite(path, { readonly: true });
      expect((check.prepare("select count(*) as n from tm_terms where term like '% %'").get() as { n: number }).n).toBe(removed);
      check.close();
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SQLite file', () => {
  it('runs in WAL mode', async () => {
    const { path, cleanup: done } = await tempStore();
    const raw = new SQLite(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    await done();
  });
});
