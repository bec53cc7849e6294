/**
 * `parallax extract <paths…> [--format json|jsonl|text]`: the article of each HTML page as one
 * record {id, title, byline, published, siteName, language, text}, in input order. Folders are read
 * recursively (.html, .htm, .xhtml, .html.gz). A page that fails becomes an error record (json,
 * jsonl) and a stderr line with its code; the exit code is 1 only when no page succeeded.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultExtractOptions } from '../../../adapters/html/defaults.js';
import { extractArticle } from '../../../adapters/html/extract-article.js';
import { htmlFileId, listHtmlFiles } from '../../../adapters/html/list-html-files.js';
import type { ExtractedArticle } from '../../../adapters/html/types.js';
import { issueCodes, ParallaxError } from '../../../src/model/errors.js';
import { writeLine, type Command } from '../command.js';

const formats = ['json', 'jsonl', 'text'] as const;
type Format = (typeof formats)[number];

/** One output record: the article, or the failure of one input. */
type ExtractRecord = ExtractedArticle | { id: string; path: string; error: { code: string; message: string } };

export const extractCommand: Command = {
  name: 'extract',
  usage: `Usage: parallax extract <paths…> [--format json|jsonl|text]

Reads HTML files (.html, .htm, .xhtml, gzipped .html.gz; folders recursively) and prints one
record per page: {id, title, byline, published, siteName, language, text}, id being the file name
without its extension. Nothing is fetched and no script runs.

  --format, -f   json (default: one array), jsonl (one line per input, in input order), text
Exit code: 0 when at least one page gave an article, 1 when none did, 2 for bad arguments.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
    const format = (values.format ?? 'json') as Format;
    if (!formats.includes(format)) throw new ParallaxError(issueCodes.INVALID_OPTION, `unknown --format "${values.format}" (use json, jsonl or text)`);
    if (positionals.length === 0) throw new ParallaxError(issueCodes.INVALID_OPTION, 'no input: give HTML files or folders');

    const records: ExtractRecord[] = [];
    let succeeded = 0;
    const fail = (id: string, path: string, code: string, message: string): void => {
      writeLine(io.stderr, `parallax extract: ${code}: "${path}": ${message}`);
      records.push({ id, path, error: { code, message } });
      if (format === 'jsonl') writeLine(io.stdout, JSON.stringify(records[records.length - 1]));
    };
    // One positional at a time, so records (and failures) come out in input order.
    const inputs: Array<{ path: string; problem?: string }> = [];
    for (const positional of positionals) {
      const listed = await listHtmlFiles([positional], io.cwd);
      inputs.push(...listed.files.map((path) => ({ path })));
      inputs.push(...listed.problems.map((p) => ({ path: p.path, problem: p.message })));
      if (listed.files.length === 0 && listed.problems.length === 0) writeLine(io.stderr, `parallax extract: no .html, .htm, .xhtml or .html.gz files in "${positional}"`);
    }
    for (const { path, problem } of inputs) {
      const id = htmlFileId(path);
      if (problem !== undefined) {
        fail(id, path, issueCodes.INPUT_UNREADABLE, problem);
        continue;
      }
      let bytes: Uint8Array;
      try {
        const size = (await stat(path)).size;
        if (size > defaultExtractOptions.maxBytes) {
          fail(id, path, issueCodes.INPUT_TOO_LARGE, `${size} bytes is over the ${defaultExtractOptions.maxBytes}-byte cap`);
          continue;
        }
        bytes = await readFile(path);
      } catch (error) {
        fail(id, path, issueCodes.INPUT_UNREADABLE, (error as Error).message);
        continue;
      }
      const result = extractArticle(bytes, { id });
      if (!result.ok) {
        fail(id, path, result.code, result.message);
        continue;
      }
      for (const w of result.warnings) writeLine(io.stderr, `parallax extract: ${w.code}: "${path}": ${w.message}`);
      succeeded++;
      const a = result.article;
      const record: ExtractedArticle = { id: a.id, title: a.title, byline: a.byline, published: a.published, siteName: a.siteName, language: a.language, text: a.text };
      records.push(record);
      if (format === 'jsonl') writeLine(io.stdout, JSON.stringify(record));
      else if (format === 'text') writeLine(io.stdout, renderText(record));
    }
    if (format === 'json') writeLine(io.stdout, JSON.stringify(records, null, 2));
    return succeeded > 0 ? 0 : 1;
  },
};

/** A page as readable text: the title, a line of metadata, then the body. */
function renderText(a: ExtractedArticle): string {
  const meta = [a.byline, a.published, a.siteName].filter(Boolean).join(' · ');
  return `# ${a.title || a.id}\n${meta ? meta + '\n' : ''}\n${a.text}\n`;
}
