/**
 * The state of story clustering, shared by its parts: the feature table and IDF, the neighbour
 * index, the articles and stories clustered so far with their lookups, and the small operations
 * on them that every part needs (IDF, time windows, opening and retiring stories).
 *
 * The parts, each in its own file, follow the flow: features (article-features.ts), neighbour
 * graph (neighbour-graph.ts), similarity (similarity.ts), story membership (story-membership.ts),
 * agglomeration (agglomerate.ts, merge-heap.ts), second pass (second-pass.ts), online assignment
 * (assign-articles.ts); `StoryClusterer` (story-clusterer.ts) is their public face, and
 * cluster-articles.ts (a batch) and assign-batch.ts (a batch into stored stories) use it.
 */
import { makeStoryId } from './steps/03-hash-id.js';
import { FeatureTable, featureKind, type FeatureVector } from './feature-table.js';
import { NeighbourIndex } from './neighbour-index.js';
import type { ClusterOptions } from './options.js';
import { WeightMap } from './weight-map.js';
import type { PairTable } from './pair-evidence.js';

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
export interface ArticleState {
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

/** A story while clustering: members, summed profiles, time range and index bookkeeping. */
export interface StoryState {
  id: string;
  title: string;
  members: ArticleState[];
  /** Summed member weights per feature id, before IDF (IDF changes as articles arrive). */
  profile: WeightMap;
  /** Summed member neighbour weights per neighbour ordinal. */
  neighbours: WeightMap;
  /**
   * Summed member weights of headline pairs (steps/02), which weigh nothing in cosines: kept
   * apart from the profile so they neither take its room nor are trimmed out of it (in the
   * profile, they made ECB+ stories trim sooner and moved its figures by chance).
   */
  headlinePairs: WeightMap;
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
export interface PrimedArticle {
  title: string;
  vector: FeatureVector;
  top: Int32Array;
  time: number | null;
  ordinal: number;
}

/** An article as scored: its features with IDF weights of now, their norm, its neighbour weights. */
export interface ScoredArticle {
  ordinal: number;
  ids: Int32Array;
  top: Int32Array;
  weighted: Float32Array;
  norm: number;
  neighbourIds: Int32Array;
  neighbourWeights: Float32Array;
  hasDateYear: boolean;
  hasAnyYear: boolean;
  /** Whether it has a publication time (headline pairs are evidence only between dated articles). */
  isDated: boolean;
}

export const dayMs = 86_400_000;

/**
 * Largest share of the articles counted that may hold a headline pair for it to be evidence.
 * Pairs of the kind of event ("police raid" in "Police hunt gang after Briggate bank raid" and
 * "Gloucester Road raid: police appeal", two robberies) are shared as readily by two events as
 * by two reports of one; only rarity tells them apart, and a small batch cannot tell (in a
 * store of ten articles, no pair is evidence). 2%, 5% and 10% gave the same figures on NeuS
 * train slices.
 */
const pairShare = 0.05;

/** Everything the clustering parts share; its fields are read and written by them directly. */
export class ClusterState {
  readonly table = new FeatureTable();
  readonly articleIndex: NeighbourIndex;
  /** Primed articles by id: what clustering needs of them, their text not kept (consumed by `add` and `addPrimed`). */
  readonly primed = new Map<string, PrimedArticle>();
  /** Articles staged for `prime`: features counted, not yet indexed. */
  staged: (Omit<PrimedArticle, 'top' | 'ordinal'> & { id: string })[] = [];
  /** Stories in opening order; retired ones are dropped lazily (see compactStories). */
  storyList: StoryState[] = [];
  retiredCount = 0;
  readonly storyById = new Map<string, StoryState>();
  readonly storyIndex = new Map<number, StoryState[]>();
  readonly articleById = new Map<string, ArticleState>();
  /** The article state of each neighbour-index ordinal once it is clustered. */
  readonly articleByOrdinal: (ArticleState | undefined)[] = [];
  sequence = 0;
  opened = 0;
  /** Number of the current candidate lookup (see findCandidates). */
  lookup = 0;
  /** IDF per feature id, valid while its stamp equals the article count it was computed at. */
  private idfCache = new Float64Array(0);
  private idfStamp = new Float64Array(0);
  /** Set by `prime`: the IDF is fixed from the batch and `add` does not count again. */
  isPrimed = false;
  /** Set while agglomerating: the story index is built once at the end, not kept up on every merge. */
  isIndexDeferred = false;
  /** The reused one-article story of `openScratch`. */
  scratch: StoryState | null = null;
  /** While agglomerating with pair evidence: the batch's pair probabilities (pair-evidence.ts). */
  pairs: PairTable | null = null;

  constructor(readonly options: ClusterOptions) {
    this.articleIndex = new NeighbourIndex(this.idfOf, options.indexedFeatures, options.postingScan);
  }

  /** `idf` bound, to hand to helpers. */
  readonly idfOf = (id: number): number => this.idf(id);

