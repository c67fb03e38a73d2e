export { abbreviations } from './rules';
export { type Sentence, splitSentences } from './split';
