/**
 * The PostgreSQL store over node-postgres (`pg`): a connection pool, schema from the numbered
 * migrations in ./migrations (run on open, under an advisory lock), full-text search through
 * generated tsvector columns under GIN indexes. Writes that belong together run in one
 * transaction; bulk writes send arrays (unnest) instead of one statement per row, because every
 * statement is a network round trip. Many processes on many machines may share one database.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { compareClaims } from '../compare-claims.js';
import { nextPoll, toSubscription } from '../subscriptions.js';
import type {
  ArticleHead, ClaimChanges, FeedState, NewArticle, NewStoryVersion, SearchHit, Store, StoredArticle, StoredClaim,
  StoryAssignment, StoryQuery, StorySummary, StoryVersion, Subscription, WordQuery,
} from '../store.js';
import type { Migration } from '../migrations/index.js';
import { loadPostgresMigrations, migratePostgres } from './migrate.js';
import { Params, storyConditions, toAnyWordTsQuery, toTsQuery } from './text-query.js';

/** Options of openPostgresStore. */
export interface PostgresStoreOptions {
  /** Schema the tables live in, created when missing. Default: the connection's (normally `public`). */
  schema?: string;
  /** Most connections the pool opens. Default 10. */
  maxConnections?: number;
  /** Migrations to apply (default: the numbered .sql files of ./migrations). */
  migrations?: readonly Migration[];
}

interface ArticleRow {
  id: string; title: string; source: string; url: string | null; published: string | null; language: string;
  text: string; copy_of: string | null; story_id: string | null; ingested_at: string;
}

const headColumns = 'id, title, source, url, published, language, copy_of, story_id, ingested_at';
const articleColumns = `${headColumns}, text`;

function toHead(row: Omit<ArticleRow, 'text'>): ArticleHead {
  return {
    id: row.id, title: row.title, source: row.source, url: row.url, published: row.published, language: row.language,
    copyOf: row.copy_of, story: row.story_id, ingestedAt: row.ingested_at,
  };
}

function toArticle(row: ArticleRow): StoredArticle {
  const { copyOf, story, ingestedAt, ...rest } = toHead(row);
  return { ...rest, text: row.text, copyOf, story, ingestedAt };
}

/** A schema name we can put into SQL unquoted: letters, digits, underscores. */
const schemaName = /^[a-z_][a-z0-9_]{0,62}$/u;

/** PostgreSQL implementation of Store. Use `openPostgresStore` to create one. */
export class PostgresStore implements Store {
  constructor(readonly pool: pg.Pool) {}

