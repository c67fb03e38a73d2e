import { createHash } from 'node:crypto';
import type { DiffOp } from '../domain/diff';
import { NotFoundError } from '../domain/errors';
import { fitTarget, type InlineCode, plainText } from '../domain/inline';
import { MachineTranslationError, type MachineTranslationOptions } from '../providers/mt/machine-translator';
import type { ProjectSettings } from '../store/store';
import { type ServiceContext, timestamp } from './context';
import { engineGlossary } from './glossary';
import { lookup, type MemoryMatch } from './memory';

/** One text to translate, with the text around it that DeepL may use for meaning. */
export interface MtRequest {
  /** Plain text, or inline markup when `codes` is not empty. */
  source: string;
  /** The source's inline codes: the text goes to the engine as XML, and comes back with them placed. */
  codes?: readonly InlineCode[] | undefined;
  context?: string | undefined;
}

const hasCodes = (request: MtRequest): boolean => (request.codes?.length ?? 0) > 0;

function cacheKey(request: MtRequest): string {
  return createHash('sha256')
    .update(hasCodes(request) ? 'xml\u0000' : '')
    .update(request.source)
    .update('\u0000')
    .update(request.context ?? '')
    .digest('base64url');
}

function optionsKey(options: Omit<MachineTranslationOptions, 'context'>): string {
  return JSON.stringify([options.targetLang, options.formality, options.glossaryId ?? null]);
}

/**
 * Machine translations of the requests, from the cache when already paid for, else from the
 * engine (one call per distinct context, texts with codes apart as XML), then cached: asking
 * twice never costs twice. A text with codes comes back as inline markup whose codes fit its
 * source; should the engine have broken them, its words are kept and the codes left to place.
 */
export async function machineTranslate(context: ServiceContext, requests: readonly MtRequest[], settings: ProjectSettings, glossaryId?: string): Promise<string[]> {
  const options = { targetLang: settings.targetLang, formality: settings.formality, glossaryId };
  const key = optionsKey(options);
  const hashes = requests.map(cacheKey);
  const cached = await context.store.mtCache.get(context.mt.id, key, [...new Set(hashes)]);
  const missing = new Map<string, MtRequest>();
  requests.forEach((request, i) => {
    if (!cached.has(hashes[i]!)) missing.set(hashes[i]!, request);
  });
  // Requests sharing a context (and a kind of text) go to the engine together.
  const byContext = new Map<string, { around: string; xml: boolean; group: Array<{ hash: string; source: string }> }>();
  for (const [hash, request] of missing) {
    const xml = hasCodes(request);
    const groupKey = `${xml ? 'xml' : 'text'}\u0000${request.context ?? ''}`;
    const entry = byContext.get(groupKey) ?? { around: request.context ?? '', xml, group: [] };
    entry.group.push({ hash, source: request.source });
    byContext.set(groupKey, entry);
  }
  for (const { around, xml, group } of byContext.values()) {
    const texts = await context.mt.translate(
      group.map((item) => item.source),
      { ...options, context: around || undefined, ...(xml ? { tagHandling: 'xml' as const } : {}) },
    );
    const entries = group.map((item, i) => ({ sourceHash: item.hash, translation: texts[i] ?? '' }));
    await context.store.mtCache.put(context.mt.id, key, entries, timestamp(context));
    for (const entry of entries) cached.set(entry.sourceHash, entry.translation);
  }
  // Should the engine have broken the codes, its words are kept and the codes left to place.
  return hashes.map((hash, i) => fitTarget(cached.get(hash) ?? '', requests[i]!.codes ?? [], requests[i]!.codes ?? []));
}


export interface Suggestion {
  origin: 'mt' | 'tm';
  text: string;
  /** mt: the engine. */
  provider?: string;
  /** tm: the match percentage, and what differs between the memory's source and this one. */
  score?: number;
  sourceDiff?: DiffOp[];
  /** tm: in-context (same neighbours), exact, or fuzzy; and whether it was approved. */
  match?: MemoryMatch['match'];
  quality?: MemoryMatch['quality'];
  source?: string;
  /** tm, assembled: the source's sentences and the memory's translation of each (null: not found). */
  parts?: MemoryMatch['parts'];
}

export interface SuggestionList {
  items: Suggestion[];
  mt: { configured: boolean; provider: string; error?: string; failure?: string };
}

/** Memory matches at or above this score come before machine translation; below, after it. */
const strongMatch = 85;

/** The suggestions for a segment: memory matches and machine translation (with its neighbours as context). */
export async function suggestionsFor(context: ServiceContext, segmentId: number): Promise<SuggestionList> {
  const segment = await context.store.segments.get(segmentId);
  if (!segment) throw new NotFoundError('segment', segmentId);
  const document = await context.store.documents.get(segment.documentId);
  const project = document && (await context.store.projects.get(document.projectId));
  if (!project) throw new NotFoundError('segment', segmentId);
  const items: Suggestion[] = [];
  const neighbours = await context.store.segments.atPositions(segment.documentId, [segment.position - 1, segment.position + 1]);
  const matches = await lookup(context.store, project.id, segment, {
    previous: neighbours.find((item) => item.position === segment.position - 1)?.source,
    next: neighbours.find((item) => item.position === segment.position + 1)?.source,
    excludeSegmentId: segment.id,
  });
  const memory: Suggestion[] = matches.map((match) => ({
    origin: 'tm',
    text: match.target,
    score: match.score,
    match: match.match,
    quality: match.quality,
    source: match.source,
    sourceDiff: match.sourceDiff,
    ...(match.parts ? { parts: match.parts } : {}),
  }));
  items.push(...memory.filter((item) => (item.score ?? 0) >= strongMatch));
  const mt: SuggestionList['mt'] = { configured: context.mt.configured, provider: context.mt.id };
  if (!context.mt.configured) {
    mt.error = context.mt.reason ?? 'No machine translation is configured.';
  } else {
    const around = neighbours.map((neighbour) => plainText(neighbour.source, neighbour.codes)).join('\n\n');
    try {
      const glossaryId = await engineGlossary(context, project.id);
      const [text] = await machineTranslate(context, [{ source: segment.source, codes: segment.codes, context: around }], project.settings, glossaryId);
      if (text) items.push({ origin: 'mt', text, provider: context.mt.id });
    } catch (error) {
      if (!(error instanceof MachineTranslationError)) throw error;
      mt.error = error.message;
      mt.failure = error.failure;
    }
  }
  items.push(...memory.filter((item) => (item.score ?? 0) < strongMatch));
  return { items, mt };
}

export interface MtStatus {
  provider: string;
  configured: boolean;
  reason?: string;
  usage?: { characters: { count: number; limit: number } | null };
  error?: string;
}

/** Whether machine translation is available, and how much of the quota is used. */
export async function mtStatus(context: ServiceContext): Promise<MtStatus> {
  if (!context.mt.configured) return { provider: context.mt.id, configured: false, reason: context.mt.reason ?? 'Not configured.' };
  try {
    return { provider: context.mt.id, configured: true, usage: await context.mt.usage() };
  } catch (error) {
    if (!(error instanceof MachineTranslationError)) throw error;
    return { provider: context.mt.id, configured: true, error: error.message };
  }
}
