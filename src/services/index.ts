import pLimit from 'p-limit';
import { inlineParser, type UploadParser } from '../providers/parsing/parser';
import type { Store } from '../store/store';
import type { AccessTarget } from '../store/store';
import { NotFoundError } from '../domain/errors';
import type { ReviewLink } from '../domain/align';
import { type Access, accessTo } from './access';
import { accessCache } from './access-cache';
import { listAudit } from './audit';
import { type Actor, type Principal, type ServiceContext } from './context';
import type { SegmentWriter } from './segment-writer';
import { ensureDemoDocument } from './demo-document';
import { findInDocument, type FindInput, replaceInDocument, type ReplaceInput, undoReplace } from './replace';
import { checkTexts, documentQa, ignoreFinding, type QaFilter, segmentFindings, unignoreFinding } from './qa';
import { deleteDocument, getDocument, listDocuments, listRevisions, listSegments, type SegmentListQuery } from './documents';
import { type EditSegmentInput, editSegment } from './edit-segment';
import { type ExportDocumentInput, exportDocument } from './export-document';
import { previewDocument } from './preview-document';
import { type ImportDocumentInput, sweepAbandonedImports } from './import-document';
import type { Role } from '../domain/permissions';
import { addMember, changeRole, createProject, defaultProjectFor, getProject, listMembers, listProjects, removeMember, updateSettings } from './projects';
import { exportProject } from './export-project';
import { analyseDocument, analyseProject, analysisCsv } from './analysis';
export { analysisCsv, analysisCsvHeader, type AnalysisReport } from './analysis';
import { importProject, type ProjectImportInput } from './import-project';
import {
  changePassword,
  createToken,
  createUser,
  deleteUser,
  findUser,
  login,
  logout,
  logoutEverywhere,
  type NewUser,
  revokeToken,
  sessionExpiresAt,
  sessionUser,
  updateUser,
  setPassword,
  setupFlow,
  tokenUser,
} from './accounts';
import { defaultPasswordCost, type PasswordCost } from './passwords';
import { type SourceUpdateInput, updateSource } from './update-source';
import { importTargets, type TargetsImportInput } from './import-targets';
export type { TargetConflict, TargetsImportSummary } from './import-targets';
export { type AlignSide, alignFiles, type FileAlignment } from './align-files';
export type { AcceptedAlignment, AlignmentReview, TranslationAlignment } from './align-translation';
import {
  acceptAlignmentReview,
  type AlignAssist,
  alignTranslation,
  discardAlignmentReview,
  importWithTranslation,
  getAlignmentReview,
  saveAlignmentReview,
  startAlignmentReview,
} from './align-translation';
import type { AlignSide } from './align-files';
import { documentStats, reviewReport } from './review-report';
import { type LiveRelay, liveHub } from './live';
import { saveTally } from './monitoring';
import { recentSegments } from './recent-segments';
import type { TaskDoneListener } from '../providers/parsing/parser';
import { addComment, diffSegment, listComments, resolveComment, restoreRevision, type TextRef } from './review';
import type { ProjectSettings, UserRecord } from '../store/store';
import { type MachineTranslator, noMachineTranslation } from '../providers/mt/machine-translator';
import { mtStatus, suggestionsFor } from './machine-translation';
import { exportMemory, importMemory, searchMemory } from './memory';
import { pretranslationRunner, type RunnerOptions } from './pretranslate';
import { addTerm, deleteTerm, exportGlossary, importGlossary, listTerms, type TermInput, updateTerm } from './glossary';

export type { Actor, Principal } from './context';
export type { FoundInDocument, ReplaceResult, UndoReplaceResult } from './replace';
export type { Access } from './access';
export type { ProjectView } from './projects';
export type { ExportedProject } from './export-project';
export type { ImportedProject, ProjectImportInput } from './import-project';
export type { AuditEventName } from './audit';
export type { SourceUpdateSummary } from './update-source';
export type { DocumentStats, ReviewReport } from './review-report';
export type { GuardedStream, LiveEvent, LiveHub, LiveRelay, Presence, RelayMessage, WithdrawnReason } from './live';
export { shrinkRelayMessage } from './live';
export type { MtStatus, Suggestion, SuggestionList } from './machine-translation';
export { type SaveCounts, type SaveOutcome, saveOutcomes } from './monitoring';
export type { DocumentQa, FindingView, QaFilter, SegmentFinding } from './qa';
export type { PretranslateOptions } from './pretranslate';
export type { GlossaryTerm } from '../store/store';
export type { JobRecord } from '../store/store';
export { namedRefs, type SegmentDiff, type TextRef, type Thread } from './review';
export type { DocumentSummary, SegmentListQuery } from './documents';
export type { EditedSegment, EditSegmentInput } from './edit-segment';
export { type ExportedDocument, untranslatedPolicies, type UntranslatedPolicy } from './export-document';
export type { ImportedDocument, ImportDocumentInput } from './import-document';
export type { AuditEvent, MemberRecord, ProjectRecord, TokenRecord, UserRecord } from '../store/store';

