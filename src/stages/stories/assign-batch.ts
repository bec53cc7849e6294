/**
 * A new batch into stored stories, without re-clustering the store: the stored stories near the
 * batch are seeded back with their ids and titles, the batch is agglomerated against them, and
 * only the stories that changed are returned. The IDF comes from the articles at hand plus a
 * sample of the store, each sampled article counted as the many it stands for, so a word common
 * in the store stays common here.
 */
import { StoryClusterer } from './story-clusterer.js';
import { orderForClustering } from './cluster-articles.js';
import type { ClusterInput, ClusteredStory } from './cluster-state.js';
import type { ClusterOptions } from './options.js';

/** What assignBatch reads: the batch, the stored stories near it, and a sample of the rest of the store. */
export interface AssignInput {
  /** The new articles. */
  articles: readonly ClusterInput[];
  /** Stored stories near the batch with every member, their ids and titles as stored. */
  stories: readonly { id: string; title: string; articles: readonly ClusterInput[] }[];
  /** Stored articles outside those stories, for the IDF only. */
  sample: readonly ClusterInput[];
  /** How many stored articles the sample stands for (the store's size less the stories' members). */
  sampleStandsFor: number;
}

/** What changed: stories that gained articles (with all their members) or are new, and stored stories merged away. */
export interface AssignResult {
  changed: ClusteredStory[];
  /** Ids of stored stories whose articles all moved into another story. */
  merged: string[];
}

/** Assign a batch to stored stories or new ones (merging stored stories the batch ties together). */
export function assignBatch(input: AssignInput, options: Partial<ClusterOptions> = {}): AssignResult {
  const clusterer = new StoryClusterer(options);
  const weight = input.sample.length > 0 ? Math.max(1, input.sampleStandsFor / input.sample.length) : 1;
  for (const a of input.sample) clusterer.observe(a, weight);
  // stored stories enter oldest first (by their first member in feeding order), so the older keeps its id when two merge
  const ordered = input.stories
    .map((s) => ({ id: s.id, title: s.title, members: orderForClustering(s.articles) }))
    .filter((s) => s.members.length > 0)
    .map((s) => ({ id: s.members[0].id, published: s.members[0].published, seed: s }));
  const seeds = orderForClustering(ordered).map((o) => o.seed);
  for (const s of seeds) for (const a of s.members) clusterer.stage(a);
  const batch = orderForClustering(input.articles);
  for (const a of batch) clusterer.stage(a);
  clusterer.prime();
  clusterer.seedStories(seeds.map((s) => ({ id: s.id, title: s.title, articles: s.members.map((a) => a.id) })));
  clusterer.addPrimed(batch.map((a) => a.id));
  const fresh = new Set(batch.map((a) => a.id));
  const stories = clusterer.stories();
  const kept = new Set(stories.map((s) => s.id));
  return {
    changed: stories.filter((s) => s.articles.some((id) => fresh.has(id))),
    merged: seeds.map((s) => s.id).filter((id) => !kept.has(id)),
  };
}
