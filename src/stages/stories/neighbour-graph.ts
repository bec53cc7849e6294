/**
 * The neighbour graph of story clustering: each article's nearest articles (by content cosine,
 * inside the time window) become features of its own, and they are where candidate stories come
 * from. Two reports of one event share most of their nearest reports; two events of one kind,
 * each with its own reports, do not (shared nearest neighbours, Jarvis & Patrick 1973).
 */
import { featureKind, type FeatureVector } from './feature-table.js';
import type { Neighbour, NeighbourQuery } from './neighbour-index.js';
import { pairRing } from './pair-evidence.js';
import { dayMs, type ArticleState, type ClusterState, type ScoredArticle, type StoryState } from './cluster-state.js';

/**
 * Least cosine for an article to count as another's neighbour: below it two articles share only
 * a few common words ("said", "police").
 */
const neighbourFloor = 0.05;

/**
 * Least similarity of a neighbour relative to the nearest one: a neighbour much farther than the
 * nearest belongs to another group (a quake report's nearest is another report of that quake at
 * 0.4; the report of another quake at 0.2 is not taken).
 */
export const neighbourSpread = 0.7;

/**
 * Rarest features of an article looked up in the story index for candidates beyond its
 * neighbours' stories (reading more changed no result on the bench sets, and cost time).
 */
const lookupFeatures = 5;

/** How an article's nearest articles are looked up: within the time window, above the floor. */
export function neighbourQuery(state: ClusterState, vector: FeatureVector, top: Int32Array, time: number | null, self: number | null, count: number, spread: number): NeighbourQuery {
  return { vector, top, time, self, count, floor: neighbourFloor, spread, reach: state.options.windowDays * dayMs };
}

/**
 * An article's nearest articles, and its wider rings for the agglomeration's graph and its pair
 * evidence: the wide ring is the `graphNeighbours` nearest, the ring all found (`pairRing` when the batch uses pair evidence); its features are the `neighbours` nearest within
 * `neighbourSpread` of the nearest one.
 */
export function findRings(state: ClusterState, vector: FeatureVector, top: Int32Array, time: number | null, ordinal: number, isPaired: boolean): { neighbours: Neighbour[]; wide: Neighbour[]; ring: Neighbour[] } {
  const { options } = state;
  const count = Math.max(options.graphNeighbours, options.neighbours, isPaired ? pairRing : 0);
  const found = state.articleIndex.find(neighbourQuery(state, vector, top, time, ordinal, count, 0));
  const least = found.length > 0 ? found[0].similarity * neighbourSpread : 0;
  return { neighbours: found.filter((n) => n.similarity >= least).slice(0, options.neighbours), wide: found.slice(0, options.graphNeighbours), ring: found };
}

/**
 * Create a batch's primed articles (ids in feeding order), each taken out of `primed`, with the
 * ordinals of its wide ring (the agglomeration's graph) and, when the batch uses pair evidence,
 * its full ring: one reading of a batch for agglomerate.ts and the pair model's training
 * (scripts/stories/fit-pair-model.ts), so the model is fitted on the rings it is read with.
 */
export function createBatch(state: ClusterState, ids: readonly string[], isPaired: boolean): { articles: ArticleState[]; links: Int32Array[]; rings: Neighbour[][] } {
  const articles: ArticleState[] = [];
  const links: Int32Array[] = [];
  const rings: Neighbour[][] = [];
  for (const id of ids) {
    const { title, vector, top, time, ordinal } = state.primed.get(id)!;
    state.primed.delete(id);
    const { neighbours, wide, ring } = findRings(state, vector, top, time, ordinal, isPaired);
    articles.push(createArticle(state, id, title, vector, top, ordinal, time, neighbours));
    links.push(Int32Array.from(wide, (n) => n.ordinal));
    if (isPaired) rings.push(ring);
  }
  return { articles, links, rings };
}

