import type { z } from '@hono/zod-openapi';
import type * as schemas from '../http/schemas';

/** The API's shapes, inferred from the same zod schemas that validate them (types only: nothing is bundled). */
export type Project = z.infer<typeof schemas.Project>;
export type DocumentSummary = z.infer<typeof schemas.DocumentSummary>;
export type ListedSegment = z.infer<typeof schemas.ListedSegment>;
export type EditedSegment = z.infer<typeof schemas.EditedSegment>;
export type Member = z.infer<typeof schemas.Member>;
export type Token = z.infer<typeof schemas.Token>;
export type User = z.infer<typeof schemas.User>;
export type AuditEvent = z.infer<typeof schemas.AuditEvent>;
export type Revision = z.infer<typeof schemas.Revision>;
export type DiffOp = z.infer<typeof schemas.DiffOp>;
export type Comment = z.infer<typeof schemas.Comment>;
export type Thread = z.infer<typeof schemas.Thread>;
export type { AcceptedAlignment, AlignmentReview, AnalysisReport, DocumentQa, DocumentStats, FindingView, FoundInDocument, ReplaceResult, SegmentFinding, UndoReplaceResult, MtStatus, ReviewReport, SourceUpdateSummary, Suggestion, SuggestionList, TargetsImportSummary } from '../http/api-types';
import type { TranslationAlignment } from '../http/api-types';

export interface ImportedDocument {
  id: number;
  title: string;
  segmentCount: number;
  /** Segments a bilingual file said were translated, kept as drafts for their QA errors. */
  heldForQa: number[];
  /** When an English version was sent beside the French: what the alignment filled and left. */
  alignment?: TranslationAlignment;
}
