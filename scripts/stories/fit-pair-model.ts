/**
 * `npm run train -- stories`: fits the story pair model (src/stages/stories/data/pair-model.json)
 * on NeuS train slices only (bench/cluster-tune.ts: 4 undated slices of 500 train stories; the
 * bench's stream slices and ECB+ dev are never read here).
 *
 * Each slice is staged and primed as a batch would be, every article's ring of nearest articles
 * is found as agglomeration finds it, and each candidate pair (pair-evidence.ts) is labelled 1
 * when both articles tell one NeuS story. Fit: L2-regularised logistic regression on
 * standardised features, full-batch gradient descent from zero for a fixed number of steps:
 * deterministic, same data → same bytes.
 */
import { stageArticle, primeStaged } from '../../src/stages/stories/article-features.js';
import { ClusterState } from '../../src/stages/stories/cluster-state.js';
import { orderForClustering } from '../../src/stages/stories/cluster-articles.js';
import { createBatch } from '../../src/stages/stories/neighbour-graph.js';
import { resolveClusterOptions } from '../../src/stages/stories/options.js';
import { describePairs, pairFeatureNames, readBatchElbows } from '../../src/stages/stories/pair-evidence.js';
import { expandFeatures, type PairModel } from '../../src/stages/stories/pair-model.js';
import type { LabelledArticle } from '../../bench/cluster-data.js';

/** Fitting constants: L2 strength, learning rate, steps. */
const fitting = { l2: 0.001, rate: 1, steps: 600 };

/** A labelled candidate pair, with its two articles' ordinals in its batch and the batch's story size (readBatchElbows). */
export interface LabelledPair {
  x: number[];
  y: 0 | 1;
  a: number;
  b: number;
  size: number;
}

/** The candidate pairs of one batch as agglomeration sees them, labelled by gold story. */
export function labelPairs(batch: readonly LabelledArticle[]): LabelledPair[] {
  const state = new ClusterState(resolveClusterOptions({ pairMode: 'gate' }));
  const ordered = orderForClustering(batch);
  for (const article of ordered) stageArticle(state, article);
  primeStaged(state);
  const { articles, rings } = createBatch(state, ordered.map((a) => a.id), true);
  const gold = new Map(batch.map((a) => [a.id, a.gold]));
  const pairs: LabelledPair[] = [];
  const elbows = readBatchElbows(rings);
  const size = elbows.storySize;
  describePairs(state, articles, rings, elbows, (a, b, x) => {
    pairs.push({ x, y: gold.get(state.articleByOrdinal[a]!.id) === gold.get(state.articleByOrdinal[b]!.id) ? 1 : 0, a, b, size });
  });
  return pairs;
}

/** The fitted model, as pair-evidence.ts reads it, with the names of its features. */
export interface FittedPairModel extends PairModel {
  features: readonly string[];
}

/** Fit standardised L2-regularised logistic regression (features and their products) by full-batch gradient descent. */
export function fitPairModel(labelled: readonly Pick<LabelledPair, 'x' | 'y'>[], names: readonly string[] = pairFeatureNames): FittedPairModel {
  // each raw feature's 0.5th and 99.5th percentile: scoring holds features to this range
  const low: number[] = [];
  const high: number[] = [];
  for (let k = 0; k < labelled[0].x.length; k++) {
    const sorted = labelled.map((p) => p.x[k]).sort((a, b) => a - b);
    low.push(sorted[Math.floor(0.005 * (sorted.length - 1))]);
    high.push(sorted[Math.ceil(0.995 * (sorted.length - 1))]);
  }
  const pairs = labelled.map((p) => ({ x: expandFeatures(p.x.map((v, k) => Math.min(Math.max(v, low[k]), high[k]))), y: p.y }));
  const d = pairs[0].x.length;
  const n = pairs.length;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const p of pairs) for (let k = 0; k < d; k++) means[k] += p.x[k] / n;
  for (const p of pairs) for (let k = 0; k < d; k++) scales[k] += (p.x[k] - means[k]) ** 2 / n;
  for (let k = 0; k < d; k++) scales[k] = Math.sqrt(scales[k]) || 1;
  const z = pairs.map((p) => p.x.map((v, k) => (v - means[k]) / scales[k]));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < fitting.steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      let s = bias;
      for (let k = 0; k < d; k++) s += weights[k] * z[i][k];
      const e = 1 / (1 + Math.exp(-s)) - pairs[i].y;
      for (let k = 0; k < d; k++) grad[k] += e * z[i][k];
      gradBias += e;
    }
    for (let k = 0; k < d; k++) weights[k] -= fitting.rate * (grad[k] / n + fitting.l2 * weights[k]);
    bias -= (fitting.rate * gradBias) / n;
  }
  const round = (v: number): number => Number(v.toFixed(6));
  return { features: [...names], low: low.map(round), high: high.map(round), means: means.map(round), scales: scales.map(round), weights: weights.map(round), bias: round(bias) };
}
