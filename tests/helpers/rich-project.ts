import { readFileSync } from 'node:fs';
import type { Services } from '../../src/services';
import type { Store } from '../../src/store/store';
import { frenchReport } from './docx-fixture';
import { testPassword } from './test-app';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A project with something of everything an archive carries: settings and QA settings, three
 * members (`Élodie` owner, `marc` translator, `ghost` reviewer), a glossary, four documents (a
 * CRLF text with a byte-order mark and repeated paragraphs, Markdown with an English version
 * aligned onto it, a Word report with its package, a bilingual XLIFF with notes), translations,
 * an approval, a replace-all, a source update (archived segments, changed sources), comments and
 * a reply, a resolved thread, an ignored QA finding, an alignment under review, and memory from
 * confirmations and a TMX. Returns the project's id.
 */
export async function richProject(services: Services): Promise<number> {
  for (const username of ['Élodie', 'marc', 'ghost']) await services.accounts.createUser({ username, password: testPassword });
  const elodie = await services.accounts.findUser('Élodie');
  const owner = { name: 'Élodie', role: 'owner' as const };
  const translator = { name: 'marc', role: 'translator' as const };
  const project = await services.projects.create({ name: 'Dépêches FR→EN' }, elodie, owner);
  await services.projects.addMember(project.id, { username: 'marc', role: 'translator' }, owner);
  await services.projects.addMember(project.id, { username: 'ghost', role: 'reviewer' }, owner);
  await services.projects.updateSettings(project.id, { targetLang: 'en-GB', formality: 'more', qa: { length: 'off', quotes: 'error' } }, owner);
  await services.glossary.add(project.id, { source: 'préfet', target: 'prefect', notes: 'Le représentant de l’État.' });
  await services.glossary.add(project.id, { source: 'mairie', target: 'town hall', forbidden: 'mayory' });

  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  const text = utf8('Le préfet a réuni les maires.\r\n\r\nLa séance est ouverte.\r\n\r\nLe préfet a réuni les maires.\r\n\r\nFin de la dépêche.\r\n');
  const depeche = await services.documents.import({ bytes: new Uint8Array([...bom, ...text]), filename: 'depeche.txt', projectId: project.id }, owner);
  const guide = await services.documents.import({ bytes: fixture('guide-fr.md'), filename: 'guide-fr.md', projectId: project.id }, owner);
  await services.documents.import({ bytes: await frenchReport(), filename: 'rapport.docx', projectId: project.id }, owner);
  await services.documents.import({ bytes: fixture('units-fr.xlf'), filename: 'units-fr.xlf', projectId: project.id }, owner);

  const segments = async (documentId: number) => (await services.documents.segments(documentId, { offset: 0, limit: 1000 })).items;
  const initial = await segments(depeche.id);
  let [first, second] = initial;
  const last = initial[3];
  // An empty translation, let be for now (the segment goes with the source update below, keeping it).
  await services.qa.ignore(last!.id, { check: 'empty-target', key: 'emptyTarget', reason: 'Vérifié.' }, translator);
  // Translated by the translator (its repetition filled), approved by the owner, then reworded.
  await services.segments.edit({ segmentId: first!.id, target: 'The prefect gathered the mayors.', status: 'translated', version: first!.version }, translator);
  [first] = await segments(depeche.id);
  await services.segments.edit({ segmentId: first!.id, status: 'approved', version: first!.version }, owner);
  await services.segments.edit({ segmentId: second!.id, target: 'The session is open.', status: 'translated', version: second!.version }, translator);
  await services.documents.replace(depeche.id, { find: 'session', replace: 'sitting' }, translator);
  [, second] = await segments(depeche.id);
  const thread = await services.segments.comment({ segmentId: second!.id, body: '« Séance » : sitting ou meeting ?' }, translator);
  await services.segments.comment({ segmentId: second!.id, body: 'Sitting, comme au conseil.', replyTo: thread.id }, owner);
  await services.segments.resolveComment(thread.id, true, owner);
  // A revised source: a paragraph goes (archived with its history), one changes, one comes.
  await services.documents.updateSource(
    { documentId: depeche.id, bytes: new Uint8Array([...bom, ...utf8('Le préfet a réuni les maires.\r\n\r\nLa séance est levée.\r\n\r\nUn nouveau paragraphe.\r\n')]) },
    owner,
  );

  const english = utf8(
    [
      '---\ntitle: Volunteer guide\n---',
      '# Volunteer guide',
      'Welcome to the team! This guide sets out **the essentials** for your first day at the [food bank](https://exemple.fr/banque).',
      '## Before you come',
      '- Wear closed shoes.\n- Bring a water bottle: water is available on site.\n1. Report to the reception desk at 8.30 am.',
      '> “Every hour given counts,”\n> says the coordinator.',
      '| Day | Task |\n| --- | ---- |\n| Monday | Sorting donations |',
      'Setext too\n----------',
      'Thank you in advance for your help.',
    ].join('\n\n') + '\n',
  );
  await services.documents.alignTranslation(guide.id, { bytes: english, format: 'md' }, translator);
  await services.memory.import(project.id, utf8('<tmx version="1.4"><header srclang="fr-FR"/><body><tu><tuv xml:lang="fr"><seg>Bonjour à tous.</seg></tuv><tuv xml:lang="en"><seg>Hello everyone.</seg></tuv></tu></body></tmx>'), 'Élodie');
  return project.id;
}

