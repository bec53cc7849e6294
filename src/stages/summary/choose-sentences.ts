/**
 * Choose the summary's sentences under a word budget by what they cover: each sentence brings word
 * pairs, each pair with the chance that a roundup says it (`scorePairs`); a pair already covered by
 * a chosen sentence brings nothing again, so two outlets' versions of one fact are never both
 * taken for the same words. The choice maximises
 *
 *     covered = Σ over distinct pairs taken of their chance (× the sentence's readability factor)
 *     value   = covered / (pairs taken + expected)
 *
 * — the F-measure of the summary against a roundup of `expected` pairs — so a short
 * exact sentence beats a long one that says the same plus filler, and the budget is not filled
 * with weak lines. The search is exact over the `pool` best sentences by expected precision (every
 * subset that fits, depth-first with a covered-pair count), then greedy over the rest while the
 * value still grows; two sentences whose cosine reaches `redundancy` (numbers folded) are never
 * both taken: "Heavy rain flooded Alder's square on Sunday" from two outlets is one line.
 */
import { cosine, type SparseVector } from './term-vectors.js';

/** One sentence offered to the choice. */
export interface Offer {
  /** Words it spends from the budget. */
  words: number;
  /** Ids of its distinct word pairs. */
  pairs: Int32Array;
  /** Chance of each of its pairs (aligned with `pairs`). */
  chances: Float64Array;
  /** Its word pairs with repeats (the length ROUGE and a reader pay for). */
  pairCount: number;
  /** Readability factor in (0, 1] (`rateStandalone`). */
  factor: number;
  /** TF-IDF vector with numbers folded, for repeats. */
  vector: SparseVector;
}

/** Settings of the choice. Defaults in `defaultChoice`. */
export interface ChoiceRules {
  /** Sentences searched exactly (2^pool subsets at most). Default 12. */
  pool: number;
  /** Cosine at or above which two sentences repeat each other. Default 0.45. */
  redundancy: number;
  /**
   * A sentence whose expected precision is below this share of the story's best is never taken,
   * even when it is all that fits: "Rear." is not a summary of a bridge closure. Default 0.3.
   */
  minShare: number;
}

/** Expected share of an offer's word pairs in a roundup, times its readability factor: what ranks it. */
export function expectedPrecision(o: Offer): number {
  let sum = 0;
  for (const c of o.chances) sum += c;
  return (o.factor * sum) / Math.max(1, o.pairCount);
}

/** Default choice settings. */
export const defaultChoice: Readonly<ChoiceRules> = Object.freeze({ pool: 12, redundancy: 0.45, minShare: 0.3 });

/**
 * Indices of the chosen offers, whose words sum to at most `budget` (never more: when nothing
 * fits, nothing is chosen). `expected` is the length of the roundup the summary is measured
 * against, in word pairs; `pairTotal` is one more than the largest pair id.
 */
export function chooseSentences(
  offers: Offer[],
  budget: number,
  expected: number,
  pairTotal: number,
  rules: ChoiceRules = defaultChoice,
): number[] {
  const prior = expected;
  const density = offers.map(expectedPrecision);
  let floor = 0;
  for (const d of density) if (d > floor) floor = d;
  floor *= rules.minShare;
  const order = offers
    .map((_, i) => i)
    .filter((i) => offers[i].words > 0 && offers[i].words <= budget && density[i] >= floor)
    .sort((a, b) => density[b] - density[a] || a - b);
  const pool = order.slice(0, Math.max(1, rules.pool));
  const repeats = pool.map((i) => pool.map((j) => i !== j && cosine(offers[i].vector, offers[j].vector) >= rules.redundancy));

  const covered = new Int32Array(pairTotal);
  /** What offer `i` adds given the covered pairs. */
  const gainOf = (i: number): number => {
    const o = offers[i];
    let gain = 0;
    for (let k = 0; k < o.pairs.length; k++) if (covered[o.pairs[k]] === 0) gain += o.chances[k];
    return o.factor * gain;
  };
  const cover = (i: number, step: 1 | -1): void => {
    for (const p of offers[i].pairs) covered[p] += step;
  };

  // 1. Exact search over the pool.
  let best: number[] = [];
  let bestValue = 0;
  const taken: number[] = [];
  const search = (from: number, left: number, gain: number, length: number): void => {
    for (let k = from; k < pool.length; k++) {
      const i = pool[k];
      if (offers[i].words > left || taken.some((t) => repeats[k][t])) continue;
      const added = gainOf(i);
      const value = (gain + added) / (length + offers[i].pairCount + prior);
      taken.push(k);
      if (value > bestValue) {
        bestValue = value;
        best = taken.map((t) => pool[t]);
      }
      cover(i, 1);
      search(k + 1, left - offers[i].words, gain + added, length + offers[i].pairCount);
      cover(i, -1);
      taken.pop();
    }
  };
  search(0, budget, 0, 0);

  // 2. Greedy over the rest, for budgets the pool cannot fill.
  let gain = 0;
  let length = 0;
  let left = budget;
  for (const i of best) {
    gain += gainOf(i);
    length += offers[i].pairCount;
    left -= offers[i].words;
    cover(i, 1);
  }
  const rest = order.slice(pool.length);
  const chosen = [...best];
  for (;;) {
    let pick = -1;
    let pickValue = bestValue;
    let pickGain = 0;
    for (const i of rest) {
      if (offers[i].words > left || chosen.includes(i)) continue;
      if (chosen.some((j) => cosine(offers[i].vector, offers[j].vector) >= rules.redundancy)) continue;
      const added = gainOf(i);
      const value = (gain + added) / (length + offers[i].pairCount + prior);
      if (value > pickValue) {
        pick = i;
        pickValue = value;
        pickGain = added;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
    gain += pickGain;
    length += offers[pick].pairCount;
    left -= offers[pick].words;
    bestValue = pickValue;
    cover(pick, 1);
  }
  return chosen;
}
