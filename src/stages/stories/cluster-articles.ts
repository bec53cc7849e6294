/**
 * Batch story clustering: the online clusterer fed in a fixed order, so a batch and the same
 * articles streamed in that order give the same stories.
 */
import { StoryClusterer, type ClusterInput, type ClusteredStory } from './story-clusterer.js';
import { findDuplicates } from '../duplicates/index.js';
import { resolveClusterOptions, type ClusterOptions } from './options.js';

/** The result of clustering a batch: stories and groups of near-duplicate articles. */
export interface ClusterResult {
  stories: ClusteredStory[];
  /** Groups (≥ 2 ids, sorted) of articles that are copies of one another. */
  duplicates: string[][];
}

/** Feeding order: dated articles oldest first, then undated ones; ties by id. */
export function orderForClustering<T extends ClusterInput>(articles: readonly T[]): T[] {
  const time = (a: ClusterInput): number => {
    const ms = a.published ? Date.parse(a.published) : NaN;
    return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
  };
  return [...articles].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Group a batch of articles into stories (and near-duplicate groups); deterministic: add each in order, then refine. */
export function clusterArticles(articles: readonly ClusterInput[], options: Partial<ClusterOptions> = {}): ClusterResult {
  const resolved = resolveClusterOptions(options);
  const clusterer = new StoryClusterer(resolved);
  const ordered = orderForClustering(articles);
  if (resolved.batchMethod === 'agglomerate') clusterer.addBatch(ordered);
  else {
    if (resolved.primeIdf) clusterer.prime(ordered);
    for (const article of ordered) clusterer.add(article);
    clusterer.refine();
  }
  const duplicates = resolved.findDuplicates ? findDuplicates(articles.map((a) => ({ id: a.id, text: a.text }))) : [];
  return { stories: clusterer.stories(), duplicates };
}
