/**
 * `parallax search "<query>" [--db FILE] [--limit N] [--format text|json]`: full-text search over
 * stored articles and stories, best matches first, with snippets.
 */
import { parseArgs } from 'node:util';
import { openStore, chooseDb } from '../../../adapters/store/index.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type Command } from '../command.js';

export const searchCommand: Command = {
  name: 'search',
  usage: `Usage: parallax search "<query>" [options]

Every word must match; the last may be a prefix ("antofag" finds "Antofagasta").

Options:
  --db FILE|URL        a SQLite file or postgres://… URL (default: PARALLAX_DB, else parallax.db)
  --limit N            at most N results (default 20)
  --format text|json   output format (default text)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string', short: 'f' } } });
    const query = positionals.join(' ').trim();
    if (!query) throw new ParallaxError(issueCodes.INVALID_OPTION, 'give a query: parallax search "words"');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be text or json, got "${format}"`);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) throw new ParallaxError(issueCodes.INVALID_OPTION, `--limit takes a positive whole number, got "${values.limit}"`);
    const store = await openStore(chooseDb(values.db), io.cwd, { mustExist: true });
    try {
      const hits = await store.search(query, { limit });
      if (format === 'json') io.stdout.write(JSON.stringify(hits, null, 2) + '\n');
      else {
        if (hits.length === 0) writeLine(io.stdout, `no matches for "${query}"`);
        for (const h of hits) {
          writeLine(io.stdout, `${h.kind === 'story' ? 'story  ' : 'article'} ${h.id}  ${h.title}${h.kind === 'article' && h.story ? `  (story ${h.story})` : ''}`);
          if (h.kind === 'article') writeLine(io.stdout, `    ${h.snippet.replace(/\s+/gu, ' ')}`);
        }
      }
      return hits.length > 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
