/** Near-duplicates: MinHash + LSH over word shingles, verified on the exact shingle sets. */
export { findDuplicates } from './find-duplicates.js';
export { DuplicateIndex, type DuplicateInput } from './duplicate-index.js';
export { defaultDuplicateOptions, resolveDuplicateOptions, type DuplicateOptions } from './options.js';
