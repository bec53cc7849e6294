/**
 * The PostgreSQL store's numbered migrations, applied on start under an advisory lock: many
 * workers and servers may start at once against one database, and only one may migrate it.
 */
import { existsSync } from 'node:fs';
import type pg from 'pg';
import { readMigrationFiles } from '../load-migrations.js';
import { migrations as builtIn, type Migration } from './migrations/index.js';

/** Folder of the PostgreSQL .sql files, relative to this module. */
export const postgresMigrationsFolder = new URL('./migrations/', import.meta.url);

/** The PostgreSQL migrations: from the .sql files when present (a checkout), else the compiled copies (dist/). */
export function loadPostgresMigrations(): readonly Migration[] {
  return existsSync(postgresMigrationsFolder) && readMigrationFiles(postgresMigrationsFolder).length > 0
    ? readMigrationFiles(postgresMigrationsFolder)
    : builtIn;
}

/**
 * Apply the migrations not yet recorded in the schema the connection works in, each in its own
 * transaction; returns the ids applied. The lock key is derived from the schema's name, so two
 * stores in two schemas of one database migrate independently.
 */
export async function migratePostgres(client: pg.PoolClient, migrations: readonly Migration[]): Promise<number[]> {
  const lock = "hashtextextended('parallax-migrate:' || current_schema(), 0)";
  await client.query(`SELECT pg_advisory_lock(${lock})`);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const applied = new Set((await client.query<{ id: number }>('SELECT id FROM migrations')).rows.map((r) => r.id));
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
      if (applied.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(m.id);
    }
    return done;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${lock})`);
  }
}
