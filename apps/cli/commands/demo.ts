/**
 * `parallax demo [--out FILE] [--format html|md|json]`: analyses the demo story that ships with
 * Parallax (a fictional earthquake told by four invented outlets) and writes the HTML brief.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readArticles } from '../../../adapters/ingest/read-articles.js';
import { analyze } from '../../../src/pipeline.js';
import { renderReport } from '../../../src/report/render-report.js';
import { writeLine, type Command } from '../command.js';
import { parseFormat } from './analyze.js';

/** Folder of the demo story, found from this file in src or dist. */
export function demoFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'examples', 'demo');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('parallax demo: the examples/demo folder is missing from the installation');
}

export const demoCommand: Command = {
  name: 'demo',
  usage: `Usage: parallax demo [--out FILE] [--format html|md|json]

Analyses examples/demo (four invented outlets reporting an invented earthquake, with planted
disagreements, spelling variants and page junk) and writes the brief, by default to
./parallax-demo.html.`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' } } });
    const format = parseFormat(values.format ?? 'html');
    const out = resolve(io.cwd, values.out ?? `parallax-demo.${format}`);
    const read = await readArticles([demoFolder()], { cwd: io.cwd });
    const report = await analyze(read.articles, { inputIssues: read.issues });
    await writeFile(out, renderReport(report, format));
    writeLine(io.stdout, `Analysed ${report.articles.length} articles: ${report.agreements.length} agreements, ${report.conflicts.length} conflicts, ${report.unique.length} unique facts, ${report.quotes.length} quotes.`);
    for (const c of report.conflicts) {
      writeLine(io.stdout, `  conflict (${c.kind}) ${c.topic}: ${c.values.map((v) => v.value).join(' vs ')}`);
    }
    writeLine(io.stdout, `Wrote ${out}`);
    return 0;
  },
};
