/**
 * How alike an article and a story, or two stories, are: average link (the mean over their
 * article pairs) of 1/4 content (IDF-weighted cosine of words, names, numbers and dates) and
 * 3/4 shared nearest articles, gated by shared specific evidence (names, numbers, dates that
 * are not everywhere) and by written years; 0 when a gate says two events.
 */
import { featureKind } from './feature-table.js';
import { holdEachOthersNearest, isNearestOf } from './neighbour-graph.js';
import { ClusterState, dayMs, type ArticleState, type ScoredArticle, type StoryState } from './cluster-state.js';

/** A group while agglomerating: a lone article, or a story of two or more. */
export type Group = ArticleState | StoryState;

/** Whether a group is a story (else a lone article). */
export function isStory(group: Group): group is StoryState {
  return 'members' in group;
}

/** A group's place in arrival order: the older group keeps its story when two merge. */
export function groupOrder(group: Group): number {
  return isStory(group) ? group.order : group.sequence;
}

/**
 * Content and neighbour similarity in one score. The neighbour part is halved so that two
 * articles that are each other's only neighbour at cosine c score about c there too.
 */
function combine(state: ClusterState, content: number, neighbours: number): number {
  const share = state.options.neighbourWeight;
  return (1 - share) * content + share * 0.5 * neighbours;
}

/**
 * Whether a shared feature is evidence of one event: a name, number or date that is not
 * everywhere, or, between dated articles, a pair of headline words that is not (steps/02: two
 * takes on one executive memo share no name but Trump, yet six headline words). Dated, the
 * window keeps a pair to the days around one event (dated NeuS train slices: F1 0.954 against
 * 0.933, ECB+ unchanged); undated, a topic's headline wording comes back for months ("national
 * emergency", "net neutrality"), and pairs as evidence merged more there (undated train slices
 * P 0.726 against 0.734).
 */
function isEvidence(state: ClusterState, id: number, kind: number, isDated: boolean): boolean {
  if (kind === featureKind.word || kind === featureKind.weekday) return false;
  if (kind === featureKind.headlinePair && !isDated) return false;
  return state.isSpecific(id);
}

/**
 * Average-link similarity of an article to a story (its mean similarity to the members,
 * leaving out `self` when the article is one of them), or 0 when they share too little
 * specific evidence (names, numbers, dates) to be one event, or both date their event in
 * years and share none.
 */
export function scoreArticle(state: ClusterState, story: StoryState, article: ScoredArticle, self: ArticleState | null, minEvidence = state.options.minEvidence): number {
  const size = story.members.length - (self ? 1 : 0);
  if (size <= 0 || article.norm === 0) return 0;
  const { options, table } = state;
  let dot = 0;
  let evidence = 0;
  let sharedYears = 0;
  let sharedTimes = 0;
  // years only this article brings to its own story, left out with it
  let ownDateYears = 0;
  let ownAnyYears = 0;
  const isDated = article.isDated && story.first !== null;
  for (let k = 0; k < article.ids.length; k++) {
    const id = article.ids[k];
    const kind = table.kindOf(id);
    if (kind === featureKind.headlinePair && !isDated) continue;
    let w = (kind === featureKind.headlinePair ? story.headlinePairs : story.profile).get(id);
    if (w === undefined) continue;
    const isDateYear = kind === featureKind.dateYear;
    const isYear = isDateYear || kind === featureKind.bareYear;
    if (self) {
      w -= self.vector.raw[k] * self.scale;
      if (w <= 1e-9) {
        if (isDateYear) ownDateYears++;
        if (isYear) ownAnyYears++;
        continue;
      }
    }
    dot += article.weighted[k] * w * state.idf(id);
    if (isDateYear) sharedYears++;
    if (isYear) sharedTimes++;
    if (isEvidence(state, id, kind, isDated)) evidence++;
  }
  let neighbourDot = 0;
  for (let k = 0; k < article.neighbourIds.length; k++) {
    const w = story.neighbours.get(article.neighbourIds[k]);
    if (w !== undefined) neighbourDot += article.neighbourWeights[k] * w;
  }
  // its own neighbour weights are in the story's sums: take them out (they sum to 1 squared)
  if (self) for (let k = 0; k < article.neighbourWeights.length; k++) neighbourDot -= article.neighbourWeights[k] * article.neighbourWeights[k];
  if (evidence < minEvidence && !(evidence === minEvidence - 1 && neighbourDot > 1e-9 && isNearestOf(state, article, story, self))) return 0;
  if (story.dateYears - ownDateYears > 0 && sharedYears === 0 && article.hasDateYear) return 0;
  const penalty = story.anyYears - ownAnyYears > 0 && sharedTimes === 0 && article.hasAnyYear ? options.yearPenalty : 1;
  return combine(state, dot / (article.norm * size), neighbourDot / size) * penalty;
}

