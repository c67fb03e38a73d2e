import type { FormatDescription } from '../formats/registry';
import type { ReviewLink } from '../domain/align/review';
import type { InlineCode } from '../domain/inline';
import type { QaSettings } from '../domain/qa';
import type { AnalysisWeights } from '../domain/analysis';
import type { Status } from '../domain/segment';
import type { Role } from '../domain/permissions';
import type {
  AcceptedAlignment,
  AlignmentReview,
  AnalysisReport,
  AuditEvent,
  DocumentQa,
  FoundInDocument,
  ReplaceResult,
  UndoReplaceResult,
  Comment,
  DiffOp,
  DocumentStats,
  DocumentSummary,
  EditedSegment,
  ImportedDocument,
  ListedSegment,
  Member,
  Project,
  ReviewReport,
  Revision,
  SourceUpdateSummary,
  TargetsImportSummary,
  SuggestionList,
  MtStatus,
  Thread,
  Token,
  User,
} from './types';

/** A refused request, with the server's problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiError(0, 'network_error', 'network', {});
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(response.status, String(body.code ?? 'http_error'), String(body.detail ?? response.statusText), body);
  }
  return body as T;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export interface SegmentPage {
  total: number;
  items: ListedSegment[];
}

export interface GlossaryEntry {
  id: number;
  source: string;
  /** The English to use (variants separated by `;`); empty for an entry that only forbids. */
  target: string;
  /** English renderings not to use, separated by `;`. */
  forbidden: string;
  notes: string;
  updatedAt: string;
}

export interface MemoryUnit {
  id: number;
  /** Plain, or inline markup when `codes` is not empty. */
  source: string;
  target: string;
  codes: InlineCode[];
  quality: 'approved' | 'translated';
  author: string | null;
  updatedAt: string;
}

export interface Job {
  id: number;
  documentId: number;
  state: 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  message: string | null;
}

export interface Me {
  id: number;
  username: string;
  isAdmin: boolean;
}

/** A file format of the server's registry (GET /api/formats). */
export type FileFormat = FormatDescription;

