/** The store: the Store interface and its SQLite implementation. */
export type {
  Store, StoredArticle, ArticleHead, NewArticle, StorySummary, StoryAssignment, StoredClaim, StoryVersion, NewStoryVersion,
  ClaimChanges, SearchHit, FeedState, StoryQuery, Subscription,
} from './store.js';
export { openSqliteStore, SqliteStore, migrate, toFtsQuery, defaultDbFile, resolveDbFile, openExistingStore, type SqliteStoreOptions } from './sqlite-store.js';
export { openStore, chooseDb, isPostgresUrl, type OpenStoreOptions } from './open-store.js';
export { compareClaims } from './compare-claims.js';
export { loadMigrations, readMigrationFiles } from './load-migrations.js';
export { updateStore, briefStory, claimsOfReport, toArticleInput, type UpdateOptions, type UpdateResult } from './update-store.js';
export { parseSince } from './parse-since.js';
export { findStoryId } from './find-story-id.js';
export { readStoryBrief, type StoryBrief } from './read-story-brief.js';