/** Average-link similarity of two stories (mean similarity over their article pairs); 0 when a gate says two events. */
export function scoreStories(state: ClusterState, a: StoryState, b: StoryState, minEvidence = state.options.minEvidence): number {
  const { options, table } = state;
  const small = a.profile.size <= b.profile.size ? a.profile : b.profile;
  const large = small === a.profile ? b.profile : a.profile;
  let dot = 0;
  let evidence = 0;
  let sharedYears = 0;
  let sharedTimes = 0;
  const isDated = a.first !== null && b.first !== null;
  for (let slot = 0; slot < small.slots; slot++) {
    const id = small.keyAt(slot);
    if (id < 0) continue;
    const x = large.get(id);
    if (x === undefined) continue;
    const w = small.weightAt(slot);
    const kind = table.kindOf(id);
    if (kind === featureKind.dateYear) sharedYears++;
    if (kind === featureKind.dateYear || kind === featureKind.bareYear) sharedTimes++;
    const idf = state.idf(id);
    dot += w * x * idf * idf;
    if (isEvidence(state, id, kind, isDated)) evidence++;
  }
  if (isDated) {
    const fewer = a.headlinePairs.size <= b.headlinePairs.size ? a.headlinePairs : b.headlinePairs;
    const more = fewer === a.headlinePairs ? b.headlinePairs : a.headlinePairs;
    for (let slot = 0; slot < fewer.slots; slot++) {
      const id = fewer.keyAt(slot);
      if (id >= 0 && more.get(id) !== undefined && state.isSpecific(id)) evidence++;
    }
  }
  const neighbourDot = a.neighbours.dot(b.neighbours);
  if (evidence < minEvidence && !(evidence === minEvidence - 1 && neighbourDot > 1e-9 && holdEachOthersNearest(state, a, b))) return 0;
  if (sharedYears === 0 && a.dateYears > 0 && b.dateYears > 0) return 0;
  const penalty = sharedTimes === 0 && a.anyYears > 0 && b.anyYears > 0 ? options.yearPenalty : 1;
  const pairs = a.members.length * b.members.length;
  return combine(state, dot / pairs, neighbourDot / pairs) * penalty;
}

/**
 * Average-link similarity of two groups of the agglomeration (a lone article or a story), 0
 * outside the time window; with pair evidence on, gated by or replaced with their mean pair
 * probability (see ClusterOptions.pairMode).
 */
export function scoreGroups(state: ClusterState, a: Group, b: Group): number {
  const { options } = state;
  if (!state.pairs) return scoreGroupContent(state, a, b, options.minEvidence);
  const p = linkPairs(state, a, b);
  if (p < options.pairThreshold) return 0;
  const score = scoreGroupContent(state, a, b, p >= options.pairVouch ? 0 : options.minEvidence);
  return options.pairMode === 'only' && score > 0 ? p : score;
}

/** Member pairs counted exactly for the time window (beyond it, every pair: see linkPairs). */
const windowCountLimit = 4096;

