import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types for the query builder. Timestamps are ISO-8601 UTC strings in both SQLite and
 * PostgreSQL (see docs/decisions.md), so the same repository code serves both.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  audit_events: AuditEventsTable;
  documents: DocumentsTable;
  segments: SegmentsTable;
  revisions: RevisionsTable;
  comments: CommentsTable;
  mt_cache: MtCacheTable;
  tm_units: TmUnitsTable;
  tm_terms: TmTermsTable;
  jobs: JobsTable;
  glossary_terms: GlossaryTermsTable;
  login_throttle: LoginThrottleTable;
  alignment_reviews: AlignmentReviewsTable;
  qa_ignores: QaIgnoresTable;
  site_setup: SiteSetupTable;
}

/** The one row written by the first-run setup (id 1): its key lets one setup through. */
export interface SiteSetupTable {
  id: number;
  user_id: number;
  at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  /** The username folded for comparison (domain/username.ts), unique. */
  username_key: string | null;
  /** `scrypt$N$r$p$salt$hash` (see services/passwords.ts). */
  password_hash: string;
  is_admin: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not give working sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  /** en-US or en-GB: the English machine translation aims at. */
  target_lang: Generated<string>;
  /** default, more or less: a preference passed to the MT provider. */
  formality: Generated<string>;
  /** The project glossary's copy at DeepL, and whether it is current (1) or must be sent again (0). */
  deepl_glossary_id: Generated<string | null>;
  glossary_synced: Generated<number>;
  /** JSON: the project's changes to the quality checks (domain/qa QaSettings), migration 016. */
  qa_settings: ColumnType<string | null, string | null | undefined, string | null>;
  /** While an archive is imported into it (its last chunk's time): the project is invisible. Null once complete (migration 022). */
  importing_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON: the project's weighting table for word-count analyses (domain/analysis AnalysisWeights), null for the default one; migration 023. */
  analysis_weights: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MtCacheTable {
  provider: string;
  /** The options that change the output (target language, formality, glossary), as one key. */
  options: string;
  /** SHA-256 of the source text (and of its context, when one was sent). */
  source_hash: string;
  translation: string;
  created_at: string;
}

export interface ProjectMembersTable {
  project_id: number;
  user_id: number;
  /** A domain Role: viewer, translator, reviewer or owner. */
  role: string;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  event: string;
  /** Who did it (username), when someone was signed in. */
  actor: string | null;
  /** What or whom it was about: a username, a token name, a document id. */
  subject: string | null;
  project_id: number | null;
  /** The client's address, when the event came over HTTP. */
  address: string | null;
  /** JSON with the event's particulars (e.g. the old and new role). */
  detail: string | null;
}

export interface DocumentsTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  format: string;
  encoding: string;
  /** 1 when the uploaded file had a byte-order mark. */
  bom: number;
  /** The source skeleton after the last segment. */
  trailer: string;
  created_at: string;
  updated_at: string;
  /** While an import writes it (its last chunk's time): the document is invisible. Null once complete. */
  importing_at: string | null;
  /** 1: imported with inline codes; 0: older, its inline markup is text in source and target. */
  inline_codes: Generated<number>;
  /** The original file of a format the English is written into (DOCX); null for the others. */
  source_package: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
}

