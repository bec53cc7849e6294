/**
 * Online story clustering: each new article joins the most similar open story or opens a new
 * one; a second pass (`refine`) later moves articles that now sit better elsewhere and merges
 * stories that several members tie together.
 *
 * The similarity of an article to a story is average link (its mean similarity to the members)
 * over two parts:
 * - content: IDF-weighted cosine of words, names, numbers and dates (IDF counted as articles
 *   arrive, or over the whole batch), gated by shared specific evidence and by dated years;
 * - neighbours: the article's nearest articles (by content) taken as features, so two reports of
 *   one event, which share most of their nearest reports, are close even when their own words
 *   differ, and two events of one kind, each with its own reports, stay apart.
 * Time bounds both: a story's window moves with its articles.
 *
 * Candidates come from the stories of the article's neighbours and from an inverted index over
 * each story's rarest features, never from comparing against every story.
 */
import { tokenise } from './steps/01-tokenise.js';
import { extractFeatures, type FeatureCounts } from './steps/02-extract-features.js';
import { makeStoryId } from './steps/03-hash-id.js';
import { FeatureTable, featureKind, findTopPositions, type FeatureVector } from './feature-table.js';
import { NeighbourIndex, type Neighbour, type NeighbourQuery } from './neighbour-index.js';
import { resolveClusterOptions, type ClusterOptions } from './options.js';
import { WeightMap } from './weight-map.js';

/** One article as clustering needs it. */
export interface ClusterInput {
  id: string;
  title?: string;
  text: string;
  /** ISO 8601 date or date-time; null or absent when unknown. */
  published?: string | null;
  source?: string;
}

/** A story: a group of articles about one event. */
export interface ClusteredStory {
  /** "s:" + hash of the id of its first article (in feeding order). */
  id: string;
  title: string;
  /** Article ids in the order they joined. */
  articles: string[];
}

/** Where an added article went. */
export interface StoryAssignment {
  story: string;
  isNew: boolean;
}

/** An article once clustered: what scoring, moving and re-titling need. */
interface ArticleState {
  id: string;
  /** Order of arrival; the story's first article gives its id and title. */
  sequence: number;
  /** Its number in the neighbour index. */
  ordinal: number;
  title: string;
  vector: FeatureVector;
  /** Positions of its rarest features, looked up in the indexes (see findTopPositions). */
  top: Int32Array;
  /** IDF-weighted features (as `vector.ids`), their norm, and the article count they were weighed at. */
  scored: ScoredArticle | null;
  scoredAt: number;
  /** 1 / norm of the IDF-weighted vector when it joined: members enter profiles as unit vectors. */
  scale: number;
  /** Normalised weights of the article itself and its nearest articles, by neighbour ordinal. */
  neighbourIds: Int32Array;
  neighbourWeights: Float32Array;
  time: number | null;
  hasDateYear: boolean;
  hasAnyYear: boolean;
  story: StoryState;
  /** Its node number in the agglomeration under way (-1 outside one). */
  node: number;
}

interface StoryState {
  id: string;
  title: string;
  members: ArticleState[];
  /** Summed member weights per feature id, before IDF (IDF changes as articles arrive). */
  profile: WeightMap;
  /** Summed member neighbour weights per neighbour ordinal. */
  neighbours: WeightMap;
  /** Written-date years ('y') and all years ('y' and 't') in the profile. */
  dateYears: number;
  anyYears: number;
  /** Opening sequence number: the older of two merged stories keeps its id. */
  order: number;
  /** Set once merged away or emptied. */
  isRetired: boolean;
  /** Its node number in the agglomeration under way (-1 outside one), and how often it grew there (older merge candidates go stale). */
  node: number;
  version: number;
  /** Feature ids already entered in the story index for this story. */
  indexed: Set<number>;
  /** Earliest and latest member time in ms, or null while no member is dated. */
  first: number | null;
  last: number | null;
  /** Scratch for candidate lookups: the lookup that last saw it, and its summed hit weight then. */
  seenAt: number;
  hitAt: number;
  hit: number;
}

/** A primed article: what clustering needs of it once its text is gone. */
interface PrimedArticle {
  title: string;
  vector: FeatureVector;
  top: Int32Array;
  time: number | null;
  ordinal: number;
}

/** An article as scored: its features with IDF weights of now, their norm, its neighbour weights. */
interface ScoredArticle {
  ordinal: number;
  ids: Int32Array;
  top: Int32Array;
  weighted: Float32Array;
  norm: number;
  neighbourIds: Int32Array;
  neighbourWeights: Float32Array;
  hasDateYear: boolean;
  hasAnyYear: boolean;
}

const dayMs = 86_400_000;

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
const neighbourSpread = 0.7;

/**
 * Rarest features of an article looked up in the story index for candidates beyond its
 * neighbours' stories (reading more changed no result on the bench sets, and cost time).
 */
const lookupFeatures = 5;

/** A readable title: the article's own, else its first line cut at a word near 100 characters. */
function makeTitle(article: ClusterInput): string {
  const own = article.title?.trim();
  if (own) return own;
  const line = article.text.trim().split('\n')[0]?.trim() ?? '';
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)) + '…';
}

/** Features of an article's title and text. */
function extractArticleFeatures(article: ClusterInput): FeatureCounts {
  return extractFeatures(tokenise(article.title ? `${article.title}\n${article.text}` : article.text));
}

