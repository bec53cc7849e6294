/**
 * Pair evidence in context: a second model re-reads each pair's probability (pair-evidence.ts)
 * beside its two articles' other candidate pairs (data/pair-context-model.json, fitted by
 * `npm run train -- stories` on NeuS train slices, scripts/stories/fit-pair-context.ts).
 *
 * Why: a pair model sees two articles alone, and a later turn of a running story ("House passes
 * $4 trillion budget" after "Senate passes $4 trillion budget") looks like a take on the same
 * event. Beside their other pairs it does not: each has partners it fits better, and those
 * partners do not fit the other (a take's own story mates form a triangle; two turns of a topic
 * share no third article). On held-out NeuS train slices (2-fold over slices, first-stage
 * probabilities out of fold) the undated pairs' log-loss fell from 0.106 to 0.076 and their
 * average precision rose from 0.928 to 0.961; the undated NeuS stream's B-cubed F1 from 0.884 to
 * 0.894 (docs/design.md, "The pair gate").
 */
import model from './data/pair-context-model.json' with { type: 'json' };
import { scorePair, type PairModel } from './pair-model.js';

/** Names of the context features, in model order (data/pair-context-model.json lists the same). */
export const contextFeatureNames = ['logit', 'lead-low', 'lead-high', 'triangle', 'triangle-sum', 'outsider-low', 'outsider-high'] as const;

/** Log-odds of a probability, held off 0 and 1. */
function logit(p: number): number {
  return Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
}

/**
 * Context features of every pair: `ends` holds each pair's two article ordinals in turn
 * (a0, b0, a1, b1, …) and `first` its first-stage probability. Per pair: its log-odds; how far
 * it stands above each article's best other partner (the lower and the higher of the two); the
 * best third article both fit (the lesser of its two probabilities) and the sum of such products;
 * how far it stands above each article's first expected outsider (see firstOutsider).
 *
 * Measured and not kept, beside the leads and triangles (undated NeuS train F1 / ECB+ F1): the
 * pair's rank among each article's partners and the strongest partner of one that the other does
 * not fit (p(a,c) × (1 − p(b,c))): 0.903 / 0.879 (ECB+ recall 0.80: a report of an event of twelve
 * has many partners it fits better than a given mate, and mates the other's ring did not
 * propose); without the ranks 0.901 / 0.922. Hence the outsider is read against the story size.
 */
export function describeContext(ends: readonly number[], first: readonly number[], storySize: number): number[][] {
  const partners = new Map<number, Map<number, number>>();
  const link = (a: number, b: number, p: number): void => {
    const known = partners.get(a);
    if (known) known.set(b, p);
    else partners.set(a, new Map([[b, p]]));
  };
  for (let k = 0; k < first.length; k++) {
    link(ends[2 * k], ends[2 * k + 1], first[k]);
    link(ends[2 * k + 1], ends[2 * k], first[k]);
  }
  const ranked = new Map<number, RankedPartners>();
  const rankedOf = (a: number): RankedPartners => {
    let found = ranked.get(a);
    if (found === undefined) ranked.set(a, (found = rankPartners(partners.get(a)!)));
    return found;
  };
  return first.map((p, k) => {
    const a = ends[2 * k];
    const b = ends[2 * k + 1];
    const ofA = partners.get(a)!;
    const ofB = partners.get(b)!;
    let bestA = 0;
    let bestB = 0;
    let triangle = 0;
    let triangleSum = 0;
    // Map order is insertion order, fixed by the batch: the sums come out the same every run
    for (const [c, pc] of ofA) {
      if (c === b) continue;
      bestA = Math.max(bestA, pc);
      const pb = ofB.get(c);
      if (pb !== undefined) {
        triangle = Math.max(triangle, Math.min(pc, pb));
        triangleSum += pc * pb;
      }
    }
    for (const [c, pc] of ofB) {
      if (c === a) continue;
      bestB = Math.max(bestB, pc);
    }
    const outA = firstOutsider(rankedOf(a), ofA, b, storySize);
    const outB = firstOutsider(rankedOf(b), ofB, a, storySize);
    return [logit(p), Math.min(p - bestA, p - bestB), Math.max(p - bestA, p - bestB), triangle, Math.log1p(triangleSum), Math.min(p - outA, p - outB), Math.max(p - outA, p - outB)];
  });
}

/** An article's partners (ordinals) and their probabilities, best first; null when a probability is NaN. */
type RankedPartners = { ordinals: number[]; probabilities: number[] } | null;

/**
 * Sort an article's partners once, not once per pair. The sort is stable, so ties keep Map
 * order, as they did when each pair sorted the other partners alone: dropping one partner from
 * the sorted list gives that pair's sorted list exactly. A NaN makes the comparison
 * inconsistent and the order the sort's own, so such an article is sorted per pair as before.
 */
function rankPartners(partners: Map<number, number>): RankedPartners {
  const entries = [...partners];
  if (entries.some(([, p]) => Number.isNaN(p))) return null;
  entries.sort((x, y) => y[1] - x[1]);
  return { ordinals: entries.map(([c]) => c), probabilities: entries.map(([, p]) => p) };
}

/**
 * The probability of an article's first expected outsider among its partners other than the
 * pair's (`except`): its (size − 1)th best (0 past the end), read against the batch's story size
 * (see pair-evidence.ts). A NeuS take (stories of 3) fits its one other mate, then strangers; an
 * ECB+ report (stories of 12–15) fits a dozen before the first stranger.
 */
function firstOutsider(ranked: RankedPartners, partners: Map<number, number>, except: number, storySize: number): number {
  const at = Math.max(storySize - 2, 0);
  if (!ranked) {
    const others: number[] = [];
    for (const [c, p] of partners) if (c !== except) others.push(p);
    others.sort((x, y) => y - x);
    return others[at] ?? 0;
  }
  // the pair's own partner sits at `skip`: the others' (at)th is the list's (at)th before it, (at + 1)th from it on
  const skip = ranked.ordinals.indexOf(except);
  return ranked.probabilities[at < skip ? at : at + 1] ?? 0;
}

/** Second-stage probabilities of a batch's pairs (see describeContext), by the fitted context model (or `fitted`, while training). */
export function rescorePairs(ends: readonly number[], first: readonly number[], storySize: number, fitted: PairModel = model as PairModel): number[] {
  return describeContext(ends, first, storySize).map((x) => scorePair(x, fitted));
}