export interface ServiceOptions {
  store: Store;
  now?: () => Date;
  /** Default 20 MB. */
  maxUploadBytes?: number;
  /** scrypt cost for new password hashes; lower it only in tests. */
  passwordCost?: PasswordCost;
  /** DeepL (providers/mt/deepl.ts); none by default. */
  machineTranslator?: MachineTranslator;
  /** Retry timing and lease of background jobs (tests shorten them). */
  jobs?: RunnerOptions;
  /** Carries live events to the other server instances on the same database (PostgreSQL); none by default. */
  liveRelay?: LiveRelay | undefined;
  /** Reads uploads; inline by default (the server passes its worker-thread pool). */
  parser?: UploadParser | undefined;
  /** Runs segment saves off the event loop (the server on SQLite passes its writer thread); inline by default. */
  segmentWriter?: SegmentWriter | undefined;
}

export const defaultMaxUploadBytes = 20 * 1024 * 1024;

/**
 * The use cases, bound to a store: the one door both HTTP and the CLI go through.
 *
 * @example
 * const services = createServices({ store: await openSqliteStore({ path: ':memory:' }) });
 * await services.documents.import({ bytes, filename: 'article.txt' }, { name: null });
 */
export function createServices(options: ServiceOptions) {
  const live = liveHub({ now: options.now, relay: options.liveRelay });
  const context: ServiceContext = {
    store: options.store,
    now: options.now ?? (() => new Date()),
    maxUploadBytes: options.maxUploadBytes ?? defaultMaxUploadBytes,
    passwordCost: options.passwordCost ?? defaultPasswordCost,
    mt: options.machineTranslator ?? noMachineTranslation,
    parser: options.parser ?? inlineParser(),
    bulkWrite: pLimit(1),
    live,
    segmentWriter: options.segmentWriter,
    recentSegments: options.store.changesInOneStatement ? recentSegments() : undefined,
  };
  // Sessions, tokens and roles are read on every request; every change of anyone's access (here
  // or, through the relay, on another instance) empties the cache before anything else happens.
  const remembered = accessCache({ clock: () => context.now().getTime() });
  live.onAccessChanged(() => remembered.clear());
  const jobs = pretranslationRunner(context, live, options.jobs);
  const saves = saveTally();
  /** Once `change` is done, the user's open streams (the user given, or named by the result) check again whether they may go on. */
  const withdrawing = async <T>(user: number | ((result: T) => number), change: Promise<T>): Promise<T> => {
    const result = await change;
    live.accessChanged(typeof user === 'number' ? user : user(result));
    return result;
  };
  return {
    maxUploadBytes: context.maxUploadBytes,
    live,
    jobs,
    /** What the operator's metrics read when scraped (http/metrics.ts): counts kept as things happen, or one cheap query. */
    monitoring: {
      saves: saves.counts,
      openStreams: () => live.openStreams(),
      jobsByState: () => context.store.jobs.countByState(),
      /** PostgreSQL's connection pool; undefined on SQLite. */
      databaseConnections: () => context.store.connections?.(),
      /** The worker threads' lanes; none when the work runs inline (the CLI, tests). */
      workerLanes: () => context.parser.lanes?.() ?? [],
      onWorkerTask: (listener: TaskDoneListener): (() => void) => context.parser.onTaskDone?.(listener) ?? (() => undefined),
    },
    accounts: {
      createUser: (input: NewUser, actor?: Actor) => createUser(context, input, actor),
      listUsers: () => context.store.accounts.listUsers(),
      findUser: (username: string) => findUser(context, username),
      login: (input: { username: string; password: string }, actor?: Actor) => login(context, input, actor),
      sessionUser: (token: string) =>
        remembered.get(`session:${token}`, async () => {
          const user = await sessionUser(context, token);
          const expiresAt = user && (await sessionExpiresAt(context, token));
          return user && expiresAt ? { value: user, until: Date.parse(expiresAt) } : undefined;
        }),
      /** When a session expires (its open streams close then). */
      sessionExpiresAt: (token: string) => sessionExpiresAt(context, token),
      logout: async (token: string) => {
        const user = await sessionUser(context, token);
        await logout(context, token);
        if (user) live.accessChanged(user.id);
      },
      logoutEverywhere: (user: UserRecord, actor: Actor) => withdrawing(user.id, logoutEverywhere(context, user, actor)),
      changePassword: (user: UserRecord, input: { current: string; password: string; keepSession?: string | undefined }, actor: Actor) =>
        withdrawing(user.id, changePassword(context, user, input, actor)),
      setPassword: (user: UserRecord, password: string, actor: Actor) => withdrawing(user.id, setPassword(context, user, password, actor)),
      update: (username: string, change: { isAdmin?: boolean | undefined; password?: string | undefined }, actor: Actor) =>
        withdrawing((user) => user.id, updateUser(context, username, change, actor)),
      deleteUser: async (username: string, actor: Actor) => {
        const user = await findUser(context, username);
        await deleteUser(context, username, actor);
        live.accessChanged(user.id);
      },
      createToken: (input: { username: string; name: string }, actor?: Actor) => createToken(context, input, actor),
      listTokens: (user: UserRecord) => context.store.accounts.listTokens(user.id),
      tokenUser: (token: string) =>
        remembered.get(`token:${token}`, async () => {
          const user = await tokenUser(context, token);
          return user && { value: user };
        }),
      revokeToken: (user: UserRecord, tokenId: number, actor?: Actor) => withdrawing(user.id, revokeToken(context, user, tokenId, actor)),
      setup: setupFlow(context),
    },
    /** Who may do what where: the role of a principal in the project holding a thing. */
    access: async (principal: Principal, target: AccessTarget): Promise<Access> => {
      const access = await remembered.get(`access:${principal.id}:${principal.isAdmin}:${target.kind}:${target.id}`, async () => ({
        value: await accessTo(context, principal, target),
      }));
      // accessTo throws when there is no access; a value is always found.
      return access!;
    },
    audit: {
      list: (query: { before?: number | undefined; limit?: number | undefined; event?: string | undefined }) => listAudit(context.store, query),
    },
    mt: {
      status: () => mtStatus(context),
    },
    glossary: {
      list: (projectId: number) => listTerms(context, projectId),
      add: (projectId: number, input: TermInput) => addTerm(context, projectId, input),
      get: async (termId: number) => {
        const term = await context.store.glossary.get(termId);
        if (!term) throw new NotFoundError('glossary entry', termId);
        return term;
      },
      update: (termId: number, input: Partial<TermInput>) => updateTerm(context, termId, input),
      delete: (termId: number) => deleteTerm(context, termId),
      exportCsv: (projectId: number) => exportGlossary(context, projectId),
      importCsv: (projectId: number, bytes: Uint8Array) => importGlossary(context, projectId, bytes),
    },
    /** Quality checks (domain/qa): a document's findings, a segment's, a pair of texts'. */
    qa: {
      document: (documentId: number, filter?: QaFilter, actor?: Actor) => documentQa(context, documentId, filter, actor),
      check: (input: Parameters<typeof checkTexts>[1]) => checkTexts(context, input),
      ignore: (segmentId: number, input: { check: string; key: string; reason: string }, actor: Actor) => ignoreFinding(context, segmentId, input, actor),
      unignore: (segmentId: number, check: string, key: string, actor: Actor) => unignoreFinding(context, segmentId, check, key, actor),
      segment: async (segmentId: number) => {
        const segment = await context.store.segments.get(segmentId);
        if (!segment) throw new NotFoundError('segment', segmentId);
        return segmentFindings(context.store, segment);
      },
    },
    /** Word-count analyses against the memory (issue 27): per band, with the project's weighting table. */
    analysis: {
      document: (documentId: number) => analyseDocument(context, documentId),
      project: (projectId: number) => analyseProject(context, projectId),
      csv: analysisCsv,
    },
    memory: {
      search: (projectId: number, q: string) => searchMemory(context, projectId, q),
      import: (projectId: number, bytes: Uint8Array, author: string | null) => importMemory(context, projectId, bytes, author),
      export: (projectId: number) => exportMemory(context, projectId),
    },
    projects: {
      updateSettings: (projectId: number, settings: ProjectSettings, actor: Actor) => updateSettings(context, projectId, settings, actor),
      create: (input: { name: string }, creator: Principal | undefined, actor: Actor) => createProject(context, input, creator, actor),
      get: (id: number, role: Role) => getProject(context, id, role),
      list: (principal?: Principal) => listProjects(context, principal),
      defaultFor: (principal?: Principal) => defaultProjectFor(context, principal),
      members: (projectId: number) => listMembers(context, projectId),
      addMember: (projectId: number, input: { username: string; role: Role }, actor: Actor) => addMember(context, projectId, input, actor),
      changeRole: (projectId: number, input: { username: string; role: Role }, actor: Actor) =>
        withdrawing((member) => member.userId, changeRole(context, projectId, input, actor)),
      removeMember: async (projectId: number, username: string, actor: Actor) => {
        await withdrawing((member) => member.userId, removeMember(context, projectId, username, actor));
      },
      /** The project as one archive (zip) to import elsewhere: services/export-project.ts. */
      exportArchive: (projectId: number, actor: Actor) => exportProject(context, projectId, actor),
      /** A project archive imported as a new project, the importer (if any) its owner: services/import-project.ts. */
      importArchive: (input: ProjectImportInput, importer: Principal | undefined, actor: Actor) => importProject(context, input, importer, actor),
    },
    documents: {
      /** Imports a French document; with `translation`, aligns that English version onto it and fills the targets it can. */
      import: (input: ImportDocumentInput & { translation?: AlignSide | undefined; assist?: AlignAssist | undefined }, actor: Actor) => importWithTranslation(context, input, actor),
      /** Aligns an English version onto an existing document (targets already typed are kept). */
      alignTranslation: (id: number, english: AlignSide, actor: Actor, assist?: AlignAssist) => alignTranslation(context, id, english, actor, assist),
      /** The alignment view: an English version aligned for review, corrected link by link, then accepted. */
      alignment: {
        start: (id: number, english: AlignSide, actor: Actor, assist?: AlignAssist) => startAlignmentReview(context, id, english, actor, assist),
        get: (id: number) => getAlignmentReview(context, id),
        save: (id: number, input: { version: number; links: ReviewLink[] }, actor: Actor) => saveAlignmentReview(context, id, input, actor),
        accept: (id: number, input: { version: number; links?: ReviewLink[] | undefined }, actor: Actor) => acceptAlignmentReview(context, id, input, actor),
        discard: (id: number, actor: Actor) => discardAlignmentReview(context, id, actor),
      },
      list: (principal?: Principal, projectId?: number) => listDocuments(context, principal, projectId),
      count: () => context.store.documents.count(),
      get: (id: number) => getDocument(context, id),
      delete: (id: number, actor: Actor) => deleteDocument(context, id, actor),
      export: (input: ExportDocumentInput, actor?: Actor) => exportDocument(context, input, actor),
      /** The live preview page of the English (formats/preview.ts). */
      preview: (id: number, actor?: Actor) => previewDocument(context, id, actor),
      segments: (id: number, query: SegmentListQuery) => listSegments(context, id, query),
      /** Find in the whole document; replace in its targets (a batch, undone together). */
      find: (id: number, input: FindInput, actor?: Actor) => findInDocument(context, id, input, actor),
      replace: (id: number, input: ReplaceInput, actor: Actor) => replaceInDocument(context, id, input, actor),
      undoReplace: (id: number, batch: string, actor: Actor) => undoReplace(context, id, batch, actor),
      ensureDemo: (actor: Actor) => ensureDemoDocument(context, actor),
      /** Deletes documents whose import a crash interrupted; returns how many. */
      sweepAbandonedImports: () => sweepAbandonedImports(context),
      updateSource: (input: SourceUpdateInput, actor: Actor) => updateSource(context, input, actor),
      /** Takes back a bilingual file (XLIFF) exported from the document as an update of its targets. */
      importTargets: (input: TargetsImportInput, actor: Actor) => importTargets(context, input, actor),
      /** Says which segment of the document the user is on (null: none); a segment of another document is NotFound. */
      setPresence: async (id: number, username: string, segmentId: number | null) => {
        if (segmentId !== null) {
          const segment = await context.store.segments.get(segmentId);
          if (!segment || segment.documentId !== id) throw new NotFoundError('segment of this document', segmentId);
        }
        return live.setPresence(id, username, segmentId);
      },
      reviewReport: (id: number, options: { since?: string | undefined; render?: 'json' | 'html' }, actor?: Actor) => reviewReport(context, id, options, actor),
      stats: (id: number) => documentStats(context, id),
    },
    segments: {
      edit: (input: EditSegmentInput, actor: Actor) => saves.track(editSegment(context, input, actor)),
      revisions: (id: number) => listRevisions(context, id),
      diff: (id: number, from: TextRef, to: TextRef) => diffSegment(context, id, from, to),
      restore: (input: { segmentId: number; revisionId: number; version: number }, actor: Actor) => restoreRevision(context, input, actor),
      comments: (id: number) => listComments(context, id),
      suggestions: (id: number) => suggestionsFor(context, id),
      comment: (input: { segmentId: number; body: string; replyTo?: number | undefined }, actor: Actor) => addComment(context, input, actor),
      resolveComment: (commentId: number, resolved: boolean, actor: Actor) => resolveComment(context, commentId, resolved, actor),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