/**
 * Everything of a project an archive must carry, without ids: references are given as places
 * (a document by its rank, a segment by its document's rank and its own among that document's
 * segments by id), so that two copies of a project compare equal field by field.
 */
export async function projectContents(store: Store, projectId: number) {
  const project = (await store.projects.get(projectId))!;
  const documents = await store.archives.documents(projectId);
  const segmentKey = new Map<number, string>();
  const documentsOut = [];
  for (const [d, document] of documents.entries()) {
    const segments = await store.archives.segments(document.id, { after: 0, limit: 100_000 });
    segments.forEach((segment, s) => segmentKey.set(segment.id, `${d}:${s}`));
    const { id: _id, hasPackage: _hasPackage, ...columns } = document;
    documentsOut.push({
      ...columns,
      package: (await store.documents.sourcePackage(document.id)) ?? null,
      segments: segments.map(({ id: _segmentId, documentId: _documentId, repetitionOf, position, ...rest }) => ({
        ...rest,
        // An archived segment's place depends on its id: only that it is outside the document counts.
        position: rest.archivedAt === null ? position : position < -1_000_000_000 ? 'archived' : position,
        repetitionOf: repetitionOf === null ? null : segmentKey.get(repetitionOf),
      })),
    });
  }
  const key = (id: number | null) => (id === null ? null : (segmentKey.get(id) ?? `unknown ${id}`));
  const revisions = [];
  const comments = [];
  const ignores = [];
  const reviews = [];
  for (const document of documents) {
    revisions.push(...(await store.revisions.listForDocument(document.id)).map(({ id: _id, documentId: _documentId, segmentId, ...rest }) => ({ ...rest, segment: key(segmentId) })));
    const listed = await store.comments.listForDocument(document.id);
    const rank = new Map(listed.map((comment, i) => [comment.id, i]));
    comments.push(...listed.map(({ id: _id, documentId: _documentId, segmentId, parentId, ...rest }) => ({ ...rest, segment: key(segmentId), parent: parentId === null ? null : rank.get(parentId) })));
    ignores.push(...(await store.qaIgnores.forDocument(document.id)).map(({ segmentId, ...rest }) => ({ ...rest, segment: key(segmentId) })));
    const review = await store.alignments.get(document.id);
    if (review) {
      reviews.push({
        ...review,
        documentId: undefined,
        links: review.links.map((link) => ({ ...link, segments: link.segments.map(key) })),
        filled: Object.entries(review.filled).map(([id, text]) => [key(Number(id)), text]),
      });
    }
  }
  const memory = (await store.memory.all(projectId)).map(({ id: _id, projectId: _projectId, segmentId, parentId, ...rest }) => ({ ...rest, parentId, segment: key(segmentId) }));
  ignores.sort((a, b) => `${a.segment} ${a.check} ${a.key}`.localeCompare(`${b.segment} ${b.check} ${b.key}`));
  return {
    project: { name: project.name, settings: project.settings },
    members: (await store.projects.members(projectId)).map((member) => ({ username: member.username, role: member.role })),
    glossary: (await store.archives.glossary(projectId)).sort((a, b) => a.source.localeCompare(b.source)),
    documents: documentsOut,
    revisions,
    comments,
    ignores,
    reviews,
    memory,
  };
}
