/**
 * Every option of near-duplicate detection with its default, written in one place.
 */

/** Options of `findDuplicates` and `DuplicateIndex`. */
export interface DuplicateOptions {
  /** Words per shingle. Default 4: short enough that a changed word spoils few shingles. */
  shingleWords: number;
  /** MinHash permutations; must be a multiple of `bandRows`. Default 128. */
  permutations: number;
  /** Rows per LSH band (128 / 4 = 32 bands: pairs near Jaccard 0.4 and above meet in a band). Default 4. */
  bandRows: number;
  /** Least Jaccard similarity of shingle sets for a copy or a lightly edited rewrite. Default 0.5. */
  minJaccard: number;
  /** Least share of the shorter text's shingles found in the longer one (a trimmed copy). Default 0.8. */
  minContainment: number;
  /** Shingles the shorter text needs before containment alone may make it a copy. Default 20. */
  minContainedShingles: number;
  /** Earlier texts checked exactly per added text (those sharing the most bands first). Default 64. */
  maxCandidates: number;
  /** Seed of the hash functions; fixed so that results never vary between runs. Default 1. */
  seed: number;
}

/** The defaults of every near-duplicate option. */
export const defaultDuplicateOptions: Readonly<DuplicateOptions> = Object.freeze({
  shingleWords: 4,
  permutations: 128,
  bandRows: 4,
  minJaccard: 0.5,
  minContainment: 0.8,
  minContainedShingles: 20,
  maxCandidates: 64,
  seed: 1,
});

/** Fill unspecified options with their defaults; throws on a permutation count bands cannot split. */
export function resolveDuplicateOptions(options: Partial<DuplicateOptions> = {}): DuplicateOptions {
  const resolved = { ...defaultDuplicateOptions };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && key in defaultDuplicateOptions) (resolved as Record<string, unknown>)[key] = value;
  }
  if (resolved.permutations % resolved.bandRows !== 0) {
    throw new Error(`PARALLAX_BAD_OPTION: permutations (${resolved.permutations}) must be a multiple of bandRows (${resolved.bandRows})`);
  }
  return resolved;
}
