export { type AlignmentLink, type AlignOptions, type AlignWeights, type AlignWork, alignParagraphs, defaultWeights } from './align';
export { type CalibrationConstants, calibration, calibrationConstants, calibrationFeatures, type LinkEvidence, linkProbability } from './calibration';
export { looksLikeHeading } from './headings';
export { englishStem, frenchRenderings, frenchVerbRenderings, lexicalWords } from './lexicon';
export { type Anchors, anchorsOf, glossaryAnchors } from './anchors';
export { checkLinks, mergeWithNext, reconcile, type ReviewLink, type Side, shift, split, unlink } from './review';
export { maxParagraphChars, minimumSentenceScore, type SentencePair, sentencePairs } from './sentence-pairs';