export const api = {
  me: () => request<Me>('/api/auth/me'),
  formats: () => request<{ items: FileFormat[] }>('/api/formats'),
  login: (username: string, password: string) => request<void>('/api/auth/login', json('POST', { username, password })),
  logout: () => request<void>('/api/auth/logout', { method: 'POST' }),
  setupNeeded: () => request<{ needed: boolean }>('/api/setup'),
  setup: (secret: string, username: string, password: string) => request<Me>('/api/setup', json('POST', { secret, username, password })),
  listProjects: () => request<{ items: Project[] }>('/api/projects'),
  createProject: (name: string) => request<Project>('/api/projects', json('POST', { name })),
  listDocuments: (projectId?: number) => request<{ items: DocumentSummary[] }>(`/api/documents${projectId ? `?projectId=${projectId}` : ''}`),
  getDocument: (id: number) => request<DocumentSummary>(`/api/documents/${id}`),
  deleteDocument: (id: number) => request<void>(`/api/documents/${id}`, { method: 'DELETE' }),
  uploadDocument: (file: File, projectId: number | undefined, title?: string, translation?: File) => {
    const form = new FormData();
    form.append('file', file);
    if (translation) form.append('translation', translation);
    if (title) form.append('title', title);
    if (projectId) form.append('projectId', String(projectId));
    return request<ImportedDocument>('/api/documents', { method: 'POST', body: form });
  },
  segments: (id: number, query: { status?: string; q?: string; offset: number; limit: number; after?: number }) => {
    const params = new URLSearchParams({ offset: String(query.offset), limit: String(query.limit) });
    // The QA filters ride on the status filter's menu: qa:findings, qa:errors.
    if (query.status?.startsWith('qa:')) params.set('qa', query.status.slice(3));
    else if (query.status) params.set('status', query.status);
    if (query.q) params.set('q', query.q);
    if (query.after !== undefined) params.set('after', String(query.after));
    return request<SegmentPage>(`/api/documents/${id}/segments?${params}`);
  },
  editSegment: (id: number, change: { target?: string; status?: Status; version: number; comment?: string; origin?: 'mt' | 'tm'; qaOverride?: { reason: string } }) =>
    request<EditedSegment>(`/api/segments/${id}`, json('PATCH', change)),
  revisions: (id: number) => request<{ items: Revision[] }>(`/api/segments/${id}/revisions`),
  diff: (id: number, from: string | number, to: string | number = 'current') =>
    request<{ ops: DiffOp[] }>(`/api/segments/${id}/diff?from=${encodeURIComponent(String(from))}&to=${encodeURIComponent(String(to))}`),
  restore: (id: number, revision: number, version: number) => request<EditedSegment>(`/api/segments/${id}/restore`, json('POST', { revision, version })),
  comments: (id: number) => request<{ items: Thread[] }>(`/api/segments/${id}/comments`),
  addComment: (id: number, body: string, replyTo?: number) => request<Comment>(`/api/segments/${id}/comments`, json('POST', { body, replyTo })),
  resolveComment: (id: number, resolved: boolean) => request<Thread>(`/api/comments/${id}`, json('PATCH', { resolved })),
  updateSource: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<SourceUpdateSummary>(`/api/documents/${id}/source`, { method: 'POST', body: form });
  },
  importTargets: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<TargetsImportSummary>(`/api/documents/${id}/targets`, { method: 'POST', body: form });
  },
  alignment: (id: number) => request<AlignmentReview>(`/api/documents/${id}/alignment`),
  documentQa: (id: number) => request<DocumentQa>(`/api/documents/${id}/qa`),
  find: (id: number, query: { find: string; options: Partial<Record<'caseSensitive' | 'wholeWord' | 'regex' | 'ignoreAccents', boolean>>; in: 'both' | 'source' | 'target' }) => {
    const params = new URLSearchParams({ q: query.find, in: query.in });
    const flags = { caseSensitive: 'case', wholeWord: 'word', regex: 'regex', ignoreAccents: 'accents' } as const;
    for (const [option, name] of Object.entries(flags)) if (query.options[option as keyof typeof flags]) params.set(name, '1');
    return request<FoundInDocument>(`/api/documents/${id}/find?${params}`);
  },
  replace: (id: number, body: { find: string; replace: string; options: Partial<Record<'caseSensitive' | 'wholeWord' | 'regex' | 'ignoreAccents', boolean>>; dryRun?: boolean; segmentIds?: number[] }) =>
    request<ReplaceResult>(`/api/documents/${id}/replace`, json('POST', body)),
  undoReplace: (id: number, batch: string) => request<UndoReplaceResult>(`/api/documents/${id}/replace/undo`, json('POST', { batch })),
  ignoreFinding: (segmentId: number, body: { check: string; key: string; reason: string }) => request<{ items: unknown[] }>(`/api/segments/${segmentId}/qa/ignore`, json('POST', body)),
  startAlignment: (id: number, file: File, machineTranslation = false) => {
    const form = new FormData();
    form.append('file', file);
    return request<AlignmentReview>(`/api/documents/${id}/alignment${machineTranslation ? '?assist=mt' : ''}`, { method: 'POST', body: form });
  },
  saveAlignment: (id: number, version: number, links: ReviewLink[]) => request<AlignmentReview>(`/api/documents/${id}/alignment`, json('PUT', { version, links })),
  acceptAlignment: (id: number, version: number, links: ReviewLink[]) => request<AcceptedAlignment>(`/api/documents/${id}/alignment/accept`, json('POST', { version, links })),
  discardAlignment: (id: number) => request<void>(`/api/documents/${id}/alignment`, { method: 'DELETE' }),
  reviewReport: (id: number, since?: string) =>
    request<ReviewReport>(`/api/documents/${id}/review-report?format=json${since ? `&since=${encodeURIComponent(since)}` : ''}`),
  reviewReportUrl: (id: number, since?: string) => `/api/documents/${id}/review-report?format=html${since ? `&since=${encodeURIComponent(since)}` : ''}`,
  stats: (id: number) => request<DocumentStats>(`/api/documents/${id}/stats`),
  /** The document's word-count analysis against its project's memory. */
  analysis: (id: number) => request<AnalysisReport>(`/api/documents/${id}/analysis`),
  /** The word-count analysis of every document of the project, repetitions counted across them. */
  projectAnalysis: (id: number) => request<AnalysisReport>(`/api/projects/${id}/analysis`),
  presence: (id: number, segmentId: number | null) => request<unknown>(`/api/documents/${id}/presence`, json('POST', { segmentId })),
  eventsUrl: (id: number) => `/api/documents/${id}/events`,
  /** The live preview's page (a sandboxed frame's address, not fetched by script). */
  previewUrl: (id: number) => `/api/documents/${id}/preview`,
  suggestions: (id: number) => request<SuggestionList>(`/api/segments/${id}/suggestions`),
  mtStatus: () => request<MtStatus>('/api/mt/status'),
  pretranslate: (id: number, options: { memory: boolean; mt: boolean; minScore: number }) =>
    request<{ jobId: number }>(`/api/documents/${id}/pretranslate`, json('POST', options)),
  job: (id: number) => request<Job>(`/api/jobs/${id}`),
  cancelJob: (id: number) => request<Job>(`/api/jobs/${id}/cancel`, { method: 'POST' }),
  resumeJob: (id: number) => request<Job>(`/api/jobs/${id}/resume`, { method: 'POST' }),
  jobEventsUrl: (id: number) => `/api/jobs/${id}/events`,
  glossary: (projectId: number) => request<{ items: GlossaryEntry[] }>(`/api/projects/${projectId}/glossary`),
  addTerm: (projectId: number, term: { source: string; target: string; forbidden?: string; notes?: string }) =>
    request<GlossaryEntry>(`/api/projects/${projectId}/glossary`, json('POST', term)),
  updateTerm: (id: number, term: { source?: string; target?: string; forbidden?: string; notes?: string }) => request<GlossaryEntry>(`/api/glossary/${id}`, json('PATCH', term)),
  deleteTerm: (id: number) => request<void>(`/api/glossary/${id}`, { method: 'DELETE' }),
  glossaryExportUrl: (projectId: number) => `/api/projects/${projectId}/glossary/export?format=csv`,
  importGlossary: (projectId: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<{ added: number; updated: number }>(`/api/projects/${projectId}/glossary/import`, { method: 'POST', body: form });
  },
  searchMemory: (projectId: number, q: string) => request<{ items: MemoryUnit[] }>(`/api/projects/${projectId}/memory/search?q=${encodeURIComponent(q)}`),
  memoryExportUrl: (projectId: number) => `/api/projects/${projectId}/memory/export`,
  importMemory: (projectId: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<{ imported: number; skipped: number }>(`/api/projects/${projectId}/memory/import`, { method: 'POST', body: form });
  },
  updateProject: (projectId: number, settings: { targetLang?: 'en-US' | 'en-GB'; formality?: 'default' | 'more' | 'less'; qa?: QaSettings; analysisWeights?: AnalysisWeights }) =>
    request<Project>(`/api/projects/${projectId}`, json('PATCH', settings)),
  members: (projectId: number) => request<{ items: Member[] }>(`/api/projects/${projectId}/members`),
  getProject: (projectId: number) => request<Project>(`/api/projects/${projectId}`),
  addMember: (projectId: number, username: string, role: Role) => request<Member>(`/api/projects/${projectId}/members`, json('POST', { username, role })),
  changeRole: (projectId: number, username: string, role: Role) =>
    request<Member>(`/api/projects/${projectId}/members/${encodeURIComponent(username)}`, json('PATCH', { role })),
  removeMember: (projectId: number, username: string) =>
    request<void>(`/api/projects/${projectId}/members/${encodeURIComponent(username)}`, { method: 'DELETE' }),
  changePassword: (current: string, password: string) => request<void>('/api/account/password', json('POST', { current, password })),
  tokens: () => request<{ items: Token[] }>('/api/account/tokens'),
  createToken: (name: string) => request<{ token: string; record: Token }>('/api/account/tokens', json('POST', { name })),
  revokeToken: (id: number) => request<void>(`/api/account/tokens/${id}`, { method: 'DELETE' }),
  logoutEverywhere: () => request<{ ended: number }>('/api/auth/logout-everywhere', { method: 'POST' }),
  users: () => request<{ items: User[] }>('/api/admin/users'),
  createUser: (username: string, password: string, isAdmin: boolean) => request<User>('/api/admin/users', json('POST', { username, password, isAdmin })),
  updateUser: (username: string, change: { isAdmin?: boolean; password?: string }) =>
    request<User>(`/api/admin/users/${encodeURIComponent(username)}`, json('PATCH', change)),
  deleteUser: (username: string) => request<void>(`/api/admin/users/${encodeURIComponent(username)}`, { method: 'DELETE' }),
  audit: (before?: number) => request<{ items: AuditEvent[] }>(`/api/admin/audit?limit=100${before ? `&before=${before}` : ''}`),
  exportUrl: (id: number, format: string) => `/api/documents/${id}/export?format=${encodeURIComponent(format)}`,
};
