export { assemble, rebuildSource, type SegmentCut } from './assemble';
export { joinLines, joiner, restoreLines } from './joining';
export { segmentPlainText } from './plain-text';
export { frenchRules, hasTranslatableText } from './rules';
export type { LineJoin, SegmentedText, SourceSegment, TextRange } from './types';
export { hardWrapWidth, wrapText } from './wrap';
