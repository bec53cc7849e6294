/**
 * The store: articles, stories, story versions with their claims, feed fetch state and search,
 * behind one interface. SQLite implements it (sqlite-store.ts); a PostgreSQL implementation must
 * pass the same contract suite (test/store/store-contract.ts). Methods are async so that a
 * networked database fits; times are passed in, never read from a clock here.
 */

/** An article as stored: the ingest fields plus where clustering and near-duplicate checks put it. */
export interface StoredArticle {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
  language: string;
  text: string;
  /** Id of the earlier article this one copies (wire copy), or null. */
  copyOf: string | null;
  /** Id of its story, or null before clustering. */
  story: string | null;
  ingestedAt: string;
}

/** An article without its text: what listing a whole store returns (texts are read in pieces, see `getArticles`). */
export type ArticleHead = Omit<StoredArticle, 'text'>;

/** An article to add; `copyOf` and `story` are set later. */
export type NewArticle = Omit<StoredArticle, 'copyOf' | 'story' | 'ingestedAt'>;

/** Which articles findArticlesByWords returns. */
export interface WordQuery {
  /** Words any of which an article must hold (title or text). */
  words: readonly string[];
  /** At most this many ids. */
  limit: number;
  /** Only articles published at or after this time (ISO 8601), or undated. */
  from?: string;
  /** Only articles published at or before this time (ISO 8601), or undated. */
  to?: string;
}

/** A story as listed: title, outlets, article count, conflicts of its latest version, last update. */
export interface StorySummary {
  id: string;
  title: string;
  /** Distinct sources of its articles, sorted. */
  sources: string[];
  articleCount: number;
  conflicts: number;
  createdAt: string;
  updatedAt: string;
}

/** Which stories listStories returns: filters, and one page in listing order. */
export interface StoryQuery {
  /** Words that must all match the story's title or the title or text of one of its articles (the last may be a prefix). */
  text?: string;
  /** Only stories with an article from this source (exact name, any case). */
  outlet?: string;
  /** Only stories with an article published (or, undated, ingested) in this year, month or day: "2024", "2024-01", "2024-01-05". */
  date?: string;
  /** Keyset paging: start after this story of the listing order (the last one of the previous page). */
  after?: { updatedAt: string; id: string };
  /** At most this many stories. Default: all. */
  limit?: number;
}

/** A story's membership as decided by clustering. */
export interface StoryAssignment {
  id: string;
  title: string;
  articles: string[];
}

/** One claim of a story version, keyed so versions can be compared. */
export interface StoredClaim {
  /** Stable key across versions: the same claim in two versions has the same key. */
  key: string;
  kind: 'agreement' | 'conflict' | 'unique';
  text: string;
  articles: string[];
}

/** A saved state of a story's brief. */
export interface StoryVersion {
  story: string;
  /** 1, 2, 3, … per story. */
  version: number;
  createdAt: string;
  articles: string[];
  conflicts: number;
  /** The report as JSON, when one was made. */
  report: string | null;
  claims: StoredClaim[];
}

/** A version to add; the store numbers it. */
export type NewStoryVersion = Omit<StoryVersion, 'version'>;

/** Claims that are new, changed or newly contradicted since a time. */
export interface ClaimChanges {
  story: string;
  /** The version compared against (latest at or before `since`), or null when none existed. */
  fromVersion: number | null;
  toVersion: number | null;
  added: StoredClaim[];
  changed: { before: StoredClaim; after: StoredClaim }[];
  contradicted: { before: StoredClaim | null; after: StoredClaim }[];
}

/** One search result. */
export interface SearchHit {
  kind: 'article' | 'story';
  id: string;
  title: string;
  /** Matched words in context, matches wrapped in [brackets]. */
  snippet: string;
  /** The article's story (for articles), or the story itself. */
  story: string | null;
  /** Lower is better (bm25). */
  rank: number;
}

/** Conditional-request state of a fetched feed. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
}

/** A feed polled on a schedule. */
export interface Subscription {
  url: string;
  /** Seconds between two polls. */
  everySeconds: number;
  /** Whether the feed may be on a loopback, private or link-local address. */
  allowPrivate: boolean;
  addedAt: string;
  /** When it is next due (ISO 8601). */
  nextPollAt: string;
}

