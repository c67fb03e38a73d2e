import { AlreadyExistsError, InvalidInputError, NotFoundError } from '../domain/errors';
import { termVariants as variants } from '../domain/glossary';
import type { GlossaryTerm, GlossaryTermFields } from '../store/store';
import { type ServiceContext, timestamp, uniqueWrite } from './context';
import { writeCsv } from '../formats/csv';

export interface TermInput {
  source: string;
  /** The English to use (variants separated by `;`); may be empty when `forbidden` is not. */
  target: string;
  /** English renderings not to use, separated by `;`. */
  forbidden?: string | undefined;
  notes?: string | undefined;
}

function clean(input: TermInput): GlossaryTermFields {
  const source = input.source.replace(/\s+/gu, ' ').trim();
  const target = input.target.replace(/\s+/gu, ' ').trim();
  const forbidden = variants(input.forbidden ?? '');
  const notes = (input.notes ?? '').trim();
  if (!source) throw new InvalidInputError('A glossary entry needs a French term.');
  if (!target && forbidden.length === 0) throw new InvalidInputError(`The entry “${source}” needs an English term, or English renderings not to use.`);
  if (source.length > 200 || target.length > 200) throw new InvalidInputError('A term has at most 200 characters.');
  if (forbidden.join('; ').length > 1000) throw new InvalidInputError('The renderings not to use have at most 1,000 characters.');
  const allowed = new Set(variants(target).map((variant) => variant.toLowerCase()));
  const both = forbidden.find((variant) => allowed.has(variant.toLowerCase()));
  if (both) throw new InvalidInputError(`“${both}” cannot be both the English to use for “${source}” and a rendering not to use.`);
  if (notes.length > 2000) throw new InvalidInputError('Notes have at most 2,000 characters.');
  return { source, target, forbidden: forbidden.join('; '), notes };
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
    const term = clean({ source: input.source ?? current.source, target: input.target ?? current.target, forbidden: input.forbidden ?? current.forbidden, notes: input.notes ?? current.notes });
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

/** The glossary as CSV: source, target, notes, forbidden (a header line, UTF-8). */
export async function exportGlossary(context: ServiceContext, projectId: number): Promise<string> {
  const terms = await context.store.glossary.list(projectId);
  return writeCsv([['source', 'target', 'notes', 'forbidden'], ...terms.map((term) => [term.source, term.target, term.notes, term.forbidden])]);
}

/** The names a header line may give each column (our export's, and what other tools and people write). */
const headers: Record<keyof TermInput, RegExp> = {
  source: /^(source|source term|fr|fr-fr|french|français|terme)$/iu,
  target: /^(target|target term|en|en-us|en-gb|english|anglais|traduction)$/iu,
  notes: /^(notes?|comments?|remarques?)$/iu,
  forbidden: /^(forbidden|not to use|do not use|à proscrire|proscrits?|interdits?)$/iu,
};

/** The columns of each field: by the header line when there is one, else source, target, notes, forbidden. */
function columnsOf(first: readonly string[]): { columns: Record<keyof TermInput, number>; header: boolean } {
  const found = Object.fromEntries(Object.entries(headers).map(([field, pattern]) => [field, first.findIndex((cell) => pattern.test(cell.trim()))])) as Record<keyof TermInput, number>;
  if (found.source >= 0) return { columns: found, header: true };
  return { columns: { source: 0, target: 1, notes: 2, forbidden: 3 }, header: false };
}

/**
 * Imports CSV (`source,target[,notes[,forbidden]]`, or columns named by a header line; commas,
 * semicolons or tabs): new French terms are added, existing ones updated. One transaction: a bad
 * line changes nothing.
 */
export async function importGlossary(context: ServiceContext, projectId: number, bytes: Uint8Array): Promise<{ added: number; updated: number }> {
  let rows = await context.parser.glossary(bytes);
  const { columns, header } = columnsOf(rows[0] ?? []);
  if (header) rows = rows.slice(1);
  if (rows.length === 0) throw new InvalidInputError('The CSV has no entries.');
  const cell = (row: readonly string[], index: number) => (index >= 0 ? (row[index] ?? '') : '');
  const now = timestamp(context);
  return context.bulkWrite(() => context.store.transaction(async (store) => {
    let added = 0;
    let updated = 0;
    for (const [index, row] of rows.entries()) {
      let term: GlossaryTermFields;
      try {
        term = clean({ source: cell(row, columns.source), target: cell(row, columns.target), notes: cell(row, columns.notes), forbidden: cell(row, columns.forbidden) });
      } catch (error) {
        throw new InvalidInputError(`Line ${index + 1 + (header ? 1 : 0)}: ${error instanceof Error ? error.message : String(error)}`);
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
  // The engine takes one English per term: the first variant; entries that only forbid are not sent.
  const entries = Object.fromEntries(terms.flatMap((term) => {
    const english = variants(term.target)[0];
    return english ? [[term.source, english]] : [];
  }));
  const id = await context.mt.syncGlossary(entries, copy.id, `visavis project ${projectId}`);
  await context.store.glossary.setDeeplCopy(projectId, { id, synced: true });
  return id ?? undefined;
}
