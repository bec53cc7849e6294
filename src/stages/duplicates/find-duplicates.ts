/**
 * Batch near-duplicate detection: exact copies, wire copies with a changed byline, trimmed copies
 * and lightly edited rewrites, grouped.
 */
import { DuplicateIndex, type DuplicateInput } from './duplicate-index.js';
import type { DuplicateOptions } from './options.js';

/** Groups (≥ 2 ids, sorted; groups sorted by first id) of texts that copy one another. */
export function findDuplicates(docs: readonly DuplicateInput[], options: Partial<DuplicateOptions> = {}): string[][] {
  const index = new DuplicateIndex(options);
  for (const doc of docs) index.add(doc);
  return index.groups();
}
