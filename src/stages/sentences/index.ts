/** Sentence stage: cleaned text → sentences with spans; repeated sentences dropped. */
export { splitSentences, splitParagraph } from './split-sentences.js';
export { dropRepeatedSentences } from './drop-repeated-sentences.js';