/**
 * Member pairs of two groups dated close enough to be each other's candidates: a story followed
 * daily outgrows the window of its first report (days 0, 2, 4, 6 with a 3-day window), and its
 * first and last reports, never in each other's ring, are no evidence against it.
 */
function countWindowPairs(state: ClusterState, as: readonly ArticleState[], bs: readonly ArticleState[]): number {
  const all = as.length * bs.length;
  if (all > windowCountLimit) return all;
  const reach = state.options.windowDays * dayMs;
  let count = 0;
  for (const x of as) for (const y of bs) if (x.time === null || y.time === null || Math.abs(x.time - y.time) <= reach) count++;
  return count;
}

/**
 * Mean pair probability of two groups over their member pairs inside the time window (a pair no
 * one proposed counts 0), or over as many pairs as their members proposed when that is fewer.
 */
function linkPairs(state: ClusterState, a: Group, b: Group): number {
  const table = state.pairs!;
  const as = isStory(a) ? a.members : [a];
  const bs = isStory(b) ? b.members : [b];
  const [from, to] = as.length <= bs.length ? [as, b] : [bs, a];
  let sum = 0;
  for (const member of from) {
    const row = table.get(member.ordinal);
    if (!row) continue;
    for (let k = 0; k < row.partners.length; k++) {
      const other = state.articleByOrdinal[row.partners[k]];
      if (other && (other === to || other.story === to)) sum += row.probabilities[k];
    }
  }
  // no more pairs than the members proposed: two halves of a story of 35 copies, each member
  // proposing its 10 nearest, are not judged by the 300 pairs no one proposed
  let reach = 0;
  for (const member of as) reach += table.get(member.ordinal)?.reach ?? 0;
  for (const member of bs) reach += table.get(member.ordinal)?.reach ?? 0;
  return sum / Math.max(Math.min(countWindowPairs(state, as, bs), reach), 1);
}

/** Average-link similarity of content and shared neighbours (see scoreGroups), gated by `minEvidence`. */
function scoreGroupContent(state: ClusterState, a: Group, b: Group, minEvidence: number): number {
  if (isStory(a) && isStory(b)) return state.isStoryInWindow(a, b) ? scoreStories(state, a, b, minEvidence) : 0;
  if (isStory(a) || isStory(b)) {
    const [story, article] = (isStory(a) ? [a, b] : [b, a]) as [StoryState, ArticleState];
    return state.isInWindow(story, article.time) ? scoreArticle(state, story, state.scoreable(article), null, minEvidence) : 0;
  }
  const [x, y] = [a as ArticleState, b as ArticleState];
  if (x.time !== null && y.time !== null && Math.abs(x.time - y.time) > state.options.windowDays * dayMs) return 0;
  // a story of one: the article as the story's profile would hold it
  // (x is its member while scored, so that "each is the other's nearest" sees it)
  const story = openScratch(state, x);
  x.story = story;
  const score = scoreArticle(state, story, state.scoreable(y), null, minEvidence);
  x.story = null as unknown as StoryState;
  return score;
}

/** A throwaway story holding one article, to score a lone article against another (reused). */
function openScratch(state: ClusterState, article: ArticleState): StoryState {
  const scratch = (state.scratch ??= { ...ClusterState.emptyStory('', -1, ''), isRetired: true });
  if (scratch.members[0] === article) return scratch;
  scratch.members = [article];
  scratch.first = article.time;
  scratch.last = article.time;
  scratch.profile.clear();
  scratch.headlinePairs.clear();
  scratch.neighbours.clear();
  const { ids, raw } = article.vector;
  for (let k = 0; k < ids.length; k++) state.mapOf(scratch, ids[k]).set(ids[k], raw[k] * article.scale);
  for (let k = 0; k < article.neighbourIds.length; k++) scratch.neighbours.add(article.neighbourIds[k], article.neighbourWeights[k]);
  state.countYears(scratch);
  return scratch;
}

