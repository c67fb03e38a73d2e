export { type AlignmentLink, type AlignOptions, alignParagraphs } from './align';
export { type Anchors, anchorsOf, glossaryAnchors } from './anchors';
export { checkLinks, mergeWithNext, reconcile, type ReviewLink, type Side, shift, split, unlink } from './review';
export { maxParagraphChars, minimumSentenceScore, type SentencePair, sentencePairs } from './sentence-pairs';
