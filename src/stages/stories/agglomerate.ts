/**
 * Batch clustering, order-free: average-link agglomeration. Every article starts on its own; the
 * two groups with the highest average-link similarity (similarity.ts: content and shared
 * neighbours, gated by evidence, years and the time window) merge, again and again, until no
 * pair reaches the merge threshold.
 *
 * Only groups tied by some member's `graphNeighbours` nearest articles are ever compared (a
 * sparse graph, never all pairs), and an article gets a story's profile only once it has company
 * (a batch of 100,000 mostly lone articles would otherwise hold 100,000 profiles). Stories
 * clustered before take part as groups: a new article may join one, and two stories tied by new
 * articles may merge.
 */
import { MergeHeap } from './merge-heap.js';
import { tabulatePairs } from './pair-evidence.js';
import { createBatch } from './neighbour-graph.js';
import { groupOrder, isStory, scoreGroups, type Group } from './similarity.js';
import { absorbStory, indexStory, joinStory, retitle } from './story-membership.js';
import type { ClusterState, StoryState } from './cluster-state.js';

/**
 * Does this batch use the pair evidence (see ClusterOptions.pairMode)? Never under
 * `pairMinBatch` articles; with 'auto', only a mostly undated batch of at most `pairMaxBatch`.
 */
function isPairedBatch(state: ClusterState, ids: readonly string[]): boolean {
  const { options } = state;
  if (options.pairMode === 'off' || ids.length < options.pairMinBatch) return false;
  if (options.pairMode !== 'auto') return true;
  if (ids.length > options.pairMaxBatch) return false;
  const undated = ids.filter((id) => state.primed.get(id)!.time === null).length;
  return undated >= options.pairUndatedShare * ids.length;
}

/** Agglomerate primed, new, distinct ids (feeding order) into the state's stories. */
export function agglomerate(state: ClusterState, ids: readonly string[]): void {
  const isPaired = isPairedBatch(state, ids);
  const { articles, links, rings } = createBatch(state, ids, isPaired);
  if (isPaired) state.pairs = tabulatePairs(state, articles, rings);
  rings.length = 0;
  const threshold = !isPaired ? state.options.mergeThreshold : state.options.pairMode === 'only' ? state.options.pairThreshold : state.options.pairMergeThreshold;
  // groups tied by an article's wide neighbours (both ways); a lone article is its own node
  const adjacent = new Map<Group, Set<Group>>();
  const tie = (a: Group, b: Group): void => {
    let set = adjacent.get(a);
    if (!set) adjacent.set(a, (set = new Set()));
    set.add(b);
  };
  articles.forEach((article, i) => {
    for (const o of links[i]) {
      const other = state.articleByOrdinal[o];
      if (!other || other === article) continue;
      // an article of this batch is still alone; one clustered before sits in its story
      const node: Group = other.story ?? other;
      if (!node || (isStory(node) && node.isRetired)) continue;
      tie(article, node);
      tie(node, article);
    }
  });
  links.length = 0;
  state.isIndexDeferred = true;
  // groups are numbered so the heap holds numbers, not objects (a million entries, most of them going stale)
  const nodes: Group[] = [];
  const nodeOf = (g: Group): number => {
    if (g.node < 0 || nodes[g.node] !== g) {
      g.node = nodes.length;
      nodes.push(g);
    }
    return g.node;
  };
  const versionOf = (g: Group): number => (isStory(g) ? g.version : 0);
  const heap = new MergeHeap();
  const isGone = (g: Group): boolean => (isStory(g) ? g.isRetired : g.story !== null);
  const push = (a: Group, b: Group): void => {
    const score = scoreGroups(state, a, b);
    if (score > threshold) heap.push(score, nodeOf(a), nodeOf(b), versionOf(a), versionOf(b), groupOrder(a), groupOrder(b));
  };
  for (const [a, set] of adjacent) for (const b of set) if (groupOrder(a) < groupOrder(b)) push(a, b);
  const isStale = (a: number, b: number, versionA: number, versionB: number): boolean => {
    const ga = nodes[a];
    const gb = nodes[b];
    return isGone(ga) || isGone(gb) || versionOf(ga) !== versionA || versionOf(gb) !== versionB;
  };
  // entries of merged groups go stale; sweep them out now and then so the heap stays small
  let sweepAt = Math.max(2 * heap.size, 1 << 18);
  while (heap.size > 0) {
    if (heap.size > sweepAt) {
      heap.sweep(isStale);
      sweepAt = Math.max(2 * heap.size, 1 << 18);
    }
    heap.pop();
    if (isStale(heap.topA, heap.topB, heap.topVersionA, heap.topVersionB)) continue;
    const a = nodes[heap.topA];
    const b = nodes[heap.topB];
    // the smaller set of ties is poured into the larger (each tie moves O(log n) times)
    const aTies = adjacent.get(a) ?? new Set<Group>();
    const bTies = adjacent.get(b) ?? new Set<Group>();
    const [ties, poured] = aTies.size >= bTies.size ? [aTies, bTies] : [bTies, aTies];
    for (const t of poured) ties.add(t);
    ties.delete(a);
    ties.delete(b);
    const merged = mergeGroups(state, a, b);
    adjacent.delete(a);
    adjacent.delete(b);
    adjacent.set(merged, ties);
    merged.version++;
    for (const other of ties) {
      const set = adjacent.get(other)!;
      set.delete(a);
      set.delete(b);
      set.add(merged);
      push(merged, other);
    }
  }
  for (const article of articles) if (article.story === null) joinStory(state, state.openStory(article), article);
  state.isIndexDeferred = false;
  state.pairs = null;
  for (const article of articles) indexStory(state, article.story, article);
  retitle(state);
}

/** Merge two groups into one story (the older one's, or a new story opened by the older article). */
function mergeGroups(state: ClusterState, a: Group, b: Group): StoryState {
  const [keep, drop] = groupOrder(a) < groupOrder(b) ? [a, b] : [b, a];
  let story: StoryState;
  if (isStory(keep)) story = keep;
  else {
    story = state.openStory(keep);
    story.order = keep.sequence;
    joinStory(state, story, keep);
  }
  if (isStory(drop)) absorbStory(state, story, drop);
  else joinStory(state, story, drop);
  return story;
}
