/**
 * Pair evidence of a batch: how likely two articles tell one event, from a logistic model over
 * what the two share (content cosine, rare names, numbers, dates, words, headline word pairs)
 * and where each sits among the other's nearest articles, measured against the batch's typical
 * story size (fitted by `npm run train -- stories` on NeuS train slices, data/pair-model.json).
 *
 * Why the story size: whether "b is a's 3rd nearest" is evidence depends on how many reports an
 * event has. NeuS tells each story three times (an article's 2 nearest are its story), ECB+
 * twelve times; a model that reads ranks raw, fitted on NeuS, kept ECB+ stories in pieces (B-cubed
 * recall 0.34). The batch shows its story size: each article's nearest cosines fall off a cliff
 * after its own story ("elbow": the largest ratio of one cosine to the next), and the batch's
 * median elbow is 3 on NeuS slices and 12 on ECB+ (true mean sizes 3 and 12.7). Ranks and cosines
 * are read against it, so one model serves both.
 */
import { rescorePairs } from './pair-context.js';
import { scorePair } from './pair-model.js';
import { compareArticles, StemTable, summariseArticle, type ArticleSummary } from './pair-features.js';
import type { Neighbour } from './neighbour-index.js';
import type { ArticleState, ClusterState } from './cluster-state.js';

// the scoring model lives in pair-model.ts (pair-context.ts reads it too); these names stay importable from here
export { expandFeatures, scorePair, type PairModel } from './pair-model.js';

/** Nearest articles read per article for the elbow and ranks (the elbow of a 12-report story must fit). */
export const pairRing = 24;

/** Names of the pair features, in model order (data/pair-model.json lists the same). */
export const pairFeatureNames = [
  'cosine', 'cosine/nearest', 'names', 'numbers', 'dates', 'words', 'headline', 'cosine/a-size', 'cosine/b-size', 'rank-a/size', 'rank-b/size', 'shared-nearest',
  'mutual-within-size', 'cosine/outsider', 'headline-cosine', 'names-jaccard', 'numbers-apart', 'words-jaccard',
  'stem-cosine', 'names-near', 'weekday-shared', 'weekdays-apart', 'headline-cover-low', 'headline-cover-high',
] as const;

/**
 * Pair probabilities by article ordinal: each article's candidate partners and the probability
 * of one event, and how many partners it proposed itself (its reach: a story bigger than a ring
 * has member pairs no one proposed, which say nothing against it).
 */
export type PairTable = Map<number, { partners: Int32Array; probabilities: Float32Array; reach: number }>;

/**
 * Least drop (one cosine over the next) at an article's elbow for its own story size to count
 * over the batch's: a scale-stream report whose 8 story mates sit at 0.88–0.92 and the next
 * article at 0.11. ECB+ rings slope (0.24, 0.22, 0.22, 0.21 …) and keep the batch's size. A drop
 * of 2 or 3 let ECB+ articles read their own noisy elbows (P 0.949 / 0.946, R 0.855 / 0.951);
 * 4 left NeuS and ECB+ as they were and raised the scale stream (10,000 articles) from F1 0.918
 * to 0.956.
 */
const sharpDrop = 4;

/**
 * A full ring whose last cosine is still this share of its first is all story mates (copies and
 * rewrites of one story of 35 on the scale stream at 100,000 articles): the story runs past the
 * ring, and its size is read as the ring's plus one (that stream's recall with the gate: 0.116 →
 * 0.644). No NeuS or ECB+ ring is so flat.
 */
const saturatedShare = 0.8;

/** Below this cosine a ring's end is read as a cliff (the neighbour floor is 0.05). */
const ringEnd = 0.025;

/**
 * An article's elbow: the size of its story as its nearest cosines show it (1 + the number of
 * neighbours before the largest drop from one cosine to the next). A NeuS take: 0.41, 0.36, then
 * 0.12 → 3.
 */
export function findElbow(ring: readonly Neighbour[]): number {
  return readElbow(ring).size;
}

