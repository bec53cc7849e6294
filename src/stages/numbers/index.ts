/** Numbers stage: numbers written with digits or words, with their values. */
export { findNumbers } from './parse-number.js';
export type { NumberMatch } from './parse-number.js';
