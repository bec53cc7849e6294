/**
 * `parallax story <id> [--db FILE] [--format json|md|html] [--since TIME] [--out FILE]`: the
 * brief of one stored story (its latest version), or with --since the claims that are new,
 * changed or contradicted since that time.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, chooseDb, findStoryId, parseSince, readStoryBrief, type ClaimChanges } from '../../../adapters/store/index.js';
import { analyzeSync } from '../../../src/pipeline.js';
import { renderReport } from '../../../src/report/render-report.js';
import { escapeHtml } from '../../../src/report/render-html.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import { parseFormat } from './analyze.js';
import { writeLine, type Command } from '../command.js';

export { parseSince };

/** Claim changes as Markdown or HTML. */
function renderChanges(changes: ClaimChanges, since: string, format: 'md' | 'html'): string {
  const sections: [string, string[]][] = [
    ['New', changes.added.map((c) => `${c.text} (${c.articles.join(', ')})`)],
    ['Changed', changes.changed.map((c) => `${c.after.text} (was: ${c.before.text})`)],
    ['Contradicted', changes.contradicted.map((c) => `${c.after.text}${c.before ? ` (was: ${c.before.text})` : ''}`)],
  ];
  const range = `version ${changes.fromVersion ?? 'none'} → ${changes.toVersion ?? 'none'}`;
  if (format === 'md') {
    const lines = [`# Changes in ${changes.story} since ${since}`, '', `_${range}_`, ''];
    for (const [title, items] of sections) {
      lines.push(`## ${title} (${items.length})`, '', ...(items.length ? items.map((i) => `- ${i}`) : ['_none_']), '');
    }
    return lines.join('\n');
  }
  const body = sections
    .map(([title, items]) => `<h2>${escapeHtml(title)} (${items.length})</h2>\n<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`)
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>Changes in ${escapeHtml(changes.story)}</title></head>\n<body>\n<h1>Changes in ${escapeHtml(changes.story)} since ${escapeHtml(since)}</h1>\n<p>${escapeHtml(range)}</p>\n${body}\n</body></html>\n`;
}

export const storyCommand: Command = {
  name: 'story',
  usage: `Usage: parallax story <id> [options]

The id may be shortened to a unique prefix.

Options:
  --db FILE|URL           a SQLite file or postgres://… URL (default: PARALLAX_DB, else parallax.db)
  --format json|md|html   output format (default json)
  --since TIME            list claims new, changed or contradicted since TIME
                          (a date, a date-time, or an age like 36h or 7d)
  --out FILE              write to FILE instead of stdout`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, format: { type: 'string', short: 'f' }, since: { type: 'string' }, out: { type: 'string', short: 'o' } },
    });
    const format = parseFormat(values.format);
    if (positionals.length !== 1) throw new ParallaxError(issueCodes.INVALID_OPTION, 'give one story id: parallax story <id>');
    const store = await openStore(chooseDb(values.db), io.cwd, { mustExist: true });
    let text: string;
    try {
      const id = await findStoryId(store, positionals[0]);
      if (values.since !== undefined) {
        const since = parseSince(values.since, new Date());
        const changes = await store.findClaimChanges(id, since);
        text = format === 'json' ? JSON.stringify({ since, ...changes }, null, 2) + '\n' : renderChanges(changes, since, format);
      } else {
        const brief = await readStoryBrief(store, id, (articles) => analyzeSync(articles));
        if (!brief) throw new ParallaxError('STORY_NOT_FOUND', `story "${id}" has no articles`);
        text = renderReport(brief.report, format);
      }
    } finally {
      await store.close();
    }
    if (values.out) {
      const path = resolve(io.cwd, values.out);
      await writeFile(path, text);
      writeLine(io.stderr, `parallax story: wrote ${path}`);
    } else io.stdout.write(text);
    return 0;
  },
};
