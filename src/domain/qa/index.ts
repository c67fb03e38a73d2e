export { checkDocument, checkIds, checkPair, type CheckId, checks, pairOf, type QaSettings } from './registry';
export { type Check, type CheckDeclaration, type Finding, type GlossaryEntry, type Pair, type ProjectPair, type QaContext, type Severity, type Span } from './types';
