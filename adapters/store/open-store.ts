/**
 * Open the store a `--db` value names — a postgres:// URL, `:memory:` or a SQLite file — or,
 * without one, `PARALLAX_DB`, else parallax.db. The PostgreSQL store (and with it `pg`) is
 * loaded only when a URL asks for it, so SQLite commands start without it.
 */
import type { Store } from './store.js';
import { openExistingStore, openSqliteStore, resolveDbFile } from './sqlite-store.js';

/** Whether a `--db` value names a PostgreSQL database (a postgres:// or postgresql:// URL). */
export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//iu.test(value);
}

/** The store a command uses: `--db`, else the PARALLAX_DB environment variable, else undefined (parallax.db). */
export function chooseDb(value: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return value ?? (env.PARALLAX_DB || undefined);
}

/** Options of openStore. */
export interface OpenStoreOptions {
  /** Refuse (STORE_MISSING) a SQLite file that does not exist yet: reading commands. Default false. */
  mustExist?: boolean;
}

/** Open (creating and migrating as needed) the store a `--db` value names. */
export async function openStore(value: string | undefined, cwd: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(value)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(value);
  }
  return options.mustExist ? openExistingStore(value, cwd) : openSqliteStore(resolveDbFile(value, cwd));
}
