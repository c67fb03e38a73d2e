import { type RevisionOrigin, type Segment, type SegmentKind, type Status, statuses } from '../domain/segment';
import type { Role } from '../domain/permissions';
import type { LineJoin } from '../domain/segmentation';
import type { InlineCode } from '../domain/inline';
import type { ReviewLink } from '../domain/align/review';
import type { QaSettings } from '../domain/qa';
import type { AnalysisWeights } from '../domain/analysis';
import type { MatchBounds } from '../domain/tm/match';

/**
 * The store interface: what the services need from persistence, nothing about SQL.
 * Implemented once over Kysely (kysely-store.ts) and opened on SQLite (sqlite.ts) or, later,
 * PostgreSQL with the same code. Tests use the real thing, never a mock.
 */
export interface Store {
  readonly accounts: AccountRepository;
  readonly projects: ProjectRepository;
  readonly audit: AuditRepository;
  readonly documents: DocumentRepository;
  readonly segments: SegmentRepository;
  readonly revisions: RevisionRepository;
  readonly comments: CommentRepository;
  readonly mtCache: MtCacheRepository;
  readonly memory: MemoryRepository;
  readonly jobs: JobRepository;
  readonly glossary: GlossaryRepository;
  readonly loginThrottle: LoginThrottleRepository;
  readonly alignments: AlignmentReviewRepository;
  readonly qaIgnores: QaIgnoreRepository;
  readonly system: SystemRepository;
  readonly archives: ArchiveRepository;
  /**
   * True when `segments.updateRecorded` is one statement, atomic by itself (PostgreSQL): a change
   * that writes only the segment and its revision then needs no transaction around it, saving two
   * round trips to the database on every draft save.
   */
  readonly changesInOneStatement: boolean;
  /** Runs `work` in one transaction: all its writes land, or none do. Nested calls join the outer one. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL: the connection pool as it stands, for the metrics. Absent on SQLite, which has one
   * connection and no pool to wait for (a wait for its lock shows in the requests' times).
   */
  connections?(): ConnectionCounts;
  close(): Promise<void>;
}

/** A connection pool's state: connections open, of which idle, and queries waiting for one. */
export interface ConnectionCounts {
  total: number;
  idle: number;
  waiting: number;
}

export interface UserRecord {
  id: number;
  username: string;
  isAdmin: boolean;
  createdAt: string;
}