  /** Run `fn` inside one transaction on one connection; rolled back when it throws. */
  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async addArticles(articles: readonly NewArticle[], ingestedAt: string): Promise<string[]> {
    if (articles.length === 0) return [];
    const column = <K extends keyof NewArticle>(key: K) => articles.map((a) => a[key]);
    const hashes = articles.map((a) => createHash('sha256').update(a.text).digest('hex'));
    // WITH ORDINALITY … ORDER BY: rows take their seq in input order, so listing order is ingest order
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO articles (id, title, source, url, published, language, text, content_hash, ingested_at)
       SELECT id, title, source, url, published, language, text, hash, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
            AS t(id, title, source, url, published, language, text, hash, n)
       ORDER BY n
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [column('id'), column('title'), column('source'), column('url'), column('published'), column('language'), column('text'), hashes,
        articles.map((_, i) => i), ingestedAt],
    );
    const added = new Set(rows.map((r) => r.id));
    return articles.map((a) => a.id).filter((id, i, all) => added.has(id) && all.indexOf(id) === i);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.pool.query<ArticleRow>(`SELECT ${articleColumns} FROM articles WHERE id = $1`, [id]);
    return rows.length ? toArticle(rows[0]) : null;
  }

  async listArticles(filter: { story?: string } = {}): Promise<StoredArticle[]> {
    const { rows } = filter.story === undefined
      ? await this.pool.query<ArticleRow>(`SELECT ${articleColumns} FROM articles ORDER BY seq`)
      : await this.pool.query<ArticleRow>(`SELECT ${articleColumns} FROM articles WHERE story_id = $1 ORDER BY seq`, [filter.story]);
    return rows.map(toArticle);
  }

  async listArticleHeads(): Promise<ArticleHead[]> {
    return (await this.pool.query<Omit<ArticleRow, 'text'>>(`SELECT ${headColumns} FROM articles ORDER BY seq`)).rows.map(toHead);
  }

  async getArticles(ids: readonly string[]): Promise<StoredArticle[]> {
    const byId = new Map<string, StoredArticle>();
    // pieces keep each result set (texts included) small
    for (let start = 0; start < ids.length; start += 10_000) {
      const { rows } = await this.pool.query<ArticleRow>(`SELECT ${articleColumns} FROM articles WHERE id = ANY($1::text[])`, [ids.slice(start, start + 10_000)]);
      for (const row of rows) byId.set(row.id, toArticle(row));
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listUnclusteredHeads(): Promise<ArticleHead[]> {
    return (await this.pool.query<Omit<ArticleRow, 'text'>>(`SELECT ${headColumns} FROM articles WHERE story_id IS NULL ORDER BY seq`)).rows.map(toHead);
  }

  async findArticlesByWords(query: WordQuery): Promise<string[]> {
    const ts = toAnyWordTsQuery(query.words);
    if (!ts || query.limit <= 0) return [];
    const params = new Params();
    const q = `to_tsquery('simple', ${params.add(ts)})`;
    const conditions = [`a.search @@ ${q}`];
    if (query.from !== undefined) conditions.push(`(a.published IS NULL OR a.published >= ${params.add(query.from)})`);
    if (query.to !== undefined) conditions.push(`(a.published IS NULL OR a.published <= ${params.add(query.to)})`);
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT a.id FROM articles a WHERE ${conditions.join(' AND ')}
       ORDER BY ts_rank(a.search, ${q}) DESC, a.id LIMIT ${params.add(query.limit)}`,
      params.values,
    );
    return rows.map((r) => r.id);
  }

  async sampleArticleIds(count: number): Promise<string[]> {
    if (count <= 0) return [];
    // as the SQLite store: evenly spaced points of the seq range, each taking the first article at
    // or after it (and after the one taken before), walked in one recursive query of index lookups
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH RECURSIVE r AS (SELECT min(seq) AS lo, max(seq) AS hi FROM articles),
       walk(i, seq, id) AS (
         SELECT 0, a.seq, a.id FROM r, LATERAL (SELECT seq, id FROM articles WHERE seq >= r.lo ORDER BY seq LIMIT 1) a
         UNION ALL
         SELECT w.i + 1, a.seq, a.id FROM walk w, r,
           LATERAL (SELECT seq, id FROM articles WHERE seq >= greatest(w.seq + 1, r.lo + ((w.i + 1) * (r.hi - r.lo + 1)) / $1)
                    ORDER BY seq LIMIT 1) a
         WHERE w.i + 1 < $1
       )
       SELECT id FROM walk ORDER BY i`,
      [count],
    );
    return rows.map((r) => r.id);
  }

  async countArticles(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0].n;
  }

  async markCopies(copies: ReadonlyMap<string, string>): Promise<void> {
    if (copies.size === 0) return;
    const ids = [...copies.keys()];
    await this.pool.query(
      `UPDATE articles a SET copy_of = NULLIF(c.original, c.id) FROM unnest($1::text[], $2::text[]) AS c(id, original) WHERE a.id = c.id`,
      [ids, ids.map((id) => copies.get(id)!)],
    );
  }

  async saveStories(stories: readonly StoryAssignment[], at: string): Promise<void> {
    // an article named by two stories ends in the later one, as when the stories are saved one by one
    const storyOf = new Map<string, string>();
    for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
    const articleIds = [...storyOf.keys()];
    const storyIds = articleIds.map((id) => storyOf.get(id)!);
    const titles = new Map(stories.map((s) => [s.id, s.title]));
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO stories (id, title, created_at, updated_at) SELECT id, title, $3, $3 FROM unnest($1::text[], $2::text[]) AS t(id, title)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title`,
        [[...titles.keys()], [...titles.values()], at],
      );
      const missing = await client.query<{ id: string; story: string }>(
        `SELECT p.id, p.story FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS p(id, story, n)
         WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = p.id) ORDER BY p.n LIMIT 1`,
        [articleIds, storyIds],
      );
      if (missing.rows.length) {
        throw new Error(`PARALLAX_UNKNOWN_ARTICLE: story "${missing.rows[0].story}" names article "${missing.rows[0].id}", which is not stored`);
      }
      // `old` is read before the update, so RETURNING gives the story each moved article left
      const moved = await client.query<{ story: string; left: string | null }>(
        `UPDATE articles a SET story_id = p.story
         FROM unnest($1::text[], $2::text[]) AS p(id, story) JOIN articles old ON old.id = p.id
         WHERE a.id = p.id AND a.story_id IS DISTINCT FROM p.story
         RETURNING p.story AS story, old.story_id AS left`,
        [articleIds, storyIds],
      );
      const touched = new Set<string>();
      for (const row of moved.rows) {
        touched.add(row.story);
        if (row.left !== null) touched.add(row.left);
      }
      if (touched.size) await client.query('UPDATE stories SET updated_at = $2 WHERE id = ANY($1::text[])', [[...touched], at]);
    });
  }

  private async summaries(where: string, params: Params, limit: number | null = null): Promise<StorySummary[]> {
    const { rows } = await this.pool.query<{ id: string; title: string; conflicts: number; created_at: string; updated_at: string; n: number; sources: string[] }>(
      `SELECT s.id, s.title, s.conflicts, s.created_at, s.updated_at, count(a.id)::int AS n, array_agg(DISTINCT a.source) AS sources
       FROM stories s JOIN articles a ON a.story_id = s.id
       ${where}
       GROUP BY s.id
       ORDER BY s.updated_at DESC, s.id
       LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((r) => ({
      id: r.id, title: r.title, sources: r.sources.filter(Boolean).sort(), articleCount: r.n, conflicts: r.conflicts,
      createdAt: r.created_at, updatedAt: r.updated_at,
    }));
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const params = new Params();
    const where = storyConditions(query, params);
    if (!where) return [];
    return this.summaries(where.length ? `WHERE ${where.join(' AND ')}` : '', params, query.limit ?? null);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const params = new Params();
    return (await this.summaries(`WHERE s.id = ${params.add(id)}`, params))[0] ?? null;
  }

  async addStoryVersion(version: NewStoryVersion): Promise<number> {
    return this.transaction(async (client) => {
      // the story's row lock numbers concurrent versions of one story one after the other
      const story = await client.query('SELECT 1 FROM stories WHERE id = $1 FOR UPDATE', [version.story]);
      if (story.rows.length === 0) throw new Error(`PARALLAX_UNKNOWN_STORY: no story "${version.story}" to add a version to`);
      const last = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM story_versions WHERE story_id = $1', [version.story]);
      const number = (last.rows[0].v ?? 0) + 1;
      await client.query(
        'INSERT INTO story_versions (story_id, version, created_at, articles, conflicts, report) VALUES ($1, $2, $3, $4, $5, $6)',
        [version.story, number, version.createdAt, JSON.stringify(version.articles), version.conflicts, version.report],
      );
      const claims = [...new Map(version.claims.map((c) => [c.key, c])).values()];
      if (claims.length) {
        await client.query(
          `INSERT INTO claims (story_id, version, claim_key, kind, text, articles)
           SELECT $1, $2, key, kind, text, articles FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS c(key, kind, text, articles)`,
          [version.story, number, claims.map((c) => c.key), claims.map((c) => c.kind), claims.map((c) => c.text), claims.map((c) => JSON.stringify(c.articles))],
        );
      }
      await client.query('UPDATE stories SET conflicts = $2 WHERE id = $1', [version.story, version.conflicts]);
      return number;
    });
  }

  private async claimsOf(story: string, version: number): Promise<StoredClaim[]> {
    const { rows } = await this.pool.query<{ claim_key: string; kind: StoredClaim['kind']; text: string; articles: string }>(
      'SELECT claim_key, kind, text, articles FROM claims WHERE story_id = $1 AND version = $2 ORDER BY claim_key',
      [story, version],
    );
    return rows.map((r) => ({ key: r.claim_key, kind: r.kind, text: r.text, articles: JSON.parse(r.articles) as string[] }));
  }

  async getStoryVersion(story: string, version?: number): Promise<StoryVersion | null> {
    const { rows } = version === undefined
      ? await this.pool.query('SELECT * FROM story_versions WHERE story_id = $1 ORDER BY version DESC LIMIT 1', [story])
      : await this.pool.query('SELECT * FROM story_versions WHERE story_id = $1 AND version = $2', [story, version]);
    const row = rows[0] as { story_id: string; version: number; created_at: string; articles: string; conflicts: number; report: string | null } | undefined;
    if (!row) return null;
    return {
      story: row.story_id, version: row.version, createdAt: row.created_at, articles: JSON.parse(row.articles) as string[],
      conflicts: row.conflicts, report: row.report, claims: await this.claimsOf(story, row.version),
    };
  }

  async listStoryVersions(story: string): Promise<{ version: number; createdAt: string }[]> {
    const { rows } = await this.pool.query<{ version: number; created_at: string }>(
      'SELECT version, created_at FROM story_versions WHERE story_id = $1 ORDER BY version', [story],
    );
    return rows.map((r) => ({ version: r.version, createdAt: r.created_at }));
  }

  async findClaimChanges(story: string, since: string): Promise<ClaimChanges> {
    const base = await this.pool.query<{ version: number }>(
      'SELECT version FROM story_versions WHERE story_id = $1 AND created_at <= $2 ORDER BY version DESC LIMIT 1', [story, since],
    );
    const latest = await this.pool.query<{ v: number | null }>('SELECT max(version) AS v FROM story_versions WHERE story_id = $1', [story]);
    const from = base.rows[0]?.version;
    const to = latest.rows[0].v;
    return compareClaims(
      story,
      from === undefined ? null : { version: from, claims: await this.claimsOf(story, from) },
      to === null ? null : { version: to, claims: await this.claimsOf(story, to) },
    );
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const ts = toTsQuery(query);
    if (!ts) return [];
    const limit = options.limit ?? 20;
    // ts_rank grows with relevance and SearchHit.rank falls with it (bm25's sense): negated.
    // Snippets are made only for the hits kept (ts_headline re-parses the text).
    const headline = "'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'";
    const articles = await this.pool.query<{ id: string; title: string; story_id: string | null; rank: number; snippet: string }>(
      `SELECT h.id, h.title, h.story_id, h.rank, ts_headline('simple', left(a.text, 300000), q, ${headline}) AS snippet
       FROM (SELECT a.id, a.title, a.story_id, -ts_rank(a.search, q) AS rank
             FROM articles a, to_tsquery('simple', $1) q WHERE a.search @@ q ORDER BY rank, a.id LIMIT $2) h
       JOIN articles a ON a.id = h.id, to_tsquery('simple', $1) q
       ORDER BY h.rank, h.id`,
      [ts, limit],
    );
    const stories = await this.pool.query<{ id: string; title: string; rank: number; snippet: string }>(
      `SELECT s.id, s.title, -ts_rank(s.search, q) AS rank, ts_headline('simple', s.title, q, 'StartSel=[, StopSel=], HighlightAll=true') AS snippet
       FROM stories s, to_tsquery('simple', $1) q
       WHERE s.search @@ q AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)
       ORDER BY rank, s.id LIMIT $2`,
      [ts, limit],
    );
    const hits: SearchHit[] = [
      ...stories.rows.map((s) => ({ kind: 'story' as const, id: s.id, title: s.title, snippet: s.snippet, story: s.id, rank: s.rank })),
      ...articles.rows.map((a) => ({ kind: 'article' as const, id: a.id, title: a.title, snippet: a.snippet, story: a.story_id, rank: a.rank })),
    ];
    return hits.sort((a, b) => a.rank - b.rank || (a.kind < b.kind ? 1 : a.kind > b.kind ? -1 : 0) || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // a session lock on a connection of its own: it is released if this process dies
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtextextended('parallax-lock:' || current_schema() || ':' || $1, 0))", [name]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtextextended('parallax-lock:' || current_schema() || ':' || $1, 0))", [name]);
      }
    } finally {
      client.release();
    }
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const { rows } = await this.pool.query<{ url: string; etag: string | null; last_modified: string | null; fetched_at: string }>(
      'SELECT url, etag, last_modified, fetched_at FROM feeds WHERE url = $1', [url],
    );
    return rows.length ? { url: rows[0].url, etag: rows[0].etag, lastModified: rows[0].last_modified, fetchedAt: rows[0].fetched_at } : null;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    await this.pool.query(
      `INSERT INTO feeds (url, etag, last_modified, fetched_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
      [state.url, state.etag, state.lastModified, state.fetchedAt],
    );
  }

  async addSubscription(sub: Pick<Subscription, 'url' | 'everySeconds' | 'allowPrivate'>, at: string): Promise<boolean> {
    // xmax = 0 only on a row this statement inserted
    const { rows } = await this.pool.query<{ inserted: boolean }>(
      `INSERT INTO subscriptions (url, every_seconds, allow_private, added_at, next_poll_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds, allow_private = excluded.allow_private
       RETURNING (xmax = 0) AS inserted`,
      [sub.url, sub.everySeconds, sub.allowPrivate, at],
    );
    return rows[0].inserted;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.pool.query('SELECT * FROM subscriptions ORDER BY url')).rows.map(toSubscription);
  }

  async removeSubscription(url: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM subscriptions WHERE url = $1', [url])).rowCount ?? 0) > 0;
  }

  async claimDueSubscriptions(now: string, limit: number): Promise<Subscription[]> {
    return this.transaction(async (client) => {
      // SKIP LOCKED: a poller claiming at the same moment takes other feeds, never these
      const { rows } = await client.query(
        'SELECT * FROM subscriptions WHERE next_poll_at <= $1 ORDER BY next_poll_at, url LIMIT $2 FOR UPDATE SKIP LOCKED', [now, limit],
      );
      const due = rows.map(toSubscription);
      if (due.length) {
        await client.query(
          'UPDATE subscriptions s SET next_poll_at = n.at FROM unnest($1::text[], $2::text[]) AS n(url, at) WHERE s.url = n.url',
          [due.map((d) => d.url), due.map((d) => nextPoll(now, d.everySeconds))],
        );
      }
      return due;
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/**
 * Open a PostgreSQL store: connect, create the schema when one is named and missing, apply the
 * migrations not yet applied. Throws STORE_UNREACHABLE, naming the host, when the server
 * cannot be reached.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const schema = options.schema;
  if (schema !== undefined && !schemaName.test(schema)) throw new ParallaxError(issueCodes.INVALID_OPTION, `schema must be lower-case letters, digits and _, got "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // an idle connection cut by a server restart is an event, not a crash: the pool drops it and connects anew
  pool.on('error', () => undefined);
  // and so is one cut while checked out but between queries (a withLock connection holding its
  // lock): its next query fails, which the caller handles; an unheard 'error' event would end the process
  pool.on('connect', (client) => client.on('error', () => undefined));
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ParallaxError('STORE_UNREACHABLE', `cannot reach the PostgreSQL store at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  try {
    // two processes creating one schema at once: the loser's unique violation means it exists
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: { code?: string }) => {
      if (error.code !== '23505') throw error;
    });
    await migratePostgres(client, options.migrations ?? loadPostgresMigrations());
  } catch (error) {
    client.release();
    await pool.end().catch(() => undefined);
    throw error;
  }
  client.release();
  return new PostgresStore(pool);
}

/** A database URL with its password replaced by ***, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/iu, '$1***@');
}
