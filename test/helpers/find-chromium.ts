/**
 * The Chromium binary browser tests drive: PARALLAX_CHROMIUM, else the first of Debian's
 * `chromium` and its usual other names on PATH; null when there is none (the tests then skip
 * locally, and fail under CI, where .ci/run installs it).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of a Chromium binary, or null. */
export function findChromium(): string | null {
  const given = process.env.PARALLAX_CHROMIUM;
  if (given) return isExecutable(given) ? given : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}
