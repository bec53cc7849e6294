/**
 * Step 3 of near-duplicate detection: verify an LSH candidate pair on its exact shingle sets.
 *
 * Example: a wire story and the same story with the last two paragraphs cut share every shingle of
 * the shorter one (containment 1.0) though their Jaccard similarity is only 0.6.
 */

/** Size of the intersection of two sorted hash arrays. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** Jaccard similarity and containment (shared share of the smaller set) of two shingle sets. */
export function compareShingles(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number; smaller: number } {
  const shared = countShared(a, b);
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller, smaller };
}
