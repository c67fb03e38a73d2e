import type { Store } from '../store/store';
import type { Actor, ServiceContext } from './context';
import { ensureDemoDocument } from './demo-document';
import { deleteDocument, getDocument, listDocuments, listRevisions, listSegments, type SegmentListQuery } from './documents';
import { type EditSegmentInput, editSegment } from './edit-segment';
import { type ExportDocumentInput, exportDocument } from './export-document';
import { type ImportDocumentInput, importDocument } from './import-document';
import { createProject, getProject, listProjects } from './projects';
import {
  createToken,
  createUser,
  login,
  logout,
  logoutEverywhere,
  type NewUser,
  revokeToken,
  sessionUser,
  setupFlow,
  tokenUser,
} from './accounts';
import { defaultPasswordCost, type PasswordCost } from './passwords';

export type { Actor } from './context';
export type { DocumentSummary, SegmentListQuery } from './documents';
export type { EditedSegment, EditSegmentInput } from './edit-segment';
export { type ExportedDocument, untranslatedPolicies, type UntranslatedPolicy } from './export-document';
export type { ImportedDocument, ImportDocumentInput } from './import-document';
export type { ProjectRecord, UserRecord } from '../store/store';

export interface ServiceOptions {
  store: Store;
  now?: () => Date;
  /** Default 20 MB. */
  maxUploadBytes?: number;
  /** scrypt cost for new password hashes; lower it only in tests. */
  passwordCost?: PasswordCost;
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
  const context: ServiceContext = {
    store: options.store,
    now: options.now ?? (() => new Date()),
    maxUploadBytes: options.maxUploadBytes ?? defaultMaxUploadBytes,
    passwordCost: options.passwordCost ?? defaultPasswordCost,
  };
  return {
    maxUploadBytes: context.maxUploadBytes,
    accounts: {
      createUser: (input: NewUser) => createUser(context, input),
      listUsers: () => context.store.accounts.listUsers(),
      login: (input: { username: string; password: string }) => login(context, input),
      sessionUser: (token: string) => sessionUser(context, token),
      logout: (token: string) => logout(context, token),
      logoutEverywhere: (userId: number) => logoutEverywhere(context, userId),
      createToken: (input: { username: string; name: string }) => createToken(context, input),
      tokenUser: (token: string) => tokenUser(context, token),
      revokeToken: (userId: number, tokenId: number) => revokeToken(context, userId, tokenId),
      setup: setupFlow(context),
    },
    projects: {
      create: (input: { name: string }) => createProject(context, input),
      get: (id: number) => getProject(context, id),
      list: () => listProjects(context),
    },
    documents: {
      import: (input: ImportDocumentInput, actor: Actor) => importDocument(context, input, actor),
      list: (projectId?: number) => listDocuments(context, projectId),
      count: () => context.store.documents.count(),
      get: (id: number) => getDocument(context, id),
      delete: (id: number) => deleteDocument(context, id),
      export: (input: ExportDocumentInput) => exportDocument(context, input),
      segments: (id: number, query: SegmentListQuery) => listSegments(context, id, query),
      ensureDemo: (actor: Actor) => ensureDemoDocument(context, actor),
    },
    segments: {
      edit: (input: EditSegmentInput, actor: Actor) => editSegment(context, input, actor),
      revisions: (id: number) => listRevisions(context, id),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
