/**
 * The SQLite store over better-sqlite3: WAL journal, foreign keys on, FTS5 search, schema from
 * the numbered migrations (each applied in a transaction and recorded in `migrations`).
 * Every write that belongs together runs in one transaction, so a killed process leaves either
 * all of it or none of it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { ParallaxError, issueCodes } from '../../src/model/errors.js';
import Database from 'better-sqlite3';
import { loadMigrations } from './load-migrations.js';
import { compareClaims } from './compare-claims.js';
import { nextPoll, toSubscription, type SubscriptionRow } from './subscriptions.js';
import type { Migration } from './migrations/index.js';
import type {
  ArticleHead, ClaimChanges, FeedState, NewArticle, NewStoryVersion, SearchHit, Store, StoredArticle, StoredClaim,
  StoryAssignment, StoryQuery, StorySummary, StoryVersion, Subscription, WordQuery,
} from './store.js';

/** Default database file, relative to the working directory. */
export const defaultDbFile = 'parallax.db';

/** Options of openSqliteStore. */
export interface SqliteStoreOptions {
  /** Migrations to apply (default: the numbered .sql files). */
  migrations?: readonly Migration[];
  /** Milliseconds to wait on a lock held by another process. Default 5000. */
  busyTimeoutMs?: number;
}

interface ArticleRow {
  id: string; title: string; source: string; url: string | null; published: string | null; language: string;
  text: string; copy_of: string | null; story_id: string | null; ingested_at: string;
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id, title: row.title, source: row.source, url: row.url, published: row.published, language: row.language,
    text: row.text, copyOf: row.copy_of, story: row.story_id, ingestedAt: row.ingested_at,
  };
}

function toHead(row: Omit<ArticleRow, 'text'>): ArticleHead {
  return {
    id: row.id, title: row.title, source: row.source, url: row.url, published: row.published, language: row.language,
    copyOf: row.copy_of, story: row.story_id, ingestedAt: row.ingested_at,
  };
}

/**
 * Turn what a user typed into an FTS5 query: every word must match (prefix match on the last),
 * quoted so that FTS5 operators in the input are plain words. "Beijing talks" → "beijing" "talks"*
 */
