/** Text stage: raw article text → normalised text → cleaned text with headings and dropped pieces. */
export { normalizeText, encodingRepairs, type TextRepair } from './normalize-text.js';
export { cleanText } from './clean-text.js';
export { classifyLine, type LineKind } from './classify-line.js';
