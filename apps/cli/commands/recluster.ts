/**
 * `parallax recluster [--db FILE]`: re-run the full story clustering over the whole store (an
 * ingest only assigns its new articles to the stories near them), save the stories, make new
 * versions of those that changed, and say how many articles moved to another story.
 */
import { parseArgs } from 'node:util';
import { openStore, chooseDb, updateStore } from '../../../adapters/store/index.js';
import { makeStoryBrief } from '../../../adapters/ingest/store-articles.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { writeLine, type Command } from '../command.js';
import { makeProgress } from './ingest.js';

export const reclusterCommand: Command = {
  name: 'recluster',
  usage: `Usage: parallax recluster [options]

Options:
  --db FILE|URL      a SQLite file or postgres://… URL (default: PARALLAX_DB, else parallax.db)
  --no-briefs        save the stories only; make no story versions
  --now TIME         the time recorded for this run (default: now)`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        'no-briefs': { type: 'boolean', default: false },
        now: { type: 'string' },
      },
    });
    const now = values.now ?? new Date().toISOString();
    if (!Number.isFinite(Date.parse(now))) throw new ParallaxError(issueCodes.INVALID_OPTION, `--now must be a date-time, got "${values.now}"`);
    const store = await openStore(chooseDb(values.db), io.cwd, { mustExist: true });
    try {
      const progress = makeProgress(io, 'recluster');
      const result = await updateStore(store, [], {
        now, mode: 'full', makeBrief: values['no-briefs'] ? undefined : makeStoryBrief, onProgress: progress.update,
      });
      progress.end();
      const total = await store.countArticles();
      writeLine(io.stdout, `re-clustered ${total} articles into ${result.stories} stories: ${result.moved} articles moved to another story, ${result.versions} new story versions`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
