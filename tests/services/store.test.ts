import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmptyDocumentError } from '../../src/domain/errors';
import { createServices } from '../../src/services';
import type { Store } from '../../src/store/store';
import { storeKind, tempStore } from '../helpers/test-app';

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(async () => {
  await cleanup();
});

const actor = { name: 'camille' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe(`the ${storeKind} store`, () => {
  it('rolls back every write of a failed transaction', async () => {
    await expect(
      store.transaction(async (tx) => {
        const document = await tx.documents.create({ projectId: 1, title: 'Partiel', format: 'txt', encoding: 'utf-8', bom: false, trailer: '' }, new Date().toISOString());
        await tx.segments.insertMany(document.id, [{ kind: 'paragraph', source: 'Texte.', codes: [], prefix: '', joins: [], wordCount: 1, searchText: 'texte.' }], new Date().toISOString());
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await store.documents.count()).toBe(0);
  });

  it('imports a large document in one transaction, positions in order', async () => {
    const services = createServices({ store });
    const text = Array.from({ length: 1500 }, (_, i) => `Paragraphe numéro ${i + 1}, écrit pour le test.`).join('\n\n');
    const { id, segmentCount } = await services.documents.import({ bytes: bytes(text), format: 'txt', title: 'Long' }, actor);
    expect(segmentCount).toBe(1500);
    const page = await services.documents.segments(id, { offset: 1498, limit: 10 });
    expect(page.items.map((segment) => segment.source)).toEqual(['Paragraphe numéro 1499, écrit pour le test.', 'Paragraphe numéro 1500, écrit pour le test.']);
  });

  it('records the actor as the author of revisions', async () => {
    const services = createServices({ store });
    const { id } = await services.documents.import({ bytes: bytes('Bonjour.'), format: 'txt' }, actor);
    const [segment] = (await services.documents.segments(id, { offset: 0, limit: 1 })).items;
    await services.segments.edit({ segmentId: segment!.id, target: 'Hello.', version: 1 }, { name: 'sacha' });
    const history = await services.segments.revisions(segment!.id);
    expect(history.map((revision) => revision.author)).toEqual(['sacha', 'camille']);
  });

  it('uses the injected clock for timestamps', async () => {
    const services = createServices({ store, now: () => new Date('2026-03-12T09:30:00Z') });
    const { id } = await services.documents.import({ bytes: bytes('Bonjour.'), format: 'txt' }, actor);
    expect((await services.documents.get(id)).createdAt).toBe('2026-03-12T09:30:00.000Z');
  });

  it('moves a document up the list when one of its segments changes', async () => {
    let clock = new Date('2026-03-12T09:00:00Z');
    const services = createServices({ store, now: () => clock });
    const older = await services.documents.import({ bytes: bytes('Premier document.'), format: 'txt' }, actor);
    clock = new Date('2026-03-12T10:00:00Z');
    await services.documents.import({ bytes: bytes('Second document.'), format: 'txt' }, actor);
    expect((await services.documents.list()).map((document) => document.id)[1]).toBe(older.id);

    clock = new Date('2026-03-12T11:00:00Z');
    const [segment] = (await services.documents.segments(older.id, { offset: 0, limit: 1 })).items;
    await services.segments.edit({ segmentId: segment!.id, target: 'First document.', version: 1 }, actor);
    const list = await services.documents.list();
    expect(list[0]).toMatchObject({ id: older.id, updatedAt: '2026-03-12T11:00:00.000Z', createdAt: '2026-03-12T09:00:00.000Z' });
  });

  it('stores nothing when segmentation finds no text', async () => {
    const services = createServices({ store });
    await expect(services.documents.import({ bytes: bytes('\n\n'), format: 'txt' }, actor)).rejects.toThrow(EmptyDocumentError);
    expect(await store.documents.count()).toBe(0);
  });

  it('refuses a document in a project that does not exist (foreign keys are on)', async () => {
    await expect(
      store.documents.create({ projectId: 999, title: 'Orphelin', format: 'txt', encoding: 'utf-8', bom: false, trailer: '' }, new Date().toISOString()),
    ).rejects.toThrow(/foreign key/iu);
  });
});
