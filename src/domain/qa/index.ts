export { checkDocument, checkPair, checks, pairOf, type QaSettings } from './registry';
export { type Check, type CheckId, checkIds, type Finding, type GlossaryEntry, type Pair, type ProjectPair, type QaContext, type Severity, type Span } from './types';