/** Parse an ISO date to ms, or null when absent or unparseable. */
function parseTime(published: string | null | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms : null;
}

/** Incremental story clusterer: `add` articles one at a time, `refine` now and then, read `stories()` at any point. */
export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly table = new FeatureTable();
  private readonly articleIndex: NeighbourIndex;
  /** Primed articles by id: what clustering needs of them, their text not kept (consumed by `add` and `addPrimed`). */
  private readonly primed = new Map<string, PrimedArticle>();
  /** Articles staged for `prime`: features counted, not yet indexed. */
  private staged: (Omit<PrimedArticle, 'top' | 'ordinal'> & { id: string })[] = [];
  /** Stories in opening order; retired ones are dropped lazily (see compactStories). */
  private storyList: StoryState[] = [];
  private retiredCount = 0;
  private readonly storyById = new Map<string, StoryState>();
  private readonly storyIndex = new Map<number, StoryState[]>();
  private readonly articleById = new Map<string, ArticleState>();
  /** The article state of each neighbour-index ordinal once it is clustered. */
  private readonly articleByOrdinal: (ArticleState | undefined)[] = [];
  private sequence = 0;
  private opened = 0;
  /** Number of the current candidate lookup (see findCandidates). */
  private lookup = 0;
  /** IDF per feature id, valid while its stamp equals the article count it was computed at. */
  private idfCache = new Float64Array(0);
  private idfStamp = new Int32Array(0);
  /** Set by `prime`: the IDF is fixed from the batch and `add` does not count again. */
  private isPrimed = false;
  /** Set while `addBatch` agglomerates: the story index is built once at the end, not kept up on every merge. */
  private isIndexDeferred = false;
  /** The reused one-article story of `openScratch`. */
  private scratch: StoryState | null = null;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = resolveClusterOptions(options);
    this.articleIndex = new NeighbourIndex(this.idfOf, this.options.indexedFeatures, this.options.postingScan);
  }

  /** `idf` bound, to hand to helpers. */
  private readonly idfOf = (id: number): number => this.idf(id);

  /** Inverse document frequency of a feature over the articles counted so far (cached until the count changes). */
  private idf(id: number): number {
    const count = this.table.documents;
    if (id >= this.idfCache.length) {
      const size = Math.max(id + 1, this.idfCache.length * 2, 4096);
      const values = new Float64Array(size);
      values.set(this.idfCache);
      this.idfCache = values;
      const stamps = new Int32Array(size).fill(-1);
      stamps.set(this.idfStamp);
      this.idfStamp = stamps;
    }
    if (this.idfStamp[id] !== count) {
      this.idfCache[id] = Math.log(1 + (count + this.options.backgroundArticles) / Math.max(this.table.frequencyOf(id), 1));
      this.idfStamp[id] = count;
    }
    return this.idfCache[id];
  }

  /**
   * Fix the IDF from a whole batch before adding its articles, and index the batch so each
   * article's neighbours come from the whole batch, later articles included (used by
   * clusterArticles; feed `add` the same articles afterwards, or `addPrimed` their ids).
   * Articles passed to `stage` before are primed with these.
   */
  prime(articles: Iterable<ClusterInput> = []): void {
    for (const article of articles) this.stage(article);
    this.isPrimed = true;
    const staged = this.staged;
    this.staged = [];
    // indexed once the IDF is final, so each article's rarest features are chosen right
    for (const p of staged) {
      if (this.primed.has(p.id)) continue;
      const top = findTopPositions(p.vector, this.idfOf, this.options.indexedFeatures);
      this.primed.set(p.id, { title: p.title, vector: p.vector, top, time: p.time, ordinal: this.articleIndex.add(p.vector, p.time, top) });
    }
  }

  /**
   * Count an article of a coming batch into the IDF and keep its features (not its text), for
   * the next `prime`: a batch read in pieces from a store never has to be in memory whole.
   */
  stage(article: ClusterInput): void {
    const vector = this.table.toVector(extractArticleFeatures(article), this.options.nameWeight, this.options.factWeight);
    this.table.countDocument(vector);
    this.staged.push({ id: article.id, title: makeTitle(article), vector, time: parseTime(article.published) });
  }

  /**
   * Count an article's features into the IDF without clustering it: prime the IDF from
   * history, so early articles are weighed as well as late ones.
   */
  observe(article: ClusterInput): void {
    this.table.countDocument(this.table.toVector(extractArticleFeatures(article), this.options.nameWeight, this.options.factWeight));
  }

  /**
   * Whether a feature is rare enough to tell events apart: in at most half the articles seen,
   * counting the imagined background articles (20) as lacking it, so that a small batch (3 reports of one robbery,
   * all naming "Briggate") still treats its names as specific.
   */
  private isSpecific(id: number): boolean {
    return this.table.frequencyOf(id) * 2 <= this.table.documents + this.options.backgroundArticles;
  }

  /** Assign one article to a story (new or existing). Throws on a repeated article id. */
  add(article: ClusterInput): StoryAssignment {
    if (this.articleById.has(article.id)) throw new Error(`PARALLAX_DUPLICATE_ID: article "${article.id}" was already clustered`);
    const time = parseTime(article.published);
    const primed = this.primed.get(article.id);
    let vector: FeatureVector;
    let top: Int32Array;
    let ordinal: number | null = null;
    if (primed) {
      ({ vector, top, ordinal } = primed);
      this.primed.delete(article.id);
    } else {
      vector = this.table.toVector(extractArticleFeatures(article), this.options.nameWeight, this.options.factWeight);
      if (!this.isPrimed) this.table.countDocument(vector);
      top = findTopPositions(vector, this.idfOf, this.options.indexedFeatures);
    }
    const neighbours = this.articleIndex.find(this.neighbourQuery(vector, top, time, ordinal, this.options.neighbours, neighbourSpread));
    if (ordinal === null) ordinal = this.articleIndex.add(vector, time, top);
    const state = this.createState(article.id, primed?.title ?? makeTitle(article), vector, top, ordinal, time, neighbours);
    const scored = this.scoreable(state);
    let best: StoryState | null = null;
    let bestScore = this.options.joinThreshold;
    const near: StoryState[] = [];
    for (const story of this.findCandidates(state, scored, null)) {
      const score = this.scoreArticle(story, scored, null);
      // only stories the article is at least half-way close to can reach the merge threshold
      if (score >= this.options.joinThreshold / 2) near.push(story);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    const story = best ?? this.openStory(state);
    this.joinStory(story, state, scored);
    const survivor = best ? this.mergeNeighbours(story, near) : story;
    return { story: survivor.id, isNew: best === null };
  }

  /**
   * The second pass: each article, in arrival order, moves to the story it is now closest to
   * (average link, itself left out) when that beats its own story and the join threshold; then
   * stories whose members tie them together (average link at the merge threshold) merge.
   * Repeats up to `refineRounds` times or until nothing moves.
   */
  refine(): void {
    for (let round = 0; round < this.options.refineRounds; round++) {
      let changed = 0;
      const all = [...this.articleById.values()].sort((a, b) => a.sequence - b.sequence);
      for (const article of all) if (this.reassign(article)) changed++;
      for (const story of [...this.storyList]) {
        if (story.isRetired) continue;
        const before = story.members.length;
        const candidates = this.findStoryCandidates(story);
        const survivor = this.mergeNeighbours(story, candidates);
        if (survivor.members.length !== before || survivor !== story) changed++;
      }
      this.retitle();
      if (changed === 0) break;
    }
  }

  /** Stories so far, in the order they were opened (after `refine`: in the order of their first articles). */
  stories(): ClusteredStory[] {
    this.compactStories();
    return this.storyList.map((s) => ({ id: s.id, title: s.title, articles: s.members.map((m) => m.id) }));
  }

  /** The story holding an article id, if it was added. */
  storyOf(articleId: string): string | null {
    return this.articleById.get(articleId)?.story.id ?? null;
  }

  /** How an article's nearest articles are looked up: within the time window, above the floor. */
  private neighbourQuery(vector: FeatureVector, top: Int32Array, time: number | null, self: number | null, count: number, spread: number): NeighbourQuery {
    return { vector, top, time, self, count, floor: neighbourFloor, spread, reach: this.options.windowDays * dayMs };
  }

  /** The state of a newly clustered article (not yet in a story), registered by id and ordinal. */
  private createState(id: string, title: string, vector: FeatureVector, top: Int32Array, ordinal: number, time: number | null, neighbours: Neighbour[]): ArticleState {
    // the article itself weighs 1 among its neighbours, each neighbour its cosine
    const self: [number, number] = [ordinal, 1];
    const pairs = [self, ...neighbours.map((n): [number, number] => [n.ordinal, n.similarity])].sort((a, b) => a[0] - b[0]);
    const length = Math.sqrt(pairs.reduce((sum, [, w]) => sum + w * w, 0));
    const state: ArticleState = {
      id, sequence: this.sequence++, ordinal, title, vector, top, scored: null, scoredAt: -1, scale: 1, time,
      neighbourIds: Int32Array.from(pairs, ([o]) => o), neighbourWeights: Float32Array.from(pairs, ([, w]) => w / length),
      hasDateYear: false, hasAnyYear: false, story: null as unknown as StoryState, node: -1,
    };
    for (const id of vector.ids) {
      const kind = this.table.kindOf(id);
      if (kind === featureKind.dateYear) state.hasDateYear = true;
      if (kind === featureKind.dateYear || kind === featureKind.bareYear) state.hasAnyYear = true;
    }
    this.articleByOrdinal[ordinal] = state;
    this.articleById.set(id, state);
    const scored = this.scoreable(state);
    state.scale = scored.norm > 0 ? 1 / scored.norm : 1;
    return state;
  }

  /**
   * Cluster a whole batch at once, order-free: average-link agglomeration. Every article starts
   * on its own; the two groups with the highest average-link similarity (the one `add` and
   * `refine` use: content and shared neighbours, gated by evidence, years and the time window)
   * merge, again and again, until no pair reaches the merge threshold. Only groups tied by some
   * member's `graphNeighbours` nearest articles are ever compared (a sparse graph, never all
   * pairs), and an article gets a story's profile only once it has company (a batch of 100,000
   * mostly lone articles would otherwise hold 100,000 profiles). Articles not primed are primed
   * first; afterwards `add` goes on online. Throws on an id already clustered or given twice.
   */
  addBatch(articles: readonly ClusterInput[]): void {
    this.checkNew(articles.map((a) => a.id));
    const unprimed = articles.filter((a) => !this.primed.has(a.id));
    if (unprimed.length > 0) this.prime(unprimed);
    this.agglomerate(articles.map((a) => a.id));
  }

  /**
   * `addBatch` for articles already primed (staged, then `prime()`), given by id in feeding
   * order. Throws on an id not primed, already clustered or given twice.
   */
  addPrimed(ids: readonly string[]): void {
    this.checkNew(ids);
    for (const id of ids) if (!this.primed.has(id)) throw new Error(`PARALLAX_NOT_PRIMED: article "${id}" was not primed for the batch`);
    this.agglomerate(ids);
  }

  /** The agglomeration of `addBatch` and `addPrimed`, over primed, new, distinct ids. */
  private agglomerate(ids: readonly string[]): void {
    const states: ArticleState[] = [];
    const links: Int32Array[] = [];
    const wide = Math.max(this.options.graphNeighbours, this.options.neighbours);
    for (const id of ids) {
      const { title, vector, top, time, ordinal } = this.primed.get(id)!;
      this.primed.delete(id);
      const found = this.articleIndex.find(this.neighbourQuery(vector, top, time, ordinal, wide, 0));
      const least = found.length > 0 ? found[0].similarity * neighbourSpread : 0;
      const neighbours = found.filter((n) => n.similarity >= least).slice(0, this.options.neighbours);
      states.push(this.createState(id, title, vector, top, ordinal, time, neighbours));
      links.push(Int32Array.from(found.slice(0, this.options.graphNeighbours), (n) => n.ordinal));
    }
    // groups tied by an article's wide neighbours (both ways); a lone article is its own node
    const adjacent = new Map<Group, Set<Group>>();
    const tie = (a: Group, b: Group): void => {
      let set = adjacent.get(a);
      if (!set) adjacent.set(a, (set = new Set()));
      set.add(b);
    };
    states.forEach((state, i) => {
      for (const o of links[i]) {
        const other = this.articleByOrdinal[o];
        if (!other || other === state) continue;
        // an article of this batch is still alone; one clustered before sits in its story
        const node: Group = other.story ?? other;
        if (!node || (isStory(node) && node.isRetired)) continue;
        tie(state, node);
        tie(node, state);
      }
    });
    links.length = 0;
    this.isIndexDeferred = true;
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
      const score = this.scoreGroups(a, b);
      if (score > this.options.mergeThreshold) heap.push(score, nodeOf(a), nodeOf(b), versionOf(a), versionOf(b), groupOrder(a), groupOrder(b));
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
      const merged = this.mergeGroups(a, b);
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
    for (const state of states) if (state.story === null) this.joinStory(this.openStory(state), state, this.scoreable(state));
    this.isIndexDeferred = false;
    for (const state of states) this.indexStory(state.story, state);
    this.retitle();
  }

  /** Throw when an id repeats or was clustered already. */
  private checkNew(ids: readonly string[]): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id) || this.articleById.has(id)) throw new Error(`PARALLAX_DUPLICATE_ID: article "${id}" was already clustered`);
      seen.add(id);
    }
  }

  /** Average-link similarity of two groups of the agglomeration (a lone article or a story). */
  private scoreGroups(a: Group, b: Group): number {
    if (isStory(a) && isStory(b)) return this.isStoryInWindow(a, b) ? this.scoreStories(a, b) : 0;
    if (isStory(a) || isStory(b)) {
      const [story, article] = (isStory(a) ? [a, b] : [b, a]) as [StoryState, ArticleState];
      return this.isInWindow(story, article.time) ? this.scoreArticle(story, this.scoreable(article), null) : 0;
    }
    const [x, y] = [a as ArticleState, b as ArticleState];
    if (x.time !== null && y.time !== null && Math.abs(x.time - y.time) > this.options.windowDays * dayMs) return 0;
    // a story of one: the article as the story's profile would hold it
    // (x is its member while scored, so that "each is the other's nearest" sees it)
    const story = this.openScratch(x);
    x.story = story;
    const score = this.scoreArticle(story, this.scoreable(y), null);
    x.story = null as unknown as StoryState;
    return score;
  }

  /** Merge two groups into one story (the older one's, or a new story opened by the older article). */
  private mergeGroups(a: Group, b: Group): StoryState {
    const [keep, drop] = groupOrder(a) < groupOrder(b) ? [a, b] : [b, a];
    let story: StoryState;
    if (isStory(keep)) story = keep;
    else {
      story = this.openStory(keep);
      story.order = keep.sequence;
      this.joinStory(story, keep, this.scoreable(keep));
    }
    if (isStory(drop)) this.absorbStory(story, drop);
    else this.joinStory(story, drop, this.scoreable(drop));
    return story;
  }

  /** A throwaway story holding one article, to score a lone article against another (reused). */
  private openScratch(article: ArticleState): StoryState {
    const scratch = (this.scratch ??= {
      id: '', order: -1, isRetired: true, dateYears: 0, anyYears: 0, title: '', members: [],
      profile: new WeightMap(), neighbours: new WeightMap(), indexed: new Set(), first: null, last: null, seenAt: 0, hitAt: 0, hit: 0, node: -1, version: 0,
    });
    if (scratch.members[0] === article) return scratch;
    scratch.members = [article];
    scratch.profile.clear();
    scratch.neighbours.clear();
    const { ids, raw } = article.vector;
    for (let k = 0; k < ids.length; k++) scratch.profile.set(ids[k], raw[k] * article.scale);
    for (let k = 0; k < article.neighbourIds.length; k++) scratch.neighbours.add(article.neighbourIds[k], article.neighbourWeights[k]);
    this.countYears(scratch);
    return scratch;
  }

  /** The article with IDF weights of now (they drift while the IDF is counted online; weighed once when primed). */
  private scoreable(article: ArticleState): ScoredArticle {
    if (article.scored && article.scoredAt === this.table.documents) return article.scored;
    const { ids, raw } = article.vector;
    const weighted = article.scored?.weighted ?? new Float32Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const v = raw[k] * this.idf(ids[k]);
      weighted[k] = v;
      norm += v * v;
    }
    article.scored = {
      ordinal: article.ordinal, ids, top: article.top, weighted, norm: Math.sqrt(norm), neighbourIds: article.neighbourIds, neighbourWeights: article.neighbourWeights,
      hasDateYear: article.hasDateYear, hasAnyYear: article.hasAnyYear,
    };
    article.scoredAt = this.table.documents;
    return article.scored;
  }

  private openStory(first: ArticleState): StoryState {
    const story: StoryState = {
      id: this.uniqueId(first.id), order: this.opened++, isRetired: false, dateYears: 0, anyYears: 0, title: first.title, members: [],
      profile: new WeightMap(), neighbours: new WeightMap(), indexed: new Set(), first: null, last: null, seenAt: 0, hitAt: 0, hit: 0, node: -1, version: 0,
    };
    this.storyList.push(story);
    this.storyById.set(story.id, story);
    return story;
  }

  /** Drop retired stories from the list (done in bulk: removing each at once costs a scan per merge). */
  private compactStories(): void {
    if (this.retiredCount === 0) return;
    this.storyList = this.storyList.filter((s) => !s.isRetired);
    this.retiredCount = 0;
  }

  /** "s:" + hash of an article id, kept unique (two ids hashing alike is near impossible; stay deterministic anyway). */
  private uniqueId(articleId: string, except?: StoryState): string {
    const taken = (id: string): boolean => {
      const holder = this.storyById.get(id);
      return holder !== undefined && holder !== except;
    };
    let id = makeStoryId(articleId);
    for (let n = 2; taken(id); n++) id = makeStoryId(`${articleId}#${n}`);
    return id;
  }

  private isInWindow(story: StoryState, time: number | null): boolean {
    if (time === null || story.first === null || story.last === null) return true;
    const reach = this.options.windowDays * dayMs;
    return time >= story.first - reach && time <= story.last + reach;
  }

  /**
   * Candidate stories of an article: those holding its neighbours, then those sharing its
   * rarest features by summed weight (bounded), all inside the time window.
   */
  private findCandidates(article: ArticleState, scored: ScoredArticle, except: StoryState | null): StoryState[] {
    // marks on the stories instead of a set and a map per call: this runs for every article, twice
    const mark = ++this.lookup;
    const out: StoryState[] = [];
    if (except) except.seenAt = mark;
    for (const o of article.neighbourIds) {
      const story = this.articleByOrdinal[o]?.story;
      if (story && story.seenAt !== mark && !story.isRetired && this.isInWindow(story, article.time)) {
        story.seenAt = mark;
        out.push(story);
      }
    }
    const hits: StoryState[] = [];
    for (let at = 0; at < scored.top.length && at < lookupFeatures; at++) {
      const k = scored.top[at];
      const list = this.storyIndex.get(scored.ids[k]);
      if (!list) continue;
      const w = scored.weighted[k];
      // newest stories last: a common feature is looked up only in its most recent stories
      for (let i = list.length - 1, read = 0; i >= 0 && read < this.options.postingScan; i--, read++) {
        const story = list[i];
        if (story.seenAt === mark) continue;
        if (story.hitAt === mark) story.hit += w;
        else if (!story.isRetired && this.isInWindow(story, article.time)) {
          story.hitAt = mark;
          story.hit = w;
          hits.push(story);
        }
      }
    }
    hits.sort((a, b) => b.hit - a.hit || a.order - b.order);
    for (let i = 0; i < hits.length && i < this.options.candidates; i++) out.push(hits[i]);
    return out;
  }

  /** Candidate stories to merge with a story: those holding its members' neighbours, inside the time window. */
  private findStoryCandidates(story: StoryState): StoryState[] {
    const out = new Set<StoryState>();
    for (const member of story.members) {
      for (const o of member.neighbourIds) {
        const other = this.articleByOrdinal[o]?.story;
        if (other && other !== story && !other.isRetired && this.isStoryInWindow(story, other)) out.add(other);
      }
    }
    return [...out];
  }

  /**
   * Average-link similarity of an article to a story (its mean similarity to the members,
   * leaving out `self` when the article is one of them), or 0 when they share too little
   * specific evidence (names, numbers, dates) to be one event, or both date their event in
   * years and share none.
   */
  private scoreArticle(story: StoryState, article: ScoredArticle, self: ArticleState | null): number {
    const size = story.members.length - (self ? 1 : 0);
    if (size <= 0 || article.norm === 0) return 0;
    let dot = 0;
    let evidence = 0;
    let sharedYears = 0;
    let sharedTimes = 0;
    // years only this article brings to its own story, left out with it
    let ownDateYears = 0;
    let ownAnyYears = 0;
    for (let k = 0; k < article.ids.length; k++) {
      const id = article.ids[k];
      let w = story.profile.get(id);
      if (w === undefined) continue;
      const kind = this.table.kindOf(id);
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
      dot += article.weighted[k] * w * this.idf(id);
      if (isDateYear) sharedYears++;
      if (isYear) sharedTimes++;
      if (kind !== featureKind.word && this.isSpecific(id)) evidence++;
    }
    let neighbourDot = 0;
    for (let k = 0; k < article.neighbourIds.length; k++) {
      const w = story.neighbours.get(article.neighbourIds[k]);
      if (w !== undefined) neighbourDot += article.neighbourWeights[k] * w;
    }
    // its own neighbour weights are in the story's sums: take them out (they sum to 1 squared)
    if (self) for (let k = 0; k < article.neighbourWeights.length; k++) neighbourDot -= article.neighbourWeights[k] * article.neighbourWeights[k];
    if (evidence < this.options.minEvidence && !(evidence === this.options.minEvidence - 1 && neighbourDot > 1e-9 && this.isNearestOf(article, story, self))) return 0;
    if (story.dateYears - ownDateYears > 0 && sharedYears === 0 && article.hasDateYear) return 0;
    const penalty = story.anyYears - ownAnyYears > 0 && sharedTimes === 0 && article.hasAnyYear ? this.options.yearPenalty : 1;
    return this.combine(dot / (article.norm * size), neighbourDot / size) * penalty;
  }

  /**
   * Whether an article and a story hold each other's nearest articles: a member is among the
   * article's neighbours and the article among a member's. Then one specific name, number or
   * date fewer than `minEvidence` will do: short reports of one event (a title and an opening)
   * often share a single name, but each is the other's nearest; two robberies in two cities that
   * share only "Police" are not.
   */
  private isNearestOf(article: ScoredArticle, story: StoryState, self: ArticleState | null): boolean {
    let isMemberNear = false;
    for (const o of article.neighbourIds) {
      if (o !== article.ordinal && this.articleByOrdinal[o]?.story === story) {
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
  private holdEachOthersNearest(a: StoryState, b: StoryState): boolean {
    const holds = (x: StoryState, y: StoryState): boolean => {
      const map = x.neighbours;
      for (let slot = 0; slot < map.slots; slot++) {
        const o = map.keyAt(slot);
        if (o >= 0 && this.articleByOrdinal[o]?.story === y) return true;
      }
      return false;
    };
    return holds(a, b) && holds(b, a);
  }

  /**
   * Content and neighbour similarity in one score. The neighbour part is halved so that two
   * articles that are each other's only neighbour at cosine c score about c there too.
   */
  private combine(content: number, neighbours: number): number {
    const share = this.options.neighbourWeight;
    return (1 - share) * content + share * 0.5 * neighbours;
  }

  /** Average-link similarity of two stories (mean similarity over their article pairs). */
  private scoreStories(a: StoryState, b: StoryState): number {
    const small = a.profile.size <= b.profile.size ? a.profile : b.profile;
    const large = small === a.profile ? b.profile : a.profile;
    let dot = 0;
    let evidence = 0;
    let sharedYears = 0;
    let sharedTimes = 0;
    for (let slot = 0; slot < small.slots; slot++) {
      const id = small.keyAt(slot);
      if (id < 0) continue;
      const x = large.get(id);
      if (x === undefined) continue;
      const w = small.weightAt(slot);
      const kind = this.table.kindOf(id);
      if (kind === featureKind.dateYear) sharedYears++;
      if (kind === featureKind.dateYear || kind === featureKind.bareYear) sharedTimes++;
      const idf = this.idf(id);
      dot += w * x * idf * idf;
      if (kind !== featureKind.word && this.isSpecific(id)) evidence++;
    }
    const neighbourDot = a.neighbours.dot(b.neighbours);
    if (evidence < this.options.minEvidence && !(evidence === this.options.minEvidence - 1 && neighbourDot > 1e-9 && this.holdEachOthersNearest(a, b))) return 0;
    if (sharedYears === 0 && a.dateYears > 0 && b.dateYears > 0) return 0;
    const penalty = sharedTimes === 0 && a.anyYears > 0 && b.anyYears > 0 ? this.options.yearPenalty : 1;
    const pairs = a.members.length * b.members.length;
    return this.combine(dot / pairs, neighbourDot / pairs) * penalty;
  }

  /**
   * After a join, the grown story may now be as close to another candidate as an article must
   * be to join: merge them (the older story keeps its id), so arrival order matters less.
   */
  private mergeNeighbours(story: StoryState, candidates: StoryState[]): StoryState {
    let current = story;
    for (;;) {
      let best: StoryState | null = null;
      let bestScore = this.options.joinThreshold;
      for (const other of candidates) {
        if (other === current || other.isRetired || !this.isStoryInWindow(current, other)) continue;
        const score = this.scoreStories(current, other);
        if (score > bestScore) {
          best = other;
          bestScore = score;
        }
      }
      if (!best) return current;
      const [keep, drop] = current.order < best.order ? [current, best] : [best, current];
      this.absorbStory(keep, drop);
      current = keep;
    }
  }

  private isStoryInWindow(a: StoryState, b: StoryState): boolean {
    if (a.first === null || b.first === null || a.last === null || b.last === null) return true;
    const reach = this.options.windowDays * dayMs;
    return a.first <= b.last + reach && b.first <= a.last + reach;
  }

  /** Move every article of `drop` into `keep` and retire `drop`. */
  private absorbStory(keep: StoryState, drop: StoryState): void {
    for (const member of drop.members) {
      member.story = keep;
      keep.members.push(member);
    }
    // the smaller map is poured into the larger, which the kept story takes
    if (drop.profile.size > keep.profile.size) [keep.profile, drop.profile] = [drop.profile, keep.profile];
    keep.profile.addAll(drop.profile);
    if (drop.neighbours.size > keep.neighbours.size) [keep.neighbours, drop.neighbours] = [drop.neighbours, keep.neighbours];
    keep.neighbours.addAll(drop.neighbours);
    if (keep.profile.size > this.options.profileSize * 2) this.trimProfile(keep);
    this.countYears(keep);
    for (const id of this.isIndexDeferred ? [] : drop.indexed) {
      const list = this.storyIndex.get(id)!;
      const at = list.lastIndexOf(drop);
      if (keep.indexed.has(id)) list.splice(at, 1);
      else {
        list[at] = keep;
        keep.indexed.add(id);
      }
    }
    if (drop.first !== null) keep.first = keep.first === null ? drop.first : Math.min(keep.first, drop.first);
    if (drop.last !== null) keep.last = keep.last === null ? drop.last : Math.max(keep.last, drop.last);
    this.retire(drop);
  }

  private retire(story: StoryState): void {
    story.isRetired = true;
    story.members = [];
    story.profile = new WeightMap();
    story.neighbours = new WeightMap();
    if (this.storyById.get(story.id) === story) this.storyById.delete(story.id);
    if (++this.retiredCount > this.storyList.length / 2) this.compactStories();
  }

  private joinStory(story: StoryState, article: ArticleState, scored: ScoredArticle): void {
    story.members.push(article);
    article.story = story;
    // Average link: members enter as unit vectors (normed with the IDF of the day they joined).
    const { ids, raw } = article.vector;
    for (let k = 0; k < ids.length; k++) story.profile.add(ids[k], raw[k] * article.scale);
    for (let k = 0; k < article.neighbourIds.length; k++) {
      const o = article.neighbourIds[k];
      story.neighbours.add(o, article.neighbourWeights[k]);
    }
    if (story.profile.size > this.options.profileSize * 2) this.trimProfile(story);
    this.countYears(story);
    if (!this.isIndexDeferred) this.indexStory(story, article);
    if (article.time !== null) {
      story.first = story.first === null ? article.time : Math.min(story.first, article.time);
      story.last = story.last === null ? article.time : Math.max(story.last, article.time);
    }
  }

  /** Enter an article's rarest features in the story index for its story. */
  private indexStory(story: StoryState, article: ArticleState): void {
    const ids = article.vector.ids;
    for (const k of article.top) {
      const id = ids[k];
      if (story.indexed.has(id)) continue;
      story.indexed.add(id);
      const list = this.storyIndex.get(id);
      if (list) list.push(story);
      else this.storyIndex.set(id, [story]);
    }
  }

  /** Take an article out of its story (its profile contributions subtracted); retire the story when emptied. */
  private leaveStory(article: ArticleState): void {
    const story = article.story;
    story.members = story.members.filter((m) => m !== article);
    if (story.members.length === 0) {
      this.retire(story);
      return;
    }
    const { ids, raw } = article.vector;
    for (let k = 0; k < ids.length; k++) {
      const w = story.profile.get(ids[k]);
      if (w === undefined) continue;
      const left = w - raw[k] * article.scale;
      if (left > 1e-9) story.profile.set(ids[k], left);
      else story.profile.delete(ids[k]);
    }
    for (let k = 0; k < article.neighbourIds.length; k++) {
      const o = article.neighbourIds[k];
      const left = (story.neighbours.get(o) ?? 0) - article.neighbourWeights[k];
      if (left > 1e-9) story.neighbours.set(o, left);
      else story.neighbours.delete(o);
    }
    this.countYears(story);
    story.first = null;
    story.last = null;
    for (const m of story.members) {
      if (m.time === null) continue;
      story.first = story.first === null ? m.time : Math.min(story.first, m.time);
      story.last = story.last === null ? m.time : Math.max(story.last, m.time);
    }
  }

  /** Move an article to the story it is closest to now, if that beats its own and the join threshold. */
  private reassign(article: ArticleState): boolean {
    const own = article.story;
    const scored = this.scoreable(article);
    const ownScore = own.members.length > 1 ? this.scoreArticle(own, scored, article) : 0;
    let best: StoryState | null = null;
    let bestScore = Math.max(ownScore, this.options.joinThreshold);
    for (const story of this.findCandidates(article, scored, own)) {
      if (!this.isInWindow(story, article.time)) continue;
      const score = this.scoreArticle(story, scored, null);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (!best) return false;
    this.leaveStory(article);
    this.joinStory(best, article, scored);
    return true;
  }

  /** Give each story the id and title of its first article (in arrival order), as if it had opened it. */
  private retitle(): void {
    this.compactStories();
    for (const story of this.storyList) {
      let first = story.members[0];
      for (const m of story.members) if (m.sequence < first.sequence) first = m;
      story.order = first.sequence;
      story.title = first.title;
      if (story.id === makeStoryId(first.id)) continue;
      if (this.storyById.get(story.id) === story) this.storyById.delete(story.id);
      story.id = this.uniqueId(first.id, story);
      this.storyById.set(story.id, story);
    }
    this.storyList.sort((a, b) => a.order - b.order);
  }

  /** Recount the years in a story's profile after it changed. */
  private countYears(story: StoryState): void {
    story.dateYears = 0;
    story.anyYears = 0;
    const profile = story.profile;
    for (let slot = 0; slot < profile.slots; slot++) {
      const id = profile.keyAt(slot);
      if (id < 0) continue;
      const kind = this.table.kindOf(id);
      if (kind === featureKind.dateYear) story.dateYears++;
      if (kind === featureKind.dateYear || kind === featureKind.bareYear) story.anyYears++;
    }
  }

  /** Keep a story's heaviest features (by weight times current IDF) so profiles stay small. */
  private trimProfile(story: StoryState): void {
    story.profile.retainTop(this.options.profileSize, (id, w) => w * this.idf(id));
  }
}

export type { FeatureCounts };

/** A group while agglomerating: a lone article, or a story of two or more. */
type Group = ArticleState | StoryState;

function isStory(group: Group): group is StoryState {
  return 'members' in group;
}

/** A group's place in arrival order: the older group keeps its story when two merge. */
function groupOrder(group: Group): number {
  return isStory(group) ? group.order : group.sequence;
}

/**
 * Max-heap of candidate merges of numbered groups, kept in typed arrays (no object per entry):
 * score, the two nodes, their versions when scored, and their arrival orders for ties (the
 * older groups first, so the order is deterministic). `pop` leaves the top entry in `top*`.
 */
class MergeHeap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private versionA = new Int32Array(1024);
  private versionB = new Int32Array(1024);
  /** The smaller and the larger arrival order of the two groups. */
  private low = new Int32Array(1024);
  private high = new Int32Array(1024);
  size = 0;
  topA = -1;
  topB = -1;
  topVersionA = 0;
  topVersionB = 0;

  /** Whether entry i comes out before entry j. */
  private before(i: number, j: number): boolean {
    if (this.score[i] !== this.score[j]) return this.score[i] > this.score[j];
    if (this.low[i] !== this.low[j]) return this.low[i] < this.low[j];
    return this.high[i] < this.high[j];
  }

  /** Copy entry `from` into slot `to`. */
  private move(from: number, to: number): void {
    this.score[to] = this.score[from];
    this.a[to] = this.a[from];
    this.b[to] = this.b[from];
    this.versionA[to] = this.versionA[from];
    this.versionB[to] = this.versionB[from];
    this.low[to] = this.low[from];
    this.high[to] = this.high[from];
  }

  private swap(i: number, j: number): void {
    const spare = this.size;
    this.move(i, spare);
    this.move(j, i);
    this.move(spare, j);
  }

  private grow(): void {
    const bigger = <T extends Float64Array | Int32Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(array.length * 2);
      next.set(array);
      return next;
    };
    this.score = bigger(this.score);
    this.a = bigger(this.a);
    this.b = bigger(this.b);
    this.versionA = bigger(this.versionA);
    this.versionB = bigger(this.versionB);
    this.low = bigger(this.low);
    this.high = bigger(this.high);
  }

  /** Drop the entries `isStale` says are out of date, and rebuild the heap. */
  sweep(isStale: (a: number, b: number, versionA: number, versionB: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      if (isStale(this.a[i], this.b[i], this.versionA[i], this.versionB[i])) continue;
      if (kept !== i) this.move(i, kept);
      kept++;
    }
    this.size = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.size && this.before(l, best)) best = l;
      if (r < this.size && this.before(r, best)) best = r;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }

  push(score: number, a: number, b: number, versionA: number, versionB: number, orderA: number, orderB: number): void {
    // one slot beyond the last stays free for swaps
    if (this.size + 2 > this.score.length) this.grow();
    let i = this.size++;
    this.score[i] = score;
    this.a[i] = a;
    this.b[i] = b;
    this.versionA[i] = versionA;
    this.versionB[i] = versionB;
    this.low[i] = Math.min(orderA, orderB);
    this.high[i] = Math.max(orderA, orderB);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Take the top entry out; its nodes and versions are left in `topA`, `topB`, `topVersionA`, `topVersionB`. */
  pop(): void {
    if (this.size === 0) throw new Error('MergeHeap.pop on an empty heap');
    this.topA = this.a[0];
    this.topB = this.b[0];
    this.topVersionA = this.versionA[0];
    this.topVersionB = this.versionB[0];
    this.size--;
    if (this.size > 0) {
      this.move(this.size, 0);
      this.siftDown(0);
    }
  }
}
