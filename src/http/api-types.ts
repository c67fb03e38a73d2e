/**
 * The shapes of the API's answers that the use cases define (the JSON the routes send as the
 * services return it), for the browser code: the UI depends on the API's contract, here and in
 * schemas.ts, never on services/ itself (types only: nothing is bundled).
 */
export type {
  AcceptedAlignment,
  AnalysisReport,
  AlignmentReview,
  DocumentQa,
  DocumentStats,
  FindingView,
  FoundInDocument,
  MtStatus,
  ReplaceResult,
  ReviewReport,
  SegmentFinding,
  SourceUpdateSummary,
  Suggestion,
  SuggestionList,
  TargetsImportSummary,
  TranslationAlignment,
  UndoReplaceResult,
} from '../services';
