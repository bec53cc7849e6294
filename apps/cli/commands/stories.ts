/**
 * `parallax stories [--db FILE] [--format text|json] [--limit N]`: the stored stories, most
 * recently updated first, with outlets, article count, conflicts count and last update.
 */
import { parseArgs } from 'node:util';
import { openStore, chooseDb } from '../../../adapters/store/index.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type Command } from '../command.js';

export const storiesCommand: Command = {
  name: 'stories',
  usage: `Usage: parallax stories [options]

Options:
  --db FILE|URL        a SQLite file or postgres://… URL (default: PARALLAX_DB, else parallax.db)
  --format text|json   output format (default text)
  --limit N            show at most N stories (default all)`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, format: { type: 'string', short: 'f' }, limit: { type: 'string' } } });
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be text or json, got "${format}"`);
    const limit = values.limit === undefined ? Infinity : Number(values.limit);
    if (!(limit > 0)) throw new ParallaxError(issueCodes.INVALID_OPTION, `--limit takes a positive number, got "${values.limit}"`);
    const store = await openStore(chooseDb(values.db), io.cwd, { mustExist: true });
    try {
      const stories = (await store.listStories()).slice(0, limit);
      if (format === 'json') {
        io.stdout.write(JSON.stringify(stories, null, 2) + '\n');
        return 0;
      }
      if (stories.length === 0) writeLine(io.stdout, 'no stories yet');
      for (const s of stories) {
        const outlets = s.sources.length <= 3 ? s.sources.join(', ') : `${s.sources.slice(0, 3).join(', ')} +${s.sources.length - 3}`;
        writeLine(io.stdout, `${s.id}  ${s.updatedAt}  ${String(s.articleCount).padStart(3)} articles  ${String(s.conflicts).padStart(2)} conflicts  ${s.title}`);
        writeLine(io.stdout, `    outlets: ${outlets || '(unknown)'}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
