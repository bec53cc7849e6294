/** The PostgreSQL store: loaded only when a `--db` value is a postgres:// URL (it pulls in `pg`). */
export { openPostgresStore, PostgresStore, redactUrl, type PostgresStoreOptions } from './postgres-store.js';
export { migratePostgres, loadPostgresMigrations } from './migrate.js';
