/**
 * The store's schema migrations: read from the numbered .sql files beside this module when they
 * exist (a source checkout), else from the same text compiled into migrations/index.ts (dist/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { migrations as builtIn, type Migration } from './migrations/index.js';

/** Folder of the .sql files, relative to this module. */
export const migrationsFolder = new URL('./migrations/', import.meta.url);

/** Migrations read from the .sql files ("001-init.sql" → id 1), in id order. */
export function readMigrationFiles(folder: URL = migrationsFolder): Migration[] {
  return readdirSync(folder)
    .filter((name) => /^\d{3}-[a-z0-9-]+\.sql$/u.test(name))
    .sort()
    .map((name) => ({ id: Number(name.slice(0, 3)), name: name.replace(/\.sql$/u, ''), sql: readFileSync(new URL(name, folder), 'utf8') }));
}

/** The migrations to apply: from the .sql files when present, else the compiled copies. */
export function loadMigrations(): readonly Migration[] {
  return existsSync(migrationsFolder) && readMigrationFiles().length > 0 ? readMigrationFiles() : builtIn;
}