/** Everything Parallax keeps between runs. */
export interface Store {
  /** Add articles whose ids are new, in one transaction; returns the ids added, in input order. */
  addArticles(articles: readonly NewArticle[], ingestedAt: string): Promise<string[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Articles, oldest ingested first; only one story's when `story` is given. */
  listArticles(filter?: { story?: string }): Promise<StoredArticle[]>;
  /** Every article without its text, oldest ingested first (as `listArticles`). */
  listArticleHeads(): Promise<ArticleHead[]>;
  /** The articles of these ids, in the order given; unknown ids are left out. */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** Articles not yet in a story (`story` null), without their texts, oldest ingested first: what an incremental ingest still has to cluster. */
  listUnclusteredHeads(): Promise<ArticleHead[]>;
  /**
   * Ids of up to `query.limit` articles whose title or text holds at least one of `query.words`
   * (whole words, any case), most relevant first: relevance as `search` ranks it (bm25 over
   * title and text, or the backend's equivalent), so an article holding more of the words, and
   * rarer ones, comes first; ties by id. With `from`/`to` (ISO 8601, compared as text), only
   * articles published in that range or undated. Words without a letter or digit are ignored;
   * no usable word finds nothing. Used to find the stored articles a new one may join.
   */
  findArticlesByWords(query: WordQuery): Promise<string[]>;
  /**
   * Ids of `count` stored articles spread evenly over the store in ingest order (all of them when
   * it holds no more), in ingest order; the same store gives the same ids. Read without listing
   * the store: used to estimate how common a word is in a large store.
   */
  sampleArticleIds(count: number): Promise<string[]>;
  countArticles(): Promise<number>;
  /** Mark articles as copies of others (article id → original id), in one transaction. */
  markCopies(copies: ReadonlyMap<string, string>): Promise<void>;
  /**
   * Save clustering: create or retitle the given stories and assign their articles, in one
   * transaction. Stories not given keep their assignments; `updatedAt` moves only for stories
   * whose articles changed.
   */
  saveStories(stories: readonly StoryAssignment[], at: string): Promise<void>;
  /** Stories with at least one article, most recently updated first (ties by id), filtered and paged by `query`. */
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  getStory(id: string): Promise<StorySummary | null>;
  /** Add a version of a story with its claims; returns its number. */
  addStoryVersion(version: NewStoryVersion): Promise<number>;
  /** A version of a story (the latest when `version` is omitted), or null. */
  getStoryVersion(story: string, version?: number): Promise<StoryVersion | null>;
  /** Version numbers and times of a story, oldest first. */
  listStoryVersions(story: string): Promise<{ version: number; createdAt: string }[]>;
  /** Claims of the latest version that are new, changed or contradicted relative to the version current at `since`. */
  findClaimChanges(story: string, since: string): Promise<ClaimChanges>;
  /** Full-text search over article titles and texts and story titles, best first. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /**
   * Run `fn` while holding the lock `name`: a second caller with the same name waits until the
   * first is done. PostgreSQL takes a session advisory lock, so the lock holds across processes
   * and machines (story assignment runs one at a time while workers fetch and brief in
   * parallel); SQLite, one machine's store, serialises the callers of one process.
   */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  getFeedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Subscribe to a feed, due at once; an existing subscription takes the new interval and flag. True when it is new. */
  addSubscription(subscription: Pick<Subscription, 'url' | 'everySeconds' | 'allowPrivate'>, at: string): Promise<boolean>;
  /** Every subscription, by URL. */
  listSubscriptions(): Promise<Subscription[]>;
  /** Unsubscribe; true when there was such a subscription. */
  removeSubscription(url: string): Promise<boolean>;
  /**
   * Up to `limit` subscriptions due at `now` (most overdue first), each moved to its next time
   * (`now` + its interval) in the same transaction: two pollers never take the same feed twice.
   */
  claimDueSubscriptions(now: string, limit: number): Promise<Subscription[]>;
  close(): Promise<void>;
}
