/**
 * New articles into existing stories. Online, one article at a time (`addArticle`): it joins
 * the story it is closest to, or opens one. Incremental, a batch against stories read back from
 * a store (`seedStories`, then the agglomeration): the stored stories enter as groups with
 * their stored ids and titles, the new articles join them or each other, and two stored stories
 * merge only when new articles tie them together, so an ingest changes the stories near it and
 * no others.
 */
import { findTopPositions, type FeatureVector } from './feature-table.js';
import { makeTitle, parseTime, vectorOf } from './article-features.js';
import { createArticle, findCandidates, findRings, neighbourQuery, neighbourSpread } from './neighbour-graph.js';
import { mergeNeighbours } from './second-pass.js';
import { scoreArticle } from './similarity.js';
import { joinStory } from './story-membership.js';
import type { ClusterInput, ClusterState, StoryAssignment, StoryState } from './cluster-state.js';

/** A stored story to seed: its id, title and member ids (primed), oldest first. */
export interface SeedStory {
  id: string;
  title: string;
  articles: readonly string[];
}

/** Assign one article to a story (new or existing), online. Throws on a repeated article id. */
export function addArticle(state: ClusterState, article: ClusterInput): StoryAssignment {
  if (state.articleById.has(article.id)) throw new Error(`PARALLAX_DUPLICATE_ID: article "${article.id}" was already clustered`);
  const { options } = state;
  const time = parseTime(article.published);
  const primed = state.primed.get(article.id);
  let vector: FeatureVector;
  let top: Int32Array;
  let ordinal: number | null = null;
  if (primed) {
    ({ vector, top, ordinal } = primed);
    state.primed.delete(article.id);
  } else {
    vector = vectorOf(state, article);
    if (!state.isPrimed) state.table.countDocument(vector);
    top = findTopPositions(vector, state.idfOf, options.indexedFeatures);
  }
  const neighbours = state.articleIndex.find(neighbourQuery(state, vector, top, time, ordinal, options.neighbours, neighbourSpread));
  if (ordinal === null) ordinal = state.articleIndex.add(vector, time, top);
  const created = createArticle(state, article.id, primed?.title ?? makeTitle(article), vector, top, ordinal, time, neighbours);
  const scored = state.scoreable(created);
  let best: StoryState | null = null;
  let bestScore = options.joinThreshold;
  const near: StoryState[] = [];
  for (const story of findCandidates(state, created, scored, null)) {
    const score = scoreArticle(state, story, scored, null);
    // only stories the article is at least half-way close to can reach the merge threshold
    if (score >= options.joinThreshold / 2) near.push(story);
    if (score > bestScore) {
      best = story;
      bestScore = score;
    }
  }
  const story = best ?? state.openStory(created);
  joinStory(state, story, created);
  const survivor = best ? mergeNeighbours(state, story, near) : story;
  return { story: survivor.id, isNew: best === null };
}

/**
 * Enter stored stories as they are, with their ids and titles (kept through merges and
 * re-titling), from primed members: each member's neighbours are found among everything primed.
 * Throws on an id not primed or already clustered, and on a story id given twice.
 */
export function seedStories(state: ClusterState, stories: readonly SeedStory[]): void {
  for (const seed of stories) {
    if (state.storyById.has(seed.id)) throw new Error(`PARALLAX_DUPLICATE_ID: story "${seed.id}" was already seeded`);
    let story: StoryState | null = null;
    for (const id of seed.articles) {
      const primed = state.primed.get(id);
      if (!primed || state.articleById.has(id)) throw new Error(`PARALLAX_NOT_PRIMED: article "${id}" of story "${seed.id}" was not primed, or was clustered already`);
      state.primed.delete(id);
      const { neighbours } = findRings(state, primed.vector, primed.top, primed.time, primed.ordinal);
      const article = createArticle(state, id, primed.title, primed.vector, primed.top, primed.ordinal, primed.time, neighbours);
      story ??= state.openStory(article, { id: seed.id, title: seed.title });
      joinStory(state, story, article);
    }
  }
}