export function toFtsQuery(query: string): string | null {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Shape of StoryQuery.date: a year, a month or a day. */
const datePrefix = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/**
 * SQL conditions (on stories `s`) for a story query, or null when nothing can match (text
 * without a word). Throws INVALID_OPTION for a malformed date.
 */
function storyConditions(query: StoryQuery): { sql: string[]; params: unknown[] } | null {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (query.text !== undefined) {
    const fts = toFtsQuery(query.text);
    if (!fts) return null;
    sql.push(`s.id IN (SELECT fs.id FROM stories_fts JOIN stories fs ON fs.seq = stories_fts.rowid WHERE stories_fts MATCH ?
                       UNION SELECT fa.story_id FROM articles_fts JOIN articles fa ON fa.seq = articles_fts.rowid WHERE articles_fts MATCH ?)`);
    params.push(fts, fts);
  }
  if (query.outlet !== undefined) {
    sql.push('EXISTS (SELECT 1 FROM articles ao WHERE ao.story_id = s.id AND ao.source = ? COLLATE NOCASE)');
    params.push(query.outlet);
  }
  if (query.date !== undefined) {
    if (!datePrefix.test(query.date)) throw new ParallaxError(issueCodes.INVALID_OPTION, `date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${query.date}"`);
    sql.push('EXISTS (SELECT 1 FROM articles ad WHERE ad.story_id = s.id AND substr(coalesce(ad.published, ad.ingested_at), 1, ?) = ?)');
    params.push(query.date.length, query.date);
  }
  if (query.after) {
    sql.push('(s.updated_at < ? OR (s.updated_at = ? AND s.id > ?))');
    params.push(query.after.updatedAt, query.after.updatedAt, query.after.id);
  }
  return { sql, params };
}

/** Apply the migrations not yet recorded, each in its own transaction. Returns the ids applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT id FROM migrations').all() as { id: number }[]).map((r) => r.id));
  const done: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
    })();
    done.push(m.id);
  }
  return done;
}

/** SQLite implementation of Store. Use `openSqliteStore` to create one. */
export class SqliteStore implements Store {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  /**
   * A prepared statement, prepared once per store: preparing costs more than running an
   * indexed lookup, and the server looks up a story's versions on every request.
   */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  async addArticles(articles: readonly NewArticle[], ingestedAt: string): Promise<string[]> {
    const insert = this.db.prepare(
      `INSERT INTO articles (id, title, source, url, published, language, text, content_hash, ingested_at)
       VALUES (@id, @title, @source, @url, @published, @language, @text, @hash, @ingestedAt)
       ON CONFLICT(id) DO NOTHING`,
    );
    return this.db.transaction(() => {
      const added: string[] = [];
      for (const a of articles) {
        const hash = createHash('sha256').update(a.text).digest('hex');
        if (insert.run({ ...a, hash, ingestedAt }).changes > 0) added.push(a.id);
      }
      return added;
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.statement('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  async listArticles(filter: { story?: string } = {}): Promise<StoredArticle[]> {
    const rows = filter.story === undefined
      ? this.db.prepare('SELECT * FROM articles ORDER BY seq').all()
      : this.db.prepare('SELECT * FROM articles WHERE story_id = ? ORDER BY seq').all(filter.story);
    return (rows as ArticleRow[]).map(toArticle);
  }

  async listArticleHeads(): Promise<ArticleHead[]> {
    const rows = this.statement('SELECT id, title, source, url, published, language, copy_of, story_id, ingested_at FROM articles ORDER BY seq').all() as Omit<ArticleRow, 'text'>[];
    return rows.map(toHead);
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const byId = new Map<string, StoredArticle>();
    // the ids go in as one JSON array (no limit on bound parameters); pieces keep each result set small
    for (let start = 0; start < ids.length; start += 10_000) {
      const piece = JSON.stringify(ids.slice(start, start + 10_000));
      const rows = this.statement('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(piece) as ArticleRow[];
      for (const row of rows) byId.set(row.id, toArticle(row));
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listUnclusteredHeads(): Promise<ArticleHead[]> {
    const rows = this.statement('SELECT id, title, source, url, published, language, copy_of, story_id, ingested_at FROM articles WHERE story_id IS NULL ORDER BY seq').all() as Omit<ArticleRow, 'text'>[];
    return rows.map(toHead);
  }

  async findArticlesByWords(query: WordQuery): Promise<string[]> {
    const words = [...new Set(query.words.flatMap((w) => w.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))];
    if (words.length === 0 || query.limit <= 0) return [];
    const conditions: string[] = [];
    const params: unknown[] = [words.map((w) => `"${w}"`).join(' OR ')];
    if (query.from !== undefined) {
      conditions.push('(a.published IS NULL OR a.published >= ?)');
      params.push(query.from);
    }
    if (query.to !== undefined) {
      conditions.push('(a.published IS NULL OR a.published <= ?)');
      params.push(query.to);
    }
    const rows = this.statement(
      `SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ?${conditions.map((c) => ` AND ${c}`).join('')}
       ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ?`,
    ).all(...params, query.limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async sampleArticleIds(count: number): Promise<string[]> {
    if (count <= 0) return [];
    const total = (this.statement('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    if (total <= count) return (this.statement('SELECT id FROM articles ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
    // evenly spaced points of the seq range, each taking the first article at or after it (an index lookup each)
    const range = this.statement('SELECT min(seq) AS low, max(seq) AS high FROM articles').get() as { low: number; high: number };
    const next = this.statement('SELECT id, seq FROM articles WHERE seq >= ? ORDER BY seq LIMIT 1');
    const ids: string[] = [];
    let last = range.low - 1;
    for (let i = 0; i < count; i++) {
      const point = Math.max(last + 1, range.low + Math.floor((i * (range.high - range.low + 1)) / count));
      const row = next.get(point) as { id: string; seq: number } | undefined;
      if (!row) break;
      ids.push(row.id);
      last = row.seq;
    }
    return ids;
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async markCopies(copies: ReadonlyMap<string, string>): Promise<void> {
    const update = this.db.prepare('UPDATE articles SET copy_of = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const [id, original] of copies) update.run(original === id ? null : original, id);
    })();
  }

  async saveStories(stories: readonly StoryAssignment[], at: string): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title`,
    );
    const storyOf = this.db.prepare('SELECT story_id FROM articles WHERE id = ?');
    const assign = this.db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
    const touch = this.db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const story of stories) {
        upsert.run(story.id, story.title, at, at);
        for (const id of story.articles) {
          const row = storyOf.get(id) as { story_id: string | null } | undefined;
          if (!row) throw new Error(`PARALLAX_UNKNOWN_ARTICLE: story "${story.id}" names article "${id}", which is not stored`);
          if (row.story_id === story.id) continue;
          assign.run(story.id, id);
          touch.run(at, story.id);
          // the story the article left changed too
          if (row.story_id !== null) touch.run(at, row.story_id);
        }
      }
    })();
  }

  private summaries(where: string, params: unknown[], limit = -1): StorySummary[] {
    const rows = this.db.prepare(
      `SELECT s.id, s.title, s.conflicts, s.created_at, s.updated_at, count(a.id) AS n,
              group_concat(DISTINCT a.source) AS sources
       FROM stories s JOIN articles a ON a.story_id = s.id
       ${where}
       GROUP BY s.id
       ORDER BY s.updated_at DESC, s.id
       LIMIT ?`,
    ).all(...params, limit) as { id: string; title: string; conflicts: number; created_at: string; updated_at: string; n: number; sources: string | null }[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      sources: (r.sources ?? '').split(',').filter(Boolean).sort(),
      articleCount: r.n,
      conflicts: r.conflicts,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const where = storyConditions(query);
    if (!where) return [];
    return this.summaries(where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : '', where.params, query.limit ?? -1);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    return this.summaries('WHERE s.id = ?', [id])[0] ?? null;
  }

  async addStoryVersion(version: NewStoryVersion): Promise<number> {
    return this.db.transaction(() => {
      const last = this.db.prepare('SELECT max(version) AS v FROM story_versions WHERE story_id = ?').get(version.story) as { v: number | null };
      const number = (last.v ?? 0) + 1;
      this.db.prepare('INSERT INTO story_versions (story_id, version, created_at, articles, conflicts, report) VALUES (?, ?, ?, ?, ?, ?)')
        .run(version.story, number, version.createdAt, JSON.stringify(version.articles), version.conflicts, version.report);
      const insertClaim = this.db.prepare('INSERT INTO claims (story_id, version, claim_key, kind, text, articles) VALUES (?, ?, ?, ?, ?, ?)');
      for (const c of version.claims) insertClaim.run(version.story, number, c.key, c.kind, c.text, JSON.stringify(c.articles));
      this.db.prepare('UPDATE stories SET conflicts = ? WHERE id = ?').run(version.conflicts, version.story);
      return number;
    })();
  }

  private claimsOf(story: string, version: number): StoredClaim[] {
    const rows = this.db.prepare('SELECT claim_key, kind, text, articles FROM claims WHERE story_id = ? AND version = ? ORDER BY claim_key')
      .all(story, version) as { claim_key: string; kind: StoredClaim['kind']; text: string; articles: string }[];
    return rows.map((r) => ({ key: r.claim_key, kind: r.kind, text: r.text, articles: JSON.parse(r.articles) as string[] }));
  }

  async getStoryVersion(story: string, version?: number): Promise<StoryVersion | null> {
    const row = (version === undefined
      ? this.db.prepare('SELECT * FROM story_versions WHERE story_id = ? ORDER BY version DESC LIMIT 1').get(story)
      : this.db.prepare('SELECT * FROM story_versions WHERE story_id = ? AND version = ?').get(story, version)) as
      | { story_id: string; version: number; created_at: string; articles: string; conflicts: number; report: string | null }
      | undefined;
    if (!row) return null;
    return {
      story: row.story_id, version: row.version, createdAt: row.created_at, articles: JSON.parse(row.articles) as string[],
      conflicts: row.conflicts, report: row.report, claims: this.claimsOf(story, row.version),
    };
  }

  async listStoryVersions(story: string): Promise<{ version: number; createdAt: string }[]> {
    return (this.statement('SELECT version, created_at FROM story_versions WHERE story_id = ? ORDER BY version').all(story) as { version: number; created_at: string }[])
      .map((r) => ({ version: r.version, createdAt: r.created_at }));
  }

  async findClaimChanges(story: string, since: string): Promise<ClaimChanges> {
    const base = this.db.prepare('SELECT version FROM story_versions WHERE story_id = ? AND created_at <= ? ORDER BY version DESC LIMIT 1')
      .get(story, since) as { version: number } | undefined;
    const latest = this.db.prepare('SELECT max(version) AS v FROM story_versions WHERE story_id = ?').get(story) as { v: number | null };
    return compareClaims(
      story,
      base ? { version: base.version, claims: this.claimsOf(story, base.version) } : null,
      latest.v === null ? null : { version: latest.v, claims: this.claimsOf(story, latest.v) },
    );
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const limit = options.limit ?? 20;
    const articles = this.db.prepare(
      `SELECT a.id, a.title, a.story_id, bm25(articles_fts, 5.0, 1.0) AS rank,
              snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ?`,
    ).all(fts, limit) as { id: string; title: string; story_id: string | null; rank: number; snippet: string }[];
    const stories = this.db.prepare(
      `SELECT s.id, s.title, bm25(stories_fts) AS rank, highlight(stories_fts, 0, '[', ']') AS snippet
       FROM stories_fts JOIN stories s ON s.seq = stories_fts.rowid
       WHERE stories_fts MATCH ? AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)
       ORDER BY rank, s.id LIMIT ?`,
    ).all(fts, limit) as { id: string; title: string; rank: number; snippet: string }[];
    const hits: SearchHit[] = [
      ...stories.map((s) => ({ kind: 'story' as const, id: s.id, title: s.title, snippet: s.snippet, story: s.id, rank: s.rank })),
      ...articles.map((a) => ({ kind: 'article' as const, id: a.id, title: a.title, snippet: a.snippet, story: a.story_id, rank: a.rank })),
    ];
    return hits.sort((a, b) => a.rank - b.rank || (a.kind < b.kind ? 1 : a.kind > b.kind ? -1 : 0) || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** Tail of each lock's queue of callers. */
  private readonly locks = new Map<string, Promise<unknown>>();

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const before = this.locks.get(name) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(name, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(name) === tail) this.locks.delete(name);
    }
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const row = this.db.prepare('SELECT url, etag, last_modified, fetched_at FROM feeds WHERE url = ?').get(url) as
      | { url: string; etag: string | null; last_modified: string | null; fetched_at: string }
      | undefined;
    return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified, fetchedAt: row.fetched_at } : null;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    this.db.prepare(
      `INSERT INTO feeds (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
    ).run(state.url, state.etag, state.lastModified, state.fetchedAt);
  }

  async addSubscription(sub: Pick<Subscription, 'url' | 'everySeconds' | 'allowPrivate'>, at: string): Promise<boolean> {
    const isNew = !this.db.prepare('SELECT 1 FROM subscriptions WHERE url = ?').get(sub.url);
    this.db.prepare(
      `INSERT INTO subscriptions (url, every_seconds, allow_private, added_at, next_poll_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET every_seconds = excluded.every_seconds, allow_private = excluded.allow_private`,
    ).run(sub.url, sub.everySeconds, sub.allowPrivate ? 1 : 0, at, at);
    return isNew;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY url').all() as SubscriptionRow[]).map(toSubscription);
  }

  async removeSubscription(url: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subscriptions WHERE url = ?').run(url).changes > 0;
  }

  async claimDueSubscriptions(now: string, limit: number): Promise<Subscription[]> {
    return this.db.transaction(() => {
      const due = (this.db.prepare('SELECT * FROM subscriptions WHERE next_poll_at <= ? ORDER BY next_poll_at, url LIMIT ?').all(now, limit) as SubscriptionRow[]).map(toSubscription);
      const move = this.db.prepare('UPDATE subscriptions SET next_poll_at = ? WHERE url = ?');
      for (const sub of due) move.run(nextPoll(now, sub.everySeconds), sub.url);
      return due;
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Open (creating and migrating as needed) a SQLite store; `:memory:` gives a throwaway one. */
export function openSqliteStore(file: string = defaultDbFile, options: SqliteStoreOptions = {}): SqliteStore {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // NORMAL with WAL: a committed transaction survives the process being killed (not a power cut).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, options.migrations ?? loadMigrations());
  return new SqliteStore(db);
}

/** The database file a `--db` value names: `:memory:` as is, a path against the working directory. */
export function resolveDbFile(value: string | undefined, cwd: string): string {
  if (value === ':memory:') return value;
  return resolvePath(cwd, value ?? defaultDbFile);
}

/** Open the store a `--db` value names for reading; throws STORE_MISSING when the file does not exist. */
export function openExistingStore(value: string | undefined, cwd: string): SqliteStore {
  const file = resolveDbFile(value, cwd);
  if (file !== ':memory:' && !existsSync(file)) {
    throw new ParallaxError('STORE_MISSING', `no store at "${file}"; run \`parallax ingest\` first or give --db FILE`);
  }
  return openSqliteStore(file);
}
