/**
 * `parallax feeds add <url> [--every 15m] | list | remove <url>`: the feeds a store follows.
 * Workers poll them (PostgreSQL); with SQLite, `parallax ingest --watch` does.
 */
import { parseArgs } from 'node:util';
import { openStore, chooseDb } from '../../../adapters/store/index.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type CliIo, type Command } from '../command.js';

const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "15m" → 900: a whole number of seconds, minutes, hours or days. Throws INVALID_OPTION otherwise. */
export function parseInterval(value: string): number {
  const match = /^(\d+)\s*([smhd])$/u.exec(value.trim());
  const seconds = match ? Number(match[1]) * units[match[2]] : NaN;
  if (!(seconds >= 1)) throw new ParallaxError(issueCodes.INVALID_OPTION, `--every takes a time like 30s, 15m, 2h or 1d, got "${value}"`);
  return seconds;
}

/** 900 → "15m": the largest unit that divides it. */
function formatInterval(seconds: number): string {
  for (const [unit, size] of Object.entries(units).reverse()) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}

export const feedsCommand: Command = {
  name: 'feeds',
  usage: `Usage: parallax feeds add <url> [--every 15m] [--allow-private] [--db FILE|URL]
       parallax feeds list [--format text|json] [--db FILE|URL]
       parallax feeds remove <url> [--db FILE|URL]

Feeds the store follows. With PostgreSQL, running workers (\`parallax worker\`) poll each when
it is due; with SQLite, \`parallax ingest --watch\` does. Polls send If-None-Match /
If-Modified-Since, keep a one-second pace per host and refuse private addresses.

Options:
  --db FILE|URL      a SQLite file or postgres://… URL (default: PARALLAX_DB, else parallax.db)
  --every TIME       time between polls: 30s, 15m, 2h, 1d (default 15m)
  --allow-private    allow a feed on a loopback, private or link-local address
  --format text|json output of list (default text)`,
  async run(args: string[], io: CliIo) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, every: { type: 'string' }, 'allow-private': { type: 'boolean', default: false }, format: { type: 'string', short: 'f' } },
    });
    const [action, url, ...extra] = positionals;
    if (!['add', 'list', 'remove'].includes(action ?? '')) throw new ParallaxError(issueCodes.INVALID_OPTION, 'give add <url>, list or remove <url>');
    if (action !== 'list' && (!url || !/^https?:\/\//iu.test(url))) throw new ParallaxError(issueCodes.INVALID_OPTION, `feeds ${action} takes an http(s) URL, got "${url ?? ''}"`);
    if (extra.length > 0 || (action === 'list' && url)) throw new ParallaxError(issueCodes.INVALID_OPTION, `unexpected argument "${extra[0] ?? url}"`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be text or json, got "${format}"`);
    const everySeconds = parseInterval(values.every ?? '15m');
    const store = await openStore(chooseDb(values.db), io.cwd);
    try {
      if (action === 'add') {
        const isNew = await store.addSubscription({ url, everySeconds, allowPrivate: values['allow-private'] ?? false }, new Date().toISOString());
        writeLine(io.stdout, `${isNew ? 'following' : 'updated'} ${url}, every ${formatInterval(everySeconds)}`);
        return 0;
      }
      if (action === 'remove') {
        if (await store.removeSubscription(url)) {
          writeLine(io.stdout, `no longer following ${url}`);
          return 0;
        }
        writeLine(io.stderr, `parallax feeds: not following ${url}`);
        return 1;
      }
      const subs = await store.listSubscriptions();
      if (format === 'json') io.stdout.write(JSON.stringify(subs, null, 2) + '\n');
      else if (subs.length === 0) writeLine(io.stdout, 'no feeds yet: parallax feeds add <url>');
      else for (const s of subs) writeLine(io.stdout, `${s.url}  every ${formatInterval(s.everySeconds)}  next ${s.nextPollAt}${s.allowPrivate ? '  (private addresses allowed)' : ''}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
