/**
 * Online story clustering: each new article joins the most similar open story or opens a new
 * one. Similarity is an IDF-weighted cosine (IDF counted as articles arrive) in which names,
 * numbers and dates weigh more than plain words, gated by shared specific evidence and by time.
 *
 * Candidates come from an inverted index over each article's rarest features, never from
 * comparing against every story.
 */
import { tokenise } from './steps/01-tokenise.js';
import { extractFeatures, type FeatureCounts } from './steps/02-extract-features.js';
import { makeStoryId } from './steps/03-hash-id.js';
import { resolveClusterOptions, type ClusterOptions } from './options.js';

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
  /** "s:" + hash of the id of the article that opened it. */
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

interface StoryState {
  id: string;
  title: string;
  articles: string[];
  /** Summed article weights per feature, before IDF (IDF changes as articles arrive). */
  profile: Map<string, number>;
  /** Years of written dates ('y') and all years ('y' and 't') in the profile. */
  dateYears: number;
  anyYears: number;
  /** Opening sequence number: the older of two merged stories keeps its id. */
  order: number;
  /** Set once merged into an older story. */
  isMerged: boolean;
  /** Features already entered in the index for this story. */
  indexed: Set<string>;
  /** Earliest and latest article time in ms, or null while no member is dated. */
  first: number | null;
  last: number | null;
}

const dayMs = 86_400_000;

/** An article as scored: IDF-weighted features, their norm, and whether it dates its event. */
interface ArticleVector {
  weighted: Map<string, number>;
  norm: number;
  hasDateYear: boolean;
  hasAnyYear: boolean;
}

/** Weight of one feature occurrence count, before IDF: sublinear in the count, by kind. */
function weighFeature(key: string, count: number, options: ClusterOptions): number {
  const kind = key[0];
  const kindWeight = kind === 'e' ? options.nameWeight : kind === 'w' ? 1 : options.factWeight;
  return (1 + Math.log(count)) * kindWeight;
}

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

/**
 * Whether features include a year of the kind: 'y' years of written dates, 't' any year
 * ('y' or bare). Reports of one event date it alike; two that date their events in different
 * years are about different events ("December 15, 2008 ... Teixeira" vs "May 3, 2013 ... Teixeira").
 */
function hasYear(keys: Iterable<string>, kind: 'y' | 't'): boolean {
  for (const key of keys) if (key[0] === 'y' || (kind === 't' && key[0] === 't')) return true;
  return false;
}

/** Recount the years in a story's profile after it changed. */
function countYears(story: StoryState): void {
  story.dateYears = 0;
  story.anyYears = 0;
  for (const key of story.profile.keys()) {
    if (key[0] === 'y') story.dateYears++;
    if (key[0] === 'y' || key[0] === 't') story.anyYears++;
  }
}

/** Parse an ISO date to ms, or null when absent or unparseable. */
function parseTime(published: string | null | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms : null;
}

