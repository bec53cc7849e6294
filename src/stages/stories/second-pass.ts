/**
 * The second pass of online clustering: each article moves to the story it now fits best, and
 * stories that their members tie together merge. An early article decides for its story before
 * the later reports exist; this pass lets it change its mind once they do.
 */
import { findCandidates, findStoryCandidates } from './neighbour-graph.js';
import { scoreArticle, scoreStories } from './similarity.js';
import { absorbStory, joinStory, leaveStory, retitle } from './story-membership.js';
import type { ArticleState, ClusterState, StoryState } from './cluster-state.js';

/**
 * Each article, in arrival order, moves to the story it is now closest to (average link, itself
 * left out) when that beats its own story and the join threshold; then stories whose members tie
 * them together (average link at the join threshold) merge. Repeats up to `refineRounds` times
 * or until nothing moves.
 */
export function refine(state: ClusterState): void {
  for (let round = 0; round < state.options.refineRounds; round++) {
    let changed = 0;
    const all = [...state.articleById.values()].sort((a, b) => a.sequence - b.sequence);
    for (const article of all) if (reassign(state, article)) changed++;
    for (const story of [...state.storyList]) {
      if (story.isRetired) continue;
      const before = story.members.length;
      const survivor = mergeNeighbours(state, story, findStoryCandidates(state, story));
      if (survivor.members.length !== before || survivor !== story) changed++;
    }
    retitle(state);
    if (changed === 0) break;
  }
}

/**
 * After a join, the grown story may now be as close to another candidate as an article must
 * be to join: merge them (the older story keeps its id), so arrival order matters less.
 */
export function mergeNeighbours(state: ClusterState, story: StoryState, candidates: StoryState[]): StoryState {
  let current = story;
  for (;;) {
    let best: StoryState | null = null;
    let bestScore = state.options.joinThreshold;
    for (const other of candidates) {
      if (other === current || other.isRetired || !state.isStoryInWindow(current, other)) continue;
      const score = scoreStories(state, current, other);
      if (score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    if (!best) return current;
    const [keep, drop] = current.order < best.order ? [current, best] : [best, current];
    absorbStory(state, keep, drop);
    current = keep;
  }
}

/** Move an article to the story it is closest to now, if that beats its own and the join threshold. */
function reassign(state: ClusterState, article: ArticleState): boolean {
  const own = article.story;
  const scored = state.scoreable(article);
  const ownScore = own.members.length > 1 ? scoreArticle(state, own, scored, article) : 0;
  let best: StoryState | null = null;
  let bestScore = Math.max(ownScore, state.options.joinThreshold);
  for (const story of findCandidates(state, article, scored, own)) {
    if (!state.isInWindow(story, article.time)) continue;
    const score = scoreArticle(state, story, scored, null);
    if (score > bestScore) {
      best = story;
      bestScore = score;
    }
  }
  if (!best) return false;
  leaveStory(state, article);
  joinStory(state, best, article);
  return true;
}
