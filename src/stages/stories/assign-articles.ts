/**
 * New articles into existing stories, online, one at a time: each joins the story it is closest
 * to (average link, above the join threshold) or opens one, and the grown story may then merge
 * with a story it has come close to. (A batch into stored stories: assign-batch.ts.)
 */
import { findTopPositions, type FeatureVector } from './feature-table.js';
import { makeTitle, parseTime, vectorOf } from './article-features.js';
import { createArticle, findCandidates, neighbourQuery, neighbourSpread } from './neighbour-graph.js';
import { mergeNeighbours } from './second-pass.js';
import { scoreArticle } from './similarity.js';
import { joinStory } from './story-membership.js';
import type { ClusterInput, ClusterState, StoryAssignment, StoryState } from './cluster-state.js';

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
