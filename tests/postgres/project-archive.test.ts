import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services';
import { openPostgresStore } from '../../src/store/postgres';
import { openSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/store';
import { createTestDatabase } from '../helpers/postgres';
import { projectContents, richProject } from '../helpers/rich-project';
import { testPassword, testPasswordCost } from '../helpers/test-app';

/**
 * A project archive moves a project between stores: SQLite → PostgreSQL → SQLite gives the same
 * project, compared field by field (ids and the references that follow them aside).
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqlite(): Promise<{ store: Store; services: Services }> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-archive-'));
  const store = await openSqliteStore({ path: join(dir, 'archive.sqlite') });
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store, services: createServices({ store, passwordCost: testPasswordCost }) };
}

async function postgres(): Promise<{ store: Store; services: Services }> {
  const database = await createTestDatabase();
  const store = await openPostgresStore({ url: database.url, poolSize: 4 });
  cleanups.push(async () => {
    await store.close();
    await database.drop();
  });
  return { store, services: createServices({ store, passwordCost: testPasswordCost }) };
}

const cli = { name: null };

describe('a project archive between SQLite and PostgreSQL', () => {
  it('gives the same documents, segments, revisions, comments, memory and glossary, SQLite → PostgreSQL → SQLite', { timeout: 60_000 }, async () => {
    const a = await sqlite();
    const projectA = await richProject(a.services);
    const original = await projectContents(a.store, projectA);
    const archiveA = await a.services.projects.exportArchive(projectA, cli);

    // On PostgreSQL the accounts are spelled otherwise (matched regardless of case); ghost has none.
    const b = await postgres();
    for (const username of ['élodie', 'MARC']) await b.services.accounts.createUser({ username, password: testPassword });
    const importedB = await b.services.projects.importArchive({ bytes: archiveA.bytes }, undefined, cli);
    expect(importedB.members).toEqual({ added: [{ username: 'élodie', role: 'owner' }, { username: 'MARC', role: 'translator' }], unknown: ['ghost'] });
    expect(importedB.project.name).toBe('Dépêches FR→EN');
    const onPostgres = await projectContents(b.store, importedB.project.id);
    expect(onPostgres.members).toEqual([
      { username: 'élodie', role: 'owner' },
      { username: 'MARC', role: 'translator' },
    ]);
    expect({ ...onPostgres, members: [] }).toEqual({ ...original, members: [] });

    const archiveB = await b.services.projects.exportArchive(importedB.project.id, cli);
    const c = await sqlite();
    for (const username of ['Élodie', 'marc']) await c.services.accounts.createUser({ username, password: testPassword });
    const importedC = await c.services.projects.importArchive({ bytes: archiveB.bytes }, undefined, cli);
    expect(importedC.members.unknown).toEqual([]);
    const back = await projectContents(c.store, importedC.project.id);
    expect(back).toEqual({ ...original, members: original.members.filter((member) => member.username !== 'ghost') });

    // What the comparison covers is not empty: every kind of record made the trip.
    expect(archiveB.counts).toEqual({ ...archiveA.counts, members: 2 });
    for (const [kind, count] of Object.entries(archiveA.counts)) expect(count, kind).toBeGreaterThan(0);
    expect(original.documents.some((document) => document.bom && document.encoding !== '' && document.package === null)).toBe(true);
    expect(original.documents.some((document) => document.package !== null && document.format === 'docx')).toBe(true);
    expect(original.documents.flatMap((document) => document.segments).some((segment) => segment.archivedAt !== null)).toBe(true);
    expect(original.documents.flatMap((document) => document.segments).some((segment) => segment.repetitionOf !== null)).toBe(true);
    expect(original.documents.flatMap((document) => document.segments).some((segment) => segment.codes.length > 0 && segment.sourceChanged === false)).toBe(true);
    expect(original.documents.flatMap((document) => document.segments).some((segment) => segment.sourceChanged && segment.previousSource !== null)).toBe(true);
    expect(original.revisions.some((revision) => revision.batch !== null)).toBe(true);
    expect(original.comments.some((comment) => comment.parent !== null)).toBe(true);
    expect(original.comments.some((comment) => comment.resolvedAt !== null)).toBe(true);
    expect(original.reviews[0]?.filled.length).toBeGreaterThan(0);
    expect(original.memory.some((unit) => unit.segment !== null)).toBe(true);

    // The English of each document comes out the same, byte for byte (a DOCX: its parts).
    const documentsOf = async (services: Services, projectId: number) => (await services.documents.list(undefined, projectId)).sort((x, y) => x.id - y.id);
    const [fromA, fromC] = [await documentsOf(a.services, projectA), await documentsOf(c.services, importedC.project.id)];
    expect(fromC.map((document) => document.title)).toEqual(fromA.map((document) => document.title));
    for (const [i, document] of fromA.entries()) {
      const [left, right] = [await a.services.documents.export({ documentId: document.id }), await c.services.documents.export({ documentId: fromC[i]!.id })];
      expect(right.filename).toBe(left.filename);
      // An XLIFF names the document and segments by id, which differ.
      const english = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/ vv:(document|segment)="\d+"/gu, '');
      if (document.format !== 'docx') expect(english(right.bytes), document.title).toBe(english(left.bytes));
      else expect(strFromU8(unzipSync(right.bytes)['word/document.xml']!)).toBe(strFromU8(unzipSync(left.bytes)['word/document.xml']!));
    }
  });
});
