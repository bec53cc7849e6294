/**
 * `parallax cluster <paths…> [--format json|text]`: group a batch of articles into stories and
 * near-duplicate groups, without a store.
 */
import { parseArgs } from 'node:util';
import { readArticles } from '../../../adapters/ingest/read-articles.js';
import { prepareArticles } from '../../../src/stages/articles/prepare-articles.js';
import { clusterArticles } from '../../../src/stages/stories/index.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import type { ReportIssue } from '../../../src/model/report.js';
import { writeLine, type Command } from '../command.js';

export const clusterCommand: Command = {
  name: 'cluster',
  usage: `Usage: parallax cluster <paths…> [options]

Paths are what \`parallax analyze\` reads (files, folders, .json/.jsonl, "-" for JSON Lines on stdin).
Prints {stories:[{id, title, articles:[ids]}], duplicates:[[ids]]}.

Options:
  --format json|text   output format (default json)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text') throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be json or text, got "${format}"`);
    if (positionals.length === 0) throw new ParallaxError(issueCodes.INVALID_OPTION, 'no input: give files, folders, or "-" for JSON Lines on stdin');
    const read = await readArticles(positionals, { cwd: io.cwd, stdin: io.stdin });
    const issues: ReportIssue[] = [...read.issues];
    const articles = prepareArticles(read.articles, issues);
    for (const issue of issues) writeLine(io.stderr, `parallax cluster: ${issue.code}: ${issue.message}`);
    const result = clusterArticles(articles.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, source: a.source })));
    if (format === 'json') {
      io.stdout.write(JSON.stringify({ stories: result.stories, duplicates: result.duplicates }, null, 2) + '\n');
    } else {
      for (const s of result.stories) writeLine(io.stdout, `${s.id}  ${String(s.articles.length).padStart(4)}  ${s.title}`);
      for (const g of result.duplicates) writeLine(io.stdout, `copies: ${g.join(' ')}`);
    }
    return articles.length > 0 ? 0 : 1;
  },
};