  /**
   * Inverse document frequency of a feature over the articles counted so far (cached until the
   * count changes); 0 for a headline pair, which is evidence only (similarity.ts): word pairs
   * of whole texts (two words in a row) at half a word's weight in cosines and neighbours moved
   * ECB+ from P 0.962 R 0.939 to P 0.945 R 0.887.
   */
  idf(id: number): number {
    const kind = this.table.kindOf(id);
    if (kind === featureKind.headlinePair || kind === featureKind.weekday) return 0;
    return this.rawIdf(id);
  }

  /**
   * IDF of a feature by its document frequency alone, whatever its kind (cached as `idf` is):
   * headline pairs weigh nothing in cosines, yet their rarity is pair evidence (pair-features.ts).
   */
  rawIdf(id: number): number {
    const count = this.table.documents;
    if (id >= this.idfCache.length) {
      const size = Math.max(id + 1, this.idfCache.length * 2, 4096);
      const values = new Float64Array(size);
      values.set(this.idfCache);
      this.idfCache = values;
      const stamps = new Float64Array(size).fill(-1);
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
   * Whether a feature is rare enough to tell events apart: in at most half the articles seen,
   * counting the imagined background articles (20) as lacking it, so that a small batch (3 reports of one robbery,
   * all naming "Briggate") still treats its names as specific. A headline pair must be rare
   * among the articles truly counted (`pairShare`).
   */
  isSpecific(id: number): boolean {
    if (this.table.kindOf(id) === featureKind.headlinePair) return this.table.frequencyOf(id) <= pairShare * this.table.documents;
    return this.table.frequencyOf(id) * 2 <= this.table.documents + this.options.backgroundArticles;
  }

  /** The article with IDF weights of now (they drift while the IDF is counted online; weighed once when primed). */
  scoreable(article: ArticleState): ScoredArticle {
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
      hasDateYear: article.hasDateYear, hasAnyYear: article.hasAnyYear, isDated: article.time !== null,
    };
    article.scoredAt = this.table.documents;
    return article.scored;
  }

  /** An empty story record (not listed: see openStory). */
  static emptyStory(id: string, order: number, title: string): StoryState {
    return {
      id, order, isRetired: false, dateYears: 0, anyYears: 0, title, members: [],
      profile: new WeightMap(), neighbours: new WeightMap(), headlinePairs: new WeightMap(), indexed: new Set(), first: null, last: null, seenAt: 0, hitAt: 0, hit: 0, node: -1, version: 0,
    };
  }

  /** Open a story named after its first article. */
  openStory(first: ArticleState): StoryState {
    const story = ClusterState.emptyStory(this.uniqueId(first.id), this.opened++, first.title);
    this.storyList.push(story);
    this.storyById.set(story.id, story);
    return story;
  }

  /** Mark a story merged away or emptied. */
  retire(story: StoryState): void {
    story.isRetired = true;
    story.members = [];
    story.profile = new WeightMap();
    story.neighbours = new WeightMap();
    story.headlinePairs = new WeightMap();
    if (this.storyById.get(story.id) === story) this.storyById.delete(story.id);
    if (++this.retiredCount > this.storyList.length / 2) this.compactStories();
  }

  /** Drop retired stories from the list (done in bulk: removing each at once costs a scan per merge). */
  compactStories(): void {
    if (this.retiredCount === 0) return;
    this.storyList = this.storyList.filter((s) => !s.isRetired);
    this.retiredCount = 0;
  }

  /** "s:" + hash of an article id, kept unique (two ids hashing alike is near impossible; stay deterministic anyway). */
  uniqueId(articleId: string, except?: StoryState): string {
    const taken = (id: string): boolean => {
      const holder = this.storyById.get(id);
      return holder !== undefined && holder !== except;
    };
    let id = makeStoryId(articleId);
    for (let n = 2; taken(id); n++) id = makeStoryId(`${articleId}#${n}`);
    return id;
  }

  /** Whether a time falls inside a story's window (undated articles and stories fit any window). */
  isInWindow(story: StoryState, time: number | null): boolean {
    if (time === null || story.first === null || story.last === null) return true;
    const reach = this.options.windowDays * dayMs;
    return time >= story.first - reach && time <= story.last + reach;
  }

  /** Whether two stories' windows meet. */
  isStoryInWindow(a: StoryState, b: StoryState): boolean {
    if (a.first === null || b.first === null || a.last === null || b.last === null) return true;
    const reach = this.options.windowDays * dayMs;
    return a.first <= b.last + reach && b.first <= a.last + reach;
  }

  /** Recount the years in a story's profile after it changed. */
  countYears(story: StoryState): void {
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

  /** The map of a story that holds a feature: its headline pairs, or its profile. */
  mapOf(story: StoryState, id: number): WeightMap {
    return this.table.kindOf(id) === featureKind.headlinePair ? story.headlinePairs : story.profile;
  }

  /** Keep a story's heaviest features (by weight times current IDF) so profiles stay small. */
  trimProfile(story: StoryState): void {
    story.profile.retainTop(this.options.profileSize, (id, w) => w * this.idf(id));
  }
}
