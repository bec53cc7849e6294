/**
 * The LexRank peer's selection (bench/lexrank.ts), which was the summary's own before it chose by
 * covered word pairs (src/stages/summary/choose-sentences.ts).
 *
 * Greedy redundancy-free selection under a word budget (maximal marginal relevance): take the
 * candidate with the best `score − λ · (highest cosine to a sentence already taken)` among those
 * that still fit, skip any candidate that repeats a taken one (cosine ≥ `redundancy`), stop when
 * nothing fits or the best gain falls below `minRelative` of the best candidate's score.
 * Example: "Sanders won Nevada in a landslide." after "Sanders won a landslide victory in Nevada."
 * has cosine ≈ 0.8 and is skipped.
 */
import { cosine, type SparseVector } from '../src/stages/summary/term-vectors.js';

/** One sentence offered to the selection. */
export interface Candidate {
  /** The caller's index of the sentence; ties are broken by lower index. */
  index: number;
  score: number;
  /** Words the sentence spends from the budget. */
  words: number;
  vector: SparseVector;
}

/** Selection settings. Defaults in `defaultSelection`. */
export interface SelectionRules {
  /** Weight of the redundancy term in the gain. Default 1. */
  lambda: number;
  /** Cosine at or above which a candidate repeats a taken sentence and is never taken. Default 0.45. */
  redundancy: number;
  /** Stop when the best gain is below this share of the best candidate's score. Default 0.3. */
  minRelative: number;
  /** Only the best this many candidates by score are considered (keeps the loop small). Default 200. */
  pool: number;
}

/** Default selection settings. */
export const defaultSelection: Readonly<SelectionRules> = Object.freeze({
  lambda: 1,
  redundancy: 0.45,
  minRelative: 0.3,
  pool: 200,
});

/**
 * Pick candidates whose words sum to at most `budget`, in the order picked. When no candidate that
 * fits scores at least `minRelative` of the best one (for instance the best is 80 words and only
 * "Rear." fits a 10-word budget), the single best candidate is returned alone, over budget: one
 * whole sentence beats an empty summary, a cut sentence or a junk one.
 */
export function selectSentences(candidates: Candidate[], budget: number, rules: SelectionRules = defaultSelection): number[] {
  const pool = [...candidates]
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(1, rules.pool));
  if (pool.length === 0) return [];
  const fitting = pool.filter((c) => c.words <= budget);
  const floor = rules.minRelative * pool[0].score;
  const maxSim = new Float64Array(fitting.length);
  const taken = new Uint8Array(fitting.length);
  const picked: number[] = [];
  let left = budget;
  for (;;) {
    let bestAt = -1;
    let bestGain = -Infinity;
    for (let k = 0; k < fitting.length; k++) {
      const c = fitting[k];
      if (taken[k] || c.words > left || maxSim[k] >= rules.redundancy) continue;
      const gain = c.score - rules.lambda * maxSim[k];
      if (gain > bestGain) {
        bestGain = gain;
        bestAt = k;
      }
    }
    if (bestAt < 0 || bestGain < floor) break;
    const choice = fitting[bestAt];
    taken[bestAt] = 1;
    picked.push(choice.index);
    left -= choice.words;
    for (let k = 0; k < fitting.length; k++) {
      if (taken[k]) continue;
      const sim = cosine(choice.vector, fitting[k].vector);
      if (sim > maxSim[k]) maxSim[k] = sim;
    }
  }
  // Nothing that fits is worth a line (or nothing fits): the best sentence alone, over budget.
  return picked.length > 0 ? picked : [pool[0].index];
}