export interface SegmentsTable {
  id: Generated<number>;
  document_id: number;
  position: number;
  kind: string;
  source: string;
  /** SHA-256 of the source: repetitions are found by it (indexes on long text are not portable). */
  source_hash: string;
  /** The source skeleton between the previous segment and this one. */
  prefix: string;
  /** JSON array of the line breaks joined inside the source (LineJoin[]). */
  joins: string;
  /** JSON array of the source's inline codes (InlineCode[]); null for a plain segment. */
  codes: ColumnType<string | null, string | null | undefined, string | null>;
  /** The text as it was in the file, when the source (codes out, escapes read) does not spell it. */
  original: ColumnType<string | null, string | null | undefined, string | null>;
  /** A bilingual file's id of the unit (XLIFF), given back on export. */
  unit_key: ColumnType<string | null, string | null | undefined, string | null>;
  target: string;
  status: string;
  version: number;
  repetition_of: number | null;
  word_count: number;
  /** Folded source and target for text search (see domain/search.ts). */
  search_text: string;
  created_at: string;
  updated_at: string;
  /** The source before the last source update changed it. */
  previous_source: Generated<string | null>;
  /** 1 when a source update changed the source under an existing target. */
  source_changed: Generated<number>;
  /** When a source update removed it; archived segments are kept with their history. */
  archived_at: Generated<string | null>;
}

export interface CommentsTable {
  id: Generated<number>;
  segment_id: number;
  document_id: number;
  /** The thread's first comment, for a reply; null for a thread. */
  parent_id: number | null;
  author: string | null;
  body: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  segment_id: number;
  document_id: number;
  origin: string;
  author: string | null;
  created_at: string;
  previous_target: string | null;
  new_target: string;
  previous_status: string | null;
  new_status: string;
  /** The segment's version after this change. */
  segment_version: number;
  /** JSON {reason, checks}: confirmed over QA errors, and why (migration 016). */
  qa_override: ColumnType<string | null, string | null | undefined, string | null>;
  /** The replace-all the change was part of (migration 019). */
  batch: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ProjectRow = Selectable<ProjectsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type SegmentRow = Selectable<SegmentsTable>;
export type NewSegmentRow = Insertable<SegmentsTable>;
export type SegmentRowUpdate = Updateable<SegmentsTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type NewRevisionRow = Insertable<RevisionsTable>;

export interface TmUnitsTable {
  id: Generated<number>;
  project_id: number;
  source: string;
  target: string;
  source_hash: string;
  /** Hashes of the sources before and after, for in-context matches (null at the edges, or from TMX). */
  previous_hash: string | null;
  next_hash: string | null;
  /** approved, or translated (lower). */
  quality: string;
  /** The segment it comes from, if any: one unit per segment, kept up to date. */
  segment_id: number | null;
  author: string | null;
  /** Folded source and target, for concordance search. */
  search_text: string;
  /** JSON array of the inline codes of source and target (InlineCode[]); null for plain text. */
  codes: ColumnType<string | null, string | null | undefined, string | null>;
  /** For a sentence unit, the unit of the paragraph it was aligned in (migration 014); null otherwise. */
  parent_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The source's weight as the match score counts it (migration 020). */
  weight: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TmTermsTable {
  project_id: number;
  term: string;
  unit_id: number;
  /** The unit's weight, here too: a term's units are read by an index range of weights (migration 020). */
  weight: Generated<number>;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  document_id: number;
  /** queued, running, paused, done, failed, cancelled */
  state: string;
  /** JSON of the job's options. */
  options: string;
  done: number;
  total: number;
  message: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** The process running the job, and until when its claim holds (ISO time). */
  runner: string | null;
  lease_until: string | null;
}

export interface GlossaryTermsTable {
  id: Generated<number>;
  project_id: number;
  source_term: string;
  target_term: string;
  forbidden_terms: Generated<string>;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface LoginThrottleTable {
  key: string;
  count: number;
  since: string;
  next_at: string | null;
}

export interface AlignmentReviewsTable {
  document_id: number;
  version: number;
  /** JSON array of the English version's paragraphs (plain text). */
  english: string;
  /** JSON array of ReviewLink (domain/align/review.ts). */
  links: string;
  /** JSON object: segment id → the text a first alignment wrote into its empty target. */
  filled: string;
  filename: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface QaIgnoresTable {
  segment_id: number;
  check_id: string;
  key: string;
  /** SHA-256 of the target the finding was ignored on. */
  target_hash: string;
  reason: string;
  author: string | null;
  created_at: string;
}