/** An article's elbow (see findElbow) and the ratio of the drop there. */
export function readElbow(ring: readonly Neighbour[]): { size: number; drop: number } {
  let best = 0;
  let at = 0;
  // a full ring says nothing of what lies past its end; a shorter one ended at the floor or the time window
  const last = ring.length >= pairRing ? ring.length - 1 : ring.length;
  for (let k = 0; k < last; k++) {
    const next = k + 1 < ring.length ? ring[k + 1].similarity : ringEnd;
    const ratio = ring[k].similarity / Math.max(next, ringEnd);
    if (ratio > best) {
      best = ratio;
      at = k;
    }
  }
  return { size: at + 2, drop: best };
}

/** A batch's elbows, read once per batch: each ring's (null for an empty ring) and the batch's typical story size. */
export interface BatchElbows {
  elbows: ({ size: number; drop: number } | null)[];
  storySize: number;
}

/** Read a batch's elbows (see readElbow) and its story size: the median elbow of its articles with neighbours (at least 2). */
export function readBatchElbows(rings: readonly (readonly Neighbour[])[]): BatchElbows {
  const elbows = rings.map((ring) => (ring.length > 0 ? readElbow(ring) : null));
  const sizes = elbows.flatMap((elbow) => (elbow ? [elbow.size] : [])).sort((x, y) => x - y);
  return { elbows, storySize: sizes.length === 0 ? 2 : Math.max(2, sizes[sizes.length >> 1]) };
}

/** The batch's typical story size: the median elbow of its articles with neighbours (at least 2). */
export function estimateStorySize(rings: readonly (readonly Neighbour[])[]): number {
  return readBatchElbows(rings).storySize;
}

/**
 * The candidate pairs of a batch (each article with its `2 × size` nearest, at least 10) and
 * their features, handed to `visit`; returns how many partners each article proposed. `rings`
 * are the batch articles' nearest articles (`pairRing` of them, best first), `batch` their
 * elbows (readBatchElbows: read once by the caller, which needs the story size too).
 */
