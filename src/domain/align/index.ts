export { type AlignmentLink, type AlignOptions, alignParagraphs } from './align';
export { type Anchors, anchorsOf, glossaryAnchors } from './anchors';
