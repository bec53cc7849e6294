-- 001: articles, stories, story versions with their claims, feed fetch state, full-text search.
-- Rows get an INTEGER PRIMARY KEY so the FTS5 indexes can point at a rowid that never moves.

CREATE TABLE stories (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  conflicts INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  url TEXT,
  published TEXT,
  language TEXT NOT NULL DEFAULT 'und',
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  copy_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
  story_id TEXT REFERENCES stories(id) ON DELETE SET NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE story_versions (
  story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  articles TEXT NOT NULL,
  conflicts INTEGER NOT NULL DEFAULT 0,
  report TEXT,
  PRIMARY KEY (story_id, version)
);

CREATE TABLE claims (
  story_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  claim_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agreement', 'conflict', 'unique')),
  text TEXT NOT NULL,
  articles TEXT NOT NULL,
  PRIMARY KEY (story_id, version, claim_key),
  FOREIGN KEY (story_id, version) REFERENCES story_versions(story_id, version) ON DELETE CASCADE
);

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  fetched_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE VIRTUAL TABLE stories_fts USING fts5(
  title, content='stories', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
  INSERT INTO stories_fts(rowid, title) VALUES (new.seq, new.title);
END;
CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
  INSERT INTO stories_fts(stories_fts, rowid, title) VALUES ('delete', old.seq, old.title);
END;
CREATE TRIGGER stories_fts_update AFTER UPDATE OF title ON stories BEGIN
  INSERT INTO stories_fts(stories_fts, rowid, title) VALUES ('delete', old.seq, old.title);
  INSERT INTO stories_fts(rowid, title) VALUES (new.seq, new.title);
END;