/** The state of a newly clustered article (not yet in a story), registered by id and ordinal; its neighbours become its features. */
export function createArticle(state: ClusterState, id: string, title: string, vector: FeatureVector, top: Int32Array, ordinal: number, time: number | null, neighbours: Neighbour[]): ArticleState {
  // the article itself weighs 1 among its neighbours, each neighbour its cosine
  const self: [number, number] = [ordinal, 1];
  const pairs = [self, ...neighbours.map((n): [number, number] => [n.ordinal, n.similarity])].sort((a, b) => a[0] - b[0]);
  const length = Math.sqrt(pairs.reduce((sum, [, w]) => sum + w * w, 0));
  const article: ArticleState = {
    id, sequence: state.sequence++, ordinal, title, vector, top, scored: null, scoredAt: -1, scale: 1, time,
    neighbourIds: Int32Array.from(pairs, ([o]) => o), neighbourWeights: Float32Array.from(pairs, ([, w]) => w / length),
    hasDateYear: false, hasAnyYear: false, story: null as unknown as StoryState, node: -1,
  };
  for (const f of vector.ids) {
    const kind = state.table.kindOf(f);
    if (kind === featureKind.dateYear) article.hasDateYear = true;
    if (kind === featureKind.dateYear || kind === featureKind.bareYear) article.hasAnyYear = true;
  }
  state.articleByOrdinal[ordinal] = article;
  state.articleById.set(id, article);
  const scored = state.scoreable(article);
  article.scale = scored.norm > 0 ? 1 / scored.norm : 1;
  return article;
}

/**
 * Candidate stories of an article: those holding its neighbours, then those sharing its
 * rarest features by summed weight (bounded), all inside the time window.
 */
export function findCandidates(state: ClusterState, article: ArticleState, scored: ScoredArticle, except: StoryState | null): StoryState[] {
  // marks on the stories instead of a set and a map per call: this runs for every article, twice
  const mark = ++state.lookup;
  const out: StoryState[] = [];
  if (except) except.seenAt = mark;
  for (const o of article.neighbourIds) {
    const story = state.articleByOrdinal[o]?.story;
    if (story && story.seenAt !== mark && !story.isRetired && state.isInWindow(story, article.time)) {
      story.seenAt = mark;
      out.push(story);
    }
  }
  const hits: StoryState[] = [];
  for (let at = 0; at < scored.top.length && at < lookupFeatures; at++) {
    const k = scored.top[at];
    const list = state.storyIndex.get(scored.ids[k]);
    if (!list) continue;
    const w = scored.weighted[k];
    // newest stories last: a common feature is looked up only in its most recent stories
    for (let i = list.length - 1, read = 0; i >= 0 && read < state.options.postingScan; i--, read++) {
      const story = list[i];
      if (story.seenAt === mark) continue;
      if (story.hitAt === mark) story.hit += w;
      else if (!story.isRetired && state.isInWindow(story, article.time)) {
        story.hitAt = mark;
        story.hit = w;
        hits.push(story);
      }
    }
  }
  hits.sort((a, b) => b.hit - a.hit || a.order - b.order);
  for (let i = 0; i < hits.length && i < state.options.candidates; i++) out.push(hits[i]);
  return out;
}

/** Candidate stories to merge with a story: those holding its members' neighbours, inside the time window. */
export function findStoryCandidates(state: ClusterState, story: StoryState): StoryState[] {
  const out = new Set<StoryState>();
  for (const member of story.members) {
    for (const o of member.neighbourIds) {
      const other = state.articleByOrdinal[o]?.story;
      if (other && other !== story && !other.isRetired && state.isStoryInWindow(story, other)) out.add(other);
    }
  }
  return [...out];
}

/**
 * Whether an article and a story hold each other's nearest articles: a member is among the
 * article's neighbours and the article among a member's. Then one specific name, number or
 * date fewer than `minEvidence` will do: short reports of one event (a title and an opening)
 * often share a single name, but each is the other's nearest; two robberies in two cities that
 * share only "Police" are not.
 */
export function isNearestOf(state: ClusterState, article: ScoredArticle, story: StoryState, self: ArticleState | null): boolean {
  let isMemberNear = false;
  for (const o of article.neighbourIds) {
    if (o !== article.ordinal && state.articleByOrdinal[o]?.story === story) {
      isMemberNear = true;
      break;
    }
  }
  if (!isMemberNear) return false;
  let count = story.neighbours.get(article.ordinal) ?? 0;
  // left out of its own story, the article's own weight on itself does not count
  if (self) count -= self.neighbourWeights[self.neighbourIds.indexOf(self.ordinal)];
  return count > 1e-9;
}

/** Whether each of two stories holds one of the other's members' nearest articles (see isNearestOf). */
export function holdEachOthersNearest(state: ClusterState, a: StoryState, b: StoryState): boolean {
  const holds = (x: StoryState, y: StoryState): boolean => {
    const map = x.neighbours;
    for (let slot = 0; slot < map.slots; slot++) {
      const o = map.keyAt(slot);
      if (o >= 0 && state.articleByOrdinal[o]?.story === y) return true;
    }
    return false;
  };
  return holds(a, b) && holds(b, a);
}
