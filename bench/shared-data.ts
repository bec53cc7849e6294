/** Locates `../shared` beside the project; benches and tests skip cleanly when it is absent. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of `../shared/<parts>` or null when it does not exist. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(projectRoot, '..', 'shared', ...parts);
  return existsSync(p) ? p : null;
}
