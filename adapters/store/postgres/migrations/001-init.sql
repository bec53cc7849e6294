-- 001 (PostgreSQL): the same tables as the SQLite store's 001, with full-text search as a
-- generated tsvector column under a GIN index instead of FTS5 tables.
-- Ids and times are text in the "C" collation: times are the ISO strings the callers pass (and
-- sort as text), and ids must sort byte-wise, as in SQLite, whatever the database's locale.
-- The 'simple' configuration lower-cases without stemming, like FTS5's unicode61 tokenizer.
-- Only the first 300,000 characters of a text are indexed: a tsvector holds at most 1 MB.

CREATE TABLE stories (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  title text NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  conflicts integer NOT NULL DEFAULT 0,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED
);
CREATE INDEX stories_search ON stories USING gin (search);
CREATE INDEX stories_updated ON stories (updated_at DESC, id);

CREATE TABLE articles (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  source text NOT NULL DEFAULT '',
  url text,
  published text COLLATE "C",
  language text NOT NULL DEFAULT 'und',
  text text NOT NULL,
  content_hash text NOT NULL,
  copy_of text COLLATE "C" REFERENCES articles(id) ON DELETE SET NULL,
  story_id text COLLATE "C" REFERENCES stories(id) ON DELETE SET NULL,
  ingested_at text COLLATE "C" NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', left(text, 300000)), 'B')
  ) STORED
);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_unclustered ON articles (seq) WHERE story_id IS NULL;
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE story_versions (
  story_id text COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  version integer NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  articles text NOT NULL,
  conflicts integer NOT NULL DEFAULT 0,
  report text,
  PRIMARY KEY (story_id, version)
);

CREATE TABLE claims (
  story_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  claim_key text COLLATE "C" NOT NULL,
  kind text NOT NULL CHECK (kind IN ('agreement', 'conflict', 'unique')),
  text text NOT NULL,
  articles text NOT NULL,
  PRIMARY KEY (story_id, version, claim_key),
  FOREIGN KEY (story_id, version) REFERENCES story_versions(story_id, version) ON DELETE CASCADE
);

CREATE TABLE feeds (
  url text PRIMARY KEY,
  etag text,
  last_modified text,
  fetched_at text NOT NULL
);