export interface TokenRecord {
  id: number;
  userId: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The database itself, for the readiness check. */
export interface SystemRepository {
  /** The names of the migrations applied to the database, in order. */
  appliedMigrations(): Promise<string[]>;
}

/** Users with their sessions and API tokens. Session ids and tokens arrive here already hashed. */
export interface AccountRepository {
  createUser(user: { username: string; passwordHash: string; isAdmin: boolean }, now: string): Promise<UserRecord>;
  getUser(id: number): Promise<UserRecord | undefined>;
  /**
   * By the exact spelling, else under Unicode case folding and NFC (domain/username.ts); with the
   * password hash, for signing in.
   */
  findUser(username: string): Promise<(UserRecord & { passwordHash: string }) | undefined>;
  listUsers(): Promise<UserRecord[]>;
  countUsers(): Promise<number>;
  /** Records that the first-run setup made `userId`; false when a setup already did (one ever). */
  claimSetup(userId: number, now: string): Promise<boolean>;
  /**
   * Replaces the user's name by `pseudonym` wherever work or events are attributed to it
   * (revisions, comments, memory, jobs, reviews, QA overrides, the audit log, whose addresses for
   * the user's events are cleared too) and forgets their login counters: personal data goes, the
   * history stays readable.
   */
  forget(user: { username: string }, pseudonym: string): Promise<void>;
  /** Accounts that collided with an older one when usernames became Unicode-aware (migration 021). */
  collidingUsernames(): Promise<string[]>;
  setPassword(userId: number, passwordHash: string, now: string): Promise<void>;
  createSession(session: { idHash: string; userId: number; expiresAt: string }, now: string): Promise<void>;
  /** The session's user, if the session exists and has not expired at `now`. */
  sessionUser(idHash: string, now: string): Promise<UserRecord | undefined>;
  /** When the session expires, if it exists. */
  sessionExpiresAt(idHash: string): Promise<string | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Forgets sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  /** Ends every session of the user but the one given (hashed), if any; returns how many ended. */
  deleteSessionsOf(userId: number, exceptIdHash?: string): Promise<number>;
  setAdmin(userId: number, isAdmin: boolean, now: string): Promise<void>;
  countAdmins(): Promise<number>;
  /** Deletes the user with their sessions, tokens and memberships; revisions keep the name. */
  deleteUser(userId: number): Promise<boolean>;
  createToken(token: { userId: number; name: string; tokenHash: string }, now: string): Promise<TokenRecord>;
  /** The token's user, if the token exists and is not revoked. */
  tokenUser(tokenHash: string): Promise<UserRecord | undefined>;
  listTokens(userId: number): Promise<TokenRecord[]>;
  /** Revokes a token of this user; false when there is no such live token. */
  revokeToken(userId: number, tokenId: number, now: string): Promise<boolean>;
  /** Revokes every live token of the user (account recovery); returns how many. */
  revokeTokensOf(userId: number, now: string): Promise<number>;
}

export interface ProjectRecord {
  id: number;
  name: string;
  createdAt: string;
  documentCount: number;
  settings: ProjectSettings;
}

/** How machine translation serves a project. */
export interface ProjectSettings {
  targetLang: 'en-US' | 'en-GB';
  formality: 'default' | 'more' | 'less';
  /** Quality checks turned off or with another severity (domain/qa). */
  qa: QaSettings;
  /** The weighting table of word-count analyses (domain/analysis); always there when read, kept as it is when left out of a write. */
  analysisWeights?: AnalysisWeights;
}

export interface ProjectRepository {
  create(name: string, now: string): Promise<ProjectRecord>;
  get(id: number): Promise<ProjectRecord | undefined>;
  /** Case-insensitive, as names are unique regardless of case. */
  findByName(name: string): Promise<ProjectRecord | undefined>;
  /** Oldest first: the first one is where documents go when no project is named. */
  list(): Promise<ProjectRecord[]>;
  members(projectId: number): Promise<MemberRecord[]>;
  updateSettings(projectId: number, settings: ProjectSettings): Promise<void>;
  /**
   * Inside a transaction: makes other transactions that lock the same project wait until this one
   * ends (PostgreSQL's row lock; SQLite runs one write transaction at a time anyway).
   */
  lock(projectId: number): Promise<void>;
  /** The user's role in each project they belong to. */
  rolesOf(userId: number): Promise<Map<number, Role>>;
  addMember(projectId: number, userId: number, role: Role, now: string): Promise<void>;
  /** False when the user is not a member. */
  setRole(projectId: number, userId: number, role: Role): Promise<boolean>;
  /** False when the user was not a member. */
  removeMember(projectId: number, userId: number): Promise<boolean>;
  /**
   * The project holding a project, document or segment, and the user's role in it (null when
   * not a member), in one query; undefined when the thing does not exist.
   */
  access(target: AccessTarget, userId: number): Promise<{ projectId: number; role: Role | null } | undefined>;
}

/** Something a project holds, by id. */
export interface AccessTarget {
  kind: 'project' | 'document' | 'segment' | 'comment' | 'job' | 'term';
  id: number;
}

export interface MemberRecord {
  userId: number;
  username: string;
  role: Role;
  addedAt: string;
}

export interface AuditEvent {
  id: number;
  at: string;
  event: string;
  actor: string | null;
  subject: string | null;
  projectId: number | null;
  address: string | null;
  detail: Record<string, unknown> | null;
}

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

/** The append-only log of security events. */
export interface AuditRepository {
  append(event: NewAuditEvent): Promise<void>;
  /** Newest first; `before` pages back by id. */
  list(query: { before?: number | undefined; limit: number; event?: string | undefined }): Promise<AuditEvent[]>;
  /** How many `event`s match the subject or the address since `since`, and when the oldest of them was. */
  countSince(query: { event: string; subject?: string; address?: string }, since: string): Promise<{ count: number; oldest: string | null }>;
}

/** Sign-in attempt counters by key (domain/login-throttle.ts). */
export interface LoginThrottleRepository {
  /**
   * Adds one attempt to each key's counter (starting it afresh when it began at or before
   * `windowStart`) and returns the counters with this attempt included. Inside a transaction the
   * rows stay locked until it ends, so concurrent reservations of one key are counted one by one.
   */
  reserve(keys: readonly string[], now: string, windowStart: string): Promise<Map<string, { count: number; since: string; nextAt: string | null }>>;
  setNextAt(key: string, nextAt: string): Promise<void>;
  /** Gives back one attempt on each key (a sign-in that succeeded was no failure). */
  release(keys: readonly string[]): Promise<void>;
  clear(key: string): Promise<void>;
  /** Forgets counters whose window began at or before `windowStart`. */
  deleteStale(windowStart: string): Promise<void>;
}

export interface DocumentRecord {
  id: number;
  projectId: number;
  title: string;
  format: string;
  encoding: string;
  bom: boolean;
  trailer: string;
  /**
   * Imported with inline codes (every import now). False for documents imported before codes
   * existed: their inline markup (Markdown's `**`) is text in source and target, exported as typed.
   */
  inlineCodes: boolean;
  createdAt: string;
  /** When the document or one of its segments last changed. */
  updatedAt: string;
}

export interface NewDocument {
  projectId: number;
  title: string;
  format: string;
  encoding: string;
  bom: boolean;
  trailer: string;
  /** The original file, for formats the English is written into (DOCX). */
  package?: Uint8Array | undefined;
}

/** Segment and word counts of a document, in total and by status. */
export interface DocumentStatistics {
  segments: number;
  words: number;
  byStatus: Record<Status, { segments: number; words: number }>;
}

/** Statistics of a document with no segments. */
export function emptyStatistics(): DocumentStatistics {
  const byStatus = Object.fromEntries(statuses.map((status) => [status, { segments: 0, words: 0 }]));
  return { segments: 0, words: 0, byStatus: byStatus as DocumentStatistics['byStatus'] };
}

export interface DocumentRepository {
  /**
   * With `importing`, the document stays invisible (to get, list, count and access checks) until
   * `finishImport`: an import writes its segments in several transactions.
   */
  create(document: NewDocument, now: string, options?: { importing?: boolean }): Promise<DocumentRecord>;
  /** Notes an import's progress (a chunk written), so that the sweep does not take it for abandoned. */
  importProgress(id: number, now: string): Promise<void>;
  /** Makes an imported document visible. */
  finishImport(id: number): Promise<void>;
  /** Deletes documents whose import made no progress since `before` (left by a crash); returns how many. */
  deleteAbandonedImports(before: string): Promise<number>;
  get(id: number): Promise<DocumentRecord | undefined>;
  /** Most recently changed first; only those of one project when given. */
  list(projectId?: number): Promise<DocumentRecord[]>;
  count(): Promise<number>;
  /** Records a new source's encoding, what follows its last segment and its file (DOCX). */
  setSource(id: number, source: { encoding: string; bom: boolean; trailer: string; package?: Uint8Array | undefined }, now: string): Promise<void>;
  /** The original file kept for formats the English is written into; undefined for the others. */
  sourcePackage(id: number): Promise<Uint8Array | undefined>;
  /** Deletes the document with its segments and revisions; false when there was none. */
  delete(id: number): Promise<boolean>;
  /** Statistics for the given documents (every document when omitted); documents without segments are absent. */
  statistics(ids?: readonly number[]): Promise<Map<number, DocumentStatistics>>;
}

export interface NewSegment {
  /** Where it goes; 0…n-1 in the given order when absent. */
  position?: number;
  kind: SegmentKind;
  source: string;
  /** The source's inline codes; empty for a plain segment. */
  codes: InlineCode[];
  /** The text as it was in the file, when `restoreLines(source, joins)` does not give it back. */
  original?: string | undefined;
  /** A bilingual file's id of the unit. */
  key?: string | undefined;
  /** A translation that came with the source (a bilingual file): the segment starts with it. */
  target?: string | undefined;
  status?: Status | undefined;
  prefix: string;
  joins: LineJoin[];
  wordCount: number;
  /** `searchKey(source)` (domain/search.ts): what the editor's search matches while the target is empty. */
  searchText: string;
}

/** A segment as listed in the editor: with how many other segments repeat its source. */
export interface ListedSegment extends Segment {
  repetitions: number;
  /** Open comment threads, and all comments. */
  comments: { open: number; total: number };
  /** Who made the latest change (null: an import or a change without a signed-in author). */
  lastAuthor: string | null;
}

export interface SegmentQuery {
  statuses?: readonly Status[] | undefined;
  /** Folded text (domain/search.ts) to find in the source or the target. */
  search?: string | undefined;
  /** Only segments after this position. */
  afterPosition?: number | undefined;
  /** Only these segments. */
  ids?: readonly number[] | undefined;
  offset: number;
  limit: number;
}

/**
 * One page of a long list, by its key (a segment's position, a revision's or comment's id):
 * the rows after `after`, at most `limit` of them. Work that reads a whole document reads it a
 * page at a time, so that no single query holds the event loop for the whole document.
 */
export interface PageAfter {
  after: number;
  limit: number;
}

/** What an export needs of each segment, in document order. */
export interface SkeletonSegment {
  id: number;
  position: number;
  version: number;
  key: string | null;
  kind: SegmentKind;
  prefix: string;
  source: string;
  joins: LineJoin[];
  codes: InlineCode[];
  original: string | null;
  target: string;
  status: Status;
}

/** Where a segment goes in its document after a source update, with its new source. */
export interface SegmentPlace {
  position: number;
  kind: SegmentKind;
  prefix: string;
  joins: LineJoin[];
  source: string;
  codes: InlineCode[];
  original?: string | undefined;
  wordCount: number;
}

/** What a change writes to a segment, as domain/change.ts decided it. */
export interface SegmentWrite {
  target: string;
  status: Status;
  /** The source-changed mark after the change. */
  sourceChanged: boolean;
}

export interface SegmentRepository {
  /** Inserts the segments of a new document at positions 0…n-1; returns their ids in that order. */
  insertMany(documentId: number, segments: readonly NewSegment[], now: string): Promise<number[]>;
  /** Points every segment at the first segment of its document with the same source. */
  linkRepetitions(documentId: number): Promise<void>;
  get(id: number): Promise<Segment | undefined>;
  page(documentId: number, query: SegmentQuery): Promise<{ total: number; items: ListedSegment[] }>;
  /**
   * Writes target and status and bumps the version, only if the stored version is still
   * `current.version`; returns undefined (and writes nothing) otherwise.
   */
  update(current: Segment, change: SegmentWrite, now: string): Promise<Segment | undefined>;
  /**
   * `update`, and when it writes, appends `revision` (the change it records). On PostgreSQL one
   * statement, atomic by itself (see Store.changesInOneStatement); elsewhere only atomic inside a
   * transaction.
   */
  updateRecorded(current: Segment, change: SegmentWrite, now: string, revision: NewRevision): Promise<Segment | undefined>;
  /**
   * Gives `target` and `status` to the other repetitions of `segment` whose status is one of
   * `fillable` (domain/change.ts decides which); returns them as updated.
   */
  fillRepetitions(segment: Segment, fill: { target: string; status: Status; fillable: readonly Status[] }, now: string): Promise<Segment[]>;
  skeleton(documentId: number, page?: PageAfter): Promise<SkeletonSegment[]>;
  /** The live (not archived) segments of a document, in order. */
  active(documentId: number, page?: PageAfter): Promise<Segment[]>;
  /**
   * The confirmed (translated or approved) live segments of a project's documents but one, with
   * their document's name: what the consistency check compares a document with.
   */
  confirmedInProject(projectId: number, exceptDocumentId: number, page?: { offset: number; limit: number }): Promise<Array<{ document: string; position: number; source: string; target: string; codes: InlineCode[] }>>;
  /** The live segments of a document at these positions (those that exist), in order. */
  atPositions(documentId: number, positions: readonly number[]): Promise<Segment[]>;
  /** Moves every live segment of the document to a temporary negative position, so positions can be reassigned. */
  park(documentId: number): Promise<void>;
  /**
   * Rewrites a segment's place and source after a source update; the target is kept. With
   * `changedFrom`, the source changed: it is recorded as the previous source and the segment
   * takes `status`, `target` (the same, or fitted to new codes) and a new version.
   */
  relocate(
    segment: Segment,
    place: SegmentPlace,
    change: { changedFrom: string; status: Status; target: string } | undefined,
    now: string,
  ): Promise<Segment>;
  /**
   * `relocate` without a source change, for many segments at once (a few statements instead of one
   * per segment: a source update moves every segment after an inserted paragraph).
   */
  relocateMany(moves: ReadonlyArray<{ segment: Segment; place: SegmentPlace }>): Promise<void>;
  /** Takes a segment out of the document, keeping it and its history. */
  archive(id: number, now: string): Promise<void>;
}

export interface Revision {
  id: number;
  segmentId: number;
  documentId: number;
  origin: RevisionOrigin;
  author: string | null;
  createdAt: string;
  previousTarget: string | null;
  newTarget: string;
  previousStatus: Status | null;
  newStatus: Status;
  version: number;
  /** Confirmed or approved over QA errors: the reason given and the checks overridden. */
  qaOverride?: QaOverride | null;
  /** The replace-all this change was part of (undone together); null otherwise. */
  batch?: string | null;
}

export interface QaOverride {
  reason: string;
  checks: string[];
}

export type NewRevision = Omit<Revision, 'id'>;

export interface RevisionRepository {
  append(revisions: readonly NewRevision[]): Promise<void>;
  /** Newest first. */
  listForSegment(segmentId: number): Promise<Revision[]>;
  /**
   * For each of these segments with a revision made over QA errors: the latest such revision and
   * every one after it, newest first (what domain/change.ts standingOverride reads; the others, none).
   */
  sinceLatestOverride(segmentIds: readonly number[]): Promise<Revision[]>;
  /** Every revision of a document's segments, oldest first; only those made after `since` when given. */
  listForDocument(documentId: number, since?: string, page?: PageAfter): Promise<Revision[]>;
  /** The revisions of one replace-all of a document, in order. */
  listForBatch(documentId: number, batch: string): Promise<Revision[]>;
}

export interface CommentRecord {
  id: number;
  segmentId: number;
  documentId: number;
  /** The thread this replies to; null for the comment that starts a thread. */
  parentId: number | null;
  author: string | null;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export type NewComment = Omit<CommentRecord, 'id' | 'resolvedAt' | 'resolvedBy'>;

export interface CommentRepository {
  create(comment: NewComment): Promise<CommentRecord>;
  get(id: number): Promise<CommentRecord | undefined>;
  /** Oldest first. */
  listForSegment(segmentId: number): Promise<CommentRecord[]>;
  /** Oldest first. */
  listForDocument(documentId: number, page?: PageAfter): Promise<CommentRecord[]>;
  setResolved(id: number, resolved: { at: string; by: string | null } | null): Promise<void>;
}

/** Machine translations already paid for, by provider, options and source. */
export interface MtCacheRepository {
  /** The cached translations of these source hashes (those found). */
  get(provider: string, options: string, sourceHashes: readonly string[]): Promise<Map<string, string>>;
  put(provider: string, options: string, entries: ReadonlyArray<{ sourceHash: string; translation: string }>, now: string): Promise<void>;
}

export interface MemoryUnit {
  id: number;
  projectId: number;
  /** Plain text, or inline markup when `codes` is not empty (as a segment's). */
  source: string;
  target: string;
  codes: InlineCode[];
  previousHash: string | null;
  nextHash: string | null;
  quality: 'approved' | 'translated';
  segmentId: number | null;
  author: string | null;
  /** For a sentence unit, the paragraph unit it was aligned in. */
  parentId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A sentence of a paragraph unit and its English, stored with it (and gone with it). */
export interface NewSentenceUnit {
  source: string;
  target: string;
  terms: readonly string[];
}

export interface NewMemoryUnit {
  projectId: number;
  source: string;
  target: string;
  /** The inline codes of source and target (those of the segment it comes from); empty for plain text. */
  codes: InlineCode[];
  previousHash: string | null;
  nextHash: string | null;
  quality: 'approved' | 'translated';
  segmentId: number | null;
  author: string | null;
  /** Index terms (domain/tm) and folded text for concordance. */
  terms: readonly string[];
  searchText: string;
  /** Its aligned sentences (plain text), when it has several: found by lookups, not counted, searched or exported. */
  sentences?: readonly NewSentenceUnit[];
  /** When the unit was made and last changed, when it comes from elsewhere (a project archive); now otherwise. */
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
}

/** The translation memory of each project. */
export interface MemoryRepository {
  /** Adds a unit with its sentences, or replaces the one of the same segment (and its sentences). */
  put(unit: NewMemoryUnit, now: string): Promise<MemoryUnit>;
  /** Adds many units (an import) in chunks, with their sentences; returns their ids, in order. */
  putMany(units: readonly NewMemoryUnit[], now: string): Promise<number[]>;
  /** Deletes these units (an import that failed half-way), with their terms. */
  deleteUnits(ids: readonly number[]): Promise<void>;
  removeForSegment(segmentId: number): Promise<void>;
  /** The id of the unit a segment keeps in the memory, if any. */
  unitOfSegment(segmentId: number): Promise<number | undefined>;
  /** Units with exactly this source, sentence units included. */
  exact(projectId: number, source: string): Promise<MemoryUnit[]>;
  /** Which of these pairs the project's memory already holds, as `pairKey(source, target)` (services/memory.ts). */
  existingPairs(projectId: number, pairs: ReadonlyArray<{ source: string; target: string }>): Promise<Set<string>>;
  /** Units sharing the most of these terms, at most `limit`, sentence units included. */
  candidates(projectId: number, terms: readonly string[], limit: number): Promise<MemoryUnit[]>;
  /**
   * Every unit (up to `limit`, those sharing most terms first) that meets the bounds of a match at
   * a threshold (domain/tm matchBounds): weight in range and enough of the query's terms. A unit
   * outside cannot score that high, so none that can is missed while the limit is not reached.
   * A query with too few long words to require any gets the units of its weight sharing most of
   * them, then others of its weight (up to twice `limit`): there, a miss is possible.
   */
  within(projectId: number, bounds: MatchBounds, limit: number): Promise<MemoryUnit[]>;
  /** Concordance: units whose folded source or target contains the folded text. */
  search(projectId: number, folded: string, limit: number): Promise<MemoryUnit[]>;
  /** Every unit, oldest first (export); sentence units are not the memory's own and are left out. A page of them by id when given. */
  all(projectId: number, page?: PageAfter): Promise<MemoryUnit[]>;
  /** How many units, sentence units left out. */
  count(projectId: number): Promise<number>;
}

export const jobStates = ['queued', 'running', 'paused', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobRecord {
  id: number;
  kind: 'pretranslate';
  documentId: number;
  state: JobState;
  options: Record<string, unknown>;
  done: number;
  total: number;
  message: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** The process running it (while it runs), and until when its claim holds. */
  runner: string | null;
  leaseUntil: string | null;
}

export interface JobCondition {
  states?: readonly JobState[];
  runner?: string;
  leaseUntil?: string;
}

export interface JobRepository {
  create(job: { kind: 'pretranslate'; documentId: number; options: Record<string, unknown>; createdBy: string | null }, now: string): Promise<JobRecord>;
  get(id: number): Promise<JobRecord | undefined>;
  /**
   * Changes a job, only if it still matches `condition` (when given): in one of `states`, and
   * claimed by `runner`. A runner's update also extends its claim to `leaseUntil`. Undefined when
   * the job is missing or no longer matches (cancelled elsewhere, claim lost).
   */
  update(id: number, change: Partial<Pick<JobRecord, 'state' | 'done' | 'total' | 'message'>>, now: string, condition?: JobCondition): Promise<JobRecord | undefined>;
  /**
   * Claims a job for `runner` until `leaseUntil`, marking it running: only a queued job, or a
   * running one whose claim has lapsed. Undefined when another runner holds it.
   */
  claim(id: number, runner: string, now: string, leaseUntil: string): Promise<JobRecord | undefined>;
  /** Jobs nobody runs: queued, or running with a lapsed claim (their runner stopped); oldest first. */
  claimable(now: string): Promise<JobRecord[]>;
  /** The document's job that is still queued, running or paused, if any. */
  activeFor(documentId: number): Promise<JobRecord | undefined>;
  /** How many jobs are in each state (states with none are absent): one grouped count, for the metrics. */
  countByState(): Promise<Partial<Record<JobState, number>>>;
}

export interface GlossaryTerm {
  id: number;
  projectId: number;
  source: string;
  /** The English to use (variants separated by `;`); empty for an entry that only forbids renderings. */
  target: string;
  /** English renderings not to use for the term, separated by `;` (the glossary QA check flags them). */
  forbidden: string;
  notes: string;
  updatedAt: string;
}

/** What is written of a glossary entry. */
export type GlossaryTermFields = Pick<GlossaryTerm, 'source' | 'target' | 'forbidden' | 'notes'>;

export interface GlossaryRepository {
  list(projectId: number): Promise<GlossaryTerm[]>;
  get(id: number): Promise<GlossaryTerm | undefined>;
  /** Case-insensitive: a project has one entry per French term. */
  findBySource(projectId: number, source: string): Promise<GlossaryTerm | undefined>;
  create(term: GlossaryTermFields & { projectId: number }, now: string): Promise<GlossaryTerm>;
  update(id: number, change: GlossaryTermFields, now: string): Promise<GlossaryTerm | undefined>;
  delete(id: number): Promise<boolean>;
  /** The project glossary's copy at DeepL: its id, and whether it matches the terms. */
  deeplCopy(projectId: number): Promise<{ id: string | null; synced: boolean }>;
  setDeeplCopy(projectId: number, copy: { id: string | null; synced: boolean }): Promise<void>;
}

/**
 * Messages to every server process on the same database (PostgreSQL's LISTEN/NOTIFY), the sender
 * included, as JSON: best effort, like the live events they carry. `onGap` is called after the
 * channel was down (messages may have been lost meanwhile).
 */
export interface Broadcast<T> {
  send(message: T): void;
  receive(handler: (message: T) => void): void;
  onGap(handler: () => void): void;
}

/** An alignment under review (one per document): see domain/align/review.ts. */
export interface AlignmentReviewRecord {
  documentId: number;
  version: number;
  english: string[];
  links: ReviewLink[];
  /** Segment id → the text a first alignment wrote into its empty target. */
  filled: Record<number, string>;
  filename: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AlignmentReviewRepository {
  get(documentId: number): Promise<AlignmentReviewRecord | undefined>;
  /** Starts a review, replacing the document's previous one; version 1. */
  put(review: Omit<AlignmentReviewRecord, 'version' | 'createdAt' | 'updatedAt'>, now: string): Promise<AlignmentReviewRecord>;
  /** Saves corrected links if the review is still at `version`; undefined when it is not (or is gone). */
  saveLinks(documentId: number, version: number, links: readonly ReviewLink[], now: string): Promise<AlignmentReviewRecord | undefined>;
  /**
   * Closes the review if it is still at `version`, atomically: of concurrent accepts one takes it,
   * the others find it gone (PostgreSQL makes them wait for the first's commit). False when not taken.
   */
  take(documentId: number, version: number): Promise<boolean>;
  delete(documentId: number): Promise<void>;
}

/** A quality-check finding ignored with a reason, for one target text. */
export interface QaIgnore {
  segmentId: number;
  check: string;
  key: string;
  targetHash: string;
  reason: string;
  author: string | null;
  createdAt: string;
}

export interface QaIgnoreRepository {
  put(ignore: QaIgnore): Promise<void>;
  remove(segmentId: number, check: string, key: string): Promise<boolean>;
  forSegment(segmentId: number): Promise<QaIgnore[]>;
  forDocument(documentId: number): Promise<QaIgnore[]>;
}

/** A document as a project archive carries it: its stored columns, and whether it keeps its original file. */
export interface ArchiveDocument {
  id: number;
  title: string;
  format: string;
  encoding: string;
  bom: boolean;
  trailer: string;
  inlineCodes: boolean;
  createdAt: string;
  updatedAt: string;
  hasPackage: boolean;
}

/** A document to write from an archive, with its original file when it has one. */
export type NewArchiveDocument = Omit<ArchiveDocument, 'id' | 'hasPackage'> & { package?: Uint8Array | undefined };

/** A segment as a project archive carries it: every stored column but the derived ones (hashes, search text). */
export interface ArchiveSegment {
  id: number;
  documentId: number;
  /** For an archived segment, a place outside the document (its own, renumbered on import). */
  position: number;
  kind: SegmentKind;
  source: string;
  codes: InlineCode[];
  original: string | null;
  key: string | null;
  prefix: string;
  joins: LineJoin[];
  target: string;
  status: Status;
  version: number;
  repetitionOf: number | null;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  previousSource: string | null;
  sourceChanged: boolean;
  archivedAt: string | null;
}

/** A segment to write from an archive; its repetition link is set once every segment has its new id. */
export type NewArchiveSegment = Omit<ArchiveSegment, 'id' | 'repetitionOf'>;

/** A glossary entry as a project archive carries it. */
export interface ArchiveGlossaryTerm extends GlossaryTermFields {
  createdAt: string;
  updatedAt: string;
}

/**
 * What project archives (services/export-project.ts, import-project.ts) read and write beyond the
 * other repositories: rows with every stored column kept (times, versions, archived segments), and
 * the life of a project being imported, invisible (to get, list and access checks) until
 * `finishImport`, like a document being imported.
 */
export interface ArchiveRepository {
  /** Creates the project being imported: invisible, without members. */
  createProject(project: { name: string; settings: ProjectSettings }, now: string): Promise<number>;
  /** Notes an import's progress on the project and its documents, so that the sweep does not take them for abandoned. */
  importProgress(projectId: number, now: string): Promise<void>;
  /** Makes the project and its documents visible. */
  finishImport(projectId: number): Promise<void>;
  /** Every document of the project, being imported or not. */
  documentIds(projectId: number): Promise<number[]>;
  /** Deletes a project with all it holds (its documents first). */
  deleteProject(projectId: number): Promise<void>;
  /** Deletes projects whose import made no progress since `before` (left by a crash), with what they hold; returns how many. */
  deleteAbandonedImports(before: string): Promise<number>;
  /** The project's visible documents, oldest first. */
  documents(projectId: number): Promise<ArchiveDocument[]>;
  /** Adds a document to a project being imported (invisible until the project is finished); returns its id. */
  insertDocument(projectId: number, document: NewArchiveDocument, now: string): Promise<number>;
  /** A page of a document's segments by id, archived ones included. */
  segments(documentId: number, page: PageAfter): Promise<ArchiveSegment[]>;
  /** Writes segments as they are (several documents' at once); returns their ids, in order. */
  insertSegments(segments: readonly NewArchiveSegment[]): Promise<number[]>;
  /** Points segments at the segment they repeat. */
  linkRepetitions(links: ReadonlyArray<{ id: number; repetitionOf: number }>): Promise<void>;
  /** Gives a document's archived segments their place outside it, from their new ids (segments.repo `archive`). */
  placeArchivedSegments(documentId: number): Promise<void>;
  /** Writes comments as they are, without their thread; returns their ids, in order. */
  insertComments(comments: ReadonlyArray<Omit<CommentRecord, 'id' | 'parentId'>>): Promise<number[]>;
  /** Attaches replies to their thread. */
  linkReplies(links: ReadonlyArray<{ id: number; parentId: number }>): Promise<void>;
  /** Writes an alignment under review as it is (version and times kept). */
  insertAlignmentReview(review: AlignmentReviewRecord): Promise<void>;
  /** The project's glossary with every stored column. */
  glossary(projectId: number): Promise<ArchiveGlossaryTerm[]>;
  insertGlossary(projectId: number, terms: readonly ArchiveGlossaryTerm[]): Promise<void>;
}
