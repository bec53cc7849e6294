/**
 * Story membership: an article joins or leaves a story, a story absorbs another, and stories are
 * named after their first article. A story keeps summed profiles of its members (features as
 * unit vectors, neighbour weights), so average link against it costs one pass over an article.
 */
import { makeStoryId } from './steps/03-hash-id.js';
import type { ArticleState, ClusterState, StoryState } from './cluster-state.js';

/** Add an article to a story: its profile, neighbours, years, index entries and time range. */
export function joinStory(state: ClusterState, story: StoryState, article: ArticleState): void {
  story.members.push(article);
  article.story = story;
  // Average link: members enter as unit vectors (normed with the IDF of the day they joined).
  const { ids, raw } = article.vector;
  for (let k = 0; k < ids.length; k++) state.mapOf(story, ids[k]).add(ids[k], raw[k] * article.scale);
  for (let k = 0; k < article.neighbourIds.length; k++) story.neighbours.add(article.neighbourIds[k], article.neighbourWeights[k]);
  if (story.profile.size > state.options.profileSize * 2) state.trimProfile(story);
  state.countYears(story);
  if (!state.isIndexDeferred) indexStory(state, story, article);
  if (article.time !== null) {
    story.first = story.first === null ? article.time : Math.min(story.first, article.time);
    story.last = story.last === null ? article.time : Math.max(story.last, article.time);
  }
}

/** Enter an article's rarest features in the story index for its story. */
export function indexStory(state: ClusterState, story: StoryState, article: ArticleState): void {
  const ids = article.vector.ids;
  for (const k of article.top) {
    const id = ids[k];
    if (story.indexed.has(id)) continue;
    story.indexed.add(id);
    const list = state.storyIndex.get(id);
    if (list) list.push(story);
    else state.storyIndex.set(id, [story]);
  }
}

/** Take an article out of its story (its profile contributions subtracted); retire the story when emptied. */
export function leaveStory(state: ClusterState, article: ArticleState): void {
  const story = article.story;
  story.members = story.members.filter((m) => m !== article);
  if (story.members.length === 0) {
    state.retire(story);
    return;
  }
  const { ids, raw } = article.vector;
  for (let k = 0; k < ids.length; k++) {
    const map = state.mapOf(story, ids[k]);
    const w = map.get(ids[k]);
    if (w === undefined) continue;
    const left = w - raw[k] * article.scale;
    if (left > 1e-9) map.set(ids[k], left);
    else map.delete(ids[k]);
  }
  for (let k = 0; k < article.neighbourIds.length; k++) {
    const o = article.neighbourIds[k];
    const left = (story.neighbours.get(o) ?? 0) - article.neighbourWeights[k];
    if (left > 1e-9) story.neighbours.set(o, left);
    else story.neighbours.delete(o);
  }
  state.countYears(story);
  story.first = null;
  story.last = null;
  for (const m of story.members) {
    if (m.time === null) continue;
    story.first = story.first === null ? m.time : Math.min(story.first, m.time);
    story.last = story.last === null ? m.time : Math.max(story.last, m.time);
  }
}

/** Move every article of `drop` into `keep` and retire `drop`. */
export function absorbStory(state: ClusterState, keep: StoryState, drop: StoryState): void {
  for (const member of drop.members) {
    member.story = keep;
    keep.members.push(member);
  }
  // the smaller map is poured into the larger, which the kept story takes
  if (drop.profile.size > keep.profile.size) [keep.profile, drop.profile] = [drop.profile, keep.profile];
  keep.profile.addAll(drop.profile);
  if (drop.headlinePairs.size > keep.headlinePairs.size) [keep.headlinePairs, drop.headlinePairs] = [drop.headlinePairs, keep.headlinePairs];
  keep.headlinePairs.addAll(drop.headlinePairs);
  if (drop.neighbours.size > keep.neighbours.size) [keep.neighbours, drop.neighbours] = [drop.neighbours, keep.neighbours];
  keep.neighbours.addAll(drop.neighbours);
  if (keep.profile.size > state.options.profileSize * 2) state.trimProfile(keep);
  state.countYears(keep);
  for (const id of state.isIndexDeferred ? [] : drop.indexed) {
    const list = state.storyIndex.get(id)!;
    const at = list.lastIndexOf(drop);
    if (keep.indexed.has(id)) list.splice(at, 1);
    else {
      list[at] = keep;
      keep.indexed.add(id);
    }
  }
  if (drop.first !== null) keep.first = keep.first === null ? drop.first : Math.min(keep.first, drop.first);
  if (drop.last !== null) keep.last = keep.last === null ? drop.last : Math.max(keep.last, drop.last);
  state.retire(drop);
}

/**
 * Give each story the id and title of its first article (in arrival order), as if it had opened
 * it. Stories are listed in that order.
 */
export function retitle(state: ClusterState): void {
  state.compactStories();
  for (const story of state.storyList) {
    let first = story.members[0];
    for (const m of story.members) if (m.sequence < first.sequence) first = m;
    story.order = first.sequence;
    story.title = first.title;
    if (story.id === makeStoryId(first.id)) continue;
    if (state.storyById.get(story.id) === story) state.storyById.delete(story.id);
    story.id = state.uniqueId(first.id, story);
    state.storyById.set(story.id, story);
  }
  state.storyList.sort((a, b) => a.order - b.order);
}
