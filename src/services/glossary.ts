import { AlreadyExistsError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { GlossaryTerm } from '../store/store';
import { type ServiceContext, timestamp, uniqueWrite } from './context';
import { writeCsv } from '../formats/csv';

export interface TermInput {
  source: string;
  target: string;
  notes?: string | undefined;
}

function clean(input: TermInput): { source: string; target: string; notes: string } {
  const source = input.source.replace(/\s+/gu, ' ').trim();
  const target = input.target.replace(/\s+/gu, ' ').trim();
  const notes = (input.notes ?? '').trim();
  if (!source || !target) throw new InvalidInputError('A glossary entry needs a French term and an English term.');
  if (source.length > 200 || target.length > 200) throw new InvalidInputError('A term has at most 200 characters.');
  if (notes.length > 2000) throw new InvalidInputError('Notes have at most 2,000 characters.');
  return { source, target, notes };
}

export function listTerms(context: ServiceContext, projectId: number): Promise<GlossaryTerm[]> {
  return context.store.glossary.list(projectId);
}

export async function addTerm(context: ServiceContext, projectId: number, input: TermInput): Promise<GlossaryTerm> {
  const term = clean(input);
  return uniqueWrite(context, async (store) => {
    if (await store.glossary.findBySource(projectId, term.source)) throw new AlreadyExistsError('glossary entry', term.source);
    return store.glossary.create({ projectId, ...term }, timestamp(context));
  });
}

export async function updateTerm(context: ServiceContext, termId: number, input: Partial<TermInput>): Promise<GlossaryTerm> {
  return uniqueWrite(context, async (store) => {
    const current = await store.glossary.get(termId);
    if (!current) throw new NotFoundError('glossary entry', termId);
    const term = clean({ source: input.source ?? current.source, target: input.target ?? current.target, notes: input.notes ?? current.notes });
    const clash = await store.glossary.findBySource(current.projectId, term.source);
    if (clash && clash.id !== termId) throw new AlreadyExistsError('glossary entry', term.source);
    const updated = await store.glossary.update(termId, term, timestamp(context));
    if (!updated) throw new NotFoundError('glossary entry', termId);
    return updated;
  });
}

export async function deleteTerm(context: ServiceContext, termId: number): Promise<void> {
  if (!(await context.store.glossary.delete(termId))) throw new NotFoundError('glossary entry', termId);
}

/** The glossary as CSV: source, target, notes (a header line, UTF-8). */
export async function exportGlossary(context: ServiceContext, projectId: number): Promise<string> {
  const terms = await context.store.glossary.list(projectId);
  return writeCsv([['source', 'target', 'notes'], ...terms.map((term) => [term.source, term.target, term.notes])]);
}

/**
 * Imports CSV (`source,target[,notes]`, a header line optional; commas, semicolons or tabs):
 * new French terms are added, existing ones updated. One transaction: a bad line changes nothing.
 */
export async function importGlossary(context: ServiceContext, projectId: number, bytes: Uint8Array): Promise<{ added: number; updated: number }> {
  let rows = await context.parser.glossary(bytes);
  if (rows[0] && /^(source|fr|french|français)$/iu.test(rows[0][0] ?? '')) rows = rows.slice(1);
  if (rows.length === 0) throw new InvalidInputError('The CSV has no entries.');
  const now = timestamp(context);
  return context.bulkWrite(() => context.store.transaction(async (store) => {
    let added = 0;
    let updated = 0;
    for (const [index, row] of rows.entries()) {
      let term: ReturnType<typeof clean>;
      try {
        term = clean({ source: row[0] ?? '', target: row[1] ?? '', notes: row[2] });
      } catch (error) {
        throw new InvalidInputError(`Line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const existing = await store.glossary.findBySource(projectId, term.source);
      if (existing) {
        await store.glossary.update(existing.id, term, now);
        updated++;
      } else {
        await store.glossary.create({ projectId, ...term }, now);
        added++;
      }
    }
    return { added, updated };
  }));
}

/**
 * The id of the project glossary's copy at the MT engine, sent again first when the terms
 * changed since (DeepL glossaries are immutable). Undefined when the engine has no glossaries
 * or the glossary is empty.
 */
export async function engineGlossary(context: ServiceContext, projectId: number): Promise<string | undefined> {
  if (!context.mt.configured || !context.mt.syncGlossary) return undefined;
  const copy = await context.store.glossary.deeplCopy(projectId);
  if (copy.synced) return copy.id ?? undefined;
  const terms = await context.store.glossary.list(projectId);
  const entries = Object.fromEntries(terms.map((term) => [term.source, term.target]));
  const id = await context.mt.syncGlossary(entries, copy.id, `visavis project ${projectId}`);
  await context.store.glossary.setDeeplCopy(projectId, { id, synced: true });
  return id ?? undefined;
}