/** Incremental story clusterer: `add` articles one at a time, read `stories()` at any point. */
export class StoryClusterer {
  private readonly options: ClusterOptions;
  private readonly documentFrequency = new Map<string, number>();
  private documentCount = 0;
  private readonly storyList: StoryState[] = [];
  private readonly storyById = new Map<string, StoryState>();
  private readonly index = new Map<string, StoryState[]>();
  private readonly storyByArticle = new Map<string, StoryState>();
  private opened = 0;
  private readonly idfCache = new Map<string, number>();
  private idfCacheCount = -1;
  /** Set by `prime`: the IDF is fixed from the batch and `add` does not count again. */
  private isPrimed = false;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = resolveClusterOptions(options);
  }

  /** Inverse document frequency of a feature over the articles added so far (cached until the count changes). */
  private idf(key: string): number {
    if (this.idfCacheCount !== this.documentCount) {
      this.idfCache.clear();
      this.idfCacheCount = this.documentCount;
    }
    let value = this.idfCache.get(key);
    if (value === undefined) {
      value = Math.log(1 + (this.documentCount + this.options.backgroundArticles) / (this.documentFrequency.get(key) ?? 1));
      this.idfCache.set(key, value);
    }
    return value;
  }

  /** Fix the IDF from a whole batch before adding its articles (used by clusterArticles). */
  prime(articles: Iterable<ClusterInput>): void {
    // features are extracted again by `add`: keeping 100k feature maps costs more memory than time
    for (const article of articles) this.countFeatures(extractArticleFeatures(article));
    this.isPrimed = true;
  }

  /**
   * Count an article's features into the IDF without clustering it: prime the IDF from a batch
   * or from history, so early articles are weighed as well as late ones.
   */
  observe(article: ClusterInput): void {
    this.countFeatures(extractArticleFeatures(article));
  }

  private countFeatures(counts: FeatureCounts): void {
    this.documentCount++;
    for (const key of counts.keys()) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
  }

  /**
   * Whether a feature is rare enough to tell events apart: in at most half the articles seen,
   * counting the imagined background articles (20) as lacking it, so that a small batch (3 reports of one robbery,
   * all naming "Briggate") still treats its names as specific.
   */
  private isSpecific(key: string): boolean {
    return (this.documentFrequency.get(key) ?? 0) * 2 <= this.documentCount + this.options.backgroundArticles;
  }

  /** Assign one article to a story (new or existing). Throws on a repeated article id. */
  add(article: ClusterInput): StoryAssignment {
    if (this.storyByArticle.has(article.id)) throw new Error(`PARALLAX_DUPLICATE_ID: article "${article.id}" was already clustered`);
    const counts = extractArticleFeatures(article);
    if (!this.isPrimed) this.countFeatures(counts);

    const raw = new Map<string, number>();
    const weighted = new Map<string, number>();
    let norm = 0;
    for (const [key, count] of counts) {
      const w = weighFeature(key, count, this.options);
      raw.set(key, w);
      const v = w * this.idf(key);
      weighted.set(key, v);
      norm += v * v;
    }
    const vector: ArticleVector = { weighted, norm: Math.sqrt(norm), hasDateYear: hasYear(counts.keys(), 'y'), hasAnyYear: hasYear(counts.keys(), 't') };
    const time = parseTime(article.published);
    const candidates = vector.norm > 0 ? this.findCandidates(weighted, time) : [];
    let best: StoryState | null = null;
    let bestScore = this.options.joinThreshold;
    const near: StoryState[] = [];
    for (const story of candidates) {
      const score = this.scoreArticle(story, vector);
      // only stories the article is at least half-way close to can reach the merge threshold
      if (score >= this.options.mergeThreshold / 2) near.push(story);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    const story = best ?? this.openStory(article);
    this.joinStory(story, article.id, raw, weighted, time, vector.norm);
    const survivor = best ? this.mergeNeighbours(story, near) : story;
    return { story: survivor.id, isNew: best === null };
  }

  /** Stories so far, in the order they were opened. */
  stories(): ClusteredStory[] {
    return this.storyList.map((s) => ({ id: s.id, title: s.title, articles: [...s.articles] }));
  }

  /** The story holding an article id, if it was added. */
  storyOf(articleId: string): string | null {
    return this.storyByArticle.get(articleId)?.id ?? null;
  }

  private openStory(article: ClusterInput): StoryState {
    let id = makeStoryId(article.id);
    // Two article ids hashing alike is near impossible; keep ids unique anyway, deterministically.
    for (let n = 2; this.storyById.has(id); n++) id = makeStoryId(`${article.id}#${n}`);
    const story: StoryState = { id, order: this.opened++, isMerged: false, dateYears: 0, anyYears: 0, title: makeTitle(article), articles: [], profile: new Map(), indexed: new Set(), first: null, last: null };
    this.storyList.push(story);
    this.storyById.set(id, story);
    return story;
  }

  /** The article's rarest features: the ones worth indexing and looking up. */
  private topFeatures(weighted: Map<string, number>): string[] {
    return [...weighted.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.options.indexedFeatures)
      .map(([key]) => key);
  }

  private isInWindow(story: StoryState, time: number | null): boolean {
    if (time === null || story.first === null || story.last === null) return true;
    const reach = this.options.windowDays * dayMs;
    return time >= story.first - reach && time <= story.last + reach;
  }

  /** Stories sharing the article's rarest features, by summed weight, inside the time window. */
  private findCandidates(weighted: Map<string, number>, time: number | null): StoryState[] {
    const hits = new Map<StoryState, number>();
    for (const key of this.topFeatures(weighted)) {
      const list = this.index.get(key);
      if (!list) continue;
      const w = weighted.get(key)!;
      // newest stories last: a common feature is looked up only in its most recent stories
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < this.options.postingScan; i--, seen++) {
        hits.set(list[i], (hits.get(list[i]) ?? 0) + w);
      }
    }
    return [...hits.entries()]
      .filter(([story]) => this.isInWindow(story, time))
      .sort((a, b) => b[1] - a[1] || a[0].order - b[0].order)
      .slice(0, this.options.candidates)
      .map(([story]) => story);
  }

  /**
   * Average-link similarity of an article to a story (its mean similarity to the members), or 0
   * when they share too little specific evidence (names, numbers, dates) to be one event, or
   * both date their event in years and share none.
   */
  private scoreArticle(story: StoryState, article: ArticleVector): number {
    let dot = 0;
    let evidence = 0;
    let sharedYears = 0;
    let sharedTimes = 0;
    for (const [key, a] of article.weighted) {
      const w = story.profile.get(key);
      if (w === undefined) continue;
      dot += a * w * this.idf(key);
      const kind = key[0];
      if (kind === 'y') sharedYears++;
      if (kind === 'y' || kind === 't') sharedTimes++;
      if (kind !== 'w' && this.isSpecific(key)) evidence++;
    }
    if (evidence < this.options.minEvidence) return 0;
    if (story.dateYears > 0 && sharedYears === 0 && article.hasDateYear) return 0;
    const penalty = story.anyYears > 0 && sharedTimes === 0 && article.hasAnyYear ? this.options.yearPenalty : 1;
    return (dot / (article.norm * story.articles.length)) * penalty;
  }

  /** Average-link similarity of two stories (mean similarity over their article pairs). */
  private scoreStories(a: StoryState, b: StoryState): number {
    const [small, large] = a.profile.size <= b.profile.size ? [a, b] : [b, a];
    let dot = 0;
    let evidence = 0;
    let sharedYears = 0;
    let sharedTimes = 0;
    for (const [key, w] of small.profile) {
      const x = large.profile.get(key);
      if (x === undefined) continue;
      if (key[0] === 'y') sharedYears++;
      if (key[0] === 'y' || key[0] === 't') sharedTimes++;
      const idf = this.idf(key);
      dot += w * x * idf * idf;
      if (key[0] !== 'w' && this.isSpecific(key)) evidence++;
    }
    if (evidence < this.options.minEvidence) return 0;
    if (sharedYears === 0 && a.dateYears > 0 && b.dateYears > 0) return 0;
    const penalty = sharedTimes === 0 && a.anyYears > 0 && b.anyYears > 0 ? this.options.yearPenalty : 1;
    return (dot / (a.articles.length * b.articles.length)) * penalty;
  }

  /**
   * After a join, the grown story may now be as close to another candidate as an article must
   * be to join: merge them (the older story keeps its id), so arrival order matters less.
   */
  private mergeNeighbours(story: StoryState, candidates: StoryState[]): StoryState {
    let current = story;
    for (;;) {
      let best: StoryState | null = null;
      let bestScore = this.options.mergeThreshold;
      for (const other of candidates) {
        if (other === current || other.isMerged || !this.isStoryInWindow(current, other)) continue;
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
    keep.articles.push(...drop.articles);
    for (const id of drop.articles) this.storyByArticle.set(id, keep);
    for (const [key, w] of drop.profile) keep.profile.set(key, (keep.profile.get(key) ?? 0) + w);
    if (keep.profile.size > this.options.profileSize * 1.5) this.trimProfile(keep);
    countYears(keep);
    for (const key of drop.indexed) {
      const list = this.index.get(key)!;
      const at = list.indexOf(drop);
      if (keep.indexed.has(key)) list.splice(at, 1);
      else {
        list[at] = keep;
        keep.indexed.add(key);
      }
    }
    if (drop.first !== null) keep.first = keep.first === null ? drop.first : Math.min(keep.first, drop.first);
    if (drop.last !== null) keep.last = keep.last === null ? drop.last : Math.max(keep.last, drop.last);
    drop.isMerged = true;
    this.storyById.delete(drop.id);
    const at = this.storyList.indexOf(drop);
    this.storyList.splice(at, 1);
  }

  private joinStory(story: StoryState, articleId: string, raw: Map<string, number>, weighted: Map<string, number>, time: number | null, norm: number): void {
    story.articles.push(articleId);
    this.storyByArticle.set(articleId, story);
    // Average link: members enter as unit vectors (normed with the IDF of the day they joined).
    const scale = norm > 0 ? 1 / norm : 1;
    for (const [key, w] of raw) story.profile.set(key, (story.profile.get(key) ?? 0) + w * scale);
    if (story.profile.size > this.options.profileSize * 1.5) this.trimProfile(story);
    countYears(story);
    for (const key of this.topFeatures(weighted)) {
      if (story.indexed.has(key)) continue;
      story.indexed.add(key);
      const list = this.index.get(key);
      if (list) list.push(story);
      else this.index.set(key, [story]);
    }
    if (time !== null) {
      story.first = story.first === null ? time : Math.min(story.first, time);
      story.last = story.last === null ? time : Math.max(story.last, time);
    }
  }

  /** Keep a story's heaviest features (by weight times current IDF) so profiles stay small. */
  private trimProfile(story: StoryState): void {
    const kept = [...story.profile.entries()]
      .map(([key, w]) => [key, w, w * this.idf(key)] as const)
      .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.options.profileSize);
    story.profile = new Map(kept.map(([key, w]) => [key, w]));
  }
}

export type { FeatureCounts };