export function describePairs(
  state: ClusterState,
  articles: readonly ArticleState[],
  rings: readonly (readonly Neighbour[])[],
  batch: BatchElbows,
  visit: (a: number, b: number, x: number[]) => void,
): Map<number, number> {
  const batchSize = batch.storySize;
  const ringOf = new Map<number, readonly Neighbour[]>();
  // each batch article's ring as ordinal → rank (1 = nearest)
  const ranks = new Map<number, Map<number, number>>();
  articles.forEach((article, i) => {
    ringOf.set(article.ordinal, rings[i]);
    ranks.set(article.ordinal, new Map(rings[i].map((n, k) => [n.ordinal, k + 1])));
  });
  // an article's own story size: the batch's, or more where its own sharp elbow says more (a
  // stream's stories run from one report to a dozen; read against the batch's 5, a story of 9
  // fell apart)
  const sizes = new Map<number, number>();
  articles.forEach((article, i) => {
    const ring = rings[i];
    const own = batch.elbows[i] ?? { size: 0, drop: 0 };
    // a full ring that stays near its nearest is all story mates: the story runs past the ring
    const isSaturated = ring.length >= pairRing && ring[ring.length - 1].similarity >= saturatedShare * ring[0].similarity;
    sizes.set(article.ordinal, isSaturated ? pairRing + 1 : own.drop >= sharpDrop ? Math.max(batchSize, own.size) : batchSize);
  });
  const sizeOf = (ordinal: number): number => sizes.get(ordinal) ?? batchSize;
  const rankOf = (from: number, to: number): number => ranks.get(from)?.get(to) ?? pairRing + 1;
  // the cosine of an article's last expected story mate: its (size − 1)th nearest
  const mateCosine = (ordinal: number): number => {
    const ring = ringOf.get(ordinal);
    if (!ring || ring.length === 0) return ringEnd;
    return Math.max(ring[Math.min(sizeOf(ordinal) - 2, ring.length - 1)].similarity, ringEnd);
  };
  // the cosine of its first expected outsider: its (size)th nearest
  const outsiderCosine = (ordinal: number): number => {
    const ring = ringOf.get(ordinal);
    const size = sizeOf(ordinal);
    return ring && ring.length >= size ? Math.max(ring[size - 1].similarity, ringEnd) : ringEnd;
  };
  const nearestCosine = (ordinal: number): number => ringOf.get(ordinal)?.[0]?.similarity ?? 0;
  const sharedNearest = (a: number, b: number): number => {
    const shareWindow = Math.max(sizeOf(a), sizeOf(b)) + 2;
    const ring = ringOf.get(a) ?? [];
    let shared = 0;
    for (let k = 0; k < ring.length && k < shareWindow; k++) if (rankOf(b, ring[k].ordinal) <= shareWindow) shared++;
    return shared / shareWindow;
  };
  const stems = new StemTable(articles.length + state.options.backgroundArticles);
  const summaries = new Map<number, ArticleSummary>();
  const summaryOf = (ordinal: number): ArticleSummary => {
    let found = summaries.get(ordinal);
    if (!found) summaries.set(ordinal, (found = summariseArticle(state, state.articleByOrdinal[ordinal]!, stems)));
    return found;
  };
  // the batch's stems are counted before any pair is compared (a stem's IDF is the batch's)
  for (const article of articles) stems.count(summaryOf(article.ordinal).stems);
  const seen = new Set<number>();
  const reach = new Map<number, number>();
  articles.forEach((article, i) => {
    const proposed = rings[i].slice(0, Math.max(10, 2 * sizeOf(article.ordinal)));
    reach.set(article.ordinal, proposed.length);
    for (const n of proposed) {
      const other = state.articleByOrdinal[n.ordinal];
      if (!other) continue;
      const [a, b] = article.ordinal < n.ordinal ? [article.ordinal, n.ordinal] : [n.ordinal, article.ordinal];
      const key = a * 0x4000000 + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = n.similarity;
      const top = Math.max(nearestCosine(a), nearestCosine(b), c);
      const e = compareArticles(state, state.articleByOrdinal[a]!, state.articleByOrdinal[b]!, summaryOf(a), summaryOf(b), stems);
      const matesA = sizeOf(a) - 1;
      const matesB = sizeOf(b) - 1;
      const rankA = rankOf(a, b);
      const rankB = rankOf(b, a);
      visit(a, b, [
          c, c / (top || 1), Math.log1p(e.names), Math.log1p(e.numbers), Math.log1p(e.dates), Math.log1p(e.words), Math.log1p(e.headline),
          Math.min(c / mateCosine(a), 3), Math.min(c / mateCosine(b), 3), Math.min(rankA / matesA, 3), Math.min(rankB / matesB, 3), sharedNearest(a, b),
          rankA <= matesA && rankB <= matesB ? 1 : 0, Math.min(c / Math.max(outsiderCosine(a), outsiderCosine(b)), 3), e.headlineCosine,
        e.namesJaccard, e.numbersApart, e.wordsJaccard, e.stemCosine, Math.log1p(e.nearNames), e.weekdayShared, e.weekdaysApart,
        e.headlineCoverLow, e.headlineCoverHigh,
      ]);
    }
  });
  return reach;
}

/** Pair probabilities of a batch's candidate pairs (see describePairs), read in context (pair-context.ts), by ordinal both ways. */
export function tabulatePairs(state: ClusterState, articles: readonly ArticleState[], rings: readonly (readonly Neighbour[])[]): PairTable {
  const lists = new Map<number, [number, number][]>();
  const add = (from: number, to: number, p: number): void => {
    const list = lists.get(from);
    if (list) list.push([to, p]);
    else lists.set(from, [[to, p]]);
  };
  const ends: number[] = [];
  const first: number[] = [];
  const batch = readBatchElbows(rings);
  const reach = describePairs(state, articles, rings, batch, (a, b, x) => {
    ends.push(a, b);
    first.push(scorePair(x));
  });
  // each pair read again beside its two articles' other pairs (pair-context.ts)
  rescorePairs(ends, first, batch.storySize).forEach((p, k) => {
    add(ends[2 * k], ends[2 * k + 1], p);
    add(ends[2 * k + 1], ends[2 * k], p);
  });
  const table: PairTable = new Map();
  for (const [ordinal, list] of lists) {
    table.set(ordinal, { partners: Int32Array.from(list, ([o]) => o), probabilities: Float32Array.from(list, ([, p]) => p), reach: reach.get(ordinal) ?? 0 });
  }
  return table;
}
