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

/** What the feeding order and a batch read in pieces need of an article before its text. */
export interface ClusterHead {
  id: string;
  published?: string | null;
}

/** Feeding order: dated articles oldest first, then undated ones; ties by id. */
export function orderForClustering<T extends ClusterHead>(articles: readonly T[]): T[] {
  const time = (a: ClusterHead): number => {
    const ms = a.published ? Date.parse(a.published) : NaN;
    return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
  };
  return [...articles].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Group a batch of articles into stories (and near-duplicate groups); deterministic: the batch
 * is agglomerated in feeding order (or, with `batchMethod: 'online'`, added one by one in that
 * order and refined).
 */
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

/**
 * The stories `clusterArticles` gives (agglomerated), for a batch too big to hold its texts:
 * `heads` name the articles, `read` fetches a piece of them with their texts (any order,
 * `pieceSize` ids at a time); only their features are kept.
 */
export async function clusterInPieces(
  heads: readonly ClusterHead[],
  read: (ids: string[]) => Promise<readonly ClusterInput[]>,
  options: Partial<ClusterOptions> = {},
  pieceSize = 500,
): Promise<ClusteredStory[]> {
  const clusterer = new StoryClusterer(resolveClusterOptions(options));
  const ids = orderForClustering(heads).map((h) => h.id);
  for (let start = 0; start < ids.length; start += pieceSize) {
    const piece = ids.slice(start, start + pieceSize);
    const byId = new Map((await read(piece)).map((a) => [a.id, a]));
    for (const id of piece) {
      const article = byId.get(id);
      if (!article) throw new Error(`PARALLAX_UNKNOWN_ARTICLE: article "${id}" could not be read for clustering`);
      clusterer.stage(article);
    }
  }
  clusterer.prime();
  clusterer.addPrimed(ids);
  return clusterer.stories();
}
